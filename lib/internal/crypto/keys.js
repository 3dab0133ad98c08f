'use strict';
// KeyObject for secret keys (createSecretKey). Asymmetric keys are not implemented yet.

const { toBytes } = require('internal/crypto/util');
const { Buffer } = require('buffer');
const { validateObject, validateOneOf } = require('internal/validators');
const { codes: {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE,
  ERR_ILLEGAL_CONSTRUCTOR,
} } = require('internal/errors');

const kConstruct = Symbol('kConstruct');

class KeyObject {
  #type;

  constructor(type, handle) {
    if (handle !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
    validateOneOf(type, 'type', ['secret', 'public', 'private']);
    this.#type = type;
  }

  get type() {
    return this.#type;
  }

  static from(key) {
    throw new ERR_INVALID_ARG_TYPE('key', 'CryptoKey', key);
  }

  equals(otherKeyObject) {
    if (!(otherKeyObject instanceof KeyObject)) {
      throw new ERR_INVALID_ARG_TYPE('otherKeyObject', 'KeyObject', otherKeyObject);
    }
    return otherKeyObject.type === this.type && this.type === 'secret' &&
      Buffer.from(secretKeyBytes(this)).equals(Buffer.from(secretKeyBytes(otherKeyObject)));
  }
}

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

// The bytes of a secret KeyObject; throws for another KeyObject; undefined for other values.
function secretKeyBytes(key) {
  if (!(key instanceof KeyObject)) return undefined;
  const bytes = SecretKeyObject.bytesOf(key);
  if (bytes === undefined) throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'secret');
  return bytes;
}

function createSecretKey(key, encoding) {
  const bytes = toBytes(key, 'key', encoding ?? 'utf8',
    ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView']);
  return new SecretKeyObject(new Uint8Array(bytes));
}

module.exports = { KeyObject, SecretKeyObject, createSecretKey, secretKeyBytes };
