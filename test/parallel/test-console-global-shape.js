'use strict';
// The global console carries its methods as own enumerable properties, Console among them,
// over a plain prototype, as in Node; it still counts as an instance of Console.
require('../common');
const assert = require('assert');
const { Console } = require('console');

const keys = Object.keys(console);
for (const name of ['log', 'error', 'warn', 'info', 'debug', 'table', 'dir', 'time', 'timeEnd',
                    'count', 'group', 'groupEnd', 'assert', 'trace', 'Console']) {
  assert(keys.includes(name), name);
}
assert.strictEqual(console.Console, Console);
assert.notStrictEqual(Object.getPrototypeOf(console), Console.prototype);
assert.strictEqual(Object.getPrototypeOf(Object.getPrototypeOf(console)), Object.prototype);
assert.strictEqual(console instanceof Console, true);
const { log } = console;
log('detached log still works');
