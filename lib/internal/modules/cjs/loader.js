'use strict';
// The CommonJS loader: `require()`, `module`, `require.resolve` and the public
// `module` built-in. Resolution follows the "All together" algorithm of Node's
// modules documentation, with `exports`/`imports` resolved as packages.md and the
// ESM resolver specification describe.
//
// The bootstrap calls `Module.initLoader()` once, when the loader is first needed
// (before the main script runs), to tell it how to reach the built-in modules.

const { codes } = require('internal/errors/lazy');
const {
  internalModuleStat,
  readFileUtf8,
  realpath: realpathBinding,
} = internalBinding('fs_core');
const {
  compileFunction,
  runInThisContext,
} = internalBinding('contextify');

const kStatFile = 0;
const kStatDirectory = 1;

// node:path (with internal/validators, ~3M instructions) is loaded on first use: the usual
// paths are absolute and normalized already, and the loader answers them itself, so a
// program whose modules require only relative files and built-ins never loads it.
let pathModule;
function lazyPath() {
  pathModule ??= require('path');
  return pathModule;
}

// path.isAbsolute(p), which also checks that `p` is a string.
function isAbsolute(p) {
  return typeof p === 'string' ? p.charCodeAt(0) === 47 /* / */ : lazyPath().isAbsolute(p);
}

// ---------------------------------------------------------------------------
// Built-in modules, as told by the bootstrap through Module.initLoader().

// Ids requirable with or without `node:` ('fs', 'fs/promises', ...) and ids requirable
// only as `node:<id>` ('test', 'sqlite', ...): sorted arrays and Sets, made on the first
// lookup of a name that could be a built-in (listing ~190 ids costs ~0.3 ms at start-up,
// which a program that requires only files does not need).
let builtinOptions = { builtinIds: [], nodeOnlyIds: [] };
let builtinLists;

function builtins() {
  if (builtinLists !== undefined) return builtinLists;
  // Sorted copies of the arrays; spreading the Sets instead would run the engine's
  // iterator once per id, enough to get it JIT-compiled during start-up (~0.3 ms).
  const publicIds = [...builtinOptions.builtinIds].sort();
  const schemeOnlyIds = [...(builtinOptions.nodeOnlyIds ?? [])].sort();
  builtinLists = {
    publicIds,
    schemeOnlyIds,
    publicSet: new Set(publicIds),
    schemeOnlySet: new Set(schemeOnlyIds),
  };
  return builtinLists;
}
let loadBuiltin = (id) => {
  throw new codes.ERR_UNKNOWN_BUILTIN_MODULE(id);
};

// The conditions `require()` matches in "exports" and "imports", besides
// "default". "node-addons" is left out on purpose, as `--no-addons` does in Node:
// Lode cannot load native addons, so a package's addon-free fallback is the one
// that works. "module-sync" joins once `require()` can load ES modules.
let cjsConditions = new Set(['require', 'node']);

// Returns the built-in id behind `request` ('fs' for 'fs' and 'node:fs', 'test'
// for 'node:test'), or undefined when `request` names no requirable built-in.
function builtinIdOf(request) {
  if (request.startsWith('node:')) {
    const id = request.slice(5);
    const { publicSet, schemeOnlySet } = builtins();
    if (publicSet.has(id) || schemeOnlySet.has(id)) return id;
    return undefined;
  }
  // A path ('./x', '/x', '../x') never names a built-in.
  const first = request.charCodeAt(0);
  if (first === 46 /* . */ || first === 47 /* / */) return undefined;
  return builtins().publicSet.has(request) ? request : undefined;
}

// ---------------------------------------------------------------------------
// File system probes and their caches.

// Valid only during one outermost require() (see Module.prototype.require), so a
// file written between two top-level requires is seen by the second. Created on
// the first stat, so requires answered from the caches never allocate it.
let statCache = null;
let requireDepth = 0;

function internalStat(filename) {
  if (requireDepth > 0) {
    statCache ??= new Map();
    const cached = statCache.get(filename);
    if (cached !== undefined) return cached;
    const result = internalModuleStat(filename);
    statCache.set(filename, result);
    return result;
  }
  return internalModuleStat(filename);
}

// Module._stat is a legacy hook that some tools replace; honour a replacement.
function stat(filename) {
  if (Module._stat !== internalStat && typeof Module._stat === 'function') {
    return Module._stat(filename);
  }
  return internalStat(filename);
}

// Real paths of resolved files never change under a running program as far as
// the loader is concerned (Node caches them for the life of the process too).
const realpathCache = new Map();

function toRealPath(requestPath) {
  let real = realpathCache.get(requestPath);
  if (real === undefined) {
    real = realpathBinding(requestPath);
    realpathCache.set(requestPath, real);
  }
  return real;
}

// ---------------------------------------------------------------------------
// package.json reading. Records are cached for the life of the process, as Node
// does; a missing file is cached as null.

const packageJsonCache = new Map();

// Returns the record for the package.json at `jsonPath` ({ path, dir, name, main,
// exports, imports, type }), or null when there is no such file. Throws
// ERR_INVALID_PACKAGE_CONFIG naming the file when it is not valid JSON.
function readPackage(jsonPath) {
  let record = packageJsonCache.get(jsonPath);
  if (record !== undefined) return record;
  record = null;
  if (internalStat(jsonPath) === kStatFile) {
    let text;
    try {
      text = readFileUtf8(jsonPath);
    } catch {
      // Unreadable counts as absent, as in Node.
    }
    if (text !== undefined) record = parsePackage(jsonPath, text);
  }
  packageJsonCache.set(jsonPath, record);
  return record;
}

