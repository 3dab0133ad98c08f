'use strict';
// util.parseArgs: options, short groups, inline values, positionals, defaults, tokens, errors.
require('../common');
const assert = require('assert');
const { parseArgs } = require('util');

function parse(config) {
  return JSON.parse(JSON.stringify(parseArgs(config)));
}

const options = {
  foo: { type: 'boolean', short: 'f' },
  bar: { type: 'string', short: 'b' },
  many: { type: 'string', multiple: true },
};

assert.deepStrictEqual(parse({ args: ['-f', '--bar', 'b'], options }),
                       { values: { foo: true, bar: 'b' }, positionals: [] });
assert.deepStrictEqual(parse({ args: ['--bar=x=y', '-bVALUE'], options }),
                       { values: { bar: 'VALUE' }, positionals: [] });
assert.deepStrictEqual(parse({ args: ['-fb', 'v'], options }),
                       { values: { foo: true, bar: 'v' }, positionals: [] });
assert.deepStrictEqual(parse({ args: ['--many', 'a', '--many=b'], options }),
                       { values: { many: ['a', 'b'] }, positionals: [] });
assert.deepStrictEqual(parse({ args: ['pos', '--', '--foo'], options, allowPositionals: true }),
                       { values: {}, positionals: ['pos', '--foo'] });

// The values object has no prototype.
assert.strictEqual(Object.getPrototypeOf(parseArgs({ args: [], options }).values), null);

// Defaults fill in what was not given.
assert.deepStrictEqual(parse({
  args: ['--a', 'given'],
  options: { a: { type: 'string', default: 'x' }, b: { type: 'string', default: 'dflt' },
             c: { type: 'boolean', multiple: true, default: [true] } },
}), { values: { a: 'given', b: 'dflt', c: [true] }, positionals: [] });

// Negated booleans.
assert.deepStrictEqual(parse({ args: ['--no-color'], options: { color: { type: 'boolean' } }, allowNegative: true }),
                       { values: { color: false }, positionals: [] });

// Loose mode keeps unknown options.
assert.deepStrictEqual(parse({ args: ['--x', '-y', 'z', '--k=v'], strict: false }),
                       { values: { x: true, y: true, k: 'v' }, positionals: ['z'] });

// Tokens.
assert.deepStrictEqual(parse({ args: ['-abVAL', 'p', '--', '-q'], strict: false, tokens: true,
                               options: { a: { type: 'boolean', short: 'a' }, b: { type: 'string', short: 'b' } } }).tokens, [
  { kind: 'option', name: 'a', rawName: '-a', index: 0 },
  { kind: 'option', name: 'b', rawName: '-b', index: 0, value: 'VAL', inlineValue: true },
  { kind: 'positional', index: 1, value: 'p' },
  { kind: 'option-terminator', index: 2 },
  { kind: 'positional', index: 3, value: '-q' },
]);

// Errors.
assert.throws(() => parseArgs({ args: ['--unknown'], options }), {
  code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION',
  message: "Unknown option '--unknown'",
});
assert.throws(() => parseArgs({ args: ['--unknown'], options, allowPositionals: true }), {
  code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION',
  message: "Unknown option '--unknown'. To specify a positional argument starting with a '-', " +
    "place it at the end of the command after '--', as in '-- \"--unknown\"",
});
assert.throws(() => parseArgs({ args: ['pos'], options }), {
  code: 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
  message: "Unexpected argument 'pos'. This command does not take positional arguments",
});
assert.throws(() => parseArgs({ args: ['--bar'], options }), {
  code: 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
  message: "Option '-b, --bar <value>' argument missing",
});
assert.throws(() => parseArgs({ args: ['--foo=1'], options }), {
  code: 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
  message: "Option '-f, --foo' does not take an argument",
});
assert.throws(() => parseArgs({ args: ['--bar', '-x'], options }), {
  code: 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
  message: "Option '--bar' argument is ambiguous.\nDid you forget to specify the option argument for '--bar'?\n" +
    "To specify an option argument starting with a dash use '--bar=-XYZ'.",
});
assert.throws(() => parseArgs({ args: [], options: { a: { type: 'bad' } } }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => parseArgs({ args: [], options: { a: { type: 'string', short: 'ab' } } }), {
  code: 'ERR_INVALID_ARG_VALUE',
});
assert.throws(() => parseArgs({ args: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "args" argument must be an instance of Array. Received type number (1)',
});
