'use strict';
// Expect: 100-continue. Without a 'checkContinue' listener the server sends 100 itself;
// with one the handler decides (writeContinue). The client sees 'continue' then the
// response; an unknown expectation gets 417 unless 'checkExpectation' is handled.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  let body = '';
  req.on('data', (d) => { body += d; });
  req.on('end', () => res.end(`got:${body}`));
}));
server.listen(0, common.mustCall(() => {
  const req = http.request({
    port: server.address().port,
    method: 'POST',
    agent: false,
    headers: { Expect: '100-continue' },
  });
  req.on('continue', common.mustCall(() => req.end('payload')));
  req.on('response', common.mustCall((res) => {
    let data = '';
    res.on('data', (d) => { data += d; });
    res.on('end', common.mustCall(() => {
      assert.strictEqual(data, 'got:payload');
      server.close();
    }));
  }));
}));

const server2 = http.createServer(common.mustNotCall());
server2.on('checkContinue', common.mustCall((req, res) => {
  res.writeContinue();
  req.resume();
  req.on('end', () => res.end('checked'));
}));
server2.on('checkExpectation', common.mustCall((req, res) => {
  res.writeHead(402);
  res.end();
}));
server2.listen(0, common.mustCall(() => {
  const port = server2.address().port;
  const req = http.request({ port, method: 'PUT', agent: false, headers: { Expect: '100-continue' } });
  req.on('continue', common.mustCall(() => req.end('x')));
  req.on('response', common.mustCall((res) => {
    res.resume();
    res.on('end', common.mustCall(() => {
      const req2 = http.request({ port, agent: false, headers: { Expect: 'something-else' } },
        common.mustCall((res2) => {
          assert.strictEqual(res2.statusCode, 402);
          res2.resume();
          res2.on('end', () => server2.close());
        }));
      req2.end();
    }));
  }));
}));

const server3 = http.createServer(common.mustNotCall());
server3.listen(0, common.mustCall(() => {
  http.get({ port: server3.address().port, agent: false, headers: { Expect: 'nope' } },
    common.mustCall((res) => {
      assert.strictEqual(res.statusCode, 417);
      res.resume();
      res.on('end', () => server3.close());
    }));
}));
