'use strict';
// The util exports of Node 24 beyond the classics: transferable abort signals,
// convertProcessSignalToExitCode, setTraceSigInt, and the complete list of names.
require('../common');
const assert = require('assert');
const util = require('util');

for (const name of ['MIMEParams', 'MIMEType', 'aborted', 'callbackify',
  'convertProcessSignalToExitCode', 'debug', 'debuglog', 'deprecate', 'diff', 'format',
  'formatWithOptions', 'getCallSites', 'getSystemErrorMap', 'getSystemErrorMessage',
  'getSystemErrorName', 'inherits', 'inspect', 'isArray', 'isDeepStrictEqual', 'parseArgs',
  'parseEnv', 'promisify', 'setTraceSigInt', 'stripVTControlCharacters', 'styleText',
  'toUSVString', 'transferableAbortController', 'transferableAbortSignal', 'types']) {
  assert(Object.keys(util).includes(name), name);
}
assert.strictEqual(util.MIMEType, util.MIMEType);
assert.strictEqual(typeof util.MIMEType, 'function');

const signal = AbortSignal.abort();
assert.strictEqual(util.transferableAbortSignal(signal), signal);
assert.throws(() => util.transferableAbortSignal({}), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "signal" argument must be an instance of AbortSignal. Received an instance of Object',
});
const controller = util.transferableAbortController();
assert(controller instanceof AbortController);
assert(controller.signal instanceof AbortSignal);

assert.strictEqual(util.convertProcessSignalToExitCode('SIGTERM'), 143);
assert.strictEqual(util.convertProcessSignalToExitCode('SIGKILL'), 137);
assert.strictEqual(util.convertProcessSignalToExitCode('SIGINT'), 130);
for (const bad of ['SIGFOO', 15, undefined]) {
  assert.throws(() => util.convertProcessSignalToExitCode(bad), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE',
    message: /^The argument 'signalCode' must be one of: 'SIGHUP', 'SIGINT', /,
  });
}
assert.strictEqual(util.setTraceSigInt(true), undefined);
assert.strictEqual(util.setTraceSigInt(false), undefined);

// util.isArray still works, with its DEP0044 warning.
process.on('warning', (warning) => {
  assert.strictEqual(warning.name, 'DeprecationWarning');
  assert.strictEqual(warning.code, 'DEP0044');
});
assert.strictEqual(util.isArray([]), true);
assert.strictEqual(util.isArray({}), false);
