'use strict';
// tty.WriteStream's cursor helpers write ANSI sequences through the stream's write(), and
// check their arguments as Node does; hasColors validates count; the constructors reject bad
// fds (ERR_INVALID_FD) and descriptors that are not terminals (ERR_TTY_INIT_FAILED).
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tty = require('tty');

const W = tty.WriteStream.prototype;
const written = [];
const fake = {
  write(data, cb) {
    written.push(data);
    if (cb) process.nextTick(cb);
    return true;
  },
};

assert.strictEqual(W.cursorTo.call(fake, 3), true);
W.cursorTo.call(fake, 3, 4);
W.cursorTo.call(fake, 0, common.mustCall());
W.moveCursor.call(fake, -2, 3);
W.moveCursor.call(fake, 2, -3);
W.moveCursor.call(fake, 0, 0, common.mustCall());
W.clearLine.call(fake, -1);
W.clearLine.call(fake, 1);
W.clearLine.call(fake, 0, common.mustCall());
W.clearScreenDown.call(fake, common.mustCall());
assert.deepStrictEqual(written, [
  '\x1b[4G', '\x1b[5;4H', '\x1b[1G', '\x1b[2D\x1b[3B', '\x1b[2C\x1b[3A',
  '\x1b[1K', '\x1b[0K', '\x1b[2K', '\x1b[0J',
]);
// Nothing to do: no write, the callback still runs.
written.length = 0;
assert.strictEqual(W.cursorTo.call(fake, undefined, undefined, common.mustCall()), true);
assert.deepStrictEqual(written, []);

assert.throws(() => W.cursorTo.call(fake, NaN), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'x' is invalid. Received NaN",
});
assert.throws(() => W.cursorTo.call(fake, 1, NaN), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => W.cursorTo.call(fake, undefined, 2), {
  name: 'TypeError', code: 'ERR_INVALID_CURSOR_POS',
  message: 'Cannot set cursor row without setting its column',
});
assert.throws(() => W.cursorTo.call(fake, 1, 2, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => W.clearLine.call(fake, 0, 5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => W.moveCursor.call(fake, 1, 1, {}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => W.clearScreenDown.call(fake, 1), { code: 'ERR_INVALID_ARG_TYPE' });

// hasColors(count = 16, env = process.env).
assert.strictEqual(W.hasColors.call(W, 256, { TERM: 'xterm-256color' }), true);
assert.strictEqual(W.hasColors.call(W, 257, { TERM: 'xterm-256color' }), false);
assert.strictEqual(W.hasColors.call(W, { TERM: 'xterm' }), true);
assert.strictEqual(W.hasColors.call(W, {}), false);
assert.strictEqual(W.hasColors.call(W, 2, {}), true);
assert.throws(() => W.hasColors.call(W, 1), { name: 'RangeError', code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => W.hasColors.call(W, 2.5), { name: 'RangeError', code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => W.hasColors.call(W, 'x'), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });

// Bad fds.
for (const Ctor of [tty.ReadStream, tty.WriteStream]) {
  for (const fd of [-1, 1.5, '1', 2 ** 31, null]) {
    assert.throws(() => new Ctor(fd), {
      name: 'RangeError', code: 'ERR_INVALID_FD', message: `"fd" must be a positive integer: ${fd}`,
    });
  }
  // A file is no terminal.
  const fd = fs.openSync(__filename, 'r');
  assert.throws(() => new Ctor(fd), (err) => {
    assert.strictEqual(err.name, 'SystemError');
    assert.strictEqual(err.code, 'ERR_TTY_INIT_FAILED');
    assert.strictEqual(err.syscall, 'uv_tty_init');
    assert.strictEqual(err.info.code, 'EINVAL');
    assert.strictEqual(err.message,
                       'TTY initialization failed: uv_tty_init returned EINVAL (invalid argument)');
    return true;
  });
  fs.closeSync(fd);
}

assert.deepStrictEqual(Object.keys(tty), ['isatty', 'ReadStream', 'WriteStream']);
assert.strictEqual(W.isTTY, true);
