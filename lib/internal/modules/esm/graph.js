'use strict';
// The general steps of the ES module loader (internal/modules/esm/loader): loading a graph
// (resolving and reading each import, recursively), linking it and evaluating it with the
// specification's algorithm. A main file that imports nothing or only built-ins and has no
// top-level await runs without any of this (see runMainESM in the loader); everything else,
// import() and require(esm) included, comes through here.

const { readFileUtf8 } = internalBinding('fs_core');
const {
  internals: {
    moduleMap, state, ModuleRecord, ModuleContext, loadModuleSource, compileModule,
    fillNamespace, builtinURLOf, makeBuiltinRecord, checkNamedImports, kNew, kLinked,
    kEvaluating, kEvaluatingAsync, kEvaluated,
  },
  resolver, linker, extra,
} = require('internal/modules/esm/loader');

// ---------------------------------------------------------------------------
// Loading.

// Resolutions that succeeded, by the importing file's directory (every resolution depends
// only on it), then by specifier.
const resolutionCache = new Map();

function resolveFrom(specifier, record, attributes) {
  if (state.hooksActive) {
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
  if (state.hooksActive) {
    return require('internal/modules/customization_hooks').loadESM(url, fresh);
  }
  if (url.startsWith('node:')) return makeBuiltinRecord(url);
  let format;
  let filename = null;
  const mainFile = state.mainFile;
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
      loadDependencies(record, fresh);
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

// Loads the modules that ES module `record` (its source loaded) imports.
function loadDependencies(record, fresh) {
  const requests = record.requests;
  for (let i = 0; i < requests.length; i += 2) {
    const dep = getOrLoad(resolveFrom(requests[i], record, requests[i + 1]), fresh);
    if (requests[i + 1] !== null || dep.format === 'json') {
      extra().checkAttributes(dep, requests[i + 1]);
    }
    record.dependencies.push(dep);
    record.requestNamespaces.push(dep.namespace);
  }
}

// ---------------------------------------------------------------------------
// Linking.

// Compiles the ES modules of `fresh` (dependencies first), instantiates those in cycles or
// with top-level await, fills the namespaces of the other records and checks every
// imported name. On failure the records leave the module map, so that a later import
// tries again. Returns whether an async module was instantiated (its body can only start
// after a microtask: see runMain, and importDynamic in loader_extra).
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

// ---------------------------------------------------------------------------
// Evaluation (the specification's Evaluate, InnerModuleEvaluation and the asynchronous
// module steps, the latter in loader_extra).

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

// Runs a module at its turn in the evaluation.
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

// runMainESM's general case: loads (unless `record`, the main module with its source
// loaded, is given), links and evaluates the graph of the main module at `url`. A sync
// graph runs before this returns (its errors are thrown); an async one finishes later.
function runMain(url, record) {
  const fresh = [];
  if (record === undefined) {
    record = getOrLoad(url, fresh);
  } else {
    try {
      loadDependencies(record, fresh);
    } catch (err) {
      moduleMap.delete(url);
      throw err;
    }
    fresh.push(record);
  }
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

module.exports = {
  resolveFrom, getOrLoad, addRecord, loadDependencies, link, innerEvaluate, executeSync,
  runMain,
};
