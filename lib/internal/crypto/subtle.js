'use strict';
// The operations of crypto.subtle (Web Crypto), built on node:crypto's KeyObjects, ciphers,
// signatures and KDFs. webcrypto.js checks the arguments' count and loads this module on the
// first call. Every entry point here runs inside an async method, so a throw becomes a
// rejection. Algorithm normalization follows the Web Crypto spec: names match
// case-insensitively, `hash` is a string or an object with a name.

const { Buffer } = require('buffer');
const { binding, bytesOf } = require('internal/crypto/util');
const { isArrayBufferView, isAnyArrayBuffer } = require('internal/util/types');
const {
  createSecretKey, createPublicKey, createPrivateKey, secretKeyBytes,
} = require('internal/crypto/keys');
const { makeCryptoKey, isCryptoKey, keyObjectOfCryptoKey } = require('internal/crypto/webcrypto_keys');
const { codes: {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_OPTION,
} } = require('internal/errors');

let lazyCrypto;
function nodeCrypto() {
  lazyCrypto ??= require('crypto');
  return lazyCrypto;
}

function domError(message, name) {
  const { DOMException } = require('internal/dom_exception');
  return new DOMException(message, name);
}
const kOpFailed = 'The operation failed for an operation-specific reason';
const operationError = (message = kOpFailed) => domError(message, 'OperationError');
const dataError = (message) => domError(message, 'DataError');
const syntaxError = (message) => domError(message, 'SyntaxError');
const notSupported = (message = 'Unrecognized algorithm name') =>
  domError(message, 'NotSupportedError');
const invalidAccess = (message) => domError(message, 'InvalidAccessError');

// ---- Algorithm registry ----

const kNames = [
  'RSASSA-PKCS1-v1_5', 'RSA-PSS', 'RSA-OAEP', 'ECDSA', 'ECDH', 'Ed25519', 'Ed448', 'X25519',
  'X448', 'AES-CTR', 'AES-CBC', 'AES-GCM', 'AES-KW', 'HMAC', 'PBKDF2', 'HKDF', 'SHA-1',
  'SHA-256', 'SHA-384', 'SHA-512',
];
const kCanonical = { __proto__: null };
for (const n of kNames) kCanonical[n.toLowerCase()] = n;

const kRsa = ['RSASSA-PKCS1-v1_5', 'RSA-PSS', 'RSA-OAEP'];
const kAes = ['AES-CTR', 'AES-CBC', 'AES-GCM', 'AES-KW'];
const kOkp = ['Ed25519', 'Ed448', 'X25519', 'X448'];
const kSupported = {
  __proto__: null,
  encrypt: ['RSA-OAEP', 'AES-CTR', 'AES-CBC', 'AES-GCM'],
  decrypt: ['RSA-OAEP', 'AES-CTR', 'AES-CBC', 'AES-GCM'],
  sign: ['RSASSA-PKCS1-v1_5', 'RSA-PSS', 'ECDSA', 'Ed25519', 'Ed448', 'HMAC'],
  verify: ['RSASSA-PKCS1-v1_5', 'RSA-PSS', 'ECDSA', 'Ed25519', 'Ed448', 'HMAC'],
  digest: ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512'],
  generateKey: [...kRsa, 'ECDSA', 'ECDH', ...kOkp, ...kAes, 'HMAC'],
  importKey: [...kRsa, 'ECDSA', 'ECDH', ...kOkp, ...kAes, 'HMAC', 'PBKDF2', 'HKDF'],
  deriveBits: ['ECDH', 'X25519', 'X448', 'HKDF', 'PBKDF2'],
  wrapKey: ['AES-KW'],
  unwrapKey: ['AES-KW'],
  'get key length': [...kAes, 'HMAC', 'HKDF', 'PBKDF2'],
};

// Required members of each operation's parameter dictionary, by algorithm.
function dictionaryOf(op, name) {
  const rsa = kRsa.includes(name);
  switch (op) {
    case 'generateKey':
      if (rsa) return ['RsaHashedKeyGenParams', ['modulusLength', 'publicExponent', 'hash']];
      if (name === 'ECDSA' || name === 'ECDH') return ['EcKeyGenParams', ['namedCurve']];
      if (kAes.includes(name)) return ['AesKeyGenParams', ['length']];
      if (name === 'HMAC') return ['HmacKeyGenParams', ['hash']];
      break;
    case 'importKey':
      if (rsa) return ['RsaHashedImportParams', ['hash']];
      if (name === 'ECDSA' || name === 'ECDH') return ['EcKeyImportParams', ['namedCurve']];
      if (name === 'HMAC') return ['HmacImportParams', ['hash']];
      break;
    case 'sign':
    case 'verify':
      if (name === 'ECDSA') return ['EcdsaParams', ['hash']];
      if (name === 'RSA-PSS') return ['RsaPssParams', ['saltLength']];
      break;
    case 'encrypt':
    case 'decrypt':
      if (name === 'AES-GCM') return ['AeadParams', ['iv']];
      if (name === 'AES-CBC') return ['AesCbcParams', ['iv']];
      if (name === 'AES-CTR') return ['AesCtrParams', ['counter', 'length']];
      break;
    case 'deriveBits':
      if (name === 'HKDF') return ['HkdfParams', ['hash', 'salt', 'info']];
      if (name === 'PBKDF2') return ['Pbkdf2Params', ['hash', 'salt', 'iterations']];
      if (name === 'ECDH' || name === 'X25519' || name === 'X448') {
        return ['EcdhKeyDeriveParams', ['public']];
      }
      break;
    case 'get key length':
      if (kAes.includes(name)) return ['AesDerivedKeyParams', ['length']];
      if (name === 'HMAC') return ['HmacImportParams', ['hash']];
      break;
  }
  return ['Algorithm', []];
}

