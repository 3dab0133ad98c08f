'use strict';
// Web Crypto: one Crypto instance (globalThis.crypto, crypto.webcrypto) whose `subtle` is
// one SubtleCrypto instance, as in Node. digest() is here; the other operations are in
// internal/crypto/subtle. The ML-KEM methods (encapsulate*, decapsulate*) are stubs
// (internal/stub).

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
    checkCall(this, 'digest', arguments.length, 2);
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

  async encrypt(algorithm, key, data) {
    checkCall(this, 'encrypt', arguments.length, 3);
    subtleOps().checkCryptoKey(key, 'encrypt', '2nd');
    subtleOps().checkBufferSource(data, 'encrypt', '3rd');
    return subtleOps().encryptOrDecrypt('encrypt', algorithm, key, data);
  }

  async decrypt(algorithm, key, data) {
    checkCall(this, 'decrypt', arguments.length, 3);
    subtleOps().checkCryptoKey(key, 'decrypt', '2nd');
    subtleOps().checkBufferSource(data, 'decrypt', '3rd');
    return subtleOps().encryptOrDecrypt('decrypt', algorithm, key, data);
  }

  async sign(algorithm, key, data) {
    checkCall(this, 'sign', arguments.length, 3);
    subtleOps().checkCryptoKey(key, 'sign', '2nd');
    subtleOps().checkBufferSource(data, 'sign', '3rd');
    return subtleOps().signOrVerify('sign', algorithm, key, undefined, data);
  }

  async verify(algorithm, key, signature, data) {
    checkCall(this, 'verify', arguments.length, 4);
    subtleOps().checkCryptoKey(key, 'verify', '2nd');
    subtleOps().checkBufferSource(signature, 'verify', '3rd');
    subtleOps().checkBufferSource(data, 'verify', '4th');
    const sig = ArrayBuffer.isView(signature) ? new Uint8Array(bytesOf(signature)) :
      new Uint8Array(signature.slice(0));
    return subtleOps().signOrVerify('verify', algorithm, key, sig, data);
  }

  async generateKey(algorithm, extractable, keyUsages) {
    checkCall(this, 'generateKey', arguments.length, 3);
    return subtleOps().generateKey(algorithm, extractable, keyUsages);
  }

  async deriveKey(algorithm, baseKey, derivedKeyAlgorithm, extractable, keyUsages) {
    checkCall(this, 'deriveKey', arguments.length, 5);
    subtleOps().checkCryptoKey(baseKey, 'deriveKey', '2nd');
    return subtleOps().deriveKey(algorithm, baseKey, derivedKeyAlgorithm, extractable, keyUsages);
  }

  async deriveBits(algorithm, baseKey, length = null) {
    checkCall(this, 'deriveBits', arguments.length, 2);
    subtleOps().checkCryptoKey(baseKey, 'deriveBits', '2nd');
    return subtleOps().deriveBits(algorithm, baseKey, length);
  }

  async importKey(format, keyData, algorithm, extractable, keyUsages) {
    checkCall(this, 'importKey', arguments.length, 5);
    return subtleOps().importKey(format, keyData, algorithm, extractable, keyUsages);
  }

  async exportKey(format, key) {
    checkCall(this, 'exportKey', arguments.length, 2);
    return subtleOps().exportKey(format, key);
  }

  async wrapKey(format, key, wrappingKey, wrapAlgorithm) {
    checkCall(this, 'wrapKey', arguments.length, 4);
    return subtleOps().wrapKey(format, key, wrappingKey, wrapAlgorithm);
  }

  async unwrapKey(format, wrappedKey, unwrappingKey, unwrapAlgorithm, unwrappedKeyAlgorithm,
    extractable, keyUsages) {
    checkCall(this, 'unwrapKey', arguments.length, 7);
    return subtleOps().unwrapKey(format, wrappedKey, unwrappingKey, unwrapAlgorithm,
      unwrappedKeyAlgorithm, extractable, keyUsages);
  }

  async getPublicKey(key, keyUsages) {
    checkCall(this, 'getPublicKey', arguments.length, 2);
    return subtleOps().getPublicKey(key, keyUsages);
  }

  static supports(operation, algorithm, lengthOrAdditionalAlgorithm) {
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('operation', 'algorithm');
    return subtleOps().supports(String(operation), algorithm, lengthOrAdditionalAlgorithm);
  }
}

// The operations live in internal/crypto/subtle, loaded on first use.
let lazySubtle;
function subtleOps() {
  lazySubtle ??= require('internal/crypto/subtle');
  return lazySubtle;
}

const kOrdinals = ['', '1 argument', '2 arguments', '3 arguments', '4 arguments', '5 arguments',
  '6 arguments', '7 arguments'];

// Checks `this` and the argument count of a SubtleCrypto method (Web IDL's errors).
function checkCall(self, method, count, required) {
  if (!(self instanceof SubtleCrypto)) throw new ERR_INVALID_THIS('SubtleCrypto');
  if (count < required) throw missingArgs(method, 'SubtleCrypto', required, count);
}

function missingArgs(method, iface, required, count) {
  const err = new ERR_MISSING_ARGS('arguments');
  err.message = `Failed to execute '${method}' on '${iface}': ${kOrdinals[required]} ` +
    `required, but only ${count} present.`;
  return err;
}

stubMembers(SubtleCrypto.prototype, 'crypto.subtle', {
  functions: ['encapsulateBits', 'encapsulateKey', 'decapsulateBits', 'decapsulateKey'],
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
    if (arguments.length < 1) throw missingArgs('getRandomValues', 'Crypto', 1, 0);
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
