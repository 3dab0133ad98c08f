'use strict';
// minVersion/maxVersion: the negotiated protocol, a failed negotiation, and bad values.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tls = require('tls');

const fixture = (name) => fs.readFileSync(path.join(__dirname, '../fixtures/tls', name));
const ca = fixture('ca-cert.pem');
const key = fixture('server-key.pem');
const cert = fixture('server-cert.pem');

assert.strictEqual(tls.DEFAULT_MIN_VERSION, 'TLSv1.2');
assert.strictEqual(tls.DEFAULT_MAX_VERSION, 'TLSv1.3');
assert.throws(() => tls.createSecureContext({ minVersion: 'TLSv9' }), {
  code: 'ERR_TLS_INVALID_PROTOCOL_VERSION',
  name: 'TypeError',
  message: '"TLSv9" is not a valid minimum TLS protocol version',
});
assert.throws(() => tls.createSecureContext({ maxVersion: 'x' }),
  { code: 'ERR_TLS_INVALID_PROTOCOL_VERSION' });
assert.throws(() => tls.createSecureContext({ minVersion: 12 }), {
  code: 'ERR_TLS_INVALID_PROTOCOL_VERSION',
  message: '12 is not a valid minimum TLS protocol version',
});
assert.throws(() => tls.createSecureContext({ key: 12 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => tls.createSecureContext({ cert: 'not a certificate' }), Error);
assert.throws(() => tls.createSecureContext({ ciphers: 'NOT-A-CIPHER' }), Error);

const server = tls.createServer({ key, cert, maxVersion: 'TLSv1.2' }, (s) => s.end());
server.on('tlsClientError', common.mustCall((err) => {
  assert.match(err.code, /^ERR_SSL_/);
}));
server.listen(0, common.mustCall(() => {
  const port = server.address().port;
  const c = tls.connect({ port, ca }, common.mustCall(() => {
    assert.strictEqual(c.getProtocol(), 'TLSv1.2');
    assert.strictEqual(c.getCipher().version, 'TLSv1.2');
    c.end();
    const strict = tls.connect({ port, ca, minVersion: 'TLSv1.3' }, common.mustNotCall());
    strict.on('error', common.mustCall((err) => {
      assert.match(err.code, /^ERR_SSL_/);
      assert.strictEqual(typeof err.reason, 'string');
      server.close();
    }));
  }));
}));
