'use strict';
// node:sqlite: opening databases, exec, prepare, run/get/all/iterate, value conversion
// both ways, returned shapes, transactions and the statement accessors.
require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const sqlite = require('node:sqlite');
const { DatabaseSync, StatementSync, constants } = sqlite;

assert.strictEqual(typeof DatabaseSync, 'function');
assert.strictEqual(typeof StatementSync, 'function');
assert.strictEqual(typeof sqlite.backup, 'function');
assert.strictEqual(constants.SQLITE_OK, 0);
assert.strictEqual(constants.SQLITE_INSERT, 18);
assert.throws(() => require('sqlite'), { code: 'MODULE_NOT_FOUND' });

const db = new DatabaseSync(':memory:');
assert.strictEqual(db.isOpen, true);
assert.strictEqual(db.isTransaction, false);
assert.strictEqual(db.location(), null);
assert(db instanceof DatabaseSync);

db.exec(`
  CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, data BLOB, score REAL);
  CREATE TABLE empty (x);
`);

// run() reports changes and the last row id.
const insert = db.prepare('INSERT INTO t (name, data, score) VALUES (?, ?, ?)');
assert(insert instanceof StatementSync);
assert.deepStrictEqual(insert.run('a', Buffer.from('hi'), 1.5), { changes: 1, lastInsertRowid: 1 });
assert.deepStrictEqual(insert.run('b', null, 2), { changes: 1, lastInsertRowid: 2 });
assert.deepStrictEqual(insert.run('c', new Uint8Array([1, 2, 3]), -0.25),
                       { changes: 1, lastInsertRowid: 3 });
assert.deepStrictEqual(db.prepare('UPDATE t SET score = score + 1').run(),
                       { changes: 3, lastInsertRowid: 3 });

// get(): the first row, an object with a null prototype; undefined when there is none.
const row = db.prepare('SELECT * FROM t WHERE id = ?').get(1);
assert.strictEqual(Object.getPrototypeOf(row), null);
assert.deepStrictEqual(Object.keys(row), ['id', 'name', 'data', 'score']);
assert.strictEqual(row.id, 1);
assert.strictEqual(row.name, 'a');
assert.strictEqual(row.score, 2.5);
// Blobs come back as plain Uint8Arrays (not Buffers).
assert.strictEqual(Object.getPrototypeOf(row.data), Uint8Array.prototype);
assert.deepStrictEqual([...row.data], [104, 105]);
assert.strictEqual(db.prepare('SELECT * FROM t WHERE id = ?').get(99), undefined);
assert.strictEqual(db.prepare('SELECT * FROM empty').get(), undefined);
assert.deepStrictEqual(db.prepare('SELECT * FROM empty').all(), []);

// all(): every row.
const rows = db.prepare('SELECT id, name FROM t ORDER BY id').all();
assert.strictEqual(rows.length, 3);
assert.deepStrictEqual(rows.map((r) => r.name), ['a', 'b', 'c']);
assert.strictEqual(Object.getPrototypeOf(rows[0]), null);
assert.deepStrictEqual(db.prepare('SELECT data FROM t WHERE id = 2').get().data, null);

// iterate(): an Iterator over the rows.
const it = db.prepare('SELECT id FROM t ORDER BY id').iterate();
assert.strictEqual(Object.prototype.toString.call(it), '[object Iterator]');
assert.strictEqual(typeof it[Symbol.iterator], 'function');
assert.deepStrictEqual(it.next(),
                       { __proto__: null, done: false, value: { __proto__: null, id: 1 } });
assert.deepStrictEqual([...it].map((r) => r.id), [2, 3]);
assert.deepStrictEqual(it.next(), { __proto__: null, done: true, value: null });
assert.deepStrictEqual(it.return(), { __proto__: null, done: true, value: null });
// Stopping early resets the statement; it can run again.
const stmtIter = db.prepare('SELECT id FROM t ORDER BY id');
for (const r of stmtIter.iterate()) {
  assert.strictEqual(r.id, 1);
  break;
}
assert.strictEqual(stmtIter.all().length, 3);

