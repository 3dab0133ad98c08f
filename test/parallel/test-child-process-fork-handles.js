'use strict';
// Handle passing: a listening net.Server and a connected net.Socket sent to a forked child
// (the descriptor travels over the IPC channel); the child serves on them. Other values are
// rejected.
const common = require('../common');
const assert = require('assert');
const net = require('net');
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  let server;
  process.on('message', (m, handle) => {
    if (m.cmd === 'server') {
      assert.ok(handle instanceof net.Server);
      server = handle;
      server.on('connection', (socket) => socket.end(`served by child ${m.tag}\n`));
      process.send({ cmd: 'listening' });
    } else if (m.cmd === 'socket') {
      assert.ok(handle instanceof net.Socket);
      handle.end(`socket handled by child ${m.tag}\n`);
      process.send({ cmd: 'socket-done' });
    } else if (m.cmd === 'stop') {
      server.close();
      process.disconnect();
    }
  });
  return;
}

function fetch(port, cb) {
  let data = '';
  net.connect(port, '127.0.0.1')
    .on('data', (d) => { data += d; })
    .on('end', common.mustCall(() => cb(data)));
}

const child = fork(__filename, ['child']);
assert.throws(() => child.send('x', {}), { code: 'ERR_INVALID_HANDLE_TYPE' });
assert.throws(() => child.send('x', 'not a handle'), { code: 'ERR_INVALID_HANDLE_TYPE' });

// A socket accepted here, answered by the child.
const front = net.createServer(common.mustCall((socket) => {
  child.send({ cmd: 'socket', tag: 1 }, socket, common.mustSucceed());
}));
front.listen(0, '127.0.0.1', common.mustCall(() => {
  fetch(front.address().port, (data) => {
    assert.strictEqual(data, 'socket handled by child 1\n');
    front.close();
    sendServer();
  });
}));

// A whole listening server handed over: once our copy is closed, the child serves alone.
function sendServer() {
  const server = net.createServer(common.mustNotCall());
  server.listen(0, '127.0.0.1', common.mustCall(() => {
    const { port } = server.address();
    child.send({ cmd: 'server', tag: 2 }, server);
    // 'socket-done' may come before or after this point.
    child.on('message', (m) => {
      if (m.cmd === 'listening') onListening();
    });
    const onListening = common.mustCall(() => {
      server.close();
      fetch(port, (data) => {
        assert.strictEqual(data, 'served by child 2\n');
        child.send({ cmd: 'stop' });
      });
    });
  }));
}

child.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
