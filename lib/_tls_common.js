'use strict';
// node:_tls_common (internal, exposed by Node): secure contexts. A SecureContext holds one
// native context (internalBinding('tls_wrap'), src/bindings/tls_wrap.c) configured from
// tls.createSecureContext() options: keys, certificates, trust store, protocol limits.

const { Buffer } = require('buffer');
const { isArrayBufferView } = require('internal/util/types');
const { opensslError, binding: cryptoBinding } = require('internal/crypto/util');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_TLS_INVALID_PROTOCOL_VERSION,
    ERR_TLS_PROTOCOL_VERSION_CONFLICT, ERR_OUT_OF_RANGE, ERR_CRYPTO_OPERATION_FAILED,
  },
} = require('internal/errors');
const { validateInteger, validateObject, validateString } = require('internal/validators');

let bindingCache;
function binding() {
  return (bindingCache ??= internalBinding('tls_wrap'));
}

const kProtocolVersions = {
  __proto__: null, 'TLSv1': 0x301, 'TLSv1.1': 0x302, 'TLSv1.2': 0x303, 'TLSv1.3': 0x304,
};

// SecureContext.set()'s keys (tls_wrap.c).
const kSetCiphers = 0;
const kSetCipherSuites = 1;
const kSetGroups = 2;
const kSetMinVersion = 3;
const kSetMaxVersion = 4;
const kSetTimeout = 5;
const kSetOptions = 6;
const kSetSessionIdContext = 7;
const kSetTicketKeys = 8;
const kSetSigalgs = 11;
const kSetClientSessionCache = 12;

function check(result) {
  if (result < 0) throw opensslError();
  return result;
}

// Node reports a PKCS#12 failure with OpenSSL's bare reason ("mac verify failure"), no code.
function pfxError(buf) {
  const info = cryptoBinding.lastError();
  const empty = typeof buf === 'string' ? buf === '' : buf.byteLength === 0;
  return new Error(info?.[2] || (empty ? 'not enough data' : 'Unknown error'));
}

function protocolVersion(value, which) {
  if (value === undefined) return undefined;
  const v = typeof value === 'string' ? kProtocolVersions[value] : undefined;
  if (v === undefined) {
    throw new ERR_TLS_INVALID_PROTOCOL_VERSION(value, which === 'min' ? 'minimum' : 'maximum');
  }
  return v;
}

// The PEM/DER inputs Node accepts for key, cert, ca, crl: a string, a Buffer/view, or an
// array of those.
function validateKeyOrCertOption(name, value) {
  if (typeof value !== 'string' && !isArrayBufferView(value)) {
    throw new ERR_INVALID_ARG_TYPE(`options.${name}`,
      ['string', 'Buffer', 'TypedArray', 'DataView'], value);
  }
}

function asBytes(value) {
  if (typeof value === 'string') return Buffer.from(value);
  return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
}

function eachOf(value) {
  return Array.isArray(value) ? value : [value];
}

// SecureContext(secureProtocol, secureOptions, minVersion, maxVersion): Node's constructor.
class SecureContext {
  constructor(secureProtocol, secureOptions, minVersion, maxVersion) {
    if (!new.target) return new SecureContext(secureProtocol, secureOptions, minVersion, maxVersion);
    const tls = require('tls');
    const min = minVersion ?? tls.DEFAULT_MIN_VERSION;
    const max = maxVersion ?? tls.DEFAULT_MAX_VERSION;
    if (secureProtocol !== undefined && secureProtocol !== null) {
      validateString(secureProtocol, 'options.secureProtocol');
      if (minVersion !== undefined) {
        throw new ERR_TLS_PROTOCOL_VERSION_CONFLICT(minVersion, secureProtocol);
      }
      if (maxVersion !== undefined) {
        throw new ERR_TLS_PROTOCOL_VERSION_CONFLICT(maxVersion, secureProtocol);
      }
    }
    const context = binding().createSecureContext();
    if (typeof context === 'number') throw opensslError();
    this.context = context;
    const minV = protocolVersion(min, 'min');
    const maxV = protocolVersion(max, 'max');
    check(context.set(kSetMinVersion, minV));
    check(context.set(kSetMaxVersion, maxV));
    if (secureOptions) {
      validateInteger(secureOptions, 'secureOptions');
      check(context.set(kSetOptions, secureOptions | 0));
    }
  }
}

// Splits an OpenSSL cipher string into the TLS 1.3 suites (TLS_*) and the rest.
function processCiphers(ciphers, name) {
  const parts = ciphers.split(':');
  const list = parts.filter((c) => c !== '' && !c.startsWith('TLS_')).join(':');
  const suites = parts.filter((c) => c.startsWith('TLS_')).join(':');
  // Node reports the split list, e.g. [ '', '' ] for ':'.
  if (list === '' && suites === '') throw new ERR_INVALID_ARG_VALUE(name, parts);
  return { list, suites };
}

