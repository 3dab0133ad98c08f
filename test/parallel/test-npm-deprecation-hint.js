'use strict';
// The hint printed after the first warning names the flag that traces it: for a
// DeprecationWarning (util-deprecate, depd, util.deprecate) that is --trace-deprecation,
// for other warnings --trace-warnings. Node builds it from basename(process.argv0).
const common = require('../common');
const assert = require('assert');
const util = require('util');

const chunks = [];
const write = process.stderr.write;
process.stderr.write = function(chunk) {
  chunks.push(String(chunk));
  return true;
};

util.deprecate(() => {}, 'old thing is deprecated', 'DEP_NPM_HINT')();
process.emitWarning('a plain warning');

setImmediate(common.mustCall(() => {
  process.stderr.write = write;
  const text = chunks.join('');
  const lines = text.split('\n');
  assert.match(lines[0], /^\(node:\d+\) \[DEP_NPM_HINT\] DeprecationWarning: old thing is deprecated$/);
  assert.match(lines[1],
               /^\(Use `\S+ --trace-deprecation \.\.\.` to show where the warning was created\)$/);
  assert.match(lines[2], /^\(node:\d+\) Warning: a plain warning$/);
  // The hint is printed once only.
  assert.strictEqual(text.match(/\(Use `/g).length, 1);
}));
