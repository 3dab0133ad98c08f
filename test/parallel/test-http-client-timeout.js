'use strict';
// req.setTimeout() and the timeout option emit 'timeout' on an idle request; the
// request is not destroyed unless the listener does it.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(() => {});
server.listen(0, common.mustCall(() => {
  const port = server.address().port;
  const req = http.get({ port, agent: false, timeout: 50 });
  req.on('timeout', common.mustCall(() => {
    assert.strictEqual(req.destroyed, false);
    req.destroy();
  }));
  req.on('error', common.mustCall((err) => assert.strictEqual(err.code, 'ECONNRESET')));
  req.on('close', common.mustCall(() => {
    const req2 = http.get({ port, agent: false });
    req2.setTimeout(30, common.mustCall(() => req2.destroy()));
    req2.on('error', () => {});
    req2.on('close', common.mustCall(() => {
      server.closeAllConnections();
      server.close();
    }));
  }));
}));