function configSecureContext(sc, options = {}, name = 'options') {
  validateObject(options, name);
  const context = sc.context;
  const {
    ca, cert, ciphers, crl, ecdhCurve, key, passphrase, pfx, sessionIdContext, ticketKeys,
    sessionTimeout, sigalgs,
  } = options;

  if (ca !== undefined && ca !== null) {
    for (const c of eachOf(ca)) {
      validateKeyOrCertOption('ca', c);
      check(context.addCACert(asBytes(c)));
    }
  } else {
    const extra = extraCACertificates();
    check(context.addRootCerts(extra));
  }

  if (cert !== undefined && cert !== null) {
    for (const c of eachOf(cert)) {
      validateKeyOrCertOption('cert', c);
      check(context.setCert(asBytes(c)));
    }
  }

  if (key !== undefined && key !== null) {
    for (const k of eachOf(key)) {
      const pem = k?.pem ?? k;
      const pass = k?.passphrase ?? passphrase;
      validateKeyOrCertOption('key', pem);
      if (pass !== undefined && pass !== null) validateString(pass, 'options.passphrase');
      check(pass != null ? context.setKey(asBytes(pem), pass) : context.setKey(asBytes(pem)));
    }
  }

  if (ciphers !== undefined && ciphers !== null) validateString(ciphers, `${name}.ciphers`);
  // An empty string means the default list, as in Node.
  const cipherString = ciphers || require('tls').DEFAULT_CIPHERS;
  const { list, suites } = processCiphers(cipherString, `${name}.ciphers`);
  if (suites !== '') check(context.set(kSetCipherSuites, suites));
  if (list !== '') check(context.set(kSetCiphers, list));

  const curve = ecdhCurve ?? require('tls').DEFAULT_ECDH_CURVE;
  validateString(curve, `${name}.ecdhCurve`);
  if (curve !== 'auto' && context.set(kSetGroups, curve) < 0) {
    throw new ERR_CRYPTO_OPERATION_FAILED('Failed to set ECDH curve');
  }

  if (sigalgs !== undefined && sigalgs !== null) {
    validateString(sigalgs, `${name}.sigalgs`);
    if (sigalgs === '') throw new ERR_INVALID_ARG_VALUE(`${name}.sigalgs`, sigalgs);
    // Node reports a list OpenSSL rejects with an empty OpenSSL error, in these words.
    if (context.set(kSetSigalgs, sigalgs) < 0) throw new Error('error:00000000:lib(0)::reason(0)');
  }

  if (crl !== undefined && crl !== null) {
    for (const c of eachOf(crl)) {
      validateKeyOrCertOption('crl', c);
      check(context.addCRL(asBytes(c)));
    }
  }

  if (sessionIdContext !== undefined) {
    validateString(sessionIdContext, `${name}.sessionIdContext`);
    check(context.set(kSetSessionIdContext, Buffer.from(sessionIdContext)));
  }

  if (pfx !== undefined && pfx !== null) {
    for (const p of eachOf(pfx)) {
      const buf = p?.buf ?? p;
      const pass = p?.passphrase ?? passphrase;
      validateKeyOrCertOption('pfx', buf);
      const r = pass != null ? context.loadPKCS12(asBytes(buf), String(pass)) :
        context.loadPKCS12(asBytes(buf));
      if (r < 0) throw pfxError(buf);
    }
  }

  if (ticketKeys !== undefined && ticketKeys !== null) {
    if (!isArrayBufferView(ticketKeys)) {
      throw new ERR_INVALID_ARG_TYPE(`${name}.ticketKeys`, ['Buffer', 'TypedArray', 'DataView'],
        ticketKeys);
    }
    if (ticketKeys.byteLength !== 48) {
      throw new ERR_INVALID_ARG_VALUE(`${name}.ticketKeys`, ticketKeys.byteLength,
        'must be exactly 48 bytes');
    }
    check(context.set(kSetTicketKeys, asBytes(ticketKeys)));
  }

  if (sessionTimeout !== undefined) {
    validateInteger(sessionTimeout, `${name}.sessionTimeout`, 0);
    if (sessionTimeout > 0x7fffffff) {
      throw new ERR_OUT_OF_RANGE(`${name}.sessionTimeout`, '<= 2147483647', sessionTimeout);
    }
    check(context.set(kSetTimeout, sessionTimeout));
  }
}