function parsePackage(jsonPath, text) {
  let data;
  try {
    data = JSON.parse(stripBOM(text));
  } catch (err) {
    throw new codes.ERR_INVALID_PACKAGE_CONFIG(jsonPath, undefined, err.message);
  }
  if (data === null || typeof data !== 'object') data = {};
  return {
    path: jsonPath,
    dir: dirName(jsonPath),
    name: typeof data.name === 'string' ? data.name : undefined,
    main: typeof data.main === 'string' ? data.main : undefined,
    exports: data.exports,
    imports: data.imports,
    type: data.type === 'module' || data.type === 'commonjs' ? data.type : 'none',
  };
}

const packageScopeCache = new Map();

// path.basename(p) of a string, with the usual case (no trailing '/', as the loader's own
// paths are; '/' itself has the base name '') done here: path.basename scans the string,
// and its first calls cost compiles.
function baseName(p) {
  if (p.length > 1 && p.endsWith('/')) return lazyPath().basename(p);
  return p.slice(p.lastIndexOf('/') + 1);
}

// path.extname(p) of a string, likewise ('.cjs' files ask for it).
function lastExtension(p) {
  if (p.length > 1 && p.endsWith('/')) return lazyPath().extname(p);
  const dot = p.lastIndexOf('.');
  const slash = p.lastIndexOf('/');
  // A dot that starts the base name begins no extension, nor does '..'.
  if (dot <= slash + 1 || (dot === slash + 2 && dot === p.length - 1 &&
                           p.charCodeAt(slash + 1) === 46 /* . */)) {
    return '';
  }
  return p.slice(dot);
}

// path.dirname(p), likewise: done here for a string without a trailing or doubled '/'.
function dirName(p) {
  if (typeof p !== 'string' || (p.length > 1 && p.endsWith('/')) || p.includes('//')) {
    return lazyPath().dirname(p);
  }
  const slash = p.lastIndexOf('/');
  return slash > 0 ? p.slice(0, slash) : slash === 0 ? '/' : '.';
}

// Returns the record of the nearest package.json at or above directory `dir`, or
// null. The search stops at a `node_modules` directory: a package without its own
// package.json does not inherit the settings of the tree that installed it.
function packageScope(dir) {
  let scope = packageScopeCache.get(dir);
  if (scope !== undefined) return scope;
  scope = null;
  if (baseName(dir) !== 'node_modules') {
    scope = readPackage(dir === '/' ? '/package.json' : dir + '/package.json');
    if (scope === null) {
      const parent = dirName(dir);
      if (parent !== dir) scope = packageScope(parent);
    }
  }
  packageScopeCache.set(dir, scope);
  return scope;
}

// path.dirname of the last module file made (fileDir*) and of the last parent resolved from
// (parentDir*): loading one module asks for its directory four times (the module's path, its
// node_modules paths, its package scope, __dirname) and for its parent's once, and dirname
// scans the string each time. The checks are inline at each use: a helper called that often
// (five times per module) gets compiled by the optimizing JIT while 200 modules load.
let fileDirKey = '';
let fileDirValue = '.';
let parentDirKey = '';
let parentDirValue = '.';

function stripBOM(content) {
  return content.charCodeAt(0) === 0xFEFF ? content.slice(1) : content;
}

// ---------------------------------------------------------------------------
// The Module class.

// module → the module that first required it. Kept outside the object because
// `module.parent` is deprecated and must not show up as an own property.
const moduleParentCache = new WeakMap();

// A plain constructor function rather than a class: packages call `Module.call(this,
// id)` from their own constructors, which a class would forbid.
function Module(id = '', parent) {
  this.id = id;
  if (id !== fileDirKey) {
    fileDirValue = dirName(id);
    fileDirKey = id;
  }
  this.path = fileDirValue;
  this.exports = {};
  moduleParentCache.set(this, parent);
  updateChildren(parent, this, false);
  this.filename = null;
  this.loaded = false;
  this.children = [];
}

Module.Module = Module;
Module._cache = { __proto__: null };
Module._pathCache = { __proto__: null };
Module._extensions = { __proto__: null };
Module._stat = internalStat;
Module.globalPaths = [];

// `${parent.path}\0${request}` → filename, for modules a parent directory has
// already loaded: repeated requires skip resolution entirely.
const relativeResolveCache = { __proto__: null };
// Set while module.registerHooks() hooks are registered: _load then takes loadWithHooks.
let hooksActive = false;

// Paths searched after a module's own node_modules paths: NODE_PATH, then
// ~/.node_modules, ~/.node_libraries and <prefix>/lib/node. Computed on first use from the
// environment initLoader() was given (a program that requires only relative paths never
// needs them; four path.resolve calls cost ~0.9M instructions), or by Module._initPaths().
let globalModulePaths = [];
let globalPathsEnv = null;

function globalPaths() {
  if (globalPathsEnv !== null) initPaths(globalPathsEnv);
  return globalModulePaths;
}

let preloading = false;

function updateChildren(parent, child, scan) {
  const children = parent?.children;
  if (children && !(scan && children.includes(child))) children.push(child);
}

Object.defineProperty(Module.prototype, 'parent', {
  __proto__: null,
  configurable: true,
  enumerable: false,
  get() {
    return moduleParentCache.get(this);
  },
  set(value) {
    moduleParentCache.set(this, value);
  },
});

Object.defineProperty(Module.prototype, 'isPreloading', {
  __proto__: null,
  configurable: true,
  enumerable: false,
  get() {
    return preloading;
  },
});

// Loads the file at `filename` into this module with the handler registered for
// its longest matching extension.
Module.prototype.load = function load(filename) {
  this.filename = filename;
  this.paths = Module._nodeModulePaths(
    filename === fileDirKey ? fileDirValue : dirName(filename));
  const extension = findLongestRegisteredExtension(filename);
  Module._extensions[extension](this, filename);
  this.loaded = true;
};

