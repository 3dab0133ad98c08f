'use strict';
// util.promisify: callback-last functions to promises, and util.promisify.custom.
const common = require('../common');
const assert = require('assert');
const { promisify, callbackify } = require('util');

assert.strictEqual(promisify.custom, Symbol.for('nodejs.util.promisify.custom'));

function add(a, b, cb) {
  cb(null, a + b, 'ignored');
}
const addAsync = promisify(add);
assert.strictEqual(addAsync.name, 'add');
assert.strictEqual(addAsync.length, 3);
assert.notStrictEqual(promisify(add), addAsync);
assert.strictEqual(promisify(addAsync), addAsync);
addAsync(1, 2).then(common.mustCall((value) => assert.strictEqual(value, 3)));

// Errors reject; synchronous throws reject too.
const failing = promisify((cb) => cb(new Error('boom')));
assert.rejects(failing(), { message: 'boom' }).then(common.mustCall());
const throwing = promisify(() => { throw new TypeError('sync'); });
assert.rejects(throwing(), TypeError).then(common.mustCall());

// `this` is passed through.
const obj = {
  value: 42,
  get: promisify(function(cb) { cb(null, this.value); }),
};
obj.get().then(common.mustCall((v) => assert.strictEqual(v, 42)));

// A custom promisified version is returned as is.
function legacy() {}
const custom = () => Promise.resolve('custom');
legacy[promisify.custom] = custom;
assert.strictEqual(promisify(legacy), custom);
const badCustom = () => {};
badCustom[promisify.custom] = 1;
assert.throws(() => promisify(badCustom), { code: 'ERR_INVALID_ARG_TYPE' });

// Own properties are copied.
function withProps(cb) { cb(null); }
withProps.extra = 'x';
assert.strictEqual(promisify(withProps).extra, 'x');

for (const bad of [undefined, null, 1, 'x', {}]) {
  assert.throws(() => promisify(bad), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: /^The "original" argument must be of type function/,
  });
}

// callbackify, the other way round.
async function double(x) { return x * 2; }
const doubleCb = callbackify(double);
assert.strictEqual(doubleCb.name, 'doubleCallbackified');
assert.strictEqual(doubleCb.length, 2);
let sync = true;
doubleCb(21, common.mustCall((err, value) => {
  assert.strictEqual(sync, false);
  assert.strictEqual(err, null);
  assert.strictEqual(value, 42);
}));
sync = false;

callbackify(async () => { throw new RangeError('r'); })(common.mustCall((err) => {
  assert.ok(err instanceof RangeError);
}));
callbackify(async () => { throw null; })(common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_FALSY_VALUE_REJECTION');
  assert.strictEqual(err.message, 'Promise was rejected with falsy value');
  assert.strictEqual(err.reason, null);
}));
assert.throws(() => callbackify(double)(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The last argument must be of type function. Received type number (1)',
});
assert.throws(() => callbackify(1), { code: 'ERR_INVALID_ARG_TYPE' });
