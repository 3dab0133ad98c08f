'use strict';
// server.close(): stops accepting at once, but its callback waits for the open connections;
// closing a server that is not listening reports ERR_SERVER_NOT_RUNNING. Also
// getConnections, maxConnections with 'drop', pauseOnConnect, unref and asyncDispose.
const common = require('../common');
const assert = require('assert');
const net = require('net');

{
  let serverSocket;
  const server = net.createServer(common.mustCall((socket) => {
    serverSocket = socket;
    server.getConnections(common.mustSucceed((n) => {
      assert.strictEqual(n, 1);
      let closed = false;
      server.close(common.mustCall((err) => {
        assert.strictEqual(err, undefined);
        assert(closed, 'close callback ran before the last connection closed');
      }));
      assert.strictEqual(server.listening, false);
      assert.strictEqual(server.address(), null);
      setTimeout(() => {
        closed = true;
        serverSocket.destroy();
      }, 50);
    }));
  }));
  server.on('close', common.mustCall());
  server.listen(0, '127.0.0.1', common.mustCall(() => {
    assert.strictEqual(server.listening, true);
    const c = net.connect(server.address().port, '127.0.0.1');
    c.resume();
    c.on('close', common.mustCall());
  }));
}

{
  const server = net.createServer();
  server.close(common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_SERVER_NOT_RUNNING');
    assert.strictEqual(err.message, 'Server is not running.');
  }));
}

{
  // maxConnections: extra connections are dropped with a 'drop' event.
  const server = net.createServer({ pauseOnConnect: true }, common.mustCall((socket) => {
    // pauseOnConnect: nothing is read until resume().
    assert.strictEqual(socket.isPaused(), true);
    socket.on('data', common.mustCall((d) => {
      assert.strictEqual(d.toString(), 'first');
      socket.end();
    }));
    setTimeout(() => socket.resume(), 50);
  }));
  server.maxConnections = 1;
  server.on('drop', common.mustCall((data) => {
    assert.strictEqual(data.localAddress, '127.0.0.1');
    assert.strictEqual(data.localPort, server.address().port);
    assert.strictEqual(data.remoteFamily, 'IPv4');
    assert.strictEqual(typeof data.remotePort, 'number');
  }));
  server.listen(0, '127.0.0.1', common.mustCall(() => {
    const { port } = server.address();
    const a = net.connect(port, '127.0.0.1', common.mustCall(() => {
      a.write('first');
      const b = net.connect(port, '127.0.0.1');
      b.on('error', () => {});
      b.resume();
      b.on('close', common.mustCall());
    }));
    a.resume();
    a.on('close', common.mustCall(() => server.close()));
  }));
}

{
  // An unref'd listening server does not keep the process alive.
  const server = net.createServer(common.mustNotCall());
  server.listen(0, '127.0.0.1');
  server.unref();
}

{
  const server = net.createServer();
  server.listen(0, '127.0.0.1', common.mustCall(async () => {
    await server[Symbol.asyncDispose]();
    assert.strictEqual(server.listening, false);
  }));
}

{
  // listen() with an AbortSignal: aborting closes the server.
  const ac = new AbortController();
  const server = net.createServer();
  server.on('close', common.mustCall());
  server.listen({ port: 0, host: '127.0.0.1', signal: ac.signal }, common.mustCall(() => ac.abort()));
}
