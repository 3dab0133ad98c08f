'use strict';
// Signatures (sign/verify one-shot, Sign/Verify streams) and RSA encryption
// (publicEncrypt, privateDecrypt, privateEncrypt, publicDecrypt) over binding.sign,
// binding.verify and binding.pkeyCrypt (src/bindings/crypto_pkey.c). Sign and Verify hash
// as data comes in and sign the digest; the one-shot forms hand the whole message to
// OpenSSL (Ed25519 and Ed448 need that), on the thread pool when given a callback.

const {
  binding, toData, toBytes, digestId, digestOutput, opensslError, encodeBytes, bytesOf,
  E_UNKNOWN,
} = require('internal/crypto/util');
const { preparePublicOrPrivateKey } = require('internal/crypto/keys');
const { Writable } = require('stream');
const { isArrayBufferView, isAnyArrayBuffer } = require('internal/util/types');
const { validateString, validateFunction } = require('internal/validators');
const { Buffer } = require('buffer');
const { codes: {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_CRYPTO_SIGN_KEY_REQUIRED,
  ERR_CRYPTO_INVALID_DIGEST, ERR_CRYPTO_INVALID_STATE, ERR_CRYPTO_UNSUPPORTED_OPERATION,
} } = require('internal/errors');

const RSA_PKCS1_PADDING = 1;
const RSA_PKCS1_OAEP_PADDING = 4;
const kSignatureTypes = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];

function withMessage(err, message) {
  err.message = message;
  return err;
}

// padding, saltLength and dsaEncoding of a key argument given as an object.
function signOptions(key) {
  let padding = -1;
  let saltLength = NaN;
  let dsaEncoding = 0;
  if (typeof key === 'object' && key !== null && !isArrayBufferView(key) &&
      !isAnyArrayBuffer(key)) {
    if (key.padding !== undefined) {
      if (!Number.isInteger(key.padding) || key.padding !== (key.padding | 0)) {
        throw new ERR_INVALID_ARG_VALUE('options.padding', key.padding);
      }
      padding = key.padding;
    }
    if (key.saltLength !== undefined) {
      if (!Number.isInteger(key.saltLength) || key.saltLength !== (key.saltLength | 0)) {
        throw new ERR_INVALID_ARG_VALUE('options.saltLength', key.saltLength);
      }
      saltLength = key.saltLength;
    }
    if (key.dsaEncoding !== undefined) {
      if (key.dsaEncoding === 'ieee-p1363') dsaEncoding = 1;
      else if (key.dsaEncoding !== 'der') {
        throw new ERR_INVALID_ARG_VALUE('options.dsaEncoding', key.dsaEncoding);
      }
    }
  }
  return { padding, saltLength, dsaEncoding };
}

function digestArg(algorithm) {
  if (algorithm === null || algorithm === undefined) return null;
  validateString(algorithm, 'algorithm');
  const id = digestId(algorithm);
  if (typeof id !== 'number') throw new ERR_CRYPTO_INVALID_DIGEST(algorithm);
  return id;
}

function signatureBytes(signature, encoding) {
  if (typeof signature === 'string') return Buffer.from(signature, encoding ?? 'utf8');
  if (isArrayBufferView(signature)) return bytesOf(signature);
  if (isAnyArrayBuffer(signature)) return new Uint8Array(signature);
  throw new ERR_INVALID_ARG_TYPE('signature', kSignatureTypes, signature);
}

function dataBytes(data) {
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  if (isArrayBufferView(data)) return bytesOf(data);
  throw new ERR_INVALID_ARG_TYPE('data', ['Buffer', 'TypedArray', 'DataView'], data);
}

function sign(algorithm, data, key, callback) {
  const md = digestArg(algorithm);
  const bytes = dataBytes(data);
  if (key === undefined || key === null) throw new ERR_CRYPTO_SIGN_KEY_REQUIRED();
  if (callback !== undefined) validateFunction(callback, 'callback');
  const { padding, saltLength, dsaEncoding } = signOptions(key);
  const handle = preparePublicOrPrivateKey(key, 'key', false);
  if (callback === undefined) {
    const r = binding.sign(handle, md, bytes, padding, saltLength, dsaEncoding, false);
    if (typeof r === 'number') throw opensslError();
    return encodeBytes(r);
  }
  binding.sign(handle, md, bytes, padding, saltLength, dsaEncoding, false, {
    oncomplete(status, sig) {
      if (status !== 0) callback(opensslError());
      else callback(null, encodeBytes(sig));
    },
  });
}

function verify(algorithm, data, key, signature, callback) {
  const md = digestArg(algorithm);
  const bytes = dataBytes(data);
  if (key === undefined || key === null) throw new ERR_CRYPTO_SIGN_KEY_REQUIRED();
  const sig = signatureBytes(signature);
  if (callback !== undefined) validateFunction(callback, 'callback');
  const { padding, saltLength, dsaEncoding } = signOptions(key);
  const handle = preparePublicOrPrivateKey(key, 'key', true);
  if (callback === undefined) {
    const r = binding.verify(handle, md, bytes, sig, padding, saltLength, dsaEncoding, false);
    if (typeof r === 'number') throw opensslError();
    return r;
  }
  binding.verify(handle, md, bytes, sig, padding, saltLength, dsaEncoding, false, {
    oncomplete(status, ok) {
      if (status !== 0) callback(opensslError());
      else callback(null, ok);
    },
  });
}

// What Sign and Verify share: the running hash of the data written so far.
class SignBase extends Writable {
  #hash;
  #md;

