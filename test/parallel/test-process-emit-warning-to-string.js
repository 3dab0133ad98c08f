'use strict';
// The default warning printer shows a warning as its toString() does (an empty name or
// message prints as Error#toString prints it), ignores a non-string detail, and with
// --throw-deprecation throws a DeprecationWarning from a tick, not from emitWarning().
const common = require('../common');
const assert = require('assert');

const chunks = [];
const write = process.stderr.write;
process.stderr.write = function(chunk) {
  chunks.push(String(chunk));
  return true;
};

const noName = new TypeError('no name');
noName.name = '';
process.emitWarning(noName);
process.emitWarning('');
const custom = new Error('m');
custom.toString = () => 'CUSTOM';
process.emitWarning(custom);
const numericDetail = new Error('with detail');
numericDetail.detail = 5;
process.emitWarning(numericDetail);

setImmediate(common.mustCall(() => {
  process.stderr.write = write;
  const lines = chunks.join('').split('\n').filter((line) => !line.startsWith('(Use `'));
  assert.deepStrictEqual(lines.map((line) => line.replace(/^\(node:\d+\) /, '')),
                         ['no name', 'Warning', 'CUSTOM', 'Error: with detail', '']);
}));
