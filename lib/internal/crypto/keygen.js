'use strict';
// generateKeyPair(Sync) and generateKey(Sync). Key pairs are made by OpenSSL on the thread
// pool (the asynchronous forms) through binding.keyGenerate; the public key is the public
// half of the generated private key.

const { binding, digestSize, opensslError } = require('internal/crypto/util');
const {
  PublicKeyObject, PrivateKeyObject, SecretKeyObject, parseExportEncoding, encodeExport,
  exportJwk, keyHandle,
} = require('internal/crypto/keys');
const { randomBytes } = require('internal/crypto/random');
const {
  validateString, validateObject, validateFunction, validateUint32, validateInt32,
  validateInteger,
} = require('internal/validators');
const { codes: {
  ERR_INVALID_ARG_VALUE, ERR_INVALID_ARG_TYPE, ERR_CRYPTO_INVALID_CURVE,
  ERR_CRYPTO_UNKNOWN_DH_GROUP, ERR_INCOMPATIBLE_OPTION_PAIR, ERR_MISSING_OPTION,
} } = require('internal/errors');

const kKeyTypes = ['rsa', 'rsa-pss', 'dsa', 'ec', 'ed25519', 'ed448', 'x25519', 'x448', 'dh'];

// Validates the options of a key-pair type and returns the binding's arguments
// [type, a, b, c, d, e] (see keyGenerate in src/bindings/crypto_pkey.c).
function keyPairArgs(type, options) {
  validateString(type, 'type');
  if (!kKeyTypes.includes(type)) {
    throw new ERR_INVALID_ARG_VALUE('type', type, 'must be a supported key type');
  }
  if (options !== undefined || type === 'rsa' || type === 'rsa-pss' || type === 'dsa' ||
      type === 'ec' || type === 'dh') {
    validateObject(options, 'options');
  }
  switch (type) {
    case 'rsa':
    case 'rsa-pss': {
      const { modulusLength, publicExponent = 0x10001 } = options;
      validateUint32(modulusLength, 'options.modulusLength');
      validateUint32(publicExponent, 'options.publicExponent');
      if (type === 'rsa') return [type, modulusLength, publicExponent];
      const { hashAlgorithm, mgf1HashAlgorithm, saltLength } = options;
      if (hashAlgorithm !== undefined) {
        validateString(hashAlgorithm, 'options.hashAlgorithm');
        digestSize(hashAlgorithm);
      }
      if (mgf1HashAlgorithm !== undefined) {
        validateString(mgf1HashAlgorithm, 'options.mgf1HashAlgorithm');
        digestSize(mgf1HashAlgorithm);
      }
      if (saltLength !== undefined) validateInt32(saltLength, 'options.saltLength', 0);
      // A hash alone also restricts MGF1 to it and the salt to its size (as Node does).
      return [type, modulusLength, publicExponent, hashAlgorithm ?? null,
        mgf1HashAlgorithm ?? hashAlgorithm ?? null,
        saltLength ?? (hashAlgorithm !== undefined ? digestSize(hashAlgorithm) : null)];
    }
    case 'ec': {
      const { namedCurve, paramEncoding } = options;
      validateString(namedCurve, 'options.namedCurve');
      if (paramEncoding !== undefined && paramEncoding !== 'named' &&
          paramEncoding !== 'explicit') {
        throw new ERR_INVALID_ARG_VALUE('options.paramEncoding', paramEncoding);
      }
      if (binding.ecPointConvert(namedCurve, new Uint8Array(0), 4) === -1) {
        throw new ERR_CRYPTO_INVALID_CURVE();
      }
      return [type, namedCurve, paramEncoding ?? 'named'];
    }
    case 'dsa': {
      const { modulusLength, divisorLength } = options;
      validateUint32(modulusLength, 'options.modulusLength');
      if (divisorLength !== undefined) validateInt32(divisorLength, 'options.divisorLength', 0);
      return [type, modulusLength, divisorLength ?? null];
    }
    case 'dh': {
      const { group, prime, primeLength, generator } = options;
      if (group !== undefined) {
        if (prime !== undefined) throw new ERR_INCOMPATIBLE_OPTION_PAIR('group', 'prime');
        if (primeLength !== undefined) {
          throw new ERR_INCOMPATIBLE_OPTION_PAIR('group', 'primeLength');
        }
        if (generator !== undefined) {
          throw new ERR_INCOMPATIBLE_OPTION_PAIR('group', 'generator');
        }
        validateString(group, 'options.group');
        if (binding.dhGroup(group) === undefined) throw new ERR_CRYPTO_UNKNOWN_DH_GROUP();
        return [type, group];
      }
      if (prime !== undefined) {
        throw new ERR_INVALID_ARG_VALUE('options.prime', prime, 'is not supported by Lode');
      }
      if (primeLength === undefined) {
        throw new ERR_MISSING_OPTION('At least one of the group, prime, or primeLength options');
      }
      validateInt32(primeLength, 'options.primeLength', 0);
      if (generator !== undefined) validateInt32(generator, 'options.generator', 0);
      return [type, primeLength, generator ?? 2];
    }
    default:
      return [type];
  }
}

