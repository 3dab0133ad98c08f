'use strict';
// Shared helpers for the tests in test/parallel. Each test is a standalone program:
// exit code 0 means it passed.

const path = require('path');
const assert = require('assert');

const mustCallChecks = [];

function runMustCallChecks(exitCode) {
  if (exitCode !== 0) return;
  const failed = mustCallChecks.filter((c) =>
    c.exact ? c.actual !== c.expected : c.actual < c.expected);
  for (const c of failed) {
    console.error(`Mismatched ${c.name} function calls. Expected ${c.exact ? 'exactly' : 'at least'} ` +
      `${c.expected}, actual ${c.actual}.\n${c.stack}`);
  }
  if (failed.length) process.exit(1);
}

function makeCheck(fn, expected, exact) {
  if (mustCallChecks.length === 0) process.on('exit', runMustCallChecks);
  const check = {
    name: fn.name || '<anonymous>',
    expected, exact, actual: 0,
    stack: new Error().stack.split('\n').slice(2).join('\n'),
  };
  mustCallChecks.push(check);
  const wrapped = function(...args) {
    check.actual++;
    return fn.apply(this, args);
  };
  Object.defineProperty(wrapped, 'length', { value: fn.length });
  return wrapped;
}

function noop() {}

function mustCall(fn, times) {
  if (typeof fn === 'number') { times = fn; fn = noop; }
  return makeCheck(fn || noop, times === undefined ? 1 : times, true);
}

function mustCallAtLeast(fn, times) {
  if (typeof fn === 'number') { times = fn; fn = noop; }
  return makeCheck(fn || noop, times === undefined ? 1 : times, false);
}

function mustSucceed(fn, times) {
  return mustCall(function(err, ...args) {
    assert.ifError(err);
    if (typeof fn === 'function') return fn.apply(this, args);
  }, times);
}

function mustNotCall(msg) {
  return function mustNotCall(...args) {
    assert.fail(`${msg || 'function should not have been called'}: called with ${args.length} arguments`);
  };
}

// Returns a validator for assert.throws() or a callback, checking class, code and message.
function expectsError(validator, exact) {
  return mustCall((...args) => {
    if (args.length !== 1) {
      // Callback-style use: the error is the first argument.
      assert(args[0] instanceof Error, 'expected an error as the first argument');
    }
    const err = args[0];
    for (const [key, want] of Object.entries(validator)) {
      if (key === 'type' || key === 'name' && typeof want === 'function') {
        assert(err instanceof want, `expected instance of ${want.name}, got ${err && err.constructor && err.constructor.name}`);
      } else if (want instanceof RegExp && typeof err[key] === 'string') {
        assert.match(err[key], want);
      } else {
        assert.deepStrictEqual(err[key], want);
      }
    }
    return true;
  }, exact);
}

const fixturesDir = path.join(__dirname, 'fixtures');
const fixtures = {
  fixturesDir,
  path: (...args) => path.join(fixturesDir, ...args),
};

function platformTimeout(ms) {
  return ms;
}

const isLode = typeof process.versions.lode === 'string';

// Patterned test data: the byte at offset i of a stream seeded `seed` (neighbouring 64 KiB
// blocks differ, as do streams of different seeds). writePattern writes `total` bytes of it
// to a Writable in blocks of `block` bytes, honouring backpressure, then ends it;
// checkPattern asserts that `chunk`, found at `offset`, holds it.
function patternByte(i, seed) {
  return (i * 31 + Math.floor(i / 65536) * 7 + seed) & 0xff;
}

function writePattern(writable, total, block, seed) {
  let sent = 0;
  function pump() {
    while (sent < total) {
      const bytes = Buffer.allocUnsafe(block);
      for (let j = 0; j < block; j++) bytes[j] = patternByte(sent + j, seed);
      sent += block;
      if (!writable.write(bytes)) {
        writable.once('drain', pump);
        return;
      }
    }
    writable.end();
  }
  pump();
}

function checkPattern(chunk, offset, seed, what) {
  for (let j = 0; j < chunk.length; j++) {
    const expected = patternByte(offset + j, seed);
    if (chunk[j] !== expected) {
      assert.fail(`${what}: byte ${offset + j} is ${chunk[j]}, expected ${expected}`);
    }
  }
}

module.exports = {
  checkPattern,
  writePattern,
  mustCall,
  mustCallAtLeast,
  mustSucceed,
  mustNotCall,
  expectsError,
  fixtures,
  fixturesDir,
  platformTimeout,
  isLode,
  isWindows: process.platform === 'win32',
  isLinux: process.platform === 'linux',
};
