'use strict';
// An unref'd immediate does not keep the process alive: when it is all that is pending, the
// process exits without running it.
const common = require('../common');

setImmediate(common.mustNotCall()).unref();
