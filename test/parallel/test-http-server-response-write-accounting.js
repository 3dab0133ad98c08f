'use strict';
// What a response write looks like from the socket's side: socket.bytesWritten counts
// every byte of every response; a write's callback and 'finish' come after the call
// returns, in order, end()'s callback (with null) just before 'finish' listeners, even
// those added earlier; end() uncorks a socket corked any number of times; a socket.write()
// replaced on the socket or on net.Socket.prototype sees the response; a header value past
// ASCII is encoded as the first write of the response encodes it.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

// Sends raw requests on one connection and resolves with everything read until the end.
function exchange(port, text) {
  return new Promise((resolve) => {
    const socket = net.connect(port, () => socket.write(text));
    const chunks = [];
    socket.on('data', (d) => chunks.push(d));
    socket.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

const get = (path, close) =>
  `GET ${path} HTTP/1.1\r\nHost: a\r\n${close ? 'Connection: close\r\n' : ''}\r\n`;

async function bytesWrittenCountsEverything() {
  let serverSocket;
  const server = http.createServer((req, res) => {
    serverSocket = req.socket;
    if (req.url === '/big') res.end('x'.repeat(20000));
    else if (req.url === '/utf8') res.end('h\u00e9llo \u4e16\u754c');
    else if (req.url === '/head') res.end();
    else res.end('hello world\n');
  });
  await new Promise((resolve) => server.listen(0, resolve));
  const received = await exchange(server.address().port,
    get('/') + get('/utf8') + get('/big') + get('/head') + get('/', true));
  assert.strictEqual(received.toString('latin1').match(/HTTP\/1\.1 200 OK/g).length, 5);
  assert.strictEqual(serverSocket.bytesWritten, received.length);
  server.close();
}

async function callbacksComeLaterInOrder() {
  const order = [];
  const server = http.createServer((req, res) => {
    res.on('finish', () => order.push('finish'));
    res.on('close', () => order.push('close'));
    res.writeHead(200, { 'Content-Length': '2' });
    res.write('a', () => order.push('write cb'));
    process.nextTick(() => {
      res.end('b', (...args) => {
        assert.deepStrictEqual(args, [null]);
        order.push('end cb');
      });
      order.push('end returned');
    });
    order.push('write returned');
  });
  await new Promise((resolve) => server.listen(0, resolve));
  const received = await exchange(server.address().port, get('/', true));
  assert.match(received.toString('latin1'), /\r\n\r\nab$/);
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepStrictEqual(order,
    ['write returned', 'end returned', 'write cb', 'end cb', 'finish', 'close']);
  server.close();
}

async function endCallbackBeforeFinish() {
  const forms = [
    (res, cb) => res.end(cb),
    (res, cb) => { res.writeHead(200); res.end(cb); },
    (res, cb) => { res.write('a'); res.end(cb); },
    (res, cb) => res.end(Buffer.from('x'), cb),
    (res, cb) => { res.setHeader('Content-Length', 1); res.end('x', cb); },
    (res, cb) => res.end('x', 'latin1', cb),
  ];
  for (const form of forms) {
    const order = [];
    const server = http.createServer((req, res) => {
      res.on('finish', () => order.push('finish'));
      form(res, () => order.push('end cb'));
      res.on('finish', () => order.push('finish 2'));
    });
    await new Promise((resolve) => server.listen(0, resolve));
    await exchange(server.address().port, get('/', true));
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepStrictEqual(order, ['end cb', 'finish', 'finish 2'], form.toString());
    server.close();
  }
}

async function clientEndCallbackBeforeFinish() {
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => res.end('ok'));
  });
  await new Promise((resolve) => server.listen(0, resolve));
  const order = [];
  await new Promise((resolve) => {
    const req = http.request({ port: server.address().port, method: 'POST' }, (res) => {
      res.resume();
      res.on('end', resolve);
    });
    req.on('finish', () => order.push('finish'));
    req.end('body', (...args) => order.push(`end cb ${args.length} ${args[0]}`));
  });
  assert.deepStrictEqual(order, ['end cb 1 null', 'finish']);
  server.close();
}

async function endUncorksTheSocketFully() {
  const server = http.createServer((req, res) => {
    res.socket.cork();
    res.socket.cork();
    res.end('corked');
    assert.strictEqual(req.socket.writableCorked, 0);
  });
  await new Promise((resolve) => server.listen(0, resolve));
  const received = await exchange(server.address().port, get('/', true));
  assert.match(received.toString('latin1'), /\r\n\r\ncorked$/);
  server.close();
}

async function replacedWriteSeesTheResponse() {
  const seen = [];
  const server = http.createServer((req, res) => {
    const original = res.socket.write;
    res.socket.write = function(data, ...rest) {
      seen.push(Buffer.from(data).toString('latin1'));
      return original.call(this, data, ...rest);
    };
    res.end('replaced');
  });
  await new Promise((resolve) => server.listen(0, resolve));
  const received = await exchange(server.address().port, get('/', true));
  assert.match(received.toString('latin1'), /\r\n\r\nreplaced$/);
  assert.strictEqual(seen.join(''), received.toString('latin1'));
  server.close();
}

