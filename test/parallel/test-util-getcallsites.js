'use strict';
// util.getCallSites(): the caller's frames as plain objects.
require('../common');
const assert = require('assert');
const util = require('util');

function inner() {
  return util.getCallSites();
}
function outer() {
  return inner();
}
const sites = outer();
assert(Array.isArray(sites));
assert(sites.length >= 3 && sites.length <= 10);
const [first, second] = sites;
assert.strictEqual(Object.getPrototypeOf(first), null);
assert.deepStrictEqual(Object.keys(first),
                       ['functionName', 'scriptId', 'scriptName', 'lineNumber', 'columnNumber',
                        'column']);
assert.strictEqual(first.functionName, 'inner');
assert.strictEqual(first.scriptName, __filename);
assert.strictEqual(first.lineNumber, 8);
assert.strictEqual(first.columnNumber, 15);
assert.strictEqual(first.column, 15);
assert.strictEqual(typeof first.scriptId, 'string');
assert.strictEqual(second.functionName, 'outer');
assert.strictEqual(second.lineNumber, 11);
assert.strictEqual(second.scriptId, first.scriptId);
assert.strictEqual(sites[2].lineNumber, 13);

assert.strictEqual(util.getCallSites(1).length, 1);
assert.strictEqual(util.getCallSites(2, { sourceMap: false }).length, 2);
assert(util.getCallSites({ sourceMap: true }).length >= 1);
// Error.stackTraceLimit and prepareStackTrace are left as they were.
assert.strictEqual(Error.stackTraceLimit, 10);

for (const count of [0, 201]) {
  assert.throws(() => util.getCallSites(count), {
    name: 'RangeError', code: 'ERR_OUT_OF_RANGE',
    message: `The value of "frameCount" is out of range. It must be >= 1 && <= 200. Received ${count}`,
  });
}
assert.throws(() => util.getCallSites('a'), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "frameCount" argument must be of type number. Received type string (\'a\')',
});
assert.throws(() => util.getCallSites({ sourceMap: 1 }), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.sourceMap" property must be of type boolean. Received type number (1)',
});
assert.throws(() => util.getCallSites(1, 2), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type number (2)',
});
