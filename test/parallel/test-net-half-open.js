'use strict';
// allowHalfOpen: after the client's FIN the server can still write, and only ends when it
// chooses. Without it the server side ends automatically.
const common = require('../common');
const assert = require('assert');
const net = require('net');

{
  const server = net.createServer({ allowHalfOpen: true }, common.mustCall((socket) => {
    assert.strictEqual(socket.allowHalfOpen, true);
    let got = '';
    socket.setEncoding('utf8');
    socket.on('data', (d) => { got += d; });
    socket.on('end', common.mustCall(() => {
      assert.strictEqual(socket.readyState, 'writeOnly');
      // Still writable after the peer's FIN.
      setTimeout(() => socket.end(`reply to ${got}`), 20);
    }));
  }));
  server.listen(0, '127.0.0.1', common.mustCall(() => {
    const client = net.connect({ port: server.address().port, host: '127.0.0.1', allowHalfOpen: true });
    client.end('question');
    let reply = '';
    client.setEncoding('utf8');
    client.on('finish', common.mustCall(() => assert.strictEqual(client.readyState, 'readOnly')));
    client.on('data', (d) => { reply += d; });
    client.on('end', common.mustCall(() => {
      assert.strictEqual(reply, 'reply to question');
    }));
    client.on('close', common.mustCall(() => server.close()));
  }));
}

{
  // Default (allowHalfOpen false): the server side ends itself after the client's FIN.
  const server = net.createServer(common.mustCall((socket) => {
    socket.resume();
    socket.on('end', common.mustCall());
    socket.on('finish', common.mustCall());
    socket.on('close', common.mustCall(() => server.close()));
  }));
  server.listen(0, '127.0.0.1', common.mustCall(() => {
    const client = net.connect(server.address().port, '127.0.0.1', () => client.end());
    client.resume();
    client.on('end', common.mustCall());
  }));
}
