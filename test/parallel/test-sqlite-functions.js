'use strict';
// node:sqlite user functions (database.function): arguments and results in both
// directions, options, errors thrown by the function, re-entrant use of the database.
const common = require('../common');
const assert = require('assert');
const { DatabaseSync } = require('node:sqlite');

const db = new DatabaseSync(':memory:');

// Arguments arrive converted from SQLite values.
db.function('echo', (x) => x);
const args = db.prepare(`SELECT echo(1) AS a, echo(1.5) AS b, echo('s') AS c,
                         echo(x'0102') AS d, echo(NULL) AS e, typeof(echo(2)) AS t`).get();
assert.deepStrictEqual({ ...args, d: [...args.d] },
                       { a: 1, b: 1.5, c: 's', d: [1, 2], e: null, t: 'real' });

// Results: numbers as REAL, bigints as INTEGER, strings, bytes, null/undefined as NULL.
const results = [1.25, 2n ** 40n, 'str', new Uint8Array([9]), new ArrayBuffer(2),
                 new DataView(new ArrayBuffer(1)), undefined, null];
db.function('result', (i) => results[i]);
const typeOf = db.prepare('SELECT typeof(result(?)) AS t, result(?) AS v');
assert.deepStrictEqual({ ...typeOf.get(0, 0) }, { t: 'real', v: 1.25 });
assert.deepStrictEqual({ ...typeOf.get(1, 1) }, { t: 'integer', v: 2 ** 40 });
assert.deepStrictEqual({ ...typeOf.get(2, 2) }, { t: 'text', v: 'str' });
assert.deepStrictEqual([...typeOf.get(3, 3).v], [9]);
assert.deepStrictEqual([...typeOf.get(4, 4).v], [0, 0]);
assert.deepStrictEqual([...typeOf.get(5, 5).v], [0]);
assert.deepStrictEqual({ ...typeOf.get(6, 6) }, { t: 'null', v: null });
assert.deepStrictEqual({ ...typeOf.get(7, 7) }, { t: 'null', v: null });

// Results SQLite cannot hold.
const bad = [true, {}, Symbol('s'), Promise.resolve(1), 2n ** 63n];
db.function('bad', (i) => bad[i]);
const badStmt = db.prepare('SELECT bad(?)');
for (const i of [0, 1, 2]) {
  assert.throws(() => badStmt.get(i), {
    code: 'ERR_SQLITE_ERROR', errcode: 1,
    message: 'Returned JavaScript value cannot be converted to a SQLite value',
  });
}
assert.throws(() => badStmt.get(3), {
  code: 'ERR_SQLITE_ERROR', message: 'Asynchronous user-defined functions are not supported',
});
assert.throws(() => badStmt.get(4), {
  code: 'ERR_SQLITE_ERROR', message: 'BigInt value is too large for SQLite',
});
db.function('async', async () => 1);
assert.throws(() => db.exec('SELECT async()'), {
  message: 'Asynchronous user-defined functions are not supported',
});

// The argument count is the function's length unless varargs.
db.function('two', (a, b) => a + b);
assert.strictEqual(db.prepare('SELECT two(1, 2) AS v').get().v, 3);
assert.throws(() => db.prepare('SELECT two(1)'), {
  code: 'ERR_SQLITE_ERROR', message: 'wrong number of arguments to function two()',
});
db.function('count', { varargs: true }, (...a) => a.length);
assert.strictEqual(db.prepare('SELECT count(1, 2, 3) AS v').get().v, 3);
assert.strictEqual(db.prepare('SELECT count() AS v').get().v, 0);

// useBigIntArguments; without it, large integers cannot reach the function.
db.function('kind', { useBigIntArguments: true }, (x) => typeof x);
assert.strictEqual(db.prepare('SELECT kind(1) AS v').get().v, 'bigint');
assert.strictEqual(db.prepare('SELECT kind(1.5) AS v').get().v, 'number');
db.function('plain', (x) => typeof x);
assert.strictEqual(db.prepare('SELECT plain(1) AS v').get().v, 'number');
assert.throws(() => db.prepare('SELECT plain(9007199254740993)').get(), {
  name: 'RangeError', code: 'ERR_OUT_OF_RANGE',
  message: 'Value is too large to be represented as a JavaScript number: 9007199254740993',
});

