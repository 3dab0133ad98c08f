'use strict';
// Bad input for blob: wrong types, out-of-range and huge values, closed or
// unbound handles, missing files. Each case must fail with Node's error name, code and message.
require('../common');
const assert = require('assert');
const { Blob } = require('buffer');

const throwing = [
  ['blob bad parts', () => new Blob(5), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'Value cannot be converted to sequence.' }],
  ['blob bad parts string', () => new Blob('abc'), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'Value cannot be converted to sequence.' }],
  ['blob bad options', () => new Blob([], 5), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "options" argument must be a dictionary. Received type number (5)' }],
  ['blob bad endings', () => new Blob([], { endings: 'bogus' }), { name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE', message: 'The property \'options.endings\' is invalid. Received \'bogus\'' }],
  ['blob slice weird', () => { const b = new Blob(['abc']).slice('x', 'y'); if (b.size !== 3) throw new Error('size ' + b.size); }, { name: 'Error', message: 'size 0' }],
  ['file no name', () => new (require('buffer').File)(['a']), { name: 'TypeError', code: 'ERR_MISSING_ARGS', message: 'The "fileBits" and "fileName" arguments must be specified' }],
];
for (const [label, fn, expected] of throwing) {
  assert.throws(fn, expected, label);
}

const rejecting = [
  ['blob bad this', () => Blob.prototype.text.call({}), { name: 'TypeError', code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type Blob' }],
];
let done = false;
(async () => {
  for (const [label, fn, expected] of rejecting) {
    await assert.rejects(fn, expected, label);
  }
})().then(() => { done = true; });
process.on('exit', () => assert.ok(done, 'not every rejection was checked'));

// slice() coerces non-numeric bounds to 0 rather than throwing.
assert.strictEqual(new Blob(['abc']).slice('x', 'y').size, 0);
assert.strictEqual(new Blob(['abc']).slice(-2).size, 2);
assert.strictEqual(new Blob(['abc']).slice(10, 20).size, 0);
