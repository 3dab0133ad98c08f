'use strict';
// The ES module loader. JavaScriptCore's C API has no module loader, so modules are compiled
// by the transform (doc/esm.md) into generator functions: the first step of the generator
// hands over a getter per local export (instantiation), the second runs the body
// (evaluation; with top-level await the generator is async). Imported bindings in the body
// read the exporting module's namespace, so bindings are live.
//
// A module graph is loaded synchronously (files are read as they are found), then linked
// (every module instantiated, namespaces built, imported names checked), then evaluated with
// the specification's algorithm (post-order, cycles as strongly connected components,
// asynchronous modules with their dependants waiting). Modules are keyed by URL: file:
// URLs of real paths, data: URLs, node: URLs of built-ins.

const path = require('path');
const { codes } = require('internal/errors/lazy');
const { readFileUtf8 } = internalBinding('fs');
const { runInThisContext } = internalBinding('contextify');
const {
  resolve, formatOf, pathToFileURL, fileURLToPath,
} = require('internal/modules/esm/resolve');
const { transform, kTypeScript, kModule, kDetect } = require('internal/modules/esm/transform');
const { registerEvalSource, setFirstLineColumnOffset } = require('internal/stack');

// Module states, as the specification names them.
const kNew = 0; // loaded, not linked
const kLinked = 1;
const kEvaluating = 2;
const kEvaluatingAsync = 3;
const kEvaluated = 4;

// url → ModuleRecord, for the life of the process (the module map).
const moduleMap = new Map();

let asyncEvaluationCounter = 0;
// The URL of the entry point, for import.meta.main.
let mainURL = null;

class ModuleRecord {
  constructor(url, format) {
    this.url = url;
    this.format = format;
    this.filename = url.startsWith('file:') ? fileURLToPath(url) : null;
    // The namespace object exists from the start, so that importers can hold it before it
    // is filled in (at link time).
    this.namespace = { __proto__: null };
    this.status = kNew;
    this.requests = [];
    this.dependencies = [];
    // $lode.n of the module's code: the namespace of each request.
    this.requestNamespaces = [];
    this.imports = [];
    this.localExports = [];
    this.reexports = [];
    this.starExports = [];
    // name → getter of a local binding (ES modules: from the module's prologue).
    this.getters = null;
    this.hasTLA = false;
    this.code = null;
    this.generator = null;
    // Runs a module that is not an ES module (CommonJS) at its turn in the evaluation.
    this.run = null;
    this.exportNames = null;
    this.cjsNames = null;
    this.error = undefined;
    this.hasError = false;
    this.dfsIndex = 0;
    this.dfsAncestorIndex = 0;
    this.cycleRoot = this;
    this.asyncEvaluation = false;
    this.asyncEvaluationOrder = 0;
    this.asyncParents = [];
    this.pendingAsyncDependencies = 0;
    this.capability = null;
  }
}

// ---------------------------------------------------------------------------
// The `$lode` object of a module's code.

class ModuleContext {
  #record;
  #meta;

  constructor(record) {
    this.#record = record;
    this.n = record.requestNamespaces;
  }

  x(getters) {
    this.#record.getters = getters;
  }

