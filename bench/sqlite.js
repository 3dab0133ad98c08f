'use strict';
// node:sqlite throughput, runnable by lode and node alike:
//   lode bench/sqlite.js [filter]   prints "<case> <rows/ms>" per line.
// bench/sqlite.sh runs it under both and prints the Lode/Node ratios.
// Cases: inserting 10,000 rows in one transaction with a prepared statement; all() of a
// 10,000-row table as objects and as arrays; get() of one row by key; iterate() over all rows.

const { DatabaseSync } = require('node:sqlite');

const filter = process.argv[2] || '';
const kTime = Number(process.env.BENCH_TIME_MS || 300);
const kRows = 10000;
let sink;

// Nanoseconds elapsed: wall time, or with BENCH_CLOCK=cpu this process's CPU time, steadier
// on a shared machine.
const now = process.env.BENCH_CLOCK === 'cpu' ?
  () => { const u = process.cpuUsage(); return (u.user + u.system) * 1000; } :
  () => Number(process.hrtime.bigint());

// Runs fn for about kTime ms (at least twice: one warm-up), each call handling `rows` rows;
// prints rows per millisecond.
function run(name, rows, fn) {
  if (!name.includes(filter)) return;
  sink = fn();
  let calls = 0;
  const start = now();
  let elapsed = 0;
  do {
    sink = fn();
    calls++;
    elapsed = (now() - start) / 1e6;
  } while (elapsed < kTime);
  console.log(`${name} ${(calls * rows / elapsed).toFixed(1)}`);
}

const db = new DatabaseSync(':memory:');
db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, score REAL, n INTEGER)');

const insert = db.prepare('INSERT INTO t (name, score, n) VALUES (?, ?, ?)');
run('insert-10k-txn', kRows, () => {
  db.exec('DELETE FROM t');
  db.exec('BEGIN');
  for (let i = 0; i < kRows; i++) insert.run(`name ${i}`, i * 0.5, BigInt(i));
  db.exec('COMMIT');
});

db.exec('DELETE FROM t');
db.exec('BEGIN');
for (let i = 0; i < kRows; i++) insert.run(`name ${i}`, i * 0.5, BigInt(i));
db.exec('COMMIT');

const all = db.prepare('SELECT id, name, score, n FROM t');
run('all-10k-objects', kRows, () => all.all());
const arrays = db.prepare('SELECT id, name, score, n FROM t');
arrays.setReturnArrays(true);
run('all-10k-arrays', kRows, () => arrays.all());
const one = db.prepare('SELECT id, name, score, n FROM t WHERE id = ?');
run('get-by-key', 1000, () => {
  let r;
  for (let i = 1; i <= 1000; i++) r = one.get(i);
  return r;
});
const iter = db.prepare('SELECT id, name, score, n FROM t');
run('iterate-10k', kRows, () => {
  let n = 0;
  for (const row of iter.iterate()) n += row.id;
  return n;
});
db.close();
if (sink === 42) console.log('');
