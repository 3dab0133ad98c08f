'use strict';
// zlib throughput, runnable by lode and node alike:
//   lode bench/zlib.js [filter]   prints "<case> <MB/s>" per line (MB of uncompressed data).
// bench/zlib.sh runs it under both and prints the Lode/Node ratios.

const zlib = require('zlib');
const { pipeline, Readable, Writable } = require('stream');

const filter = process.argv[2] || '';
const kTime = Number(process.env.BENCH_TIME_MS || 300);

// Text-like data that compresses about 3:1: words drawn from a small vocabulary.
function makeData(n) {
  const words = ['lorem', 'ipsum', 'dolor', 'sit', 'amet', 'consectetur', 'adipiscing', 'elit',
    'sed', 'do', 'eiusmod', 'tempor', 'incididunt', 'ut', 'labore', 'et', 'dolore', 'magna'];
  const out = Buffer.alloc(n);
  let x = 12345;
  let off = 0;
  while (off < n) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    const w = words[(x >> 8) % words.length];
    off += out.write(w, off);
    if (off < n) out[off++] = (x & 15) === 0 ? 10 : 32;
    if ((x & 63) === 1 && off + 8 < n) off += out.write(String(x % 100000), off);
  }
  return out;
}

let sink;

// Nanoseconds elapsed: wall time, or with BENCH_CLOCK=cpu this process's CPU time (user +
// system, all threads, the thread pool's included), steadier on a shared machine.
const now = process.env.BENCH_CLOCK === 'cpu' ?
  () => { const u = process.cpuUsage(); return (u.user + u.system) * 1000; } :
  () => Number(process.hrtime.bigint());

// Runs fn (sync) for about kTime ms, at least once; prints MB/s.
function runSync(name, bytes, fn) {
  if (!name.includes(filter)) return;
  sink = fn();
  let ops = 0;
  const start = now();
  let elapsed = 0;
  while (ops === 0 || elapsed < kTime * 1e6) {
    sink = fn();
    ops++;
    elapsed = now() - start;
  }
  console.log(`${name} ${((bytes * ops) / (elapsed / 1e9) / 1e6).toFixed(2)}`);
}

// Like runSync for fn(done) that finishes asynchronously.
async function runAsync(name, bytes, fn) {
  if (!name.includes(filter)) return;
  const once = () => new Promise((resolve, reject) => fn((err) => (err ? reject(err) : resolve())));
  await once();
  let ops = 0;
  const start = now();
  let elapsed = 0;
  while (ops === 0 || elapsed < kTime * 1e6) {
    await once();
    ops++;
    elapsed = now() - start;
  }
  console.log(`${name} ${((bytes * ops) / (elapsed / 1e9) / 1e6).toFixed(2)}`);
}

// Streams `data` in 64 KiB chunks through the transforms into a sink that drops it.
function streamThrough(data, transforms, done) {
  let off = 0;
  const source = new Readable({
    read() {
      if (off >= data.length) {
        this.push(null);
        return;
      }
      this.push(data.subarray(off, off + 65536));
      off += 65536;
    },
  });
  const drain = new Writable({ write(chunk, enc, cb) { cb(); } });
  pipeline(source, ...transforms, drain, done);
}

(async () => {
  const oneMiB = makeData(1 << 20);
  const big = makeData(64 << 20);
  const oneMiBGz = zlib.gzipSync(oneMiB);
  const bigGz = zlib.gzipSync(big);
  const oneMiBBr = zlib.brotliCompressSync(oneMiB);

  // Per-call cost: a small body, as an HTTP server compresses it.
  const small = oneMiB.subarray(0, 1000);
  const smallGz = zlib.gzipSync(small);
  runSync('gzip-sync-1k', small.length, () => zlib.gzipSync(small));
  runSync('gunzip-sync-1k', small.length, () => zlib.gunzipSync(smallGz));
  runSync('gzip-sync-1m', oneMiB.length, () => zlib.gzipSync(oneMiB));
  runSync('gunzip-sync-1m', oneMiB.length, () => zlib.gunzipSync(oneMiBGz));
  await runAsync('gzip-callback-1m', oneMiB.length, (done) => zlib.gzip(oneMiB, done));
  await runAsync('gunzip-callback-1m', oneMiB.length, (done) => zlib.gunzip(oneMiBGz, done));
  await runAsync('gzip-stream-1m', oneMiB.length,
    (done) => streamThrough(oneMiB, [zlib.createGzip()], done));
  const oneMiBZ = zlib.deflateSync(oneMiB);
  runSync('inflate-sync-1m', oneMiB.length, () => zlib.inflateSync(oneMiBZ));
  runSync('gzip-sync-64m', big.length, () => zlib.gzipSync(big));
  runSync('gunzip-sync-64m', big.length, () => zlib.gunzipSync(bigGz));
  await runAsync('gzip-stream-64m', big.length,
    (done) => streamThrough(big, [zlib.createGzip()], done));
  await runAsync('gunzip-stream-64m', big.length,
    (done) => streamThrough(bigGz, [zlib.createGunzip()], done));
  runSync('brotli-compress-1m', oneMiB.length, () => zlib.brotliCompressSync(oneMiB));
  runSync('brotli-compress-q4-1m', oneMiB.length, () => zlib.brotliCompressSync(oneMiB,
    { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } }));
  runSync('brotli-decompress-1m', oneMiB.length, () => zlib.brotliDecompressSync(oneMiBBr));
  const oneMiBZstd = zlib.zstdCompressSync(oneMiB);
  runSync('zstd-compress-1m', oneMiB.length, () => zlib.zstdCompressSync(oneMiB));
  runSync('zstd-decompress-1m', oneMiB.length, () => zlib.zstdDecompressSync(oneMiBZstd));
  await runAsync('zstd-stream-1m', oneMiB.length,
    (done) => streamThrough(oneMiB, [zlib.createZstdCompress(), zlib.createZstdDecompress()], done));
})();
