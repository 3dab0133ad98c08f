'use strict';
// CryptoKey (Web Crypto's key: a KeyObject plus algorithm, extractable and usages), shared
// by crypto.subtle and KeyObject.from/toCryptoKey.

const { codes: {
  ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS,
} } = require('internal/errors');

const kConstruct = Symbol('kConstruct');

class CryptoKey {
  #keyObject;
  #algorithm;
  #extractable;
  #usages;

  constructor(token, keyObject, algorithm, extractable, usages) {
    if (token !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this.#keyObject = keyObject;
    this.#algorithm = algorithm;
    this.#extractable = extractable;
    this.#usages = usages;
  }

  get type() {
    if (!(#keyObject in this)) throw new ERR_INVALID_THIS('CryptoKey');
    return this.#keyObject.type;
  }

  get extractable() {
    if (!(#keyObject in this)) throw new ERR_INVALID_THIS('CryptoKey');
    return this.#extractable;
  }

  get algorithm() {
    if (!(#keyObject in this)) throw new ERR_INVALID_THIS('CryptoKey');
    return this.#algorithm;
  }

  get usages() {
    if (!(#keyObject in this)) throw new ERR_INVALID_THIS('CryptoKey');
    return this.#usages;
  }

  static isCryptoKey(v) {
    return typeof v === 'object' && v !== null && #keyObject in v;
  }

  static keyObjectOf(key) {
    return key.#keyObject;
  }
}
for (const name of ['type', 'extractable', 'algorithm', 'usages']) {
  Object.defineProperty(CryptoKey.prototype, name, { __proto__: null, enumerable: true });
}
Object.defineProperty(CryptoKey.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'CryptoKey', configurable: true,
});

function isCryptoKey(v) {
  return CryptoKey.isCryptoKey(v);
}

function keyObjectOfCryptoKey(key) {
  return CryptoKey.keyObjectOf(key);
}

// Returns a new CryptoKey (algorithm and usages are frozen copies made by the caller).
function makeCryptoKey(keyObject, algorithm, extractable, usages) {
  return new CryptoKey(kConstruct, keyObject, algorithm, extractable, usages);
}

// KeyObject.prototype.toCryptoKey: importKey's checks, from a KeyObject (synchronous).
function importKeyObject(keyObject, algorithm, extractable, keyUsages) {
  return require('internal/crypto/subtle').toCryptoKey(keyObject, algorithm, extractable,
    keyUsages);
}

module.exports = { CryptoKey, isCryptoKey, keyObjectOfCryptoKey, makeCryptoKey, importKeyObject };
