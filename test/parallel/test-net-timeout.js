'use strict';
// setTimeout: 'timeout' fires after idle time (activity pushes it back), does not close the
// socket, and does not keep the process alive; 0 disables it; bad values throw.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((socket) => {
  socket.resume();
  let writes = 0;
  // Activity every 20 ms for a while: the 100 ms timeout must not fire meanwhile.
  const timer = setInterval(() => {
    socket.write('x');
    if (++writes === 8) clearInterval(timer);
  }, 20);
  const start = Date.now();
  socket.setTimeout(100, common.mustCall(() => {
    assert(Date.now() - start >= 8 * 20, 'timeout fired despite activity');
    assert.strictEqual(socket.destroyed, false);
    socket.destroy();
    server.close();
  }));
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect({ port: server.address().port, host: '127.0.0.1', timeout: 5000 });
  assert.strictEqual(client.timeout, 5000);
  client.resume();
  client.on('close', common.mustCall());
  client.on('timeout', common.mustNotCall());
}));

const s = new net.Socket();
assert.throws(() => s.setTimeout(-1), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => s.setTimeout('1'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => s.setTimeout(10, 'nope'), { code: 'ERR_INVALID_ARG_TYPE' });
s.setTimeout(10, common.mustNotCall());
s.setTimeout(0, () => {});
// An idle socket with a timeout does not keep the process alive.
const idle = new net.Socket();
idle.setTimeout(100000);
