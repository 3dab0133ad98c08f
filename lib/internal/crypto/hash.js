'use strict';
// Hash, Hmac and crypto.hash(): one binding call per update and per digest.

const {
  binding, LazyTransform, toData, toBytes, digestOutput, opensslError, E_UNKNOWN, E_NOT_XOF,
  kDataTypes, digestId, osslError,
} = require('internal/crypto/util');
const { Buffer } = require('buffer');
const { validateString, validateUint32 } = require('internal/validators');
const { codes: {
  ERR_CRYPTO_HASH_FINALIZED, ERR_CRYPTO_HASH_UPDATE_FAILED, ERR_CRYPTO_INVALID_DIGEST,
  ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE,
} } = require('internal/errors');

// The binding's update(handle, data), for Hash and Hmac handles alike.
const { update: handleUpdate } = binding;
const kHandle = Symbol('kHandle');
const kFinalized = Symbol('kFinalized');

// The string encoding a caller asked for, or undefined for a Buffer (Node returns a Buffer
// for names it does not know).
function outputEncoding(encoding) {
  if (encoding === undefined || encoding === 'buffer') return undefined;
  if (encoding === 'hex') return 'hex';
  return typeof encoding === 'string' && Buffer.isEncoding(encoding) ? encoding : undefined;
}

// The string encoding of input data: undefined for UTF-8 (the binding encodes strings).
function inputEncoding(encoding) {
  if (encoding === undefined || encoding === 'utf8' || encoding === 'utf-8') return undefined;
  return typeof encoding === 'string' && Buffer.isEncoding(encoding) ? encoding : undefined;
}

function readOutputLength(options) {
  // As in Node, options that are not an object are ignored: `names.map(createHash)`
  // passes each index as the options.
  if (typeof options !== 'object' || options === null) return -1;
  const { outputLength } = options;
  if (outputLength === undefined) return -1;
  validateUint32(outputLength, 'options.outputLength');
  return outputLength;
}

function hashCreateError(r) {
  if (r === E_UNKNOWN) return new Error('Digest method not supported');
  if (r === E_NOT_XOF) {
    return osslError('030000B2', 'digital envelope routines', 'not XOF or invalid length',
      'ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH');
  }
  return opensslError();
}

// A Hash made with a known algorithm and no outputLength starts without a native context:
// the first update's data waits in kPending (strings as they are, bytes copied: the caller
// may reuse its buffer), and digest() then hashes it in one binding call. Every binding call
// costs more than hashing a short input, so createHash().update(x).digest() makes one call
// where an eager context would take three. A second update, copy() or stream use creates the
// context (materialize).
const kAlgorithm = Symbol('kAlgorithm');
const kPending = Symbol('kPending');
// The longest byte input kept pending (copying more costs more than the calls it saves).
const kMaxPendingBytes = 4096;

// Pending bytes are copied into a shared slab: a small typed array of its own would live in
// the GC heap, and the engine moves it out (allocating again) when the binding reads it.
const kSlabSize = 64 * 1024;
let slab;
let slabOffset = kSlabSize;

function copyToSlab(data) {
  const n = data.byteLength;
  if (slabOffset + n > kSlabSize) {
    slab = new ArrayBuffer(kSlabSize);
    slabOffset = 0;
  }
  const copy = new Uint8Array(slab, slabOffset, n);
  copy.set(data);
  slabOffset += (n + 7) & ~7;
  return copy;
}

function Hash(algorithm, options) {
  if (!new.target) return new Hash(algorithm, options);
  let handle = null;
  if (algorithm instanceof Hash) {
    // hash.copy()
    handle = materialize(algorithm).copy(readOutputLength(options));
  } else {
    validateString(algorithm, 'algorithm');
    const id = digestId(algorithm);
    const outputLength = readOutputLength(options);
    if (typeof id !== 'number' || outputLength !== -1) {
      handle = binding.hashCreate(id, outputLength);
    } else {
      this[kAlgorithm] = id;
    }
  }
  if (typeof handle === 'number') throw hashCreateError(handle);
  this[kHandle] = handle;
  this[kPending] = undefined;
  this[kFinalized] = false;
  LazyTransform.call(this, options);
}
Object.setPrototypeOf(Hash.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hash, LazyTransform);

// The native context of hash h, created (and fed the pending data) on first need.
function materialize(h) {
  let handle = h[kHandle];
  if (handle !== null) return handle;
  handle = binding.hashCreate(h[kAlgorithm], -1);
  if (typeof handle === 'number') throw hashCreateError(handle);
  const pending = h[kPending];
  if (pending !== undefined) {
    h[kPending] = undefined;
    if (handleUpdate(handle, pending) === false) throw new ERR_CRYPTO_HASH_UPDATE_FAILED();
  }
  h[kHandle] = handle;
  return handle;
}

