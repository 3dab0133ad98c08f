'use strict';
// fetch() response bodies as streams: chunks arrive before the response ends, a body not
// being read pushes back on the server (backpressure), large bodies arrive whole through
// a reader, async iteration and arrayBuffer(), clone() tees a network body, cancel()
// stops it, and a connection cut mid-body fails the read with TypeError('terminated').
const common = require('../common');
const assert = require('assert');
const http = require('http');

const kChunk = Buffer.alloc(64 * 1024, 'x');
const kTotal = 16 * 1024 * 1024;
let written = 0;
let release;

const server = http.createServer((req, res) => {
  if (req.url === '/push') {
    // Writes until the client stops reading; `written` says how far it got.
    written = 0;
    res.writeHead(200, { 'content-length': kTotal });
    const pump = () => {
      while (written < kTotal) {
        written += kChunk.length;
        if (!res.write(kChunk)) {
          res.once('drain', pump);
          return;
        }
      }
      res.end();
    };
    pump();
    return;
  }
  if (req.url === '/step') {
    res.writeHead(200);
    res.write('one');
    release = () => res.end('two');
    return;
  }
  if (req.url === '/cut') {
    res.writeHead(200, { 'content-length': 1000 });
    res.write('partial');
    setTimeout(() => req.socket.destroy(), 30);
    return;
  }
  res.end('x'.repeat(100000));
});

server.listen(0, '127.0.0.1', common.mustCall(async () => {
  const base = `http://127.0.0.1:${server.address().port}`;

  // A chunk is readable before the response ends.
  let res = await fetch(`${base}/step`);
  const reader = res.body.getReader();
  assert.strictEqual(Buffer.from((await reader.read()).value).toString(), 'one');
  release();
  assert.strictEqual(Buffer.from((await reader.read()).value).toString(), 'two');
  assert.strictEqual((await reader.read()).done, true);

  // Backpressure: the server stalls while nobody reads, then the whole body arrives.
  res = await fetch(`${base}/push`);
  await new Promise((resolve) => setTimeout(resolve, 200));
  assert(written < kTotal / 2, `server wrote ${written} bytes with nobody reading`);
  let total = 0;
  for await (const chunk of res.body) {
    assert(chunk instanceof Uint8Array);
    total += chunk.byteLength;
  }
  assert.strictEqual(total, kTotal);
  assert.strictEqual(res.bodyUsed, true);

  // The same body through arrayBuffer().
  res = await fetch(`${base}/push`);
  assert.strictEqual((await res.arrayBuffer()).byteLength, kTotal);

  // clone() of a network body: both branches get everything.
  res = await fetch(`${base}/plain`);
  const copy = res.clone();
  const [a, b] = await Promise.all([res.text(), copy.text()]);
  assert.strictEqual(a.length, 100000);
  assert.strictEqual(a, b);

  // cancel() stops the body; the next fetch still works.
  res = await fetch(`${base}/push`);
  await res.body.cancel();
  assert.strictEqual(res.bodyUsed, true);
  await assert.rejects(res.text(), TypeError);
  assert.strictEqual((await (await fetch(`${base}/plain`)).text()).length, 100000);

  // A body cut short.
  res = await fetch(`${base}/cut`);
  await assert.rejects(res.text(), (err) => {
    assert(err instanceof TypeError);
    assert.strictEqual(err.message, 'terminated');
    return true;
  });
  res = await fetch(`${base}/cut`);
  const cutReader = res.body.getReader();
  await assert.rejects((async () => {
    for (;;) if ((await cutReader.read()).done) return;
  })(), { name: 'TypeError', message: 'terminated' });

  // A byte stream: BYOB readers work on a network body.
  res = await fetch(`${base}/step`);
  const byob = res.body.getReader({ mode: 'byob' });
  const { value } = await byob.read(new Uint8Array(64));
  assert.strictEqual(Buffer.from(value).toString(), 'one');
  release();
  server.close();
}));
