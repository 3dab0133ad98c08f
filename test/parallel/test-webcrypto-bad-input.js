'use strict';
// Bad input for webcrypto: wrong types, out-of-range and huge values, closed or
// unbound handles, missing files. Each case must fail with Node's error name, code and message.
require('../common');
const assert = require('assert');
const s = globalThis.crypto.subtle;

const throwing = [
  ['getRandomValues float', () => globalThis.crypto.getRandomValues(new Float32Array(2)), { name: 'TypeMismatchError', code: 17, message: 'The data argument must be an integer-type TypedArray' }],
  ['getRandomValues huge', () => globalThis.crypto.getRandomValues(new Uint8Array(65537)), { name: 'QuotaExceededError', code: 22, message: 'The requested length exceeds 65,536 bytes' }],
  ['CryptoKey ctor', () => new CryptoKey(), { name: 'TypeError', code: 'ERR_ILLEGAL_CONSTRUCTOR', message: 'Illegal constructor' }],
];
for (const [label, fn, expected] of throwing) {
  assert.throws(fn, expected, label);
}

const rejecting = [
  ['subtle digest bad alg', () => s.digest('SHA-999', new Uint8Array(1)), { name: 'NotSupportedError', code: 9, message: 'Unrecognized algorithm name' }],
  ['subtle digest bad data', () => s.digest('SHA-256', 5), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'Failed to execute \'digest\' on \'SubtleCrypto\': 2nd argument is not instance of ArrayBuffer, Buffer, TypedArray, or DataView.' }],
  ['subtle importKey bad format', () => s.importKey('bogus', new Uint8Array(16), 'AES-GCM', false, ['encrypt']), { name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE', message: 'Failed to execute \'importKey\' on \'SubtleCrypto\': 1st argument \'bogus\' is not a valid enum value of type KeyFormat.' }],
  ['subtle importKey bad alg', () => s.importKey('raw', new Uint8Array(16), 'BOGUS', false, ['encrypt']), { name: 'NotSupportedError', code: 9, message: 'Unrecognized algorithm name' }],
  ['subtle importKey bad len', () => s.importKey('raw', new Uint8Array(5), 'AES-GCM', false, ['encrypt']), { name: 'DataError', code: 0, message: 'Invalid key length' }],
  ['subtle importKey bad usage', () => s.importKey('raw', new Uint8Array(16), 'AES-GCM', false, ['sign']), { name: 'SyntaxError', code: 12, message: 'Unsupported key usage for AES-GCM key' }],
  ['subtle generateKey bad', () => s.generateKey({ name: 'AES-GCM', length: 100 }, false, ['encrypt']), { name: 'OperationError', code: 0, message: 'AES key length must be 128, 192, or 256 bits' }],
  ['subtle generateKey no usages', () => s.generateKey({ name: 'AES-GCM', length: 128 }, false, []), { name: 'SyntaxError', code: 12, message: 'Usages cannot be empty when creating a key.' }],
  ['subtle encrypt non-key', () => s.encrypt({ name: 'AES-GCM', iv: new Uint8Array(12) }, 5, new Uint8Array(1)), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'Failed to execute \'encrypt\' on \'SubtleCrypto\': 2nd argument is not of type CryptoKey.' }],
  ['subtle exportKey nonextractable', async () => { const k = await s.generateKey({ name: 'AES-GCM', length: 128 }, false, ['encrypt']); return s.exportKey('raw', k); }, { name: 'InvalidAccessError', code: 15, message: 'key is not extractable' }],
  ['subtle encrypt wrong usage', async () => { const k = await s.generateKey({ name: 'AES-GCM', length: 128 }, false, ['decrypt']); return s.encrypt({ name: 'AES-GCM', iv: new Uint8Array(12) }, k, new Uint8Array(1)); }, { name: 'InvalidAccessError', code: 15, message: 'Unable to use this key to encrypt' }],
  ['subtle encrypt alg mismatch', async () => { const k = await s.generateKey({ name: 'AES-GCM', length: 128 }, false, ['encrypt']); return s.encrypt({ name: 'AES-CBC', iv: new Uint8Array(16) }, k, new Uint8Array(1)); }, { name: 'InvalidAccessError', code: 15, message: 'Key algorithm mismatch' }],
  ['subtle decrypt bad tag', async () => { const k = await s.generateKey({ name: 'AES-GCM', length: 128 }, false, ['decrypt']); return s.decrypt({ name: 'AES-GCM', iv: new Uint8Array(12) }, k, new Uint8Array(32)); }, { name: 'OperationError', code: 0, message: 'The operation failed for an operation-specific reason' }],
  ['subtle cbc bad iv', async () => { const k = await s.generateKey({ name: 'AES-CBC', length: 128 }, false, ['encrypt']); return s.encrypt({ name: 'AES-CBC', iv: new Uint8Array(5) }, k, new Uint8Array(1)); }, { name: 'OperationError', code: 0, message: 'algorithm.iv must contain exactly 16 bytes' }],
  ['subtle sign hmac wrong usage', async () => { const k = await s.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['verify']); return s.sign('HMAC', k, new Uint8Array(1)); }, { name: 'InvalidAccessError', code: 15, message: 'Unable to use this key to sign' }],
  ['subtle deriveBits bad', async () => { const k = await s.importKey('raw', new Uint8Array(8), 'PBKDF2', false, ['deriveBits']); return s.deriveBits({ name: 'PBKDF2', salt: new Uint8Array(8), iterations: 0, hash: 'SHA-256' }, k, 128); }, { name: 'OperationError', code: 0, message: 'iterations cannot be zero' }],
  ['subtle deriveBits len', async () => { const k = await s.importKey('raw', new Uint8Array(8), 'PBKDF2', false, ['deriveBits']); return s.deriveBits({ name: 'PBKDF2', salt: new Uint8Array(8), iterations: 1, hash: 'SHA-256' }, k, 7); }, { name: 'OperationError', code: 0, message: 'length must be a multiple of 8' }],
  ['subtle pbkdf2 extractable', () => s.importKey('raw', new Uint8Array(8), 'PBKDF2', true, ['deriveBits']), { name: 'SyntaxError', code: 12, message: 'PBKDF2 keys are not extractable' }],
];
let done = false;
(async () => {
  for (const [label, fn, expected] of rejecting) {
    await assert.rejects(fn, expected, label);
  }
})().then(() => { done = true; });
process.on('exit', () => assert.ok(done, 'not every rejection was checked'));
