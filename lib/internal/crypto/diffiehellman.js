'use strict';
// Key agreement: DiffieHellman/DiffieHellmanGroup (finite-field DH on big numbers in the
// binding: dhKeys, dhSecret, dhCheck, dhGroup), ECDH (EC key handles: keyGenerate,
// keyFromComponents, ecPointConvert, deriveSecret), diffieHellman({privateKey, publicKey})
// over KeyObjects, and the prime functions (checkPrime, generatePrime).

const {
  binding, toBytes, encodeBytes, opensslError, osslError,
} = require('internal/crypto/util');
const { KeyObject, keyHandle } = require('internal/crypto/keys');
const {
  validateString, validateObject, validateFunction, validateInt32, validateBoolean,
  validateUint32,
} = require('internal/validators');
const { isArrayBufferView, isAnyArrayBuffer } = require('internal/util/types');
const { Buffer } = require('buffer');
const { codes: {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_CRYPTO_INVALID_CURVE,
  ERR_CRYPTO_ECDH_INVALID_FORMAT, ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY,
  ERR_CRYPTO_OPERATION_FAILED, ERR_CRYPTO_INVALID_KEYTYPE, ERR_CRYPTO_INVALID_KEYLEN,
  ERR_CRYPTO_UNKNOWN_DH_GROUP, ERR_CRYPTO_INCOMPATIBLE_KEY, ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE,
  ERR_OUT_OF_RANGE, ERR_CRYPTO_INVALID_STATE,
} } = require('internal/errors');

const kBinaryTypes = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];

function withMessage(err, message) {
  err.message = message;
  return err;
}

function keyBytes(key, encoding, name = 'key') {
  if (typeof key === 'string') return Buffer.from(key, encoding ?? 'utf8');
  return toBytes(key, name, 'utf8', kBinaryTypes);
}

function out(u8, encoding) {
  return encodeBytes(u8, encoding ?? undefined);
}

// ---- Finite-field Diffie-Hellman ----

const kGenerator2 = Uint8Array.of(2);

class DiffieHellmanBase {
  #prime;
  #generator;
  #privateKey = null;
  #publicKey = null;
  #verifyError;

  constructor(prime, generator) {
    this.#prime = prime;
    this.#generator = generator;
  }

  // Checking the group tests the prime for primality (~0.2 s for a 2048-bit one): done when
  // first asked for, not for every object made.
  get verifyError() {
    this.#verifyError ??= binding.dhCheck(this.#prime, this.#generator);
    return this.#verifyError;
  }

