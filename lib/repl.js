'use strict';
// node:repl — not implemented yet (see internal/stub.js). Real: the mode symbols.

const { stubMembers } = require('internal/stub');

module.exports = stubMembers({
  REPL_MODE_SLOPPY: Symbol('repl-sloppy'),
  REPL_MODE_STRICT: Symbol('repl-strict'),
}, 'repl', {
  classes: ['REPLServer', 'Recoverable'],
  functions: ['isValidSyntax', 'start', 'writer'],
});
