'use strict';
// A rejection is judged unhandled only after the ticks queued meanwhile, and the microtasks
// those queue, have run: a handler that they attach (however it is attached) makes it
// handled, as in Node. A rejection still unhandled then is reported, with its promise left
// as it was.
const common = require('../common');
const assert = require('assert');
const { compose, finished } = require('stream');

const reported = [];
process.on('unhandledRejection', common.mustCall((reason, promise) => {
  reported.push(reason.message);
  assert.ok(promise instanceof Promise);
  assert.deepStrictEqual(Object.getOwnPropertyNames(promise), []);
  assert.strictEqual(promise.then, Promise.prototype.then);
  assert.strictEqual(promise.constructor, Promise);
}, 2));

const caught = [];

// Rejected in a microtask, handled by .catch() in a tick queued by that microtask.
Promise.resolve().then(() => {
  const p = Promise.reject(new Error('catch'));
  process.nextTick(() => p.catch((err) => caught.push(err.message)));
});

// ... by an await in such a tick.
Promise.resolve().then(() => {
  const p = Promise.reject(new Error('await'));
  process.nextTick(async () => {
    try {
      await p;
    } catch (err) {
      caught.push(err.message);
    }
  });
});

// ... by .then() in a microtask queued by such a tick.
Promise.resolve().then(() => {
  const p = Promise.reject(new Error('then'));
  process.nextTick(() => queueMicrotask(() => p.then(null, (err) => caught.push(err.message))));
});

// ... through a combinator.
Promise.resolve().then(() => {
  const p = Promise.reject(new Error('all'));
  process.nextTick(() => Promise.all([p]).catch((err) => caught.push(err.message)));
});

// From a timer callback too.
setTimeout(() => {
  Promise.resolve().then(() => {
    const p = Promise.reject(new Error('timer'));
    process.nextTick(() => p.catch((err) => caught.push(err.message)));
  });
}, 1);

// Not handled by any tick: reported.
Promise.resolve().then(() => {
  Promise.reject(new Error('unhandled'));
  process.nextTick(() => {});
});

// Handled only in a later phase of the loop: too late, reported.
Promise.resolve().then(() => {
  const p = Promise.reject(new Error('late'));
  setImmediate(() => p.catch((err) => caught.push(err.message)));
});

// stream.compose() with an async function that returns a value: the error reaches
// finished() rather than ending the process.
{
  const s = compose(
    (async function*() { yield 'a'; yield 'b'; })(),
    async function(source) {
      let text = '';
      for await (const chunk of source) text += chunk;
      return text;
    },
  );
  finished(s, common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_INVALID_RETURN_VALUE');
  }));
}

process.on('exit', () => {
  assert.deepStrictEqual(reported.sort(), ['late', 'unhandled']);
  assert.deepStrictEqual(caught.sort(), ['all', 'await', 'catch', 'late', 'then', 'timer']);
});
