'use strict';
// createSecureContext inputs: encrypted keys with a passphrase, PKCS#12 (pfx), arrays of
// CAs; tls.rootCertificates is the system store as PEM strings; getCiphers.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tls = require('tls');

const fixture = (name) => fs.readFileSync(path.join(__dirname, '../fixtures/tls', name));
const ca = fixture('ca-cert.pem');

const roots = tls.rootCertificates;
assert(Array.isArray(roots));
assert(Object.isFrozen(roots));
assert.strictEqual(tls.rootCertificates, roots);
for (const pem of roots) assert.match(pem, /^-----BEGIN CERTIFICATE-----\n[^]+\n-----END CERTIFICATE-----$/);

const ciphers = tls.getCiphers();
assert(ciphers.includes('tls_aes_128_gcm_sha256'));
assert(ciphers.includes('ecdhe-rsa-aes128-gcm-sha256'));
assert.strictEqual(typeof tls.DEFAULT_CIPHERS, 'string');

assert(tls.createSecureContext() instanceof tls.SecureContext);
assert.throws(() => tls.createSecureContext({ key: fixture('server-key-encrypted.pem'),
  cert: fixture('server-cert.pem'), passphrase: 'wrong' }), Error);
assert.throws(() => tls.createSecureContext({ pfx: fixture('rsa-server.pfx'),
  passphrase: 'wrong' }), Error);
// A key that does not match the certificate.
assert.throws(() => tls.createSecureContext({ key: fixture('client-key.pem'),
  cert: fixture('server-cert.pem') }), Error);

const contexts = [
  { key: fixture('server-key-encrypted.pem'), cert: fixture('server-cert.pem'),
    passphrase: 'secret' },
  { key: [{ pem: fixture('server-key-encrypted.pem'), passphrase: 'secret' }],
    cert: fixture('server-cert.pem') },
  { pfx: fixture('rsa-server.pfx'), passphrase: 'sample' },
];

function next(i) {
  if (i === contexts.length) return;
  const server = tls.createServer(contexts[i], (s) => s.end());
  server.listen(0, common.mustCall(() => {
    const c = tls.connect({ port: server.address().port, ca: [fixture('selfsigned-cert.pem'), ca] },
      common.mustCall(() => {
        assert.strictEqual(c.authorized, true);
        c.resume();
        c.on('end', common.mustCall(() => {
          server.close();
          next(i + 1);
        }));
      }));
  }));
}
next(0);