Module.prototype.require = function require(id) {
  if (typeof id !== 'string') throw new codes.ERR_INVALID_ARG_TYPE('id', 'string', id);
  if (id === '') throw new codes.ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
  requireDepth++;
  try {
    return Module._load(id, this, false);
  } finally {
    if (--requireDepth === 0) statCache = null;
  }
};

const wrapperParams = ['exports', 'require', 'module', '__filename', '__dirname'];
const wrapperPrefixLength = `(function (${wrapperParams.join(', ')}) {`.length;
const { kModuleWrapperName, setFirstLineColumnOffset } = require('internal/stack/sources');

// Compiles `content` as a CommonJS module body for `filename` and runs it with
// this module's exports, require and module. Returns what the body returns.
// Gives a SyntaxError Node's "file:line, source, caret" stack (outside _compile, whose own
// `require` binding shadows the built-in one).
function decorateErrorStack(err) {
  require('internal/process/execution').decorateErrorStack(err);
}

Module.prototype._compile = function _compile(content, filename, format) {
  // Types are erased here rather than by the extension handler, as in Node: a program that
  // wraps _compile (ts-node, pirates) receives the TypeScript source, and what it passes on
  // without a format runs as given.
  if (format === 'commonjs-typescript') content = stripTypeScriptTypes(content, filename);
  // A hashbang is only valid at the very start of a script; the wrapper puts
  // code before it. Blanking it to a comment keeps every position in place.
  if (content.charCodeAt(0) === 35 /* # */ && content.charCodeAt(1) === 33 /* ! */) {
    content = '//' + content.slice(2);
  }
  let compiled;
  // JavaScriptCore's own import() cannot load modules: code that calls it is rewritten to
  // call the ES module loader through a sixth wrapper parameter (only such code gets it).
  let scriptContext;
  if (!wrapperPatched && content.includes('import') && dynamicImportPattern.test(content)) {
    const rewritten = interop().rewriteDynamicImport(content, filename);
    if (rewritten !== undefined) [content, scriptContext] = rewritten;
  }
  if (wrapperPatched) {
    compiled = runInThisContext(Module.wrap(content), filename);
  } else {
    try {
      // Without a parameter list, compileFunction uses wrapperParams' own (cheaper).
      compiled = scriptContext === undefined ? compileFunction(content, filename) :
        compileFunction(content, filename, [...wrapperParams, '$lode']);
    } catch (err) {
      decorateErrorStack(err);
      throw err;
    }
    // Stacks name the top-level frame as V8 does, and line-1 columns exclude the wrapper.
    compiled.displayName = kModuleWrapperName;
    // (The import() form's head has one more parameter: `, $lode`.)
    setFirstLineColumnOffset(filename, wrapperPrefixLength +
      (scriptContext === undefined ? 0 : ', $lode'.length));
  }
  const require = makeRequireFunction(this);
  const exports = this.exports;
  const dirname = filename === fileDirKey ? fileDirValue : dirName(filename);
  const args = [exports, require, this, filename, dirname];
  if (scriptContext !== undefined) args.push(scriptContext);
  return Reflect.apply(compiled, exports, args);
};