// Value conversion: JS numbers bind as REAL, bigints as INTEGER, strings as TEXT.
const types = db.prepare('SELECT typeof(?) AS t, ? AS v');
assert.deepStrictEqual({ ...types.get(1, 1) }, { t: 'real', v: 1 });
assert.deepStrictEqual({ ...types.get(1.5, 1.5) }, { t: 'real', v: 1.5 });
assert.deepStrictEqual({ ...types.get(5n, 5n) }, { t: 'integer', v: 5 });
assert.deepStrictEqual({ ...types.get('é€😀', 'é€😀') }, { t: 'text', v: 'é€😀' });
assert.deepStrictEqual({ ...types.get(null, null) }, { t: 'null', v: null });
assert.deepStrictEqual(types.get(Buffer.alloc(0), Buffer.alloc(0)).t, 'blob');
assert.deepStrictEqual([...types.get(new Uint16Array([1]), new Uint16Array([258])).v], [2, 1]);
assert.deepStrictEqual({ ...types.get(true, false) }, { t: 'integer', v: 0 });
assert.deepStrictEqual([...types.get(null, new Uint8Array([5, 6]).buffer).v], [5, 6]);
assert.deepStrictEqual([...types.get(null, new DataView(new Uint8Array([7, 8]).buffer)).v], [7, 8]);
const minInt = db.prepare('SELECT ? AS v');
minInt.setReadBigInts(true);
assert.strictEqual(minInt.get(-(2n ** 63n)).v, -(2n ** 63n));
assert.strictEqual(minInt.get(2n ** 63n - 1n).v, 2n ** 63n - 1n);
assert.strictEqual(db.prepare('SELECT 9007199254740991 AS v').get().v, Number.MAX_SAFE_INTEGER);
assert.strictEqual(db.prepare("SELECT 'a' || char(0) || 'b' AS v").get().v, 'a\0b');
// Calling without arguments clears earlier bindings.
const one = db.prepare('SELECT ? AS a');
assert.strictEqual(one.get(1).a, 1);
assert.strictEqual(one.get().a, null);

// Named parameters: prefixed keys, bare keys, and positional ones mixed in.
const named = db.prepare('SELECT :a AS a, $b AS b, @c AS c');
assert.deepStrictEqual({ ...named.get({ a: 1, b: 2, c: 3 }) }, { a: 1, b: 2, c: 3 });
assert.deepStrictEqual({ ...named.get({ ':a': 1, $b: 2, '@c': 3 }) }, { a: 1, b: 2, c: 3 });
assert.deepStrictEqual({ ...named.get({ a: 'x' }) }, { a: 'x', b: null, c: null });
assert.deepStrictEqual({ ...db.prepare('SELECT :a AS a, ? AS b').get({ a: 1 }, 2) },
                       { a: 1, b: 2 });
assert.deepStrictEqual({ ...db.prepare('SELECT ?2 AS x, ?1 AS y').get(1, 2) }, { x: 2, y: 1 });
const unknown = db.prepare('SELECT $a AS x');
unknown.setAllowUnknownNamedParameters(true);
assert.strictEqual(unknown.get({ a: 1, b: 2 }).x, 1);

// returnArrays / readBigInts, per statement and per database.
const arr = db.prepare('SELECT 1 AS a, 2 AS b');
arr.setReturnArrays(true);
assert.deepStrictEqual(arr.get(), [1, 2]);
assert.deepStrictEqual(arr.all(), [[1, 2]]);
arr.setReadBigInts(true);
assert.deepStrictEqual(arr.get(), [1n, 2n]);
arr.setReturnArrays(false);
assert.deepStrictEqual({ ...arr.get() }, { a: 1n, b: 2n });
const big = db.prepare('SELECT 9223372036854775807 AS v');
big.setReadBigInts(true);
assert.strictEqual(big.get().v, 9223372036854775807n);

const bdb = new DatabaseSync(':memory:', { readBigInts: true, returnArrays: true });
bdb.exec('CREATE TABLE t (a)');
assert.deepStrictEqual(bdb.prepare('INSERT INTO t VALUES (1)').run(),
                       { changes: 1n, lastInsertRowid: 1n });
assert.deepStrictEqual(bdb.prepare('SELECT a FROM t').all(), [[1n]]);
bdb.close();

// columns(), sourceSQL, expandedSQL.
const cols = db.prepare('SELECT id, name AS n, 1 + 1 AS two FROM t').columns();
assert.deepStrictEqual(cols.map((c) => ({ ...c })), [
  { column: 'id', database: 'main', name: 'id', table: 't', type: 'INTEGER' },
  { column: 'name', database: 'main', name: 'n', table: 't', type: 'TEXT' },
  { column: null, database: null, name: 'two', table: null, type: null },
]);
const src = db.prepare('SELECT ? AS a, ? AS b');
assert.strictEqual(src.sourceSQL, 'SELECT ? AS a, ? AS b');
src.get(1.5, 'x');
assert.strictEqual(src.expandedSQL, "SELECT 1.5 AS a, 'x' AS b");

// Transactions.
db.exec('BEGIN');
assert.strictEqual(db.isTransaction, true);
db.prepare('DELETE FROM t').run();
db.exec('ROLLBACK');
assert.strictEqual(db.isTransaction, false);
assert.strictEqual(db.prepare('SELECT count(*) AS n FROM t').get().n, 3);

