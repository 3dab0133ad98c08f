'use strict';
// Certificate verification failures reach the client as Node's errors (OpenSSL's verify
// names as codes, its messages), or as authorizationError with rejectUnauthorized: false.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tls = require('tls');

const fixture = (name) => fs.readFileSync(path.join(__dirname, '../fixtures/tls', name));
const ca = fixture('ca-cert.pem');

// Node 24 adds a hint about its --use-system-ca flag to the unknown-issuer errors.
const hint = '; if the root CA is installed locally, try running Node.js with --use-system-ca';

const cases = [
  { name: 'selfsigned', ca: undefined, code: 'DEPTH_ZERO_SELF_SIGNED_CERT',
    message: 'self-signed certificate' + hint },
  { name: 'server', ca: undefined, code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    message: 'unable to verify the first certificate' + hint },
  { name: 'selfsigned', ca, code: 'DEPTH_ZERO_SELF_SIGNED_CERT',
    message: 'self-signed certificate' + hint },
  { name: 'expired', ca, code: 'CERT_HAS_EXPIRED', message: 'certificate has expired' },
  { name: 'server2', ca, code: 'ERR_TLS_CERT_ALTNAME_INVALID',
    message: "Hostname/IP does not match certificate's altnames: Host: localhost. is not in " +
      "the cert's altnames: DNS:example.test, DNS:*.example.test" },
];

function run(i) {
  if (i === cases.length) return;
  const c = cases[i];
  const server = tls.createServer({
    key: fixture(`${c.name}-key.pem`), cert: fixture(`${c.name}-cert.pem`),
  }, (socket) => socket.end('hi'));
  server.on('tlsClientError', () => {});
  server.listen(0, common.mustCall(() => {
    const port = server.address().port;
    const client = tls.connect({ port, host: 'localhost', ca: c.ca }, common.mustNotCall());
    client.on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, c.code);
      assert.strictEqual(err.message, c.message);
      if (c.code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
        assert.strictEqual(err.host, 'localhost');
        assert.strictEqual(err.cert.subject.CN, 'example.test');
      }
      // The same server, accepted without verification.
      const lax = tls.connect({ port, host: 'localhost', ca: c.ca, rejectUnauthorized: false },
        common.mustCall(() => {
          assert.strictEqual(lax.authorized, false);
          assert.strictEqual(lax.authorizationError, c.code);
          lax.on('data', common.mustCall((d) => assert.strictEqual(d.toString(), 'hi')));
          lax.on('end', common.mustCall(() => {
            lax.end();
            server.close();
            run(i + 1);
          }));
        }));
    }));
  }));
}
run(0);