const dynamicImportPattern = /\bimport\s*\(/;

// CommonJS ⇄ ES module glue (import() rewriting, syntax detection, type stripping,
// require(esm)), loaded when a program first needs it.
function interop() {
  return require('internal/modules/esm/interop');
}

// Loads `filename` as an ES module for `module`: the main entry point runs through the ES
// module loader, anything else is require(esm).
function loadAsESM(module, filename) {
  interop().loadAsESM(module, filename, moduleParentCache.get(module));
}

// A .js/.ts file outside any package "type": CommonJS, unless it does not compile as such
// and has ES module syntax (Node 22+ then loads it as an ES module).
function compileOrDetect(module, filename, content, scope, isTypeScript) {
  const parent = moduleParentCache.get(module);
  if (isTypeScript) {
    interop().compileOrDetect(module, filename, content, scope, true, parent);
    return;
  }
  try {
    module._compile(content, filename);
  } catch (err) {
    if (!(err instanceof SyntaxError)) throw err;
    interop().loadAfterSyntaxError(err, module, filename, content, scope, false, parent);
  }
}

function stripTypeScriptTypes(content, filename) {
  return interop().stripTypeScriptTypes(content, filename);
}

function makeRequireFunction(mod) {
  const require = function require(id) {
    return mod.require(id);
  };
  function resolve(request, options) {
    if (typeof request !== 'string') {
      throw new codes.ERR_INVALID_ARG_TYPE('request', 'string', request);
    }
    return Module._resolveFilename(request, mod, false, options);
  }
  function paths(request) {
    if (typeof request !== 'string') {
      throw new codes.ERR_INVALID_ARG_TYPE('request', 'string', request);
    }
    return Module._resolveLookupPaths(request, mod);
  }
  resolve.paths = paths;
  require.resolve = resolve;
  require.main = process.mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

// For 'a.b.c.js' tries '.b.c.js', '.c.js', then '.js'; a leading dot (a dotfile)
// is not an extension. Falls back to '.js', so unknown extensions load as CommonJS.
function findLongestRegisteredExtension(filename) {
  const name = baseName(filename);
  let index = name.indexOf('.', 1);
  while (index !== -1) {
    const extension = name.slice(index);
    if (Module._extensions[extension]) return extension;
    index = name.indexOf('.', index + 1);
  }
  return '.js';
}

// ---------------------------------------------------------------------------
// Extension handlers.

Module._extensions['.js'] = function loadJS(module, filename) {
  if (filename.endsWith('.js')) {
    const scope = packageScope(filename === fileDirKey ? fileDirValue : dirName(filename));
    if (scope !== null && scope.type === 'module') {
      Module._extensions['.mjs'](module, filename);
      return;
    }
    if (scope === null || scope.type === 'none') {
      compileOrDetect(module, filename, readFileUtf8(filename), scope, false);
      return;
    }
  } else {
    const load = typeScriptLoaders[lastExtension(filename)];
    if (load !== undefined) {
      load(module, filename);
      return;
    }
  }
  module._compile(readFileUtf8(filename), filename);
};

Module._extensions['.json'] = function loadJSON(module, filename) {
  const content = readFileUtf8(filename);
  try {
    module.exports = JSON.parse(stripBOM(content));
  } catch (err) {
    err.message = filename + ': ' + err.message;
    throw err;
  }
};

// Native addons (Node-API): see internal/napi.
Module._extensions['.node'] = function loadNativeAddon(module, filename) {
  process.dlopen(module, require('path').toNamespacedPath(filename));
};

// The hook for ES modules under require(): `.mjs` files, and `.js` files in a
// `"type": "module"` scope. Non-enumerable so that, as in Node, extension probing
// (`require('./x')`) never tries `x.mjs`. The ES module loader replaces it.
Object.defineProperty(Module._extensions, '.mjs', {
  __proto__: null,
  configurable: true,
  enumerable: false,
  writable: true,
  value: function loadESM(module, filename) {
    loadAsESM(module, filename);
  },
});

// TypeScript files, type-stripped as in Node 24: .cts is CommonJS, .mts an ES module, .ts
// follows the package "type" (syntax detection without one). As in Node, they are not
// in Module._extensions (the '.js' handler loads them): `require('./x')` does not probe
// for x.ts, and a program that registers '.ts' itself (ts-node) is not handed ours.
const typeScriptLoaders = {
  __proto__: null,
  '.cts': function loadCTS(module, filename) {
    module._compile(readFileUtf8(filename), filename, 'commonjs-typescript');
  },
  '.mts': function loadMTS(module, filename) {
    loadAsESM(module, filename);
  },
  '.ts': function loadTS(module, filename) {
    const scope = packageScope(dirName(filename));
    if (scope !== null && scope.type === 'module') {
      loadAsESM(module, filename);
    } else if (scope !== null && scope.type === 'commonjs') {
      module._compile(readFileUtf8(filename), filename, 'commonjs-typescript');
    } else {
      compileOrDetect(module, filename, readFileUtf8(filename), scope, true);
    }
  },
};

// ---------------------------------------------------------------------------
// Loading.

// The prototype given to a module's exports while the module is still loading and is
// required again through a cycle (see loader_rare), made on the first such require.
let circularRequireWarningProxy;

function getExportsForCircularRequire(module) {
  const exports = module.exports;
  if (exports !== null && typeof exports === 'object' &&
      Object.getPrototypeOf(exports) === Object.prototype && !exports.__esModule) {
    circularRequireWarningProxy ??= rare().makeCircularRequireWarningProxy();
    Object.setPrototypeOf(exports, circularRequireWarningProxy);
  }
  return exports;
}

// Returns the exports of `request` as required from `parent` (a Module, or null
// for the main script), loading and caching the module on first use.
Module._load = function _load(request, parent, isMain) {
  if (typeof request !== 'string') {
    require('internal/validators').validateString(request, 'path');
  }
  if (hooksActive) return loadWithHooks(request, parent, isMain);
  let relativeKey;
  if (parent) {
    relativeKey = parent.path + '\x00' + request;
    const filename = relativeResolveCache[relativeKey];
    if (filename !== undefined) {
      const cached = Module._cache[filename];
      if (cached !== undefined) {
        updateChildren(parent, cached, true);
        return cached.loaded ? cached.exports : getExportsForCircularRequire(cached);
      }
      delete relativeResolveCache[relativeKey];
    }
  }

  if (request.startsWith('node:')) {
    const id = builtinIdOf(request);
    if (id === undefined) throw new codes.ERR_UNKNOWN_BUILTIN_MODULE(request);
    return loadBuiltin(id);
  }

  const filename = Module._resolveFilename(request, parent, isMain);

  // A require.cache entry wins, even over a built-in of the same name (as in Node).
  const cached = Module._cache[filename];
  if (cached !== undefined) {
    updateChildren(parent, cached, true);
    return cached.loaded ? cached.exports : getExportsForCircularRequire(cached);
  }

  // An "imports" target may name a built-in.
  const builtinId = builtinIdOf(filename);
  if (builtinId !== undefined) return loadBuiltin(builtinId);

  const module = new Module(filename, parent);
  if (isMain) {
    process.mainModule = module;
    module.id = '.';
  }
  Module._cache[filename] = module;
  if (parent) relativeResolveCache[relativeKey] = filename;

  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) forgetFailedLoad(module, filename, parent, relativeKey);
    else if (circularRequireWarningProxy !== undefined) endCircularRequireWarning(module);
  }
  return module.exports;
};

// The rarer ends of _load, kept out of it: the engine parses a function's whole body on its
// first call.

// A module whose loading threw leaves the caches and its parent's children.
function forgetFailedLoad(module, filename, parent, relativeKey) {
  delete Module._cache[filename];
  if (parent) {
    delete relativeResolveCache[relativeKey];
    const children = parent.children;
    if (Array.isArray(children)) {
      const index = children.indexOf(module);
      if (index !== -1) children.splice(index, 1);
    }
  }
}

// A module required through a cycle while it loaded gets its exports' prototype back.
function endCircularRequireWarning(module) {
  if (module.exports !== null && typeof module.exports === 'object' &&
      Object.getPrototypeOf(module.exports) === circularRequireWarningProxy) {
    Object.setPrototypeOf(module.exports, Object.prototype);
  }
}

// ---------------------------------------------------------------------------
// Resolution.

// Every module of a directory gets the same list, so it is computed once per
// directory; each module still gets its own copy, which it may change.
const nodeModulePathsCache = new Map();

