'use strict';
// The public `module` built-in is the CommonJS Module class itself, with its
// static helpers (createRequire, builtinModules, isBuiltin, findPackageJSON, ...).
// internal/main/run sets the loader up on first use: `-e` code may reach this module
// (through process.getBuiltinModule) before anything has required a file.

const Module = require('internal/main/run').moduleLoader();

let warned = false;

// module.stripTypeScriptTypes(code[, options]): the TypeScript source with its types
// erased by Lode's transform (positions kept). Mode 'transform' accepts the same input:
// the syntax that needs code generation (enum, namespace, parameter properties) is not
// supported by the transform and throws ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX in either mode.
function stripTypeScriptTypes(code, options = {}) {
  const { validateString, validateObject, validateOneOf, validateBoolean } =
    require('internal/validators');
  const { codes } = require('internal/errors');
  validateString(code, 'code');
  validateObject(options, 'options');
  const { mode = 'strip', sourceMap = false, sourceUrl = '' } = options;
  validateOneOf(mode, 'options.mode', ['strip', 'transform']);
  if (mode === 'strip') {
    validateOneOf(sourceMap, 'options.sourceMap', [false, undefined]);
  } else {
    validateBoolean(sourceMap, 'options.sourceMap');
  }
  validateString(sourceUrl, 'options.sourceUrl');
  if (!warned) {
    warned = true;
    process.emitWarning('stripTypeScriptTypes is an experimental feature and might change at ' +
                        'any time', 'ExperimentalWarning');
  }
  const { transform, kTypeScript } = require('internal/modules/esm/transform');
  const result = transform(code, kTypeScript);
  if (result.error !== undefined) {
    throw result.code === 'ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX' ?
      new codes.ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX(result.error) :
      new codes.ERR_INVALID_TYPESCRIPT_SYNTAX(result.error);
  }
  let output = result.code;
  if (sourceMap) output += `\n\n//# sourceMappingURL=${identitySourceMap(code, sourceUrl)}`;
  else if (sourceUrl !== '') output += `\n\n//# sourceURL=${sourceUrl}`;
  return output;
}

// The transform keeps every line and column, so the source map maps each line to itself.
function identitySourceMap(code, sourceUrl) {
  const lines = code.split('\n').length;
  // Segment "AAAA" starts line 0; each later line's "AACA" moves one source line down.
  const mappings = ['AAAA', ...Array(lines - 1).fill('AACA')].join(';');
  const map = { version: 3, sources: [sourceUrl], names: [], mappings };
  return `data:application/json;base64,${Buffer.from(JSON.stringify(map)).toString('base64')}`;
}

Object.defineProperty(Module, 'stripTypeScriptTypes', {
  value: stripTypeScriptTypes, writable: true, enumerable: true, configurable: true,
});

module.exports = Module;
