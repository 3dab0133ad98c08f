'use strict';
// Console methods keep working when detached from the object: const { log } = console.
require('../common');
const assert = require('assert');
const { Console } = require('console');
const { capture } = require('../fixtures/core/capture-stream');

const chunks = [];
const c = new Console(capture(chunks));
const { log, error, count, group, groupEnd, table } = c;
log('a');
group();
error('b');
groupEnd();
count();
table([1]);
log.call(null, 'c');
['d'].map((s) => s).forEach((s) => log(s));
assert.strictEqual(chunks[0], 'a\n');
assert.strictEqual(chunks[1], '  b\n');
assert.strictEqual(chunks[2], 'default: 1\n');
assert(chunks[3].startsWith('┌'));
assert.strictEqual(chunks[4], 'c\n');
assert.strictEqual(chunks[5], 'd\n');

// The global console too.
const { log: globalLog, info } = console;
assert.strictEqual(typeof globalLog, 'function');
globalLog('');
info('');
