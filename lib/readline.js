'use strict';
// node:readline — not implemented yet (see internal/stub.js).

const { stubMembers, attachStubs } = require('internal/stub');

const readline = stubMembers({}, 'readline', {
  classes: ['Interface'],
  functions: ['clearLine', 'clearScreenDown', 'createInterface', 'cursorTo',
    'emitKeypressEvents', 'moveCursor'],
});
attachStubs(readline, 'promises', require('readline/promises'));

module.exports = readline;
