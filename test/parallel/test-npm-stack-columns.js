'use strict';
// Stack frame columns as V8 reports them, which stack parsers (stacktrace-parser,
// error-stack-parser, callsites, depd's "at file:line:col", source-map-support) read:
// a `new Error()` frame points at `new`, a call at the start of the callee's name
// (for a member call, the property name), not at the opening parenthesis.
const assert = require('assert');

function frameColumns(stack) {
  return stack.split('\n').slice(1, 3).map((line) => {
    const m = /:(\d+):(\d+)\)?$/.exec(line);
    return m && [Number(m[1]), Number(m[2])];
  });
}

function make() {
  return new Error('here');
}
const obj = {
  method() {
    return make();
  },
};

// Line 25: `make` starts at column 19.
const e1 = (() => make())();
// Line 27: `method` starts at column 16.
const e2 = obj.method();

// Line 16: `new` starts at column 10.
assert.deepStrictEqual(frameColumns(e1.stack), [[16, 10], [25, 19]]);
assert.deepStrictEqual(frameColumns(e2.stack), [[16, 10], [20, 12]]);

// The same through the CallSite API (line 36: `method` starts at column 19).
const original = Error.prepareStackTrace;
Error.prepareStackTrace = (err, sites) => sites;
const sites = obj.method().stack;
Error.prepareStackTrace = original;
assert.deepStrictEqual(sites.slice(0, 3).map((s) => [s.getLineNumber(), s.getColumnNumber()]),
                       [[16, 10], [20, 12], [36, 19]]);

// Error.captureStackTrace reports the caller's call position the same way.
function capture() {
  const holder = {};
  Error.captureStackTrace(holder, capture);
  return holder.stack;
}
// Line 48: `capture` starts at column 14.
const held = capture();
assert.match(held.split('\n')[1], /:48:14\)?$/);
