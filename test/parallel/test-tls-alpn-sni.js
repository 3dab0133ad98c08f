'use strict';
// ALPN picks the server's first protocol the client offers; SNI picks a context with
// server.addContext (wildcards) or the SNICallback, and the server sees the servername.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tls = require('tls');

const fixture = (name) => fs.readFileSync(path.join(__dirname, '../fixtures/tls', name));
const ca = fixture('ca-cert.pem');
const localhost = { key: fixture('server-key.pem'), cert: fixture('server-cert.pem') };
const example = { key: fixture('server2-key.pem'), cert: fixture('server2-cert.pem') };

function connect(port, options) {
  return new Promise((resolve, reject) => {
    const s = tls.connect({ port, ca, host: '127.0.0.1', ...options }, () => {
      const result = { alpn: s.alpnProtocol, cn: s.getPeerCertificate().subject.CN };
      s.end();
      resolve(result);
    });
    s.on('error', reject);
  });
}

(async () => {
  // ALPN.
  const seen = [];
  const server = tls.createServer({ ...localhost, ALPNProtocols: ['h2', 'http/1.1'] }, (s) => {
    seen.push(s.alpnProtocol);
    s.end();
  });
  server.addContext('*.example.test', example);
  await new Promise((r) => server.listen(0, r));
  const port = server.address().port;
  assert.deepStrictEqual(await connect(port, { ALPNProtocols: ['http/1.1', 'h2'],
    servername: 'localhost' }), { alpn: 'h2', cn: 'localhost' });
  assert.deepStrictEqual(await connect(port, { ALPNProtocols: ['http/1.1'],
    servername: 'localhost' }), { alpn: 'http/1.1', cn: 'localhost' });
  assert.deepStrictEqual(await connect(port, { servername: 'localhost' }),
    { alpn: false, cn: 'localhost' });
  // SNI through addContext: the wildcard matches one label.
  assert.deepStrictEqual(await connect(port, { servername: 'www.example.test' }),
    { alpn: false, cn: 'example.test' });
  await assert.rejects(connect(port, { servername: 'a.b.example.test' }),
    { code: 'ERR_TLS_CERT_ALTNAME_INVALID' });
  assert.deepStrictEqual(seen, ['h2', 'http/1.1', false, false]);
  server.close();

  // SNI through an asynchronous SNICallback.
  const names = [];
  const sniServer = tls.createServer({
    ...localhost,
    SNICallback: common.mustCall((servername, cb) => {
      names.push(servername);
      setTimeout(() => cb(null, servername === 'example.test' ?
        tls.createSecureContext(example) : undefined), 1);
    }, 2),
  }, common.mustCall((s) => {
    assert.strictEqual(s.servername, names[names.length - 1]);
    s.end();
  }, 2));
  await new Promise((r) => sniServer.listen(0, r));
  const sniPort = sniServer.address().port;
  assert.strictEqual((await connect(sniPort, { servername: 'example.test' })).cn, 'example.test');
  assert.strictEqual((await connect(sniPort, { servername: 'localhost' })).cn, 'localhost');
  assert.deepStrictEqual(names, ['example.test', 'localhost']);
  sniServer.close();

  assert.throws(() => tls.createServer(localhost).addContext('', example),
    { code: 'ERR_TLS_REQUIRED_SERVER_NAME' });
  const out = {};
  tls.convertALPNProtocols(['a', 'bc'], out);
  assert.deepStrictEqual(out.ALPNProtocols, Buffer.from([1, 97, 2, 98, 99]));
  assert.throws(() => tls.convertALPNProtocols(['x'.repeat(256)], {}),
    { code: 'ERR_OUT_OF_RANGE' });
})().then(common.mustCall());
