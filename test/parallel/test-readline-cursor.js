'use strict';
// readline.cursorTo/moveCursor/clearLine/clearScreenDown write Node's ANSI sequences
// (with the callback passed to stream.write, or called on the next tick when there is
// nothing to write), and readline/promises Readline batches them until commit().
const common = require('../common');
const assert = require('assert');
const readline = require('readline');
const { Readline } = require('readline/promises');
const { Writable } = require('stream');

function fakeStream() {
  return {
    written: [],
    write(data, callback) {
      this.written.push(data);
      if (typeof callback === 'function') process.nextTick(callback, null);
      return true;
    },
  };
}

{
  const s = fakeStream();
  assert.strictEqual(readline.cursorTo(s, 0), true);
  readline.cursorTo(s, 4, 2);
  readline.cursorTo(s, 1, common.mustCall((err) => assert.strictEqual(err, null)));
  readline.cursorTo(s, 1, 2, common.mustCall());
  readline.moveCursor(s, -3, 0);
  readline.moveCursor(s, 2, 5);
  readline.moveCursor(s, 0, -1);
  readline.moveCursor(s, 0, 0, common.mustCall()); // Nothing written.
  readline.clearLine(s, -1);
  readline.clearLine(s, 1);
  readline.clearLine(s, 0);
  readline.clearLine(s);
  readline.clearScreenDown(s, common.mustCall());
  readline.cursorTo(s, 'a'); // Neither x nor y a number: nothing written.
  assert.deepStrictEqual(s.written, [
    '\x1b[1G', '\x1b[3;5H', '\x1b[2G', '\x1b[3;2H', '\x1b[3D', '\x1b[2C\x1b[5B', '\x1b[1A',
    '\x1b[1K', '\x1b[0K', '\x1b[2K', '\x1b[2K', '\x1b[0J',
  ]);
  // The stream's write result is returned.
  assert.strictEqual(readline.cursorTo({ write: () => false }, 1), false);
}

// A null stream: nothing to do, callbacks still called.
assert.strictEqual(readline.cursorTo(null, 1, common.mustCall()), true);
assert.strictEqual(readline.moveCursor(undefined, 1, 1, common.mustCall()), true);
assert.strictEqual(readline.clearLine(null, 0, common.mustCall()), true);
assert.strictEqual(readline.clearScreenDown(null, common.mustCall()), true);

// Bad arguments.
{
  const s = fakeStream();
  assert.throws(() => readline.cursorTo(s, NaN),
                { code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError' });
  assert.throws(() => readline.cursorTo(s, 1, NaN),
                { code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError' });
  assert.throws(() => readline.cursorTo(s, undefined, 4), {
    code: 'ERR_INVALID_CURSOR_POS',
    name: 'TypeError',
    message: 'Cannot set cursor row without setting its column',
  });
  for (const call of [() => readline.cursorTo(s, 1, 2, 5), () => readline.moveCursor(s, 1, 1, 5),
    () => readline.clearLine(s, 0, 5), () => readline.clearScreenDown(s, 5)]) {
    assert.throws(call, { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
  }
  assert.strictEqual(s.written.length, 0);
}

// readline/promises Readline.
(async () => {
  let written = [];
  const stream = new Writable({
    write(chunk, encoding, callback) {
      written.push(String(chunk));
      callback();
    },
  });
  const rl = new Readline(stream);
  assert.strictEqual(rl.cursorTo(1), rl);
  rl.cursorTo(3, 4).moveCursor(2, 3).moveCursor(-1, -2).moveCursor(0, 0)
    .clearLine(-1).clearLine(0).clearLine(1).clearScreenDown();
  assert.deepStrictEqual(written, []);
  await rl.commit();
  assert.deepStrictEqual(written, [
    '\x1b[2G\x1b[5;4H\x1b[2C\x1b[3B\x1b[1D\x1b[2A\x1b[1K\x1b[2K\x1b[0K\x1b[0J',
  ]);
  written = [];
  rl.cursorTo(9).rollback();
  rl.moveCursor(1, 0);
  await rl.commit();
  assert.deepStrictEqual(written, ['\x1b[1C']);

  // autoCommit writes each sequence without commit().
  written = [];
  const auto = new Readline(stream, { autoCommit: true });
  auto.cursorTo(0, 0);
  auto.clearScreenDown();
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepStrictEqual(written.join(''), '\x1b[1;1H\x1b[0J');

  // Bad arguments.
  assert.throws(() => new Readline({ write() {} }),
                { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
  assert.throws(() => new Readline(stream, { autoCommit: 1 }),
                { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
  assert.throws(() => rl.clearLine(2), { code: 'ERR_OUT_OF_RANGE', name: 'RangeError' });
  assert.throws(() => rl.clearLine('a'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => rl.cursorTo('a'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => rl.cursorTo(1, 'b'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => rl.cursorTo(1.5), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => rl.moveCursor('a', 1), { code: 'ERR_INVALID_ARG_TYPE' });
})().then(common.mustCall());
