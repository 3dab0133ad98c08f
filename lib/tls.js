'use strict';
// node:tls — TLS sockets and servers on OpenSSL (lib/_tls_wrap.js, lib/_tls_common.js,
// src/bindings/tls_wrap.c). rootCertificates is the system CA store (Debian's
// /etc/ssl/certs/ca-certificates.crt), which is also what contexts trust by default.

const { Buffer } = require('buffer');
const { isIP } = require('internal/net');
const { defaultCipherList } = require('crypto').constants;
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_TLS_CERT_ALTNAME_INVALID },
} = require('internal/errors');
const { validateString, validateArray } = require('internal/validators');
const { SecureContext, createSecureContext, binding } = require('_tls_common');
const { Server, TLSSocket, connect, createServer, convertALPNProtocols } = require('_tls_wrap');

const kSystemBundle = '/etc/ssl/certs/ca-certificates.crt';

function readPEMFile(file) {
  let text;
  try {
    text = require('fs').readFileSync(file, 'latin1');
  } catch {
    return [];
  }
  return splitPEM(text);
}

function splitPEM(text) {
  const out = [];
  const re = /-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----/g;
  let m;
  while ((m = re.exec(text)) !== null) out.push(m[0].replace(/\r\n/g, '\n'));
  return out;
}

let rootCerts;
function rootCertificates() {
  rootCerts ??= Object.freeze(readPEMFile(process.env.SSL_CERT_FILE || kSystemBundle));
  return rootCerts;
}

let defaultCACerts;
function getCACertificates(type = 'default') {
  validateString(type, 'type');
  switch (type) {
    case 'default':
      return defaultCACerts ?? [...rootCertificates(), ...extraCertificates()];
    case 'bundled':
    case 'system':
      return [...rootCertificates()];
    case 'extra':
      return extraCertificates();
    default:
      throw new ERR_INVALID_ARG_VALUE('type', type);
  }
}

function extraCertificates() {
  const file = process.env.NODE_EXTRA_CA_CERTS;
  return file ? readPEMFile(file) : [];
}

function setDefaultCACertificates(certs) {
  validateArray(certs, 'certs');
  const list = certs.map((c, i) => {
    if (typeof c === 'string') return c;
    if (Buffer.isBuffer(c) || ArrayBuffer.isView(c)) return Buffer.from(c).toString('latin1');
    throw new ERR_INVALID_ARG_TYPE(`certs[${i}]`, ['string', 'ArrayBufferView'], c);
  });
  defaultCACerts = list;
}

let cipherList;
function getCiphers() {
  cipherList ??= binding().getCiphers().map((c) => c.toLowerCase());
  return cipherList.slice();
}

// ---- checkServerIdentity ----

function hostLabels(host) {
  return (host.endsWith('.') ? host.slice(0, -1) : host).toLowerCase().split('.');
}

// Does host (already split) match the certificate name pattern? A wildcard is allowed only
// as (part of) the first label of a name with three labels or more, and never in an
// IDNA label.
function matchesPattern(hostParts, pattern) {
  if (!pattern) return false;
  const parts = hostLabels(pattern);
  if (parts.length !== hostParts.length || parts.includes('')) return false;
  for (const p of parts) if (/[^\u0021-\u007F]/u.test(p)) return false;
  for (let i = parts.length - 1; i > 0; i--) if (parts[i] !== hostParts[i]) return false;
  const first = parts[0];
  const pieces = first.split('*', 3);
  if (pieces.length === 1 || first.includes('xn--')) return hostParts[0] === first;
  if (pieces.length > 2 || parts.length <= 2) return false;
  const [prefix, suffix] = pieces;
  const label = hostParts[0];
  return prefix.length + suffix.length <= label.length && label.startsWith(prefix) &&
    label.endsWith(suffix);
}

// Splits "DNS:a, IP Address:1.2.3.4, DNS:\"quoted, name\"" on the commas outside quotes.
function splitAltNames(altNames) {
  const out = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < altNames.length; i++) {
    const ch = altNames[i];
    if (ch === '"') {
      quoted = !quoted;
    } else if (ch === '\\' && quoted && i + 1 < altNames.length) {
      cur += altNames[++i];
      continue;
    } else if (ch === ',' && !quoted && altNames[i + 1] === ' ') {
      out.push(cur);
      cur = '';
      i++;
      continue;
    }
    cur += ch;
  }
  out.push(cur);
  return out.map((s) => s.replace(/"/g, ''));
}

function canonicalIP(ip) {
  if (isIP(ip) !== 6) return ip;
  // Expand and re-compress through the URL parser's IPv6 serializer.
  try {
    return new URL(`http://[${ip}]/`).hostname.slice(1, -1);
  } catch {
    return ip;
  }
}

function checkServerIdentity(hostname, cert) {
  const subject = cert?.subject;
  const altNames = cert?.subjectaltname;
  const dnsNames = [];
  const ips = [];
  hostname = `${hostname}`;
  if (altNames) {
    for (const name of splitAltNames(altNames)) {
      if (name.startsWith('DNS:')) dnsNames.push(name.slice(4));
      else if (name.startsWith('IP Address:')) ips.push(canonicalIP(name.slice(11)));
    }
  }
  let valid = false;
  let reason = 'Unknown reason';
  if (isIP(hostname)) {
    valid = ips.includes(canonicalIP(hostname));
    if (!valid) reason = `IP: ${hostname} is not in the cert's list: ${ips.join(', ')}`;
  } else if (dnsNames.length > 0 || subject?.CN) {
    const hostParts = hostLabels(hostname);
    if (dnsNames.length > 0) {
      valid = dnsNames.some((n) => matchesPattern(hostParts, n));
      if (!valid) reason = `Host: ${hostname}. is not in the cert's altnames: ${altNames}`;
    } else {
      const cn = subject.CN;
      valid = Array.isArray(cn) ? cn.some((n) => matchesPattern(hostParts, n)) :
        matchesPattern(hostParts, cn);
      if (!valid) reason = `Host: ${hostname}. is not cert's CN: ${cn}`;
    }
  } else {
    reason = 'Cert does not contain a DNS name';
  }
  if (!valid) return new ERR_TLS_CERT_ALTNAME_INVALID(reason, hostname, cert);
  return undefined;
}

const tls = {
  CLIENT_RENEG_LIMIT: 3,
  CLIENT_RENEG_WINDOW: 600,
  DEFAULT_CIPHERS: defaultCipherList,
  DEFAULT_ECDH_CURVE: 'auto',
  DEFAULT_MAX_VERSION: 'TLSv1.3',
  DEFAULT_MIN_VERSION: 'TLSv1.2',
  SecureContext,
  Server,
  TLSSocket,
  checkServerIdentity,
  connect,
  convertALPNProtocols,
  createSecureContext,
  createServer,
  getCACertificates,
  getCiphers,
  setDefaultCACertificates,
};
Object.defineProperty(tls, 'rootCertificates', {
  __proto__: null,
  configurable: false,
  enumerable: true,
  get: rootCertificates,
});

module.exports = tls;
