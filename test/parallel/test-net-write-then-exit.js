'use strict';
// Bytes written to a socket reach the peer even when the process ends in the same callback:
// through process.exit() and through an uncaught exception.
const common = require('../common');
const assert = require('assert');
const net = require('net');
const { spawn } = require('child_process');

if (process.argv[2] === 'child') {
  const c = net.connect(Number(process.argv[3]), '127.0.0.1', () => {
    c.write('first,');
    c.write('second,');
    c.write(Buffer.from('third'));
    if (process.argv[4] === 'exit') process.exit(0);
    throw new Error('boom');
  });
  return;
}

for (const how of ['exit', 'throw']) {
  const server = net.createServer(common.mustCall((socket) => {
    const parts = [];
    socket.on('data', (d) => parts.push(d));
    socket.on('error', () => {});
    socket.on('close', common.mustCall(() => {
      assert.strictEqual(Buffer.concat(parts).toString(), 'first,second,third');
      server.close();
    }));
  }));
  server.listen(0, '127.0.0.1', common.mustCall(() => {
    const child = spawn(process.execPath, [__filename, 'child', server.address().port, how],
                        { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('close', common.mustCall((code) => {
      assert.strictEqual(code, how === 'exit' ? 0 : 1);
      if (how === 'throw') assert.match(stderr, /boom/);
    }));
  }));
}
