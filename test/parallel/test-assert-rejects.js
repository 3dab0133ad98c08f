'use strict';
// assert.rejects() and assert.doesNotReject() take a promise or a function returning
// one, and report failures as rejections.
const common = require('../common');
const assert = require('assert');

(async () => {
  await assert.rejects(Promise.reject(new TypeError('x')), TypeError);
  await assert.rejects(async () => { throw new TypeError('x'); }, { message: 'x' });
  await assert.rejects(() => Promise.reject(new Error('y')), /y/);
  await assert.doesNotReject(Promise.resolve(1));
  await assert.doesNotReject(async () => 1);

  await assert.rejects(assert.rejects(Promise.resolve()), {
    name: 'AssertionError',
    code: 'ERR_ASSERTION',
    message: 'Missing expected rejection.',
    operator: 'rejects',
  });
  await assert.rejects(assert.rejects(Promise.resolve(), Error), {
    message: 'Missing expected rejection (Error).',
  });
  await assert.rejects(assert.rejects(Promise.reject(new Error('a')), TypeError), {
    message: 'The error is expected to be an instance of "TypeError". Received "Error"\n\n' +
      'Error message:\n\na',
  });
  await assert.rejects(assert.doesNotReject(Promise.reject(new Error('a'))), {
    message: 'Got unwanted rejection.\nActual message: "a"',
    operator: 'doesNotReject',
  });

  // Misuse is a rejection too, not a synchronous throw.
  const notAPromise = assert.rejects(5);
  assert(notAPromise instanceof Promise);
  await assert.rejects(notAPromise, {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "promiseFn" argument must be of type function or an instance of Promise. ' +
      'Received type number (5)',
  });
  await assert.rejects(assert.rejects(() => 5), {
    code: 'ERR_INVALID_RETURN_VALUE',
    message: 'Expected instance of Promise to be returned from the "promiseFn" function ' +
      'but got type number (5).',
  });
  // A thenable counts as a promise.
  await assert.rejects({ then(resolve, reject) { reject(new Error('t')); }, catch() {} }, /t/);
})().then(common.mustCall());
