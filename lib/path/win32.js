'use strict';

// require('path/win32') is path.win32 on every platform.
module.exports = require('path').win32;
