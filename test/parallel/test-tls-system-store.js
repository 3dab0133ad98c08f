'use strict';
// Without a `ca` option, TLS verifies peers against the system store (OpenSSL's, which
// SSL_CERT_FILE names; Node reads it with --use-openssl-ca): a client trusts a server whose
// CA is in that file, and rejects it when the file lacks it; a server with requestCert and
// no `ca` checks client certificates against it too. An https server that never verifies
// anything works the same.
const common = require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const tls = require('tls');

const dir = path.join(__dirname, '../fixtures/tls');

if (process.argv[2] === 'child') {
  const fixture = (name) => fs.readFileSync(path.join(dir, name));
  const server = tls.createServer({
    key: fixture('server-key.pem'),
    cert: fixture('server-cert.pem'),
    requestCert: true,
    rejectUnauthorized: false,
  }, (socket) => {
    socket.end(JSON.stringify({ authorized: socket.authorized, error: socket.authorizationError }));
  });
  server.listen(0, '127.0.0.1', () => {
    const c = tls.connect({
      port: server.address().port,
      host: '127.0.0.1',
      servername: 'localhost',
      key: fixture('client-key.pem'),
      cert: fixture('client-cert.pem'),
      rejectUnauthorized: false,
    }, () => {
      let data = '';
      c.setEncoding('utf8');
      c.on('data', (d) => { data += d; });
      c.on('end', () => {
        const serverSide = JSON.parse(data);
        console.log(JSON.stringify({
          client: { authorized: c.authorized, error: c.authorizationError },
          server: serverSide,
        }));
        server.close();
      });
    });
  });
  return;
}

function run(certFile) {
  const r = spawnSync(process.execPath, ['--use-openssl-ca', __filename, 'child'], {
    env: { ...process.env, SSL_CERT_FILE: certFile, SSL_CERT_DIR: path.join(dir, 'no-such-dir') },
    encoding: 'utf8',
  });
  assert.strictEqual(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

// The test CA is the whole system store: both sides verify.
assert.deepStrictEqual(run(path.join(dir, 'ca-cert.pem')), {
  client: { authorized: true, error: null },
  server: { authorized: true, error: null },
});

// A store without it: both sides see an unknown issuer.
const other = run(path.join(dir, 'selfsigned-cert.pem'));
assert.strictEqual(other.client.authorized, false);
assert.strictEqual(other.client.error, 'UNABLE_TO_VERIFY_LEAF_SIGNATURE');
assert.strictEqual(other.server.authorized, false);
assert.strictEqual(other.server.error, 'UNABLE_TO_VERIFY_LEAF_SIGNATURE');
common.mustCall()();
