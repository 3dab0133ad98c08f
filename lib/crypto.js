'use strict';
// node:crypto on OpenSSL 3 (src/bindings/crypto.c and crypto_pkey.c). Hashes, HMACs,
// ciphers, key derivation, random values, KeyObjects (secret and asymmetric), key
// generation, signatures, RSA encryption, DH/ECDH, primes and X509Certificate are real;
// the parts listed in the stubMembers call below (and crypto.subtle's ML-KEM methods) are
// stubs (internal/stub) until they are implemented. crypto.webcrypto is the object behind
// globalThis.crypto; crypto.subtle is its subtle (internal/crypto/webcrypto and subtle).

const { kStubs, stubMembers, recordStubs } = require('internal/stub');
const {
  binding, getHashes, getCiphers, getCurves, toBytes,
} = require('internal/crypto/util');
const { Hash, Hmac, hash } = require('internal/crypto/hash');
const {
  randomBytes, randomFill, randomFillSync, randomInt, randomUUID, randomUUIDv7, getRandomValues,
} = require('internal/crypto/random');
const {
  Cipheriv, Decipheriv, createCipheriv, createDecipheriv, getCipherInfo,
} = require('internal/crypto/cipher');
const { pbkdf2, pbkdf2Sync, scrypt, scryptSync, hkdf, hkdfSync } = require('internal/crypto/kdf');
const { SubtleCrypto, webcrypto, subtle } = require('internal/crypto/webcrypto');
const { codes: {
  ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH, ERR_CRYPTO_FIPS_UNAVAILABLE,
} } = require('internal/errors');

// Node's default cipher list (tls.DEFAULT_CIPHERS).
const defaultCipherList = [
  'TLS_AES_256_GCM_SHA384', 'TLS_CHACHA20_POLY1305_SHA256', 'TLS_AES_128_GCM_SHA256',
  'ECDHE-RSA-AES128-GCM-SHA256', 'ECDHE-ECDSA-AES128-GCM-SHA256',
  'ECDHE-RSA-AES256-GCM-SHA384', 'ECDHE-ECDSA-AES256-GCM-SHA384',
  'DHE-RSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES128-SHA256', 'DHE-RSA-AES128-SHA256',
  'ECDHE-RSA-AES256-SHA384', 'DHE-RSA-AES256-SHA384', 'ECDHE-RSA-AES256-SHA256',
  'DHE-RSA-AES256-SHA256', 'HIGH', '!aNULL', '!eNULL', '!EXPORT', '!DES', '!RC4', '!MD5',
  '!PSK', '!SRP', '!CAMELLIA',
].join(':');

const constants = { __proto__: null,
  SSL_OP_ALL: 2147485776, SSL_OP_ALLOW_NO_DHE_KEX: 1024,
  SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION: 262144,
  SSL_OP_CIPHER_SERVER_PREFERENCE: 4194304, SSL_OP_CISCO_ANYCONNECT: 32768,
  SSL_OP_COOKIE_EXCHANGE: 8192, SSL_OP_CRYPTOPRO_TLSEXT_BUG: 2147483648,
  SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS: 2048, SSL_OP_LEGACY_SERVER_CONNECT: 4,
  SSL_OP_NO_COMPRESSION: 131072, SSL_OP_NO_ENCRYPT_THEN_MAC: 524288,
  SSL_OP_NO_QUERY_MTU: 4096, SSL_OP_NO_RENEGOTIATION: 1073741824,
  SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION: 65536, SSL_OP_NO_SSLv2: 0,
  SSL_OP_NO_SSLv3: 33554432, SSL_OP_NO_TICKET: 16384, SSL_OP_NO_TLSv1: 67108864,
  SSL_OP_NO_TLSv1_1: 268435456, SSL_OP_NO_TLSv1_2: 134217728, SSL_OP_NO_TLSv1_3: 536870912,
  SSL_OP_PRIORITIZE_CHACHA: 2097152, SSL_OP_TLS_ROLLBACK_BUG: 8388608,
  ENGINE_METHOD_RSA: 1, ENGINE_METHOD_DSA: 2, ENGINE_METHOD_DH: 4, ENGINE_METHOD_RAND: 8,
  ENGINE_METHOD_EC: 2048, ENGINE_METHOD_CIPHERS: 64, ENGINE_METHOD_DIGESTS: 128,
  ENGINE_METHOD_PKEY_METHS: 512, ENGINE_METHOD_PKEY_ASN1_METHS: 1024,
  ENGINE_METHOD_ALL: 65535, ENGINE_METHOD_NONE: 0, DH_CHECK_P_NOT_SAFE_PRIME: 2,
  DH_CHECK_P_NOT_PRIME: 1, DH_UNABLE_TO_CHECK_GENERATOR: 4, DH_NOT_SUITABLE_GENERATOR: 8,
  RSA_PKCS1_PADDING: 1, RSA_SSLV23_PADDING: 2, RSA_NO_PADDING: 3,
  RSA_PKCS1_OAEP_PADDING: 4, RSA_X931_PADDING: 5, RSA_PKCS1_PSS_PADDING: 6,
  RSA_PSS_SALTLEN_DIGEST: -1, RSA_PSS_SALTLEN_MAX_SIGN: -2, RSA_PSS_SALTLEN_AUTO: -2,
  TLS1_VERSION: 769, TLS1_1_VERSION: 770, TLS1_2_VERSION: 771, TLS1_3_VERSION: 772,
  POINT_CONVERSION_COMPRESSED: 2, POINT_CONVERSION_UNCOMPRESSED: 4,
  POINT_CONVERSION_HYBRID: 6,
  defaultCoreCipherList: defaultCipherList,
  defaultCipherList,
};


