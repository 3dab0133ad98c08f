'use strict';
// The public `module` built-in is the CommonJS Module class itself, with its
// static helpers (createRequire, builtinModules, isBuiltin, findPackageJSON, ...).
// internal/main/run sets the loader up on first use: `-e` code may reach this module
// (through process.getBuiltinModule) before anything has required a file.

module.exports = require('internal/main/run').moduleLoader();
