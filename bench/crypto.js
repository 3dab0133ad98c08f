'use strict';
// crypto throughput, runnable by lode and node alike:
//   lode bench/crypto.js [filter]   prints "<case> <ops/s>" per line.
// bench/crypto.sh runs it under both and prints the Lode/Node ratios.

const crypto = require('crypto');

const filter = process.argv[2] || '';
const kTime = Number(process.env.BENCH_TIME_MS || 200);
let sink;

// Runs fn repeatedly for about kTime ms and prints operations per second.
function run(name, fn) {
  if (!name.includes(filter)) return;
  for (let i = 0; i < 20; i++) sink = fn();
  let ops = 0;
  let batch = 1;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < kTime * 1e6) {
    for (let i = 0; i < batch; i++) sink = fn();
    ops += batch;
    if (batch < 1 << 14) batch *= 2;
    elapsed = Number(process.hrtime.bigint() - start);
  }
  console.log(`${name} ${(ops / (elapsed / 1e9)).toFixed(1)}`);
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
