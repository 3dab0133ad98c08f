'use strict';
// node:dgram — not implemented yet (see internal/stub.js).

const { stubMembers } = require('internal/stub');

module.exports = stubMembers({}, 'dgram', {
  classes: ['Socket'],
  functions: ['createSocket'],
});
