'use strict';
// node:sqlite errors: SQLite failures as ERR_SQLITE_ERROR (errcode, errstr), closed
// databases and finalized statements, bad arguments and options, values that cannot be
// bound or read, named-parameter mistakes.
require('../common');
const assert = require('assert');
const { DatabaseSync, StatementSync } = require('node:sqlite');

const db = new DatabaseSync(':memory:');
db.exec('CREATE TABLE u (a UNIQUE)');

// SQLite's own errors.
assert.throws(() => db.exec('bad sql'), {
  name: 'Error', code: 'ERR_SQLITE_ERROR', errcode: 1, errstr: 'SQL logic error',
  message: 'near "bad": syntax error',
});
assert.throws(() => db.prepare('SELECT * FROM missing'), {
  code: 'ERR_SQLITE_ERROR', errcode: 1, message: 'no such table: missing',
});
db.prepare('INSERT INTO u VALUES (1)').run();
assert.throws(() => db.prepare('INSERT INTO u VALUES (1)').run(), {
  code: 'ERR_SQLITE_ERROR', errcode: 2067, errstr: 'constraint failed',
  message: 'UNIQUE constraint failed: u.a',
});
try {
  db.exec('INSERT INTO u VALUES (1)');
  assert.fail('expected a throw');
} catch (err) {
  assert.deepStrictEqual(Object.keys(err), ['code', 'errcode', 'errstr']);
}
assert.throws(() => new DatabaseSync('/nonexistent-dir/x.db'), {
  code: 'ERR_SQLITE_ERROR', errcode: 14, errstr: 'unable to open database file',
  message: 'unable to open database file',
});

// Integers beyond the safe range need readBigInts.
assert.throws(() => db.prepare('SELECT 9007199254740992 AS v').get(), {
  name: 'RangeError', code: 'ERR_OUT_OF_RANGE',
  message: 'Value is too large to be represented as a JavaScript number: 9007199254740992',
});
assert.throws(() => db.prepare('SELECT -9007199254740992 AS v').all(), {
  code: 'ERR_OUT_OF_RANGE',
});
assert.throws(() => db.prepare('SELECT ? AS v').get(2n ** 63n), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE', message: 'BigInt value is too large to bind.',
});
assert.throws(() => db.prepare('SELECT ? AS v').get(-(2n ** 63n) - 1n), {
  code: 'ERR_INVALID_ARG_VALUE',
});

// Values that cannot be bound.
for (const value of [undefined, Symbol('s')]) {
  assert.throws(() => db.prepare('SELECT ?').get(value), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    message: 'Provided value cannot be bound to SQLite parameter 1.',
  });
}
assert.throws(() => db.prepare('SELECT ?, ?').get(new Date(0), new Date(0)), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'Provided value cannot be bound to SQLite parameter 1.',
});
assert.throws(() => db.prepare('SELECT ?, ?').get(1, () => {}), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'Provided value cannot be bound to SQLite parameter 2.',
});
assert.throws(() => db.prepare('SELECT ?, ?').get(1, {}), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'Provided value cannot be bound to SQLite parameter 2.',
});
assert.throws(() => db.prepare('SELECT ?').get(1, 2), {
  code: 'ERR_SQLITE_ERROR', errcode: 25, errstr: 'column index out of range',
  message: 'column index out of range',
});

// Named parameters.
assert.throws(() => db.prepare('SELECT :a').get({ b: 1 }), {
  name: 'Error', code: 'ERR_INVALID_STATE', message: "Unknown named parameter 'b'",
});
const noBare = db.prepare('SELECT $a AS x');
noBare.setAllowBareNamedParameters(false);
assert.throws(() => noBare.get({ a: 1 }), { message: "Unknown named parameter 'a'" });
assert.strictEqual(noBare.get({ $a: 1 }).x, 1);
assert.throws(() => db.prepare('SELECT $a AS x, :a AS y').get({ a: 1 }), {
  code: 'ERR_INVALID_STATE',
  message: "Cannot create bare named parameter 'a' because of conflicting names '$a' and ':a'.",
});

