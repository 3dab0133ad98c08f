'use strict';
// module.stripTypeScriptTypes: types erased with lines and columns kept, options checked
// as Node checks them, unsupported and invalid syntax reported with Node's codes.
const common = require('../common');
const assert = require('assert');
const { stripTypeScriptTypes } = require('module');

process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.name, 'ExperimentalWarning');
  assert.strictEqual(warning.message,
                     'stripTypeScriptTypes is an experimental feature and might change at any time');
}));

const source = 'const a: number = 1;\nfunction f<T>(x: T): T { return x as T; }\nlet b = f(a)!;';
const out = stripTypeScriptTypes(source);
assert.strictEqual(out.split('\n').length, 3);
assert.strictEqual(out.length, source.length);
assert.strictEqual(out.indexOf('= 1'), source.indexOf('= 1'));
assert.strictEqual(eval(`${out}; b`), 1);
assert.doesNotMatch(out, /number|<T>/);

// Type-only declarations vanish.
assert.strictEqual(stripTypeScriptTypes('interface X { a: string }').trim().replace(/;/g, ''), '');
assert.strictEqual(stripTypeScriptTypes('type T = string | number;').trim().replace(/;/g, ''), '');

// sourceUrl appends a sourceURL comment; sourceMap (transform mode) a source map.
assert.strictEqual(stripTypeScriptTypes('let x: string', { sourceUrl: 'x.ts' }),
                   'let x        \n\n//# sourceURL=x.ts');
assert.match(stripTypeScriptTypes('let x: string', { mode: 'transform', sourceMap: true,
                                                      sourceUrl: 'x.ts' }),
             /\/\/# sourceMappingURL=data:application\/json;base64,/);

// Enums need code generation: not in strip mode.
assert.throws(() => stripTypeScriptTypes('enum E { A }'), {
  name: 'SyntaxError', code: 'ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX',
});
assert.throws(() => stripTypeScriptTypes('const a: = 1'), {
  name: 'SyntaxError', code: 'ERR_INVALID_TYPESCRIPT_SYNTAX',
});

// Bad arguments.
assert.throws(() => stripTypeScriptTypes(5), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => stripTypeScriptTypes('a', null), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => stripTypeScriptTypes('a', { mode: 'x' }), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.mode' must be one of: 'strip', 'transform'. Received 'x'",
});
assert.throws(() => stripTypeScriptTypes('a', { sourceMap: true }), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE',
});
assert.throws(() => stripTypeScriptTypes('a', { sourceUrl: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
