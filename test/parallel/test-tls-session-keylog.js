'use strict';
// Session resumption with tickets: the 'session' event's session, given back to
// tls.connect, resumes (isSessionReused). 'keylog' gives NSS key log lines on both sides.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tls = require('tls');

const fixture = (name) => fs.readFileSync(path.join(__dirname, '../fixtures/tls', name));
const ca = fixture('ca-cert.pem');

for (const maxVersion of ['TLSv1.2', 'TLSv1.3']) {
  const server = tls.createServer({
    key: fixture('server-key.pem'), cert: fixture('server-cert.pem'), maxVersion,
  }, (s) => s.end('x'));
  const serverLines = [];
  server.on('keylog', (line, socket) => {
    assert(socket instanceof tls.TLSSocket);
    serverLines.push(line);
  });
  server.listen(0, common.mustCall(() => {
    const port = server.address().port;
    let session;
    const lines = [];
    const first = tls.connect({ port, ca }, common.mustCall(() => {
      assert.strictEqual(first.isSessionReused(), false);
      assert.strictEqual(first.getProtocol(), maxVersion);
    }));
    first.on('keylog', (line) => lines.push(line));
    first.on('session', common.mustCallAtLeast((s) => {
      assert(Buffer.isBuffer(s));
      session = s;
    }));
    first.resume();
    first.on('close', common.mustCall(() => {
      assert(session);
      assert(lines.length >= 1);
      for (const line of lines) {
        assert(Buffer.isBuffer(line));
        assert.match(line.toString(), /^[A-Z_0-9]+ [0-9a-f]+ [0-9a-f]+\n$/);
      }
      assert.strictEqual(serverLines.length, lines.length);
      const second = tls.connect({ port, ca, session }, common.mustCall(() => {
        assert.strictEqual(second.isSessionReused(), true);
        assert(Buffer.isBuffer(second.getSession()));
      }));
      second.resume();
      second.on('close', common.mustCall(() => server.close()));
    }));
  }));
}
