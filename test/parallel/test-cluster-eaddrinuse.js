'use strict';
// A worker that listens on a port the primary cannot bind gets the error in its server's
// 'error' event (code EADDRINUSE, syscall 'bind', as Node reports it from a worker), and
// can still listen elsewhere; listen({ exclusive: true }) binds in the worker itself.
const common = require('../common');
const assert = require('assert');
const cluster = require('cluster');
const net = require('net');

if (cluster.isWorker) {
  const port = Number(process.env.BUSY_PORT);
  const server = net.createServer();
  server.on('error', (err) => {
    process.send({ code: err.code, syscall: err.syscall, port: err.port, message: err.message });
    // Exclusive: bound by the worker itself, so the primary's copy is not involved.
    const own = net.createServer();
    own.listen({ port: 0, host: '127.0.0.1', exclusive: true }, () => {
      process.send({ exclusive: own.address().port > 0 });
      own.close();
      cluster.worker.disconnect();
    });
  });
  server.listen(port, '127.0.0.1', () => process.send({ unexpected: true }));
  return;
}

const busy = net.createServer(common.mustNotCall());
busy.listen(0, '127.0.0.1', common.mustCall(() => {
  const port = busy.address().port;
  const w = cluster.fork({ BUSY_PORT: port });
  const guard = setTimeout(() => {
    w.process.kill('SIGKILL');
    assert.fail('timed out');
  }, 20000);
  guard.unref();
  process.on('exit', () => {
    if (!w.isDead()) w.process.kill('SIGKILL');
  });
  const messages = [];
  w.on('message', (m) => messages.push(m));
  w.on('exit', common.mustCall((code) => {
    assert.strictEqual(code, 0);
    assert.deepStrictEqual(messages, [
      { code: 'EADDRINUSE', syscall: 'bind', port,
        message: `bind EADDRINUSE 127.0.0.1:${port}` },
      { exclusive: true },
    ]);
    busy.close();
    clearTimeout(guard);
  }));
}));
