'use strict';
// console.countReset() looks the label up before turning it into a string, as Node does: a
// non-string label (number, object) is never found and only warns, so console.count() goes
// on counting.
const common = require('../common');
const assert = require('assert');
const { Console } = require('console');
const EventEmitter = require('events');

let out = '';
const sink = new EventEmitter();
sink.write = (chunk) => { out += chunk; return true; };
const c = new Console(sink);
const warnings = [];
process.on('warning', (w) => warnings.push(w.message));

c.count(10);
c.countReset(10);
c.count(10);
c.count({});
c.countReset({});
c.count('x');
c.countReset('x');
c.count('x');
assert.throws(() => c.count(Symbol('s')), TypeError);
assert.strictEqual(out, '10: 1\n10: 2\n[object Object]: 1\nx: 1\nx: 1\n');
setImmediate(common.mustCall(() => {
  assert.deepStrictEqual(warnings, [
    "Count for '10' does not exist",
    "Count for '[object Object]' does not exist",
  ]);
}));
