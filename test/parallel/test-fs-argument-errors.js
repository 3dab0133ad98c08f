'use strict';
// Node's argument errors (class, code, message) for watchFile/watch, readlink, utimes,
// realpath, truncate, readSync and glob, and the `length` of the fs functions whose options
// have a default value.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-fs-argerr-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const file = path.join(dir, 'f');
fs.writeFileSync(file, 'x');

const pathError = (received) => ({
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "path" argument must be of type string or an instance of Buffer or URL. ' +
    `Received ${received}`,
});
const timeError = (received) => ({
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: `The "time" argument must be an instance of Date or an Time in seconds. Received ${received}`,
});

// watchFile: the interval is a uint32, checked when the file's first watcher starts.
assert.throws(() => fs.watchFile(file, { interval: '100' }, common.mustNotCall()), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "interval" argument must be of type number. Received type string (\'100\')',
});
assert.throws(() => fs.watchFile(file, { interval: 1.5 }, common.mustNotCall()), {
  name: 'RangeError',
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "interval" is out of range. It must be an integer. Received 1.5',
});
assert.throws(() => fs.watchFile(file, { interval: -1 }, common.mustNotCall()), {
  name: 'RangeError',
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "interval" is out of range. It must be >= 0 && <= 4294967295. Received -1',
});
assert.throws(() => fs.watchFile(file, 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "listener" argument must be of type function. Received type number (5)',
});
assert.throws(() => fs.watchFile(1, common.mustNotCall()), pathError('type number (1)'));
assert.throws(() => fs.unwatchFile(1), pathError('type number (1)'));
// A failed start leaves nothing behind: a valid call afterwards watches normally.
fs.watchFile(file, { interval: 10, persistent: false }, () => {});
fs.unwatchFile(file);

// fs.watch and fsPromises.watch name their argument "path"; the promise form checks its
// arguments on the first next().
assert.throws(() => fs.watch(1), pathError('type number (1)'));
const iterator = fsp.watch(1);
assert.rejects(iterator.next(), pathError('type number (1)')).then(common.mustCall());
// Only `recursive` is checked among the booleans.
fs.watch(dir, { persistent: 1 }).close();
assert.throws(() => fs.watch(dir, { recursive: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.recursive" property must be of type boolean. Received type number (1)',
});

// readlink names its argument "path" (fsPromises.readlink says "oldPath", as Node's).
assert.throws(() => fs.readlinkSync(1), pathError('type number (1)'));
assert.throws(() => fs.readlink(1, common.mustNotCall()), pathError('type number (1)'));
assert.rejects(fsp.readlink(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "oldPath" argument must be of type string or an instance of Buffer or URL. ' +
    'Received type number (1)',
}).then(common.mustCall());

// utimes/lutimes call both times "time"; futimes names them; NaN, Infinity and bigints are
// not times.
assert.throws(() => fs.utimesSync(file, 'a', 1), timeError('type string (\'a\')'));
assert.throws(() => fs.utimesSync(file, 1, {}), timeError('an instance of Object'));
assert.throws(() => fs.utimesSync(file, NaN, 1), timeError('type number (NaN)'));
assert.throws(() => fs.utimesSync(file, Infinity, 1), timeError('type number (Infinity)'));
assert.throws(() => fs.utimesSync(file, 1n, 1), timeError('type bigint (1n)'));
assert.throws(() => fs.lutimesSync(file, 1, 'b'), timeError('type string (\'b\')'));
assert.throws(() => fs.utimes(file, 'a', 1, common.mustNotCall()), timeError('type string (\'a\')'));
assert.throws(() => fs.futimesSync(0, 1, 'a'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "mtime" argument must be an instance of Date or an Time in seconds. ' +
    'Received type string (\'a\')',
});
assert.rejects(fsp.utimes(file, 'a', 1), timeError('type string (\'a\')')).then(common.mustCall());
// Numeric strings and negative numbers are accepted (a negative time means now).
fs.utimesSync(file, '123', '456');
assert.strictEqual(fs.statSync(file).mtimeMs, 456000);
fs.utimesSync(file, -1, 1);

// realpath takes any value as a path string and reports the first missing component as an
// lstat of the resolved path; realpath.native checks the type.
assert.throws(() => fs.realpathSync(path.join(dir, 'none', 'a', 'b')), {
  code: 'ENOENT',
  syscall: 'lstat',
  path: path.join(dir, 'none'),
  message: `ENOENT: no such file or directory, lstat '${path.join(dir, 'none')}'`,
});
assert.throws(() => fs.realpathSync(path.join(file, 'y')), {
  code: 'ENOTDIR',
  syscall: 'lstat',
  path: path.join(file, 'y'),
});
fs.realpath(path.join(dir, 'none'), common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'lstat');
  assert.strictEqual(err.path, path.join(dir, 'none'));
}));
assert.strictEqual(fs.realpathSync(Buffer.from(dir)), fs.realpathSync(dir));
assert.throws(() => fs.realpathSync.native(1), pathError('type number (1)'));

// truncate no longer takes a file descriptor.
assert.throws(() => fs.truncateSync(99), pathError('type number (99)'));
assert.throws(() => fs.truncate(99, common.mustNotCall()), pathError('type number (99)'));

// readSync checks the buffer before the descriptor.
assert.throws(() => fs.readSync('a'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buffer" argument must be an instance of Buffer, TypedArray, or DataView. ' +
    'Received undefined',
});

// glob: a pattern is a string or an array of strings.
assert.throws(() => fs.globSync(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "patterns" argument must be of type string. Received type number (1)',
});
assert.throws(() => fs.globSync({}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "patterns" argument must be an instance of Array. Received an instance of Object',
});
assert.throws(() => fs.globSync(['a', 2]), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "patterns[1]" argument must be of type string. Received type number (2)',
});

// stat options are read, not checked: only `bigint: true` and `throwIfNoEntry: false` count.
assert.strictEqual(typeof fs.statSync(dir, 5).size, 'number');
assert.strictEqual(typeof fs.statSync(dir, { throwIfNoEntry: 1 }).size, 'number');
assert.strictEqual(typeof fs.lstatSync(dir, { bigint: 1 }).size, 'number');
assert.strictEqual(typeof fs.statSync(dir, { bigint: true }).size, 'bigint');
assert.strictEqual(fs.statSync(path.join(file, 'y'), { throwIfNoEntry: false }), undefined);
fs.stat(dir, 5, common.mustSucceed((stats) => assert.strictEqual(typeof stats.size, 'number')));

// Function lengths, as Node's.
const lengths = {
  stat: 1, lstat: 1, fstat: 1, statfs: 1, statSync: 1, lstatSync: 1, fstatSync: 1,
  statfsSync: 1, _toUnixTimestamp: 1, readFile: 3, readFileSync: 2, writeFile: 4, watch: 3,
  watchFile: 3, realpath: 3, realpathSync: 2, truncate: 3, readlink: 3, utimes: 4,
};
for (const [name, length] of Object.entries(lengths)) {
  assert.strictEqual(fs[name].length, length, `fs.${name}.length`);
}
const promiseLengths = { stat: 1, lstat: 1, statfs: 1, lchmod: 2, opendir: 3, watch: 1,
  readFile: 2, utimes: 3 };
for (const [name, length] of Object.entries(promiseLengths)) {
  assert.strictEqual(fsp[name].length, length, `fsPromises.${name}.length`);
}
