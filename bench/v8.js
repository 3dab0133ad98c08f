'use strict';
// v8.serialize / v8.deserialize throughput: a small record, a jest-haste-map-like cache
// (a Map of 5,000 file entries), a long string, a 1 MiB Buffer and an array of numbers.
// Run by bench/v8.sh under Lode and Node; prints one line per case: `name ops_per_second`
// (best of 3 timed rounds).

const v8 = require('v8');

const small = { id: 42, name: 'widget', tags: ['a', 'b'], price: 9.5, at: new Date(0) };
const files = new Map();
for (let i = 0; i < 5000; i++) {
  files.set(`src/dir${i % 50}/file${i}.js`, [`id${i}`, 1700000000000 + i, 1000 + i, 1,
    `./dep${i % 7}`, null]);
}
const cache = { clocks: new Map(), files, map: new Map([['x', { g: ['src/x.js', 0] }]]) };
const text = 'The quick brown fox jumps over the lazy dog. '.repeat(2000);
const buffer = Buffer.alloc(1024 * 1024, 7);
const numbers = Array.from({ length: 10000 }, (_, i) => i * 1.5);

function bench(name, fn, minMs = 200) {
  let best = 0;
  for (let round = 0; round < 3; round++) {
    let ops = 0;
    const start = process.hrtime.bigint();
    let elapsed;
    do {
      fn();
      ops++;
      elapsed = Number(process.hrtime.bigint() - start) / 1e6;
    } while (elapsed < minMs);
    best = Math.max(best, ops / (elapsed / 1000));
  }
  console.log(`${name} ${best.toFixed(1)}`);
}

for (const [name, value] of [['small', small], ['cache', cache], ['string', text],
  ['buffer', buffer], ['numbers', numbers]]) {
  const bytes = v8.serialize(value);
  bench(`serialize-${name}`, () => v8.serialize(value));
  bench(`deserialize-${name}`, () => v8.deserialize(bytes));
}
