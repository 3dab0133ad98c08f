'use strict';
// node:assert/strict: node:assert in strict mode (assert.strict).

module.exports = require('assert').strict;
