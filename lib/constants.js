'use strict';
// node:constants (deprecated in the docs, still used): os.constants.dlopen, errno,
// priority and signals, fs.constants and crypto.constants, flattened into one frozen
// object, as Node builds it.

const os = require('os');

module.exports = Object.freeze({
  ...os.constants.dlopen,
  ...os.constants.errno,
  ...os.constants.priority,
  ...os.constants.signals,
  ...require('fs').constants,
  ...require('crypto').constants,
});