const kBufferMembers = ['iv', 'counter', 'salt', 'info', 'label', 'additionalData',
  'publicExponent'];

function missingMember(dict, member) {
  const err = new ERR_MISSING_OPTION(member);
  err.message = `Failed to normalize algorithm: passed algorithm cannot be converted to '${dict}' ` +
    `because '${member}' is required in '${dict}'.`;
  return err;
}

// A copy of BufferSource `value` as a Uint8Array, or a TypeError naming `what`.
function bufferSourceCopy(value, member) {
  if (isArrayBufferView(value)) return new Uint8Array(bytesOf(value));
  if (isAnyArrayBuffer(value)) return new Uint8Array(value.slice(0));
  const err = new ERR_INVALID_ARG_TYPE(`algorithm.${member}`,
    ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], value);
  err.message = `Failed to normalize algorithm: ${member} in passed algorithm is not instance ` +
    'of ArrayBuffer, Buffer, TypedArray, or DataView.';
  throw err;
}

// Normalizes `algorithm` for operation `op` into a plain object with a canonical `name`,
// copies of its BufferSource members and a normalized `hash`.
function normalizeAlgorithm(algorithm, op) {
  let input;
  if (typeof algorithm === 'string') {
    input = { name: algorithm };
  } else if (typeof algorithm === 'object' && algorithm !== null) {
    input = algorithm;
    if (input.name === undefined) throw missingMember('Algorithm', 'name');
  } else {
    input = { name: String(algorithm) };
  }
  const name = kCanonical[String(input.name).toLowerCase()];
  if (name === undefined || !kSupported[op].includes(name)) throw notSupported();
  const [dict, required] = dictionaryOf(op, name);
  const out = { name };
  for (const member of required) {
    if (input[member] === undefined) throw missingMember(dict, member);
  }
  for (const key in input) {
    if (key === 'name') continue;
    const value = input[key];
    if (value === undefined) continue;
    if (kBufferMembers.includes(key)) {
      out[key] = bufferSourceCopy(value, key);
    } else if (key === 'hash') {
      try {
        out.hash = normalizeAlgorithm(value, 'digest');
      } catch (err) {
        if (err.name !== 'NotSupportedError') throw err;
        throw notSupported(`Only SHA hashes are supported in ${dict}`);
      }
    } else if (key === 'length' || key === 'modulusLength' || key === 'iterations' ||
               key === 'saltLength' || key === 'tagLength') {
      out[key] = value === null ? null : Number(value) >>> 0;
    } else {
      out[key] = value;
    }
  }
  if (kAes.includes(name) && (op === 'generateKey' || op === 'get key length')) {
    if (![128, 192, 256].includes(out.length)) {
      throw operationError('AES key length must be 128, 192, or 256 bits');
    }
  }
  return out;
}

// ---- Usages ----

const kUsageOrder = ['encrypt', 'decrypt', 'sign', 'verify', 'deriveKey', 'deriveBits',
  'wrapKey', 'unwrapKey'];

function checkUsagesArg(usages, method, position) {
  if (usages === null || typeof usages !== 'object' ||
      typeof usages[Symbol.iterator] !== 'function') {
    const err = new ERR_INVALID_ARG_TYPE('keyUsages', 'Array', usages);
    err.message = `Failed to execute '${method}' on 'SubtleCrypto': ${position} argument is ` +
      'not a sequence.';
    throw err;
  }
  const list = [];
  let i = 0;
  for (const u of usages) {
    const s = String(u);
    if (!kUsageOrder.includes(s)) {
      const err = new ERR_INVALID_ARG_VALUE('keyUsages', s);
      err.message = `Failed to execute '${method}' on 'SubtleCrypto': ${position} ` +
        `argument[${i}] '${s}' is not a valid enum value of type KeyUsage.`;
      throw err;
    }
    list.push(s);
    i++;
  }
  return list;
}

// The usages allowed for a key of `name` and `type`.
function allowedUsages(name, type) {
  if (name === 'AES-KW') return ['wrapKey', 'unwrapKey'];
  if (kAes.includes(name)) return ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'];
  if (name === 'HMAC') return ['sign', 'verify'];
  if (name === 'PBKDF2' || name === 'HKDF') return ['deriveKey', 'deriveBits'];
  if (name === 'RSA-OAEP') return type === 'public' ? ['encrypt', 'wrapKey'] : ['decrypt', 'unwrapKey'];
  if (name === 'ECDH' || name === 'X25519' || name === 'X448') {
    return type === 'public' ? [] : ['deriveKey', 'deriveBits'];
  }
  return type === 'public' ? ['verify'] : ['sign'];
}

// Usages in canonical order without duplicates, after checking each is allowed.
function keyUsages(name, type, usages, check = true) {
  const allowed = allowedUsages(name, type);
  if (check) {
    for (const u of usages) {
      if (!allowed.includes(u)) throw syntaxError(`Unsupported key usage for ${name} key`);
    }
  }
  return kUsageOrder.filter((u) => usages.includes(u) && allowed.includes(u));
}

// A CryptoKey; `imported` is true for importKey, unwrapKey and deriveKey, whose message for
// empty usages names the key type.
function newKey(keyObject, algorithm, extractable, usages, imported = false) {
  if (usages.length === 0 && keyObject.type !== 'public') {
    throw syntaxError(imported ?
      `Usages cannot be empty when importing a ${keyObject.type} key.` :
      'Usages cannot be empty when creating a key.');
  }
  return makeCryptoKey(keyObject, algorithm, Boolean(extractable), usages);
}

