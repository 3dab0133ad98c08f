'use strict';
// Errors the engine throws itself (reading a property of null, an undefined variable,
// calling a non-function) have a V8-format `stack` like any other error: the first line
// is "Name: message", then "    at fn (file:line:col)" frames. Test runners (mocha, tap,
// jest), stack-utils, error-stack-parser and stacktrace-parser read err.stack directly.
const assert = require('assert');

function readNull() {
  const value = null;
  return value.property;
}
function callUndefined() {
  const o = {};
  return o.missing();
}

const errors = [];
try { readNull(); } catch (e) { errors.push([e, 'readNull', 10]); }
try { callUndefined(); } catch (e) { errors.push([e, 'callUndefined', 14]); }
try { noSuchVariableAnywhere; } catch (e) { errors.push([e, null, 20]); }  // eslint-disable-line no-undef

for (const [e, fn, line] of errors) {
  const lines = e.stack.split('\n');
  assert.strictEqual(lines[0], `${e.name}: ${e.message}`);
  const frame = fn ?
    new RegExp(`^    at ${fn} \\(${__filename.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:${line}:\\d+\\)$`) :
    new RegExp(`^    at .*${__filename.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:${line}:\\d+\\)?$`);
  assert.match(lines[1], frame);
  // Every further line is a frame too.
  for (const l of lines.slice(1)) assert.match(l, /^    at /);
}

// The engine's own bookkeeping properties are not visible (Node: only `stack` and
// `message` are own properties).
const [nullError] = errors[0];
assert.deepStrictEqual(Object.getOwnPropertyNames(nullError).sort(), ['message', 'stack']);
