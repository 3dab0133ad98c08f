'use strict';
// A rejection reported through 'unhandledRejection' that later gets a handler is
// followed by 'rejectionHandled' with the same promise, whether the handler comes from
// .catch()/.then() or from `await`. loud-rejection, currently-unhandled and test
// runners keep their list of pending rejections with this pair of events.
const common = require('../common');
const assert = require('assert');

const reported = [];
const handled = [];
process.on('unhandledRejection', (reason, promise) => reported.push(promise));
process.on('rejectionHandled', common.mustCall((promise) => handled.push(promise), 2));

const viaCatch = Promise.reject(new Error('handled with catch later'));
const viaAwait = Promise.reject(new Error('handled with await later'));

setTimeout(common.mustCall(() => {
  assert.deepStrictEqual(reported, [viaCatch, viaAwait]);
  viaCatch.catch(() => {});
  (async () => {
    try {
      await viaAwait;
    } catch {
      // handled
    }
  })();
  setTimeout(common.mustCall(() => {
    assert.strictEqual(handled.length, 2);
    assert.ok(handled.includes(viaCatch));
    assert.ok(handled.includes(viaAwait));
  }), 10);
}), 10);
