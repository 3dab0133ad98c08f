'use strict';
// Error.prepareStackTrace(error, callSites) decides what error.stack is, as V8 has it: it is
// called when the stack is first read, with the error and an array of CallSite objects.
// Packages such as depd and callsites read their caller's file this way.
require('../common');
const assert = require('assert');

// depd's way: capture the caller's frames with the hook returning the CallSites themselves.
function getStack() {
  const saved = Error.prepareStackTrace;
  Error.prepareStackTrace = (error, callSites) => callSites;
  const holder = {};
  Error.captureStackTrace(holder, getStack);
  const stack = holder.stack;
  Error.prepareStackTrace = saved;
  return stack;
}

function namedCaller() {
  return getStack();
}

{
  const callSites = namedCaller();
  assert.ok(Array.isArray(callSites));
  assert.ok(callSites.length >= 2);
  const site = callSites[0];
  assert.strictEqual(site.getFileName(), __filename);
  assert.strictEqual(site.getScriptNameOrSourceURL(), __filename);
  assert.strictEqual(site.getFunctionName(), 'namedCaller');
  assert.strictEqual(site.getLineNumber(), 20);
  assert.strictEqual(typeof site.getColumnNumber(), 'number');
  assert.strictEqual(site.isNative(), false);
  assert.strictEqual(site.isEval(), false);
  assert.strictEqual(site.isConstructor(), false);
  assert.strictEqual(site.isAsync(), false);
  assert.strictEqual(site.isPromiseAll(), false);
  assert.strictEqual(site.getPromiseIndex(), null);
  assert.strictEqual(site.getEvalOrigin(), undefined);
  assert.match(String(site), new RegExp(`^namedCaller \\(${__filename.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:20:\\d+\\)$`));
  // The second frame called namedCaller from this file too.
  assert.strictEqual(callSites[1].getFileName(), __filename);
  assert.strictEqual(callSites[1].getLineNumber(), 24);
}

// Anonymous functions have a null name.
{
  const site = [0].map(() => getStack())[0][0];
  assert.strictEqual(site.getFunctionName(), null);
  assert.strictEqual(site.getLineNumber(), 48);
  assert.strictEqual(site.getFileName(), __filename);
}

// The hook's result becomes the stack, whatever it is; `this` is Error.
{
  let seenError;
  let seenThis;
  Error.prepareStackTrace = function(error, callSites) {
    seenError = error;
    seenThis = this;
    assert.ok(Array.isArray(callSites));
    return 42;
  };
  const err = new Error('x');
  assert.strictEqual(err.stack, 42);
  assert.strictEqual(seenError, err);
  assert.strictEqual(seenThis, Error);
  Error.prepareStackTrace = undefined;
}

// It runs when the stack is first read, and only once.
{
  const err = new RangeError('later');
  let calls = 0;
  Error.prepareStackTrace = (error, callSites) => {
    calls++;
    return `${error.name}|${error.message}|${callSites.length > 0}`;
  };
  assert.strictEqual(err.stack, 'RangeError|later|true');
  assert.strictEqual(err.stack, 'RangeError|later|true');
  assert.strictEqual(calls, 1);
  Error.prepareStackTrace = undefined;
}

// Subclass errors go through the hook too.
{
  class MyError extends Error {}
  Error.prepareStackTrace = (error, callSites) => callSites.map((site) => site.getFunctionName());
  function makeMine() {
    return new MyError('mine');
  }
  const names = makeMine().stack;
  assert.strictEqual(names[0], 'makeMine');
  Error.prepareStackTrace = undefined;
}

// Stacks read inside the hook get the default format instead of recursing.
{
  Error.prepareStackTrace = (error) => {
    const inner = new Error('inner');
    return `outer: ${error.message} / ${inner.stack.split('\n')[0]}`;
  };
  assert.strictEqual(new Error('o').stack, 'outer: o / Error: inner');
  Error.prepareStackTrace = undefined;
}

// A hook that throws makes reading the stack throw.
{
  Error.prepareStackTrace = () => {
    throw new Error('from hook');
  };
  const err = new Error('x');
  assert.throws(() => err.stack, { message: 'from hook' });
  Error.prepareStackTrace = undefined;
}

// Without a hook the default format comes back.
assert.match(new Error('plain').stack, /^Error: plain\n {4}at /);
