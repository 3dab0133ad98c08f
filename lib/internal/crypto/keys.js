'use strict';
// KeyObject (secret, public, private), createSecretKey/createPublicKey/createPrivateKey,
// key import from PEM, DER and JWK, export, and the helpers the rest of crypto uses to turn
// a `key` argument into a native key handle (src/bindings/crypto_pkey.c). Asymmetric keys
// live in native handles (an EVP_PKEY each); secret keys are bytes held here.

const {
  binding, toBytes, opensslError, osslError, E_OPENSSL,
} = require('internal/crypto/util');
const { Buffer } = require('buffer');
const { isArrayBufferView, isAnyArrayBuffer } = require('internal/util/types');
const {
  validateObject, validateOneOf, validateString,
} = require('internal/validators');
const { codes: {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE,
  ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS, ERR_CRYPTO_UNKNOWN_CIPHER,
  ERR_CRYPTO_INVALID_JWK, ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE, ERR_CRYPTO_INVALID_CURVE,
  ERR_MISSING_PASSPHRASE,
} } = require('internal/errors');

const kConstruct = Symbol('kConstruct');

// Binding codes of crypto_pkey.c beyond util's.
const E_PASSPHRASE = -10;
const E_NOT_PRIVATE = -11;
const E_BAD_KEY = -12;
const E_PASSPHRASE_PEM = -13;

// Key encodings → the binding's structure numbers.
const kStructure = { __proto__: null, pkcs8: 0, pkcs1: 1, sec1: 2, spki: 3 };

// JWK curve names ↔ OpenSSL's.
const kJwkCurves = {
  __proto__: null, 'P-256': 'prime256v1', 'P-384': 'secp384r1', 'P-521': 'secp521r1',
  secp256k1: 'secp256k1',
};
const kCurveJwk = {
  __proto__: null, prime256v1: 'P-256', secp384r1: 'P-384', secp521r1: 'P-521',
  secp256k1: 'secp256k1',
};
const kOkpCurves = {
  __proto__: null, Ed25519: 'ed25519', Ed448: 'ed448', X25519: 'x25519', X448: 'x448',
};
const kOkpJwk = {
  __proto__: null, ed25519: 'Ed25519', ed448: 'Ed448', x25519: 'X25519', x448: 'X448',
};

class KeyObject {
  #type;

  constructor(type, handle) {
    if (type !== 'secret' && type !== 'public' && type !== 'private') {
      throw new ERR_INVALID_ARG_VALUE('type', type);
    }
    // Only this module holds kConstruct; Node rejects any other handle this way.
    if (handle !== kConstruct) throw new ERR_INVALID_ARG_TYPE('handle', 'object', handle);
    this.#type = type;
  }

  get type() {
    return this.#type;
  }

  static from(key) {
    const { isCryptoKey, keyObjectOfCryptoKey } = require('internal/crypto/webcrypto_keys');
    if (!isCryptoKey(key)) throw new ERR_INVALID_ARG_TYPE('key', 'CryptoKey', key);
    return keyObjectOfCryptoKey(key);
  }

  toCryptoKey(algorithm, extractable, keyUsages) {
    const { importKeyObject } = require('internal/crypto/webcrypto_keys');
    return importKeyObject(this, algorithm, extractable, keyUsages);
  }

  equals(otherKeyObject) {
    if (!(otherKeyObject instanceof KeyObject)) {
      throw new ERR_INVALID_ARG_TYPE('otherKeyObject', 'KeyObject', otherKeyObject);
    }
    if (otherKeyObject.type !== this.type) return false;
    if (this.type === 'secret') {
      const a = secretKeyBytes(this);
      const b = secretKeyBytes(otherKeyObject);
      return a.length === b.length && binding.timingSafeEqual(a, b);
    }
    return binding.keyEquals(keyHandle(this), keyHandle(otherKeyObject));
  }
}
// The constructor is reached with kConstruct only from here; `new KeyObject('public', {})`
// from user code is an illegal construction, as in Node.
Object.defineProperty(KeyObject.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'KeyObject', configurable: true,
});

class SecretKeyObject extends KeyObject {
  #bytes;

  constructor(bytes) {
    super('secret', kConstruct);
    this.#bytes = bytes;
  }

  get symmetricKeySize() {
    return this.#bytes.length;
  }