let extraCerts;
// NODE_EXTRA_CA_CERTS, read once (Node reads it at start-up; a missing file is a warning).
function extraCACertificates() {
  if (extraCerts !== undefined) return extraCerts ?? undefined;
  extraCerts = null;
  const file = process.env.NODE_EXTRA_CA_CERTS;
  if (file) {
    try {
      extraCerts = require('fs').readFileSync(file);
    } catch (err) {
      process.emitWarning(`Ignoring extra certs from \`${file}\`, load failed: ${err.message}`);
    }
  }
  return extraCerts ?? undefined;
}

function createSecureContext(options) {
  if (options === undefined) options = {};
  validateObject(options, 'options');
  const { honorCipherOrder, minVersion, maxVersion, secureProtocol } = options;
  let { secureOptions } = options;
  if (honorCipherOrder) secureOptions = (secureOptions ?? 0) | 0x400000;
  const c = new SecureContext(secureProtocol, secureOptions, minVersion, maxVersion);
  configSecureContext(c, options);
  return c;
}

// ---- shared client contexts ----
//
// tls.connect() without a secureContext makes one from its options. OpenSSL 3.0 spends
// ~1 ms of CPU on a new context (SSL_CTX_new, the cipher lists, parsing each CA certificate),
// so connections with the same options share one: nothing a connection does changes its
// context, and these contexts keep no sessions of their own (the connection hands each new
// session to JS). Options are the same when every one that createSecureContext reads, and
// tls's defaults, are equal: primitives by value, strings and byte views (or arrays of
// them) by content. Any other value (a { pem, passphrase } key, a pfx object) is not shared.

const kContextOptions = [
  'ca', 'cert', 'ciphers', 'crl', 'ecdhCurve', 'honorCipherOrder', 'key', 'maxVersion',
  'minVersion', 'passphrase', 'pfx', 'secureOptions', 'secureProtocol', 'sessionIdContext',
  'sessionTimeout', 'sigalgs', 'ticketKeys',
];
const kMaxSharedContexts = 8;
const sharedContexts = []; // [values, SecureContext], newest first

// Whether kept (a Buffer) holds the bytes of view b (any ArrayBufferView).
function sameBytes(kept, b) {
  return kept.byteLength === b.byteLength &&
    kept.equals(new Uint8Array(b.buffer, b.byteOffset, b.byteLength));
}

// Whether option value a (a kept copy, see keptOption) equals b.
function sameOption(a, b) {
  if (a === b) return true;
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return false;
  if (isArrayBufferView(a) && isArrayBufferView(b)) return sameBytes(a, b);
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (!sameOption(a[i], b[i])) return false;
  }
  return true;
}

// A copy of option value v to keep, or kNotShared when v is not a kind that is compared.
const kNotShared = Symbol('notShared');
function keptOption(v) {
  if (v === null || typeof v !== 'object') return typeof v === 'function' ? kNotShared : v;
  if (isArrayBufferView(v)) {
    return Buffer.from(new Uint8Array(v.buffer, v.byteOffset, v.byteLength));
  }
  if (!Array.isArray(v)) return kNotShared;
  const out = new Array(v.length);
  for (let i = 0; i < v.length; i++) {
    const x = v[i];
    if (typeof x === 'string') out[i] = x;
    else if (isArrayBufferView(x)) out[i] = keptOption(x);
    else return kNotShared;
  }
  return out;
}

function clientContextValues(options) {
  const tls = require('tls');
  const values = [tls.DEFAULT_MIN_VERSION, tls.DEFAULT_MAX_VERSION, tls.DEFAULT_CIPHERS,
    tls.DEFAULT_ECDH_CURVE];
  for (const name of kContextOptions) values.push(options[name]);
  return values;
}

// The SecureContext for a client connection with these options (shared when it can be).
function clientSecureContext(options) {
  const values = clientContextValues(options);
  for (let i = 0; i < sharedContexts.length; i++) {
    const [kept, context] = sharedContexts[i];
    let same = true;
    for (let j = 0; j < kept.length && same; j++) same = sameOption(kept[j], values[j]);
    if (same) return context;
  }
  const context = createSecureContext(options);
  const kept = values.map(keptOption);
  if (!kept.includes(kNotShared)) {
    context.context.set(kSetClientSessionCache, 1);
    sharedContexts.unshift([kept, context]);
    if (sharedContexts.length > kMaxSharedContexts) sharedContexts.pop();
  }
  return context;
}

// Splits an X.509 name printed one attribute per line ("C=US\nCN=x") into Node's object
// (repeated attributes become arrays).
function parseName(text) {
  if (typeof text !== 'string') return text;
  const out = { __proto__: null };
  for (const line of text.split('\n')) {
    const eq = line.indexOf('=');
    if (eq <= 0) continue;
    const k = line.slice(0, eq);
    const v = line.slice(eq + 1);
    if (k in out) {
      if (Array.isArray(out[k])) out[k].push(v);
      else out[k] = [out[k], v];
    } else {
      out[k] = v;
    }
  }
  return out;
}

