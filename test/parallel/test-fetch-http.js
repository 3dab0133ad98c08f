'use strict';
// fetch() over http: against a local server: the response's attributes, the default
// request headers, request bodies of every kind (with their Content-Type and
// Content-Length), HEAD and null-body statuses, Set-Cookie, keep-alive reuse of one
// connection for sequential requests, a Request object as input, and the resource timing
// entry a fetch leaves.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const sockets = new Set();
const server = http.createServer((req, res) => {
  sockets.add(req.socket);
  const url = new URL(req.url, 'http://x');
  if (url.pathname === '/status') {
    res.writeHead(Number(url.searchParams.get('code')), 'Custom Text', { 'x-a': '1' });
    res.end(url.searchParams.get('body') ?? '');
    return;
  }
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    res.setHeader('content-type', 'application/json');
    res.setHeader('set-cookie', ['a=1', 'b=2; Path=/']);
    res.end(JSON.stringify({
      method: req.method, url: req.url, headers: req.headers,
      body: Buffer.concat(chunks).toString('latin1'),
    }));
  });
});

server.listen(0, '127.0.0.1', common.mustCall(async () => {
  const base = `http://127.0.0.1:${server.address().port}`;

  // A GET: attributes and the default request headers.
  const res = await fetch(`${base}/echo?q=1#fragment`);
  assert(res instanceof Response);
  assert.strictEqual(res.status, 200);
  assert.strictEqual(res.statusText, 'OK');
  assert.strictEqual(res.ok, true);
  assert.strictEqual(res.type, 'basic');
  assert.strictEqual(res.url, `${base}/echo?q=1`);
  assert.strictEqual(res.redirected, false);
  assert.strictEqual(res.headers.get('content-type'), 'application/json');
  assert.deepStrictEqual(res.headers.getSetCookie(), ['a=1', 'b=2; Path=/']);
  assert.throws(() => res.headers.set('x', 'y'), TypeError);
  const echo = await res.json();
  assert.strictEqual(echo.method, 'GET');
  assert.strictEqual(echo.url, '/echo?q=1');
  assert.strictEqual(echo.headers.host, `127.0.0.1:${server.address().port}`);
  assert.strictEqual(echo.headers.accept, '*/*');
  assert.strictEqual(echo.headers['accept-language'], '*');
  assert.strictEqual(echo.headers['sec-fetch-mode'], 'cors');
  assert.strictEqual(echo.headers['user-agent'], 'node');
  assert.strictEqual(echo.headers['accept-encoding'], 'gzip, deflate');
  assert.strictEqual(echo.headers.connection, 'keep-alive');
  assert.strictEqual(echo.headers['content-length'], undefined);
  assert.strictEqual(res.bodyUsed, true);

  // The caller's headers win over the defaults.
  const own = await (await fetch(base, {
    headers: { 'User-Agent': 'mine', Accept: 'text/html', 'X-Multi': 'a' },
  })).json();
  assert.strictEqual(own.headers['user-agent'], 'mine');
  assert.strictEqual(own.headers.accept, 'text/html');
  assert.strictEqual(own.headers['x-multi'], 'a');

  // Headers fetch owns: Host and Content-Length are its own, only "Connection: close"
  // counts, and some are refused.
  const owned = await (await fetch(base, {
    headers: { host: 'example.com', 'content-length': '99', connection: 'close' },
  })).json();
  assert.strictEqual(owned.headers.host, `127.0.0.1:${server.address().port}`);
  assert.strictEqual(owned.headers['content-length'], undefined);
  assert.strictEqual(owned.headers.connection, 'close');
  const other = await (await fetch(base, { headers: { connection: 'upgrade' } })).json();
  assert.strictEqual(other.headers.connection, 'keep-alive');
  for (const [name, value] of [['transfer-encoding', 'chunked'], ['keep-alive', '5'],
    ['upgrade', 'websocket'], ['expect', '100-continue']]) {
    await assert.rejects(fetch(base, { headers: { [name]: value } }), (err) => {
      assert(err instanceof TypeError);
      assert.strictEqual(err.message, 'fetch failed');
      assert(err.cause instanceof Error);
      return true;
    }, name);
  }

  // Request bodies: the bytes, Content-Type and Content-Length of each kind.
  async function post(body, init = {}) {
    return (await fetch(`${base}/echo`, { method: 'POST', body, ...init })).json();
  }
  let echoed = await post('h\u00e9llo');
  assert.strictEqual(Buffer.from(echoed.body, 'latin1').toString(), 'h\u00e9llo');
  assert.strictEqual(echoed.headers['content-type'], 'text/plain;charset=UTF-8');
  assert.strictEqual(echoed.headers['content-length'], '6');
  echoed = await post(new Uint8Array([1, 2, 255]));
  assert.deepStrictEqual(Buffer.from(echoed.body, 'latin1'), Buffer.from([1, 2, 255]));
  assert.strictEqual(echoed.headers['content-type'], undefined);
  echoed = await post(new Uint8Array([0, 1, 2, 3]).buffer);
  assert.strictEqual(echoed.headers['content-length'], '4');
  echoed = await post(new Blob(['blob body'], { type: 'text/x-blob' }));
  assert.strictEqual(echoed.body, 'blob body');
  assert.strictEqual(echoed.headers['content-type'], 'text/x-blob');
  echoed = await post(new URLSearchParams({ a: 'b c', d: '&' }));
  assert.strictEqual(echoed.body, 'a=b+c&d=%26');
  assert.strictEqual(echoed.headers['content-type'], 'application/x-www-form-urlencoded;charset=UTF-8');
  const form = new FormData();
  form.append('field', 'value');
  form.append('file', new Blob(['contents'], { type: 'text/plain' }), 'f.txt');
  echoed = await post(form);
  const boundary = /boundary=(.+)$/.exec(echoed.headers['content-type'])[1];
  assert(echoed.body.startsWith(`--${boundary}\r\n`));
  assert(echoed.body.includes('filename="f.txt"\r\nContent-Type: text/plain\r\n\r\ncontents\r\n'));
  assert.strictEqual(Number(echoed.headers['content-length']), echoed.body.length);
  echoed = await post(new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('str'));
      controller.enqueue(new TextEncoder().encode('eam'));
      controller.close();
    },
  }), { duplex: 'half' });
  assert.strictEqual(echoed.body, 'stream');
  assert.strictEqual(echoed.headers['transfer-encoding'], 'chunked');
  echoed = await post((async function* generate() {
    yield 'as';
    yield Buffer.from('ync');
  })(), { duplex: 'half' });
  assert.strictEqual(echoed.body, 'async');
  echoed = await post(null);
  assert.strictEqual(echoed.headers['content-length'], '0');
  echoed = await post('x', { method: 'PUT', headers: { 'content-type': 'app/own' } });
  assert.strictEqual(echoed.method, 'PUT');
  assert.strictEqual(echoed.headers['content-type'], 'app/own');
  // DELETE with a body carries its length too.
  echoed = await post('gone', { method: 'DELETE' });
  assert.strictEqual(echoed.body, 'gone');
  echoed = await post('p', { method: 'PATCH' });
  assert.strictEqual(echoed.method, 'PATCH');

  // A Request as input (its body moves to the fetch).
  const request = new Request(`${base}/r`, { method: 'POST', body: 'req', headers: { 'x-r': '1' } });
  echoed = await (await fetch(request)).json();
  assert.strictEqual(echoed.body, 'req');
  assert.strictEqual(echoed.headers['x-r'], '1');
  assert.strictEqual(request.bodyUsed, true);
  await assert.rejects(fetch(request), TypeError);
  echoed = await (await fetch(new Request(`${base}/r2`), { headers: { 'x-init': '2' } })).json();
  assert.strictEqual(echoed.headers['x-init'], '2');

  // HEAD and null-body statuses have no body; statusText is the server's.
  const head = await fetch(`${base}/echo`, { method: 'HEAD' });
  assert.strictEqual(head.status, 200);
  assert.strictEqual(head.body, null);
  assert.strictEqual(await head.text(), '');
  const noContent = await fetch(`${base}/status?code=204`);
  assert.strictEqual(noContent.status, 204);
  assert.strictEqual(noContent.statusText, 'Custom Text');
  assert.strictEqual(noContent.body, null);
  const notFound = await fetch(`${base}/status?code=404&body=missing`);
  assert.strictEqual(notFound.ok, false);
  assert.strictEqual(notFound.headers.get('x-a'), '1');
  assert.strictEqual(await notFound.text(), 'missing');
  const serverError = await fetch(`${base}/status?code=503`);
  assert.strictEqual(serverError.status, 503);
  await serverError.arrayBuffer();

  // Sequential fetches reuse one keep-alive connection.
  sockets.clear();
  for (let i = 0; i < 6; i++) await (await fetch(`${base}/seq`)).text();
  assert(sockets.size <= 2, `${sockets.size} connections for 6 requests`);
  // An unread body does not block the next fetch.
  await fetch(`${base}/unread`);
  await (await fetch(`${base}/after`)).text();
  // Parallel fetches.
  const all = await Promise.all(Array.from({ length: 10 }, (_, i) =>
    fetch(`${base}/p${i}`).then((r) => r.json())));
  assert.deepStrictEqual(all.map((e) => e.url), Array.from({ length: 10 }, (_, i) => `/p${i}`));

  // A resource timing entry once the body has been read.
  const timed = await fetch(`${base}/timed`);
  const timedLength = (await timed.text()).length;
  await new Promise((resolve) => setTimeout(resolve, 10));
  const entry = performance.getEntriesByType('resource').find((e) => e.name === `${base}/timed`);
  assert(entry, 'no resource timing entry');
  assert.strictEqual(entry.initiatorType, 'fetch');
  assert.strictEqual(entry.responseStatus, 200);
  assert.strictEqual(entry.decodedBodySize, timedLength);
  assert(entry.responseEnd >= entry.responseStart);
  assert(entry.responseStart >= entry.startTime);

  // fetch is a global of the right shape.
  assert.strictEqual(typeof fetch, 'function');
  assert.strictEqual(fetch.name, 'fetch');
  assert.strictEqual(Object.getOwnPropertyDescriptor(globalThis, 'fetch').enumerable, true);
  server.close();
}));