async function patchedPrototypeWriteSeesTheResponse() {
  const seen = [];
  const original = net.Socket.prototype.write;
  net.Socket.prototype.write = function(data, ...rest) {
    seen.push(Buffer.from(data).toString('latin1'));
    return original.call(this, data, ...rest);
  };
  const server = http.createServer((req, res) => res.end('patched'));
  await new Promise((resolve) => server.listen(0, resolve));
  const received = await new Promise((resolve) => {
    // The client's own socket must not go through the patch.
    const socket = net.connect(server.address().port, () => {
      original.call(socket, get('/', true));
    });
    const chunks = [];
    socket.on('data', (d) => chunks.push(d));
    socket.on('end', () => resolve(Buffer.concat(chunks)));
  });
  net.Socket.prototype.write = original;
  assert.match(received.toString('latin1'), /\r\n\r\npatched$/);
  assert.strictEqual(seen.join(''), received.toString('latin1'));
  server.close();
}

async function headerValuesAreLatin1WithALatin1Body() {
  const server = http.createServer((req, res) => {
    res.setHeader('X-Name', 'caf\u00e9');
    res.end('ok', 'latin1');
  });
  await new Promise((resolve) => server.listen(0, resolve));
  const received = await exchange(server.address().port, get('/', true));
  assert.ok(received.includes(Buffer.from('X-Name: caf\u00e9\r\n', 'latin1')));
  server.close();
}

// A header value past ASCII is written as the first write of the response encodes it: with
// a body string in one write, as the body (UTF-8 by default); before a chunk of a chunked
// body, or alone, as Latin-1. The same whether or not the server reads the socket itself.
async function headerBytesFollowTheFirstWrite() {
  const expected = {
    '/a': ['X-Name: caf\u00c3\u00a9\r\n', '\r\n\r\nok'],
    '/b': ['X-Name: caf\u00e9\r\n', '\r\n\r\n2\r\n\u00c3\u00a9\r\n0\r\n\r\n'],
    '/c': ['X-Name: caf\u00e9\r\n', '\r\n\r\n'],
    '/d': ['X-Name: caf\u00e9\r\n', '\r\n\r\n2\r\n\u00c3\u00a9\r\n0\r\n\r\n'],
  };
  for (const watch of [false, true]) {
    const server = http.createServer((req, res) => {
      res.setHeader('X-Name', 'caf\u00e9');
      if (req.url === '/a') {
        res.end('ok');
      } else if (req.url === '/b') {
        res.writeHead(200);
        res.end('\u00e9');
      } else if (req.url === '/c') {
        res.end();
      } else {
        res.writeHead(200);
        res.write('\u00e9');
        res.end();
      }
    });
    // A 'data' listener of the server's own makes the socket's reads go to 'data'.
    if (watch) server.on('connection', (socket) => socket.on('data', () => {}));
    await new Promise((resolve) => server.listen(0, resolve));
    for (const path of Object.keys(expected)) {
      const method = path === '/c' ? 'HEAD' : 'GET';
      const received = (await exchange(server.address().port,
        `${method} ${path} HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n`)).toString('latin1');
      const [line, tail] = expected[path];
      assert.ok(received.includes(line), `${path} ${watch}: ${JSON.stringify(received)}`);
      assert.ok(received.endsWith(tail), `${path} ${watch}: ${JSON.stringify(received)}`);
    }
    server.close();
  }
}

async function chunkedEndFramesBytes() {
  const server = http.createServer((req, res) => {
    res.writeHead(200);
    if (req.url === '/utf8') res.end('h\u00e9llo \u4e16\u754c');
    else res.end('caf\u00e9', 'latin1');
  });
  await new Promise((resolve) => server.listen(0, resolve));
  const port = server.address().port;
  const utf8 = await exchange(port, get('/utf8', true));
  const body = Buffer.from('h\u00e9llo \u4e16\u754c');
  assert.ok(utf8.includes(Buffer.concat([
    Buffer.from(`\r\n\r\n${body.length.toString(16)}\r\n`), body, Buffer.from('\r\n0\r\n\r\n'),
  ])));
  const latin1 = await exchange(port, get('/latin1', true));
  assert.ok(latin1.toString('latin1').endsWith('\r\n\r\n4\r\ncaf\u00e9\r\n0\r\n\r\n'));
  server.close();
}

(async () => {
  await bytesWrittenCountsEverything();
  await callbacksComeLaterInOrder();
  await endCallbackBeforeFinish();
  await clientEndCallbackBeforeFinish();
  await endUncorksTheSocketFully();
  await replacedWriteSeesTheResponse();
  await patchedPrototypeWriteSeesTheResponse();
  await headerValuesAreLatin1WithALatin1Body();
  await chunkedEndFramesBytes();
  await headerBytesFollowTheFirstWrite();
})().then(common.mustCall());
