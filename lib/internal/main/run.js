'use strict';
// Runs what the command line asked for: -r preloads, then -e/-p code, a script file, or the
// program read from standard input.

const binding = internalBinding('process');

// The CommonJS loader is loaded and set up on first use, so that `-e` code which never
// touches require, module or exports runs without it. What it reads from the process is
// taken at start-up, as if it had been set up then.
let loadedModule;
let startupEnv;

// Returns the Module class of the CommonJS loader, set up.
function moduleLoader() {
  if (loadedModule !== undefined) return loadedModule;
  const { Module } = require('internal/modules/cjs/loader');
  const { loader } = require;
  Module.initLoader({
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
  require('internal/stack').registerEvalSource(name, source);
  let result;
  try {
    result = runInThisContext(code ?? source, name);
  } catch (err) {
    execution.decorateErrorStack(err);
    throw err;
  }
  if (print) printAtExit(result);
}

// Like Node, -p prints the result when the process exits, after pending work.
function printAtExit(result) {
  process.on('exit', () => {
    const { inspect } = require('internal/util/inspect');
    const text = typeof result === 'string' ? result : inspect(result);
    process.stdout.write(`${text}\n`);
  });
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

// What runMain() does for the rarer cases, each a function of its own: the engine compiles
// a function's whole body on its first call, so branches that do not run cost start-up
// time inside it.

// A child started by fork() (or with stdio 'ipc') talks to its parent over this fd. A
// cluster worker (NODE_UNIQUE_ID) is always such a child.
function setUpForkChild() {
  require('child_process')._forkChild();
  if (process.env.NODE_UNIQUE_ID !== undefined) require('cluster')._setupWorker();
}

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
      internalBinding('fs').internalModuleStat(main) === 0) {
    require('internal/modules/esm/loader').runMainESM(internalBinding('fs').realpath(main));
  } else {
    moduleLoader().runMain(main);
  }
}

// No script: the REPL on a terminal (or with -i); otherwise the program piped to standard
// input.
function runStdin(opts) {
  if (opts.interactive || (!opts.forceStdin && internalBinding('fs').guessHandleType(0) === 'TTY')) {
    require('internal/repl/cli').startCli();
    return;
  }
  const source = internalBinding('fs').readFileUtf8(0);
  require('internal/modules/esm/interop').evalCode('[stdin]', source, opts.print,
                                                   opts.inputType, evalScript);
}

// --env-file / --env-file-if-exists, in order: what the environment already has wins, as
// in Node. A missing --env-file ends the process with Node's message and code 9.
function loadEnvFiles(files, optional) {
  const { loadEnvFile } = require('internal/process/methods');
  for (let i = 0; i < files.length; i++) {
    try {
      loadEnvFile(files[i]);
    } catch (err) {
      if (err?.code !== 'ENOENT') throw err;
      if (optional[i]) {
        process._rawDebug(`${files[i]} not found. Continuing without it.`);
      } else {
        process._rawDebug(`lode: ${files[i]}: not found`);
        process.reallyExit(9);
      }
    }
  }
}

// --import: the modules, in order, each evaluated (top-level await included) before the
// next and before the main entry point; specifiers resolve from the working directory.
function runAfterImports(imports, run) {
  const { importDynamic } = require('internal/modules/esm/loader');
  // (A file in the working directory as the referrer: resolution is from its directory.)
  const parent = require('internal/url').pathToFileURL(`${process.cwd()}/[import]`).href;
  let chain = Promise.resolve();
  for (const specifier of imports) chain = chain.then(() => importDynamic(specifier, undefined, parent));
  chain.then(run, (err) => {
    process.nextTick(() => { throw err; });
  });
}

function runMain() {
  if (binding.envFiles.length > 0) loadEnvFiles(binding.envFiles, binding.envFilesOptional);
  // (Read from C: process.env is a Proxy whose trap would be compiled for these two reads.)
  startupEnv = { HOME: binding.getEnv('HOME'), NODE_PATH: binding.getEnv('NODE_PATH') };
  if (binding.getEnv('NODE_CHANNEL_FD') !== undefined) setUpForkChild();
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
  const run = () => {
    if (opts.eval !== undefined) {
      runEval(opts);
    } else if (hasScript) {
      runScript(process.argv[1]);
    } else {
      runStdin(opts);
    }
  };
  if (binding.imports.length > 0) runAfterImports(binding.imports, run);
  else run();
  return 0;
}

module.exports = { runMain, moduleLoader };
