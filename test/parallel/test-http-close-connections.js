'use strict';
// closeIdleConnections() closes only keep-alive sockets with no request in flight;
// closeAllConnections() closes the rest; close() emits 'close' once all are gone.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

let pending;
const server = http.createServer((req, res) => {
  if (req.url === '/slow') { pending = res; return; }
  res.end('quick');
});
server.listen(0, common.mustCall(() => {
  const port = server.address().port;
  const idle = net.connect(port);
  idle.write('GET / HTTP/1.1\r\nHost: a\r\n\r\n');
  idle.once('data', common.mustCall(() => {
    const busy = net.connect(port);
    busy.write('GET /slow HTTP/1.1\r\nHost: a\r\n\r\n');
    busy.on('error', () => {});
    const check = setInterval(() => {
      if (!pending) return;
      clearInterval(check);
      server.closeIdleConnections();
      idle.on('close', common.mustCall(() => {
        assert.strictEqual(busy.destroyed, false);
        server.closeAllConnections();
        busy.on('close', common.mustCall());
      }));
      server.close(common.mustCall());
    }, 5);
  }));
}));