// Returns the node_modules directories searched from directory `from`, nearest
// first. No `node_modules/node_modules` is ever produced.
Module._nodeModulePaths = function _nodeModulePaths(from) {
  // A relative `from` depends on the working directory: not cached. path.resolve checks the
  // type of anything else ('The "paths[0]" argument...', as in Node).
  if (typeof from !== 'string' || from.charCodeAt(0) !== 47 /* / */) {
    return computeNodeModulePaths(lazyPath().resolve(from));
  }
  let paths = nodeModulePathsCache.get(from);
  if (paths === undefined) {
    paths = computeNodeModulePaths(resolvePath(from));
    nodeModulePathsCache.set(from, paths);
  }
  return paths.slice();
};

function computeNodeModulePaths(from) {
  if (from === '/') return ['/node_modules'];
  const paths = [];
  let end = from.length;
  while (end > 0) {
    const slash = from.lastIndexOf('/', end - 1);
    if (from.slice(slash + 1, end) !== 'node_modules') {
      paths.push(from.slice(0, end) + '/node_modules');
    }
    end = slash;
  }
  paths.push('/node_modules');
  return paths;
}

// True for '.', '..', and requests starting with './' or '../'.
function isRelativeRequest(request) {
  if (request.charCodeAt(0) !== 46 /* . */) return false;
  if (request.length === 1) return true;
  const second = request.charCodeAt(1);
  if (second === 47 /* / */) return true;
  return second === 46 && (request.length === 2 || request.charCodeAt(2) === 47);
}

// Returns the directories `request` is looked up in from `parent`: null for a
// built-in, the parent's directory for a relative request, else the parent's
// node_modules paths followed by the global paths.
Module._resolveLookupPaths = function _resolveLookupPaths(request, parent) {
  if (builtinIdOf(request) !== undefined) return null;
  if (!isRelativeRequest(request)) {
    const global = globalPaths();
    if (parent?.paths?.length) return parent.paths.concat(global);
    return global.length > 0 ? global : null;
  }
  // A parent without a file name (the REPL, `-e`) resolves from the working directory.
  if (!parent || !parent.id || !parent.filename) return ['.'];
  const from = parent.filename;
  if (from !== parentDirKey) {
    parentDirValue = dirName(from);
    parentDirKey = from;
  }
  return [parentDirValue];
};
const resolveLookupPaths = Module._resolveLookupPaths;

// path.resolve(p), returning an absolute path already normalized as it is: the main script's
// and a module directory's, usually. (A program that requires only './x' files then never
// runs path.resolve, whose first call costs a compile.)
function resolvePath(p) {
  if (typeof p === 'string' && p.charCodeAt(0) === 47 /* / */ && p.length > 1 &&
      !p.endsWith('/') && !p.includes('/.') && !p.includes('//')) {
    return p;
  }
  return lazyPath().resolve(p);
}

// path.resolve(dir, request), with a fast path for the usual case on the hot
// path: an absolute, normalized `dir` and a request that is './name...' or
// 'name...' with no '.', '..' or empty segment, which a plain join resolves.
function resolveInDirectory(dir, request) {
  const rest = request.startsWith('./') ? request.slice(2) : request;
  if (dir.charCodeAt(0) === 47 /* / */ && dir.length > 1 && !dir.endsWith('/') &&
      !dir.includes('/.') && !dir.includes('//') &&
      rest.length > 0 && rest.charCodeAt(0) !== 46 /* . */ && rest.charCodeAt(0) !== 47 &&
      !rest.includes('/.') && !rest.includes('//') && !rest.endsWith('/')) {
    return dir + '/' + rest;
  }
  // An absolute request's lookup directory is '' (see _findPath).
  return dir === '' ? resolvePath(request) : lazyPath().resolve(dir, request);
}

// True when `request` can only name a directory: it ends in '/', or is '.', '..',
// or ends in '/.' or '/..'.
function endsLikeDirectory(request) {
  return request.endsWith('/') || request === '.' || request === '..' ||
    request.endsWith('/.') || request.endsWith('/..');
}

// Returns the real path of `requestPath` if it is a file, else false.
function tryFile(requestPath) {
  if (stat(requestPath) !== kStatFile) return false;
  return toRealPath(requestPath);
}

function tryExtensions(basePath, extensions) {
  for (let i = 0; i < extensions.length; i++) {
    const filename = tryFile(basePath + extensions[i]);
    if (filename) return filename;
  }
  return false;
}

// Resolves directory `requestPath` through its package.json "main", else its index
// file. Throws when "main" names nothing and there is no index file either.
function tryPackage(requestPath, extensions, originalRequest) {
  const pkg = readPackage(requestPath + '/package.json');
  const main = pkg?.main;
  if (!main) return tryExtensions(requestPath + '/index', extensions);

  const mainPath = lazyPath().resolve(requestPath, main);
  const found = tryFile(mainPath) ||
    tryExtensions(mainPath, extensions) ||
    tryExtensions(mainPath + '/index', extensions) ||
    // A broken "main" still falls back to the index file (deprecated, DEP0128).
    tryExtensions(requestPath + '/index', extensions);
  if (found) return found;
  const err = new Error(`Cannot find module '${mainPath}'. ` +
                        'Please verify that the package.json has a valid "main" entry');
  err.code = 'MODULE_NOT_FOUND';
  err.path = requestPath + '/package.json';
  err.requestPath = originalRequest;
  throw err;
}

