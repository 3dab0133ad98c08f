'use strict';
// 1xx responses reach the client as 'information' before the final response:
// writeEarlyHints (103 with Link) and writeProcessing (102).
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer((req, res) => {
  res.writeEarlyHints({ link: ['</a.css>; rel=preload; as=style', '</b.js>; rel=preload'], 'x-extra': 'e' });
  res.writeProcessing();
  res.end('final');
});
assert.throws(() => new http.ServerResponse({ method: 'GET', httpVersionMajor: 1, httpVersionMinor: 1 })
  .writeEarlyHints('x'), { code: 'ERR_INVALID_ARG_TYPE' });
server.listen(0, common.mustCall(() => {
  const seen = [];
  const req = http.get({ port: server.address().port, agent: false }, common.mustCall((res) => {
    assert.strictEqual(res.statusCode, 200);
    assert.deepStrictEqual(seen.map((i) => i.statusCode), [103, 102]);
    assert.strictEqual(seen[0].headers.link, '</a.css>; rel=preload; as=style, </b.js>; rel=preload');
    assert.strictEqual(seen[0].headers['x-extra'], 'e');
    assert.strictEqual(seen[0].statusMessage, 'Early Hints');
    let body = '';
    res.on('data', (d) => { body += d; });
    res.on('end', common.mustCall(() => {
      assert.strictEqual(body, 'final');
      server.close();
    }));
  }));
  req.on('information', (info) => seen.push(info));
}));
