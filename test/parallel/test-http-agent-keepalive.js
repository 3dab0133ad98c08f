'use strict';
// An Agent with keepAlive reuses its free socket (req.reusedSocket), honours maxSockets
// by queueing requests, keeps at most maxFreeSockets, and destroy() closes everything.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer((req, res) => {
  setTimeout(() => res.end(req.url), 5);
});
const connections = [];
server.on('connection', (s) => connections.push(s));

server.listen(0, common.mustCall(async () => {
  const port = server.address().port;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 2, maxFreeSockets: 1 });
  const get = (path) => new Promise((resolve, reject) => {
    const req = http.get({ port, path, agent }, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve({ body, reused: req.reusedSocket }));
    });
    req.on('error', reject);
  });
  const first = await get('/1');
  assert.deepStrictEqual(first, { body: '/1', reused: false });
  await new Promise((r) => setImmediate(r));
  const second = await get('/2');
  assert.deepStrictEqual(second, { body: '/2', reused: true });
  assert.strictEqual(connections.length, 1);

  // Five at once over at most two sockets.
  const results = await Promise.all([3, 4, 5, 6, 7].map((n) => get(`/${n}`)));
  assert.deepStrictEqual(results.map((r) => r.body), ['/3', '/4', '/5', '/6', '/7']);
  assert.ok(connections.length <= 3, `${connections.length} connections`);
  await new Promise((r) => setImmediate(r));
  const name = agent.getName({ port, host: 'localhost' });
  assert.strictEqual(name, `localhost:${port}:`);
  assert.ok(agent.freeSockets[name].length <= 1);
  agent.destroy();
  server.close();
}));

assert.strictEqual(http.globalAgent.keepAlive, true);
assert.strictEqual(http.globalAgent.options.timeout, 5000);
assert.strictEqual(http.globalAgent.scheduling, 'lifo');
assert.throws(() => new http.Agent({ scheduling: 'random' }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => new http.Agent({ maxTotalSockets: 0 }), { code: 'ERR_OUT_OF_RANGE' });
