'use strict';
// createSecureContext failures carry Node's errors: TLS-library errors are ERR_SSL_<REASON>
// (not ERR_OSSL_...), PKCS#12 failures are a bare Error with OpenSSL's reason, an unknown
// ECDH curve is ERR_CRYPTO_OPERATION_FAILED, and sigalgs is checked and applied.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tls = require('tls');

const fixture = (name) => fs.readFileSync(path.join(__dirname, '../fixtures/tls', name));

const noCipherMatch = {
  name: 'Error',
  code: 'ERR_SSL_NO_CIPHER_MATCH',
  library: 'SSL routines',
  reason: 'no cipher match',
  message: 'error:0A0000B9:SSL routines::no cipher match',
};
for (const ciphers of ['nonsense', 'TLS_NOPE', 'TLS_AES_128_GCM_SHA256:nonsense']) {
  assert.throws(() => tls.createSecureContext({ ciphers }), noCipherMatch);
}

// PKCS#12: only the reason, no code, library or reason properties.
function assertPfxError(options, message) {
  assert.throws(() => tls.createSecureContext(options), (err) => {
    assert.strictEqual(err.constructor, Error);
    assert.strictEqual(err.message, message);
    assert.deepStrictEqual(Object.keys(err), []);
    return true;
  });
}
const pfx = fixture('rsa-server.pfx');
assertPfxError({ pfx: Buffer.from('garbage') }, 'not enough data');
assertPfxError({ pfx: Buffer.alloc(0) }, 'not enough data');
assertPfxError({ pfx }, 'mac verify failure');
assertPfxError({ pfx, passphrase: 'wrong' }, 'mac verify failure');
assertPfxError({ pfx: [{ buf: pfx, passphrase: 'wrong' }] }, 'mac verify failure');
assert(tls.createSecureContext({ pfx, passphrase: 'sample' }) instanceof tls.SecureContext);

assert.throws(() => tls.createSecureContext({ ecdhCurve: 'nope' }), {
  name: 'Error', code: 'ERR_CRYPTO_OPERATION_FAILED', message: 'Failed to set ECDH curve',
});
assert(tls.createSecureContext({ ecdhCurve: 'P-256:X25519' }) instanceof tls.SecureContext);

// Other libraries keep their ERR_OSSL_ codes.
assert.throws(() => tls.createSecureContext({ cert: 'garbage' }), {
  code: 'ERR_OSSL_PEM_NO_START_LINE', message: 'error:0480006C:PEM routines::no start line',
});
assert.throws(() => tls.createSecureContext({ key: fixture('client-key.pem'),
  cert: fixture('server-cert.pem') }), {
  code: 'ERR_OSSL_X509_KEY_VALUES_MISMATCH',
  message: 'error:05800074:x509 certificate routines::key values mismatch',
});

// sigalgs: validated as Node does; a list OpenSSL rejects gives Node's empty OpenSSL error.
assert.throws(() => tls.createSecureContext({ sigalgs: '' }), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.sigalgs' is invalid. Received ''",
});
assert.throws(() => tls.createSecureContext({ sigalgs: 5 }), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.sigalgs" property must be of type string. Received type number (5)',
});
assert.throws(() => tls.createSecureContext({ sigalgs: 'nope' }), (err) => {
  assert.strictEqual(err.message, 'error:00000000:lib(0)::reason(0)');
  assert.strictEqual(err.code, undefined);
  return true;
});

// A valid list is used: the server's EC key signs with ECDSA+SHA256.
const server = tls.createServer({ key: fixture('server-key.pem'), cert: fixture('server-cert.pem'),
  sigalgs: 'ECDSA+SHA256:RSA-PSS+SHA256' }, (socket) => socket.end('ok'));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = tls.connect({ port: server.address().port, host: '127.0.0.1',
    servername: 'localhost', ca: fixture('ca-cert.pem'), sigalgs: 'ECDSA+SHA256' },
  common.mustCall(() => {
    client.on('data', common.mustCall((data) => {
      assert.strictEqual(data.toString(), 'ok');
      client.end();
      server.close();
    }));
  }));
}));