  constructor(algorithm, options) {
    validateString(algorithm, 'algorithm');
    super(options);
    const md = digestId(algorithm);
    const hash = binding.hashCreate(md, -1);
    if (typeof hash === 'number') {
      throw withMessage(new ERR_CRYPTO_INVALID_DIGEST(algorithm), 'Invalid digest');
    }
    this.#hash = hash;
    this.#md = md;
  }

  _write(chunk, encoding, callback) {
    this.update(chunk, encoding);
    callback();
  }

  update(data, encoding) {
    if (this.#hash === null) {
      throw withMessage(new ERR_CRYPTO_INVALID_STATE('update'), 'Not initialised');
    }
    binding.update(this.#hash, toData(data, encoding));
    return this;
  }

  // The digest of everything written, or throws if it was already taken.
  finishDigest() {
    if (this.#hash === null) {
      throw withMessage(new ERR_CRYPTO_INVALID_STATE('sign'), 'Not initialised');
    }
    const r = this.#hash.digest();
    this.#hash = null;
    if (typeof r === 'number' && r < 0) throw opensslError();
    return digestOutput(r);
  }

  get digestAlgorithm() {
    return this.#md;
  }
}

function checkSignKeyType(handle) {
  const type = binding.keyInfo(handle)[0];
  if (type === 'ed25519' || type === 'ed448' || type === 'x25519' || type === 'x448') {
    throw new ERR_CRYPTO_UNSUPPORTED_OPERATION();
  }
}

class Sign extends SignBase {
  sign(privateKey, outputEncoding) {
    if (privateKey === undefined || privateKey === null) throw new ERR_CRYPTO_SIGN_KEY_REQUIRED();
    const { padding, saltLength, dsaEncoding } = signOptions(privateKey);
    const handle = preparePublicOrPrivateKey(privateKey, 'privateKey', false);
    checkSignKeyType(handle);
    const digest = this.finishDigest();
    const r = binding.sign(handle, this.digestAlgorithm, digest, padding, saltLength,
      dsaEncoding, true);
    if (typeof r === 'number') throw opensslError();
    return encodeBytes(r, outputEncoding);
  }
}

class Verify extends SignBase {
  verify(object, signature, sigEncoding) {
    if (object === undefined || object === null) throw new ERR_CRYPTO_SIGN_KEY_REQUIRED();
    const sig = signatureBytes(signature, sigEncoding);
    const { padding, saltLength, dsaEncoding } = signOptions(object);
    const handle = preparePublicOrPrivateKey(object, 'object', true);
    checkSignKeyType(handle);
    const digest = this.finishDigest();
    const r = binding.verify(handle, this.digestAlgorithm, digest, sig, padding, saltLength,
      dsaEncoding, true);
    if (typeof r === 'number') throw opensslError();
    return r;
  }
}

// Sign and Verify are callable without `new`, as in Node.
function makeCallable(Class) {
  function Ctor(algorithm, options) {
    return new Class(algorithm, options);
  }
  Object.defineProperty(Ctor, 'name', { __proto__: null, value: Class.name });
  Ctor.prototype = Class.prototype;
  Object.defineProperty(Class.prototype, 'constructor', {
    __proto__: null, value: Ctor, writable: true, configurable: true,
  });
  Object.setPrototypeOf(Ctor, Writable);
  return Ctor;
}

const SignCtor = makeCallable(Sign);
const VerifyCtor = makeCallable(Verify);

function createSign(algorithm, options) {
  return new Sign(algorithm, options);
}

function createVerify(algorithm, options) {
  return new Verify(algorithm, options);
}

// ---- RSA encryption ----

function rsaCrypt(op, key, buffer, defaultPadding, isPublic) {
  const handle = preparePublicOrPrivateKey(key, 'key', isPublic);
  let padding = defaultPadding;
  let oaepHash = null;
  let label = null;
  if (typeof key === 'object' && key !== null && !isArrayBufferView(key) &&
      !isAnyArrayBuffer(key)) {
    if (key.padding !== undefined) padding = typeof key.padding === 'number' ? key.padding : 0x7fff;
    if (key.oaepHash !== undefined) {
      validateString(key.oaepHash, 'key.oaepHash');
      oaepHash = digestId(key.oaepHash);
      if (typeof oaepHash !== 'number') {
        const err = new Error('Invalid digest used');
        err.code = 'ERR_OSSL_EVP_INVALID_DIGEST';
        throw err;
      }
    }
    if (key.oaepLabel !== undefined) {
      label = toBytes(key.oaepLabel, 'key.oaepLabel', 'utf8', kSignatureTypes);
    }
  }
  const data = typeof buffer === 'string' ? Buffer.from(buffer, key?.encoding ?? 'utf8') :
    toBytes(buffer, 'buffer', 'utf8', kSignatureTypes);
  const r = binding.pkeyCrypt(op, handle, data, padding, oaepHash, label);
  if (typeof r === 'number') {
    if (r === E_UNKNOWN) throw new ERR_CRYPTO_INVALID_DIGEST(key.oaepHash);
    throw opensslError();
  }
  return encodeBytes(r);
}

function publicEncrypt(key, buffer) {
  return rsaCrypt(0, key, buffer, RSA_PKCS1_OAEP_PADDING, true);
}

function privateDecrypt(key, buffer) {
  return rsaCrypt(1, key, buffer, RSA_PKCS1_OAEP_PADDING, false);
}

function privateEncrypt(key, buffer) {
  return rsaCrypt(2, key, buffer, RSA_PKCS1_PADDING, false);
}

function publicDecrypt(key, buffer) {
  return rsaCrypt(3, key, buffer, RSA_PKCS1_PADDING, true);
}

module.exports = {
  sign, verify, Sign: SignCtor, Verify: VerifyCtor, createSign, createVerify,
  publicEncrypt, privateDecrypt, privateEncrypt, publicDecrypt,
};