// Validates publicKeyEncoding/privateKeyEncoding: a function turning the KeyObject into the
// requested output (the KeyObject itself when the option is absent).
function encoder(options, which, isPrivate, type) {
  const enc = options?.[which];
  if (enc === undefined) return (key) => key;
  const name = `options.${which}`;
  if (typeof enc !== 'object' || enc === null) throw new ERR_INVALID_ARG_VALUE(name, enc);
  if (enc.format === 'jwk') return (key) => exportJwk(key, isPrivate);
  const parsed = parseExportEncoding(type, enc, isPrivate, name);
  return (key) => encodeExport(binding.keyExport(keyHandle(key), parsed.pem, parsed.structure,
    isPrivate, parsed.cipher, parsed.passphrase), parsed.pem);
}

function prepare(type, options) {
  const args = keyPairArgs(type, options);
  const encodePublic = encoder(options, 'publicKeyEncoding', false, type);
  const encodePrivate = encoder(options, 'privateKeyEncoding', true, type);
  return { args, encodePublic, encodePrivate };
}

function finish(handle, encodePublic, encodePrivate) {
  const privateKey = new PrivateKeyObject(handle);
  const publicKey = new PublicKeyObject(binding.keyPublic(handle));
  return { publicKey: encodePublic(publicKey), privateKey: encodePrivate(privateKey) };
}

function generateKeyPairSync(type, options) {
  const { args, encodePublic, encodePrivate } = prepare(type, options);
  const r = binding.keyGenerate(...args);
  if (typeof r === 'number') throw opensslError();
  return finish(r, encodePublic, encodePrivate);
}

function generateKeyPair(type, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  const { args, encodePublic, encodePrivate } = prepare(type, options);
  const req = {
    oncomplete(status, handle) {
      if (status !== 0) {
        callback(opensslError());
        return;
      }
      let result;
      try {
        result = finish(handle, encodePublic, encodePrivate);
      } catch (err) {
        callback(err);
        return;
      }
      callback(null, result.publicKey, result.privateKey);
    },
  };
  while (args.length < 6) args.push(undefined);
  const r = binding.keyGenerate(...args, req);
  // OpenSSL refused the parameters before any work: still an asynchronous error.
  if (typeof r === 'number') process.nextTick(callback, opensslError());
}

// Validates generateKey's arguments; returns the key size in bytes.
function secretKeyLength(type, options) {
  validateString(type, 'type');
  validateObject(options, 'options');
  const { length } = options;
  if (type === 'hmac') {
    validateInteger(length, 'options.length', 8, 2 ** 31 - 1);
    return Math.floor(length / 8);
  }
  if (type === 'aes') {
    if (typeof length !== 'number') {
      throw new ERR_INVALID_ARG_TYPE('options.length', 'number', length);
    }
    if (length !== 128 && length !== 192 && length !== 256) {
      throw new ERR_INVALID_ARG_VALUE('options.length', length, 'must be one of: 128, 192, 256');
    }
    return length / 8;
  }
  throw new ERR_INVALID_ARG_VALUE('type', type, 'must be a supported key type');
}

function generateKeySync(type, options) {
  const size = secretKeyLength(type, options);
  return new SecretKeyObject(new Uint8Array(randomBytes(size)));
}

function generateKey(type, options, callback) {
  const size = secretKeyLength(type, options);
  validateFunction(callback, 'callback');
  randomBytes(size, (err, bytes) => {
    if (err) callback(err);
    else callback(null, new SecretKeyObject(new Uint8Array(bytes)));
  });
}

module.exports = { generateKeyPair, generateKeyPairSync, generateKey, generateKeySync };
