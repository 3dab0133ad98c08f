'use strict';
// node:tty — not implemented yet (see internal/stub.js).

const { stubMembers } = require('internal/stub');

module.exports = stubMembers({}, 'tty', {
  classes: ['ReadStream', 'WriteStream'],
  functions: ['isatty'],
});
