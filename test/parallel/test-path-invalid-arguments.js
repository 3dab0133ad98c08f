'use strict';
// Every path function that takes a string rejects anything else with
// ERR_INVALID_ARG_TYPE, naming the argument as Node does.
require('../common');
const assert = require('assert');
const path = require('path');

const notStrings = [null, undefined, 42, true, {}, [], () => {}];

function checkType(fn, name) {
  for (const value of notStrings) {
    assert.throws(fn(value), {
      code: 'ERR_INVALID_ARG_TYPE',
      name: 'TypeError',
      message: new RegExp(`^The "${name.replace(/[[\]]/g, '\\$&')}" argument must be of type string\\. Received`),
    });
  }
}

for (const flavour of [path.posix, path.win32]) {
  checkType((v) => () => flavour.normalize(v), 'path');
  checkType((v) => () => flavour.isAbsolute(v), 'path');
  checkType((v) => () => flavour.join('a', v), 'path');
  checkType((v) => () => flavour.resolve('a', v), 'paths[1]');
  checkType((v) => () => flavour.resolve(v), 'paths[0]');
  checkType((v) => () => flavour.relative(v, 'a'), 'from');
  checkType((v) => () => flavour.relative('a', v), 'to');
  checkType((v) => () => flavour.dirname(v), 'path');
  checkType((v) => () => flavour.basename(v), 'path');
  checkType((v) => () => flavour.extname(v), 'path');
  checkType((v) => () => flavour.parse(v), 'path');
  checkType((v) => () => flavour.matchesGlob(v, '*'), 'path');
  checkType((v) => () => flavour.matchesGlob('a', v), 'pattern');
  // The suffix is checked only when given, and before the path.
  for (const value of [null, 42, true, {}]) {
    checkType(() => () => flavour.basename('a', value), 'suffix');
  }
  assert.throws(() => flavour.basename(1, 2), { message: /"suffix" argument/ });
  assert.strictEqual(flavour.basename('a.b', undefined), 'a.b');

  assert.throws(() => flavour.format(null), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "pathObject" argument must be of type object. Received null',
  });
  assert.throws(() => flavour.format('x'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: "The \"pathObject\" argument must be of type object. Received type string ('x')",
  });
  assert.throws(() => flavour.format([]), { code: 'ERR_INVALID_ARG_TYPE' });
}

assert.throws(() => path.posix.normalize(null), {
  message: 'The "path" argument must be of type string. Received null',
});
assert.throws(() => path.posix.join('a', 1), {
  message: 'The "path" argument must be of type string. Received type number (1)',
});
