'use strict';
// The ES module loader. JavaScriptCore's C API has no module loader, so modules are compiled
// by the transform (doc/esm.md) into functions whose prologue hands over one accessor of the
// local exports. Imported bindings in the body read the exporting module's namespace, so
// bindings are live. A module runs as a plain function call at its turn in the evaluation;
// a module in an import cycle, or with top-level await, is a generator instead, stepped once
// at link time (instantiation: hoisted functions exist, `let` bindings are in their temporal
// dead zone) and once more to run its body.
//
// A module graph is loaded synchronously (files are read as they are found), then linked
// (cycles found, modules compiled, imported names checked), then evaluated with the
// specification's algorithm (post-order, cycles as strongly connected components,
// asynchronous modules with their dependants waiting). Modules are keyed by URL: file:
// URLs of real paths, data: URLs, node: URLs of built-ins.
//
// What only some programs need is loaded on first use: internal/modules/esm/loader_extra
// (import(), require(esm), CommonJS/JSON/data: records, top-level await, errors),
// internal/modules/esm/link (cycles, re-exports, named imports that are not local exports)
// and internal/modules/esm/resolve (anything but a built-in). A main file that imports
// nothing or only built-ins runs with this module alone.

const { readFileUtf8 } = internalBinding('fs');
const { runInThisContext } = internalBinding('contextify');
// The transform binding directly, flags as in internal/modules/esm/transform (2 ES module,
// 1 TypeScript).
const { transform } = internalBinding('transform');
const { registerEvalSource, setFirstLineColumnOffset } = require('internal/stack/sources');
const { canBeRequiredByUsers, nodeOnlyIds } = require.loader;

// internal/modules/esm/resolve, loaded on the first import of anything but a built-in: an
// ES module main file that imports only built-ins needs none of it.
let resolveModule;
function resolver() {
  resolveModule ??= require('internal/modules/esm/resolve');
  return resolveModule;
}

// internal/modules/esm/link: cycles, re-exports and named imports.
let linkModule;
function linker() {
  linkModule ??= require('internal/modules/esm/link');
  return linkModule;
}

let extraModule;
function extra() {
  extraModule ??= require('internal/modules/esm/loader_extra');
  return extraModule;
}

// Module states, as the specification names them.
const kNew = 0; // loaded, not linked
const kLinked = 1;
const kEvaluating = 2;
const kEvaluatingAsync = 3;
const kEvaluated = 4;

// url → ModuleRecord, for the life of the process (the module map).
const moduleMap = new Map();

const state = { asyncEvaluationCounter: 0, mainURL: null };

// The main file run by runMainESM: { url, filename, format }.
let mainFile = null;

class ModuleRecord {
  constructor(url, format, filename) {
    this.url = url;
    this.format = format;
    this.filename = filename;
    // The namespace object exists from the start, so that importers can hold it before it
    // is filled in.
    this.namespace = { __proto__: null };
    this.status = kNew;
    // From the transform: specifiers and attributes as a flat list (2 slots per request),
    // imports (4 slots each: request, name, line, column), export names, re-exports
    // (3 slots each: name, request, imported), star exports (request indexes).
    this.requests = null;
    this.imports = null;
    this.localExports = null;
    this.reexports = null;
    this.starExports = null;
    this.dependencies = [];
    // $lode.n of the module's code: the namespace of each request.
    this.requestNamespaces = [];
    // name → getter of a local binding; for ES modules, made when the prologue runs.
    this.getters = null;
    this.hasTLA = false;
    this.inCycle = false;
    this.code = null;
    this.prologueLength = 0;
    // The compiled module function (plain) or its generator (cycles, top-level await).
    this.fn = null;
    this.generator = null;
    // Runs a module that is not an ES module (CommonJS) at its turn in the evaluation.
    this.run = null;
    this.error = undefined;
    this.hasError = false;
    this.dfsIndex = 0;
    this.dfsAncestorIndex = 0;
    this.cycleRoot = this;
    this.asyncEvaluation = false;
    this.asyncEvaluationOrder = 0;
    this.asyncParents = null;
    this.pendingAsyncDependencies = 0;
    this.capability = null;
  }
}

