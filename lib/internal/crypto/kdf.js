'use strict';
// pbkdf2, scrypt and hkdf: validated here, derived by OpenSSL in the binding, on the thread
// pool for the callback forms.

const {
  binding, toBytes, asBuffer, opensslError, opensslMessage, E_UNKNOWN, E_OPENSSL, E_KEYLEN,
} = require('internal/crypto/util');
const {
  validateString, validateInt32, validateUint32, validateInteger, validateFunction,
  validateObject,
} = require('internal/validators');
const { codes: {
  ERR_CRYPTO_INVALID_DIGEST, ERR_CRYPTO_INVALID_KEYLEN, ERR_CRYPTO_INVALID_SCRYPT_PARAMS,
  ERR_INCOMPATIBLE_OPTION_PAIR, ERR_OUT_OF_RANGE,
} } = require('internal/errors');

// Runs binding function `fn` with args, now (returning its Uint8Array) or, with callback,
// on the thread pool, calling callback(err, wrap(bytes)).
function run(fn, args, callback, wrap, failure) {
  if (callback === undefined) {
    const r = fn(...args);
    if (typeof r === 'number') throw failure(r);
    return wrap(r);
  }
  const req = { oncomplete: undefined };
  req.oncomplete = (status, bytes) => {
    if (status < 0) callback(failure(status));
    else callback(null, wrap(bytes));
  };
  const r = fn(...args, req);
  // Argument failures are reported at once, like a synchronous call.
  if (typeof r === 'number') throw failure(r);
}

// run(), except that an empty key (keylen 0), which OpenSSL does not derive, is Node's
// 'Deriving bits failed': thrown, or passed to callback on the next tick.
function runKeylen(fn, args, keylen, callback, wrap, failure) {
  if (keylen !== 0) return run(fn, args, callback, wrap, failure);
  const err = new Error('Deriving bits failed');
  if (callback === undefined) throw err;
  process.nextTick(callback, err);
}

function pbkdf2Args(password, salt, iterations, keylen, digest) {
  password = toBytes(password, 'password');
  salt = toBytes(salt, 'salt');
  validateInt32(iterations, 'iterations', 1);
  validateInt32(keylen, 'keylen', 0);
  validateString(digest, 'digest');
  if (binding.digestInfo(digest) === undefined) throw new ERR_CRYPTO_INVALID_DIGEST(digest);
  return [password, salt, iterations, keylen, digest];
}

function pbkdf2Failure() {
  return opensslError('PBKDF2 error');
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined;
  }
  const args = pbkdf2Args(password, salt, iterations, keylen, digest);
  validateFunction(callback, 'callback');
  runKeylen(binding.pbkdf2, args, keylen, callback, asBuffer, pbkdf2Failure);
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  const args = pbkdf2Args(password, salt, iterations, keylen, digest);
  return runKeylen(binding.pbkdf2, args, keylen, undefined, asBuffer, pbkdf2Failure);
}

const kScryptDefaults = { N: 16384, r: 8, p: 1, maxmem: 32 << 20 };

// Returns [N, r, p, maxmem] from scrypt's options (each has a long name too).
function scryptParams(options) {
  if (options === undefined || options === null) {
    return [kScryptDefaults.N, kScryptDefaults.r, kScryptDefaults.p, kScryptDefaults.maxmem];
  }
  validateObject(options, 'options');
  const pick = (short, long, dflt) => {
    const a = options[short];
    const b = options[long];
    if (a !== undefined && b !== undefined) throw new ERR_INCOMPATIBLE_OPTION_PAIR(short, long);
    if (a !== undefined) {
      validateUint32(a, short);
      return a;
    }
    if (b !== undefined) {
      validateUint32(b, long);
      return b;
    }
    return dflt;
  };
  const N = pick('N', 'cost', kScryptDefaults.N);
  const r = pick('r', 'blockSize', kScryptDefaults.r);
  const p = pick('p', 'parallelization', kScryptDefaults.p);
  let { maxmem } = options;
  if (maxmem === undefined) {
    maxmem = kScryptDefaults.maxmem;
  } else {
    validateInteger(maxmem, 'maxmem', 0);
  }
  if (binding.scryptCheck(N, r, p, maxmem) !== 0) {
    throw new ERR_CRYPTO_INVALID_SCRYPT_PARAMS(opensslMessage());
  }
  return [N, r, p, maxmem];
}

function scryptArgs(password, salt, keylen, options) {
  password = toBytes(password, 'password');
  salt = toBytes(salt, 'salt');
  validateInt32(keylen, 'keylen', 0);
  return [password, salt, keylen, ...scryptParams(options)];
}

function scryptFailure() {
  return opensslError('Scrypt failed');
}

function scrypt(password, salt, keylen, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  const args = scryptArgs(password, salt, keylen, options);
  validateFunction(callback, 'callback');
  run(binding.scrypt, args, callback, asBuffer, scryptFailure);
}

function scryptSync(password, salt, keylen, options) {
  return run(binding.scrypt, scryptArgs(password, salt, keylen, options), undefined, asBuffer,
    scryptFailure);
}

function hkdfKey(key) {
  if (key !== null && typeof key === 'object' && !ArrayBuffer.isView(key) &&
      !(key instanceof ArrayBuffer)) {
    const { secretKeyBytes } = require('internal/crypto/keys');
    const bytes = secretKeyBytes(key);
    if (bytes !== undefined) return bytes;
  }
  return toBytes(key, 'ikm', 'utf8',
    ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject']);
}

function hkdfArgs(digest, key, salt, info, keylen) {
  validateString(digest, 'digest');
  key = hkdfKey(key);
  salt = toBytes(salt, 'salt');
  info = toBytes(info, 'info');
  validateInteger(keylen, 'length', 0, 2 ** 31 - 1);
  if (info.byteLength > 1024) {
    throw new ERR_OUT_OF_RANGE('info', 'must not contain more than 1024 bytes',
      info.byteLength);
  }
  const size = binding.digestInfo(digest)?.[0];
  if (size === undefined) throw new ERR_CRYPTO_INVALID_DIGEST(digest);
  if (keylen > 255 * size) throw new ERR_CRYPTO_INVALID_KEYLEN();
  return [digest, key, salt, info, keylen];
}

function hkdfFailure(r) {
  if (r === E_UNKNOWN) return new ERR_CRYPTO_INVALID_DIGEST('');
  if (r === E_KEYLEN) return new ERR_CRYPTO_INVALID_KEYLEN();
  if (r === E_OPENSSL) binding.lastError();
  return new Error('Deriving bits failed');
}

// The derived bytes as an ArrayBuffer (the binding's Uint8Array owns all of its buffer).
function toArrayBuffer(u8) {
  return u8.buffer;
}

function hkdf(digest, key, salt, info, keylen, callback) {
  const args = hkdfArgs(digest, key, salt, info, keylen);
  validateFunction(callback, 'callback');
  runKeylen(binding.hkdf, args, keylen, callback, toArrayBuffer, hkdfFailure);
}

function hkdfSync(digest, key, salt, info, keylen) {
  const args = hkdfArgs(digest, key, salt, info, keylen);
  return runKeylen(binding.hkdf, args, keylen, undefined, toArrayBuffer, hkdfFailure);
}

module.exports = { pbkdf2, pbkdf2Sync, scrypt, scryptSync, hkdf, hkdfSync };
