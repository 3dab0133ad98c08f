'use strict';
// new Console(): any explicit colorMode (even 'auto') conflicts with inspectOptions.colors
// (ERR_INCOMPATIBLE_OPTION_PAIR); bad streams, colorMode, inspectOptions and
// groupIndentation get Node's errors.
require('../common');
const assert = require('assert');
const { Console } = require('console');

const sink = { write() {} };
for (const colorMode of ['auto', true, false]) {
  assert.throws(() => new Console({ stdout: sink, colorMode, inspectOptions: { colors: true } }), {
    name: 'TypeError', code: 'ERR_INCOMPATIBLE_OPTION_PAIR',
    message: 'Option "options.inspectOptions.color" cannot be used in combination with option ' +
             '"colorMode"',
  });
}
assert.ok(new Console({ stdout: sink, inspectOptions: { colors: true } }));
for (const args of [[], [null], [{}], [{ stdout: {} }], [{ stdout: { write: 1 } }]]) {
  assert.throws(() => new Console(...args), { code: 'ERR_CONSOLE_WRITABLE_STREAM' });
}
assert.throws(() => new Console({ stdout: sink, stderr: 1 }), {
  code: 'ERR_CONSOLE_WRITABLE_STREAM', message: 'Console expects a writable stream instance for stderr',
});
assert.throws(() => new Console({ stdout: sink, colorMode: 'x' }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => new Console({ stdout: sink, inspectOptions: 'x' }), {
  code: 'ERR_INVALID_ARG_TYPE',
});
assert.throws(() => new Console({ stdout: sink, groupIndentation: 1001 }), {
  code: 'ERR_OUT_OF_RANGE',
});
assert.throws(() => new Console({ stdout: sink, groupIndentation: 'x' }), {
  code: 'ERR_INVALID_ARG_TYPE',
});