  export(options) {
    if (options !== undefined) {
      validateObject(options, 'options');
      const { format = 'buffer' } = options;
      if (format === 'jwk') {
        return { kty: 'oct', k: Buffer.from(this.#bytes).toString('base64url') };
      }
      if (format !== 'buffer') throw new ERR_INVALID_ARG_VALUE('options.format', format);
    }
    return Buffer.from(this.#bytes);
  }

  static bytesOf(key) {
    return #bytes in key ? key.#bytes : undefined;
  }
}

class AsymmetricKeyObject extends KeyObject {
  #handle;
  #info;

  constructor(type, handle) {
    super(type, kConstruct);
    this.#handle = handle;
  }

  // [type, hasPrivate, bits, publicExponent bytes, curve, hash, mgf1Hash, saltLength,
  // divisorBits], read once.
  #details() {
    return this.#info ??= binding.keyInfo(this.#handle);
  }

  get asymmetricKeyType() {
    return this.#details()[0];
  }

  get asymmetricKeyDetails() {
    const [type, , bits, exponent, curve, hash, mgf1, salt, divisor] = this.#details();
    switch (type) {
      case 'rsa':
      case 'rsa-pss': {
        const details = {
          modulusLength: bits,
          publicExponent: BigInt('0x' + (Buffer.from(exponent).toString('hex') || '0')),
        };
        if (hash !== undefined || mgf1 !== undefined || salt !== undefined) {
          // OpenSSL leaves out the restrictions that have their default values.
          details.hashAlgorithm = normalizeHashName(hash ?? 'sha1');
          details.mgf1HashAlgorithm = normalizeHashName(mgf1 ?? 'sha1');
          details.saltLength = salt ?? 20;
        }
        return details;
      }
      case 'ec':
        return { namedCurve: curve };
      case 'dsa':
        return { modulusLength: bits, divisorLength: divisor };
      case undefined:
        return undefined;
      default:
        return {};
    }
  }

  static handleOf(key) {
    return #handle in key ? key.#handle : undefined;
  }
}

// OpenSSL digest names ("SHA2-256", "SHA256") → Node's ("sha256").
function normalizeHashName(name) {
  const lower = name.toLowerCase();
  const m = /^sha2-(\d+)(?:\/(\d+))?$/.exec(lower);
  if (m) return m[2] ? `sha${m[1]}-${m[2]}` : `sha${m[1]}`;
  if (lower === 'sha-1') return 'sha1';
  return lower;
}

class PublicKeyObject extends AsymmetricKeyObject {
  constructor(handle) {
    super('public', handle);
  }

  export(options) {
    validateObject(options, 'options');
    const { format } = options;
    if (format === 'jwk') return exportJwk(this, false);
    const { pem, structure } = parseExportEncoding(this, options, false);
    return encodeExport(binding.keyExport(keyHandle(this), pem, structure, false, null, null), pem);
  }
}

class PrivateKeyObject extends AsymmetricKeyObject {
  constructor(handle) {
    super('private', handle);
  }

  export(options) {
    validateObject(options, 'options');
    const { format } = options;
    if (format === 'jwk') {
      if (options.passphrase !== undefined) {
        throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS('jwk', 'does not support encryption');
      }
      return exportJwk(this, true);
    }
    const { pem, structure, cipher, passphrase } = parseExportEncoding(this, options, true);
    return encodeExport(
      binding.keyExport(keyHandle(this), pem, structure, true, cipher, passphrase), pem);
  }
}

function encodeExport(r, pem) {
  if (typeof r === 'number') throw opensslError();
  const buf = Buffer.from(r.buffer, r.byteOffset, r.byteLength);
  return pem ? buf.toString('latin1') : buf;
}

// Validates the encoding options of export() or of generateKeyPair's
// publicKeyEncoding/privateKeyEncoding (`prefix` names them in errors).
function parseExportEncoding(key, options, isPrivate, prefix = 'options') {
  const { format, type, cipher, passphrase } = options;
  if (format !== 'pem' && format !== 'der') {
    throw new ERR_INVALID_ARG_VALUE(`${prefix}.format`, format);
  }
  const keyType = typeof key === 'string' ? key : key.asymmetricKeyType;
  const allowed = isPrivate ? ['pkcs1', 'pkcs8', 'sec1'] : ['pkcs1', 'spki'];
  if (!allowed.includes(type)) throw new ERR_INVALID_ARG_VALUE(`${prefix}.type`, type);
  if (type === 'pkcs1' && keyType !== 'rsa') {
    throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS(type, 'can only be used for RSA keys');
  }
  if (type === 'sec1' && keyType !== 'ec') {
    throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS(type, 'can only be used for EC keys');
  }
  let cipherName = null;
  let pass = null;
  if (isPrivate && cipher !== undefined) {
    if (typeof cipher !== 'string') throw new ERR_INVALID_ARG_VALUE(`${prefix}.cipher`, cipher);
    if (format === 'der' && type !== 'pkcs8') {
      throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS(type, 'does not support encryption');
    }
    if (passphrase === undefined) throw new ERR_INVALID_ARG_VALUE(`${prefix}.passphrase`, passphrase);
    if (!binding.cipherInfo(cipher)) throw new ERR_CRYPTO_UNKNOWN_CIPHER();
    cipherName = cipher;
    pass = toBytes(passphrase, `${prefix}.passphrase`, options.encoding ?? 'utf8');
  } else if (isPrivate && passphrase !== undefined && cipher === undefined) {
    throw new ERR_INVALID_ARG_VALUE(`${prefix}.cipher`, cipher);
  }
  return { pem: format === 'pem', structure: kStructure[type], cipher: cipherName, passphrase: pass };
}

function b64u(u8) {
  return Buffer.from(u8.buffer, u8.byteOffset, u8.byteLength).toString('base64url');
}

function exportJwk(key, isPrivate) {
  const type = key.asymmetricKeyType;
  const handle = keyHandle(key);
  if (type === 'rsa') {
    const c = binding.keyComponents(handle, isPrivate);
    const jwk = { kty: 'RSA', n: b64u(c[0]), e: b64u(c[1]) };
    if (isPrivate) {
      const names = ['d', 'p', 'q', 'dp', 'dq', 'qi'];
      for (let i = 0; i < names.length; i++) jwk[names[i]] = b64u(c[i + 2]);
    }
    return jwk;
  }
  if (type === 'ec') {
    const curve = key.asymmetricKeyDetails.namedCurve;
    const crv = kCurveJwk[curve];
    if (crv === undefined) throw new ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE();
    const c = binding.keyComponents(handle, isPrivate);
    const jwk = { kty: 'EC', x: b64u(c[0]), y: b64u(c[1]), crv };
    if (isPrivate) jwk.d = b64u(c[2]);
    return jwk;
  }
  if (kOkpJwk[type] !== undefined) {
    const c = binding.keyComponents(handle, isPrivate);
    const jwk = { crv: kOkpJwk[type] };
    if (isPrivate) jwk.d = b64u(c[1]);
    jwk.x = b64u(c[0]);
    jwk.kty = 'OKP';
    return jwk;
  }
  throw new ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE();
}

// ---- Import ----

const kKeyDataTypes = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'URL'];

function isKeyData(v) {
  return typeof v === 'string' || isArrayBufferView(v) || isAnyArrayBuffer(v);
}

// ERR_CRYPTO_INVALID_JWK with the message saying what was wrong (as Node's native code
// sets it).
function invalidJwk(message) {
  const err = new ERR_CRYPTO_INVALID_JWK();
  err.message = message;
  return err;
}

function fromJwkBase64(value, what) {
  if (typeof value !== 'string') throw invalidJwk(`Invalid JWK ${what} key`);
  return Buffer.from(value, 'base64url');
}

const kOkpSizes = { __proto__: null, ed25519: 32, x25519: 32, ed448: 57, x448: 56 };

// Returns a key handle for a JWK (an object with `kty`). The shape is checked first, then
// whether private material is there when it is needed, then the key itself.
function importJwk(jwk, isPublic) {
  validateObject(jwk, 'key.key');
  const { kty } = jwk;
  validateString(kty, 'key.key.kty');
  let type;
  let curve = null;
  let pub;
  if (kty === 'RSA') {
    type = 'rsa';
    pub = [fromJwkBase64(jwk.n, 'RSA'), fromJwkBase64(jwk.e, 'RSA')];
  } else if (kty === 'EC') {
    type = 'ec';
    curve = kJwkCurves[jwk.crv];
    if (curve === undefined) throw new ERR_CRYPTO_INVALID_CURVE();
    const x = fromJwkBase64(jwk.x, 'EC');
    const y = fromJwkBase64(jwk.y, 'EC');
    pub = [Buffer.concat([Buffer.of(4), x, y])];
    if (typeof binding.ecPointConvert(curve, pub[0], 4) === 'number') {
      throw invalidJwk('Invalid JWK EC key');
    }
  } else if (kty === 'OKP') {
    type = kOkpCurves[jwk.crv];
    if (type === undefined) throw invalidJwk('Invalid JWK OKP key');
    pub = [fromJwkBase64(jwk.x, 'OKP')];
    if (pub[0].length !== kOkpSizes[type]) throw invalidJwk('Invalid JWK OKP key');
  } else {
    throw invalidJwk(`${kty} is not a supported JWK key type`);
  }
  if (!isPublic && jwk.d === undefined) {
    throw invalidJwk('JWK does not contain private key material');
  }
  const priv = !isPublic;
  const what = kty === 'RSA' ? 'RSA' : kty;
  let comps = pub;
  if (priv) {
    if (kty === 'RSA') {
      comps = pub.concat(['d', 'p', 'q', 'dp', 'dq', 'qi'].map((n) => fromJwkBase64(jwk[n], what)));
    } else {
      comps = [pub[0], fromJwkBase64(jwk.d, what)];
    }
  }
  const r = binding.keyFromComponents(type, curve, comps, priv);
  if (typeof r === 'number') throw invalidJwk(`Invalid JWK ${what} key`);
  return r;
}

// Parses the `key` argument of createPublicKey/createPrivateKey (and of sign, verify,
// publicEncrypt...) into [handle, isPrivate] or a KeyObject. `isPublic` says which kind is
// wanted (a public key can be derived from a private one); `name` names the argument.
function parseKeyInput(key, isPublic, name = 'key', allowKeyObject = false) {
  let data = key;
  let format = 'pem';
  let type;
  let passphrase;
  let encoding = 'utf8';
  let prefix = name;
  if (!isKeyData(key)) {
    if (key instanceof KeyObject && allowKeyObject) return key;
    if (isCryptoKeyValue(key) && allowKeyObject) return keyObjectOfCrypto(key);
    if (typeof key !== 'object' || key === null || key instanceof KeyObject ||
        isCryptoKeyValue(key)) {
      throw new ERR_INVALID_ARG_TYPE(name, kKeyDataTypes, key);
    }
    prefix = `${name}.key`;
    ({ key: data, format = 'pem', type, passphrase, encoding = 'utf8' } = key);
    if (data instanceof KeyObject && allowKeyObject) return data;
    if (isCryptoKeyValue(data) && allowKeyObject) return keyObjectOfCrypto(data);
    if (format === 'jwk') {
      if (typeof data !== 'object' || data === null) {
        throw new ERR_INVALID_ARG_TYPE(prefix, 'object', data);
      }
      return importJwk(data, isPublic);
    }
    if (!isKeyData(data)) throw new ERR_INVALID_ARG_TYPE(prefix, kKeyDataTypes, data);
    if (format !== 'pem' && format !== 'der') {
      throw new ERR_INVALID_ARG_VALUE(`${name}.format`, format);
    }
    if (passphrase !== undefined && typeof passphrase !== 'string' &&
        !isArrayBufferView(passphrase) && !isAnyArrayBuffer(passphrase)) {
      throw new ERR_INVALID_ARG_VALUE(`${name}.passphrase`, passphrase);
    }
  }
  const bytes = typeof data === 'string' ? Buffer.from(data, encoding) :
    toBytes(data, prefix);
  let structure = -1;
  if (format === 'der') {
    const allowed = isPublic ? ['pkcs1', 'spki', 'pkcs8', 'sec1'] : ['pkcs1', 'pkcs8', 'sec1'];
    if (!allowed.includes(type)) throw new ERR_INVALID_ARG_VALUE(`${name}.type`, type);
    structure = kStructure[type];
  }
  const pass = passphrase === undefined ? null : toBytes(passphrase, `${name}.passphrase`);
  let r = binding.keyParse(bytes, format === 'pem', structure, isPublic &&
    !(format === 'der' && (type === 'pkcs8' || type === 'sec1')), pass);
  if (typeof r === 'number') {
    if (r === E_PASSPHRASE) throw new ERR_MISSING_PASSPHRASE();
    if (r === E_PASSPHRASE_PEM) throw passphraseCancelled();
    if (r === E_NOT_PRIVATE) throw decoderUnsupported();
    throw opensslError();
  }
  if (isPublic && format === 'der' && (type === 'pkcs8' || type === 'sec1')) {
    r = binding.keyPublic(r);
  }
  return r;
}

// What OpenSSL's decoder reports for a key of the wrong kind (Node's error for a public key
// given to createPrivateKey).
function decoderUnsupported() {
  return osslError('1E08010C', 'DECODER routines', 'unsupported', 'ERR_OSSL_UNSUPPORTED');
}

// What OpenSSL reports when a PEM key is encrypted and no passphrase was given (Node's
// passphrase callback gives up, as ours does).
function passphraseCancelled() {
  return osslError('07880109', 'common libcrypto routines', 'interrupted or cancelled',
    'ERR_OSSL_CRYPTO_INTERRUPTED_OR_CANCELLED');
}

let cryptoKeys;
function isCryptoKeyValue(v) {
  if (typeof v !== 'object' || v === null) return false;
  cryptoKeys ??= require('internal/crypto/webcrypto_keys');
  return cryptoKeys.isCryptoKey(v);
}
function keyObjectOfCrypto(v) {
  cryptoKeys ??= require('internal/crypto/webcrypto_keys');
  return cryptoKeys.keyObjectOfCryptoKey(v);
}

function createPublicKey(key) {
  if (key instanceof KeyObject) {
    if (key.type === 'private') return new PublicKeyObject(binding.keyPublic(keyHandle(key)));
    throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'private');
  }
  if (typeof key === 'object' && key !== null && key.key instanceof KeyObject) {
    return createPublicKey(key.key);
  }
  const r = parseKeyInput(key, true);
  return new PublicKeyObject(r);
}