  generateKeys(encoding) {
    if (this.#privateKey === null || this.#publicKey === null) {
      const r = binding.dhKeys(this.#prime, this.#generator, this.#privateKey);
      if (typeof r === 'number') throw opensslError();
      [this.#privateKey, this.#publicKey] = r;
    }
    return out(this.#publicKey, encoding);
  }

  computeSecret(otherPublicKey, inputEncoding, outputEncoding) {
    const other = keyBytes(otherPublicKey, inputEncoding, 'otherPublicKey');
    if (this.#privateKey === null) {
      throw withMessage(new ERR_CRYPTO_INVALID_KEYLEN(), 'Supplied key is too small');
    }
    const r = binding.dhSecret(this.#prime, this.#privateKey, other);
    if (r === 1) throw withMessage(new ERR_CRYPTO_INVALID_KEYLEN(), 'Supplied key is too small');
    if (r === 2) throw withMessage(new ERR_CRYPTO_INVALID_KEYLEN(), 'Supplied key is too large');
    if (typeof r === 'number') throw opensslError();
    return out(r, outputEncoding);
  }

  getPrime(encoding) {
    return out(this.#prime, encoding);
  }

  getGenerator(encoding) {
    return out(this.#generator, encoding);
  }

  getPublicKey(encoding) {
    if (this.#publicKey === null) {
      throw withMessage(new ERR_CRYPTO_INVALID_STATE('getPublicKey'),
        'No public key - did you forget to generate one?');
    }
    return out(this.#publicKey, encoding);
  }

  getPrivateKey(encoding) {
    if (this.#privateKey === null) {
      throw withMessage(new ERR_CRYPTO_INVALID_STATE('getPrivateKey'),
        'No private key - did you forget to generate one?');
    }
    return out(this.#privateKey, encoding);
  }

  setPublicKey(publicKey, encoding) {
    this.#publicKey = new Uint8Array(keyBytes(publicKey, encoding, 'publicKey'));
    return this;
  }

  setPrivateKey(privateKey, encoding) {
    // As in Node, the public key follows on the next generateKeys().
    this.#privateKey = new Uint8Array(keyBytes(privateKey, encoding, 'privateKey'));
    return this;
  }
}

// createDiffieHellman(prime[, primeEncoding][, generator][, generatorEncoding]) or
// (primeLength[, generator]).
function diffieHellmanParams(sizeOrKey, keyEncoding, generator, genEncoding) {
  if (typeof sizeOrKey !== 'number' && typeof sizeOrKey !== 'string' &&
      !isArrayBufferView(sizeOrKey) && !isAnyArrayBuffer(sizeOrKey)) {
    throw new ERR_INVALID_ARG_TYPE('sizeOrKey', ['number', 'string', 'ArrayBuffer', 'Buffer',
      'TypedArray', 'DataView'], sizeOrKey);
  }
  if (typeof keyEncoding !== 'string' && keyEncoding !== undefined && keyEncoding !== null &&
      keyEncoding !== 'buffer') {
    genEncoding = generator;
    generator = keyEncoding;
    keyEncoding = undefined;
  }
  let gen;
  if (generator === undefined) {
    gen = kGenerator2;
  } else if (typeof generator === 'number') {
    validateInt32(generator, 'generator');
    gen = bigEndian(generator);
  } else if (typeof generator === 'string') {
    gen = Buffer.from(generator, genEncoding ?? 'utf8');
  } else {
    gen = toBytes(generator, 'generator', 'utf8', ['number', 'string', 'ArrayBuffer', 'Buffer',
      'TypedArray', 'DataView']);
  }
  if (isAllZeroOrOne(gen)) {
    throw osslError('02800065', 'Diffie-Hellman routines', 'bad generator',
      'ERR_OSSL_DH_BAD_GENERATOR');
  }
  let prime;
  if (typeof sizeOrKey === 'number') {
    validateInt32(sizeOrKey, 'sizeOrKey');
    if (sizeOrKey < 512) {
      throw osslError('0280007E', 'Diffie-Hellman routines', 'modulus too small',
        'ERR_OSSL_DH_MODULUS_TOO_SMALL');
    }
    const r = binding.generatePrime(sizeOrKey, true, null, null);
    if (typeof r === 'number') throw opensslError();
    prime = r;
  } else {
    prime = new Uint8Array(keyBytes(sizeOrKey, keyEncoding, 'sizeOrKey'));
  }
  return [prime, new Uint8Array(gen)];
}

function bigEndian(n) {
  const bytes = [];
  do {
    bytes.unshift(n & 0xff);
    n = Math.floor(n / 256);
  } while (n > 0);
  return Uint8Array.from(bytes);
}

function isAllZeroOrOne(bytes) {
  let value = 0;
  for (const b of bytes) {
    value = value * 256 + b;
    if (value > 1) return false;
  }
  return true;
}

class DiffieHellman extends DiffieHellmanBase {
  constructor(sizeOrKey, keyEncoding, generator, genEncoding) {
    super(...diffieHellmanParams(sizeOrKey, keyEncoding, generator, genEncoding));
  }
}

class DiffieHellmanGroup extends DiffieHellmanBase {
  constructor(name) {
    validateString(name, 'name');
    const prime = binding.dhGroup(name);
    if (prime === undefined) throw new ERR_CRYPTO_UNKNOWN_DH_GROUP();
    super(prime, kGenerator2);
  }
}
// Groups have fixed keys' parameters and no setters in Node.
for (const name of ['setPublicKey', 'setPrivateKey']) {
  Object.defineProperty(DiffieHellmanGroup.prototype, name, {
    __proto__: null, value: undefined, writable: true, configurable: true,
  });
}

// ---- ECDH ----

const kFormats = { __proto__: null, compressed: 2, uncompressed: 4, hybrid: 6 };

function pointForm(format) {
  if (format === undefined || format === null) return 4;
  const form = kFormats[format];
  if (form === undefined) throw new ERR_CRYPTO_ECDH_INVALID_FORMAT(format);
  return form;
}

function checkCurve(curve) {
  validateString(curve, 'curve');
  const r = binding.ecPointConvert(curve, new Uint8Array(0), 4);
  // Names OpenSSL knows only by their NIST alias (P-256) are not accepted, as in Node.
  if (r === -1 || /^P-\d+$/.test(curve)) throw new ERR_CRYPTO_INVALID_CURVE();
}

class ECDH {
  #curve;
  #key = null; // a private key handle

  constructor(curve) {
    checkCurve(curve);
    this.#curve = curve;
  }

  static convertKey(key, curve, inputEncoding, outputEncoding, format) {
    const bytes = keyBytes(key, inputEncoding);
    checkCurve(curve);
    const r = binding.ecPointConvert(curve, bytes, pointForm(format));
    if (typeof r === 'number') throw new ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY();
    return out(r, outputEncoding);
  }

  generateKeys(encoding, format) {
    const r = binding.keyGenerate('ec', this.#curve, 'named');
    if (typeof r === 'number') throw opensslError();
    this.#key = r;
    return this.getPublicKey(encoding, format);
  }

  computeSecret(otherPublicKey, inputEncoding, outputEncoding) {
    const other = keyBytes(otherPublicKey, inputEncoding, 'key');
    const peer = binding.keyFromComponents('ec', this.#curve, [other, null], false);
    if (typeof peer === 'number') throw new ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY();
    if (this.#key === null) {
      throw new ERR_CRYPTO_OPERATION_FAILED('Failed to compute ECDH key');
    }
    const r = binding.deriveSecret(this.#key, peer);
    if (typeof r === 'number') throw opensslError();
    return out(r, outputEncoding);
  }

  getPublicKey(encoding, format) {
    if (this.#key === null) {
      throw new ERR_CRYPTO_OPERATION_FAILED('Failed to get ECDH public key');
    }
    const [x, y] = binding.keyComponents(this.#key, false);
    const point = new Uint8Array(1 + x.length + y.length);
    point[0] = 4;
    point.set(x, 1);
    point.set(y, 1 + x.length);
    const form = pointForm(format);
    return out(form === 4 ? point : binding.ecPointConvert(this.#curve, point, form), encoding);
  }

  getPrivateKey(encoding) {
    if (this.#key === null) {
      throw new ERR_CRYPTO_OPERATION_FAILED('Failed to get ECDH private key');
    }
    return out(binding.keyComponents(this.#key, true)[2], encoding);
  }

  setPrivateKey(privateKey, encoding) {
    const d = keyBytes(privateKey, encoding, 'key');
    const r = binding.keyFromComponents('ec', this.#curve, [null, d], true);
    if (typeof r === 'number') {
      throw withMessage(new ERR_CRYPTO_INVALID_KEYTYPE(), 'Private key is not valid for ' +
        'specified curve.');
    }
    this.#key = r;
    return this;
  }

  setPublicKey(publicKey, encoding) {
    // Deprecated in Node (DEP0031); a public key alone cannot compute a secret.
    const bytes = keyBytes(publicKey, encoding, 'key');
    const r = binding.keyFromComponents('ec', this.#curve, [bytes, null], false);
    if (typeof r === 'number') throw new ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY();
    return this;
  }
}

// ---- diffieHellman({ privateKey, publicKey }) ----

function diffieHellman(options, callback) {
  validateObject(options, 'options');
  if (callback !== undefined) validateFunction(callback, 'callback');
  const { privateKey, publicKey } = options;
  if (!(privateKey instanceof KeyObject)) {
    throw new ERR_INVALID_ARG_VALUE('options.privateKey', privateKey);
  }
  if (!(publicKey instanceof KeyObject)) {
    throw new ERR_INVALID_ARG_VALUE('options.publicKey', publicKey);
  }
  if (privateKey.type !== 'private') {
    throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(privateKey.type, 'private');
  }
  if (publicKey.type !== 'public' && publicKey.type !== 'private') {
    throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(publicKey.type, 'private or public');
  }
  const privateType = privateKey.asymmetricKeyType;
  const publicType = publicKey.asymmetricKeyType;
  if (privateType !== publicType || !['dh', 'ec', 'x448', 'x25519'].includes(privateType)) {
    throw new ERR_CRYPTO_INCOMPATIBLE_KEY('key types for Diffie-Hellman',
      `${privateType} and ${publicType}`);
  }
  const compute = () => {
    const r = binding.deriveSecret(keyHandle(privateKey), keyHandle(publicKey));
    if (typeof r === 'number') throw opensslError();
    return Buffer.from(r.buffer, r.byteOffset, r.byteLength);
  };
  if (callback === undefined) return compute();
  let result;
  let error = null;
  try {
    result = compute();
  } catch (err) {
    error = err;
  }
  process.nextTick(callback, error, result);
}

// ---- Primes ----

const kCandidateTypes = ['bigint', 'ArrayBuffer', 'TypedArray', 'Buffer', 'DataView'];

function bigintToBytes(n) {
  let hex = n.toString(16);
  if (hex.length % 2) hex = '0' + hex;
  return Buffer.from(hex, 'hex');
}

function candidateBytes(candidate) {
  if (typeof candidate === 'bigint') {
    if (candidate < 0n) {
      throw new ERR_OUT_OF_RANGE('candidate', '>= 0', candidate);
    }
    return bigintToBytes(candidate);
  }
  if (isArrayBufferView(candidate)) {
    return new Uint8Array(candidate.buffer, candidate.byteOffset, candidate.byteLength);
  }
  if (isAnyArrayBuffer(candidate)) return new Uint8Array(candidate);
  throw new ERR_INVALID_ARG_TYPE('candidate', kCandidateTypes, candidate);
}

function checkPrimeOptions(options) {
  validateObject(options, 'options');
  const { checks = 0 } = options;
  validateUint32(checks, 'options.checks');
  return checks;
}

function checkPrimeSync(candidate, options = {}) {
  const bytes = candidateBytes(candidate);
  checkPrimeOptions(options);
  const r = binding.checkPrime(bytes);
  if (typeof r === 'number') throw opensslError();
  return r;
}

function checkPrime(candidate, options = {}, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  const bytes = candidateBytes(candidate);
  checkPrimeOptions(options);
  validateFunction(callback, 'callback');
  binding.checkPrime(bytes, 0, {
    oncomplete(status, result) {
      if (status !== 0) callback(opensslError());
      else callback(undefined, result);
    },
  });
}

function bigintOption(value, name) {
  if (value === undefined) return null;
  if (typeof value === 'bigint') return bigintToBytes(value);
  if (isArrayBufferView(value)) {
    return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  }
  if (isAnyArrayBuffer(value)) return new Uint8Array(value);
  throw new ERR_INVALID_ARG_TYPE(name, ['ArrayBuffer', 'TypedArray', 'Buffer', 'DataView',
    'bigint'], value);
}

function bytesToBigInt(u8) {
  return BigInt('0x' + (Buffer.from(u8.buffer, u8.byteOffset, u8.byteLength).toString('hex') ||
    '0'));
}

function primeArgs(size, options) {
  validateInt32(size, 'size', 1);
  validateObject(options, 'options');
  const { safe = false, bigint = false } = options;
  validateBoolean(safe, 'options.safe');
  validateBoolean(bigint, 'options.bigint');
  const add = bigintOption(options.add, 'options.add');
  const rem = bigintOption(options.rem, 'options.rem');
  if (add !== null) {
    const addValue = bytesToBigInt(add);
    // OpenSSL needs add to fit in the prime and rem below add.
    if (addValue === 0n || bytesToBigInt(add).toString(2).length > size) {
      throw withMessage(new ERR_OUT_OF_RANGE('options.add', 'valid', add), 'invalid options.add');
    }
    if (rem !== null && bytesToBigInt(rem) >= addValue) {
      throw withMessage(new ERR_OUT_OF_RANGE('options.rem', 'valid', rem), 'invalid options.rem');
    }
  }
  return { safe, bigint, add, rem: add === null ? null : rem };
}

function primeResult(u8, bigint) {
  if (bigint) return bytesToBigInt(u8);
  return u8.buffer.slice(u8.byteOffset, u8.byteOffset + u8.byteLength);
}

function generatePrimeSync(size, options = {}) {
  const { safe, bigint, add, rem } = primeArgs(size, options);
  const r = binding.generatePrime(size, safe, add, rem);
  if (typeof r === 'number') throw opensslError();
  return primeResult(r, bigint);
}

function generatePrime(size, options = {}, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  validateFunction(callback, 'callback');
  const { safe, bigint, add, rem } = primeArgs(size, options);
  binding.generatePrime(size, safe, add, rem, {
    oncomplete(status, result) {
      if (status !== 0) callback(opensslError());
      else callback(undefined, primeResult(result, bigint));
    },
  });
}

// Node's constructors here are callable without `new`.
function callable(Class) {
  function Ctor(...args) {
    return new Class(...args);
  }
  Object.defineProperty(Ctor, 'name', { __proto__: null, value: Class.name });
  Ctor.prototype = Class.prototype;
  Object.defineProperty(Class.prototype, 'constructor', {
    __proto__: null, value: Ctor, writable: true, configurable: true,
  });
  for (const key of Object.getOwnPropertyNames(Class)) {
    if (!['length', 'name', 'prototype'].includes(key)) {
      Object.defineProperty(Ctor, key, Object.getOwnPropertyDescriptor(Class, key));
    }
  }
  return Ctor;
}

module.exports = {
  DiffieHellman: callable(DiffieHellman),
  DiffieHellmanGroup: callable(DiffieHellmanGroup),
  ECDH: callable(ECDH),
  createDiffieHellman: (...args) => new DiffieHellman(...args),
  createDiffieHellmanGroup: (name) => new DiffieHellmanGroup(name),
  getDiffieHellman: (name) => new DiffieHellmanGroup(name),
  createECDH: (curve) => new ECDH(curve),
  diffieHellman,
  checkPrime,
  checkPrimeSync,
  generatePrime,
  generatePrimeSync,
};