// ---- Helpers ----

const kHashOpenssl = {
  __proto__: null, 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512',
};
const kHashBlockBits = { __proto__: null, 'SHA-1': 512, 'SHA-256': 512, 'SHA-384': 1024, 'SHA-512': 1024 };
const kHashSuffix = { __proto__: null, 'SHA-1': '1', 'SHA-256': '256', 'SHA-384': '384', 'SHA-512': '512' };
const kCurves = { __proto__: null, 'P-256': 'prime256v1', 'P-384': 'secp384r1', 'P-521': 'secp521r1' };
const kCurveBytes = { __proto__: null, 'P-256': 32, 'P-384': 48, 'P-521': 66 };
const kCurveOfNode = { __proto__: null, prime256v1: 'P-256', secp384r1: 'P-384', secp521r1: 'P-521' };
const kOkpType = { __proto__: null, Ed25519: 'ed25519', Ed448: 'ed448', X25519: 'x25519', X448: 'x448' };
const kOkpBytes = { __proto__: null, Ed25519: 32, Ed448: 57, X25519: 32, X448: 56 };

function toArrayBuffer(u8) {
  return u8.buffer.slice(u8.byteOffset, u8.byteOffset + u8.byteLength);
}

function hashName(hash) {
  return { name: hash.name };
}

function exponentBytes(bigint) {
  let hex = bigint.toString(16);
  if (hex.length % 2) hex = '0' + hex;
  return new Uint8Array(Buffer.from(hex, 'hex'));
}

function exponentNumber(bytes) {
  let n = 0;
  for (const b of bytes) n = n * 256 + b;
  return n;
}

// Checks that `key` may be used for `usage` with algorithm `name`.
function checkKey(key, name, usage) {
  if (key.algorithm.name !== name) {
    throw invalidAccess('Key algorithm mismatch');
  }
  if (!key.usages.includes(usage)) throw invalidAccess(`Unable to use this key to ${usage}`);
}

function promiseOf(fn, ...args) {
  return new Promise((resolve, reject) => {
    fn(...args, (err, value) => (err ? reject(err) : resolve(value)));
  });
}

function generatePair(type, options) {
  return new Promise((resolve, reject) => {
    nodeCrypto().generateKeyPair(type, options, (err, publicKey, privateKey) => {
      if (err) reject(operationError());
      else resolve({ publicKey, privateKey });
    });
  });
}

// ---- generateKey ----

async function generateKey(algorithm, extractable, usagesArg) {
  const usagesIn = checkUsagesArg(usagesArg, 'generateKey', '3rd');
  const alg = normalizeAlgorithm(algorithm, 'generateKey');
  const { name } = alg;
  if (kAes.includes(name) || name === 'HMAC') {
    const usages = keyUsages(name, 'secret', usagesIn);
    let length = alg.length;
    if (name === 'HMAC') {
      if (length === undefined) length = kHashBlockBits[alg.hash.name];
      if (length === 0) throw operationError('Zero-length key is not supported');
    }
    const bytes = nodeCrypto().randomBytes(Math.ceil(length / 8));
    if (length % 8) bytes[bytes.length - 1] &= 0xff << (8 - (length % 8));
    const algo = name === 'HMAC' ? { name, length, hash: hashName(alg.hash) } : { name, length };
    return newKey(createSecretKey(bytes), algo, extractable, usages);
  }
  for (const u of usagesIn) {
    if (!allowedUsages(name, 'public').includes(u) && !allowedUsages(name, 'private').includes(u)) {
      throw syntaxError(`Unsupported key usage for ${name} key`);
    }
  }
  const pubUsages = keyUsages(name, 'public', usagesIn, false);
  const privUsages = keyUsages(name, 'private', usagesIn, false);
  let pair;
  let algo;
  if (kRsa.includes(name)) {
    const exp = exponentNumber(alg.publicExponent);
    if (alg.publicExponent.length > 4 || exp < 3 || exp % 2 === 0) {
      throw operationError('The operation failed for an operation-specific reason');
    }
    if (alg.modulusLength < 256 || alg.modulusLength > 16384) {
      throw operationError('The operation failed for an operation-specific reason');
    }
    pair = await generatePair('rsa',
      { modulusLength: alg.modulusLength, publicExponent: exp });
    algo = { name, modulusLength: alg.modulusLength,
      publicExponent: new Uint8Array(alg.publicExponent), hash: hashName(alg.hash) };
  } else if (name === 'ECDSA' || name === 'ECDH') {
    const curve = kCurves[alg.namedCurve];
    if (curve === undefined) throw notSupported('Unrecognized namedCurve');
    pair = await generatePair('ec', { namedCurve: curve });
    algo = { name, namedCurve: alg.namedCurve };
  } else {
    pair = await generatePair(kOkpType[name], {});
    algo = { name };
  }
  const privateKey = newKey(pair.privateKey, algo, extractable, privUsages);
  const publicKey = makeCryptoKey(pair.publicKey, { ...algo, ...(algo.publicExponent ?
    { publicExponent: new Uint8Array(algo.publicExponent) } : {}) }, true, pubUsages);
  return { publicKey, privateKey };
}

// ---- importKey ----

function jwkBytes(value, what) {
  if (typeof value !== 'string') throw dataError(`Invalid JWK "${what}" Parameter`);
  return Buffer.from(value, 'base64url');
}

