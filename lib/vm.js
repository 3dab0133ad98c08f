'use strict';
// node:vm — not implemented yet (see internal/stub.js). Real: vm.constants.

const { stubMembers } = require('internal/stub');

const constants = Object.freeze({
  __proto__: null,
  USE_MAIN_CONTEXT_DEFAULT_LOADER: Symbol('vm_dynamic_import_main_context_default'),
  DONT_CONTEXTIFY: Symbol('vm_context_no_contextify'),
});

module.exports = stubMembers({ constants }, 'vm', {
  classes: ['Script'],
  functions: ['compileFunction', 'createContext', 'createScript', 'isContext', 'measureMemory',
    'runInContext', 'runInNewContext', 'runInThisContext'],
});
