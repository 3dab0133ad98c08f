'use strict';
// X509Certificate over the binding's certificate handles (src/bindings/crypto_pkey.c:
// x509Parse, x509Info, x509Check, x509Verify...). The fields are read once, on first use.

const { binding, opensslError } = require('internal/crypto/util');
const { KeyObject, PublicKeyObject, keyHandle } = require('internal/crypto/keys');
const { validateString, validateObject, validateBoolean } = require('internal/validators');
const { isArrayBufferView } = require('internal/util/types');
const { Buffer } = require('buffer');
const { codes: {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE,
} } = require('internal/errors');

// X509_CHECK_FLAG_* of OpenSSL.
const kAlwaysCheckSubject = 0x1;
const kNoWildcards = 0x2;
const kNoPartialWildcards = 0x4;
const kMultiLabelWildcards = 0x8;
const kSingleLabelSubdomains = 0x10;
const kNeverCheckSubject = 0x20;

function checkFlags(options) {
  if (options === undefined) return 0;
  validateObject(options, 'options');
  const {
    subject = 'default', wildcards = true, partialWildcards = true,
    multiLabelWildcards = false, singleLabelSubdomains = false,
  } = options;
  let flags = 0;
  if (subject === 'always') flags |= kAlwaysCheckSubject;
  else if (subject === 'never') flags |= kNeverCheckSubject;
  else if (subject !== 'default') throw new ERR_INVALID_ARG_VALUE('options.subject', subject);
  validateBoolean(wildcards, 'options.wildcards');
  validateBoolean(partialWildcards, 'options.partialWildcards');
  validateBoolean(multiLabelWildcards, 'options.multiLabelWildcards');
  validateBoolean(singleLabelSubdomains, 'options.singleLabelSubdomains');
  if (!wildcards) flags |= kNoWildcards;
  if (!partialWildcards) flags |= kNoPartialWildcards;
  if (multiLabelWildcards) flags |= kMultiLabelWildcards;
  if (singleLabelSubdomains) flags |= kSingleLabelSubdomains;
  return flags;
}

class X509Certificate {
  #handle;
  #info;

  constructor(buffer) {
    let bytes;
    let pem = false;
    if (typeof buffer === 'string') {
      bytes = Buffer.from(buffer, 'latin1');
      pem = true;
    } else if (isArrayBufferView(buffer)) {
      bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    } else {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'],
        buffer);
    }
    const handle = binding.x509Parse(bytes, pem);
    if (typeof handle === 'number') throw opensslError();
    this.#handle = handle;
  }

  // [subject, subjectAltName, issuer, infoAccess, validFrom, validTo, validFromMs,
  // validToMs, fingerprint, fingerprint256, fingerprint512, keyUsage, serialNumber, ca,
  // raw, pem]
  #get(i) {
    this.#info ??= binding.x509Info(this.#handle);
    return this.#info[i];
  }

  get subject() { return this.#get(0); }
  get subjectAltName() { return this.#get(1); }
  get issuer() { return this.#get(2); }
  get infoAccess() { return this.#get(3); }
  get validFrom() { return this.#get(4); }
  get validTo() { return this.#get(5); }
  get validFromDate() { return new Date(this.#get(6)); }
  get validToDate() { return new Date(this.#get(7)); }
  get fingerprint() { return this.#get(8); }
  get fingerprint256() { return this.#get(9); }
  get fingerprint512() { return this.#get(10); }
  get keyUsage() { return this.#get(11)?.slice(); }
  get serialNumber() { return this.#get(12); }
  get ca() { return this.#get(13); }
  get raw() { return Buffer.from(this.#get(14)); }
  get issuerCertificate() { return undefined; }

  get publicKey() {
    const r = binding.x509PublicKey(this.#handle);
    if (typeof r === 'number') throw opensslError();
    return new PublicKeyObject(r);
  }

  checkHost(name, options) {
    validateString(name, 'name');
    return binding.x509Check(this.#handle, 0, name, checkFlags(options));
  }

  checkEmail(email, options) {
    validateString(email, 'email');
    return binding.x509Check(this.#handle, 1, email, checkFlags(options));
  }

  checkIP(ip) {
    validateString(ip, 'ip');
    const { isIP } = require('internal/net');
    if (!isIP(ip)) {
      const err = new ERR_INVALID_ARG_VALUE('ip', ip);
      err.message = 'Invalid name';
      throw err;
    }
    return binding.x509Check(this.#handle, 2, ip, 0);
  }

  checkIssued(otherCert) {
    if (!(otherCert instanceof X509Certificate)) {
      throw new ERR_INVALID_ARG_TYPE('otherCert', 'X509Certificate', otherCert);
    }
    return binding.x509CheckIssued(this.#handle, otherCert.#handle);
  }

  checkPrivateKey(pkey) {
    if (!(pkey instanceof KeyObject)) throw new ERR_INVALID_ARG_TYPE('pkey', 'KeyObject', pkey);
    if (pkey.type !== 'private') {
      throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(pkey.type, 'private');
    }
    return binding.x509CheckPrivateKey(this.#handle, keyHandle(pkey));
  }

  verify(pkey) {
    if (!(pkey instanceof KeyObject)) throw new ERR_INVALID_ARG_TYPE('pkey', 'KeyObject', pkey);
    if (pkey.type !== 'public') {
      throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(pkey.type, 'public');
    }
    return binding.x509Verify(this.#handle, keyHandle(pkey));
  }

  toString() {
    return this.#get(15);
  }

  toJSON() {
    return this.toString();
  }

  toLegacyObject() {
    return {
      subject: this.subject, issuer: this.issuer, subjectaltname: this.subjectAltName,
      infoAccess: this.infoAccess, ca: this.ca, valid_from: this.validFrom,
      valid_to: this.validTo, fingerprint: this.fingerprint,
      fingerprint256: this.fingerprint256, fingerprint512: this.fingerprint512,
      ext_key_usage: this.keyUsage, serialNumber: this.serialNumber, raw: this.raw,
    };
  }
}

module.exports = { X509Certificate };
