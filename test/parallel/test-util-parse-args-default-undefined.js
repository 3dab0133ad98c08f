'use strict';
// util.parseArgs: an option whose `default` is present but undefined has no default (tools
// that build the config from their own, such as jackspeak, pass `default: undefined`);
// any other default must still match the option's type.
require('../common');
const assert = require('assert');
const { parseArgs } = require('util');

// Accepted for every type/multiple combination, and adds nothing to `values`.
for (const config of [
  { type: 'string', default: undefined },
  { type: 'string', multiple: true, default: undefined },
  { type: 'boolean', default: undefined },
  { type: 'boolean', multiple: false, default: undefined },
]) {
  const { values } = parseArgs({ args: [], options: { a: config } });
  assert.strictEqual(Object.hasOwn(values, 'a'), false);
  const given = parseArgs({ args: config.type === 'string' ? ['--a', 'x'] : ['--a'],
                            options: { a: config } }).values.a;
  const one = config.type === 'string' ? 'x' : true;
  assert.deepStrictEqual(given, config.multiple ? [one] : one);
}

// A real default still applies when the option is absent.
assert.strictEqual(parseArgs({ args: [], options: { a: { type: 'string', default: 'd' } } })
  .values.a, 'd');
assert.deepStrictEqual(parseArgs({
  args: [], options: { a: { type: 'boolean', multiple: true, default: [true] } },
}).values.a, [true]);

// Other wrong defaults are still rejected with Node's error.
assert.throws(() => parseArgs({ args: [], options: { a: { type: 'string', default: null } } }), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.a.default" property must be of type string. Received null',
});
assert.throws(() => parseArgs({ args: [], options: { a: { type: 'boolean', default: 1 } } }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.a.default" property must be of type boolean. Received type number (1)',
});
// `multiple` and `short` present but undefined are still errors, as in Node.
assert.throws(() => parseArgs({ args: [], options: { a: { type: 'string', multiple: undefined } } }),
              { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => parseArgs({ args: [], options: { a: { type: 'string', short: undefined } } }),
              { code: 'ERR_INVALID_ARG_TYPE' });
