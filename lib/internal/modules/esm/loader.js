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
// This module holds the records, the module map and the steps of one module; what only some
// programs need is loaded on first use: internal/modules/esm/graph (loading, linking and
// evaluating a graph: any import, import(), require(esm), top-level await),
// internal/modules/esm/loader_extra (import(), require(esm), CommonJS/JSON/data: records,
// top-level await, errors), internal/modules/esm/link (cycles, re-exports, named imports
// that are not local exports) and internal/modules/esm/resolve (anything but a built-in).
// A main file that imports nothing or only built-ins runs with this module alone (see
// runMainESM).

const { readFileUtf8 } = internalBinding('fs_core');
const { runInThisContext } = internalBinding('contextify');
// The transform binding directly, flags as in internal/modules/esm/transform (2 ES module,
// 1 TypeScript).
const { transform } = internalBinding('transform');
const {
  registerEvalSource, setFirstLineColumnOffset, setColumnShifts,
} = require('internal/stack/sources');
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

let graphModule;
function graph() {
  graphModule ??= require('internal/modules/esm/graph');
  return graphModule;
}

// Module states, as the specification names them.
const kNew = 0; // loaded, not linked
const kLinked = 1;
const kEvaluating = 2;
const kEvaluatingAsync = 3;
const kEvaluated = 4;

// url → ModuleRecord, for the life of the process (the module map).
const moduleMap = new Map();

// mainFile: the main file run by runMainESM, { url, filename, format }; hooksActive: set
// while module.registerHooks() hooks are registered.
const state = { asyncEvaluationCounter: 0, mainURL: null, mainFile: null, hooksActive: false };

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
// The `$lode` object of a module's code: `n` (the namespaces of its requests), `r` (its
// record) and `m` (import.meta once made). Plain fields: private ones (#record) cost ~0.2M
// instructions more at start-up and ~1.5k per module, and the `$lode` prefix is reserved
// anyway (doc/esm.md).

const localGetter = (access, index) => () => access(index);

class ModuleContext {
  constructor(record) {
    this.r = record;
    this.n = record.requestNamespaces;
    this.m = undefined;
  }

