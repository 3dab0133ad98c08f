'use strict';
// tls.checkServerIdentity: DNS names with wildcards, IP addresses, the CN fallback, and
// Node's ERR_TLS_CERT_ALTNAME_INVALID messages.
require('../common');
const assert = require('assert');
const tls = require('tls');

const ok = (host, cert) => assert.strictEqual(tls.checkServerIdentity(host, cert), undefined);
function bad(host, cert, reason) {
  const err = tls.checkServerIdentity(host, cert);
  assert(err instanceof Error);
  assert.strictEqual(err.code, 'ERR_TLS_CERT_ALTNAME_INVALID');
  assert.strictEqual(err.reason, reason);
  assert.strictEqual(err.message, `Hostname/IP does not match certificate's altnames: ${reason}`);
  assert.strictEqual(err.host, host);
  assert.strictEqual(err.cert, cert);
}

const san = { subject: { CN: 'ignored.test' }, subjectaltname: 'DNS:a.test, DNS:*.b.test, IP Address:10.0.0.1' };
ok('a.test', san);
ok('A.TEST', san);
ok('a.test.', san);
ok('x.b.test', san);
ok('10.0.0.1', san);
bad('b.test', san, "Host: b.test. is not in the cert's altnames: " + san.subjectaltname);
bad('y.x.b.test', san, "Host: y.x.b.test. is not in the cert's altnames: " + san.subjectaltname);
bad('ignored.test', san, "Host: ignored.test. is not in the cert's altnames: " +
  san.subjectaltname);
bad('10.0.0.2', san, "IP: 10.0.0.2 is not in the cert's list: 10.0.0.1");

const cn = { subject: { CN: 'cn.test' } };
ok('cn.test', cn);
bad('other.test', cn, "Host: other.test. is not cert's CN: cn.test");
bad('1.2.3.4', cn, "IP: 1.2.3.4 is not in the cert's list: ");
bad('x.test', { subject: {} }, 'Cert does not contain a DNS name');

// Wildcards: one label only, not on a two-label name, partial wildcards allowed.
ok('www.w.test', { subject: {}, subjectaltname: 'DNS:w*.w.test' });
bad('abc.test', { subject: {}, subjectaltname: 'DNS:*.test' },
  "Host: abc.test. is not in the cert's altnames: DNS:*.test");
ok('[::1]'.slice(1, -1), { subject: {}, subjectaltname: 'IP Address:0:0:0:0:0:0:0:1' });
