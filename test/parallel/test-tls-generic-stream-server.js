'use strict';
// A tls.Server and an https.Server handed a Duplex through emit('connection'), as Node
// allows for any server: the TLS handshake and the HTTP exchange run over the generic
// stream (the client's TLS runs over the other end of a duplex pair). Also a TLS client
// over a hand-made Duplex that relays its bytes to a TCP connection.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const https = require('https');
const net = require('net');
const path = require('path');
const stream = require('stream');
const tls = require('tls');

const fixture = (name) => fs.readFileSync(path.join(__dirname, '../fixtures/tls', name));
const key = fixture('server-key.pem');
const cert = fixture('server-cert.pem');
const ca = fixture('ca-cert.pem');

// tls.Server over a duplex pair.
{
  const server = tls.createServer({ key, cert }, common.mustCall((socket) => {
    assert(socket instanceof tls.TLSSocket);
    socket.setEncoding('utf8');
    socket.on('data', common.mustCall((d) => {
      assert.strictEqual(d, 'ping');
      socket.end('pong');
    }));
  }));
  server.on('tlsClientError', common.mustNotCall());
  const [clientSide, serverSide] = stream.duplexPair();
  server.emit('connection', serverSide);
  const client = tls.connect({ socket: clientSide, ca, servername: 'localhost' },
                             common.mustCall(() => client.write('ping')));
  client.setEncoding('utf8');
  let reply = '';
  client.on('data', (d) => { reply += d; });
  client.on('end', common.mustCall(() => {
    assert.strictEqual(reply, 'pong');
    client.end();
  }));
}

// https.Server over a duplex pair: the request's socket is a TLSSocket over a Duplex.
{
  const server = https.createServer({ key, cert }, common.mustCall((req, res) => {
    assert.strictEqual(req.url, '/hello');
    assert.strictEqual(req.socket.encrypted, true);
    res.end('hello over a duplex');
  }));
  const [clientSide, serverSide] = stream.duplexPair();
  server.emit('connection', serverSide);
  https.get({
    path: '/hello',
    createConnection: () => tls.connect({ socket: clientSide, ca, servername: 'localhost' }),
  }, common.mustCall((res) => {
    assert.strictEqual(res.statusCode, 200);
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (d) => { body += d; });
    res.on('end', common.mustCall(() => assert.strictEqual(body, 'hello over a duplex')));
  }));
}

// A TLS client over a Duplex that relays to TCP.
{
  const server = tls.createServer({ key, cert }, common.mustCall((socket) => {
    socket.end('over tcp');
  }));
  server.listen(0, common.mustCall(() => {
    const tcp = net.connect({ port: server.address().port, allowHalfOpen: true });
    const relay = new stream.Duplex({
      read() { tcp.resume(); },
      write(chunk, encoding, cb) { tcp.write(chunk, encoding, cb); },
      final(cb) { tcp.end(cb); },
    });
    tcp.on('data', (d) => { if (!relay.push(d)) tcp.pause(); });
    tcp.on('end', () => relay.push(null));
    const client = tls.connect({ socket: relay, ca, servername: 'localhost' });
    client.on('secureConnect', common.mustCall(() => {
      assert.strictEqual(client.authorized, true);
    }));
    let text = '';
    client.setEncoding('utf8');
    client.on('data', (d) => { text += d; });
    client.on('end', common.mustCall(() => {
      assert.strictEqual(text, 'over tcp');
      client.end();
      server.close();
    }));
  }));
}