  // The prologue's call: `access(i)` reads local export i (no argument: no local exports).
  x(access) {
    const record = this.r;
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

  // import.meta, made on first use (here, not in loader_extra: a program that only reads
  // import.meta.url or dirname need not load it).
  get meta() {
    if (this.m !== undefined) return this.m;
    const { url, filename } = this.r;
    const meta = { __proto__: null };
    if (filename !== null) {
      // path.dirname(), without the path module for the usual absolute file path.
      meta.dirname = filename.endsWith('/') ? require('path').dirname(filename) :
        filename.slice(0, filename.lastIndexOf('/')) || '/';
      meta.filename = filename;
    }
    meta.main = url === state.mainURL;
    meta.resolve = function resolve(specifier) {
      return extra().resolveSpecifier(`${specifier}`, url, true);
    };
    meta.url = url;
    this.m = meta;
    return meta;
  }

  imp(specifier, options) {
    return extra().importDynamic(specifier, options, this.r.url);
  }
}

// ---------------------------------------------------------------------------
// Loading, linking and evaluating one ES module, and records of built-ins (the graph:
// internal/modules/esm/graph).

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

// The record of built-in `url` ('node:<id>'), evaluated and put in the module map: its
// exports as `default` and, read when used, its own enumerable properties as named exports.
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
  moduleMap.set(url, record);
  return record;
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

// Runs the transform on an ES module's source; throws its syntax error like Node. The
// result is the array described in src/bindings/transform.c.
function loadModuleSource(record, source, isTypeScript) {
  const result = transform(source, isTypeScript ? 3 : 2);
  // Sources are kept for stack traces and the uncaught-error header: the URL is no path.
  registerEvalSource(record.url, source);
  // (An error is a plain object.)
  if (result.error !== undefined) throw extra().transformError(result, record.url);
  record.code = result[0];
  record.prologueLength = result[1];
  setFirstLineColumnOffset(record.url, result[1]);
  setColumnShifts(record.url, result[8]);
  record.hasTLA = result[2];
  record.requests = result[3];
  record.imports = result[4];
  record.localExports = result[5];
  record.reexports = result[6];
  record.starExports = result[7];
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

// Runs the main entry point `filename` (a real path) as an ES module. A sync graph runs
// before this returns (its errors are thrown); an async one finishes later, and an uncaught
// rejection or a top-level await that never settles ends the process as in Node.
function runMainESM(filename) {
  const url = urlPathKeepsAll.test(filename) ? 'file://' + filename :
    resolver().fileURLOfRealPath(filename);
  const format = filename.endsWith('.mjs') ? 'module' :
    filename.endsWith('.mts') ? 'module-typescript' : resolver().formatOf(filename);
  state.mainFile = { url, filename, format };
  state.mainURL = url;
  if ((format !== 'module' && format !== 'module-typescript') || state.hooksActive ||
      moduleMap.has(url)) {
    graph().runMain(url, undefined);
    return;
  }
  // The graph's steps (internal/modules/esm/graph: getOrLoad, link, innerEvaluate) for a
  // module that imports nothing or only built-ins (evaluated already) and has no top-level
  // await, taken here: most programs' start-up then needs none of the general case's code.
  const source = readFileUtf8(filename);
  const record = new ModuleRecord(url, format, filename);
  moduleMap.set(url, record);
  try {
    loadModuleSource(record, source, format === 'module-typescript');
    if (!record.hasTLA && (record.requests.length === 0 || loadBuiltinRequests(record))) {
      record.fn = compileModule(record, false);
      record.code = null;
      if (record.imports.length > 0) checkNamedImports(record);
    }
  } catch (err) {
    moduleMap.delete(url);
    throw err;
  }
  if (record.fn === null) {
    graph().runMain(url, record);
    return;
  }
  const fn = record.fn;
  record.fn = null;
  record.status = kEvaluating;
  try {
    fn(new ModuleContext(record));
  } catch (err) {
    record.error = err;
    record.hasError = true;
    throw err;
  } finally {
    record.status = kEvaluated;
  }
}

// Makes the dependencies of `record` if its requests all name built-ins (without import
// attributes), as getOrLoad would; returns whether they did.
function loadBuiltinRequests(record) {
  const requests = record.requests;
  const urls = [];
  for (let i = 0; i < requests.length; i += 2) {
    const url = requests[i + 1] === null ? builtinURLOf(requests[i]) : undefined;
    if (url === undefined) return false;
    urls.push(url);
  }
  for (let i = 0; i < urls.length; i++) {
    const dep = moduleMap.get(urls[i]) ?? makeBuiltinRecord(urls[i]);
    record.dependencies.push(dep);
    record.requestNamespaces.push(dep.namespace);
  }
  return true;
}

// A path whose file: URL is 'file://' + the path (resolve's pathToFileURL for the others).
const urlPathKeepsAll = /^[A-Za-z0-9\-._~!$&'()*+,;=:@/[\]|^]*$/;

module.exports = {
  // For internal/modules/esm/graph, link, loader_extra and internal/modules/customization_hooks.
  internals: {
    moduleMap, state, ModuleRecord, ModuleContext, loadModuleSource, compileModule,
    fillNamespace, builtinURLOf, makeBuiltinRecord, checkNamedImports, kNew, kLinked,
    kEvaluating, kEvaluatingAsync, kEvaluated,
  },
  resolver,
  linker,
  extra,
  runMainESM,
  setHooksActive(active) {
    state.hooksActive = active;
  },
};
// The entry points that loader_extra holds, as functions that load it when first called
// (made in a loop: each function written out costs ~50k instructions of every load).
for (const name of ['warnTypelessPackage', 'importDynamic', 'importFromScript', 'requireESM',
  'evalModule']) {
  module.exports[name] = (...args) => extra()[name](...args);
}
