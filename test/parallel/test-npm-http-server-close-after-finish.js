'use strict';
// Node emits a server response's 'close' (and then the request's 'end'/'close', which
// the response's finish dumps) from the response's 'finish' event, so code that delays
// 'finish' delays them too. fastify's handlerTimeout test wraps `res.emit` to hold
// 'finish' back and expects `req` to stay open meanwhile (its req 'close' listener aborts
// request.signal).
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const events = [];
const server = http.createServer(common.mustCall((req, res) => {
  req.on('close', () => events.push('req close'));
  res.on('close', () => events.push('res close'));
  const emit = res.emit;
  res.emit = function(event, ...args) {
    if (event !== 'finish') return Reflect.apply(emit, this, [event, ...args]);
    setTimeout(() => {
      events.push('finish');
      Reflect.apply(emit, this, [event, ...args]);
    }, 100);
    return true;
  };
  res.end('ok');
}));
server.listen(0, common.mustCall(() => {
  const socket = net.connect(server.address().port, '127.0.0.1', () => {
    socket.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
  });
  socket.resume();
  setTimeout(common.mustCall(() => {
    assert.deepStrictEqual(events, ['finish', 'res close', 'req close']);
    socket.destroy();
    server.close();
  }), 300);
}));
