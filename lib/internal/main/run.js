'use strict';
// Runs what the command line asked for: -r preloads, then -e/-p code, a script file, or the
// program read from standard input.

const binding = internalBinding('process');

// The parts only some command lines need (-p, fork() children, stdin, --env-file, --import).
function rare() {
  return require('internal/main/run_rare');
}

// The CommonJS loader is loaded and set up on first use, so that `-e` code which never
// touches require, module or exports runs without it. What it reads from the process is
// taken at start-up, as if it had been set up then.
let loadedModule;
let startupEnv;

// Returns the Module class of the CommonJS loader, set up.
function moduleLoader() {
  if (loadedModule !== undefined) return loadedModule;
  const { Module, initLoader } = require('internal/modules/cjs/loader');
  const { loader } = require;
  initLoader({
    loadBuiltin: (id) => loader.requireBuiltin(id),
    canBeRequiredByUsers: (id) => loader.canBeRequiredByUsers(id),
    // A getter: the ids are listed only when the loader first looks a name up.
    get builtinIds() { return loader.publicIds; },
    nodeOnlyIds: loader.nodeOnlyIds,
    env: startupEnv,
  });
  loadedModule = Module;
  return Module;
}

// The module that -e/-p/stdin code runs as: `[eval]` (or `[stdin]`) in the working
// directory `cwd`, with its require function.
function makeEvalModule(name, cwd) {
  const Module = moduleLoader();
  const filename = require('path').join(cwd, name);
  const module = new Module(name);
  module.filename = filename;
  module.paths = Module._nodeModulePaths(cwd);
  module.loaded = true;
  return { module, exports: module.exports, require: Module.createRequire(filename) };
}

function defineGlobalData(key, value) {
  Object.defineProperty(globalThis, key, {
    value, writable: true, configurable: true, enumerable: true,
  });
}

// Defines global `key` (require, module or exports) as an accessor that makes the eval module
// described by `lazy` ({ name, cwd, module }) on first use.
function defineLazyEvalGlobal(key, lazy) {
  Object.defineProperty(globalThis, key, {
    get() {
      lazy.module ??= makeEvalModule(lazy.name, lazy.cwd);
      defineGlobalData(key, lazy.module[key]);
      return lazy.module[key];
    },
    set(value) {
      defineGlobalData(key, value);
    },
    configurable: true,
    enumerable: true,
  });
}

// Evaluates code the way `node -e` does: in the global scope, with require, module,
// exports, __filename and __dirname defined as globals (enumerable and in this order, as
// Node defines them). require, module and exports make the module on first use; each then
// becomes the data property Node has.
// `code`, if given, is what runs (rewritten `source`); `source` is what stacks quote.
function evalScript(name, source, print, code) {
  const lazy = { name, cwd: process.cwd(), module: undefined };
  defineGlobalData('__filename', name);
  defineLazyEvalGlobal('module', lazy);
  defineLazyEvalGlobal('exports', lazy);
  defineGlobalData('__dirname', '.');
  defineLazyEvalGlobal('require', lazy);

  const { runInThisContext } = internalBinding('contextify');
  const execution = require('internal/process/execution');
  require('internal/stack/sources').registerEvalSource(name, source);
  let result;
  try {
    result = runInThisContext(code ?? source, name);
  } catch (err) {
    execution.decorateErrorStack(err);
    throw err;
  }
  if (print) rare().printAtExit(result);
}

// path.resolve(file) for the script's name, without loading the path module for the usual
// forms (an absolute or plain relative name without '.' or '..' segments, repeated or
// trailing slashes): an ES module program may need the module for nothing else.
function resolveScriptPath(file) {
  if (file.startsWith('./')) file = file.slice(2);
  if (file === '' || file.charCodeAt(0) === 46 /* . */ || file.endsWith('/') ||
      file.includes('/.') || file.includes('//')) {
    return require('path').resolve(file);
  }
  if (file.charCodeAt(0) === 47 /* / */) return file;
  const cwd = process.cwd();
  return cwd === '/' ? `/${file}` : `${cwd}/${file}`;
}

// What runMain() does for each kind of program, each a function of its own (the rarer ones
// in internal/main/run_rare): the engine compiles a function's whole body on its first call,
// so branches that do not run cost start-up time inside it.

// Code that may be an ES module or call import() goes through the module loaders'
// internal/modules/esm/interop (which calls evalScript for scripts).
function runEval(opts) {
  const code = opts.eval;
  // Node exposes the -e/-p code as process._eval (fork() leaves it out of the child's
  // execArgv).
  Object.defineProperty(process, '_eval', {
    value: code, writable: false, enumerable: true, configurable: true,
  });
  if (opts.inputType !== undefined || code.includes('import') || code.includes('export') ||
      code.includes('await')) {
    require('internal/modules/esm/interop').evalCode('[eval]', code, opts.print,
                                                     opts.inputType, evalScript);
  } else {
    evalScript('[eval]', code, opts.print);
  }
}

// An existing .mjs/.mts file runs as an ES module without the CommonJS loader (which an ES
// module graph only sets up when it meets a package or a CommonJS file). With -r preloads,
// Module.runMain may have been replaced: it decides.
function runScript(main) {
  if (binding.requires.length === 0 && (main.endsWith('.mjs') || main.endsWith('.mts')) &&
      internalBinding('fs_core').internalModuleStat(main) === 0) {
    require('internal/modules/esm/loader').runMainESM(internalBinding('fs_core').realpath(main));
  } else {
    moduleLoader().runMain(main);
  }
}

function runMain() {
  if (binding.envFiles.length > 0) {
    rare().loadEnvFiles(binding.envFiles, binding.envFilesOptional);
  }
  // (Read from C: process.env is a Proxy whose trap would be compiled for these two reads.)
  startupEnv = { HOME: binding.getEnv('HOME'), NODE_PATH: binding.getEnv('NODE_PATH') };
  if (binding.getEnv('NODE_CHANNEL_FD') !== undefined) rare().setUpForkChild();
  const scriptArgv = binding.scriptArgv;
  const opts = binding.options;
  if (opts.test) {
    // `lode --test [files/globs]`: each test file runs in a child process (which gets the
    // -r preloads).
    require('internal/test_runner/run_files').runFiles(scriptArgv);
    return 0;
  }
  const hasScript = opts.eval === undefined && !opts.forceStdin && scriptArgv.length > 0;
  if (hasScript) {
    process.argv.push(resolveScriptPath(scriptArgv[0]), ...scriptArgv.slice(1));
    if (opts.inputType !== undefined) {
      throw new (require('internal/errors').codes.ERR_INPUT_TYPE_NOT_ALLOWED)();
    }
  } else {
    process.argv.push(...scriptArgv);
  }
  if (binding.requires.length > 0) moduleLoader()._preloadModules(binding.requires);
  if (opts.exposeGc) globalThis.gc = binding.gc;
  if (binding.imports.length > 0) {
    rare().runAfterImports(binding.imports, () => runProgram(opts, hasScript));
  } else if (hasScript) {
    // (The usual case called directly: a function's first call costs ~45k instructions.)
    runScript(process.argv[1]);
  } else {
    runProgram(opts, hasScript);
  }
  return 0;
}

function runProgram(opts, hasScript) {
  if (opts.eval !== undefined) {
    runEval(opts);
  } else if (hasScript) {
    runScript(process.argv[1]);
  } else {
    rare().runStdin(opts, evalScript);
  }
}

module.exports = { runMain, moduleLoader };