// Bad arguments.
for (const bad of [1, null, undefined, {}, true]) {
  assert.throws(() => new DatabaseSync(bad), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "path" argument must be a string, Uint8Array, or URL without null bytes.',
  });
}
assert.throws(() => new DatabaseSync('a\0b'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => new DatabaseSync(new URL('http://example.com/x')), {
  name: 'TypeError', code: 'ERR_INVALID_URL_SCHEME',
});
assert.throws(() => DatabaseSync(':memory:'), {
  name: 'TypeError', code: 'ERR_CONSTRUCT_CALL_REQUIRED',
});
assert.throws(() => new StatementSync(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
for (const options of [null, 5, 'x']) {
  assert.throws(() => new DatabaseSync(':memory:', options), {
    code: 'ERR_INVALID_ARG_TYPE', message: 'The "options" argument must be an object.',
  });
}
for (const key of ['open', 'readOnly', 'enableForeignKeyConstraints',
                   'enableDoubleQuotedStringLiterals', 'allowExtension', 'readBigInts',
                   'returnArrays', 'allowBareNamedParameters', 'allowUnknownNamedParameters',
                   'defensive']) {
  assert.throws(() => new DatabaseSync(':memory:', { [key]: 1 }), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    message: `The "options.${key}" argument must be a boolean.`,
  });
}
for (const timeout of [1.5, 'x', NaN]) {
  assert.throws(() => new DatabaseSync(':memory:', { timeout }), {
    code: 'ERR_INVALID_ARG_TYPE', message: 'The "options.timeout" argument must be an integer.',
  });
}
for (const sql of [undefined, 1, null, {}]) {
  assert.throws(() => db.exec(sql), {
    code: 'ERR_INVALID_ARG_TYPE', message: 'The "sql" argument must be a string.',
  });
  assert.throws(() => db.prepare(sql), {
    code: 'ERR_INVALID_ARG_TYPE', message: 'The "sql" argument must be a string.',
  });
}
assert.throws(() => db.prepare(''), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE',
  message: 'The SQL query contains no statements.',
});
assert.throws(() => db.enableDefensive(1), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "active" argument must be a boolean.',
});
assert.throws(() => db.location(1), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "dbName" argument must be a string.',
});
const stmt = db.prepare('SELECT 1');
assert.throws(() => stmt.setReadBigInts(1), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "readBigInts" argument must be a boolean.',
});
assert.throws(() => stmt.setReturnArrays('yes'), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "returnArrays" argument must be a boolean.',
});
assert.throws(() => stmt.setAllowBareNamedParameters(), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => stmt.setAllowUnknownNamedParameters(0), { code: 'ERR_INVALID_ARG_TYPE' });

// Extensions are off unless allowed at creation.
assert.throws(() => db.enableLoadExtension(1), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "allow" argument must be a boolean.',
});
assert.throws(() => db.enableLoadExtension(true), {
  code: 'ERR_INVALID_STATE',
  message: 'Cannot enable extension loading because it was disabled at database creation.',
});
assert.throws(() => db.loadExtension('x'), {
  code: 'ERR_INVALID_STATE', message: 'extension loading is not allowed',
});
const ext = new DatabaseSync(':memory:', { allowExtension: true });
assert.throws(() => ext.loadExtension('/nonexistent/ext'), { code: 'ERR_LOAD_SQLITE_EXTENSION' });
ext.enableLoadExtension(false);
assert.throws(() => ext.loadExtension('/nonexistent/ext'), {
  code: 'ERR_INVALID_STATE', message: 'extension loading is not allowed',
});
ext.close();

// Opening twice; everything after close.
assert.throws(() => db.open(), { code: 'ERR_INVALID_STATE', message: 'database is already open' });
const kept = db.prepare('SELECT 1 AS x');
const iter = db.prepare('SELECT 1 AS x').iterate();
db.close();
const notOpen = { name: 'Error', code: 'ERR_INVALID_STATE', message: 'database is not open' };
assert.throws(() => db.close(), notOpen);
assert.throws(() => db.exec('SELECT 1'), notOpen);
assert.throws(() => db.prepare('SELECT 1'), notOpen);
assert.throws(() => db.isTransaction, notOpen);
assert.throws(() => db.location(), notOpen);
assert.throws(() => db.function('f', () => {}), notOpen);
const finalized = { code: 'ERR_INVALID_STATE', message: 'statement has been finalized' };
assert.throws(() => kept.get(), finalized);
assert.throws(() => kept.all(), finalized);
assert.throws(() => kept.run(), finalized);
assert.throws(() => kept.iterate(), finalized);
assert.throws(() => kept.columns(), finalized);
assert.throws(() => kept.sourceSQL, finalized);
assert.throws(() => iter.next(), finalized);
assert.strictEqual(db.isOpen, false);
// Reopening works and old statements stay finalized.
db.open();
assert.strictEqual(db.prepare('SELECT 2 AS x').get().x, 2);
assert.throws(() => kept.get(), finalized);
db.close();

// Methods called on the wrong receiver throw, never crash.
assert.throws(() => DatabaseSync.prototype.exec.call({}, 'SELECT 1'), { name: 'TypeError' });
assert.throws(() => StatementSync.prototype.get.call({}), { name: 'TypeError' });
assert.throws(() => Object.getOwnPropertyDescriptor(StatementSync.prototype, 'sourceSQL')
  .get.call(null), { name: 'TypeError' });
