'use strict';
// util.types.isPromise and util.inspect know the engine's promises even when a program has
// replaced the global Promise before the first check (the binding reads promises lazily,
// on the engine's own promises), and never take a thenable or a look-alike for one.
require('../common');
const assert = require('assert');

const NativePromise = Promise;
const fulfilled = NativePromise.resolve(42);
const pending = new NativePromise(() => {});
const rejected = NativePromise.reject(new Error('boom'));
rejected.catch(() => {});

globalThis.Promise = function Promise() {};
try {
  const util = require('util');
  assert.strictEqual(util.types.isPromise(fulfilled), true);
  assert.strictEqual(util.types.isPromise(pending), true);
  assert.strictEqual(util.types.isPromise((async () => {})()), true);
  assert.strictEqual(util.types.isPromise({ then() {} }), false);
  assert.strictEqual(util.types.isPromise(new globalThis.Promise()), false);
  const lookAlike = { [Symbol.toStringTag]: 'Promise' };
  assert.strictEqual(util.types.isPromise(lookAlike), false);
  assert.strictEqual(util.inspect(fulfilled), 'Promise { 42 }');
  assert.strictEqual(util.inspect(pending), 'Promise { <pending> }');
  assert.match(util.inspect(rejected), /^Promise \{\n  <rejected> Error: boom\n/);
  class Job { constructor() { this.id = 1; } }
  assert.strictEqual(util.inspect(new Job()), 'Job { id: 1 }');
  assert.strictEqual(util.types.isProxy(new Proxy({}, {})), true);
  assert.strictEqual(util.types.isProxy({}), false);
} finally {
  globalThis.Promise = NativePromise;
}