function jwkAlgFor(alg, bits) {
  const { name } = alg;
  if (kAes.includes(name)) return `A${bits}${name.slice(4)}`;
  if (name === 'HMAC') return `HS${kHashSuffix[alg.hash.name]}`;
  if (name === 'RSASSA-PKCS1-v1_5') return `RS${kHashSuffix[alg.hash.name]}`;
  if (name === 'RSA-PSS') return `PS${kHashSuffix[alg.hash.name]}`;
  if (name === 'RSA-OAEP') {
    return alg.hash.name === 'SHA-1' ? 'RSA-OAEP' : `RSA-OAEP-${kHashSuffix[alg.hash.name]}`;
  }
  if (name === 'Ed25519' || name === 'Ed448') return name;
  return undefined;
}

function checkJwkCommon(jwk, alg, extractable, usages) {
  if (typeof jwk !== 'object' || jwk === null) throw dataError('Invalid keyData');
  if (usages.length > 0 && jwk.use !== undefined) {
    const want = ['sign', 'verify'].some((u) => usages.includes(u)) ? 'sig' : 'enc';
    if (jwk.use !== want) throw dataError('Invalid JWK "use" Parameter');
  }
  if (jwk.key_ops !== undefined) {
    if (!Array.isArray(jwk.key_ops)) throw dataError('Invalid JWK "key_ops" Parameter');
    for (const u of usages) {
      if (!jwk.key_ops.includes(u)) {
        throw dataError('Key operations and usage mismatch');
      }
    }
  }
  if (jwk.ext === false && extractable) {
    throw dataError('JWK "ext" Parameter and extractable mismatch');
  }
}

// keyData in `format` as a KeyObject for algorithm `alg`.
function parseKeyData(format, keyData, alg, extractable, usages) {
  const { name } = alg;
  const secret = kAes.includes(name) || name === 'HMAC' || name === 'PBKDF2' || name === 'HKDF';
  if (format === 'jwk') {
    if (name === 'PBKDF2' || name === 'HKDF') throw notSupported(`Unable to import ${name} key with format jwk`);
    checkJwkCommon(keyData, alg, extractable, usages);
    // Members are strings after Web IDL's JsonWebKey conversion; a missing one is bad data.
    if (keyData.kty === undefined) throw dataError('Invalid keyData');
    if (secret) {
      if (keyData.kty !== 'oct') throw dataError('Invalid JWK "kty" Parameter');
      if (keyData.k === undefined) throw dataError('Invalid keyData');
      const bytes = jwkBytes(String(keyData.k), 'k');
      if (keyData.alg !== undefined && keyData.alg !== jwkAlgFor(alg, bytes.length * 8)) {
        throw dataError('JWK "alg" does not match the requested algorithm');
      }
      return createSecretKey(bytes);
    }
    const kty = kRsa.includes(name) ? 'RSA' : name === 'ECDSA' || name === 'ECDH' ? 'EC' : 'OKP';
    if (keyData.kty !== kty) throw dataError('Invalid JWK "kty" Parameter');
    if (kty !== 'RSA' && keyData.crv === undefined) throw dataError('Invalid keyData');
    if (kty === 'RSA' && keyData.alg !== undefined && keyData.alg !== jwkAlgFor(alg)) {
      throw dataError('JWK "alg" does not match the requested algorithm');
    }
    if (kty === 'EC' && String(keyData.crv) !== alg.namedCurve) {
      throw dataError('JWK "crv" does not match the requested algorithm');
    }
    if (kty === 'OKP') {
      if (String(keyData.crv) !== name) throw dataError('JWK "crv" Parameter and algorithm name mismatch');
      if (keyData.alg !== undefined && keyData.alg !== name && !(name === 'Ed25519' && keyData.alg === 'EdDSA')) {
        throw dataError('JWK "alg" does not match the requested algorithm');
      }
    }
    try {
      return keyData.d !== undefined ? createPrivateKey({ key: keyData, format: 'jwk' }) :
        createPublicKey({ key: keyData, format: 'jwk' });
    } catch {
      throw dataError('Invalid keyData');
    }
  }
  const bytes = isArrayBufferView(keyData) ? Buffer.from(bytesOf(keyData)) :
    Buffer.from(new Uint8Array(keyData));
  if (format === 'raw') {
    if (secret) return createSecretKey(bytes);
    if (name === 'ECDSA' || name === 'ECDH') {
      const curve = kCurves[alg.namedCurve];
      if (curve === undefined) throw notSupported('Unrecognized namedCurve');
      const point = binding.ecPointConvert(curve, bytes, 4);
      if (typeof point === 'number') throw dataError('Invalid keyData');
      const size = kCurveBytes[alg.namedCurve];
      const p = Buffer.from(point);
      return createPublicKey({ key: { kty: 'EC', crv: alg.namedCurve,
        x: p.subarray(1, 1 + size).toString('base64url'),
        y: p.subarray(1 + size).toString('base64url') }, format: 'jwk' });
    }
    if (kOkp.includes(name)) {
      if (bytes.length !== kOkpBytes[name]) throw dataError('Invalid keyData');
      return createPublicKey({ key: { kty: 'OKP', crv: name, x: bytes.toString('base64url') },
        format: 'jwk' });
    }
    throw notSupported(`Unable to import ${name} key with format raw`);
  }
  if (secret) throw notSupported(`Unable to import ${name} key with format ${format}`);
  try {
    return format === 'spki' ? createPublicKey({ key: bytes, format: 'der', type: 'spki' }) :
      createPrivateKey({ key: bytes, format: 'der', type: 'pkcs8' });
  } catch {
    throw dataError('Invalid keyData');
  }
}