  get meta() {
    if (this.#meta === undefined) this.#meta = makeImportMeta(this.#record);
    return this.#meta;
  }

  imp(specifier, options) {
    return importDynamic(specifier, options, this.#record.url);
  }
}

function makeImportMeta(record) {
  const url = record.url;
  const meta = { __proto__: null };
  if (record.filename !== null) {
    meta.dirname = path.dirname(record.filename);
    meta.filename = record.filename;
  }
  meta.main = url === mainURL;
  meta.resolve = function resolve(specifier) {
    return resolveSpecifier(`${specifier}`, url, true);
  };
  meta.url = url;
  return meta;
}

// resolve() with the built-in check first; for import.meta.resolve a missing file is not an
// error (Node returns the URL it would load).
function resolveSpecifier(specifier, parentURL, forMeta = false) {
  try {
    return resolve(specifier, parentURL);
  } catch (err) {
    if (forMeta && err?.code === 'ERR_MODULE_NOT_FOUND' && err.url !== undefined) return err.url;
    throw err;
  }
}

// ---------------------------------------------------------------------------
// Loading.

const kTypeScriptFormats = new Set(['module-typescript', 'commonjs-typescript', 'detect-typescript']);

// Returns the record for `url`, creating and loading it (and, for an ES module, its
// dependencies, recursively) if it is not in the module map yet. `fresh` collects the
// records created, dependencies first.
function getOrLoad(url, fresh) {
  let record = moduleMap.get(url);
  if (record !== undefined) return record;
  if (url.startsWith('node:')) {
    record = makeBuiltinRecord(url);
    moduleMap.set(url, record);
    return record;
  }
  let source;
  let format;
  if (url.startsWith('data:')) {
    ({ source, format } = parseDataURL(url));
  } else {
    const filename = fileURLToPath(url);
    format = formatOf(filename);
    if (kTypeScriptFormats.has(format) && filename.includes('/node_modules/')) {
      throw new codes.ERR_UNSUPPORTED_NODE_MODULES_TYPE_STRIPPING(filename);
    }
    source = readFileUtf8(filename);
    if (format === 'detect' || format === 'detect-typescript') {
      format = detectFormat(source, format === 'detect-typescript', url);
    }
  }
  record = new ModuleRecord(url, format);
  moduleMap.set(url, record);
  try {
    switch (format) {
      case 'module':
      case 'module-typescript':
        loadModuleSource(record, source, format === 'module-typescript');
        for (let i = 0; i < record.requests.length; i++) {
          const [specifier, attributes] = record.requests[i];
          const depURL = resolveSpecifier(specifier, url);
          const dep = getOrLoad(depURL, fresh);
          checkAttributes(dep, attributes);
          record.dependencies.push(dep);
          record.requestNamespaces.push(dep.namespace);
        }
        break;
      case 'json':
        makeJSONRecord(record, source);
        break;
      case 'commonjs':
      case 'commonjs-typescript':
        makeCommonJSRecord(record, source);
        break;
      default:
        throw new codes.ERR_UNKNOWN_MODULE_FORMAT(format, url);
    }
  } catch (err) {
    moduleMap.delete(url);
    throw err;
  }
  fresh.push(record);
  return record;
}

// Decides whether a .js/.ts file outside any "type" is an ES module, as Node 22+ does: by
// its syntax. Node warns when a package.json is there but lacks "type".
function detectFormat(source, isTypeScript, url) {
  const cheap = /\b(?:import|export|await)\b/.test(source);
  const isModule = cheap && transform(source, kDetect | (isTypeScript ? kTypeScript : 0))
    .hasModuleSyntax === true;
  if (!isModule) return isTypeScript ? 'commonjs-typescript' : 'commonjs';
  if (!isTypeScript) warnTypelessPackage(url);
  return isTypeScript ? 'module-typescript' : 'module';
}

function warnTypelessPackage(url) {
  const filename = fileURLToPath(url);
  if (filename.includes('/node_modules/')) return;
  const { internals } = require('internal/modules/cjs/loader');
  const scope = internals.packageScope(path.dirname(filename));
  if (scope === null) return;
  process.emitWarning(
    `Module type of ${url} is not specified and it doesn't parse as CommonJS.\n` +
    'Reparsing as ES module because module syntax was detected. This incurs a performance ' +
    `overhead.\nTo eliminate this warning, add "type": "module" to ${scope.path}.`,
    { code: 'MODULE_TYPELESS_PACKAGE_JSON' });
}

// Runs the transform on an ES module's source; throws its syntax error like Node.
function loadModuleSource(record, source, isTypeScript) {
  const result = transform(source, kModule | (isTypeScript ? kTypeScript : 0));
  // Sources are kept for stack traces and the uncaught-error header: the URL is no path.
  registerEvalSource(record.url, source);
  if (result.error !== undefined) throw transformError(result, record.url);
  record.code = result.code;
  record.requests = result.requests;
  record.imports = result.imports;
  record.localExports = result.localExports;
  record.reexports = result.reexports;
  record.starExports = result.starExports;
  record.hasTLA = result.hasTLA === true;
  let prologue = result.prologueLength;
  if (typeof prologue !== 'number') {
    const codeLine = result.code.slice(0, result.code.indexOf('\n') >>> 0);
    const sourceLine = source.slice(0, source.indexOf('\n') >>> 0);
    prologue = codeLine.length - sourceLine.length;
  }
  setFirstLineColumnOffset(record.url, prologue);
}

// The SyntaxError (or ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX) for a transform error result.
function transformError(result, file) {
  let err;
  if (result.code === 'ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX') {
    err = new codes.ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX(result.error);
  } else {
    err = new SyntaxError(result.error);
  }
  require('internal/modules/esm/errors').decorateErrorAt(
    err, file, result.line, (result.column ?? 0) + 1);
  return err;
}

function makeBuiltinRecord(url) {
  const id = url.slice(5);
  const record = new ModuleRecord(url, 'builtin');
  const exports = require(id);
  const getters = { __proto__: null, default: () => exports };
  for (const key of Object.keys(exports)) {
    if (key !== 'default') getters[key] = () => exports[key];
  }
  record.getters = getters;
  record.localExports = Object.keys(getters);
  record.status = kEvaluated;
  fillNamespace(record);
  return record;
}

function makeJSONRecord(record, source) {
  let value;
  try {
    value = JSON.parse(source.charCodeAt(0) === 0xFEFF ? source.slice(1) : source);
  } catch (err) {
    err.message = `${record.filename ?? record.url}: ${err.message}`;
    throw err;
  }
  record.getters = { __proto__: null, default: () => value };
  record.localExports = ['default'];
  record.status = kLinked;
  record.run = () => {};
}

function makeCommonJSRecord(record, source) {
  const names = record.filename === null ? new Set() : commonJSExportNames(record.filename, source);
  record.cjsNames = names;
  let exports;
  let ran = false;
  const getters = { __proto__: null };
  const read = (name) => () => {
    if (!ran) throw new ReferenceError(`Cannot access '${name}' before initialization`);
    return name === 'default' || name === 'module.exports' ? exports : exports?.[name];
  };
  getters.default = read('default');
  getters['module.exports'] = read('module.exports');
  for (const name of names) getters[name] = read(name);
  record.getters = getters;
  record.localExports = Object.keys(getters);
  record.status = kLinked;
  record.run = () => {
    const { Module } = require('internal/modules/cjs/loader');
    exports = Module._load(record.filename, null, false);
    ran = true;
  };
}

// Named exports of the CommonJS file `filename`, with those of the modules it re-exports.
function commonJSExportNames(filename, source, seen = new Set()) {
  seen.add(filename);
  const { cjsExports } = require('internal/modules/esm/cjs_exports');
  const { names, reexports } = cjsExports(source);
  if (reexports.length === 0) return names;
  const { Module } = require('internal/modules/cjs/loader');
  const parent = new Module(filename, null);
  parent.filename = filename;
  parent.paths = Module._nodeModulePaths(path.dirname(filename));
  for (const request of reexports) {
    let target;
    try {
      target = Module._resolveFilename(request, parent, false);
    } catch {
      continue;
    }
    if (seen.has(target) || !target.startsWith('/') || !/\.(c?js)$/.test(target)) continue;
    let text;
    try {
      text = readFileUtf8(target);
    } catch {
      continue;
    }
    for (const name of commonJSExportNames(target, text, seen)) names.add(name);
  }
  return names;
}

// data:[<mime>][;base64],<data> with text/javascript or application/json.
function parseDataURL(url) {
  const comma = url.indexOf(',');
  const match = /^data:([^,;]*)((?:;[^,;]*)*?)(;base64)?,/i.exec(url.slice(0, comma + 1));
  if (comma === -1 || match === null) throw new codes.ERR_INVALID_URL(url);
  const body = url.slice(comma + 1);
  let source;
  if (match[3]) {
    source = Buffer.from(body, 'base64').toString('utf8');
  } else {
    try {
      source = decodeURIComponent(body);
    } catch {
      source = body;
    }
  }
  const mime = match[1].toLowerCase();
  if (mime === 'text/javascript') return { source, format: 'module' };
  if (mime === 'application/json') return { source, format: 'json' };
  throw new codes.ERR_UNKNOWN_MODULE_FORMAT(mime, url);
}

// Import attributes: a JSON module needs `type: 'json'`, anything else must not have a
// type; other keys are ignored; an unknown type is an error.
function checkAttributes(record, attributes) {
  const type = attributes?.type;
  if (type !== undefined && type !== 'json') {
    throw new codes.ERR_IMPORT_ATTRIBUTE_UNSUPPORTED('type', type, record.url);
  }
  if (record.format === 'json') {
    if (type !== 'json') throw new codes.ERR_IMPORT_ATTRIBUTE_MISSING(record.url, 'type', 'json');
  } else if (type === 'json') {
    throw new codes.ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE(record.url, 'json');
  }
}

// ---------------------------------------------------------------------------
// Linking.

// Instantiates the records of `fresh` (dependencies first), builds their namespaces and
// checks every imported name. On failure the records leave the module map, so that a later
// import tries again. Returns whether an async module was instantiated (its body can only
// start after a microtask, see evaluateGraph).
function link(fresh) {
  let hasAsync = false;
  try {
    for (const record of fresh) {
      if (record.code === null) continue;
      const compiled = compileModule(record);
      const generator = compiled(new ModuleContext(record));
      generator.next();
      record.generator = generator;
      record.code = null;
      if (record.hasTLA) hasAsync = true;
    }
    for (const record of fresh) fillNamespace(record);
    for (const record of fresh) checkImports(record);
  } catch (err) {
    for (const record of fresh) moduleMap.delete(record.url);
    throw err;
  }
  for (const record of fresh) {
    if (record.status === kNew) record.status = kLinked;
  }
  return hasAsync;
}

function compileModule(record) {
  try {
    return runInThisContext(record.code, record.url);
  } catch (err) {
    require('internal/process/execution').decorateErrorStack(err);
    throw err;
  }
}

// The export names of `record`, star exports included (ExportedNames).
function exportedNames(record, visited = new Set()) {
  if (visited.has(record)) return [];
  visited.add(record);
  const names = [...record.localExports];
  for (const [name] of record.reexports) names.push(name);
  for (const index of record.starExports) {
    for (const name of exportedNames(record.dependencies[index], visited)) {
      if (name !== 'default' && !names.includes(name)) names.push(name);
    }
  }
  return names;
}

const kAmbiguous = Symbol('ambiguous');

// ResolveExport: the getter of the binding `name` of `record` stands for, null when there
// is none, kAmbiguous when star exports give two.
function resolveExport(record, name, resolveSet = []) {
  for (const [seenRecord, seenName] of resolveSet) {
    if (seenRecord === record && seenName === name) return null; // a cycle
  }
  resolveSet.push([record, name]);
  if (record.getters !== null && record.localExports.includes(name)) {
    const getters = record.getters;
    return { record, name, getter: () => getters[name]() };
  }
  for (const [exported, index, imported] of record.reexports) {
    if (exported !== name) continue;
    const target = record.dependencies[index];
    if (imported === '*') return { record: target, name: '*', getter: () => target.namespace };
    return resolveExport(target, imported, resolveSet);
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

// Defines the namespace's getters (sorted by name, as the specification orders them), its
// Symbol.toStringTag, and makes it non-extensible.
function fillNamespace(record) {
  if (Object.isExtensible(record.namespace) === false) return;
  const namespace = record.namespace;
  const names = exportedNames(record).sort();
  for (const name of names) {
    let getter;
    if (record.getters !== null && record.localExports.includes(name)) {
      // A local binding: the module's own getter, called directly.
      getter = record.getters[name];
    } else {
      const resolution = resolveExport(record, name);
      if (resolution === null || resolution === kAmbiguous) continue;
      getter = resolution.getter;
    }
    Object.defineProperty(namespace, name, {
      __proto__: null, get: getter, enumerable: true, configurable: false,
    });
  }
  Object.defineProperty(namespace, Symbol.toStringTag, { __proto__: null, value: 'Module' });
  Object.preventExtensions(namespace);
}

// Every named import must name a binding the imported module provides.
function checkImports(record) {
  for (const [index, name, line, column] of record.imports) {
    const dep = record.dependencies[index];
    const resolution = resolveExport(dep, name);
    if (resolution !== null && resolution !== kAmbiguous) continue;
    const specifier = record.requests[index][0];
    let message;
    if (resolution === kAmbiguous) {
      message = `The requested module '${specifier}' contains conflicting star exports for ` +
        `name '${name}'`;
    } else if (dep.format === 'commonjs' || dep.format === 'commonjs-typescript') {
      message = `Named export '${name}' not found. The requested module '${specifier}' is a ` +
        'CommonJS module, which may not support all module.exports as named exports.\n' +
        'CommonJS modules can always be imported via the default export, for example using:' +
        `\n\nimport pkg from '${specifier}';\nconst { ${name} } = pkg;\n`;
    } else {
      message = `The requested module '${specifier}' does not provide an export named '${name}'`;
    }
    const err = new SyntaxError(message);
    require('internal/modules/esm/errors').decorateErrorAt(
      err, record.url, line, column + 1, false);
    throw err;
  }
}

// ---------------------------------------------------------------------------
// Evaluation (the specification's Evaluate, InnerModuleEvaluation and the asynchronous
// module steps). Returns a promise settled when `module` and its dependencies have run.

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
  for (let required of module.dependencies) {
    index = innerEvaluate(required, stack, index);
    if (required.status === kEvaluating) {
      module.dfsAncestorIndex = Math.min(module.dfsAncestorIndex, required.dfsAncestorIndex);
    } else {
      required = required.cycleRoot;
      if (required.hasError) throw required.error;
    }
    if (required.asyncEvaluation) {
      module.pendingAsyncDependencies++;
      required.asyncParents.push(module);
    }
  }
  if (module.pendingAsyncDependencies > 0 || module.hasTLA) {
    module.asyncEvaluation = true;
    module.asyncEvaluationOrder = ++asyncEvaluationCounter;
    if (module.pendingAsyncDependencies === 0) executeAsync(module);
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
  if (module.generator !== null) {
    const generator = module.generator;
    module.generator = null;
    generator.next();
  } else if (module.run !== null) {
    const run = module.run;
    module.run = null;
    run();
  }
}

function executeAsync(module) {
  const generator = module.generator;
  module.generator = null;
  generator.next().then(() => asyncFulfilled(module), (err) => asyncRejected(module, err));
}

function asyncFulfilled(module) {
  if (module.status === kEvaluated) return;
  module.asyncEvaluation = false;
  module.status = kEvaluated;
  module.capability?.resolve();
  const ready = [];
  gatherAvailableAncestors(module, ready);
  ready.sort((a, b) => a.asyncEvaluationOrder - b.asyncEvaluationOrder);
  for (const m of ready) {
    if (m.status === kEvaluated) continue;
    if (m.hasTLA) {
      executeAsync(m);
      continue;
    }
    try {
      executeSync(m);
    } catch (err) {
      asyncRejected(m, err);
      continue;
    }
    m.asyncEvaluation = false;
    m.status = kEvaluated;
    m.capability?.resolve();
  }
}

function gatherAvailableAncestors(module, ready) {
  for (const m of module.asyncParents) {
    if (ready.includes(m) || m.cycleRoot.hasError) continue;
    if (--m.pendingAsyncDependencies === 0) {
      ready.push(m);
      if (!m.hasTLA) gatherAvailableAncestors(m, ready);
    }
  }
}

function asyncRejected(module, err) {
  if (module.status === kEvaluated && module.hasError) return;
  module.error = err;
  module.hasError = true;
  module.status = kEvaluated;
  module.asyncEvaluation = false;
  for (const m of module.asyncParents) asyncRejected(m, err);
  module.capability?.reject(err);
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

// ---------------------------------------------------------------------------
// Entry points.

// import(specifier, options) from the module or script at `referrer` (a URL). Always
// asynchronous; errors reject the promise.
async function importDynamic(specifier, options, referrer) {
  const attributes = importAttributes(options);
  specifier = `${specifier}`;
  await null;
  const url = resolveSpecifier(specifier, referrer);
  const fresh = [];
  const record = getOrLoad(url, fresh);
  checkAttributes(record, attributes);
  if (link(fresh)) await null;
  await evaluate(record);
  return record.namespace;
}

function importAttributes(options) {
  if (options === undefined) return null;
  if (options === null || typeof options !== 'object') {
    throw new TypeError('The second argument to import() must be an object');
  }
  const attributes = options.with ?? options.assert;
  if (attributes === undefined) return null;
  if (attributes === null || typeof attributes !== 'object') {
    throw new TypeError('The \'with\' option must be an object');
  }
  const result = {};
  for (const key of Object.keys(attributes)) {
    if (typeof attributes[key] !== 'string') {
      throw new TypeError('Import attribute value must be a string');
    }
    result[key] = attributes[key];
  }
  return result;
}

// import() from CommonJS code compiled by the CommonJS loader, at `filename` (a path, or
// a pseudo-name like '[eval]' resolved against the working directory).
function importFromScript(specifier, options, filename) {
  const referrer = path.isAbsolute(filename) ? pathToFileURL(filename) :
    pathToFileURL(path.join(process.cwd(), filename));
  return importDynamic(specifier, options, referrer);
}

// require() of the ES module at `filename` from CommonJS module `parent`: runs the graph
// synchronously and returns its namespace (or its 'module.exports' export).
function requireESM(filename, parent) {
  const url = pathToFileURL(filename);
  let record = moduleMap.get(url);
  if (record === undefined) {
    const fresh = [];
    record = getOrLoad(url, fresh);
    link(fresh);
  }
  if (record.status === kEvaluating) {
    throw new codes.ERR_REQUIRE_CYCLE_MODULE(
      `Cannot require() ES Module ${filename} in a cycle.` +
      (parent?.filename ? ` (from ${parent.filename})` : ''));
  }
  if (hasPendingAsync(record, new Set())) {
    throw new codes.ERR_REQUIRE_ASYNC_MODULE(filename, parent?.filename);
  }
  evaluate(record);
  if (record.hasError) throw record.error;
  if (record.cycleRoot.hasError) throw record.cycleRoot.error;
  const namespace = record.namespace;
  if (record.format !== 'commonjs' && Object.hasOwn(namespace, 'module.exports')) {
    return namespace['module.exports'];
  }
  if (!Object.hasOwn(namespace, 'default') || Object.hasOwn(namespace, '__esModule')) {
    return namespace;
  }
  // As documented for require(esm): a namespace with a default export comes with
  // `__esModule: true`, so that code compiled from ESM to CommonJS finds the default.
  record.requireFacade ??= makeESModuleFacade(namespace);
  return record.requireFacade;
}

// A namespace-shaped object with the bindings of `namespace` (live) plus __esModule.
function makeESModuleFacade(namespace) {
  const facade = { __proto__: null };
  const names = [...Object.keys(namespace), '__esModule'].sort();
  for (const name of names) {
    const get = name === '__esModule' ? () => true : () => namespace[name];
    Object.defineProperty(facade, name, {
      __proto__: null, get, enumerable: true, configurable: false,
    });
  }
  Object.defineProperty(facade, Symbol.toStringTag, { __proto__: null, value: 'Module' });
  return Object.preventExtensions(facade);
}

// Whether evaluating `record` would need to wait (top-level await not yet run).
function hasPendingAsync(record, seen) {
  if (seen.has(record) || record.status === kEvaluated) return false;
  seen.add(record);
  if (record.hasTLA || record.status === kEvaluatingAsync) return true;
  return record.dependencies.some((dep) => hasPendingAsync(dep, seen));
}

// Runs the main entry point `filename` as an ES module. A sync graph runs before this
// returns (its errors are thrown); an async one finishes later, and an uncaught rejection
// or a top-level await that never settles ends the process as in Node.
function runMainESM(filename) {
  mainURL = pathToFileURL(filename);
  runMainURL(mainURL);
}

function runMainURL(url) {
  const [record, promise] = loadAndEvaluate(url);
  watchMainEvaluation(record, promise);
}

// Code given with --input-type=module (or detected as a module) for -e/-p/stdin.
function evalModule(source, name, isTypeScript = false) {
  const url = pathToFileURL(path.join(process.cwd(), name));
  mainURL = url;
  const record = new ModuleRecord(url, 'module');
  const fresh = [];
  moduleMap.set(url, record);
  try {
    loadModuleSource(record, source, isTypeScript);
    for (const [specifier, attributes] of record.requests) {
      const dep = getOrLoad(resolveSpecifier(specifier, url), fresh);
      checkAttributes(dep, attributes);
      record.dependencies.push(dep);
      record.requestNamespaces.push(dep.namespace);
    }
  } catch (err) {
    moduleMap.delete(url);
    throw err;
  }
  fresh.push(record);
  const hasAsync = link(fresh);
  const promise = hasAsync ? Promise.resolve().then(() => evaluate(record)) : evaluate(record);
  watchMainEvaluation(record, promise);
}

function watchMainEvaluation(record, promise) {
  const { getPromiseState } = internalBinding('util');
  const state = getPromiseState(promise);
  if (state !== undefined && state[0] === 2) {
    // A synchronous graph that threw: throw as a script would.
    promise.catch(() => {});
    throw state[1];
  }
  if (state !== undefined && state[0] === 1) return;
  let settled = false;
  const onExit = () => {
    if (settled) return;
    warnUnsettledTLA(record);
    if (process.exitCode === undefined) process.exitCode = 13;
  };
  process.on('exit', onExit);
  promise.then(() => {
    settled = true;
    process.removeListener('exit', onExit);
  }, (err) => {
    settled = true;
    process.removeListener('exit', onExit);
    require('internal/process/execution').triggerUncaughtException(err, false);
  });
}

// Node names where the await that never settled is; the engine cannot say, so the first
// `await` of the deepest module still waiting stands for it.
function warnUnsettledTLA(record) {
  const waiting = deepestWaiting(record, new Set()) ?? record;
  const { getEvalSource } = require('internal/stack');
  const source = getEvalSource(waiting.url) ?? '';
  const lines = source.split(/\r?\n/);
  let line = 0;
  let column = -1;
  for (let i = 0; i < lines.length; i++) {
    const m = /(^|[^\w$.])await\b/.exec(lines[i]);
    if (m !== null) {
      line = i;
      column = m.index + m[1].length;
      break;
    }
  }
  let text = `Warning: Detected unsettled top-level await at ${waiting.url}:${line + 1}\n`;
  if (column !== -1) text += `${lines[line]}\n${' '.repeat(column)}^\n\n`;
  internalBinding('fs').writeString(2, text + '\n');
}

function deepestWaiting(record, seen) {
  if (seen.has(record) || record.status !== kEvaluatingAsync) return null;
  seen.add(record);
  for (const dep of record.dependencies) {
    const found = deepestWaiting(dep, seen);
    if (found !== null) return found;
  }
  return record.hasTLA ? record : null;
}

module.exports = {
  warnTypelessPackage,
  importDynamic,
  importFromScript,
  requireESM,
  runMainESM,
  evalModule,
};
