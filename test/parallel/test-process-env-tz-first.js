'use strict';
// Setting process.env.TZ before any date is used changes the time zone Date and Intl use,
// as date libraries' test files do at their top.
require('../common');
const assert = require('assert');

process.env.TZ = 'Asia/Tokyo';
const epoch = new Date(0);
assert.strictEqual(epoch.getTimezoneOffset(), -540);
assert.strictEqual(epoch.getHours(), 9);
assert.match(epoch.toString(), /GMT\+0900/);
assert.strictEqual(Intl.DateTimeFormat().resolvedOptions().timeZone, 'Asia/Tokyo');
