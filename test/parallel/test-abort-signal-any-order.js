'use strict';
// AbortSignal.any(): the order in which dependent signals fire (the order in which they
// got their first 'abort' listener, as Node has it), aborted state visible to every
// listener, WebIDL errors for non-sequences; util.aborted(); inspect of subclasses.
const common = require('../common');
const assert = require('assert');
const util = require('util');

function abortOrder(build) {
  const calls = [];
  const source = new AbortController();
  for (const [name, signal] of build(source.signal)) {
    signal.addEventListener('abort', () => calls.push(name));
  }
  source.signal.addEventListener('abort', () => calls.push('source'));
  source.abort();
  return calls;
}

assert.deepStrictEqual(abortOrder((s) => {
  const a = AbortSignal.any([s]);
  const b = AbortSignal.any([s]);
  return [['a', a], ['b', b]];
}), ['source', 'a', 'b']);
assert.deepStrictEqual(abortOrder((s) => {
  const a = AbortSignal.any([s]);
  const b = AbortSignal.any([s]);
  return [['b', b], ['a', a]];
}), ['source', 'b', 'a']);
// A composite of a composite follows the composite's own sources.
assert.deepStrictEqual(abortOrder((s) => {
  const a = AbortSignal.any([s]);
  const b = AbortSignal.any([a]);
  return [['b', b], ['a', a]];
}), ['source', 'b', 'a']);

// Only the first 'abort' listener counts; listeners of other types do not.
{
  const calls = [];
  const source = new AbortController();
  const a = AbortSignal.any([source.signal]);
  const b = AbortSignal.any([source.signal]);
  a.addEventListener('other', () => {});
  b.addEventListener('abort', () => calls.push('b'));
  a.addEventListener('abort', () => calls.push('a'));
  b.addEventListener('abort', () => calls.push('b2'));
  const onA = () => calls.push('a2');
  a.addEventListener('abort', onA);
  a.removeEventListener('abort', onA);
  a.addEventListener('abort', onA);
  source.abort();
  assert.deepStrictEqual(calls, ['b', 'b2', 'a', 'a2']);
}

// Every dependent is aborted before the first listener runs.
{
  const source = new AbortController();
  const a = AbortSignal.any([source.signal]);
  const b = AbortSignal.any([a]);
  source.signal.addEventListener('abort', common.mustCall(() => {
    assert.strictEqual(a.aborted, true);
    assert.strictEqual(b.aborted, true);
    assert.strictEqual(b.reason, 'why');
  }));
  source.abort('why');
}

// The first source to abort gives the reason; later aborts change nothing.
{
  const first = new AbortController();
  const second = new AbortController();
  const any = AbortSignal.any([first.signal, second.signal]);
  any.addEventListener('abort', common.mustCall());
  first.signal.addEventListener('abort', () => second.abort('second'));
  first.abort('first');
  assert.strictEqual(any.reason, 'first');
  assert.strictEqual(second.signal.reason, 'second');
}

// A sequence must be an object: strings are rejected although iterable.
for (const value of ['ab', 1, null, undefined, {}]) {
  assert.throws(() => AbortSignal.any(value), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'signals cannot be converted to sequence.',
  });
}
assert.throws(() => AbortSignal.any([new AbortController().signal, {}]), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'signals[1] is not of type AbortSignal.',
});

// The default reasons are made in the call: their stacks start there.
{
  const controller = new AbortController();
  controller.abort();
  for (const reason of [controller.signal.reason, AbortSignal.abort().reason]) {
    assert.ok(reason instanceof DOMException);
    assert.strictEqual(reason.name, 'AbortError');
    assert.strictEqual(reason.code, 20);
    assert.strictEqual(reason.message, 'This operation was aborted');
    assert.match(reason.stack, /^AbortError: This operation was aborted\n {4}at /);
  }
}

// Subclasses are inspected under their own name.
{
  class MyController extends AbortController {}
  const controller = new MyController();
  assert.strictEqual(util.inspect(controller),
                     'MyController { signal: AbortSignal { aborted: false } }');
  controller.abort();
  assert.strictEqual(util.inspect(controller.signal), 'AbortSignal { aborted: true }');
  assert.strictEqual(util.inspect({ a: { b: controller } }, { depth: 1 }),
                     '{ a: { b: MyController [AbortController] {} } }');
  assert.strictEqual(util.inspect({ a: controller.signal }, { depth: 0 }), '{ a: [AbortSignal] }');
}

// util.aborted(): rejects (never throws) on bad input, with Node's errors.
(async () => {
  await assert.rejects(util.aborted({}, {}), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'signal is not of type AbortSignal.',
  });
  for (const resource of [1, null, undefined, 'x']) {
    await assert.rejects(util.aborted(new AbortController().signal, resource), {
      name: 'TypeError',
      code: 'ERR_INVALID_ARG_TYPE',
    });
  }
  await util.aborted(AbortSignal.abort(), {});
  await util.aborted(AbortSignal.abort(), () => {});

  // It fulfills with the 'abort' event when the signal aborts, even if a listener
  // stopped the event's immediate propagation.
  const controller = new AbortController();
  controller.signal.addEventListener('abort', (e) => e.stopImmediatePropagation());
  const resource = {};
  const promise = util.aborted(controller.signal, resource);
  setTimeout(() => controller.abort(), 1);
  const event = await promise;
  assert.ok(event instanceof Event);
  assert.strictEqual(event.type, 'abort');
  assert.strictEqual(event.target, controller.signal);
})().then(common.mustCall());
