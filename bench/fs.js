'use strict';
// File system throughput, run by bench/fs.sh under Lode and Node. Prints one line per case:
// `name<TAB>ops_per_second` (for the pipe: MB/s, plus a `pipe peak RSS MiB` line).
// `node fs.js` runs every case but the pipe; `node fs.js pipe` runs only the pipe, in its own
// process, so its peak RSS (VmHWM) is the pipe's.

const fs = require('fs');
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-bench-fs-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));

function report(name, ops, ms) {
  console.log(`${name}\t${(ops * 1000 / ms).toFixed(1)}`);
}

// Best of three, as the runtimes warm up differently.
async function measure(name, ops, fn) {
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const start = performance.now();
    await fn();
    best = Math.min(best, performance.now() - start);
  }
  report(name, ops, best);
}

const smallFiles = 10000;

async function main() {
  const small = Buffer.alloc(4096, 'a');
  const big = Buffer.alloc(64 * 1024 * 1024, 'b');
  const smallPath = (i) => path.join(dir, `s${i % 100}`);
  await measure('writeFile 4KiB (promises)', smallFiles, async () => {
    for (let i = 0; i < smallFiles; i++) await fsp.writeFile(smallPath(i), small);
  });
  await measure('readFile 4KiB (promises)', smallFiles, async () => {
    for (let i = 0; i < smallFiles; i++) await fsp.readFile(smallPath(i));
  });
  await measure('writeFile 4KiB (callback)', smallFiles, () => new Promise((resolve) => {
    let i = 0;
    const next = (err) => {
      if (err) throw err;
      if (i === smallFiles) resolve();
      else fs.writeFile(smallPath(i++), small, next);
    };
    next();
  }));
  await measure('readFile 4KiB (callback)', smallFiles, () => new Promise((resolve) => {
    let i = 0;
    const next = (err) => {
      if (err) throw err;
      if (i === smallFiles) resolve();
      else fs.readFile(smallPath(i++), next);
    };
    next();
  }));
  await measure('readFileSync 4KiB utf8', smallFiles, () => {
    for (let i = 0; i < smallFiles; i++) fs.readFileSync(smallPath(i), 'utf8');
  });
  const bigPath = path.join(dir, 'big');
  await measure('writeFile 64MiB (promises)', 1, () => fsp.writeFile(bigPath, big));
  await measure('readFile 64MiB (promises)', 1, () => fsp.readFile(bigPath));

  const many = path.join(dir, 'many');
  fs.mkdirSync(many);
  for (let i = 0; i < 10000; i++) fs.writeFileSync(path.join(many, `entry-${i}`), '');
  await measure('readdirSync 10,000 entries', 1, () => fs.readdirSync(many));
  await measure('readdir 10,000 (promises)', 1, () => fsp.readdir(many));
  await measure('readdir 10,000 withFileTypes', 1, () => fsp.readdir(many, { withFileTypes: true }));

  const statPath = smallPath(0);
  await measure('statSync x100,000', 100000, () => {
    for (let i = 0; i < 100000; i++) fs.statSync(statPath);
  });
  await measure('stat x100,000 (promises)', 100000, async () => {
    for (let i = 0; i < 100000; i++) await fsp.stat(statPath);
  });
}

async function pipe() {
  const mb = Number(process.env.FS_BENCH_PIPE_MB || 1024);
  const src = path.join(dir, 'pipe-src');
  const chunk = Buffer.alloc(1024 * 1024, 'c');
  const fd = fs.openSync(src, 'w');
  for (let i = 0; i < mb; i++) fs.writeSync(fd, chunk);
  // On disk before the clock starts, so the pipe does not race the source's writeback.
  fs.fsyncSync(fd);
  fs.closeSync(fd);
  const start = performance.now();
  await new Promise((resolve, reject) => {
    const out = fs.createWriteStream(path.join(dir, 'pipe-dest'));
    out.on('finish', resolve).on('error', reject);
    fs.createReadStream(src).on('error', reject).pipe(out);
  });
  report(`pipe ${mb} MiB (MB/s)`, mb, performance.now() - start);
  const status = fs.readFileSync('/proc/self/status', 'utf8');
  const hwm = /VmHWM:\s+(\d+)/.exec(status);
  console.log(`pipe peak RSS MiB\t${(Number(hwm[1]) / 1024).toFixed(1)}`);
}

(process.argv[2] === 'pipe' ? pipe() : main()).catch((err) => {
  console.error(err);
  process.exit(1);
});