// A CryptoKey for `keyObject` with normalized algorithm `alg` (importKey, toCryptoKey).
function cryptoKeyFrom(keyObject, alg, extractable, usagesIn) {
  const { name } = alg;
  const type = keyObject.type;
  if (kAes.includes(name) || name === 'HMAC' || name === 'PBKDF2' || name === 'HKDF') {
    if (type !== 'secret') throw invalidAccess('Invalid key type');
    if ((name === 'PBKDF2' || name === 'HKDF') && extractable) {
      throw syntaxError(`${name} keys are not extractable`);
    }
    const usages = keyUsages(name, 'secret', usagesIn);
    const length = keyObject.symmetricKeySize * 8;
    if (kAes.includes(name)) {
      if (![128, 192, 256].includes(length)) throw dataError('Invalid key length');
      return newKey(keyObject, { name, length }, extractable, usages, true);
    }
    if (name === 'HMAC') {
      if (length === 0) throw dataError('Zero-length key is not supported');
      if (alg.length !== undefined && alg.length !== length) throw dataError('Invalid key length');
      return newKey(keyObject, { name, length, hash: hashName(alg.hash) }, extractable, usages, true);
    }
    if (extractable) throw syntaxError(`${name} keys are not extractable`);
    return newKey(keyObject, { name }, false, usages, true);
  }
  if (type === 'secret') throw invalidAccess('Invalid key type');
  const usages = keyUsages(name, type, usagesIn);
  const keyType = keyObject.asymmetricKeyType;
  if (kRsa.includes(name)) {
    if (keyType !== 'rsa' && !(keyType === 'rsa-pss' && name === 'RSA-PSS')) {
      throw dataError('Invalid key type');
    }
    const d = keyObject.asymmetricKeyDetails;
    return newKey(keyObject, { name, modulusLength: d.modulusLength,
      publicExponent: exponentBytes(d.publicExponent), hash: hashName(alg.hash) },
    extractable, usages, true);
  }
  if (name === 'ECDSA' || name === 'ECDH') {
    if (kCurves[alg.namedCurve] === undefined) throw notSupported('Unrecognized namedCurve');
    if (keyType !== 'ec') throw dataError('Invalid key type');
    if (kCurveOfNode[keyObject.asymmetricKeyDetails.namedCurve] !== alg.namedCurve) {
      throw dataError('Named curve mismatch');
    }
    return newKey(keyObject, { name, namedCurve: alg.namedCurve }, extractable, usages, true);
  }
  if (keyType !== kOkpType[name]) throw dataError('Invalid key type');
  return newKey(keyObject, { name }, extractable, usages, true);
}

const kFormats = ['raw', 'spki', 'pkcs8', 'jwk'];

function checkFormat(format, method) {
  if (!kFormats.includes(format)) {
    const err = new ERR_INVALID_ARG_VALUE('format', format);
    err.message = `Failed to execute '${method}' on 'SubtleCrypto': 1st argument '${format}' ` +
      'is not a valid enum value of type KeyFormat.';
    throw err;
  }
}

function checkBufferSource(value, method, position) {
  if (isArrayBufferView(value) || isAnyArrayBuffer(value)) return;
  const err = new ERR_INVALID_ARG_TYPE('data', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'],
    value);
  err.message = `Failed to execute '${method}' on 'SubtleCrypto': ${position} argument is not ` +
    'instance of ArrayBuffer, Buffer, TypedArray, or DataView.';
  throw err;
}

function checkCryptoKey(value, method, position) {
  if (isCryptoKey(value)) return;
  const err = new ERR_INVALID_ARG_TYPE('key', 'CryptoKey', value);
  err.message = `Failed to execute '${method}' on 'SubtleCrypto': ${position} argument is not ` +
    'of type CryptoKey.';
  throw err;
}

async function importKey(format, keyData, algorithm, extractable, keyUsagesArg) {
  format = String(format);
  checkFormat(format, 'importKey');
  if (format !== 'jwk') checkBufferSource(keyData, 'importKey', '2nd');
  else if (keyData === undefined || keyData === null) {
    keyData = {}; // Web IDL makes an empty dictionary of these
  } else if (typeof keyData !== 'object' && typeof keyData !== 'function') {
    const err = new ERR_INVALID_ARG_TYPE('keyData', 'object', keyData);
    err.message = "Failed to execute 'importKey' on 'SubtleCrypto': 2nd argument cannot be " +
      'converted to a dictionary';
    throw err;
  }
  const usages = checkUsagesArg(keyUsagesArg, 'importKey', '5th');
  const alg = normalizeAlgorithm(algorithm, 'importKey');
  const keyObject = parseKeyData(format, keyData, alg, extractable, usages);
  if (format === 'spki' && keyObject.type !== 'public') throw dataError('Invalid keyData');
  return cryptoKeyFrom(keyObject, alg, extractable, usages);
}

function toCryptoKey(keyObject, algorithm, extractable, usagesArg) {
  const usages = checkUsagesArg(usagesArg, 'importKey', '5th');
  const alg = normalizeAlgorithm(algorithm, 'importKey');
  return cryptoKeyFrom(keyObject, alg, extractable, usages);
}

// ---- exportKey ----

function exportJwkOf(key) {
  const ko = keyObjectOfCryptoKey(key);
  const alg = key.algorithm;
  const jwk = { key_ops: key.usages.slice(), ext: key.extractable };
  if (ko.type === 'secret') {
    if (alg.name === 'PBKDF2' || alg.name === 'HKDF') {
      throw notSupported(`Unable to export ${alg.name} secret key using jwk format`);
    }
    jwk.alg = jwkAlgFor(alg, ko.symmetricKeySize * 8);
    Object.assign(jwk, ko.export({ format: 'jwk' }));
    return jwk;
  }
  const body = ko.export({ format: 'jwk' });
  const a = jwkAlgFor(alg);
  if (a !== undefined) jwk.alg = a;
  return Object.assign(jwk, body);
}

