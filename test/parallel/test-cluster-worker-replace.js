'use strict';
// A worker killed while serving: the other keeps serving on the shared port (the primary
// keeps the handle while one worker uses it), a replacement joins it, and every request
// made before, during and after succeeds. Port 0 gives every worker the same port.
const common = require('../common');
const assert = require('assert');
const cluster = require('cluster');
const http = require('http');

if (cluster.isWorker) {
  const server = http.createServer((req, res) => {
    res.setHeader('connection', 'close');
    res.end(`${cluster.worker.id}`);
  });
  server.listen(0, '127.0.0.1');
  return;
}

const started = [];
const guard = setTimeout(() => {
  for (const w of started) w.process.kill('SIGKILL');
  assert.fail('timed out');
}, 20000);
guard.unref();
process.on('exit', () => {
  for (const w of started) if (!w.isDead()) w.process.kill('SIGKILL');
});

function fork() {
  const w = cluster.fork();
  started.push(w);
  return w;
}

function getMany(port, n, cb) {
  const ids = [];
  (function next() {
    if (ids.length === n) return cb(ids);
    http.get({ port, host: '127.0.0.1', agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', () => {
        ids.push(Number(body));
        next();
      });
    }).on('error', (err) => assert.fail(err));
  })();
}

let port;
let listening = 0;
cluster.on('listening', (worker, address) => {
  if (port === undefined) port = address.port;
  assert.strictEqual(address.port, port);
  if (++listening === 2) phase1();
  else if (listening === 3) phase3(worker);
});
const [first, second] = [fork(), fork()];

function phase1() {
  getMany(port, 4, common.mustCall((ids) => {
    assert.deepStrictEqual(new Set(ids), new Set([first.id, second.id]));
    first.on('exit', common.mustCall((code, signal) => {
      assert.strictEqual(signal, 'SIGKILL');
      assert.strictEqual(first.exitedAfterDisconnect, false);
      // Only the second worker is left: it answers everything.
      getMany(port, 3, common.mustCall((ids) => {
        assert.deepStrictEqual(ids, [second.id, second.id, second.id]);
        fork();
      }));
    }));
    first.process.kill('SIGKILL');
  }));
}

function phase3(replacement) {
  getMany(port, 4, common.mustCall((ids) => {
    assert.deepStrictEqual(new Set(ids), new Set([second.id, replacement.id]));
    cluster.disconnect(common.mustCall(() => clearTimeout(guard)));
  }));
}