// Returns the file `request` resolves to in the lookup directories `paths`, or
// false. Results are cached in Module._pathCache.
Module._findPath = function _findPath(request, paths, isMain) {
  const absoluteRequest = isAbsolute(request);
  if (absoluteRequest) {
    paths = [''];
  } else if (!paths || paths.length === 0) {
    return false;
  }

  const cacheKey = request + '\x00' + paths.join('\x00');
  const cached = Module._pathCache[cacheKey];
  if (cached) return cached;

  const directoryOnly = request.length > 0 && endsLikeDirectory(request);
  // Lookup directories that do not exist are skipped, unless the request climbs
  // out of them ('../x' from a deleted directory can still name a real file).
  const climbsOut = request.includes('..') && isRelativeRequest(request) &&
    lazyPath().normalize(request).startsWith('..');
  let extensions;

  for (let i = 0; i < paths.length; i++) {
    const lookupDir = paths[i];
    if (!climbsOut && lookupDir && stat(lookupDir) !== kStatDirectory) continue;

    // Only a bare name can name a package ('./x' never matches packageRequestPattern).
    if (!absoluteRequest && request.charCodeAt(0) !== 46 /* . */) {
      const exported = resolvePackageExportsFrom(lookupDir, request);
      if (exported) {
        Module._pathCache[cacheKey] = exported;
        return exported;
      }
    }

    const basePath = resolveInDirectory(lookupDir, request);
    const rc = stat(basePath);
    let filename;
    if (!directoryOnly) {
      if (rc === kStatFile) filename = toRealPath(basePath);
      if (!filename) {
        extensions ??= Object.keys(Module._extensions);
        filename = tryExtensions(basePath, extensions);
      }
    }
    if (!filename && rc === kStatDirectory) {
      extensions ??= Object.keys(Module._extensions);
      filename = tryPackage(basePath, extensions, request);
    }
    if (filename) {
      Module._pathCache[cacheKey] = filename;
      return filename;
    }
  }
  return false;
};
const findPath = Module._findPath;

// `name` or `@scope/name`, then an optional '/subpath'.
const packageRequestPattern = /^((?:@[^/\\%]+\/)?[^./\\%][^/\\%]*)(\/.*)?$/;

// Resolves a bare `request` through the "exports" of the package it names in
// node_modules directory `nodeModulesDir`. Returns undefined when that package
// does not exist or has no "exports".
function resolvePackageExportsFrom(nodeModulesDir, request) {
  const match = packageRequestPattern.exec(request);
  if (match === null) return undefined;
  // Lookup directories are normally absolute already: skip path.resolve then.
  const packageDir = nodeModulesDir.charCodeAt(0) === 47 /* / */ && !nodeModulesDir.endsWith('/') ?
    nodeModulesDir + '/' + match[1] :
    lazyPath().resolve(nodeModulesDir, match[1]);
  const pkg = readPackage(packageDir + '/package.json');
  if (pkg === null || pkg.exports === undefined || pkg.exports === null) return undefined;
  const resolved = resolvePackageExports(pkg, '.' + (match[2] ?? ''), undefined);
  return finalizePackageResolution(resolved, packageDir);
}

// "exports"/"imports" resolution lives in internal/modules/cjs/package_resolution, loaded on
// first use.
let packageResolver;
function lazyPackageResolver() {
  packageResolver ??= require('internal/modules/cjs/package_resolution')({
    Module, builtinIdOf, tryFile, getConditions: () => cjsConditions,
  });
  return packageResolver;
}

// The rarely used parts (createRequire, findPackageJSON, source maps, the legacy wrapper, the
// circular-require warning, lookup from `paths` options) live in
// internal/modules/cjs/loader_rare, loaded on first use.
let rareModule;
function rare() {
  rareModule ??= require('internal/modules/cjs/loader_rare')({
    Module, stat, kStatFile, kStatDirectory, makeRequireFunction, isRelativeRequest, scopeOfBase,
    packageRequestPattern,
  });
  return rareModule;
}

function finalizePackageResolution(resolved, errorPath) {
  return lazyPackageResolver().finalizePackageResolution(resolved, errorPath);
}

function resolvePackageExports(pkg, subpath, base) {
  return lazyPackageResolver().resolvePackageExports(pkg, subpath, base);
}

function resolvePackageImports(request, pkg, base) {
  return lazyPackageResolver().resolvePackageImports(request, pkg, base);
}

// The file a module's own package-relative requests ('#x', self-references) are
// resolved from: its file name, or for the REPL and preloads the working directory.
function selfReferenceBase(parent) {
  if (!parent) return undefined;
  if (parent.filename) return parent.filename;
  if (parent.id === '<repl>' || parent.id === 'internal/preload') {
    return process.cwd() + '/';
  }
  return undefined;
}

function scopeOfBase(base) {
  return packageScope(base.endsWith('/') ? base.slice(0, -1) || '/' : dirName(base));
}

// A package can require itself by its own name through its "exports".
function resolveSelfReference(base, request) {
  if (base === undefined) return undefined;
  const pkg = scopeOfBase(base);
  if (pkg === null || pkg.exports === undefined || pkg.exports === null ||
      pkg.name === undefined) {
    return undefined;
  }
  let subpath;
  if (request === pkg.name) {
    subpath = '.';
  } else if (request.startsWith(pkg.name + '/')) {
    subpath = '.' + request.slice(pkg.name.length);
  } else {
    return undefined;
  }
  const resolved = resolvePackageExports(pkg, subpath, base);
  return finalizePackageResolution(resolved, pkg.dir);
}

