'use strict';
// console.table(data, properties): a number in properties names the column '1' (and finds
// the key 1), a symbol gets no column, a repeated name one column; properties that is not
// an array is ERR_INVALID_ARG_TYPE.
require('../common');
const assert = require('assert');
const { Console } = require('console');
const EventEmitter = require('events');

let out = '';
const sink = new EventEmitter();
sink.write = (chunk) => { out += chunk; return true; };
const c = new Console(sink);
function table(...args) {
  out = '';
  c.table(...args);
  return out;
}

assert.strictEqual(table([{ a: 1, 1: 'one' }], [1, 'a']),
                   '┌─────────┬───────┬───┐\n' +
                   '│ (index) │ 1     │ a │\n' +
                   '├─────────┼───────┼───┤\n' +
                   '│ 0       │ \'one\' │ 1 │\n' +
                   '└─────────┴───────┴───┘\n');
const sym = Symbol('k');
assert.strictEqual(table([{ a: 1, [sym]: 2 }], [sym]),
                   '┌─────────┐\n│ (index) │\n├─────────┤\n│ 0       │\n└─────────┘\n');
assert.strictEqual(table([{ a: 1, b: 2 }], ['a', 'a']),
                   '┌─────────┬───┐\n│ (index) │ a │\n├─────────┼───┤\n│ 0       │ 1 │\n' +
                   '└─────────┴───┘\n');
assert.throws(() => c.table([{ a: 1 }], 'a'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "properties" argument must be an instance of Array. Received type string (\'a\')',
});
