'use strict';
// Cipheriv, Decipheriv and getCipherInfo. One binding call per update and per final; the
// binding returns Uint8Arrays that become Buffers without a copy.

const {
  binding, LazyTransform, toBytes, toData, asBuffer, opensslError, throwCode, kDataTypes,
  E_UNKNOWN, E_TAGLEN, E_TAG_REQUIRED, E_AUTH, E_STATE,
} = require('internal/crypto/util');
const { Buffer } = require('buffer');
const {
  validateString, validateInt32, validateObject,
} = require('internal/validators');
const { codes: {
  ERR_CRYPTO_UNKNOWN_CIPHER, ERR_CRYPTO_INVALID_STATE, ERR_CRYPTO_INVALID_AUTH_TAG,
  ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_UNKNOWN_ENCODING,
} } = require('internal/errors');

const kHandle = Symbol('kHandle');
const kState = Symbol('kState');
const kDecoderEncoding = Symbol('kDecoderEncoding');
const kTagLengthSet = Symbol('kTagLengthSet');
const kName = Symbol('kName');
const kIvTypes = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];

// Cipher states.
const kFresh = 0;
const kUpdated = 1;
const kFinal = 2;

function codedError(Base, code, message) {
  const err = new Base(message);
  Object.defineProperty(err, 'code', {
    __proto__: null, value: code, writable: true, enumerable: true, configurable: true,
  });
  return err;
}

function secretKeyOf(key, encoding) {
  if (key !== null && typeof key === 'object' && !ArrayBuffer.isView(key) &&
      !(key instanceof ArrayBuffer)) {
    const { secretKeyBytes } = require('internal/crypto/keys');
    const bytes = secretKeyBytes(key);
    if (bytes !== undefined) return bytes;
  }
  return toBytes(key, 'key', encoding, [...kIvTypes, 'KeyObject', 'CryptoKey']);
}

function createCipherBase(self, cipher, key, iv, options, encrypt) {
  validateString(cipher, 'cipher');
  const encoding = options?.encoding ?? 'utf8';
  const keyBytes = secretKeyOf(key, encoding);
  const ivBytes = iv === null ? null : toBytes(iv, 'iv', encoding, kIvTypes);
  let authTagLength = -1;
  if (options !== undefined && options !== null && options.authTagLength !== undefined) {
    authTagLength = options.authTagLength;
    if (!Number.isInteger(authTagLength) || authTagLength < 0 || authTagLength > 2 ** 31 - 1) {
      throw new ERR_INVALID_ARG_VALUE('options.authTagLength', authTagLength);
    }
  }
  const handle = binding.cipherCreate(cipher, keyBytes, ivBytes, encrypt, authTagLength);
  if (typeof handle === 'number') {
    if (handle === E_UNKNOWN) throw new ERR_CRYPTO_UNKNOWN_CIPHER();
    if (handle === E_TAGLEN) throw new ERR_CRYPTO_INVALID_AUTH_TAG(authTagLength);
    if (handle === E_TAG_REQUIRED) {
      throw codedError(TypeError, 'ERR_CRYPTO_INVALID_AUTH_TAG',
        `authTagLength required for ${cipher}`);
    }
    throwCode(handle);
  }
  self[kHandle] = handle;
  self[kState] = kFresh;
  self._decoder = null;
  self[kTagLengthSet] = authTagLength !== -1;
  self[kName] = cipher;
  LazyTransform.call(self, options);
}

function Cipheriv(cipher, key, iv, options) {
  if (!new.target) return new Cipheriv(cipher, key, iv, options);
  createCipherBase(this, cipher, key, iv, options, true);
}

function Decipheriv(cipher, key, iv, options) {
  if (!new.target) return new Decipheriv(cipher, key, iv, options);
  createCipherBase(this, cipher, key, iv, options, false);
}