function exportRaw(key) {
  const ko = keyObjectOfCryptoKey(key);
  const { name } = key.algorithm;
  if (ko.type === 'secret' && name !== 'PBKDF2' && name !== 'HKDF') {
    return toArrayBuffer(secretKeyBytes(ko));
  }
  if (ko.type === 'public' && (name === 'ECDSA' || name === 'ECDH')) {
    const { x, y } = ko.export({ format: 'jwk' });
    return toArrayBuffer(Buffer.concat([Buffer.of(4), Buffer.from(x, 'base64url'),
      Buffer.from(y, 'base64url')]));
  }
  if (ko.type === 'public' && kOkp.includes(name)) {
    return toArrayBuffer(Buffer.from(ko.export({ format: 'jwk' }).x, 'base64url'));
  }
  throw notSupported(`Unable to export ${name} ${ko.type} key using raw format`);
}

function exportKeySync(format, key) {
  const ko = keyObjectOfCryptoKey(key);
  if (!key.extractable) throw invalidAccess('key is not extractable');
  if (format === 'jwk') return exportJwkOf(key);
  if (format === 'raw') return exportRaw(key);
  const want = format === 'spki' ? 'public' : 'private';
  if (ko.type !== want) {
    throw notSupported(`Unable to export ${key.algorithm.name} ${ko.type} key using ${format} format`);
  }
  return toArrayBuffer(ko.export({ format: 'der', type: format }));
}

async function exportKey(format, key) {
  format = String(format);
  checkFormat(format, 'exportKey');
  checkCryptoKey(key, 'exportKey', '2nd');
  return exportKeySync(format, key);
}

// ---- sign / verify ----

function signArgs(alg, key) {
  const { name } = alg;
  const ko = keyObjectOfCryptoKey(key);
  if (name === 'ECDSA') {
    return [kHashOpenssl[alg.hash.name], { key: ko, dsaEncoding: 'ieee-p1363' }];
  }
  if (name === 'RSA-PSS') {
    return [kHashOpenssl[key.algorithm.hash.name], { key: ko, padding: 6,
      saltLength: alg.saltLength }];
  }
  if (name === 'RSASSA-PKCS1-v1_5') {
    return [kHashOpenssl[key.algorithm.hash.name], { key: ko, padding: 1 }];
  }
  return [null, ko];
}

async function signOrVerify(usage, algorithm, key, signature, data) {
  const alg = normalizeAlgorithm(algorithm, usage);
  const bytes = Buffer.from(bytesOf(isAnyArrayBuffer(data) ? new Uint8Array(data) : data));
  checkKey(key, alg.name, usage);
  const ko = keyObjectOfCryptoKey(key);
  if (alg.name === 'HMAC') {
    const mac = nodeCrypto().createHmac(kHashOpenssl[key.algorithm.hash.name], secretKeyBytes(ko))
      .update(bytes).digest();
    if (usage === 'sign') return toArrayBuffer(mac);
    return signature.byteLength === mac.length && binding.timingSafeEqual(mac, signature);
  }
  const [hash, keyArg] = signArgs(alg, key);
  if (usage === 'sign') {
    try {
      return toArrayBuffer(await promiseOf(nodeCrypto().sign, hash, bytes, keyArg));
    } catch {
      throw operationError();
    }
  }
  try {
    return await promiseOf(nodeCrypto().verify, hash, bytes, keyArg, Buffer.from(signature));
  } catch {
    return false;
  }
}

// ---- encrypt / decrypt ----

const kGcmTags = [32, 64, 96, 104, 112, 120, 128];

function runCipher(cipher, data) {
  return Buffer.concat([cipher.update(data), cipher.final()]);
}

function aesCtr(key, alg, data) {
  const { counter, length } = alg;
  if (counter.length !== 16) throw operationError('algorithm.counter must contain exactly 16 bytes');
  if (length === 0 || length > 128) {
    throw operationError('AES-CTR algorithm.length must be between 1 and 128');
  }
  const cipherName = `aes-${key.length * 8}-ctr`;
  const blocks = BigInt(Math.ceil(data.length / 16));
  const modulus = 1n << BigInt(length);
  if (blocks > modulus) throw operationError();
  const full = BigInt('0x' + Buffer.from(counter).toString('hex'));
  const low = full & (modulus - 1n);
  const crypto = nodeCrypto();
  if (low + blocks <= modulus) {
    return runCipher(crypto.createCipheriv(cipherName, key, counter), data);
  }
  // The counter's low `length` bits wrap: run up to the wrap, then from zero.
  const first = Number(modulus - low) * 16;
  const wrapped = full & ~(modulus - 1n);
  const iv2 = Buffer.from(wrapped.toString(16).padStart(32, '0'), 'hex');
  return Buffer.concat([
    runCipher(crypto.createCipheriv(cipherName, key, counter), data.subarray(0, first)),
    runCipher(crypto.createCipheriv(cipherName, key, iv2), data.subarray(first)),
  ]);
}

