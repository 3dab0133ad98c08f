'use strict';
// process.loadEnvFile() takes a path: a number is ERR_INVALID_ARG_TYPE (never a file
// descriptor), a NUL byte ERR_INVALID_ARG_VALUE, a missing file ENOENT naming it; null
// means '.env' as undefined does.
// process.setSourceMapsEnabled() takes a boolean.
require('../common');
const assert = require('assert');

for (const path of [1, 0, true, {}]) {
  assert.throws(() => process.loadEnvFile(path), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    message: /^The "path" argument must be of type string or an instance of Buffer or URL\./,
  });
}
assert.throws(() => process.loadEnvFile('a\0b'), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'path' must be a string, Uint8Array, or URL without null bytes. " +
           "Received 'a\\x00b'",
});
assert.throws(() => process.loadEnvFile('/nonexistent/lode.env'), {
  code: 'ENOENT', message: "ENOENT: no such file or directory, open '/nonexistent/lode.env'",
});
assert.throws(() => process.setSourceMapsEnabled('yes'), { code: 'ERR_INVALID_ARG_TYPE' });
process.chdir(__dirname);
assert.throws(() => process.loadEnvFile(null), {
  code: 'ENOENT', message: "ENOENT: no such file or directory, open '.env'",
});
