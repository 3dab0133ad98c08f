'use strict';
// A TLS server and client over TCP: handshake, data both ways, the socket's TLS details
// (protocol, cipher, certificates), and a clean end on both sides.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tls = require('tls');
const net = require('net');

const fixture = (name) => fs.readFileSync(path.join(__dirname, '../fixtures/tls', name));
const key = fixture('server-key.pem');
const cert = fixture('server-cert.pem');
const ca = fixture('ca-cert.pem');

const big = Buffer.alloc(1024 * 1024, 'x');

const server = tls.createServer({ key, cert }, common.mustCall((socket) => {
  assert(socket instanceof tls.TLSSocket);
  assert(socket instanceof net.Socket);
  assert.strictEqual(socket.encrypted, true);
  assert.strictEqual(socket.authorized, false); // no client certificate was asked for
  assert.strictEqual(socket.getProtocol(), 'TLSv1.3');
  assert.deepStrictEqual(socket.getPeerCertificate(), {});
  assert.strictEqual(socket.getCertificate().subject.CN, 'localhost');
  assert.strictEqual(typeof socket.remotePort, 'number');
  let received = 0;
  socket.on('data', (d) => {
    assert(Buffer.isBuffer(d));
    received += d.length;
    if (received === big.length + 4) socket.end(big);
  });
  socket.on('end', common.mustCall());
}));

server.listen(0, common.mustCall(() => {
  const client = tls.connect({ port: server.address().port, ca }, common.mustCall(() => {
    assert.strictEqual(client.authorized, true);
    assert.strictEqual(client.authorizationError, null);
    assert.strictEqual(client.getProtocol(), 'TLSv1.3');
    const cipher = client.getCipher();
    assert.strictEqual(typeof cipher.name, 'string');
    assert.strictEqual(cipher.version, 'TLSv1.3');
    assert.strictEqual(cipher.standardName, cipher.name);
    const peer = client.getPeerCertificate();
    assert.strictEqual(peer.subject.CN, 'localhost');
    assert.strictEqual(peer.issuer.CN, 'Lode Test CA');
    assert.strictEqual(peer.subjectaltname, 'DNS:localhost, IP Address:127.0.0.1');
    assert.match(peer.fingerprint256, /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    assert(Buffer.isBuffer(peer.raw));
    assert.strictEqual(peer.bits, 256);
    const detailed = client.getPeerCertificate(true);
    assert.strictEqual(detailed.subject.CN, 'localhost');
    assert.strictEqual(client.getPeerX509Certificate().subject, 'C=US\nO=Lode Test\nCN=localhost');
    assert.strictEqual(client.alpnProtocol, false);
    client.write('ping');
    client.write(big);
  }));
  let received = 0;
  client.on('data', (d) => { received += d.length; });
  client.on('end', common.mustCall(() => {
    assert.strictEqual(received, big.length);
    server.close();
  }));
  client.on('close', common.mustCall(() => {
    assert.strictEqual(client.getPeerCertificate(), null);
  }));
}));
