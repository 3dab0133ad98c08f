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
// What only some programs need (import(), require(esm), CommonJS/JSON/built-in records,
// errors) is in internal/modules/esm/loader_extra, loaded on first use.

const { readFileUtf8 } = internalBinding('fs');
const { runInThisContext } = internalBinding('contextify');
const { resolve, formatOf, pathOfURL } = require('internal/modules/esm/resolve');
const { transform, kTypeScript, kModule } = require('internal/modules/esm/transform');
const { registerEvalSource, setFirstLineColumnOffset } = require('internal/stack');

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
    fillNamespace(record);
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

function resolveFrom(specifier, record) {
  const filename = record.filename;
  if (filename === null) return resolve(specifier, record.url);
  const dir = filename.slice(0, filename.lastIndexOf('/')) || '/';
  let cache = resolutionCache.get(dir);
  if (cache === undefined) {
    cache = new Map();
    resolutionCache.set(dir, cache);
  }
  let url = cache.get(specifier);
  if (url === undefined) {
    url = resolve(specifier, record.url, filename);
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
  if (url.startsWith('node:')) {
    record = extra().makeBuiltinRecord(url);
    moduleMap.set(url, record);
    return record;
  }
  let source;
  let format;
  let filename = null;
  if (url.startsWith('data:')) {
    ({ source, format } = extra().parseDataURL(url));
  } else {
    filename = pathOfURL(url);
    format = formatOf(filename);
    if (format !== 'module') {
      format = extra().checkFormat(format, filename);
    }
    source = readFileUtf8(filename);
    if (format === 'detect' || format === 'detect-typescript') {
      format = extra().detectFormat(source, format === 'detect-typescript', url);
    }
  }
  record = new ModuleRecord(url, format, filename);
  moduleMap.set(url, record);
  try {
    if (format === 'module' || format === 'module-typescript') {
      loadModuleSource(record, source, format === 'module-typescript');
      const requests = record.requests;
      for (let i = 0; i < requests.length; i += 2) {
        const dep = getOrLoad(resolveFrom(requests[i], record), fresh);
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

// Runs the transform on an ES module's source; throws its syntax error like Node. The
// result is the flat array described in src/bindings/transform.c.
function loadModuleSource(record, source, isTypeScript) {
  const result = transform(source, kModule | (isTypeScript ? kTypeScript : 0));
  // Sources are kept for stack traces and the uncaught-error header: the URL is no path.
  registerEvalSource(record.url, source);
  if (!Array.isArray(result)) throw extra().transformError(result, record.url);
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
    markCycles(fresh);
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
        const generator = compiled(new ModuleContext(record));
        generator.next();
        record.generator = generator;
        if (record.hasTLA) hasAsync = true;
      } else {
        record.fn = compiled;
      }
    }
    for (let i = 0; i < fresh.length; i++) {
      if (fresh[i].imports !== null) checkImports(fresh[i]);
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

// Sets `inCycle` on the ES modules of `fresh` that import themselves or belong to a strongly
// connected component of more than one module (Tarjan's algorithm). Records loaded earlier
// cannot be in a cycle with fresh ones: their dependencies were all loaded before them.
function markCycles(fresh) {
  let index = 0;
  const stack = [];
  const visit = (record) => {
    record.dfsIndex = index;
    record.dfsAncestorIndex = index;
    index++;
    stack.push(record);
    record.status = kEvaluating; // "on the stack" during this search only
    const deps = record.dependencies;
    for (let i = 0; i < deps.length; i++) {
      const dep = deps[i];
      if (dep.status !== kNew && dep.status !== kEvaluating) continue;
      if (dep === record) {
        record.inCycle = true;
      } else if (dep.status === kNew) {
        if (dep.dfsIndex !== -1) continue; // not fresh
        visit(dep);
        if (dep.dfsAncestorIndex < record.dfsAncestorIndex) {
          record.dfsAncestorIndex = dep.dfsAncestorIndex;
        }
      } else if (dep.dfsIndex < record.dfsAncestorIndex) {
        record.dfsAncestorIndex = dep.dfsIndex;
      }
    }
    if (record.dfsAncestorIndex === record.dfsIndex) {
      let member = stack.pop();
      member.status = kNew;
      if (member !== record) {
        record.inCycle = true;
        do {
          member.inCycle = true;
          member = stack.pop();
          member.status = kNew;
        } while (member !== record);
      }
    }
  };
  for (let i = 0; i < fresh.length; i++) fresh[i].dfsIndex = -1;
  for (let i = 0; i < fresh.length; i++) {
    if (fresh[i].dfsIndex === -1) visit(fresh[i]);
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

// The export names of `record`, star exports included (ExportedNames).
function exportedNames(record, visited) {
  if (visited.has(record)) return [];
  visited.add(record);
  const names = [...record.localExports];
  const reexports = record.reexports;
  for (let i = 0; i < reexports.length; i += 3) names.push(reexports[i]);
  for (const index of record.starExports) {
    for (const name of exportedNames(record.dependencies[index], visited)) {
      if (name !== 'default' && !names.includes(name)) names.push(name);
    }
  }
  return names;
}

const kAmbiguous = Symbol('ambiguous');

// ResolveExport: the record and name of the binding that `name` of `record` stands for
// (name '*' for a namespace), null when there is none, kAmbiguous when star exports give
// two.
function resolveExport(record, name, resolveSet = []) {
  for (let i = 0; i < resolveSet.length; i += 2) {
    if (resolveSet[i] === record && resolveSet[i + 1] === name) return null; // a cycle
  }
  resolveSet.push(record, name);
  if (record.localExports.includes(name)) return { record, name };
  const reexports = record.reexports;
  for (let i = 0; i < reexports.length; i += 3) {
    if (reexports[i] !== name) continue;
    const target = record.dependencies[reexports[i + 1]];
    if (reexports[i + 2] === '*') return { record: target, name: '*' };
    return resolveExport(target, reexports[i + 2], resolveSet);
  }
  if (name === 'default') return null;
  let star = null;
  for (const index of record.starExports) {
    const resolution = resolveExport(record.dependencies[index], name, resolveSet);
    if (resolution === kAmbiguous) return kAmbiguous;
    if (resolution === null) continue;
    if (star === null) {
      star = resolution;
    } else if (star.record !== resolution.record || star.name !== resolution.name) {
      return kAmbiguous;
    }
  }
  return star;
}

// The getter of a resolved binding, reading the target's getters when called (the target
// may be a module whose prologue has not run yet).
function getterOf({ record, name }) {
  if (name === '*') return () => record.namespace;
  return () => record.getters[name]();
}

// Defines the namespace's getters (sorted by name, as the specification orders them), its
// Symbol.toStringTag, and makes it non-extensible. Called once `record.getters` exists.
function fillNamespace(record) {
  const namespace = record.namespace;
  if (Object.isExtensible(namespace) === false) return;
  const getters = record.getters;
  const names = record.reexports.length === 0 && record.starExports.length === 0 ?
    [...record.localExports] : exportedNames(record, new Set());
  names.sort();
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    // A local binding: the module's own getter, called directly.
    let get = getters[name];
    if (get === undefined) {
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

// Every named import must name a binding the imported module provides.
function checkImports(record) {
  const imports = record.imports;
  for (let i = 0; i < imports.length; i += 4) {
    const dep = record.dependencies[imports[i]];
    const name = imports[i + 1];
    if (dep.localExports.includes(name)) continue;
    const resolution = resolveExport(dep, name);
    if (resolution !== null && resolution !== kAmbiguous) continue;
    throw extra().importError(record, dep, imports, i, resolution === kAmbiguous);
  }
}

// ---------------------------------------------------------------------------
// Evaluation (the specification's Evaluate, InnerModuleEvaluation and the asynchronous
// module steps, the latter in loader_extra). Returns a promise settled when `module` and
// its dependencies have run.

function evaluate(module) {
  if (module.status === kEvaluatingAsync || module.status === kEvaluated) {
    module = module.cycleRoot;
  }
  if (module.capability !== null) return module.capability.promise;
  const stack = [];
  const capability = Promise.withResolvers();
  module.capability = capability;
  try {
    innerEvaluate(module, stack, 0);
  } catch (err) {
    for (const m of stack) {
      m.status = kEvaluated;
      m.error = err;
      m.hasError = true;
    }
    capability.reject(err);
    return capability.promise;
  }
  if (!module.asyncEvaluation) capability.resolve();
  return capability.promise;
}

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

// Loads, links and evaluates the graph of `url`; returns [record, promise of evaluation].
// Load and link errors are thrown.
function loadAndEvaluate(url) {
  const fresh = [];
  const record = getOrLoad(url, fresh);
  const hasAsync = link(fresh);
  // An async module's generator is still finishing its first step (the `yield` of an async
  // generator awaits); its body can start one microtask later.
  const promise = hasAsync ? Promise.resolve().then(() => evaluate(record)) : evaluate(record);
  return [record, promise];
}

// Runs the main entry point `filename` (a real path) as an ES module. A sync graph runs
// before this returns (its errors are thrown); an async one finishes later, and an uncaught
// rejection or a top-level await that never settles ends the process as in Node.
function runMainESM(filename) {
  state.mainURL = require('internal/modules/esm/resolve').fileURLOfRealPath(filename);
  const [record, promise] = loadAndEvaluate(state.mainURL);
  const { getPromiseState } = internalBinding('util');
  const promiseState = getPromiseState(promise);
  if (promiseState !== undefined && promiseState[0] === 1) return;
  extra().watchMainEvaluation(record, promise, promiseState);
}

module.exports = {
  // For loader_extra.
  internals: {
    moduleMap, state, ModuleRecord, ModuleContext, getOrLoad, loadModuleSource, link,
    evaluate, executeSync, resolveFrom, fillNamespace, kEvaluating, kEvaluatingAsync, kEvaluated,
    kLinked,
  },
  warnTypelessPackage: (url) => extra().warnTypelessPackage(url),
  importDynamic: (specifier, options, referrer) =>
    extra().importDynamic(specifier, options, referrer),
  importFromScript: (specifier, options, filename) =>
    extra().importFromScript(specifier, options, filename),
  requireESM: (filename, parent) => extra().requireESM(filename, parent),
  runMainESM,
  evalModule: (source, name, isTypeScript) => extra().evalModule(source, name, isTypeScript),
};