// Returns the file (or built-in id) `request` names when required from `parent`,
// or throws MODULE_NOT_FOUND with the require stack. `options.paths` replaces the
// lookup directories.
Module._resolveFilename = function _resolveFilename(request, parent, isMain, options) {
  if (typeof request !== 'string') {
    require('internal/validators').validateString(request, 'path');
  }
  if (builtinIdOf(request) !== undefined) return request;

  let paths;
  if (typeof options === 'object' && options !== null && options.paths !== undefined) {
    paths = rare().lookupPathsFromOption(request, options.paths);
  } else if (request.charCodeAt(0) === 47 /* / */ && Module._findPath === findPath &&
             Module._resolveLookupPaths === resolveLookupPaths) {
    // The loader's own _findPath ignores the lookup paths of an absolute request (the main
    // script's, for one), so they are not computed: the global paths may not be needed.
    paths = null;
  } else {
    paths = Module._resolveLookupPaths(request, parent);
  }

  const base = selfReferenceBase(parent);
  if (request.charCodeAt(0) === 35 /* # */ && base !== undefined) {
    const pkg = scopeOfBase(base);
    if (pkg !== null && pkg.imports !== undefined && pkg.imports !== null) {
      const resolved = resolvePackageImports(request, pkg, base);
      return finalizePackageResolution(resolved, pkg.path);
    }
  }

  if (!isRelativeRequest(request) && !isAbsolute(request)) {
    const selfResolved = resolveSelfReference(base, request);
    if (selfResolved) return selfResolved;
  }

  const filename = Module._findPath(request, paths, isMain);
  if (filename) return filename;
  // (Made here, so that the stack starts at _resolveFilename as in Node.)
  const requireStack = requireStackOf(parent);
  const err = new Error(notFoundMessage(request, requireStack));
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = requireStack;
  throw err;
};

// The files (or ids) of `parent` and the modules that required it, nearest first.
function requireStackOf(parent) {
  const requireStack = [];
  for (let cursor = parent; cursor; cursor = moduleParentCache.get(cursor)) {
    requireStack.push(cursor.filename || cursor.id);
  }
  return requireStack;
}

function notFoundMessage(request, requireStack) {
  const message = `Cannot find module '${request}'`;
  if (requireStack.length === 0) return message;
  return message + '\nRequire stack:\n- ' + requireStack.join('\n- ');
}

// ---------------------------------------------------------------------------
// The legacy wrapper. Replacing Module.wrap or Module.wrapper (some tools do)
// switches compilation to evaluating the patched wrapper's text.

let wrapperPatched = false;
let wrap = function wrap(script) {
  return Module.wrapper[0] + script + Module.wrapper[1];
};
// Made on first read: a Proxy over the two parts that notices a patch.
let wrapper;
Object.defineProperty(Module, 'wrap', {
  __proto__: null,
  configurable: true,
  get() {
    return wrap;
  },
  set(value) {
    wrapperPatched = true;
    wrap = value;
  },
});

Object.defineProperty(Module, 'wrapper', {
  __proto__: null,
  configurable: true,
  get() {
    wrapper ??= rare().makeWrapper(() => { wrapperPatched = true; });
    return wrapper;
  },
  set(value) {
    wrapperPatched = true;
    wrapper = value;
  },
});

// ---------------------------------------------------------------------------
// Public API of the `module` built-in.

Module.isBuiltin = function isBuiltin(moduleName) {
  return typeof moduleName === 'string' && builtinIdOf(moduleName) !== undefined;
};

// Listed on first read; afterwards (or once assigned) the data property Node has.
function defineBuiltinModules(value) {
  Object.defineProperty(Module, 'builtinModules', {
    value, writable: true, enumerable: true, configurable: true,
  });
}

Object.defineProperty(Module, 'builtinModules', {
  enumerable: true,
  configurable: true,
  get() {
    const { publicIds, schemeOnlyIds } = builtins();
    const list = Object.freeze([...publicIds, ...schemeOnlyIds.map((id) => 'node:' + id)]);
    defineBuiltinModules(list);
    return list;
  },
  set: defineBuiltinModules,
});

// Returns a require function that resolves relative to `filename` (an absolute
// path, a file: URL or URL string; a path ending in '/' is a directory).
Module.createRequire = function createRequire(filename) {
  return rare().createRequire(filename);
};

// Runs the main script `main` (process.argv[1] by default) as module '.', through the ES
// module loader when it is one (.mjs, .mts, or .js/.ts/no extension under "type": "module").
Module.runMain = function runMain(main = process.argv[1]) {
  const filename = Module._findPath(resolvePath(main), null, true);
  if (filename && isESMEntry(filename)) {
    require('internal/modules/esm/loader').runMainESM(filename);
    return;
  }
  Module._load(resolvePath(main), null, true);
};

function isESMEntry(filename) {
  if (filename.endsWith('.mjs') || filename.endsWith('.mts')) return true;
  const base = baseName(filename);
  if (!filename.endsWith('.js') && !filename.endsWith('.ts') && base.indexOf('.', 1) !== -1) {
    return false;
  }
  return packageScope(dirName(filename))?.type === 'module';
}

// Requires each of `requests` (the -r/--require modules) from the working directory.
Module._preloadModules = function _preloadModules(requests) {
  if (!Array.isArray(requests) || requests.length === 0) return;
  const parent = new Module('internal/preload', null);
  parent.paths = Module._nodeModulePaths(process.cwd());
  preloading = true;
  try {
    for (const request of requests) parent.require(request);
  } finally {
    preloading = false;
  }
};

// Recomputes the global lookup paths from NODE_PATH, HOME and the executable's
// prefix (process.execPath/../../lib/node). `env` is process.env unless the
// bootstrap passes the environment as it was at start-up.
Module._initPaths = function _initPaths(env = process.env) {
  initPaths(env);
};

function initPaths(env) {
  globalPathsEnv = null;
  const homeDir = env.HOME;
  const nodePath = env.NODE_PATH;
  const path = lazyPath();
  const prefixDir = path.resolve(process.execPath, '..', '..');
  let paths = [path.resolve(prefixDir, 'lib', 'node')];
  if (homeDir) {
    paths.unshift(path.resolve(homeDir, '.node_libraries'));
    paths.unshift(path.resolve(homeDir, '.node_modules'));
  }
  if (nodePath) {
    paths = nodePath.split(path.delimiter).filter(Boolean).concat(paths);
  }
  globalModulePaths = paths;
  Object.defineProperty(Module, 'globalPaths', {
    __proto__: null, value: paths.slice(), writable: true, enumerable: true, configurable: true,
  });
}

