'use strict';
// Runs what the command line asked for: -r preloads, then -e/-p code, a script file, or the
// program read from standard input.

const binding = internalBinding('process');
const path = require('path');

function initModules() {
  const { Module } = require('internal/modules/cjs/loader');
  const { loader } = require;
  Module.initLoader({
    loadBuiltin: (id) => loader.requireBuiltin(id),
    canBeRequiredByUsers: (id) => loader.canBeRequiredByUsers(id),
    builtinIds: loader.publicIds,
    nodeOnlyIds: loader.nodeOnlyIds,
  });
  return Module;
}

// Evaluates code the way `node -e` does: in the global scope, with require, module,
// exports, __filename and __dirname defined as globals.
function evalScript(Module, name, source, print) {
  const filename = path.join(process.cwd(), name);
  const module = new Module(name);
  module.filename = filename;
  module.paths = Module._nodeModulePaths(process.cwd());
  module.loaded = true;
  const userRequire = Module.createRequire(filename);
  // Enumerable and in this order, as Node defines them for -e code.
  const globals = {
    __filename: name, module, exports: module.exports, __dirname: '.', require: userRequire,
  };
  for (const [key, value] of Object.entries(globals)) {
    Object.defineProperty(globalThis, key, { value, writable: true, configurable: true, enumerable: true });
  }
  const { runInThisContext } = internalBinding('contextify');
  require('internal/process/execution').registerEvalSource(name, source);
  const result = runInThisContext(source, name);
  if (print) {
    // Like Node, -p prints the result when the process exits, after pending work.
    process.on('exit', () => {
      const { inspect } = require('internal/util/inspect');
      const text = typeof result === 'string' ? result : inspect(result);
      process.stdout.write(`${text}\n`);
    });
  }
}

function runMain() {
  const Module = initModules();
  const scriptArgv = binding.scriptArgv;
  const opts = binding.options;
  const hasScript = opts.eval === undefined && !opts.forceStdin && scriptArgv.length > 0;

  if (hasScript) {
    const main = path.resolve(scriptArgv[0]);
    process.argv.push(main, ...scriptArgv.slice(1));
  } else {
    process.argv.push(...scriptArgv);
  }

  if (binding.requires.length > 0) Module._preloadModules(binding.requires);
  if (opts.exposeGc) globalThis.gc = binding.gc;

  if (opts.eval !== undefined) {
    evalScript(Module, '[eval]', opts.eval, opts.print);
    return 0;
  }
  if (hasScript) {
    Module.runMain(process.argv[1]);
    return 0;
  }
  // No script: read the program from standard input.
  const source = internalBinding('fs').readFileUtf8(0);
  evalScript(Module, '[stdin]', source, false);
  return 0;
}

module.exports = { runMain };
