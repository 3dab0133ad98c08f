'use strict';
// node:test/reporters — not implemented yet (see internal/stub.js).

const { stubMembers } = require('internal/stub');

module.exports = stubMembers({}, 'test/reporters', {
  functions: ['dot', 'junit', 'lcov', 'spec', 'tap'],
});
