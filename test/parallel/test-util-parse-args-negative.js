'use strict';
// util.parseArgs: allowNegative, short groups with a string option, tokens, and the strict
// errors with Node's messages.
require('../common');
const assert = require('assert');
const { parseArgs } = require('util');

const plain = (value) => JSON.parse(JSON.stringify(value));

// allowNegative: --no-x sets a boolean to false and never takes a value.
assert.deepStrictEqual(plain(parseArgs({
  args: ['--no-color', '--color', '--no-color'],
  options: { color: { type: 'boolean', multiple: true } },
  allowNegative: true,
})), { values: { color: [false, true, false] }, positionals: [] });
assert.deepStrictEqual(plain(parseArgs({
  args: ['--no-name', 'next'], options: { name: { type: 'string' } },
  allowNegative: true, strict: false, tokens: true,
})).tokens, [
  { kind: 'option', name: 'name', rawName: '--no-name', index: 0 },
  { kind: 'positional', index: 1, value: 'next' },
]);
assert.throws(() => parseArgs({
  args: ['--no-name'], options: { name: { type: 'string' } }, allowNegative: true,
}), { name: 'TypeError', code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION',
      message: "Unknown option '--no-name'" });
assert.throws(() => parseArgs({
  args: ['--no-b=1'], options: { b: { type: 'boolean' } }, allowNegative: true,
}), { code: 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE', message: "Option '--b' does not take an argument" });
// Without allowNegative, --no-color is just an unknown option.
assert.throws(() => parseArgs({ args: ['--no-color'], options: { color: { type: 'boolean' } } }),
              { code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION' });

// A short group whose last member is a string option takes the next argument.
const group = parseArgs({
  args: ['-abc', 'x'], tokens: true,
  options: {
    a: { type: 'boolean', short: 'a' },
    b: { type: 'boolean', short: 'b' },
    c: { type: 'string', short: 'c' },
  },
});
assert.deepStrictEqual(plain(group.values), { a: true, b: true, c: 'x' });
assert.deepStrictEqual(plain(group.tokens), [
  { kind: 'option', name: 'a', rawName: '-a', index: 0 },
  { kind: 'option', name: 'b', rawName: '-b', index: 0 },
  { kind: 'option', name: 'c', rawName: '-c', index: 0, value: 'x', inlineValue: false },
]);

// Defaults, multiple, the terminator.
const multi = parseArgs({
  args: ['--m', 'a', '--m', 'b', '--', '--m'], allowPositionals: true,
  options: { m: { type: 'string', multiple: true, default: ['z'] }, n: { type: 'boolean', default: false } },
});
assert.deepStrictEqual(plain(multi), { values: { m: ['a', 'b'], n: false }, positionals: ['--m'] });
assert.deepStrictEqual(plain(parseArgs({
  args: [], options: { m: { type: 'string', multiple: true, default: ['z'] } },
})).values, { m: ['z'] });

// Strict errors.
assert.throws(() => parseArgs({ args: ['--foo'], options: {}, allowPositionals: true }), {
  name: 'TypeError', code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION',
  message: "Unknown option '--foo'. To specify a positional argument starting with a '-', " +
    "place it at the end of the command after '--', as in '-- \"--foo\"",
});
assert.throws(() => parseArgs({ args: ['-f'], options: {} }), {
  code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION', message: "Unknown option '-f'",
});
assert.throws(() => parseArgs({ args: ['pos'], options: {} }), {
  name: 'TypeError', code: 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
  message: "Unexpected argument 'pos'. This command does not take positional arguments",
});
assert.throws(() => parseArgs({ args: ['--s'], options: { s: { type: 'string' } } }), {
  name: 'TypeError', code: 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
  message: "Option '--s <value>' argument missing",
});
assert.throws(() => parseArgs({
  args: ['-s', '-t'], options: { s: { type: 'string', short: 's' }, t: { type: 'boolean', short: 't' } },
}), {
  code: 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
  message: "Option '-s' argument is ambiguous.\nDid you forget to specify the option argument " +
    "for '-s'?\nTo specify an option argument starting with a dash use '--s=-XYZ' or '-s-XYZ'.",
});
assert.throws(() => parseArgs({ args: ['--b=1'], options: { b: { type: 'boolean' } } }), {
  code: 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE', message: "Option '--b' does not take an argument",
});
assert.throws(() => parseArgs({ args: ['-b=1'], options: { b: { type: 'boolean', short: 'b' } } }),
              { code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION' });

// Bad configuration.
assert.throws(() => parseArgs({ args: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => parseArgs({ options: { a: { type: 'bool' } } }), {
  code: 'ERR_INVALID_ARG_TYPE',
});
assert.throws(() => parseArgs({ options: { a: { type: 'string', short: 'ab' } } }), {
  code: 'ERR_INVALID_ARG_VALUE',
});
assert.throws(() => parseArgs({ options: { a: { type: 'string', default: 1 } } }), {
  code: 'ERR_INVALID_ARG_TYPE',
});
assert.throws(() => parseArgs({ options: { a: 1 } }), { code: 'ERR_INVALID_ARG_TYPE' });
