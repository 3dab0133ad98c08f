'use strict';
// tty.isatty(fd) is what supports-color@7 (and so chalk@4), debug, winston, ora,
// inquirer and sinon call while they load: it must answer, never throw.
// Any fd that is not an open terminal, or not a valid fd at all, gives false.
const assert = require('assert');
const tty = require('tty');

for (const fd of [-1, 2 ** 31, 1.5, NaN, '1', null, undefined, {}]) {
  assert.strictEqual(tty.isatty(fd), false, `isatty(${String(fd)})`);
}
// An fd number far past anything open.
assert.strictEqual(tty.isatty(987654), false);

// The standard fds answer with a boolean that agrees with the stdio streams.
for (const fd of [0, 1, 2]) assert.strictEqual(typeof tty.isatty(fd), 'boolean');
assert.strictEqual(tty.isatty(1), process.stdout.isTTY === true);
assert.strictEqual(tty.isatty(2), process.stderr.isTTY === true);

// The classes exist (packages test `stream instanceof tty.WriteStream`).
assert.strictEqual(typeof tty.WriteStream, 'function');
assert.strictEqual(typeof tty.ReadStream, 'function');
assert.strictEqual(process.stdout instanceof tty.WriteStream, process.stdout.isTTY === true);

// supports-color@7 does exactly this at load time.
const levels = [tty.isatty(1), tty.isatty(2)];
assert.deepStrictEqual(levels.map((v) => typeof v), ['boolean', 'boolean']);
