'use strict';
// The global WebSocket client: bad arguments (constructor, close(), send()), and
// connections that fail: a refused or non-101 handshake, a wrong Sec-WebSocket-Accept, an
// unrequested protocol, invalid UTF-8 in a text message (the client sends Close 1007),
// a dropped socket, a server Close frame without a code, close() while connecting.
// Also the MessageEvent and CloseEvent globals.
const common = require('../common');
const assert = require('assert');
const http = require('http');


// Constructor errors are SyntaxError DOMExceptions.
for (const args of [['foo'], ['ftp://x'], ['ws://x/#a'], ['ws://x/#'], ['ws://x', ['a', 'a']],
  ['ws://x', ['a b']], ['ws://x', 'a,b'], ['ws://x', ['']]]) {
  assert.throws(() => new WebSocket(...args), (err) => {
    assert(err instanceof DOMException);
    assert.strictEqual(err.name, 'SyntaxError');
    assert.strictEqual(err.code, 12);
    return true;
  }, String(args));
}
assert.throws(() => new WebSocket(), TypeError);
assert.throws(() => WebSocket('ws://x'), TypeError);
assert.strictEqual(require('http').WebSocket, WebSocket);
assert.strictEqual(require('http').MessageEvent, MessageEvent);
assert.strictEqual(require('http').CloseEvent, CloseEvent);
for (const [name, value] of [['CONNECTING', 0], ['OPEN', 1], ['CLOSING', 2], ['CLOSED', 3]]) {
  assert.strictEqual(WebSocket[name], value);
  assert.strictEqual(WebSocket.prototype[name], value);
}

// The event classes.
{
  const c = new CloseEvent('close', { code: 1000, reason: 'r', wasClean: true });
  assert(c instanceof Event);
  assert.strictEqual(c.type, 'close');
  assert.strictEqual(c.code, 1000);
  assert.strictEqual(c.reason, 'r');
  assert.strictEqual(c.wasClean, true);
  const d = new CloseEvent('x');
  assert.deepStrictEqual([d.code, d.reason, d.wasClean], [0, '', false]);
  assert.strictEqual(Object.prototype.toString.call(d), '[object CloseEvent]');
  assert.throws(() => new CloseEvent(), TypeError);
  const m = new MessageEvent('message', { data: { a: 1 }, origin: 'o', lastEventId: '7' });
  assert(m instanceof Event);
  assert.deepStrictEqual(m.data, { a: 1 });
  assert.strictEqual(m.origin, 'o');
  assert.strictEqual(m.lastEventId, '7');
  assert.strictEqual(m.source, null);
  assert.deepStrictEqual(m.ports, []);
  assert.strictEqual(new MessageEvent('x').data, null);
  assert.strictEqual(Object.prototype.toString.call(m), '[object MessageEvent]');
  assert.throws(() => new MessageEvent(), TypeError);
}

const { acceptKey: accept } = require('../fixtures/websocket-frames');

const server = http.createServer(common.mustNotCall());
server.on('upgrade', (req, socket) => {
  socket.on('error', () => {});
  if (req.url === '/not-upgraded-response') {
    socket.end('HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
    return;
  }
  let head = 'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n';
  if (req.url === '/bad-accept') head += 'Sec-WebSocket-Accept: nope\r\n\r\n';
  else if (req.url === '/bad-protocol') {
    head += `Sec-WebSocket-Accept: ${accept(req)}\r\nSec-WebSocket-Protocol: other\r\n\r\n`;
  }
  else head += `Sec-WebSocket-Accept: ${accept(req)}\r\n\r\n`;
  socket.write(head);
  if (req.url === '/utf8') {
    socket.write(Buffer.from([0x81, 2, 0xc3, 0x28]));
    socket.once('data', common.mustCall((data) => {
      // A masked Close frame whose code is 1007.
      assert.strictEqual(data[0], 0x88);
      const mask = data.subarray(2, 6);
      const code = ((data[6] ^ mask[0]) << 8) | (data[7] ^ mask[1]);
      assert.strictEqual(code, 1007);
      socket.end();
    }));
  } else if (req.url === '/drop') {
    setTimeout(() => socket.destroy(), 20);
  } else if (req.url === '/close-no-code') {
    socket.end(Buffer.from([0x88, 0]));
  }
});

let port;
function expectFailure(path, protocols) {
  return new Promise((resolve) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}${path}`, protocols);
    ws.onmessage = common.mustNotCall();
    ws.onerror = common.mustCall((event) => assert.strictEqual(event.type, 'error'));
    ws.onclose = common.mustCall((event) => {
      assert.strictEqual(event.code, 1006);
      assert.strictEqual(event.wasClean, false);
      assert.strictEqual(ws.readyState, WebSocket.CLOSED);
      resolve(ws);
    });
  });
}

server.listen(0, common.mustCall(async () => {
  port = server.address().port;
  await expectFailure('/not-upgraded-response');
  await expectFailure('/bad-accept');
  await expectFailure('/bad-protocol', 'chat');
  await expectFailure('/utf8');
  await expectFailure('/drop');

  // close() argument checks, and close() while connecting fails the connection.
  await new Promise((resolve) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/drop`);
    assert.throws(() => ws.close(999), { name: 'InvalidAccessError', code: 15 });
    assert.throws(() => ws.close(2000), { name: 'InvalidAccessError' });
    assert.throws(() => ws.close('abc'), { name: 'InvalidAccessError' });
    assert.throws(() => ws.close(1000, 'x'.repeat(124)), { name: 'SyntaxError', code: 12 });
    ws.onopen = common.mustNotCall();
    ws.onerror = common.mustCall();
    ws.onclose = common.mustCall((event) => {
      assert.strictEqual(event.code, 1006);
      assert.strictEqual(event.wasClean, false);
      resolve();
    });
    ws.close(1000);
    assert.strictEqual(ws.readyState, WebSocket.CLOSING);
  });

  // A server Close frame with no code: 1005, clean.
  await new Promise((resolve) => {
    const ws = new WebSocket(`http://127.0.0.1:${port}/close-no-code`);
    assert.strictEqual(ws.url, `ws://127.0.0.1:${port}/close-no-code`);
    ws.onopen = common.mustCall();
    ws.onerror = common.mustNotCall();
    ws.onclose = common.mustCall((event) => {
      assert.strictEqual(event.code, 1005);
      assert.strictEqual(event.reason, '');
      assert.strictEqual(event.wasClean, true);
      resolve();
    });
  });

  // A refused connection.
  server.close();
  await expectFailure('/');
}));
