'use strict';

// require('path/posix') is path.posix on every platform.
module.exports = require('path').posix;
