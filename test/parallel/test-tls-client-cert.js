'use strict';
// requestCert + rejectUnauthorized: a client with a certificate the CA signed is
// authorized; a client without one is refused (the server sees 'tlsClientError').
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tls = require('tls');

const fixture = (name) => fs.readFileSync(path.join(__dirname, '../fixtures/tls', name));
const ca = fixture('ca-cert.pem');

const server = tls.createServer({
  key: fixture('server-key.pem'), cert: fixture('server-cert.pem'), ca,
  requestCert: true, rejectUnauthorized: true,
}, common.mustCall((socket) => {
  assert.strictEqual(socket.authorized, true);
  assert.strictEqual(socket.authorizationError, null);
  assert.strictEqual(socket.getPeerCertificate().subject.CN, 'client');
  socket.end('welcome');
}));
server.on('tlsClientError', common.mustCall((err, socket) => {
  assert(err instanceof Error);
  assert.match(err.code, /^ERR_SSL_/);
  assert(socket instanceof tls.TLSSocket);
}));

server.listen(0, common.mustCall(() => {
  const port = server.address().port;
  const good = tls.connect({
    port, ca, key: fixture('client-key.pem'), cert: fixture('client-cert.pem'),
  }, common.mustCall(() => {
    good.on('data', common.mustCall((d) => assert.strictEqual(d.toString(), 'welcome')));
    good.on('end', common.mustCall(() => {
      good.end();
      // No certificate: TLS 1.3 finishes the client's side first, then the server's alert.
      const bad = tls.connect({ port, ca });
      bad.on('error', common.mustCall((err) => {
        assert.match(err.code, /^(ERR_SSL_|ECONNRESET)/);
        server.close();
      }));
    }));
  }));
}));
