'use strict';
// After fetch() the process exits as soon as it has nothing left to do: the idle
// keep-alive connection does not keep it alive (the server here would keep it open for
// 5 s), whether the body was read, left unread, or the fetch failed.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const { execFile } = require('child_process');

if (process.argv[2] === 'child') {
  const [, , , url, mode] = process.argv;
  (async () => {
    const res = await fetch(url);
    if (mode === 'read') await res.text();
    if (mode === 'reader') await res.body.getReader().read();
    console.log(res.status);
  })();
  return;
}

const server = http.createServer((req, res) => {
  res.end(req.url === '/big' ? Buffer.alloc(4 * 1024 * 1024) : 'small body');
});
server.keepAliveTimeout = 5000;

function timeChild(url, mode) {
  const start = Date.now();
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [__filename, 'child', url, mode], (err, stdout, stderr) => {
      if (err) return reject(new Error(`${err.message}\n${stderr}`));
      assert.strictEqual(stdout.trim(), '200');
      resolve(Date.now() - start);
    });
  });
}

server.listen(0, '127.0.0.1', common.mustCall(async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  for (const [path, mode] of [['/small', 'read'], ['/small', 'unread'], ['/big', 'unread'],
    ['/big', 'reader']]) {
    const elapsed = await timeChild(`${base}${path}`, mode);
    assert(elapsed < 3000, `${path} ${mode}: the child took ${elapsed} ms to exit`);
  }
  server.close();
}));