// ---------------------------------------------------------------------------
// The `$lode` object of a module's code.

const localGetter = (access, index) => () => access(index);

class ModuleContext {
  #record;
  #meta;

  constructor(record) {
    this.#record = record;
    this.n = record.requestNamespaces;
  }

  // The prologue's call: `access(i)` reads local export i (no argument: no local exports).
  x(access) {
    const record = this.#record;
    const names = record.localExports;
    const getters = { __proto__: null };
    for (let i = 0; i < names.length; i++) getters[names[i]] = localGetter(access, i);
    record.getters = getters;
    const namespace = record.namespace;
    if (names.length === 0 && record.reexports.length === 0 &&
        record.starExports.length === 0 && Object.isExtensible(namespace)) {
      // No exports: the namespace only gets its tag (see fillNamespace).
      Object.defineProperty(namespace, Symbol.toStringTag, { __proto__: null, value: 'Module' });
      Object.preventExtensions(namespace);
    } else {
      fillNamespace(record);
    }
  }

  get meta() {
    if (this.#meta === undefined) this.#meta = extra().makeImportMeta(this.#record);
    return this.#meta;
  }

  imp(specifier, options) {
    return extra().importDynamic(specifier, options, this.#record.url);
  }
}

// ---------------------------------------------------------------------------
// Loading.

// Resolutions that succeeded, by the importing file's directory (every resolution depends
// only on it), then by specifier.
const resolutionCache = new Map();

// Set while module.registerHooks() hooks are registered (also as state.hooksActive, for
// loader_extra).
let hooksActive = false;

// 'node:<id>' for a specifier naming a built-in ('fs', 'node:fs', 'node:test'), else
// undefined (the built-in ids are the realm's, as for require()).
function builtinURLOf(specifier) {
  if (specifier.startsWith('node:')) {
    return canBeRequiredByUsers(specifier.slice(5)) ? specifier : undefined;
  }
  const first = specifier.charCodeAt(0);
  if (first === 46 /* . */ || first === 47 /* / */ || !canBeRequiredByUsers(specifier) ||
      nodeOnlyIds.includes(specifier)) {
    return undefined;
  }
  return 'node:' + specifier;
}

function resolveFrom(specifier, record, attributes) {
  if (hooksActive) {
    return require('internal/modules/customization_hooks').resolveESM(specifier, record.url,
                                                                      attributes);
  }
  const builtin = builtinURLOf(specifier);
  if (builtin !== undefined) return builtin;
  const filename = record.filename;
  if (filename === null) return resolver().resolve(specifier, record.url);
  const dir = filename.slice(0, filename.lastIndexOf('/')) || '/';
  let cache = resolutionCache.get(dir);
  if (cache === undefined) {
    cache = new Map();
    resolutionCache.set(dir, cache);
  }
  let url = cache.get(specifier);
  if (url === undefined) {
    url = resolver().resolve(specifier, record.url, filename);
    cache.set(specifier, url);
  }
  return url;
}

// Returns the record for `url`, creating and loading it (and, for an ES module, its
// dependencies, recursively) if it is not in the module map yet. `fresh` collects the
// records created, dependencies first.
function getOrLoad(url, fresh) {
  let record = moduleMap.get(url);
  if (record !== undefined) return record;
  if (hooksActive) return require('internal/modules/customization_hooks').loadESM(url, fresh);
  if (url.startsWith('node:')) {
    record = makeBuiltinRecord(url);
    moduleMap.set(url, record);
    return record;
  }
  let format;
  let filename = null;
  if (mainFile !== null && url === mainFile.url) {
    ({ filename, format } = mainFile);
  } else if (!url.startsWith('data:')) {
    filename = resolver().pathOfURL(url);
    format = resolver().formatOf(filename);
  }
  let source;
  if (format === 'module') {
    source = readFileUtf8(filename);
  } else {
    // data: URLs, other formats, syntax detection.
    ({ source, format } = extra().readOther(url, filename, format));
  }
  return addRecord(url, format, filename, source, fresh);
}

// Creates the record of `url` from its source, in the module map, loading its dependencies.
function addRecord(url, format, filename, source, fresh) {
  const record = new ModuleRecord(url, format, filename);
  moduleMap.set(url, record);
  try {
    if (format === 'module' || format === 'module-typescript') {
      loadModuleSource(record, source, format === 'module-typescript');
      const requests = record.requests;
      for (let i = 0; i < requests.length; i += 2) {
        const dep = getOrLoad(resolveFrom(requests[i], record, requests[i + 1]), fresh);
        if (requests[i + 1] !== null || dep.format === 'json') {
          extra().checkAttributes(dep, requests[i + 1]);
        }
        record.dependencies.push(dep);
        record.requestNamespaces.push(dep.namespace);
      }
    } else {
      extra().makeOtherRecord(record, source);
    }
  } catch (err) {
    moduleMap.delete(url);
    throw err;
  }
  fresh.push(record);
  return record;
}

// The record of built-in `url` ('node:<id>'), evaluated: its exports as `default` and, read
// when used, its own enumerable properties as named exports.
function makeBuiltinRecord(url) {
  const record = new ModuleRecord(url, 'builtin', null);
  const exports = require(url.slice(5));
  const getters = { __proto__: null, default: () => exports };
  const keys = Object.keys(exports);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (key !== 'default') getters[key] = () => exports[key];
  }
  record.getters = getters;
  record.localExports = Object.keys(getters);
  record.reexports = [];
  record.starExports = [];
  record.status = kEvaluated;
  fillNamespace(record);
  return record;
}

// Runs the transform on an ES module's source; throws its syntax error like Node. The
// result is the flat array described in src/bindings/transform.c.
function loadModuleSource(record, source, isTypeScript) {
  const result = transform(source, isTypeScript ? 3 : 2);
  // Sources are kept for stack traces and the uncaught-error header: the URL is no path.
  registerEvalSource(record.url, source);
  // (An error is a plain object.)
  if (result.error !== undefined) throw extra().transformError(result, record.url);
  record.code = result[0];
  record.prologueLength = result[1];
  setFirstLineColumnOffset(record.url, result[1]);
  record.hasTLA = result[2];
  let k = 3;
  let end = k + 1 + 2 * result[k];
  record.requests = result.slice(k + 1, end);
  k = end;
  end = k + 1 + 4 * result[k];
  record.imports = result.slice(k + 1, end);
  k = end;
  end = k + 1 + result[k];
  record.localExports = result.slice(k + 1, end);
  k = end;
  end = k + 1 + 3 * result[k];
  record.reexports = result.slice(k + 1, end);
  k = end;
  record.starExports = result.slice(k + 1, k + 1 + result[k]);
}

// ---------------------------------------------------------------------------
// Linking.

// Compiles the ES modules of `fresh` (dependencies first), instantiates those in cycles or
// with top-level await, fills the namespaces of the other records and checks every
// imported name. On failure the records leave the module map, so that a later import
// tries again. Returns whether an async module was instantiated (its body can only start
// after a microtask, see loadAndEvaluate).
function link(fresh) {
  let hasAsync = false;
  try {
    // One fresh record is in a cycle only if it imports itself (the others were loaded
    // earlier, so none of them imports it).
    if (fresh.length > 1 || (fresh.length === 1 && fresh[0].dependencies.includes(fresh[0]))) {
      linker().markCycles(fresh);
    }
    for (let i = 0; i < fresh.length; i++) {
      const record = fresh[i];
      if (record.code === null) {
        if (record.getters !== null) fillNamespace(record);
        continue;
      }
      const isGenerator = record.hasTLA || record.inCycle;
      const compiled = compileModule(record, isGenerator);
      record.code = null;
      if (isGenerator) {
        instantiate(record, compiled);
        if (record.hasTLA) hasAsync = true;
      } else {
        record.fn = compiled;
      }
    }
    for (let i = 0; i < fresh.length; i++) {
      if (fresh[i].imports !== null && fresh[i].imports.length > 0) checkNamedImports(fresh[i]);
    }
  } catch (err) {
    for (const record of fresh) moduleMap.delete(record.url);
    throw err;
  }
  for (let i = 0; i < fresh.length; i++) {
    if (fresh[i].status === kNew) fresh[i].status = kLinked;
  }
  return hasAsync;
}

// Runs the prologue of a module compiled as a generator (in a cycle, or with top-level
// await): hoisted functions exist, other bindings are in their temporal dead zone.
function instantiate(record, compiled) {
  const generator = compiled(new ModuleContext(record));
  generator.next();
  record.generator = generator;
}

// Every named import must name a binding the imported module provides: a local export of
// it here, else (re-exports, errors) see internal/modules/esm/link's checkImports.
function checkNamedImports(record) {
  const { imports, dependencies } = record;
  for (let k = 0; k < imports.length; k += 4) {
    if (!dependencies[imports[k]].localExports.includes(imports[k + 1])) {
      linker().checkImports(record);
      return;
    }
  }
}

// Compiles the module function; as a generator, the transform's `function  ` and the six
// spaces that end the prologue become `function*` and `yield;` (lengths kept).
function compileModule(record, isGenerator) {
  let code = record.code;
  if (isGenerator && !record.hasTLA) {
    const at = record.prologueLength - 6;
    code = '(function*' + code.slice(10, at) + 'yield;' + code.slice(at + 6);
  }
  try {
    return runInThisContext(code, record.url);
  } catch (err) {
    require('internal/process/execution').decorateErrorStack(err);
    throw err;
  }
}

// Defines the namespace's getters (sorted by name, as the specification orders them), its
// Symbol.toStringTag, and makes it non-extensible. Called once `record.getters` exists.
function fillNamespace(record) {
  const namespace = record.namespace;
  if (Object.isExtensible(namespace) === false) return;
  const getters = record.getters;
  const simple = record.reexports.length === 0 && record.starExports.length === 0;
  const names = simple ? [...record.localExports] : linker().exportedNames(record, new Set());
  names.sort();
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    // A local binding: the module's own getter, called directly.
    let get = getters[name];
    if (get === undefined) {
      const { resolveExport, kAmbiguous, getterOf } = linker();
      const resolution = resolveExport(record, name);
      if (resolution === null || resolution === kAmbiguous) continue;
      get = getterOf(resolution);
    }
    Object.defineProperty(namespace, name, {
      __proto__: null, get, enumerable: true, configurable: false,
    });
  }
  Object.defineProperty(namespace, Symbol.toStringTag, { __proto__: null, value: 'Module' });
  Object.preventExtensions(namespace);
}

