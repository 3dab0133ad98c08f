'use strict';
// process.resourceUsage() returns getrusage() figures under Node's names, all numbers.
require('../common');
const assert = require('assert');

const usage = process.resourceUsage();
assert.deepStrictEqual(Object.keys(usage), [
  'userCPUTime', 'systemCPUTime', 'maxRSS', 'sharedMemorySize', 'unsharedDataSize',
  'unsharedStackSize', 'minorPageFault', 'majorPageFault', 'swappedOut', 'fsRead', 'fsWrite',
  'ipcSent', 'ipcReceived', 'signalsCount', 'voluntaryContextSwitches',
  'involuntaryContextSwitches',
]);
for (const [key, value] of Object.entries(usage)) {
  assert(typeof value === 'number' && value >= 0, `${key}: ${value}`);
}
// maxRSS is in kilobytes.
assert(usage.maxRSS > 1024 && usage.maxRSS < 64 * 1024 * 1024, `maxRSS ${usage.maxRSS}`);
