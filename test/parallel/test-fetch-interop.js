'use strict';
// fetch() bodies working with the rest of Node: a response body piped into another
// request (a proxy) or a new Response, Readable.fromWeb(), pipeTo(), pipeThrough(new
// TextDecoderStream()), a Node Readable and a large ReadableStream as upload bodies, an
// upload stream that errors, IPv6 hosts, headers as pairs, and a body's state after it
// was read (body is a locked stream, headers immutable, header names lower-case).
const common = require('../common');
const assert = require('assert');
const http = require('http');
const { Readable } = require('stream');
const util = require('util');

const server = http.createServer(async (req, res) => {
  let length = 0;
  const chunks = [];
  for await (const chunk of req) {
    length += chunk.length;
    if (chunks.length < 10) chunks.push(chunk);
  }
  res.setHeader('X-Length', String(length));
  res.end(req.url === '/echo' ? Buffer.concat(chunks) : `hello from ${req.url}`);
});

server.listen(0, '::1', common.mustCall(async () => {
  const base = `http://[::1]:${server.address().port}`;
  assert.strictEqual(await (await fetch(`${base}/six`)).text(), 'hello from /six');
  assert.strictEqual((await fetch(`${base}/pairs`, { headers: [['a', 'b']] })).status, 200);

  // A response body as the body of another request, and of a new Response.
  let source = await fetch(`${base}/src`);
  let res = await fetch(`${base}/echo`, { method: 'POST', body: source.body, duplex: 'half' });
  assert.strictEqual(await res.text(), 'hello from /src');
  source = await fetch(`${base}/src2`);
  assert.strictEqual(await new Response(source.body, { headers: source.headers }).text(),
                     'hello from /src2');

  // Web stream adapters.
  res = await fetch(`${base}/fromweb`);
  let text = '';
  for await (const chunk of Readable.fromWeb(res.body)) text += chunk;
  assert.strictEqual(text, 'hello from /fromweb');
  res = await fetch(`${base}/pipeto`);
  text = '';
  await res.body.pipeTo(new WritableStream({ write(chunk) { text += Buffer.from(chunk); } }));
  assert.strictEqual(text, 'hello from /pipeto');
  res = await fetch(`${base}/decoder`);
  text = '';
  for await (const chunk of res.body.pipeThrough(new TextDecoderStream())) text += chunk;
  assert.strictEqual(text, 'hello from /decoder');
  const blob = await (await fetch(`${base}/blob`)).blob();
  assert.strictEqual(await new Response(blob.stream()).text(), 'hello from /blob');

  // Upload bodies: a Node Readable, a large stream, a stream that fails.
  res = await fetch(`${base}/echo`, { method: 'POST', duplex: 'half', body: Readable.from(['a', 'b']) });
  assert.strictEqual(await res.text(), 'ab');
  let n = 0;
  res = await fetch(`${base}/large`, {
    method: 'POST',
    duplex: 'half',
    body: new ReadableStream({
      pull(controller) {
        if (n++ < 100) controller.enqueue(new Uint8Array(65536));
        else controller.close();
      },
    }),
  });
  assert.strictEqual(res.headers.get('x-length'), String(100 * 65536));
  await res.arrayBuffer();
  const boom = new Error('boom');
  await assert.rejects(fetch(`${base}/fail`, {
    method: 'POST',
    duplex: 'half',
    body: new ReadableStream({ pull(controller) { controller.error(boom); } }),
  }), (err) => {
    assert(err instanceof TypeError);
    assert.strictEqual(err.message, 'fetch failed');
    assert.strictEqual(err.cause, boom);
    return true;
  });

  // After text(): body is a locked stream, bodyUsed, headers immutable and lower-case.
  res = await fetch(`${base}/after`);
  await res.text();
  assert(res.body instanceof ReadableStream);
  assert.strictEqual(res.body.locked, true);
  assert.strictEqual(res.bodyUsed, true);
  assert.throws(() => res.headers.set('a', 'b'), TypeError);
  assert.match(util.inspect(res.headers), /'x-length': '0'/);
  const copy = new Headers(res.headers);
  copy.set('x', 'y');
  assert(copy.has('x-length'));
  // Two reads at once: the second fails.
  res = await fetch(`${base}/twice`);
  const results = await Promise.allSettled([res.text(), res.text()]);
  assert.deepStrictEqual(results.map((r) => r.status), ['fulfilled', 'rejected']);
  server.close();
}));
