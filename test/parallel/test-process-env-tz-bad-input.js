'use strict';
// A time zone name the system does not know (or a non-ASCII or empty one) in process.env.TZ
// falls back to UTC, as in Node; it never throws or crashes.
require('../common');
const assert = require('assert');

process.env.TZ = 'Not/AZone';
assert.strictEqual(new Date(0).getTimezoneOffset(), 0);
process.env.TZ = 'Zürich';
assert.strictEqual(new Date(0).getTimezoneOffset(), 0);
process.env.TZ = '';
assert.strictEqual(new Date(0).getTimezoneOffset(), 0);
assert.strictEqual(process.env.TZ, '');