Hash.prototype.copy = function copy(options) {
  if (this[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  return new Hash(this, options);
};

Hash.prototype.update = function update(data, encoding) {
  if (this[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  let owned = false;
  if (typeof data === 'string') {
    const enc = inputEncoding(encoding);
    if (enc !== undefined) data = Buffer.from(data, enc);
    owned = true;
  } else {
    data = toData(data);
  }
  let handle = this[kHandle];
  if (handle === null) {
    if (this[kPending] === undefined) {
      if (owned) {
        this[kPending] = data;
        return this;
      }
      if (data.byteLength <= kMaxPendingBytes) {
        this[kPending] = copyToSlab(data);
        return this;
      }
    }
    handle = materialize(this);
  }
  if (handleUpdate(handle, data) === false) throw new ERR_CRYPTO_HASH_UPDATE_FAILED();
  return this;
};

Hash.prototype.digest = function digest(encoding) {
  if (this[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  this[kFinalized] = true;
  const handle = this[kHandle];
  let r;
  if (handle !== null) {
    r = handle.digest();
  } else {
    r = binding.hashOnce(this[kAlgorithm], this[kPending] ?? '');
    this[kPending] = undefined;
  }
  if (typeof r === 'number' && r < 0) throw opensslError();
  return digestOutput(r, outputEncoding(encoding));
};

Hash.prototype._transform = function _transform(chunk, encoding, callback) {
  const data = typeof chunk === 'string' ? toData(chunk, inputEncoding(encoding)) : chunk;
  handleUpdate(materialize(this), data);
  callback();
};

Hash.prototype._flush = function _flush(callback) {
  this.push(this.digest());
  callback();
};

function Hmac(hmac, key, options) {
  if (!new.target) return new Hmac(hmac, key, options);
  validateString(hmac, 'hmac');
  const encoding = options?.encoding ?? 'utf8';
  const keyBytes = keyMaterial(key, encoding);
  const handle = binding.hmacCreate(digestId(hmac), keyBytes);
  if (handle === E_UNKNOWN) throw new ERR_CRYPTO_INVALID_DIGEST(hmac);
  if (typeof handle === 'number') throw opensslError();
  this[kHandle] = handle;
  this[kFinalized] = false;
  LazyTransform.call(this, options);
}
Object.setPrototypeOf(Hmac.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hmac, LazyTransform);

// The bytes of an HMAC key: a string, ArrayBuffer, view, or secret KeyObject.
function keyMaterial(key, encoding) {
  if (key !== null && typeof key === 'object' && !ArrayBuffer.isView(key) &&
      !(key instanceof ArrayBuffer)) {
    const { secretKeyBytes } = require('internal/crypto/keys');
    const bytes = secretKeyBytes(key);
    if (bytes !== undefined) return bytes;
  }
  return toBytes(key, 'key', encoding,
    ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey']);
}

Hmac.prototype.update = Hash.prototype.update;

Hmac.prototype.digest = function digest(encoding) {
  const enc = outputEncoding(encoding);
  if (this[kFinalized]) {
    // Node returns an empty result for every digest after the first.
    return enc === undefined ? Buffer.alloc(0) : '';
  }
  this[kFinalized] = true;
  const r = this[kHandle].digest();
  if (typeof r === 'number' && r < 0) throw opensslError();
  return digestOutput(r, enc);
};

Hmac.prototype._flush = Hash.prototype._flush;
Hmac.prototype._transform = Hash.prototype._transform;

// crypto.hash(algorithm, data[, outputEncoding | options]).
function hash(algorithm, input, options = 'hex') {
  validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !ArrayBuffer.isView(input)) {
    throw new ERR_INVALID_ARG_TYPE('input', kDataTypes, input);
  }
  let encoding = options;
  let outputLength = -1;
  if (options !== null && typeof options === 'object') {
    encoding = options.outputEncoding ?? 'hex';
    if (options.outputLength !== undefined) {
      validateUint32(options.outputLength, 'options.outputLength');
      outputLength = options.outputLength;
    }
  }
  if (encoding !== 'hex' && encoding !== 'buffer' &&
      (typeof encoding !== 'string' || !Buffer.isEncoding(encoding))) {
    throw new ERR_INVALID_ARG_VALUE('outputEncoding', encoding);
  }
  const data = typeof input === 'string' ? input : toData(input);
  const id = digestId(algorithm);
  const r = outputLength === -1 ? binding.hashOnce(id, data) :
    binding.hashOnce(id, data, outputLength);
  if (typeof r === 'number' && r < 0) {
    if (r === E_UNKNOWN) throw new Error(`Digest method ${algorithm} is not supported`);
    throw hashCreateError(r);
  }
  return digestOutput(r, encoding === 'buffer' ? undefined : encoding);
}

module.exports = { Hash, Hmac, hash, kHandle };
