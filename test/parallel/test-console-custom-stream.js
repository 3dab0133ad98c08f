'use strict';
// new console.Console(stream) writes to any object with a write() method: a plain
// { write(s) {...} } object (with ignoreErrors: false, since the default attaches 'error'
// listeners), or an EventEmitter with write(). stderr defaults to stdout; an object without
// write() is refused; Console can be called without new.
require('../common');
const assert = require('assert');
const EventEmitter = require('events');

const chunks = [];
const plain = { write(s) { chunks.push(s); return true; } };
const c = new console.Console({ stdout: plain, ignoreErrors: false });
assert(c instanceof console.Console);
c.log('hello', 42);
c.error('to stderr, same stream');
c.warn('warn');
assert.deepStrictEqual(chunks, ['hello 42\n', 'to stderr, same stream\n', 'warn\n']);

// The positional form: new Console(stdout, stderr, ignoreErrors).
const out = [];
const err = [];
const c2 = new console.Console({ write(s) { out.push(s); } }, { write(s) { err.push(s); } }, false);
c2.info('i');
c2.debug('d');
c2.error('e');
assert.deepStrictEqual(out, ['i\n', 'd\n']);
assert.deepStrictEqual(err, ['e\n']);

// An EventEmitter with write() works with the default ignoreErrors: true.
const emitted = [];
const emitter = new EventEmitter();
emitter.write = (s) => { emitted.push(s); return true; };
// eslint-disable-next-line new-cap
const c3 = console.Console(emitter);
c3.log('no new');
assert.deepStrictEqual(emitted, ['no new\n']);
assert.strictEqual(emitter.listenerCount('error'), 0);

assert.throws(() => new console.Console({}), {
  code: 'ERR_CONSOLE_WRITABLE_STREAM',
  name: 'TypeError',
});
assert.throws(() => new console.Console({ stdout: plain, stderr: {} }), {
  code: 'ERR_CONSOLE_WRITABLE_STREAM',
  name: 'TypeError',
});
assert.strictEqual(require('console'), console);