function createHash(algorithm, options) {
  return new Hash(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new Hmac(hmac, key, options);
}

function timingSafeEqual(buf1, buf2) {
  const types = ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];
  const a = toBytes(buf1, 'buf1', undefined, types, false);
  const b = toBytes(buf2, 'buf2', undefined, types, false);
  if (a.byteLength !== b.byteLength) throw new ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH();
  return binding.timingSafeEqual(a, b);
}

function getFips() {
  return 0;
}

function setFips(enabled) {
  if (enabled) throw new ERR_CRYPTO_FIPS_UNAVAILABLE();
}

function secureHeapUsed() {
  return { total: 0, min: 0, used: 0, utilization: 0 };
}

// In Node's order of keys; stubs fill the gaps (see below).
// In Node's key order; an `undefined` here is filled below (a stub, or a part loaded on
// first use).
const crypto = {
  argon2: undefined, argon2Sync: undefined, checkPrime: undefined, checkPrimeSync: undefined,
  createCipheriv, createDecipheriv, createDiffieHellman: undefined,
  createDiffieHellmanGroup: undefined, createECDH: undefined, createHash, createHmac,
  createPrivateKey: undefined, createPublicKey: undefined, createSecretKey: undefined,
  createSign: undefined, createVerify: undefined, diffieHellman: undefined,
  generatePrime: undefined, generatePrimeSync: undefined, getCiphers, getCipherInfo, getCurves,
  getDiffieHellman: undefined, getHashes, hkdf, hkdfSync, pbkdf2, pbkdf2Sync,
  generateKeyPair: undefined, generateKeyPairSync: undefined, generateKey: undefined,
  generateKeySync: undefined, privateDecrypt: undefined, privateEncrypt: undefined,
  publicDecrypt: undefined, publicEncrypt: undefined, randomBytes, randomFill, randomFillSync,
  randomInt, randomUUID, randomUUIDv7, scrypt, scryptSync, sign: undefined,
  setEngine: undefined, timingSafeEqual, getFips, setFips, verify: undefined, hash,
  encapsulate: undefined, decapsulate: undefined, Certificate: undefined, Cipheriv, Decipheriv,
  DiffieHellman: undefined, DiffieHellmanGroup: undefined, ECDH: undefined, Hash, Hmac,
  KeyObject: undefined, Sign: undefined, Verify: undefined, X509Certificate: undefined,
  secureHeapUsed,
  constants,
};
stubMembers(crypto, 'crypto', {
  classes: ['Certificate'],
  functions: ['argon2', 'argon2Sync', 'decapsulate', 'encapsulate', 'setEngine'],
});

// Keys, signatures, key agreement and certificates (~60 KB) load on first use: until then
// each of their exports is an accessor that turns into a plain data property, as Node's are,
// when first read or assigned.
const lazyParts = {
  'internal/crypto/keys': ['KeyObject', 'createSecretKey', 'createPublicKey', 'createPrivateKey'],
  'internal/crypto/keygen': [
    'generateKeyPair', 'generateKeyPairSync', 'generateKey', 'generateKeySync',
  ],
  'internal/crypto/sig': [
    'sign', 'verify', 'Sign', 'Verify', 'createSign', 'createVerify', 'publicEncrypt',
    'privateDecrypt', 'privateEncrypt', 'publicDecrypt',
  ],
  'internal/crypto/diffiehellman': [
    'DiffieHellman', 'DiffieHellmanGroup', 'ECDH', 'createDiffieHellman',
    'createDiffieHellmanGroup', 'getDiffieHellman', 'createECDH', 'diffieHellman', 'checkPrime',
    'checkPrimeSync', 'generatePrime', 'generatePrimeSync',
  ],
  'internal/crypto/x509': ['X509Certificate'],
};
for (const id of Object.keys(lazyParts)) {
  for (const name of lazyParts[id]) {
    const becomeData = (value) => Object.defineProperty(crypto, name, {
      value, writable: true, enumerable: true, configurable: true,
    });
    // Redefining keeps the property's place in the key order.
    Object.defineProperty(crypto, name, {
      get() {
        const value = require(id)[name];
        becomeData(value);
        return value;
      },
      set: becomeData,
      enumerable: true,
      configurable: true,
    });
  }
}

recordStubs(crypto, SubtleCrypto.prototype[kStubs]);
crypto.webcrypto = webcrypto;
crypto.subtle = subtle;
crypto.getRandomValues = getRandomValues;

module.exports = crypto;
