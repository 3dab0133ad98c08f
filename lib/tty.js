'use strict';
// node:tty — isatty works; the stream classes arrive with the net issue (see internal/stub.js).

const { stubMembers } = require('internal/stub');

// Whether fd is an open terminal. Anything that is not a valid fd answers false, as in Node.
function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 &&
    internalBinding('fs').guessHandleType(fd) === 'TTY';
}

module.exports = stubMembers({ isatty }, 'tty', {
  classes: ['ReadStream', 'WriteStream'],
});