// ---------------------------------------------------------------------------
// Evaluation (the specification's Evaluate, InnerModuleEvaluation and the asynchronous
// module steps, the latter in loader_extra). Returns a promise settled when `module` and
// its dependencies have run.

function innerEvaluate(module, stack, index) {
  if (module.status === kEvaluatingAsync || module.status === kEvaluated) {
    if (module.hasError) throw module.error;
    return index;
  }
  if (module.status === kEvaluating) return index;
  module.status = kEvaluating;
  module.dfsIndex = index;
  module.dfsAncestorIndex = index;
  module.pendingAsyncDependencies = 0;
  index++;
  stack.push(module);
  const deps = module.dependencies;
  for (let i = 0; i < deps.length; i++) {
    let required = deps[i];
    index = innerEvaluate(required, stack, index);
    if (required.status === kEvaluating) {
      module.dfsAncestorIndex = Math.min(module.dfsAncestorIndex, required.dfsAncestorIndex);
    } else {
      required = required.cycleRoot;
      if (required.hasError) throw required.error;
    }
    if (required.asyncEvaluation) {
      module.pendingAsyncDependencies++;
      (required.asyncParents ??= []).push(module);
    }
  }
  if (module.pendingAsyncDependencies > 0 || module.hasTLA) {
    module.asyncEvaluation = true;
    module.asyncEvaluationOrder = ++state.asyncEvaluationCounter;
    if (module.pendingAsyncDependencies === 0) extra().executeAsync(module);
  } else {
    executeSync(module);
  }
  if (module.dfsAncestorIndex === module.dfsIndex) {
    let member;
    do {
      member = stack.pop();
      member.status = member.asyncEvaluation ? kEvaluatingAsync : kEvaluated;
      member.cycleRoot = module;
    } while (member !== module);
  }
  return index;
}

