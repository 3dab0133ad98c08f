'use strict';
// What the CommonJS loader and -e/stdin code need from the ES module side: import()
// rewriting for scripts, syntax detection, TypeScript type stripping, require(esm). Kept
// apart so that CommonJS programs that use none of it never load it.

const { transform, kTypeScript, kDetect, kDynamicImport } =
  require('internal/modules/esm/transform');

function esmLoader() {
  return require('internal/modules/esm/loader');
}

// Rewrites the import() calls of script `content` (a CommonJS module at `filename`, or
// -e/stdin code named '[eval]'/'[stdin]') to the loader's. Returns [code, context] where
// context is the `$lode` object the code needs, or undefined when the transform refuses
// the code (the engine then reports its syntax error).
function rewriteDynamicImport(content, filename) {
  const result = transform(content, kDynamicImport);
  if (result.error !== undefined) return undefined;
  if (result.shifts !== undefined) {
    require('internal/stack/sources').setColumnShifts(filename, result.shifts);
  }
  const context = {
    imp(specifier, options) {
      return esmLoader().importFromScript(specifier, options, filename);
    },
  };
  return [result.code, context];
}

// Whether `content` has ES module syntax (import/export, import.meta, top-level await).
function hasModuleSyntax(content, isTypeScript) {
  return transform(content, kDetect | (isTypeScript ? kTypeScript : 0)).hasModuleSyntax === true;
}

// Erases the TypeScript types of `content`, a CommonJS (or -e) TypeScript source named
// `filename`; throws the transform's error like Node (ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX or
// a SyntaxError, with the file:line / source / caret header).
function stripTypeScriptTypes(content, filename) {
  const { codes } = require('internal/errors');
  if (filename.includes('/node_modules/')) {
    throw new codes.ERR_UNSUPPORTED_NODE_MODULES_TYPE_STRIPPING(filename);
  }
  const result = transform(content, kTypeScript);
  if (result.error === undefined) return result.code;
  const err = result.code === 'ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX' ?
    new codes.ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX(result.error) : new SyntaxError(result.error);
  require('internal/stack/sources').registerEvalSource(filename, content);
  require('internal/modules/esm/errors').decorateErrorAt(
    err, filename, result.line, (result.column ?? 0) + 1);
  throw err;
}

// Loads `filename` as an ES module for CommonJS `module`: the main entry point runs through
// the ES module loader (top-level await allowed), anything else is require(esm).
function loadAsESM(module, filename, parent) {
  if (module.id === '.') {
    process.mainModule = undefined;
    esmLoader().runMainESM(filename);
    return;
  }
  module.exports = esmLoader().requireESM(filename, parent);
}

// Compiles and runs `content` as CommonJS for `module`; if it does not compile and has ES
// module syntax, loads it as an ES module instead (with Node's warning when a package.json
// without "type" is there).
function compileOrDetect(module, filename, content, scope, isTypeScript, parent) {
  try {
    module._compile(content, filename, isTypeScript ? 'commonjs-typescript' : undefined);
  } catch (err) {
    loadAfterSyntaxError(err, module, filename, content, scope, isTypeScript, parent);
  }
}

// The rest of compileOrDetect() once compiling as a script threw `err`: rethrows it unless
// the file has ES module syntax, in which case it loads as an ES module. The CommonJS loader
// calls this directly for plain .js files, so that this module loads only when needed.
function loadAfterSyntaxError(err, module, filename, content, scope, isTypeScript, parent) {
  if (!(err instanceof SyntaxError) || !hasModuleSyntax(content, isTypeScript)) throw err;
  if (scope !== null && !isTypeScript) {
    const { pathToFileURL } = require('internal/modules/esm/resolve');
    esmLoader().warnTypelessPackage(pathToFileURL(filename));
  }
  loadAsESM(module, filename, parent);
}

// -e/stdin code: --input-type=module(-typescript), or code that failed to compile as a
// script. Returns true when the code ran as an ES module.
function evalAsModule(source, isTypeScript) {
  esmLoader().evalModule(source, '[eval1]', isTypeScript);
  return true;
}

// -e/stdin code that may be an ES module or use import(): --input-type=module(-typescript)
// runs as a module, commonjs-typescript as a script with types erased; a script's import()
// calls are rewritten; without --input-type, code that does not compile as a script but
// has module syntax runs as a module (Node 22+). `evalScript` is internal/main/run's.
function evalCode(name, source, print, inputType, evalScript) {
  if (inputType === 'module' || inputType === 'module-typescript') {
    if (print) {
      const { codes: { ERR_EVAL_ESM_CANNOT_PRINT } } = require('internal/errors');
      throw new ERR_EVAL_ESM_CANNOT_PRINT();
    }
    evalAsModule(source, inputType === 'module-typescript');
    return;
  }
  let code = source;
  if (inputType === 'commonjs-typescript') code = stripTypeScriptTypes(source, name);
  code = rewriteEvalDynamicImport(code, name);
  try {
    evalScript(name, source, print, code);
  } catch (err) {
    if (err instanceof SyntaxError && inputType === undefined && !print &&
        evalIfModule(source, code)) {
      return;
    }
    throw err;
  }
}

// For -e/stdin code that threw a SyntaxError as a script (`code` is what ran, `source`
// what was given): when it does not compile as a script and has module syntax, runs it as
// an ES module and returns true.
function evalIfModule(source, code) {
  const { checkSyntax } = internalBinding('contextify');
  try {
    checkSyntax(code);
    return false; // It compiles: the SyntaxError came from running it.
  } catch {
    // A compile error: module syntax, or a real syntax error.
  }
  if (!hasModuleSyntax(source, false)) return false;
  for (const key of ['__filename', 'module', 'exports', '__dirname', 'require']) {
    delete globalThis[key];
  }
  evalAsModule(source, false);
  return true;
}

// The hidden global `$lode` that rewritten import() calls of -e/stdin code use (script code
// has no wrapper to receive it). Returns the code to run.
function rewriteEvalDynamicImport(code, name) {
  if (!/\bimport\s*\(/.test(code)) return code;
  const rewritten = rewriteDynamicImport(code, name);
  if (rewritten === undefined) return code;
  Object.defineProperty(globalThis, '$lode', {
    __proto__: null, value: rewritten[1], configurable: true, enumerable: false, writable: false,
  });
  return rewritten[0];
}

module.exports = {
  rewriteDynamicImport,
  rewriteEvalDynamicImport,
  hasModuleSyntax,
  stripTypeScriptTypes,
  loadAsESM,
  compileOrDetect,
  loadAfterSyntaxError,
  evalAsModule,
  evalCode,
};
