'use strict';
// fetch() decodes Content-Encoding gzip, x-gzip, deflate (zlib-wrapped or raw), br and
// several codings in a row; unknown codings pass the bytes through; HEAD and 204 bodies
// are not decoded; a corrupt body fails the read with TypeError('terminated'). The
// response headers stay as the server sent them.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const zlib = require('zlib');

const text = 'compressible text '.repeat(5000);

const encoders = {
  'gzip': zlib.gzipSync,
  'x-gzip': zlib.gzipSync,
  'deflate': zlib.deflateSync,
  'raw-deflate': zlib.deflateRawSync,
  'br': zlib.brotliCompressSync,
  'identity': (b) => b,
  'unknown': (b) => b,
};

const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  const codings = url.searchParams.get('codings').split(',');
  let body = Buffer.from(text);
  for (const coding of codings) body = encoders[coding](body);
  if (url.searchParams.has('corrupt')) body = Buffer.from('definitely not gzip');
  const header = codings.map((c) => (c === 'raw-deflate' ? 'deflate' : c)).join(', ');
  const status = url.searchParams.has('nocontent') ? 204 : 200;
  res.writeHead(status, { 'content-encoding': header, 'content-length': status === 204 ? 0 : body.length });
  res.end(status === 204 || req.method === 'HEAD' ? undefined : body);
});

server.listen(0, '127.0.0.1', common.mustCall(async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  for (const codings of ['gzip', 'x-gzip', 'deflate', 'raw-deflate', 'br', 'identity',
    'gzip,br', 'deflate,gzip']) {
    const res = await fetch(`${base}/?codings=${codings}`);
    assert.strictEqual(res.headers.get('content-encoding'),
                       codings.split(',').map((c) => (c === 'raw-deflate' ? 'deflate' : c)).join(', '));
    assert.strictEqual(await res.text(), text, codings);
  }
  // Through the stream, too.
  const res = await fetch(`${base}/?codings=gzip`);
  let length = 0;
  for await (const chunk of res.body) length += chunk.length;
  assert.strictEqual(length, text.length);

  // An unknown coding: the bytes as sent, even when another coding is known.
  assert.strictEqual(await (await fetch(`${base}/?codings=unknown`)).text(), text);
  const mixed = await (await fetch(`${base}/?codings=gzip,unknown`)).bytes();
  assert.strictEqual(zlib.gunzipSync(mixed).toString(), text);
  // Nothing to decode for HEAD and 204.
  const head = await fetch(`${base}/?codings=gzip`, { method: 'HEAD' });
  assert.strictEqual(head.body, null);
  const noContent = await fetch(`${base}/?codings=gzip&nocontent=1`);
  assert.strictEqual(noContent.status, 204);
  assert.strictEqual(await noContent.text(), '');

  // A corrupt body.
  const corrupt = await fetch(`${base}/?codings=gzip&corrupt=1`);
  await assert.rejects(corrupt.text(), (err) => {
    assert(err instanceof TypeError);
    assert.strictEqual(err.message, 'terminated');
    return true;
  });
  const corruptStream = await fetch(`${base}/?codings=br&corrupt=1`);
  await assert.rejects(corruptStream.arrayBuffer(), TypeError);
  server.close();
}));
