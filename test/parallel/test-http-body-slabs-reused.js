'use strict';
// Large request bodies (16 MiB each, read in chunks of up to 64 KiB): the server keeps every
// chunk of one body and only every 29th of another, sent at the same time, and each kept
// chunk still holds what was sent once both bodies are in (the memory of dropped chunks is
// reused for later reads).
const common = require('../common');
const assert = require('assert');
const http = require('http');

const TOTAL = 16 * 1024 * 1024;
const BLOCK = 128 * 1024;

const server = http.createServer(common.mustCall((req, res) => {
  const seed = Number(req.headers['x-seed']);
  const keepEvery = Number(req.headers['x-keep-every']);
  const kept = [];
  let offset = 0;
  let count = 0;
  req.on('data', (chunk) => {
    common.checkPattern(chunk, offset, seed, 'on arrival');
    if (count++ % keepEvery === 0) kept.push({ chunk, offset });
    offset += chunk.length;
  });
  req.on('end', common.mustCall(() => {
    assert.strictEqual(offset, TOTAL);
    for (const { chunk, offset } of kept) common.checkPattern(chunk, offset, seed, 'kept');
    res.end(`${kept.length}`);
  }));
}, 2));

function upload(port, seed, keepEvery, done) {
  const req = http.request({
    port, method: 'POST', path: '/', headers: { 'x-seed': seed, 'x-keep-every': keepEvery },
  }, common.mustCall((res) => {
    assert.strictEqual(res.statusCode, 200);
    res.resume();
    res.on('end', done);
  }));
  common.writePattern(req, TOTAL, BLOCK, seed);
}

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  let left = 2;
  const done = common.mustCall(() => {
    if (--left === 0) server.close();
  }, 2);
  upload(port, 1, 1, done);
  upload(port, 2, 29, done);
}));
