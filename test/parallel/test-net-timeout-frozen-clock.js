'use strict';
// A socket's idle timeout still fires when Date.now() is frozen (as fake-timer libraries do)
// before net is loaded ('timeout' must come whatever clock activity is timed with).
const realNow = Date.now;
Date.now = () => 1000;
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((socket) => {
  const start = realNow();
  socket.write('x');
  socket.setTimeout(50, common.mustCall(() => {
    assert(realNow() - start >= 45);
    socket.destroy();
    server.close();
  }));
  socket.write('y');
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  client.resume();
}));
