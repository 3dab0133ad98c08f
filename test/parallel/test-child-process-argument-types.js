'use strict';
// fork() takes modulePath as a string, Buffer or file: URL (getValidatedPath's rules and
// messages); spawn/execFile/spawnSync pass arguments that are not strings as their string
// conversion (a Buffer as its text).
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { pathToFileURL } = require('url');
const cp = require('child_process');

if (process.argv[2] === 'child') {
  process.send(process.argv.slice(3));
  return;
}

for (const bad of [5, null, undefined, true, {}, [], Symbol('s')]) {
  assert.throws(() => cp.fork(bad), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: /^The "modulePath" argument must be of type string or an instance of Buffer or URL\. Received /,
  });
}
assert.throws(() => cp.fork('a\u0000b'), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'modulePath' must be a string, Uint8Array, or URL without null bytes. " +
    "Received 'a\\x00b'",
});
assert.throws(() => cp.fork(new URL('http://example.com/a.js')), {
  name: 'TypeError', code: 'ERR_INVALID_URL_SCHEME',
});
assert.throws(() => cp.fork(__filename, 5), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => cp.fork(__filename, [], 5), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type number (5)',
});
assert.throws(() => cp.fork(__filename, ['a\u0000']), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'args[1]' must be a string without null bytes. Received 'a\\x00'",
});
assert.throws(() => cp.fork(__filename, { stdio: ['pipe', 'pipe', 'pipe'] }), {
  name: 'Error', code: 'ERR_CHILD_PROCESS_IPC_REQUIRED',
});

assert.throws(() => cp.spawn(5), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "file" argument must be of type string. Received type number (5)',
});
assert.throws(() => cp.spawn(''), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'file' cannot be empty. Received ''",
});
assert.throws(() => cp.exec(5), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => cp.execFile('x', [], {}, 5), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
});

// A Buffer and a file: URL both work as modulePath; arguments are stringified.
const asBuffer = cp.fork(Buffer.from(__filename), ['child', 1, true, null]);
asBuffer.on('message', common.mustCall((argv) => {
  assert.deepStrictEqual(argv, ['1', 'true', 'null']);
}));
asBuffer.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
const asURL = cp.fork(pathToFileURL(__filename), ['child', Buffer.from('buf')]);
asURL.on('message', common.mustCall((argv) => assert.deepStrictEqual(argv, ['buf'])));
asURL.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));

const out = cp.spawnSync('echo', [1, { toString() { return 'obj'; } }, Buffer.from('b')]);
assert.strictEqual(out.stdout.toString(), '1 obj b\n');
cp.execFile('echo', [false, 2], common.mustSucceed((stdout) => {
  assert.strictEqual(stdout, 'false 2\n');
}));
assert.strictEqual(path.basename(__filename), 'test-child-process-argument-types.js');
