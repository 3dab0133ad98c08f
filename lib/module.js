'use strict';
// The public `module` built-in is the CommonJS Module class itself, with its
// static helpers (createRequire, builtinModules, isBuiltin, findPackageJSON, ...).

module.exports = require('internal/modules/cjs/loader').Module;
