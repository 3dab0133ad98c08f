'use strict';
// Failures of TLS over a generic Duplex (the ends of duplex pairs): each reaches the
// TLSSocket as Node reports it — a refused client certificate, an untrusted or misnamed
// server certificate, bytes that are not TLS, an error or an end of the underlying stream
// before the handshake finished — and a value that is not a stream is refused at once.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const stream = require('stream');
const tls = require('tls');

const fixture = (name) => fs.readFileSync(path.join(__dirname, '../fixtures/tls', name));
const ca = fixture('ca-cert.pem');
const secureContext = tls.createSecureContext({
  key: fixture('server-key.pem'), cert: fixture('server-cert.pem'),
});

function serverOver(side, options) {
  return new tls.TLSSocket(side, { isServer: true, secureContext, ...options });
}

// requestCert + rejectUnauthorized, and a client without a certificate.
{
  const [a, b] = stream.duplexPair();
  const server = serverOver(b, { requestCert: true, rejectUnauthorized: true });
  server.on('secure', common.mustNotCall());
  server.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_SSL_PEER_DID_NOT_RETURN_A_CERTIFICATE');
  }));
  const client = tls.connect({ socket: a, ca, servername: 'localhost' });
  // TLS 1.3 finishes the client's side first; what it sees of the refusal varies.
  client.on('error', () => {});
  client.on('data', common.mustNotCall());
}

// The server's certificate is not trusted, or not for the name asked for.
for (const [options, code] of [
  [{ servername: 'localhost' }, 'UNABLE_TO_VERIFY_LEAF_SIGNATURE'],
  [{ servername: 'example.com', ca }, 'ERR_TLS_CERT_ALTNAME_INVALID'],
]) {
  const [a, b] = stream.duplexPair();
  const server = serverOver(b);
  server.on('error', () => {});
  const client = tls.connect({ socket: a, ...options });
  client.on('secureConnect', common.mustNotCall());
  client.on('error', common.mustCall((err) => assert.strictEqual(err.code, code)));
  client.on('close', common.mustCall());
}

// rejectUnauthorized: false lets the client in, with the reason kept.
{
  const [a, b] = stream.duplexPair();
  const server = serverOver(b);
  server.on('secure', common.mustCall(() => server.end('still talking')));
  const client = tls.connect({ socket: a, servername: 'localhost', rejectUnauthorized: false },
                             common.mustCall(() => {
                               assert.strictEqual(client.authorized, false);
                               assert.strictEqual(client.authorizationError,
                                                  'UNABLE_TO_VERIFY_LEAF_SIGNATURE');
                             }));
  client.on('data', common.mustCall((d) => assert.strictEqual(String(d), 'still talking')));
  client.on('end', common.mustCall(() => client.end()));
}

// The peer answers with something that is not TLS.
{
  const [a, b] = stream.duplexPair();
  b.once('data', () => b.write('HTTP/1.1 400 Bad Request\r\n\r\n'));
  const client = tls.connect({ socket: a, ca, servername: 'localhost' });
  client.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_SSL_WRONG_VERSION_NUMBER');
  }));
  client.on('close', common.mustCall());
}

// The underlying stream fails during the handshake: its error is the socket's.
{
  const [a, b] = stream.duplexPair();
  b.once('data', () => a.destroy(new Error('boom')));
  const client = tls.connect({ socket: a, ca, servername: 'localhost' });
  client.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'boom')));
  client.on('close', common.mustCall());
}

// The underlying stream ends during the handshake.
{
  const [a, b] = stream.duplexPair();
  b.once('data', () => b.end());
  const client = tls.connect({ socket: a, ca, servername: 'localhost' });
  client.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ECONNRESET');
    assert.strictEqual(err.message, 'Client network socket disconnected before secure TLS ' +
      'connection was established');
  }));
  client.on('close', common.mustCall());
}

// Not a stream.
for (const value of [42, 'socket', {}, true]) {
  assert.throws(() => new tls.TLSSocket(value), TypeError);
  assert.throws(() => tls.connect({ socket: value }), TypeError);
}
