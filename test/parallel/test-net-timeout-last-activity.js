'use strict';
// socket.setTimeout counts the idle time from the last read or write: with reads and writes
// going on past the first timeout period, 'timeout' fires one period after the last of them
// (not earlier, and once); setTimeout again restarts the count; setTimeout(0) stops it.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const TIMEOUT = 120;

const server = net.createServer(common.mustCall((socket) => {
  let lastActivity = Date.now();
  socket.on('data', () => { lastActivity = Date.now(); });
  let writes = 0;
  // Writes every 30 ms for 180 ms (the client echoes each one back: reads too).
  const timer = setInterval(() => {
    socket.write('x');
    lastActivity = Date.now();
    if (++writes === 6) clearInterval(timer);
  }, 30);
  const start = Date.now();
  socket.setTimeout(TIMEOUT, common.mustCall(() => {
    const idle = Date.now() - lastActivity;
    assert(Date.now() - start >= 6 * 30, 'timeout fired during activity');
    // Timers may fire a millisecond early from rounding, never much more.
    assert(idle >= TIMEOUT - 2, `timeout after only ${idle} ms idle`);
    assert.strictEqual(socket.destroyed, false);
    // setTimeout again: a new full period from now.
    const again = Date.now();
    socket.setTimeout(TIMEOUT, common.mustCall(() => {
      assert(Date.now() - again >= TIMEOUT - 2);
      socket.destroy();
      server.close();
    }));
  }));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  client.on('data', (d) => client.write(d));
  client.on('close', common.mustCall());
}));

// setTimeout(0) after activity: the timer is off, no 'timeout' at all.
const server2 = net.createServer(common.mustCall((socket) => {
  socket.setTimeout(50, common.mustNotCall());
  socket.write('y');
  setTimeout(() => socket.setTimeout(0), 20);
  setTimeout(() => {
    socket.destroy();
    server2.close();
  }, 150);
}));
server2.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server2.address().port, '127.0.0.1');
  client.resume();
}));
