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

module.exports = {
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
