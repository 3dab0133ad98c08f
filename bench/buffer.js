'use strict';
// Buffer and encoding throughput, runnable by lode and node alike:
//   lode bench/buffer.js [filter]   prints "<case> <MB/s>" per line.
// bench/buffer.sh runs it under both and prints the Lode/Node ratios.

const filter = process.argv[2] || '';
const kTime = Number(process.env.BENCH_TIME_MS || 200);

function makeAscii(n) {
  return 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-_'.repeat(Math.ceil(n / 64))
    .slice(0, n);
}

// n UTF-16 units mixing 1-, 2-, 3- and 4-byte UTF-8 characters.
function makeNonAscii(n) {
  return 'aé€😀bcdëfgh'.repeat(Math.ceil(n / 12)).slice(0, n).toWellFormed();
}

let sink;

// Runs fn repeatedly for about kTime ms and prints bytes processed per second in MB/s.
function run(name, bytesPerOp, fn) {
  if (!name.includes(filter)) return;
  for (let i = 0; i < 50; i++) sink = fn();
  let ops = 0;
  let batch = 1;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < kTime * 1e6) {
    for (let i = 0; i < batch; i++) sink = fn();
    ops += batch;
    if (batch < 1 << 16) batch *= 2;
    elapsed = Number(process.hrtime.bigint() - start);
  }
  const mbps = (bytesPerOp * ops) / (elapsed / 1e9) / 1e6;
  console.log(`${name} ${mbps.toFixed(2)}`);
}

const sizes = [['16', 16], ['1k', 1024], ['1m', 1 << 20]];
for (const [label, n] of sizes) {
  const ascii = makeAscii(n);
  const nonAscii = makeNonAscii(n);
  const asciiBuf = Buffer.from(ascii);
  const nonAsciiBuf = Buffer.from(nonAscii);
  run(`from-utf8-ascii-${label}`, asciiBuf.length, () => Buffer.from(ascii, 'utf8'));
  run(`from-utf8-nonascii-${label}`, nonAsciiBuf.length, () => Buffer.from(nonAscii, 'utf8'));
  run(`tostring-utf8-ascii-${label}`, asciiBuf.length, () => asciiBuf.toString('utf8'));
  run(`tostring-utf8-nonascii-${label}`, nonAsciiBuf.length, () => nonAsciiBuf.toString('utf8'));
}

for (const [label, n] of [['1k', 1024], ['1m', 1 << 20]]) {
  const bytes = Buffer.alloc(n);
  for (let i = 0; i < n; i++) bytes[i] = (i * 31 + 7) & 0xff;
  const b64 = bytes.toString('base64');
  const hex = bytes.toString('hex');
  run(`base64-encode-${label}`, n, () => bytes.toString('base64'));
  run(`base64-decode-${label}`, n, () => Buffer.from(b64, 'base64'));
  run(`hex-encode-${label}`, n, () => bytes.toString('hex'));
  run(`hex-decode-${label}`, n, () => Buffer.from(hex, 'hex'));
}

{
  const parts = [];
  for (let i = 0; i < 16; i++) parts.push(Buffer.from(makeAscii(64 + i)));
  const total = parts.reduce((a, b) => a + b.length, 0);
  run('concat-16x64', total, () => Buffer.concat(parts));
  const big = [Buffer.alloc(256 * 1024, 1), Buffer.alloc(256 * 1024, 2), Buffer.alloc(512 * 1024, 3)];
  run('concat-3x256k', 1 << 20, () => Buffer.concat(big));
}

{
  const decoder = new TextDecoder();
  for (const [label, n] of [['1k', 1024], ['64k', 65536]]) {
    const ascii = new TextEncoder().encode(makeAscii(n));
    const nonAscii = new TextEncoder().encode(makeNonAscii(n));
    run(`textdecoder-ascii-${label}`, ascii.length, () => decoder.decode(ascii));
    run(`textdecoder-nonascii-${label}`, nonAscii.length, () => decoder.decode(nonAscii));
  }
  // Legacy encodings: a single-byte one (Cyrillic text) and a multi-byte one (kana).
  const cp1251 = new TextDecoder('windows-1251');
  const sjis = new TextDecoder('shift_jis');
  for (const [label, n] of [['1k', 1024], ['64k', 65536]]) {
    const cyrillic = Uint8Array.from({ length: n }, (_, i) => (i % 8 === 7 ? 0x20 : 0xe0 + i % 32));
    const kana = Uint8Array.from({ length: n }, (_, i) => (i % 2 === 0 ? 0x82 : 0xa0 + (i >> 1) % 64));
    run(`textdecoder-windows-1251-${label}`, n, () => cp1251.decode(cyrillic));
    run(`textdecoder-shift_jis-${label}`, n, () => sjis.decode(kana));
  }
}
void sink;
