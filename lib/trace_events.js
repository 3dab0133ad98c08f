'use strict';
// node:trace_events — not implemented yet (see internal/stub.js).

const { stubMembers } = require('internal/stub');

module.exports = stubMembers({}, 'trace_events', {
  functions: ['createTracing', 'getEnabledCategories'],
});
