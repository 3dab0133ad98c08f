'use strict';
// process.title is a string that can be set and read back.
require('../common');
const assert = require('assert');

assert.strictEqual(typeof process.title, 'string');
process.title = 'lodetitle';
assert.strictEqual(process.title, 'lodetitle');
