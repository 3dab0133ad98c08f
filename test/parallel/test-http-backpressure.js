'use strict';
// Flow control both ways: res.write() returns false when the socket is full and 'drain'
// follows; a request body that the handler does not read stops the socket from reading
// (the upload stalls instead of filling memory) until the handler resumes.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const chunk = Buffer.alloc(64 * 1024, 'a');
const server = http.createServer(common.mustCall((req, res) => {
  if (req.method === 'GET') {
    let writes = 0;
    let sawFalse = false;
    const pump = () => {
      while (writes < 64) {
        writes++;
        if (!res.write(chunk)) {
          sawFalse = true;
          res.once('drain', pump);
          return;
        }
      }
      assert.ok(sawFalse, 'write() never reported backpressure');
      res.end();
    };
    pump();
    return;
  }
  // POST: leave the body unread for a while.
  setTimeout(() => {
    assert.ok(req.readableLength <= 1024 * 1024, `buffered ${req.readableLength}`);
    let total = 0;
    req.on('data', (d) => { total += d.length; });
    req.on('end', () => res.end(String(total)));
  }, 200);
}, 2));
server.listen(0, common.mustCall(() => {
  const port = server.address().port;
  http.get({ port, agent: false }, common.mustCall((res) => {
    let total = 0;
    res.on('data', (d) => { total += d.length; });
    res.on('end', common.mustCall(() => {
      assert.strictEqual(total, 64 * chunk.length);
      const req = http.request({ port, method: 'POST', agent: false }, common.mustCall((res2) => {
        let body = '';
        res2.on('data', (d) => { body += d; });
        res2.on('end', common.mustCall(() => {
          assert.strictEqual(body, String(128 * chunk.length));
          server.close();
        }));
      }));
      let sent = 0;
      let stalled = false;
      const push = () => {
        while (sent < 128) {
          sent++;
          if (!req.write(chunk)) {
            stalled = true;
            req.once('drain', push);
            return;
          }
        }
        assert.ok(stalled, 'upload never stalled');
        req.end();
      };
      push();
    }));
  }));
}));
