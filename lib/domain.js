'use strict';
// node:domain (deprecated) — not implemented yet (see internal/stub.js). Real: no
// domain is active.

const { stubMembers } = require('internal/stub');

module.exports = stubMembers({
  active: null,
  _stack: [],
}, 'domain', {
  classes: ['Domain'],
  functions: ['create', 'createDomain'],
});