function createPrivateKey(key) {
  const r = parseKeyInput(key, false);
  return new PrivateKeyObject(r);
}

function createSecretKey(key, encoding) {
  const bytes = toBytes(key, 'key', encoding ?? 'utf8',
    ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView']);
  return new SecretKeyObject(new Uint8Array(bytes));
}

// The bytes of a secret KeyObject; throws for another KeyObject; undefined for other values.
function secretKeyBytes(key) {
  if (!(key instanceof KeyObject)) return undefined;
  const bytes = SecretKeyObject.bytesOf(key);
  if (bytes === undefined) throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'secret');
  return bytes;
}

// The native handle of an asymmetric KeyObject.
function keyHandle(key) {
  return AsymmetricKeyObject.handleOf(key);
}

// A key argument of sign/verify/publicEncrypt… as a native handle: KeyObjects (checked to be
// of an acceptable type), CryptoKeys, PEM/DER/JWK inputs. `isPublic` accepts public and
// private keys (deriving the public half); otherwise only private keys.
function preparePublicOrPrivateKey(key, name, isPublic) {
  let k = key;
  if (isCryptoKeyValue(k)) k = keyObjectOfCrypto(k);
  if (k instanceof KeyObject) {
    if (k.type === 'secret') {
      throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE('secret', isPublic ? 'public or private' :
        'private');
    }
    if (!isPublic && k.type !== 'private') {
      throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(k.type, 'private');
    }
    return keyHandle(k);
  }
  if (typeof k === 'object' && k !== null && !isArrayBufferView(k) && !isAnyArrayBuffer(k)) {
    const inner = k.key;
    if (inner instanceof KeyObject || isCryptoKeyValue(inner)) {
      return preparePublicOrPrivateKey(inner, name, isPublic);
    }
  }
  if (!isKeyData(k) && (typeof k !== 'object' || k === null)) {
    throw new ERR_INVALID_ARG_TYPE(name,
      ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey',
        'URL'], k);
  }
  if (isPublic) {
    // A public-key operation accepts private key material too (Node tries both).
    return parseEither(k);
  }
  return parseKeyInput(k, false, name);
}

function parseEither(k) {
  try {
    return parseKeyInput(k, false, 'key');
  } catch (err) {
    if (err.code === 'ERR_MISSING_PASSPHRASE' || err.code === 'ERR_OSSL_BAD_DECRYPT' ||
        err.code === 'ERR_INVALID_ARG_TYPE' || err.code === 'ERR_INVALID_ARG_VALUE') throw err;
    return parseKeyInput(k, true, 'key');
  }
}

function makeKeyObject(type, handle) {
  return type === 'public' ? new PublicKeyObject(handle) : new PrivateKeyObject(handle);
}

module.exports = {
  KeyObject, SecretKeyObject, PublicKeyObject, PrivateKeyObject, AsymmetricKeyObject,
  createSecretKey, createPublicKey, createPrivateKey, secretKeyBytes, keyHandle,
  preparePublicOrPrivateKey, parseExportEncoding, encodeExport, exportJwk, importJwk,
  makeKeyObject, normalizeHashName, kConstruct, E_PASSPHRASE, E_NOT_PRIVATE, E_BAD_KEY,
  E_OPENSSL, kCurveJwk, kJwkCurves,
};
