'use strict';
// The argument checks behind public APIs throw Node's errors, with stacks that start at the
// API the user called (the check's own frames are hidden).
require('../common');
const assert = require('assert');
const path = require('path');
const EventEmitter = require('events');

// validateString
for (const [value, received] of [[5, 'type number (5)'], [null, 'null'], [{}, 'an instance of Object']]) {
  assert.throws(() => path.basename(value), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: `The "path" argument must be of type string. Received ${received}`,
  });
}
assert.throws(() => path.basename('/a/b.js', 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "suffix" argument must be of type string. Received type number (5)',
});
assert.throws(() => path.join('a', 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "path" argument must be of type string. Received type number (5)',
});

// validateObject rejects null, arrays and functions.
for (const [value, received] of [[null, 'null'], [[], 'an instance of Array'], [() => {}, 'function '], ['x', "type string ('x')"]]) {
  assert.throws(() => path.format(value), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: `The "pathObject" argument must be of type object. Received ${received}`,
  });
}

// validateFunction
for (const api of [process.nextTick, setTimeout, setInterval, setImmediate]) {
  assert.throws(() => api('not a function'), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "callback" argument must be of type function. Received type string (\'not a function\')',
  });
}

// validateInteger
assert.throws(() => { process.exitCode = 1.5; }, {
  name: 'RangeError',
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "code" is out of range. It must be an integer. Received 1.5',
});

// validateNumber
assert.throws(() => new EventEmitter().setMaxListeners('x'), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "setMaxListeners" argument must be of type number. Received type string (\'x\')',
});
assert.throws(() => new EventEmitter().setMaxListeners(-1), {
  name: 'RangeError',
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "setMaxListeners" is out of range. It must be >= 0. Received -1',
});

// A failing check leaves no frame of its own: the first frame is the API that was called.
function callsBasename() {
  return path.basename(42);
}
try {
  callsBasename();
  assert.fail('expected an exception');
} catch (err) {
  const frames = err.stack.split('\n').slice(1);
  assert.ok(frames.length > 0);
  for (const frame of frames) assert.doesNotMatch(frame, /at validate|node:internal\/validators/);
  assert.ok(frames.some((frame) => frame.includes('callsBasename')), err.stack);
}
