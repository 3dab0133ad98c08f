'use strict';
// What the crypto modules share: the binding, byte and encoding conversions, OpenSSL errors,
// the algorithm lists, and LazyTransform (a Transform stream that sets itself up on first
// stream use, so that createHash(...).update(...).digest() never pays for a stream).

const binding = internalBinding('crypto');
const { Buffer } = require('buffer');
const { FastBuffer } = require('internal/buffer');
const { isArrayBufferView, isAnyArrayBuffer } = require('internal/util/types');
const { codes: {
  ERR_INVALID_ARG_TYPE, ERR_CRYPTO_INVALID_DIGEST, ERR_CRYPTO_INVALID_KEYLEN,
  ERR_CRYPTO_INVALID_IV, ERR_CRYPTO_INVALID_STATE,
} } = require('internal/errors');

// Failure codes of the binding (src/bindings/crypto.c).
const E_UNKNOWN = -1;
const E_KEYLEN = -2;
const E_IV = -3;
const E_TAGLEN = -4;
const E_TAG_REQUIRED = -5;
const E_OPENSSL = -6;
const E_AUTH = -7;
const E_STATE = -8;
const E_NOT_XOF = -9;

const { digestBuffer } = binding;

// Node's prefixes for OpenSSL libraries in error codes (ERR_OSSL_EVP_..., ERR_OSSL_...), by
// OpenSSL's library number (ERR_LIB_*); libraries not listed get none.
const kLibraryPrefix = {
  __proto__: null, 2: 'SYS_', 3: 'BN_', 4: 'RSA_', 5: 'DH_', 6: 'EVP_', 7: 'BUF_', 8: 'OBJ_',
  9: 'PEM_', 10: 'DSA_', 11: 'X509_', 13: 'ASN1_', 14: 'CONF_', 15: 'CRYPTO_', 16: 'EC_',
  32: 'BIO_', 33: 'PKCS7_', 34: 'X509V3_', 35: 'PKCS12_', 36: 'RAND_', 37: 'DSO_',
  38: 'ENGINE_', 39: 'OCSP_', 40: 'UI_', 41: 'COMP_', 42: 'ECDSA_', 43: 'ECDH_',
  44: 'OSSL_STORE_', 45: 'FIPS_', 46: 'CMS_', 47: 'TS_', 48: 'HMAC_', 50: 'CT_', 51: 'ASYNC_',
  52: 'KDF_', 53: 'SM2_', 128: 'USER_',
};

const kLibSSL = 20;

// An OpenSSL-shaped error for a condition we detect ourselves (or OpenSSL reports without
// Lode seeing it): message "error:<hexCode>:library::reason", `library`, `reason`, `code`.
function osslError(hexCode, library, reason, code) {
  const err = new Error(`error:${hexCode}:${library}::${reason}`);
  err.library = library;
  err.reason = reason;
  err.code = code;
  return err;
}

// Returns the Error for the last OpenSSL failure, shaped as Node's: message
// "error:XXXXXXXX:library::reason", `library`, `reason` and code ERR_OSSL_<REASON>.
function opensslError(fallback = 'Unknown OpenSSL error') {
  const info = binding.lastError();
  if (info === undefined) return new Error(fallback);
  const [message, library, reason, libraryNumber] = info;
  const err = new Error(message);
  if (library) err.library = library;
  if (reason) {
    err.reason = reason;
    const name = reason.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
    // Node names the TLS library's errors ERR_SSL_<REASON> (ERR_SSL_NO_CIPHER_MATCH).
    err.code = libraryNumber === kLibSSL ? `ERR_SSL_${name}` :
      `ERR_OSSL_${kLibraryPrefix[libraryNumber] ?? ''}${name}`;
  }
  return err;
}

// The message of the last OpenSSL failure, or undefined.
function opensslMessage() {
  const info = binding.lastError();
  return info === undefined ? undefined : info[0];
}

const kDataTypes = ['string', 'Buffer', 'TypedArray', 'DataView'];
const kKeyTypes = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];