// Lines "key<separator>value" as { key: [values...] } (the infoAccess shape).
function groupLines(text, separator) {
  const out = { __proto__: null };
  for (const line of text.split('\n')) {
    const i = line.indexOf(separator);
    if (i < 0) continue;
    (out[line.slice(0, i)] ??= []).push(line.slice(i + separator.length));
  }
  return out;
}

// Certificate objects by their DER bytes (as a latin1 string): a client meets the same
// certificates again and again, and OpenSSL 3.0 needs ~0.4 ms of CPU to parse one (its
// public-key decoder). Each call returns a copy of the kept object.
const kMaxCertificateObjects = 32;
const certificateObjects = new Map();

function copyName(name) {
  if (name === null || typeof name !== 'object') return name;
  const out = { __proto__: Object.getPrototypeOf(name) };
  for (const k of Object.keys(name)) {
    const v = name[k];
    out[k] = Array.isArray(v) ? v.slice() : v;
  }
  return out;
}

function copyCertificate(c) {
  const out = { ...c };
  out.subject = copyName(c.subject);
  out.issuer = copyName(c.issuer);
  if (c.infoAccess !== undefined) out.infoAccess = copyName(c.infoAccess);
  if (c.ext_key_usage !== undefined) out.ext_key_usage = c.ext_key_usage.slice();
  if (c.pubkey !== undefined) out.pubkey = Buffer.from(c.pubkey);
  out.raw = Buffer.from(c.raw);
  return out;
}

// The legacy certificate object of tlsSocket.getPeerCertificate() from DER bytes.
function certificateObject(der) {
  const key = Buffer.from(der.buffer, der.byteOffset, der.byteLength).latin1Slice();
  let c = certificateObjects.get(key);
  if (c === undefined) {
    c = parseCertificateObject(der);
    if (certificateObjects.size >= kMaxCertificateObjects) certificateObjects.clear();
    certificateObjects.set(key, c);
  }
  return copyCertificate(c);
}

function parseCertificateObject(der) {
  const { X509Certificate } = require('internal/crypto/x509');
  const x = new X509Certificate(der);
  const c = {
    subject: parseName(x.subject),
    issuer: parseName(x.issuer),
  };
  const san = x.subjectAltName;
  if (san !== undefined) c.subjectaltname = san;
  const info = x.infoAccess;
  if (info !== undefined) c.infoAccess = groupLines(info, ' - ');
  c.ca = x.ca;
  try {
    const key = x.publicKey;
    const { asymmetricKeyType: type } = key;
    if (type === 'rsa') {
      const jwk = key.export({ format: 'jwk' });
      const n = Buffer.from(jwk.n, 'base64url');
      c.modulus = n.toString('hex').toUpperCase();
      c.bits = key.asymmetricKeyDetails.modulusLength;
      c.exponent = '0x' + Buffer.from(jwk.e, 'base64url').toString('hex').replace(/^0+/, '');
      c.pubkey = key.export({ format: 'der', type: 'pkcs1' });
    } else if (type === 'ec') {
      const jwk = key.export({ format: 'jwk' });
      const x1 = Buffer.from(jwk.x, 'base64url');
      c.bits = x1.length * 8;
      c.pubkey = Buffer.concat([Buffer.from([4]), x1, Buffer.from(jwk.y, 'base64url')]);
      const named = key.asymmetricKeyDetails.namedCurve;
      c.asn1Curve = named;
      c.nistCurve = { prime256v1: 'P-256', secp384r1: 'P-384', secp521r1: 'P-521' }[named];
    }
  } catch {
    // A key type without these fields.
  }
  c.valid_from = x.validFrom;
  c.valid_to = x.validTo;
  c.fingerprint = x.fingerprint;
  c.fingerprint256 = x.fingerprint256;
  c.fingerprint512 = x.fingerprint512;
  const eku = x.keyUsage;
  if (eku !== undefined) c.ext_key_usage = eku;
  c.serialNumber = x.serialNumber;
  c.raw = x.raw;
  return c;
}

function translatePeerCertificate(c) {
  if (!c) return null;
  if (c.issuerCertificate != null && c.issuerCertificate !== c) {
    c.issuerCertificate = translatePeerCertificate(c.issuerCertificate);
  }
  if (c.infoAccess != null) {
    const info = c.infoAccess;
    if (typeof info === 'string') c.infoAccess = groupLines(info, ':');
  }
  return c;
}

module.exports = {
  SecureContext,
  createSecureContext,
  clientSecureContext,
  translatePeerCertificate,
  // Lode's own, for _tls_wrap.js and tls.js.
  binding,
  certificateObject,
};
