'use strict';
// timers/promises with { ref: false } does not keep the process alive.
const common = require('../common');
const { setTimeout, setImmediate } = require('timers/promises');

setTimeout(10_000, undefined, { ref: false }).then(common.mustNotCall());
setImmediate(undefined, { ref: false }).then(common.mustNotCall());
