'use strict';
// node:wasi — not implemented yet (see internal/stub.js).

const { stubMembers } = require('internal/stub');

module.exports = stubMembers({}, 'wasi', { classes: ['WASI'] });
