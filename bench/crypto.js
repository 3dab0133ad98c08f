'use strict';
// crypto throughput, runnable by lode and node alike:
//   lode bench/crypto.js [filter]   prints "<case> <ops/s>" per line.
// bench/crypto.sh runs it under both and prints the Lode/Node ratios.

const crypto = require('crypto');

const filter = process.argv[2] || '';
const kTime = Number(process.env.BENCH_TIME_MS || 200);
let sink;

// Nanoseconds elapsed: wall time, or with BENCH_CLOCK=cpu this process's CPU time (user +
// system, all threads), steadier than wall time on a machine shared with other work.
const now = process.env.BENCH_CLOCK === 'cpu' ?
  () => { const u = process.cpuUsage(); return (u.user + u.system) * 1000; } :
  () => Number(process.hrtime.bigint());

// Runs fn repeatedly for about kTime ms and prints operations per second.
function run(name, fn) {
  if (!name.includes(filter)) return;
  for (let i = 0; i < 20; i++) sink = fn();
  let ops = 0;
  let batch = 1;
  const start = now();
  let elapsed = 0;
  while (elapsed < kTime * 1e6) {
    for (let i = 0; i < batch; i++) sink = fn();
    ops += batch;
    if (batch < 1 << 14) batch *= 2;
    elapsed = now() - start;
  }
  console.log(`${name} ${(ops / (elapsed / 1e9)).toFixed(1)}`);
}

// Like run() for an operation that takes a while (the bulk cases): one warm-up run,
// then at least two timed ones.
function runLong(name, fn) {
  if (!name.includes(filter)) return;
  sink = fn();
  let ops = 0;
  const start = now();
  let elapsed = 0;
  while (ops < 2 || elapsed < kTime * 1e6) {
    sink = fn();
    ops++;
    elapsed = now() - start;
  }
  console.log(`${name} ${(ops / (elapsed / 1e9)).toFixed(3)}`);
}

const small = Buffer.alloc(64, 'a');
const mib = crypto.randomBytes(1 << 20);
const key = crypto.randomBytes(32);
const iv = crypto.randomBytes(12);

run('sha256-64B-hex', () => crypto.createHash('sha256').update(small).digest('hex'));
run('sha256-64B-string', () => crypto.createHash('sha256').update('a'.repeat(64)).digest('hex'));
run('hash-oneshot-64B', () => crypto.hash('sha256', small));
run('sha1-100B', () => crypto.createHash('sha1').update(mib.subarray(0, 100)).digest());
run('sha256-1MiB', () => crypto.createHash('sha256').update(mib).digest());
run('hmac-sha256-64B', () => crypto.createHmac('sha256', key).update(small).digest('hex'));
run('randomBytes-16', () => crypto.randomBytes(16));
run('randomUUID', () => crypto.randomUUID());
run('randomInt', () => crypto.randomInt(1000));
run('aes-256-gcm-1MiB', () => {
  const c = crypto.createCipheriv('aes-256-gcm', key, iv);
  c.update(mib);
  c.final();
  return c.getAuthTag();
});
run('aes-256-cbc-64B', () => {
  const c = crypto.createCipheriv('aes-256-cbc', key, iv.subarray(0, 12).length === 12 ?
    Buffer.concat([iv, iv.subarray(0, 4)]) : iv);
  return Buffer.concat([c.update(small), c.final()]);
});
// The cases issue 8 names: 256 MiB through sha256 and AES-256-GCM in 64 KiB updates (one
// 64 KiB buffer fed 4096 times), and 100,000 sha1 digests of 100 bytes (ops/s = runs/s).
const chunk = crypto.randomBytes(64 * 1024);
const hundred = mib.subarray(0, 100);
runLong('sha256-256MiB-in-64KiB', () => {
  const h = crypto.createHash('sha256');
  for (let i = 0; i < 4096; i++) h.update(chunk);
  return h.digest();
});
runLong('aes-256-gcm-256MiB-in-64KiB', () => {
  const c = crypto.createCipheriv('aes-256-gcm', key, iv);
  for (let i = 0; i < 4096; i++) c.update(chunk);
  c.final();
  return c.getAuthTag();
});
runLong('sha1-100B-x100000', () => {
  let d;
  for (let i = 0; i < 100000; i++) d = crypto.createHash('sha1').update(hundred).digest();
  return d;
});
run('pbkdf2-sha256-1000', () => crypto.pbkdf2Sync('password', 'salt', 1000, 32, 'sha256'));

// Signatures: one-shot sign/verify of a short message with each common key type.
const message = Buffer.from('a short message to sign, as in a JWT or a TLS handshake');
for (const [name, type, options, digest] of [
  ['ed25519', 'ed25519', undefined, null],
  ['ecdsa-p256', 'ec', { namedCurve: 'P-256' }, 'sha256'],
  ['rsa2048', 'rsa', { modulusLength: 2048 }, 'sha256'],
]) {
  if (!`sign-${name}`.includes(filter) && !`verify-${name}`.includes(filter)) continue;
  const { privateKey, publicKey } = crypto.generateKeyPairSync(type, options);
  const signature = crypto.sign(digest, message, privateKey);
  run(`sign-${name}`, () => crypto.sign(digest, message, privateKey));
  run(`verify-${name}`, () => crypto.verify(digest, message, publicKey, signature));
}
