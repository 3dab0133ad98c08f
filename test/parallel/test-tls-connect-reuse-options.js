'use strict';
// Many tls.connect() calls with the same options: each verifies on its own terms. A `ca`
// Buffer changed in place between connections counts (the new bytes are used), as does a
// change of tls.DEFAULT_MAX_VERSION; getPeerCertificate() returns equal objects that do not
// share state (changing one leaves the next call's result alone).
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tls = require('tls');

const fixture = (name) => fs.readFileSync(path.join(__dirname, '../fixtures/tls', name));
const key = fixture('server-key.pem');
const cert = fixture('server-cert.pem');
const ca = fixture('ca-cert.pem');
const otherCA = fixture('selfsigned-cert.pem');

const server = tls.createServer({ key, cert }, (socket) => {
  socket.on('error', () => {});
  socket.end('hi');
});

function connect(options) {
  return new Promise((resolve) => {
    const port = server.address().port;
    const c = tls.connect({ port, host: '127.0.0.1', servername: 'localhost', ...options }, () => {
      const result = {
        authorized: c.authorized,
        protocol: c.getProtocol(),
        first: c.getPeerCertificate(true),
        second: c.getPeerCertificate(true),
      };
      c.destroy();
      resolve(result);
    });
    c.on('error', (err) => resolve({ error: err }));
  });
}

server.listen(0, common.mustCall(async () => {
  // The same options object contents, three times.
  for (let i = 0; i < 3; i++) {
    const r = await connect({ ca });
    assert.strictEqual(r.error, undefined);
    assert.strictEqual(r.authorized, true);
    assert.strictEqual(r.protocol, 'TLSv1.3');
  }

  // Equal, independent certificate objects.
  const { first, second } = await connect({ ca });
  assert.deepStrictEqual(first, second);
  assert.notStrictEqual(first, second);
  assert.strictEqual(first.subject.CN, 'localhost');
  first.subject.CN = 'changed';
  first.raw[0] = first.raw[0] ^ 0xff;
  first.fingerprint256 = 'changed';
  const again = await connect({ ca });
  assert.strictEqual(again.first.subject.CN, 'localhost');
  assert.deepStrictEqual(again.first.raw, second.raw);
  assert.strictEqual(again.first.fingerprint256, second.fingerprint256);

  // A CA that did not sign the server's certificate.
  const wrong = await connect({ ca: otherCA });
  assert.strictEqual(wrong.error.code, 'UNABLE_TO_VERIFY_LEAF_SIGNATURE');

  // The same Buffer object, its bytes replaced by the wrong CA's, then put back.
  const mutable = Buffer.from(ca);
  assert.strictEqual((await connect({ ca: mutable })).authorized, true);
  const saved = Buffer.from(mutable);
  mutable.fill(0);
  otherCA.copy(mutable);
  const mutated = await connect({ ca: mutable.subarray(0, otherCA.length) });
  assert.strictEqual(mutated.error.code, 'UNABLE_TO_VERIFY_LEAF_SIGNATURE');
  saved.copy(mutable);
  assert.strictEqual((await connect({ ca: mutable })).authorized, true);

  // A changed default applies to the next connection.
  const max = tls.DEFAULT_MAX_VERSION;
  tls.DEFAULT_MAX_VERSION = 'TLSv1.2';
  assert.strictEqual((await connect({ ca })).protocol, 'TLSv1.2');
  tls.DEFAULT_MAX_VERSION = max;
  assert.strictEqual((await connect({ ca })).protocol, 'TLSv1.3');

  // A string ca with the same text as a Buffer one works as well.
  assert.strictEqual((await connect({ ca: ca.toString() })).authorized, true);
  assert.strictEqual((await connect({ ca: [ca.toString(), otherCA] })).authorized, true);
  // A DataView over the same bytes, after a Buffer one made the context.
  const view = new DataView(ca.buffer, ca.byteOffset, ca.byteLength);
  assert.strictEqual((await connect({ ca: view })).authorized, true);

  server.close();
}));
