'use strict';
// TLS over any Duplex, as Node documents for `new tls.TLSSocket(socket)` and
// `tls.connect({ socket })`: a server-side TLSSocket and a client over the two ends of a
// duplex pair. Handshake (ALPN, SNI, verification), a large transfer both ways (the pair
// applies backpressure), then a clean end on both sides.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const stream = require('stream');
const tls = require('tls');

const fixture = (name) => fs.readFileSync(path.join(__dirname, '../fixtures/tls', name));
const [clientSide, serverSide] = stream.duplexPair();

const big = Buffer.alloc(1024 * 1024);
for (let i = 0; i < big.length; i++) big[i] = i % 251;

const server = new tls.TLSSocket(serverSide, {
  isServer: true,
  secureContext: tls.createSecureContext({
    key: fixture('server-key.pem'), cert: fixture('server-cert.pem'),
  }),
  ALPNProtocols: ['h2', 'http/1.1'],
});
assert(server._handle !== null);
assert.strictEqual(server.encrypted, true);
server.on('error', common.mustNotCall());
server.on('secure', common.mustCall(() => {
  assert.strictEqual(server.servername, 'localhost');
  assert.strictEqual(server.alpnProtocol, 'http/1.1');
  assert.strictEqual(server.getProtocol(), 'TLSv1.3');
  assert.strictEqual(server.getCertificate().subject.CN, 'localhost');
}));
const serverGot = [];
server.on('data', (d) => serverGot.push(d));
server.on('end', common.mustCall(() => {
  assert.deepStrictEqual(Buffer.concat(serverGot), big);
  server.end(big);
}));

const client = tls.connect({
  socket: clientSide,
  ca: fixture('ca-cert.pem'),
  servername: 'localhost',
  ALPNProtocols: ['http/1.1'],
}, common.mustCall(() => {
  assert.strictEqual(client.authorized, true);
  assert.strictEqual(client.authorizationError, null);
  assert.strictEqual(client.alpnProtocol, 'http/1.1');
  assert.strictEqual(client.getPeerCertificate().subject.CN, 'localhost');
  client.end(big);
}));
assert(client instanceof tls.TLSSocket);
assert(client._handle !== null);
assert.strictEqual(client._parent, null);
client.on('error', common.mustNotCall());
const clientGot = [];
client.on('data', (d) => clientGot.push(d));
client.on('end', common.mustCall(() => {
  assert.deepStrictEqual(Buffer.concat(clientGot), big);
}));
client.on('close', common.mustCall());