// A string decoder for outputEncoding, kept across calls so that multi-byte characters split
// between updates decode whole (Node does the same).
function decoderFor(self, encoding) {
  if (encoding === undefined || encoding === 'buffer') return null;
  const normalized = typeof encoding === 'string' && Buffer.isEncoding(encoding) ?
    encoding.toLowerCase() : undefined;
  if (normalized === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  if (self._decoder === null || self[kDecoderEncoding] !== normalized) {
    const { StringDecoder } = require('string_decoder');
    self._decoder = new StringDecoder(normalized);
    self[kDecoderEncoding] = normalized;
  }
  return self._decoder;
}

const cipherMethods = {
  update(data, inputEncoding, outputEncoding) {
    if (this[kState] === kFinal) throw new Error('Trying to add data in unsupported state');
    const decoder = decoderFor(this, outputEncoding);
    if (typeof data === 'string') {
      const enc = inputEncoding === undefined || inputEncoding === 'buffer' ? undefined :
        inputEncoding;
      data = toData(data, enc !== undefined && Buffer.isEncoding(enc) ? enc : undefined);
    } else if (ArrayBuffer.isView(data)) {
      data = toData(data);
    } else {
      throw new ERR_INVALID_ARG_TYPE('data', kDataTypes, data);
    }
    const out = this[kHandle].update(data);
    if (typeof out === 'number') throwCode(out, 'update');
    this[kState] = kUpdated;
    const buf = asBuffer(out);
    return decoder === null ? buf : decoder.write(buf);
  },

  final(outputEncoding) {
    if (this[kState] === kFinal) {
      throw codedError(Error, 'ERR_CRYPTO_INVALID_STATE', 'Invalid state');
    }
    const decoder = decoderFor(this, outputEncoding);
    this[kState] = kFinal;
    const out = this[kHandle].final();
    if (typeof out === 'number') {
      if (out === E_AUTH) throw new Error('Unsupported state or unable to authenticate data');
      throw opensslError();
    }
    const buf = asBuffer(out);
    return decoder === null ? buf : decoder.end(buf);
  },

  setAutoPadding(autoPadding) {
    if (this[kState] === kFinal) throw new ERR_CRYPTO_INVALID_STATE('setAutoPadding');
    if (!this[kHandle].setAutoPadding(autoPadding === undefined ? true : !!autoPadding)) {
      throw new ERR_CRYPTO_INVALID_STATE('setAutoPadding');
    }
    return this;
  },

  setAAD(aadbuf, options) {
    if (this[kState] !== kFresh) throw new ERR_CRYPTO_INVALID_STATE('setAAD');
    const data = toBytes(aadbuf, 'buffer', options?.encoding ?? 'utf8', kIvTypes);
    let plaintextLength = -1;
    if (options !== undefined && options !== null && options.plaintextLength !== undefined) {
      plaintextLength = options.plaintextLength;
      validateInt32(plaintextLength, 'options.plaintextLength', 0);
    }
    const r = this[kHandle].setAAD(data, plaintextLength);
    if (r === E_STATE && plaintextLength === -1 && /ccm/i.test(this[kName])) {
      throw codedError(TypeError, 'ERR_MISSING_ARGS',
        'options.plaintextLength required for CCM mode with AAD');
    }
    if (r === E_STATE) throw new ERR_CRYPTO_INVALID_STATE('setAAD');
    if (r < 0) throw opensslError();
    return this;
  },

  _transform(chunk, encoding, callback) {
    this.push(this.update(chunk, encoding));
    callback();
  },

  _flush(callback) {
    try {
      this.push(this.final());
    } catch (err) {
      callback(err);
      return;
    }
    callback();
  },
};

function getAuthTag() {
  if (this[kState] !== kFinal) throw new ERR_CRYPTO_INVALID_STATE('getAuthTag');
  const tag = this[kHandle].getAuthTag();
  if (typeof tag === 'number') throw new ERR_CRYPTO_INVALID_STATE('getAuthTag');
  return asBuffer(tag);
}

function setAuthTag(tagbuf, encoding) {
  if (this[kState] === kFinal) throw new ERR_CRYPTO_INVALID_STATE('setAuthTag');
  const tag = toBytes(tagbuf, 'buffer', encoding ?? 'utf8', kIvTypes);
  const r = this[kHandle].setAuthTag(tag);
  if (r === E_TAGLEN) throw new ERR_CRYPTO_INVALID_AUTH_TAG(tag.length);
  if (r < 0) throw new ERR_CRYPTO_INVALID_STATE('setAuthTag');
  if (tag.length !== 16 && !this[kTagLengthSet] && /gcm/i.test(this[kName])) {
    process.emitWarning('Using AES-GCM authentication tags of less than 128 bits without ' +
      'specifying the authTagLength option when initializing decryption is deprecated.',
    'DeprecationWarning', 'DEP0182');
  }
  return this;
}

let prototypesReady = false;
function setUpPrototypes() {
  if (prototypesReady) return;
  prototypesReady = true;
  for (const C of [Cipheriv, Decipheriv]) {
    Object.setPrototypeOf(C.prototype, LazyTransform.prototype);
    Object.setPrototypeOf(C, LazyTransform);
    for (const name of Object.keys(cipherMethods)) {
      Object.defineProperty(C.prototype, name, {
        __proto__: null, value: cipherMethods[name], writable: true, configurable: true,
        enumerable: true,
      });
    }
  }
  Cipheriv.prototype.getAuthTag = getAuthTag;
  Decipheriv.prototype.setAuthTag = setAuthTag;
}
setUpPrototypes();

function createCipheriv(cipher, key, iv, options) {
  return new Cipheriv(cipher, key, iv, options);
}

function createDecipheriv(cipher, key, iv, options) {
  return new Decipheriv(cipher, key, iv, options);
}

function getCipherInfo(nameOrNid, options) {
  if (typeof nameOrNid !== 'string' && typeof nameOrNid !== 'number') {
    throw new ERR_INVALID_ARG_TYPE('nameOrNid', ['string', 'number'], nameOrNid);
  }
  if (typeof nameOrNid === 'number') validateInt32(nameOrNid, 'nameOrNid');
  let keyLength = -1;
  let ivLength = -1;
  if (options !== undefined) {
    validateObject(options, 'options');
    if (options.keyLength !== undefined) {
      validateInt32(options.keyLength, 'options.keyLength');
      keyLength = options.keyLength;
    }
    if (options.ivLength !== undefined) {
      validateInt32(options.ivLength, 'options.ivLength');
      ivLength = options.ivLength;
    }
  }
  const info = binding.cipherInfo(nameOrNid, keyLength, ivLength);
  if (info === undefined) return undefined;
  const [name, nid, blockSize, ivLen, keyLen, mode] = info;
  const result = { mode, name: name.toLowerCase(), nid };
  if (mode !== 'stream') result.blockSize = blockSize;
  if (ivLen !== 0) result.ivLength = ivLen;
  result.keyLength = keyLen;
  return result;
}

module.exports = {
  Cipheriv,
  Decipheriv,
  createCipheriv,
  createDecipheriv,
  getCipherInfo,
};
