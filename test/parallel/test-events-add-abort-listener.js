'use strict';
// events.addAbortListener() calls the listener once when the signal aborts,
// on a microtask if it already has; the returned disposable removes it.
const common = require('../common');
const assert = require('assert');
const { addAbortListener } = require('events');

const ac = new AbortController();
const disposable = addAbortListener(ac.signal, common.mustCall((event) => {
  assert.strictEqual(event.type, 'abort');
}));
const dispose = Symbol.dispose ?? Object.getOwnPropertySymbols(disposable)[0];
assert.strictEqual(typeof disposable[dispose], 'function');
ac.abort();
ac.abort();

// Already aborted: called later, without arguments.
let sync = true;
addAbortListener(AbortSignal.abort(), common.mustCall((...args) => {
  assert.strictEqual(sync, false);
  assert.strictEqual(args.length, 0);
}));
sync = false;

// Disposed before the abort: never called.
const ac2 = new AbortController();
const d2 = addAbortListener(ac2.signal, common.mustNotCall());
d2[dispose]();
ac2.abort();

assert.throws(() => addAbortListener(), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "signal" argument must be an instance of AbortSignal. Received undefined',
});
assert.throws(() => addAbortListener({}, () => {}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => addAbortListener(new AbortController().signal), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "listener" argument must be of type function. Received undefined',
});
