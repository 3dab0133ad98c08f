'use strict';
// node:readline/promises — not implemented yet (see internal/stub.js).

const { stubMembers } = require('internal/stub');

module.exports = stubMembers({}, 'readline/promises', {
  classes: ['Interface', 'Readline'],
  functions: ['createInterface'],
});
