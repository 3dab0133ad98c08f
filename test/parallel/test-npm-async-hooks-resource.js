'use strict';
// on-finished (express, koa, send, body-parser) wraps its callbacks with
// `new AsyncResource(name).runInAsyncScope.bind(...)`; cls-style packages use
// AsyncLocalStorage. Both must work, and the store must follow process.nextTick,
// queueMicrotask, timers and immediates.
const common = require('../common');
const assert = require('assert');
const {
  AsyncResource, AsyncLocalStorage, executionAsyncId, triggerAsyncId, createHook,
} = require('async_hooks');

// AsyncResource: ids, scope, bind.
const res = new AsyncResource('on-finished-like');
assert.strictEqual(typeof res.asyncId(), 'number');
assert.strictEqual(res.triggerAsyncId(), executionAsyncId());
assert.notStrictEqual(res.asyncId(), executionAsyncId());
const out = res.runInAsyncScope(function(a, b) {
  assert.strictEqual(executionAsyncId(), res.asyncId());
  return [this, a + b];
}, 'self', 1, 2);
assert.deepStrictEqual(out, ['self', 3]);
const bound = res.runInAsyncScope.bind(res, (x) => x * 2, null);
assert.strictEqual(bound(21), 42);
const b2 = res.bind(function f(a, b) { return [this, executionAsyncId()]; });
assert.strictEqual(b2.length, 2);
assert.deepStrictEqual(b2.call('t'), ['t', res.asyncId()]);
assert.strictEqual(AsyncResource.bind(() => 7)(), 7);
assert.strictEqual(res.emitDestroy(), res);
assert.strictEqual(typeof triggerAsyncId(), 'number');

assert.throws(() => new AsyncResource(1), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
assert.throws(() => new AsyncResource('x', { triggerAsyncId: -2 }),
              { code: 'ERR_INVALID_ASYNC_ID', name: 'RangeError' });
assert.throws(() => res.bind(5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => createHook({ init: 1 }), { code: 'ERR_ASYNC_CALLBACK' });
const hook = createHook({});
assert.strictEqual(hook.enable(), hook);
assert.strictEqual(hook.disable(), hook);

// AsyncLocalStorage: run/exit/getStore/enterWith/defaultValue/name.
const als = new AsyncLocalStorage();
assert.strictEqual(als.getStore(), undefined);
assert.strictEqual(als.name, '');
const named = new AsyncLocalStorage({ name: 'req', defaultValue: 0 });
assert.strictEqual(named.name, 'req');
assert.strictEqual(named.getStore(), 0);
assert.throws(() => new AsyncLocalStorage(1), { code: 'ERR_INVALID_ARG_TYPE' });

assert.strictEqual(als.run('a', (x) => als.getStore() + x, '!'), 'a!');
assert.strictEqual(als.getStore(), undefined);
assert.throws(() => als.run('b', () => { throw new Error('boom'); }), /boom/);
assert.strictEqual(als.getStore(), undefined);
als.run('outer', () => {
  named.run(5, () => {
    assert.strictEqual(als.getStore(), 'outer');
    als.exit(() => assert.strictEqual(als.getStore(), undefined));
    assert.strictEqual(named.getStore(), 5);
  });
});

// Deferred callbacks keep the store they were scheduled with.
for (const [name, schedule] of [
  ['nextTick', (fn) => process.nextTick(fn)],
  ['queueMicrotask', (fn) => queueMicrotask(fn)],
  ['setTimeout', (fn) => setTimeout(fn, 1)],
  ['setImmediate', (fn) => setImmediate(fn)],
]) {
  als.run(name, () => {
    schedule(common.mustCall(() => assert.strictEqual(als.getStore(), name)));
  });
}
const snap = als.run('snap', () => AsyncLocalStorage.snapshot());
const bf = als.run('bound', () => AsyncLocalStorage.bind(() => als.getStore()));
assert.strictEqual(snap(() => als.getStore()), 'snap');
assert.strictEqual(bf(), 'bound');
// An AsyncResource carries the store of the place it was made.
const r2 = als.run('resource', () => new AsyncResource('x'));
assert.strictEqual(r2.runInAsyncScope(() => als.getStore()), 'resource');

setTimeout(common.mustCall(() => {
  assert.strictEqual(als.getStore(), undefined);
  als.enterWith('entered');
  assert.strictEqual(als.getStore(), 'entered');
  setImmediate(common.mustCall(() => assert.strictEqual(als.getStore(), 'entered')));
}), 5);
