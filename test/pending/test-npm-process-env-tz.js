'use strict';
// Setting process.env.TZ while running changes the time zone that Date and Intl use
// from then on, as in Node. Date libraries' test suites (moment, dayjs, date-fns,
// luxon users) set process.env.TZ at the top of a test file.
const assert = require('assert');

const epoch = new Date(0);

process.env.TZ = 'Asia/Tokyo';
assert.strictEqual(epoch.getTimezoneOffset(), -540);
assert.strictEqual(epoch.getHours(), 9);
assert.match(epoch.toString(), /GMT\+0900/);
assert.strictEqual(Intl.DateTimeFormat().resolvedOptions().timeZone, 'Asia/Tokyo');

process.env.TZ = 'America/New_York';
assert.strictEqual(epoch.getTimezoneOffset(), 300);
assert.strictEqual(new Date(2020, 6, 1).getTimezoneOffset(), 240);
assert.strictEqual(epoch.getHours(), 19);
assert.strictEqual(Intl.DateTimeFormat().resolvedOptions().timeZone, 'America/New_York');

process.env.TZ = 'UTC';
assert.strictEqual(epoch.getTimezoneOffset(), 0);
assert.strictEqual(new Date(1970, 0, 1).getTime(), 0);
