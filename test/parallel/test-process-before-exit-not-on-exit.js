'use strict';
// 'beforeExit' is not emitted when the process ends by process.exit().
const common = require('../common');

process.on('beforeExit', common.mustNotCall());
setImmediate(common.mustCall(() => process.exit()));
