'use strict';
// atob() and btoa() (also buffer.atob/btoa) and the DOMException they throw.
require('../common');
const assert = require('assert');
const buffer = require('buffer');

assert.strictEqual(buffer.atob, atob);
assert.strictEqual(buffer.btoa, btoa);

assert.strictEqual(btoa('hello'), 'aGVsbG8=');
assert.strictEqual(btoa(''), '');
assert.strictEqual(btoa('\xff\x00'), '/wA=');
assert.strictEqual(btoa('ab'), 'YWI=');
assert.strictEqual(btoa(12), 'MTI=');
assert.strictEqual(btoa(undefined), 'dW5kZWZpbmVk');
assert.strictEqual(btoa(null), 'bnVsbA==');

assert.strictEqual(atob('aGVsbG8='), 'hello');
assert.strictEqual(atob('aGVsbG8'), 'hello');
assert.strictEqual(atob(' aGVs\nbG8=\t'), 'hello');
assert.strictEqual(atob('ab=\n='), 'i');
assert.strictEqual(atob('YR=='), 'a');
assert.strictEqual(atob(''), '');
assert.strictEqual(atob('/wA='), '\xff\x00');
const all = Array.from({ length: 256 }, (_, i) => String.fromCharCode(i)).join('');
assert.strictEqual(atob(btoa(all)), all);

const invalid = (fn, message) => assert.throws(fn, (err) => {
  assert(err instanceof DOMException);
  assert.strictEqual(err.name, 'InvalidCharacterError');
  assert.strictEqual(err.code, 5);
  assert.strictEqual(err.message, message);
  return true;
});
invalid(() => btoa('\u0100'), 'Invalid character');
invalid(() => btoa('😀'), 'Invalid character');
for (const input of ['aGVsbG8==', 'ab=', 'a===', '=', 'ab$c', 'ab=c', 'abc==', 'ab\vcd', 'ab-_',
  '\u00e9abc']) {
  invalid(() => atob(input), 'Invalid character');
}
for (const input of ['a', 'abcde', undefined]) {
  invalid(() => atob(input), 'The string to be decoded is not correctly encoded.');
}
assert.throws(() => atob(), {
  code: 'ERR_MISSING_ARGS',
  name: 'TypeError',
  message: 'The "input" argument must be specified',
});
assert.throws(() => btoa(), { code: 'ERR_MISSING_ARGS' });

// DOMException itself.
const e = new DOMException('m', 'AbortError');
assert(e instanceof Error);
assert.strictEqual(e.name, 'AbortError');
assert.strictEqual(e.message, 'm');
assert.strictEqual(e.code, 20);
assert.strictEqual(Object.prototype.toString.call(e), '[object DOMException]');
assert.deepStrictEqual(Object.keys(e), []);
assert.strictEqual(new DOMException().name, 'Error');
assert.strictEqual(new DOMException().message, '');
assert.strictEqual(new DOMException('x', 'Unknown').code, 0);
assert.strictEqual(DOMException.DATA_CLONE_ERR, 25);
assert.strictEqual(DOMException.prototype.ABORT_ERR, 20);
const withCause = new DOMException('c', { name: 'DataCloneError', cause: 'why' });
assert.strictEqual(withCause.name, 'DataCloneError');
assert.strictEqual(withCause.cause, 'why');
assert.strictEqual(Object.getOwnPropertyDescriptor(withCause, 'cause').enumerable, false);
assert.throws(() => DOMException.prototype.name, {
  code: 'ERR_INVALID_THIS',
  message: 'Value of "this" must be of DOMException',
});
assert.throws(() => DOMException(), TypeError);