// Column names follow schema changes between calls of one statement.
db.exec('CREATE TABLE s (a); INSERT INTO s VALUES (1)');
const star = db.prepare('SELECT * FROM s');
assert.deepStrictEqual(star.get(), { __proto__: null, a: 1 });
db.exec('ALTER TABLE s ADD COLUMN b DEFAULT 2');
assert.deepStrictEqual(star.get(), { __proto__: null, a: 1, b: 2 });
db.exec('ALTER TABLE s RENAME COLUMN a TO c');
assert.deepStrictEqual(star.all(), [{ __proto__: null, c: 1, b: 2 }]);
assert.deepStrictEqual([...star.iterate()], [{ __proto__: null, c: 1, b: 2 }]);

// Odd column names become own properties; a repeated name keeps the last value.
const odd = db.prepare('SELECT 1 AS "__proto__", 2 AS "constructor", 3 AS x, 4 AS x').get();
assert.strictEqual(Object.getPrototypeOf(odd), null);
assert.deepStrictEqual(Object.keys(odd), ['__proto__', 'constructor', 'x']);
assert.strictEqual(odd.__proto__, 1);
assert.strictEqual(odd.x, 4);

// Only the first statement of prepare()'s SQL is compiled.
assert.deepStrictEqual({ ...db.prepare('SELECT 1 AS x; SELECT 2 AS y').get() }, { x: 1 });

// Foreign keys are enforced by default, and can be turned off.
db.exec('CREATE TABLE p (id INTEGER PRIMARY KEY); CREATE TABLE c (p REFERENCES p(id))');
assert.throws(() => db.exec('INSERT INTO c VALUES (5)'), {
  code: 'ERR_SQLITE_ERROR', errcode: 787, errstr: 'constraint failed',
  message: 'FOREIGN KEY constraint failed',
});
const nofk = new DatabaseSync(':memory:', { enableForeignKeyConstraints: false });
nofk.exec('CREATE TABLE p (id INTEGER PRIMARY KEY); CREATE TABLE c (p REFERENCES p(id))');
nofk.exec('INSERT INTO c VALUES (5)');
nofk.close();

// Double-quoted string literals are off by default.
assert.throws(() => db.prepare('SELECT "nope"'), { code: 'ERR_SQLITE_ERROR' });
const dqs = new DatabaseSync(':memory:', { enableDoubleQuotedStringLiterals: true });
assert.strictEqual(dqs.prepare('SELECT "yes" AS v').get().v, 'yes');
dqs.close();

// Defensive mode is on by default: the schema cannot be corrupted by SQL.
const corrupt = 'PRAGMA writable_schema = ON; UPDATE sqlite_schema SET sql = sql';
assert.throws(() => db.exec(corrupt), {
  code: 'ERR_SQLITE_ERROR', message: 'table sqlite_master may not be modified',
});
db.enableDefensive(false);
db.exec(corrupt);
db.exec('PRAGMA writable_schema = OFF');
db.enableDefensive(true);
const lax = new DatabaseSync(':memory:', { defensive: false });
lax.exec('CREATE TABLE t (x)');
lax.exec(corrupt);
lax.close();

db.close();
assert.strictEqual(db.isOpen, false);

// Files: a path string, a Buffer, a file: URL; open: false then open(); readOnly.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-sqlite-'));
try {
  const file = path.join(dir, 'a.db');
  const fdb = new DatabaseSync(file);
  assert.strictEqual(fdb.location(), file);
  assert.strictEqual(fdb.location('main'), file);
  fdb.exec('CREATE TABLE t (v); INSERT INTO t VALUES (42)');
  fdb.close();

  const bufDb = new DatabaseSync(Buffer.from(file));
  assert.strictEqual(bufDb.prepare('SELECT v FROM t').get().v, 42);
  bufDb.close();

  const urlDb = new DatabaseSync(new URL(`file://${file}`));
  assert.strictEqual(urlDb.prepare('SELECT v FROM t').get().v, 42);
  urlDb.close();

  const later = new DatabaseSync(file, { open: false });
  assert.strictEqual(later.isOpen, false);
  later.open();
  assert.strictEqual(later.isOpen, true);
  later.close();

  const ro = new DatabaseSync(file, { readOnly: true, timeout: 100 });
  assert.strictEqual(ro.prepare('SELECT v FROM t').get().v, 42);
  assert.throws(() => ro.exec('INSERT INTO t VALUES (1)'), {
    code: 'ERR_SQLITE_ERROR', errcode: 8, message: 'attempt to write a readonly database',
  });
  ro.close();

  // using-style disposal closes, and is harmless when already closed.
  const disposable = new DatabaseSync(file);
  disposable[Symbol.dispose]();
  assert.strictEqual(disposable.isOpen, false);
  disposable[Symbol.dispose]();
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