// deterministic and directOnly reach SQLite.
db.function('det', { deterministic: true }, (a) => a * 2);
db.exec('CREATE TABLE g (a, b AS (det(a)))');
db.exec('INSERT INTO g (a) VALUES (21)');
assert.strictEqual(db.prepare('SELECT b FROM g').get().b, 42);
db.function('nondet', (a) => a);
assert.throws(() => db.exec('CREATE TABLE g2 (a, b AS (nondet(a)))'), {
  code: 'ERR_SQLITE_ERROR',
  message: 'non-deterministic functions prohibited in generated columns',
});
db.function('direct', { directOnly: true }, () => 1);
assert.strictEqual(db.prepare('SELECT direct() AS v').get().v, 1);
db.exec('CREATE VIEW v AS SELECT direct() AS x');
assert.throws(() => db.prepare('SELECT * FROM v').get(), {
  code: 'ERR_SQLITE_ERROR', message: 'unsafe use of direct()',
});

// A later definition replaces an earlier one.
db.function('rep', () => 1);
db.function('rep', () => 2);
assert.strictEqual(db.prepare('SELECT rep() AS v').get().v, 2);

// A function may use the database itself.
db.function('nested', () => db.prepare('SELECT 41 + 1 AS x').get().x);
assert.strictEqual(db.prepare('SELECT nested() AS y').get().y, 42);

// A function may even run the statement that calls it.
let depth = 0;
db.function('again', () => (depth++ > 0 ? 5 : self.get().v));
const self = db.prepare('SELECT again() AS v');
assert.strictEqual(self.get().v, 5);

// Closing the database from inside a function (Node 24.21 crashes there): the running
// statement completes, then the database is closed.
if (common.isLode) {
  const inner = new DatabaseSync(':memory:');
  inner.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1), (2), (3)');
  inner.function('closer', (x) => {
    if (x === 2) {
      inner.close();
      assert.strictEqual(inner.isOpen, false);
      assert.throws(() => inner.prepare('SELECT 1'), { code: 'ERR_INVALID_STATE' });
    }
    return x;
  });
  const closing = inner.prepare('SELECT closer(x) AS v FROM t');
  assert.deepStrictEqual(closing.all().map((r) => r.v), [1, 2, 3]);
  assert.strictEqual(inner.isOpen, false);
  assert.throws(() => closing.all(), { message: 'statement has been finalized' });
  inner.open();
  inner.function('closer', () => { inner.close(); return 1; });
  inner.exec('SELECT closer(); SELECT 2');
  assert.strictEqual(inner.isOpen, false);
}

// What the function throws comes out of every way of running SQL, unchanged.
const boom = new RangeError('boom');
db.function('thrower', () => { throw boom; });
assert.throws(() => db.exec('SELECT thrower()'), (err) => err === boom);
assert.throws(() => db.prepare('SELECT thrower()').get(), (err) => err === boom);
assert.throws(() => db.prepare('SELECT thrower()').all(), (err) => err === boom);
assert.throws(() => db.prepare('SELECT thrower()').run(), (err) => err === boom);
assert.throws(() => [...db.prepare('SELECT thrower()').iterate()], (err) => err === boom);
// The database is still usable afterwards.
assert.strictEqual(db.prepare('SELECT 1 AS x').get().x, 1);
assert.throws(() => db.exec('bad sql'), { code: 'ERR_SQLITE_ERROR' });

// Bad arguments.
assert.throws(() => db.function(), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "name" argument must be a string.',
});
assert.throws(() => db.function(1, () => {}), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "name" argument must be a string.',
});
assert.throws(() => db.function('x'), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "function" argument must be a function.',
});
assert.throws(() => db.function('x', {}, 1), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "function" argument must be a function.',
});
assert.throws(() => db.function('x', null, () => {}), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "options" argument must be an object.',
});
for (const key of ['deterministic', 'directOnly', 'useBigIntArguments', 'varargs']) {
  assert.throws(() => db.function('x', { [key]: 1 }, () => {}), {
    code: 'ERR_INVALID_ARG_TYPE', message: `The "options.${key}" argument must be a boolean.`,
  });
}
assert.strictEqual(db.function('fine', {}, () => 1), undefined);

db.close();
