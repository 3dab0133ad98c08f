'use strict';
// http.METHODS lists QUERY and Node 24's llhttp parses it; Lode's llhttp 8.1 (Debian)
// does not, so the server answers 400 (fastify's route-shorthand tests).
const common = require('../common');
const assert = require('assert');
const http = require('http');

assert(http.METHODS.includes('QUERY'));
const server = http.createServer(common.mustCall((req, res) => {
  assert.strictEqual(req.method, 'QUERY');
  res.end(req.method);
}));
server.listen(0, common.mustCall(() => {
  const req = http.request({ port: server.address().port, method: 'QUERY', path: '/' },
                           common.mustCall((res) => {
                             assert.strictEqual(res.statusCode, 200);
                             res.resume();
                             res.on('end', () => server.close());
                           }));
  req.end();
}));