// A Uint8Array over the bytes of a view (DataView, any TypedArray), for the binding, which
// reads typed arrays and ArrayBuffers only.
function bytesOf(view) {
  if (view instanceof Uint8Array) return view;
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

// Data to hash or encrypt: a string (kept as is when utf8, for the binding to encode) or a
// view. Throws ERR_INVALID_ARG_TYPE for anything else.
function toData(data, encoding, name = 'data') {
  if (typeof data === 'string') {
    if (encoding === undefined || encoding === 'utf8' || encoding === 'utf-8') return data;
    return Buffer.from(data, encoding);
  }
  if (isArrayBufferView(data)) return bytesOf(data);
  throw new ERR_INVALID_ARG_TYPE(name, kDataTypes, data);
}

// Key or salt material: a string (in `encoding`), ArrayBuffer or view, as a Uint8Array.
function toBytes(value, name, encoding = 'utf8', types = kKeyTypes, allowString = true) {
  if (typeof value === 'string' && allowString) return Buffer.from(value, encoding);
  if (isArrayBufferView(value)) return bytesOf(value);
  if (isAnyArrayBuffer(value)) return new Uint8Array(value);
  throw new ERR_INVALID_ARG_TYPE(name, types, value);
}

// A Buffer sharing the memory of the binding's Uint8Array u8.
function asBuffer(u8) {
  return new FastBuffer(u8.buffer, u8.byteOffset, u8.byteLength);
}

// u8 as a Buffer, or a string in `encoding`.
function encodeBytes(u8, encoding) {
  const buf = asBuffer(u8);
  if (encoding === undefined || encoding === 'buffer') return buf;
  return buf.toString(encoding);
}

// Views of the first n bytes of digestBuffer, made on first use.
const digestViews = [];

// The result of a binding digest: `r` bytes in digestBuffer (r a number) or a Uint8Array.
function digestOutput(r, encoding) {
  if (typeof r !== 'number') return encodeBytes(r, encoding);
  const view = digestViews[r] ??= digestBuffer.subarray(0, r);
  if (encoding === 'hex') return view.toHex();
  // A Buffer of its own (not a slice of the pool): cheaper to make for a few bytes.
  const buf = new FastBuffer(r);
  buf.set(view);
  if (encoding === undefined || encoding === 'buffer') return buf;
  return buf.toString(encoding);
}

// Throws the error for a negative binding code `r` (from an operation named `op`).
function throwCode(r, op) {
  switch (r) {
    case E_KEYLEN: throw new ERR_CRYPTO_INVALID_KEYLEN();
    case E_IV: throw new ERR_CRYPTO_INVALID_IV();
    case E_STATE: throw new ERR_CRYPTO_INVALID_STATE(op);
    case E_AUTH: throw new Error('Unsupported state or unable to authenticate data');
    default: throw opensslError();
  }
}

// What the binding takes to name digest `name`: a small id (cheaper to pass than a string),
// or the name itself when the binding gives none (unknown names: the binding reports them).
const digestIds = new Map();
function digestId(name) {
  let id = digestIds.get(name);
  if (id === undefined) {
    id = binding.digestId(name);
    if (id < 0) return name;
    if (digestIds.size < 256) digestIds.set(name, id);
  }
  return id;
}

// Size of a digest in bytes, or throws ERR_CRYPTO_INVALID_DIGEST.
function digestSize(digest) {
  const info = binding.digestInfo(digest);
  if (info === undefined) throw new ERR_CRYPTO_INVALID_DIGEST(digest);
  return info[0];
}

const kHashNames =
  'RSA-MD5 RSA-RIPEMD160 RSA-SHA1 RSA-SHA1-2 RSA-SHA224 RSA-SHA256 RSA-SHA3-224 ' +
  'RSA-SHA3-256 RSA-SHA3-384 RSA-SHA3-512 RSA-SHA384 RSA-SHA512 RSA-SHA512/224 ' +
  'RSA-SHA512/256 RSA-SM3 blake2b512 blake2s256 id-rsassa-pkcs1-v1_5-with-sha3-224 ' +
  'id-rsassa-pkcs1-v1_5-with-sha3-256 id-rsassa-pkcs1-v1_5-with-sha3-384 ' +
  'id-rsassa-pkcs1-v1_5-with-sha3-512 md5 md5-sha1 md5WithRSAEncryption ripemd ripemd160 ' +
  'ripemd160WithRSA rmd160 sha1 sha1WithRSAEncryption sha224 sha224WithRSAEncryption sha256 ' +
  'sha256WithRSAEncryption sha3-224 sha3-256 sha3-384 sha3-512 sha384 ' +
  'sha384WithRSAEncryption sha512 sha512-224 sha512-224WithRSAEncryption sha512-256 ' +
  'sha512-256WithRSAEncryption sha512WithRSAEncryption shake128 shake256 sm3 ' +
  'sm3WithRSAEncryption ssl3-md5 ssl3-sha1';
const kCipherNames =
  'aes-128-cbc aes-128-cbc-hmac-sha1 aes-128-cbc-hmac-sha256 aes-128-ccm aes-128-cfb ' +
  'aes-128-cfb1 aes-128-cfb8 aes-128-ctr aes-128-ecb aes-128-gcm aes-128-ocb aes-128-ofb ' +
  'aes-128-xts aes-192-cbc aes-192-ccm aes-192-cfb aes-192-cfb1 aes-192-cfb8 aes-192-ctr ' +
  'aes-192-ecb aes-192-gcm aes-192-ocb aes-192-ofb aes-256-cbc aes-256-cbc-hmac-sha1 ' +
  'aes-256-cbc-hmac-sha256 aes-256-ccm aes-256-cfb aes-256-cfb1 aes-256-cfb8 aes-256-ctr ' +
  'aes-256-ecb aes-256-gcm aes-256-ocb aes-256-ofb aes-256-xts aes128 aes128-wrap ' +
  'aes128-wrap-pad aes192 aes192-wrap aes192-wrap-pad aes256 aes256-wrap aes256-wrap-pad ' +
  'aria-128-cbc aria-128-ccm aria-128-cfb aria-128-cfb1 aria-128-cfb8 aria-128-ctr ' +
  'aria-128-ecb aria-128-gcm aria-128-ofb aria-192-cbc aria-192-ccm aria-192-cfb ' +
  'aria-192-cfb1 aria-192-cfb8 aria-192-ctr aria-192-ecb aria-192-gcm aria-192-ofb ' +
  'aria-256-cbc aria-256-ccm aria-256-cfb aria-256-cfb1 aria-256-cfb8 aria-256-ctr ' +
  'aria-256-ecb aria-256-gcm aria-256-ofb aria128 aria192 aria256 camellia-128-cbc ' +
  'camellia-128-cfb camellia-128-cfb1 camellia-128-cfb8 camellia-128-ctr camellia-128-ecb ' +
  'camellia-128-ofb camellia-192-cbc camellia-192-cfb camellia-192-cfb1 camellia-192-cfb8 ' +
  'camellia-192-ctr camellia-192-ecb camellia-192-ofb camellia-256-cbc camellia-256-cfb ' +
  'camellia-256-cfb1 camellia-256-cfb8 camellia-256-ctr camellia-256-ecb camellia-256-ofb ' +
  'camellia128 camellia192 camellia256 chacha20 chacha20-poly1305 des-ede des-ede-cbc ' +
  'des-ede-cfb des-ede-ecb des-ede-ofb des-ede3 des-ede3-cbc des-ede3-cfb des-ede3-cfb1 ' +
  'des-ede3-cfb8 des-ede3-ecb des-ede3-ofb des3 des3-wrap id-aes128-CCM id-aes128-GCM ' +
  'id-aes128-wrap id-aes128-wrap-pad id-aes192-CCM id-aes192-GCM id-aes192-wrap ' +
  'id-aes192-wrap-pad id-aes256-CCM id-aes256-GCM id-aes256-wrap id-aes256-wrap-pad ' +
  'id-smime-alg-CMS3DESwrap sm4 sm4-cbc sm4-cfb sm4-ctr sm4-ecb sm4-ofb';
const kCurveNames =
  'Oakley-EC2N-3 Oakley-EC2N-4 SM2 brainpoolP160r1 brainpoolP160t1 brainpoolP192r1 ' +
  'brainpoolP192t1 brainpoolP224r1 brainpoolP224t1 brainpoolP256r1 brainpoolP256t1 ' +
  'brainpoolP320r1 brainpoolP320t1 brainpoolP384r1 brainpoolP384t1 brainpoolP512r1 ' +
  'brainpoolP512t1 c2pnb163v1 c2pnb163v2 c2pnb163v3 c2pnb176v1 c2pnb208w1 c2pnb272w1 ' +
  'c2pnb304w1 c2pnb368w1 c2tnb191v1 c2tnb191v2 c2tnb191v3 c2tnb239v1 c2tnb239v2 c2tnb239v3 ' +
  'c2tnb359v1 c2tnb431r1 prime192v1 prime192v2 prime192v3 prime239v1 prime239v2 prime239v3 ' +
  'prime256v1 secp112r1 secp112r2 secp128r1 secp128r2 secp160k1 secp160r1 secp160r2 ' +
  'secp192k1 secp224k1 secp224r1 secp256k1 secp384r1 secp521r1 sect113r1 sect113r2 ' +
  'sect131r1 sect131r2 sect163k1 sect163r1 sect163r2 sect193r1 sect193r2 sect233k1 ' +
  'sect233r1 sect239k1 sect283k1 sect283r1 sect409k1 sect409r1 sect571k1 sect571r1 ' +
  'wap-wsg-idm-ecid-wtls1 wap-wsg-idm-ecid-wtls10 wap-wsg-idm-ecid-wtls11 ' +
  'wap-wsg-idm-ecid-wtls12 wap-wsg-idm-ecid-wtls3 wap-wsg-idm-ecid-wtls4 ' +
  'wap-wsg-idm-ecid-wtls5 wap-wsg-idm-ecid-wtls6 wap-wsg-idm-ecid-wtls7 ' +
  'wap-wsg-idm-ecid-wtls8 wap-wsg-idm-ecid-wtls9';

// Node's lists, limited to what the OpenSSL Lode runs on provides (computed once).
let hashes;
let ciphers;
function getHashes() {
  hashes ??= binding.supported(0, kHashNames.split(' ').join('\0')).split('\0');
  return hashes.slice();
}
function getCiphers() {
  ciphers ??= binding.supported(1, kCipherNames.split(' ').join('\0')).split('\0');
  return ciphers.slice();
}
function getCurves() {
  return kCurveNames.split(' ');
}

// A Transform stream whose stream state is created on first use: Hash, Hmac, Cipheriv and
// Decipheriv extend it, and most programs never use them as streams.
let Transform;
function LazyTransform(options) {
  this._options = options;
}
function setUpLazyTransform() {
  Transform = require('stream').Transform;
  Object.setPrototypeOf(LazyTransform.prototype, Transform.prototype);
  Object.setPrototypeOf(LazyTransform, Transform);
  for (const name of ['_readableState', '_writableState', '_transformState']) {
    Object.defineProperty(LazyTransform.prototype, name, {
      __proto__: null,
      get() {
        Transform.call(this, this._options);
        return this[name];
      },
      set(value) {
        Object.defineProperty(this, name, {
          __proto__: null, value, enumerable: true, configurable: true, writable: true,
        });
      },
      enumerable: true,
      configurable: true,
    });
  }
}
setUpLazyTransform();

module.exports = {
  binding,
  E_UNKNOWN, E_KEYLEN, E_IV, E_TAGLEN, E_TAG_REQUIRED, E_OPENSSL, E_AUTH, E_STATE, E_NOT_XOF,
  opensslError,
  opensslMessage,
  osslError,
  toData,
  toBytes,
  bytesOf,
  asBuffer,
  encodeBytes,
  digestOutput,
  throwCode,
  digestSize,
  digestId,
  getHashes,
  getCiphers,
  getCurves,
  LazyTransform,
  kDataTypes,
  kKeyTypes,
};
