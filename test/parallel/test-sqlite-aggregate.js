'use strict';
// node:sqlite aggregate functions (database.aggregate): start values and functions, step,
// result, window functions with inverse, arity, errors thrown by the callbacks, bad options.
require('../common');
const assert = require('assert');
const { DatabaseSync } = require('node:sqlite');

const db = new DatabaseSync(':memory:');
db.exec(`CREATE TABLE t (g, x);
         INSERT INTO t VALUES ('a', 1), ('a', 2), ('b', 3), ('b', 4), ('b', 5)`);

// A primitive start value; with no rows the result is the start value.
db.aggregate('sumx', { start: 0, step: (acc, x) => acc + x });
assert.strictEqual(db.prepare('SELECT sumx(x) AS s FROM t').get().s, 15);
assert.strictEqual(db.prepare('SELECT sumx(x) AS s FROM t WHERE x > 10').get().s, 0);
assert.deepStrictEqual(
  db.prepare('SELECT g, sumx(x) AS s FROM t GROUP BY g ORDER BY g').all().map((r) => [r.g, r.s]),
  [['a', 3], ['b', 12]]);

// A start function gives each group a fresh accumulator; result() maps it at the end.
db.aggregate('joined', {
  start: () => [],
  step: (list, x) => { list.push(x); return list; },
  result: (list) => list.join('-'),
});
assert.deepStrictEqual(
  db.prepare('SELECT g, joined(x) AS j FROM t GROUP BY g ORDER BY g').all().map((r) => r.j),
  ['1-2', '3-4-5']);
assert.strictEqual(db.prepare('SELECT joined(x) AS j FROM t WHERE 0').get().j, '');

// An object start value is shared as is.
db.aggregate('count2', { start: { n: 0 }, step: (acc) => acc, result: (acc) => acc.n + 2 });
assert.strictEqual(db.prepare('SELECT count2() AS n FROM t').get().n, 2);

// Window functions need inverse.
db.aggregate('win', { start: 0, step: (a, x) => a + x, inverse: (a, x) => a - x });
assert.deepStrictEqual(
  db.prepare(`SELECT win(x) OVER (ORDER BY x ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) AS w
              FROM t ORDER BY x`).all().map((r) => r.w),
  [1, 3, 5, 7, 9]);
assert.throws(() => db.prepare('SELECT sumx(x) OVER (ORDER BY x) FROM t').all(), {
  code: 'ERR_SQLITE_ERROR', message: 'sumx() may not be used as a window function',
});

// The arity is step's minus the accumulator, unless varargs.
db.aggregate('pairs', { start: 0, step: (a, x, y) => a + x * y });
assert.strictEqual(db.prepare('SELECT pairs(x, 2) AS v FROM t').get().v, 30);
assert.throws(() => db.prepare('SELECT pairs(x) FROM t'), {
  code: 'ERR_SQLITE_ERROR', message: 'wrong number of arguments to function pairs()',
});
db.aggregate('args', { start: 0, varargs: true, step: (a, ...xs) => a + xs.length });
assert.strictEqual(db.prepare('SELECT args(x, x, x) AS v FROM t').get().v, 15);

// useBigIntArguments.
db.aggregate('bigsum', { start: 0n, useBigIntArguments: true, step: (a, x) => a + x });
assert.strictEqual(db.prepare('SELECT bigsum(x) AS v FROM t').get().v, 15);

// What a callback throws comes out unchanged, and the database stays usable.
const boom = new Error('boom');
db.aggregate('badstep', { start: 0, step: (a, x) => { throw boom; } });
assert.throws(() => db.prepare('SELECT badstep(x) FROM t').get(), (err) => err === boom);
db.aggregate('badstart', { start: () => { throw boom; }, step: (a, x) => a });
assert.throws(() => db.prepare('SELECT badstart(x) FROM t').get(), (err) => err === boom);
db.aggregate('badresult', { start: 0, step: (a, x) => a, result: () => { throw boom; } });
assert.throws(() => db.prepare('SELECT badresult(x) FROM t').get(), (err) => err === boom);
db.aggregate('badvalue', { start: 0, step: (a, x) => a, result: () => Symbol('s') });
assert.throws(() => db.prepare('SELECT badvalue(x) FROM t').get(), {
  code: 'ERR_SQLITE_ERROR',
  message: 'Returned JavaScript value cannot be converted to a SQLite value',
});
assert.strictEqual(db.prepare('SELECT sumx(x) AS s FROM t').get().s, 15);

// Bad options.
for (const options of [{}, { step: () => 0 }]) {
  assert.throws(() => db.aggregate('e', options), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.start" argument must be a function or a primitive value.',
  });
}
for (const step of [undefined, 1, {}]) {
  assert.throws(() => db.aggregate('e', { start: 0, step }), {
    code: 'ERR_INVALID_ARG_TYPE', message: 'The "options.step" argument must be a function.',
  });
}
assert.throws(() => db.aggregate('e', { start: 0, step: () => 0, inverse: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "options.inverse" argument must be a function.',
});
// A name that is not a string is used in its string form.
db.aggregate(7, { start: 7, step: (a) => a });
assert.strictEqual(db.prepare('SELECT "7"() AS v').get().v, 7);
assert.throws(() => db.aggregate('e'), { name: 'TypeError' });

db.close();
assert.throws(() => db.aggregate('e', { start: 0, step: () => 0 }), {
  code: 'ERR_INVALID_STATE', message: 'database is not open',
});