// Built-in ES module exports are live already; nothing to sync.
Module.syncBuiltinESMExports = function syncBuiltinESMExports() {};

// Loader hooks need the ES module loader; until then they fail loudly.
Module.register = function register() {
  throw new codes.ERR_NOT_IMPLEMENTED('module.register');
};

let customizationHooks;

Module.registerHooks = function registerHooks(hooks) {
  if (customizationHooks === undefined) {
    customizationHooks = require('internal/modules/customization_hooks');
    customizationHooks.setCommonJSLoader({
      Module, builtinIdOf, loadBuiltin: (id) => loadBuiltin(id), updateChildren,
      getExportsForCircularRequire, stripBOM, setActive: (active) => { hooksActive = active; },
    });
  }
  return customizationHooks.registerHooks(hooks);
};

function loadWithHooks(request, parent, isMain) {
  return customizationHooks.loadCommonJS(request, parent, isMain);
}

// Lode has no compile cache; the calls succeed and report it disabled.
Module.constants = Object.freeze({
  __proto__: null,
  compileCacheStatus: Object.freeze({
    __proto__: null,
    FAILED: 0,
    ENABLED: 1,
    ALREADY_ENABLED: 2,
    DISABLED: 3,
  }),
});

Module.enableCompileCache = function enableCompileCache(options) {
  return rare().enableCompileCache(options);
};

Module.getCompileCacheDir = function getCompileCacheDir() {
  return undefined;
};

Module.flushCompileCache = function flushCompileCache() {};

// Returns the path of the package.json for `specifier` seen from `base` (a file
// path or file: URL): a bare specifier gives its package's root package.json,
// a relative or absolute one the nearest package.json above it.
Module.findPackageJSON = function findPackageJSON(specifier, base) {
  return rare().findPackageJSON(specifier, base);
};

// ---------------------------------------------------------------------------
// Source maps. Lode does not collect source maps (its transforms keep positions),
// so findSourceMap finds none; SourceMap decodes a payload it is given.

Module.findSourceMap = function findSourceMap() {
  return undefined;
};

Module.getSourceMapsSupport = function getSourceMapsSupport() {
  return { __proto__: null, enabled: false, nodeModules: false, generatedCode: false };
};

Module.setSourceMapsSupport = function setSourceMapsSupport(enabled) {
  if (typeof enabled !== 'boolean') {
    throw new codes.ERR_INVALID_ARG_TYPE('enabled', 'boolean', enabled);
  }
};

// A thin class, so that Module.SourceMap exists from the start; decoding and lookups live
// in internal/modules/cjs/loader_rare.
class SourceMap {
  #payload;
  #lineLengths;
  #entries;

  constructor(payload, { lineLengths } = {}) {
    if (payload === null || typeof payload !== 'object') {
      throw new codes.ERR_INVALID_ARG_TYPE('payload', 'Object', payload);
    }
    this.#payload = payload;
    this.#lineLengths = lineLengths;
    this.#entries = rare().decodeSourceMap(payload);
  }

  get payload() {
    return this.#payload;
  }

  get lineLengths() {
    return this.#lineLengths;
  }

  // Returns the mapping covering 0-based (lineOffset, columnOffset), or {}.
  findEntry(lineOffset, columnOffset) {
    return rare().findSourceMapEntry(this.#entries, lineOffset, columnOffset);
  }

  // Returns the original position of 1-based (lineNumber, columnNumber), or {}.
  findOrigin(lineNumber, columnNumber) {
    return rare().findSourceMapOrigin(this.#entries, lineNumber, columnNumber);
  }
}

Module.SourceMap = SourceMap;

// ---------------------------------------------------------------------------
// Set-up by the bootstrap.

// Called once by the bootstrap (internal/main/run), before the loader's first use. An export
// of this internal module rather than a property of Module that it deletes, so user code
// never reaches it through `require('module')`.
//   loadBuiltin(id)  returns the exports of built-in `id` ('fs', 'test'), no prefix.
//   builtinIds       ids requirable with or without 'node:'.
//   nodeOnlyIds      ids requirable only as 'node:<id>'.
//   conditions       optional extra "exports"/"imports" conditions (--conditions).
//   env              optional HOME and NODE_PATH for the global paths, when the
//                    loader is set up after user code could have changed them.
// `canBeRequiredByUsers`, if passed, is not needed: the two lists decide.
let loaderInitialized = false;
function initLoader(options) {
  if (loaderInitialized) return;
  loaderInitialized = true;
  loadBuiltin = options.loadBuiltin;
  // builtinIds may be a getter: it is read on the first lookup of a built-in name.
  builtinOptions = options;
  builtinLists = undefined;
  if (options.conditions !== undefined && Array.isArray(options.conditions)) {
    cjsConditions = new Set([...cjsConditions, ...options.conditions]);
  }
  // The global paths, and Module.globalPaths (an accessor until then), are made on first
  // use, from the environment as it is now.
  const env = options.env ?? process.env;
  globalPathsEnv = { HOME: env.HOME, NODE_PATH: env.NODE_PATH };
  Object.defineProperty(Module, 'globalPaths', {
    __proto__: null,
    get() {
      globalPaths();
      return Module.globalPaths;
    },
    set(value) {
      globalPaths();
      Module.globalPaths = value;
    },
    enumerable: true,
    configurable: true,
  });
}

// For the ES module loader, which shares the package.json caches and built-in ids.
const internals = { builtinIdOf, packageScope, readPackage, toRealPath };

module.exports = { Module, internals, initLoader };
