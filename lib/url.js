'use strict';
// node:url — not implemented yet (see internal/stub.js). URL, URLSearchParams and
// URLPattern are also globals.

const { stubMembers } = require('internal/stub');

module.exports = stubMembers({}, 'url', {
  classes: [
    ['URL', ['canParse', 'createObjectURL', 'parse', 'revokeObjectURL']],
    'URLPattern',
    'URLSearchParams',
    'Url',
  ],
  functions: ['domainToASCII', 'domainToUnicode', 'fileURLToPath', 'fileURLToPathBuffer',
    'format', 'parse', 'pathToFileURL', 'resolve', 'resolveObject', 'urlToHttpOptions'],
});
