'use strict';
// X509Certificate over fixtures made with the openssl tool (fixtures/crypto: a CA and a leaf
// it signed, with SAN, EKU and AIA extensions).
require('../common');
const assert = require('assert');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const dir = path.join(__dirname, '../fixtures/crypto');
const leafPem = fs.readFileSync(path.join(dir, 'leaf-cert.pem'));
const leaf = new crypto.X509Certificate(leafPem);
const ca = new crypto.X509Certificate(fs.readFileSync(path.join(dir, 'ca-cert.pem'), 'latin1'));

assert.strictEqual(leaf.subject, 'C=US\nO=Lode\nCN=example.com\nemailAddress=admin@example.com');
assert.strictEqual(leaf.issuer, 'C=US\nST=CA\nO=Lode Test CA\nCN=Lode Test CA');
assert.strictEqual(ca.subject, ca.issuer);
assert.strictEqual(leaf.subjectAltName,
  'DNS:example.com, DNS:*.example.org, IP Address:127.0.0.1, email:admin@example.com');
assert.strictEqual(leaf.infoAccess,
  'OCSP - URI:http://ocsp.example.com/\nCA Issuers - URI:http://ca.example.com/ca.pem');
assert.strictEqual(ca.subjectAltName, undefined);
assert.strictEqual(ca.infoAccess, undefined);
assert.match(leaf.validFrom, /^[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4} GMT$/);
assert.strictEqual(leaf.validFromDate.getTime(), Date.parse(leaf.validFrom));
assert.strictEqual(leaf.validToDate.getTime(), Date.parse(leaf.validTo));
assert.strictEqual(leaf.fingerprint, 'D0:8C:4E:FB:7E:5F:88:59:90:A8:17:2F:01:68:67:A9:2E:CD:B6:CD');
assert.strictEqual(leaf.fingerprint256, '49:47:50:12:43:1B:1B:DD:57:67:38:B5:C8:FE:40:1D:63:8E:19:3E:6E:BE:07:26:FD:B6:7C:DD:F7:14:2E:4D');
assert.match(leaf.fingerprint512, /^([0-9A-F]{2}:){63}[0-9A-F]{2}$/);
assert.strictEqual(leaf.serialNumber, '0123456789ABCDEF');
assert.strictEqual(leaf.ca, false);
assert.strictEqual(ca.ca, true);
assert.deepStrictEqual(leaf.keyUsage, ['1.3.6.1.5.5.7.3.1', '1.3.6.1.5.5.7.3.2']);
assert.strictEqual(ca.keyUsage, undefined);
assert.strictEqual(leaf.issuerCertificate, undefined);

assert.strictEqual(leaf.checkHost('example.com'), 'example.com');
assert.strictEqual(leaf.checkHost('a.example.org'), '*.example.org');
assert.strictEqual(leaf.checkHost('b.a.example.org'), undefined);
assert.strictEqual(leaf.checkHost('nope.com'), undefined);
assert.strictEqual(leaf.checkHost('a.example.org', { wildcards: false }), undefined);
assert.strictEqual(leaf.checkEmail('admin@example.com'), 'admin@example.com');
assert.strictEqual(leaf.checkEmail('x@example.com'), undefined);
assert.strictEqual(leaf.checkIP('127.0.0.1'), '127.0.0.1');
assert.strictEqual(leaf.checkIP('127.0.0.2'), undefined);
assert.throws(() => leaf.checkHost(5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => leaf.checkHost('x', { subject: 'foo' }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => leaf.checkIP('nope'), { code: 'ERR_INVALID_ARG_VALUE', message: 'Invalid name' });

assert.strictEqual(leaf.verify(ca.publicKey), true);
assert.strictEqual(leaf.verify(leaf.publicKey), false);
assert.strictEqual(ca.verify(ca.publicKey), true);
assert.throws(() => leaf.verify(5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.strictEqual(leaf.checkIssued(ca), true);
assert.strictEqual(ca.checkIssued(leaf), false);
const leafKey = crypto.createPrivateKey(fs.readFileSync(path.join(dir, 'leaf-key.pem')));
assert.strictEqual(leaf.checkPrivateKey(leafKey), true);
assert.strictEqual(leaf.checkPrivateKey(crypto.createPrivateKey(fs.readFileSync(path.join(dir, 'ca-key.pem')))), false);
assert.strictEqual(leaf.publicKey.asymmetricKeyType, 'ec');
assert.ok(leaf.publicKey.equals(crypto.createPublicKey(leafKey)));
// A certificate's PEM gives its public key to createPublicKey.
assert.ok(crypto.createPublicKey(leafPem).equals(leaf.publicKey));

assert.strictEqual(leaf.toString(), leafPem.toString('latin1'));
assert.strictEqual(leaf.toJSON(), leaf.toString());
const der = leaf.raw;
assert.ok(Buffer.isBuffer(der));
assert.strictEqual(new crypto.X509Certificate(der).serialNumber, '0123456789ABCDEF');
assert.strictEqual(new crypto.X509Certificate(der).fingerprint256, leaf.fingerprint256);
assert.throws(() => new crypto.X509Certificate('garbage'), { code: 'ERR_OSSL_PEM_NO_START_LINE' });
assert.throws(() => new crypto.X509Certificate(5), { code: 'ERR_INVALID_ARG_TYPE' });

// A certificate signed with a key also signs and verifies data.
const data = Buffer.from('signed by the leaf key');
assert.ok(crypto.verify('sha256', data, leaf.publicKey, crypto.sign('sha256', data, leafKey)));
