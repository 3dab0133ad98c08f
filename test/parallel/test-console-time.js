'use strict';
// console.time/timeLog/timeEnd print "label: <duration>" (label "default" when omitted);
// timeLog adds its extra arguments; after timeEnd the label is gone.
require('../common');
const assert = require('assert');
const { Console } = require('console');
const { capture } = require('../fixtures/core/capture-stream');

const lines = [];
const c = new Console(capture(lines));

// Matches "label: 1.234ms", "label: 12ms" and "label: 1.002s".
const duration = '\\d+(\\.\\d+)?(ms|s)';

c.time();
c.time('label');
const start = process.hrtime.bigint();
while (process.hrtime.bigint() - start < 2_000_000n);
c.timeLog();
c.timeLog('label', 'extra', 42);
c.timeEnd('label');
c.timeEnd();

assert.strictEqual(lines.length, 4);
assert.match(lines[0], new RegExp(`^default: ${duration}\\n$`));
assert.match(lines[1], new RegExp(`^label: ${duration} extra 42\\n$`));
assert.match(lines[2], new RegExp(`^label: ${duration}\\n$`));
assert.match(lines[3], new RegExp(`^default: ${duration}\\n$`));
// At least the 2 ms waited.
const ms = parseFloat(/: ([\d.]+)ms/.exec(lines[2])[1]);
assert(ms >= 2, lines[2]);
