'use strict';
// process.memoryUsage() reports rss, heapTotal, heapUsed, external and arrayBuffers in
// bytes; process.memoryUsage.rss() alone.
require('../common');
const assert = require('assert');

const usage = process.memoryUsage();
assert.deepStrictEqual(Object.keys(usage).sort(),
                       ['arrayBuffers', 'external', 'heapTotal', 'heapUsed', 'rss']);
for (const [key, value] of Object.entries(usage)) {
  assert(Number.isInteger(value) && value >= 0, `${key}: ${value}`);
}
assert(usage.rss > 1024 * 1024, `rss ${usage.rss}`);

const rss = process.memoryUsage.rss();
assert(Number.isInteger(rss));
assert(rss > 1024 * 1024);
