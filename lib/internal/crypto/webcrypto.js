'use strict';
// Web Crypto: one Crypto instance (globalThis.crypto, crypto.webcrypto) whose `subtle` is
// one SubtleCrypto instance, as in Node. SubtleCrypto has digest(); its other methods are
// stubs (internal/stub) until they are implemented.

const { binding, digestOutput, bytesOf } = require('internal/crypto/util');
const random = require('internal/crypto/random');
const { isAnyArrayBuffer } = require('internal/util/types');
const { stubMembers } = require('internal/stub');
const { codes: {
  ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS, ERR_INVALID_ARG_TYPE, ERR_MISSING_OPTION,
  ERR_MISSING_ARGS,
} } = require('internal/errors');

const kConstruct = Symbol('kConstruct');

// Web Crypto digest names → OpenSSL names.
const kDigests = {
  __proto__: null, 'sha-1': 'sha1', 'sha-256': 'sha256', 'sha-384': 'sha384',
  'sha-512': 'sha512',
};

function DOMExceptionOf(message, name) {
  const { DOMException } = require('internal/dom_exception');
  return new DOMException(message, name);
}

class SubtleCrypto {
  constructor(token) {
    if (token !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  async digest(algorithm, data) {
    if (!(this instanceof SubtleCrypto)) throw new ERR_INVALID_THIS('SubtleCrypto');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('algorithm', 'data');
    let name = algorithm;
    if (typeof algorithm === 'object' && algorithm !== null) {
      name = algorithm.name;
      if (name === undefined) {
        throw new ERR_MISSING_OPTION("Failed to normalize algorithm: passed algorithm cannot " +
          "be converted to 'Algorithm' because 'name' is required in 'Algorithm'.");
      }
    }
    name = String(name);
    let bytes;
    if (ArrayBuffer.isView(data)) {
      bytes = bytesOf(data);
    } else if (isAnyArrayBuffer(data)) {
      bytes = new Uint8Array(data);
    } else {
      const err = new ERR_INVALID_ARG_TYPE('data', 'ArrayBuffer', data);
      err.message = "Failed to execute 'digest' on 'SubtleCrypto': 2nd argument is not " +
        'instance of ArrayBuffer, Buffer, TypedArray, or DataView.';
      throw err;
    }
    const md = kDigests[name.toLowerCase()];
    if (md === undefined) throw DOMExceptionOf('Unrecognized algorithm name', 'NotSupportedError');
    const r = binding.hashOnce(md, bytes, -1);
    const buf = digestOutput(r, undefined);
    return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
  }
}

stubMembers(SubtleCrypto.prototype, 'crypto.subtle', {
  functions: ['decrypt', 'deriveBits', 'deriveKey', 'encrypt', 'exportKey', 'generateKey',
    'importKey', 'sign', 'unwrapKey', 'verify', 'wrapKey', 'getPublicKey', 'encapsulateBits',
    'encapsulateKey', 'decapsulateBits', 'decapsulateKey'],
});
for (const name of Object.getOwnPropertyNames(SubtleCrypto.prototype)) {
  if (name !== 'constructor') {
    Object.defineProperty(SubtleCrypto.prototype, name, { __proto__: null, enumerable: true });
  }
}
Object.defineProperty(SubtleCrypto.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'SubtleCrypto', configurable: true,
});

const subtle = new SubtleCrypto(kConstruct);

class Crypto {
  constructor(token) {
    if (token !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get subtle() {
    if (!(this instanceof Crypto)) throw new ERR_INVALID_THIS('Crypto');
    return subtle;
  }

  getRandomValues(array) {
    if (!(this instanceof Crypto)) throw new ERR_INVALID_THIS('Crypto');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('array');
    return random.getRandomValues(array);
  }

  randomUUID() {
    if (!(this instanceof Crypto)) throw new ERR_INVALID_THIS('Crypto');
    return random.randomUUID();
  }
}
for (const name of ['subtle', 'getRandomValues', 'randomUUID']) {
  Object.defineProperty(Crypto.prototype, name, { __proto__: null, enumerable: true });
}
Object.defineProperty(Crypto.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'Crypto', configurable: true,
});

const webcrypto = new Crypto(kConstruct);

module.exports = { Crypto, SubtleCrypto, webcrypto, subtle };