function executeSync(module) {
  if (module.fn !== null) {
    const fn = module.fn;
    module.fn = null;
    fn(new ModuleContext(module));
  } else if (module.generator !== null) {
    const generator = module.generator;
    module.generator = null;
    generator.next();
  } else if (module.run !== null) {
    const run = module.run;
    module.run = null;
    run();
  }
}

// Runs the main entry point `filename` (a real path) as an ES module. A sync graph runs
// before this returns (its errors are thrown); an async one finishes later, and an uncaught
// rejection or a top-level await that never settles ends the process as in Node.
function runMainESM(filename) {
  const url = urlPathKeepsAll.test(filename) ? 'file://' + filename :
    resolver().fileURLOfRealPath(filename);
  mainFile = { url, filename, format: undefined };
  mainFile.format = filename.endsWith('.mjs') ? 'module' :
    filename.endsWith('.mts') ? 'module-typescript' : resolver().formatOf(filename);
  state.mainURL = url;
  const fresh = [];
  const record = getOrLoad(state.mainURL, fresh);
  if (link(fresh)) {
    extra().evaluateMainAsync(record);
    return;
  }
  // A graph without top-level await runs now, without a promise; its errors are thrown.
  const stack = [];
  try {
    innerEvaluate(record, stack, 0);
  } catch (err) {
    for (let i = 0; i < stack.length; i++) {
      stack[i].status = kEvaluated;
      stack[i].error = err;
      stack[i].hasError = true;
    }
    throw err;
  }
}

// A path whose file: URL is 'file://' + the path (resolve's pathToFileURL for the others).
const urlPathKeepsAll = /^[A-Za-z0-9\-._~!$&'()*+,;=:@/[\]|^]*$/;

module.exports = {
  // For loader_extra.
  internals: {
    moduleMap, state, ModuleRecord, ModuleContext, getOrLoad, addRecord, makeBuiltinRecord,
    loadModuleSource, link,
    innerEvaluate, executeSync, resolveFrom, fillNamespace, kNew, kEvaluating, kEvaluatingAsync,
    kEvaluated, kLinked,
  },
  // For internal/modules/esm/link.
  extra,
  warnTypelessPackage: (url) => extra().warnTypelessPackage(url),
  importDynamic: (specifier, options, referrer) =>
    extra().importDynamic(specifier, options, referrer),
  importFromScript: (specifier, options, filename) =>
    extra().importFromScript(specifier, options, filename),
  requireESM: (filename, parent, url) => extra().requireESM(filename, parent, url),
  runMainESM,
  setHooksActive(active) {
    hooksActive = active;
    state.hooksActive = active;
  },
  evalModule: (source, name, isTypeScript) => extra().evalModule(source, name, isTypeScript),
};
