'use strict';
// A SyntaxError from require() (a test runner loading a broken spec file, a package with
// syntax the runtime lacks) carries, like Node's, a stack that starts with the file:line
// of the error, the source line and a caret, then a blank line and "SyntaxError: ...".
// It has no enumerable own properties (Node adds none), so printing it or spreading it
// shows no `line` or `sourceURL`.
const assert = require('assert');
const path = require('path');
const util = require('util');

const file = path.join(__dirname, '..', 'fixtures', 'npm', 'syntax-error.js');
let err;
try {
  require(file);
} catch (e) {
  err = e;
}
assert.ok(err instanceof SyntaxError);
assert.deepStrictEqual(Object.keys(err), []);
assert.deepStrictEqual({ ...err }, {});
assert.strictEqual(JSON.stringify(err), '{}');

const lines = err.stack.split('\n');
assert.strictEqual(lines[0], `${file}:2`);
assert.strictEqual(lines[1], 'let x = = 2;');
assert.match(lines[2], /^ *\^+$/);
assert.strictEqual(lines[3], '');
assert.strictEqual(lines[4], `SyntaxError: ${err.message}`);
assert.match(lines[5], /^    at /);

// util.inspect shows the stack and nothing else.
assert.doesNotMatch(util.inspect(err), /sourceURL|line:/);

// The failed module is not left in the cache.
assert.strictEqual(require.cache[file], undefined);