function cipherOp(usage, alg, key, data) {
  const ko = keyObjectOfCryptoKey(key);
  const crypto = nodeCrypto();
  const encrypt = usage === 'encrypt';
  if (alg.name === 'RSA-OAEP') {
    const opts = { key: ko, padding: 4, oaepHash: kHashOpenssl[key.algorithm.hash.name] };
    if (alg.label !== undefined && alg.label.length > 0) opts.oaepLabel = alg.label;
    try {
      return encrypt ? crypto.publicEncrypt(opts, data) : crypto.privateDecrypt(opts, data);
    } catch {
      throw operationError();
    }
  }
  const secret = Buffer.from(secretKeyBytes(ko));
  const bits = secret.length * 8;
  if (alg.name === 'AES-CTR') return aesCtr(secret, alg, data);
  if (alg.name === 'AES-CBC') {
    if (alg.iv.length !== 16) throw operationError('algorithm.iv must contain exactly 16 bytes');
    const make = encrypt ? crypto.createCipheriv : crypto.createDecipheriv;
    try {
      return runCipher(make(`aes-${bits}-cbc`, secret, alg.iv), data);
    } catch {
      throw operationError();
    }
  }
  // AES-GCM
  const tagLength = alg.tagLength ?? 128;
  if (!kGcmTags.includes(tagLength)) {
    throw operationError(`${tagLength} is not a valid AES-GCM tag length`);
  }
  if (alg.iv.length === 0) throw operationError('algorithm.iv must not be empty');
  const tagBytes = tagLength / 8;
  const name = `aes-${bits}-gcm`;
  if (encrypt) {
    const c = crypto.createCipheriv(name, secret, alg.iv, { authTagLength: tagBytes });
    if (alg.additionalData !== undefined) c.setAAD(alg.additionalData);
    const out = runCipher(c, data);
    return Buffer.concat([out, c.getAuthTag()]);
  }
  if (data.length < tagBytes) throw operationError('The provided data is too small.');
  try {
    const d = crypto.createDecipheriv(name, secret, alg.iv, { authTagLength: tagBytes });
    if (alg.additionalData !== undefined) d.setAAD(alg.additionalData);
    d.setAuthTag(data.subarray(data.length - tagBytes));
    return runCipher(d, data.subarray(0, data.length - tagBytes));
  } catch {
    throw operationError();
  }
}

async function encryptOrDecrypt(usage, algorithm, key, data) {
  const alg = normalizeAlgorithm(algorithm, usage);
  const bytes = Buffer.from(bytesOf(isAnyArrayBuffer(data) ? new Uint8Array(data) : data));
  checkKey(key, alg.name, usage);
  return toArrayBuffer(cipherOp(usage, alg, key, bytes));
}

// ---- deriveBits / deriveKey ----

async function deriveBitsOf(alg, key, length) {
  const ko = keyObjectOfCryptoKey(key);
  const crypto = nodeCrypto();
  if (alg.name === 'HKDF' || alg.name === 'PBKDF2') {
    if (length === null || length === undefined) throw operationError('length cannot be null');
    if (length % 8) throw operationError('length must be a multiple of 8');
    const secret = Buffer.from(secretKeyBytes(ko));
    const hash = kHashOpenssl[alg.hash.name];
    if (alg.name === 'HKDF') {
      if (length === 0) return new ArrayBuffer(0);
      try {
        return crypto.hkdfSync(hash, secret, alg.salt, alg.info, length / 8);
      } catch {
        throw operationError();
      }
    }
    if (alg.iterations === 0) throw operationError('iterations cannot be zero');
    if (length === 0) return new ArrayBuffer(0);
    const out = await promiseOf(crypto.pbkdf2, secret, alg.salt, alg.iterations, length / 8, hash);
    return toArrayBuffer(out);
  }
  // ECDH, X25519, X448
  const pub = alg.public;
  if (!isCryptoKey(pub)) {
    throw new ERR_INVALID_ARG_TYPE('algorithm.public', 'CryptoKey', pub);
  }
  if (pub.type !== 'public') throw invalidAccess('algorithm.public must be a public key');
  if (key.type !== 'private') throw invalidAccess('baseKey must be a private key');
  if (pub.algorithm.name !== alg.name) {
    throw invalidAccess('The public and private keys must be of the same type');
  }
  if (alg.name === 'ECDH' && pub.algorithm.namedCurve !== key.algorithm.namedCurve) {
    throw invalidAccess('Named curve mismatch');
  }
  let secret;
  try {
    secret = crypto.diffieHellman({ privateKey: ko, publicKey: keyObjectOfCryptoKey(pub) });
  } catch {
    throw operationError();
  }
  if (length === null || length === undefined) return toArrayBuffer(secret);
  if (length > secret.length * 8) throw operationError('derived bit length is too small');
  const out = Buffer.from(secret.subarray(0, Math.ceil(length / 8)));
  if (length % 8) out[out.length - 1] &= 0xff << (8 - (length % 8));
  return toArrayBuffer(out);
}

async function deriveBits(algorithm, baseKey, length) {
  const alg = normalizeAlgorithm(algorithm, 'deriveBits');
  if (length !== null && length !== undefined) length = Number(length) >>> 0;
  checkKey(baseKey, alg.name, 'deriveBits');
  return deriveBitsOf(alg, baseKey, length);
}

async function deriveKey(algorithm, baseKey, derivedKeyAlgorithm, extractable, usagesArg) {
  const alg = normalizeAlgorithm(algorithm, 'deriveBits');
  const lengthAlg = normalizeAlgorithm(derivedKeyAlgorithm, 'get key length');
  const importAlg = normalizeAlgorithm(derivedKeyAlgorithm, 'importKey');
  const usages = checkUsagesArg(usagesArg, 'deriveKey', '5th');
  checkKey(baseKey, alg.name, 'deriveKey');
  let length = null;
  if (kAes.includes(lengthAlg.name)) length = lengthAlg.length;
  else if (lengthAlg.name === 'HMAC') length = lengthAlg.length ?? kHashBlockBits[lengthAlg.hash.name];
  const bits = await deriveBitsOf(alg, baseKey, length);
  const keyObject = createSecretKey(new Uint8Array(bits));
  return cryptoKeyFrom(keyObject, importAlg, extractable, usages);
}

