'use strict';
// process.chdir() changes process.cwd(); a missing directory throws ENOENT with syscall,
// path and dest set; a non-string throws ERR_INVALID_ARG_TYPE.
require('../common');
const assert = require('assert');
const path = require('path');

const original = process.cwd();
assert.strictEqual(typeof original, 'string');
assert(path.isAbsolute(original));

const fixtures = path.resolve(__dirname, '..', 'fixtures');
process.chdir(fixtures);
assert.strictEqual(process.cwd(), fixtures);
process.chdir('..');
assert.strictEqual(process.cwd(), path.dirname(fixtures));
process.chdir(original);
assert.strictEqual(process.cwd(), original);

const missing = path.join(original, 'lode-no-such-directory');
assert.throws(() => process.chdir(missing), {
  code: 'ENOENT',
  syscall: 'chdir',
  errno: -2,
  path: original,
  dest: missing,
  message: `ENOENT: no such file or directory, chdir '${original}' -> '${missing}'`,
});
assert.strictEqual(process.cwd(), original);

for (const value of [1, undefined, null, {}]) {
  assert.throws(() => process.chdir(value), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: /^The "directory" argument must be of type string\. Received /,
  });
}