// ---- wrapKey / unwrapKey ----

const kKwIv = Buffer.from('a6a6a6a6a6a6a6a6', 'hex');

function aesKw(encrypt, key, data) {
  const secret = Buffer.from(secretKeyBytes(keyObjectOfCryptoKey(key)));
  if (data.length % 8 || data.length < (encrypt ? 16 : 24)) throw operationError();
  const crypto = nodeCrypto();
  const make = encrypt ? crypto.createCipheriv : crypto.createDecipheriv;
  try {
    return runCipher(make(`id-aes${secret.length * 8}-wrap`, secret, kKwIv), data);
  } catch {
    throw operationError();
  }
}

function wrapAlgorithm(algorithm, op) {
  try {
    return [normalizeAlgorithm(algorithm, op), true];
  } catch (err) {
    if (err.name !== 'NotSupportedError') throw err;
    return [normalizeAlgorithm(algorithm, op === 'wrapKey' ? 'encrypt' : 'decrypt'), false];
  }
}

async function wrapKey(format, key, wrappingKey, wrapAlg) {
  format = String(format);
  checkFormat(format, 'wrapKey');
  checkCryptoKey(key, 'wrapKey', '2nd');
  checkCryptoKey(wrappingKey, 'wrapKey', '3rd');
  const [alg, isKw] = wrapAlgorithm(wrapAlg, 'wrapKey');
  checkKey(wrappingKey, alg.name, 'wrapKey');
  const exported = exportKeySync(format, key);
  let bytes = format === 'jwk' ? Buffer.from(JSON.stringify(exported)) :
    Buffer.from(new Uint8Array(exported));
  if (isKw && format === 'jwk' && bytes.length % 8) {
    // AES-KW takes whole 8-byte blocks: pad the JSON with spaces (JSON.parse ignores them).
    bytes = Buffer.concat([bytes, Buffer.alloc(8 - (bytes.length % 8), 0x20)]);
  }
  if (isKw) return toArrayBuffer(aesKw(true, wrappingKey, bytes));
  return toArrayBuffer(cipherOp('encrypt', alg, wrappingKey, bytes));
}

async function unwrapKey(format, wrappedKey, unwrappingKey, unwrapAlg, unwrappedKeyAlg,
  extractable, usages) {
  format = String(format);
  checkFormat(format, 'unwrapKey');
  checkBufferSource(wrappedKey, 'unwrapKey', '2nd');
  checkCryptoKey(unwrappingKey, 'unwrapKey', '3rd');
  const [alg, isKw] = wrapAlgorithm(unwrapAlg, 'unwrapKey');
  normalizeAlgorithm(unwrappedKeyAlg, 'importKey');
  checkKey(unwrappingKey, alg.name, 'unwrapKey');
  const data = Buffer.from(bytesOf(isAnyArrayBuffer(wrappedKey) ? new Uint8Array(wrappedKey) :
    wrappedKey));
  const bytes = isKw ? aesKw(false, unwrappingKey, data) :
    cipherOp('decrypt', alg, unwrappingKey, data);
  let keyData = bytes;
  if (format === 'jwk') {
    try {
      keyData = JSON.parse(bytes.toString('utf8'));
    } catch {
      throw dataError('Invalid wrapped JWK key');
    }
  }
  return importKey(format, keyData, unwrappedKeyAlg, extractable, usages);
}

// ---- getPublicKey, supports ----

async function getPublicKey(key, usagesArg) {
  checkCryptoKey(key, 'getPublicKey', '1st');
  const usagesIn = checkUsagesArg(usagesArg, 'getPublicKey', '2nd');
  if (key.type !== 'private') throw invalidAccess('key must be a private key');
  const ko = keyObjectOfCryptoKey(key);
  const usages = keyUsages(key.algorithm.name, 'public', usagesIn);
  const algo = { ...key.algorithm };
  if (algo.publicExponent) algo.publicExponent = new Uint8Array(algo.publicExponent);
  return makeCryptoKey(createPublicKey(ko), algo, true, usages);
}

function supports(operation, algorithm, lengthOrAdditional) {
  const op = operation === 'wrapKey' || operation === 'unwrapKey' ? operation : operation;
  if (!(op in kSupported) && op !== 'deriveKey' && op !== 'exportKey' &&
      op !== 'getPublicKey') return false;
  try {
    if (op === 'deriveKey') {
      normalizeAlgorithm(algorithm, 'deriveBits');
      if (lengthOrAdditional !== undefined) {
        normalizeAlgorithm(lengthOrAdditional, 'get key length');
      }
      return true;
    }
    if (op === 'exportKey' || op === 'getPublicKey') {
      const a = normalizeAlgorithm(algorithm, 'importKey');
      return op === 'exportKey' || !kAes.includes(a.name) && a.name !== 'HMAC' &&
        a.name !== 'PBKDF2' && a.name !== 'HKDF';
    }
    if (op === 'wrapKey' || op === 'unwrapKey') {
      wrapAlgorithm(algorithm, op);
      return true;
    }
    normalizeAlgorithm(algorithm, op);
    return true;
  } catch {
    return false;
  }
}

module.exports = {
  generateKey, importKey, exportKey, signOrVerify, encryptOrDecrypt, deriveBits, deriveKey,
  wrapKey, unwrapKey, getPublicKey, supports, toCryptoKey, checkCryptoKey, checkBufferSource,
};
