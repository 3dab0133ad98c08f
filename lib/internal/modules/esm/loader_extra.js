'use strict';
// The parts of the ES module loader (internal/modules/esm/loader) that only some programs
// need: import(), require(esm), -e/stdin modules, import.meta.resolve, JSON,
// CommonJS and data: URLs, syntax detection, top-level await, and errors. Kept apart so that
// a plain graph of ES modules loads less code at start-up. What only some of these need
// (path, internal/modules/esm/resolve and transform) is required where used: a main module
// with top-level await needs none of it.

const { codes } = require('internal/errors/lazy');
const { readFileUtf8 } = internalBinding('fs_core');
const {
  internals: {
    moduleMap, state, ModuleRecord, loadModuleSource, fillNamespace, kEvaluating,
    kEvaluatingAsync, kEvaluated, kLinked,
  },
  resolver,
} = require('internal/modules/esm/loader');
const {
  getOrLoad, link, innerEvaluate, executeSync, resolveFrom,
} = require('internal/modules/esm/graph');

// resolve(); for import.meta.resolve a missing file is not an error (Node returns the URL
// it would load).
function resolveSpecifier(specifier, parentURL, forMeta = false, attributes = null) {
  try {
    if (state.hooksActive) {
      return require('internal/modules/customization_hooks').resolveESM(specifier, parentURL,
                                                                        attributes);
    }
    return resolver().resolve(specifier, parentURL);
  } catch (err) {
    if (forMeta && err?.code === 'ERR_MODULE_NOT_FOUND' && err.url !== undefined) return err.url;
    throw err;
  }
}

// ---------------------------------------------------------------------------
// Formats and records other than ES modules.

const kTypeScriptFormats = new Set(['module-typescript', 'commonjs-typescript', 'detect-typescript']);

// Checks a format that formatOf() gave for `filename`; returns it.
function checkFormat(format, filename) {
  if (kTypeScriptFormats.has(format) && filename.includes('/node_modules/')) {
    throw new codes.ERR_UNSUPPORTED_NODE_MODULES_TYPE_STRIPPING(filename);
  }
  return format;
}

// Decides whether a .js/.ts file outside any "type" is an ES module, as Node 22+ does: by
// its syntax. Node warns when a package.json is there but lacks "type".
function detectFormat(source, isTypeScript, url) {
  const cheap = /\b(?:import|export|await)\b/.test(source);
  const { transform, kTypeScript, kDetect } = require('internal/modules/esm/transform');
  const isModule = cheap && transform(source, kDetect | (isTypeScript ? kTypeScript : 0))
    .hasModuleSyntax === true;
  if (!isModule) return isTypeScript ? 'commonjs-typescript' : 'commonjs';
  if (!isTypeScript) warnTypelessPackage(url);
  return isTypeScript ? 'module-typescript' : 'module';
}

function warnTypelessPackage(url) {
  const filename = resolver().fileURLToPath(url);
  if (filename.includes('/node_modules/')) return;
  const { internals } = require('internal/modules/cjs/loader');
  const scope = internals.packageScope(require('path').dirname(filename));
  if (scope === null) return;
  process.emitWarning(
    `Module type of ${url} is not specified and it doesn't parse as CommonJS.\n` +
    'Reparsing as ES module because module syntax was detected. This incurs a performance ' +
    `overhead.\nTo eliminate this warning, add "type": "module" to ${scope.path}.`,
    { code: 'MODULE_TYPELESS_PACKAGE_JSON' });
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

// The source and format of `url` for getOrLoad when it is not a file of format 'module'
// (`filename` and `format` are null and undefined for a data: URL).
function readOther(url, filename, format) {
  if (url.startsWith('data:')) return parseDataURL(url);
  format = checkFormat(format, filename);
  const source = readFileUtf8(filename);
  if (format === 'detect' || format === 'detect-typescript') {
    format = detectFormat(source, format === 'detect-typescript', url);
  }
  return { source, format };
}

// Fills `record` for the JSON and CommonJS formats; throws for unknown ones.
function makeOtherRecord(record, source) {
  record.reexports = [];
  record.starExports = [];
  switch (record.format) {
    case 'json':
      makeJSONRecord(record, source);
      break;
    case 'commonjs':
    case 'commonjs-typescript':
      makeCommonJSRecord(record, source);
      break;
    default:
      throw new codes.ERR_UNKNOWN_MODULE_FORMAT(record.format, record.url);
  }
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
    const Module = require('internal/main/run').moduleLoader();
    const pending = record.pendingCommonJS;
    exports = pending === undefined ? Module._load(record.filename, null, false) :
      require('internal/modules/customization_hooks').runCommonJS(Module, pending);
    ran = true;
  };
}

// Named exports of the CommonJS file `filename`, with those of the modules it re-exports.
function commonJSExportNames(filename, source, seen = new Set()) {
  seen.add(filename);
  const { cjsExports } = require('internal/modules/esm/cjs_exports');
  const { names, reexports } = cjsExports(source);
  if (reexports.length === 0) return names;
  const Module = require('internal/main/run').moduleLoader();
  const parent = new Module(filename, null);
  parent.filename = filename;
  parent.paths = Module._nodeModulePaths(require('path').dirname(filename));
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

// The SyntaxError for import `i` of `record` (flat list `imports`), which `dep` does not
// provide (or provides ambiguously).
function importError(record, dep, imports, i, ambiguous) {
  const name = imports[i + 1];
  const specifier = record.requests[2 * imports[i]];
  let message;
  if (ambiguous) {
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
    err, record.url, imports[i + 2], imports[i + 3] + 1, false, true);
  return err;
}

// ---------------------------------------------------------------------------
// The asynchronous module steps of the specification's evaluation.

// Evaluates the main module's graph that has top-level await (see runMainESM).
function evaluateMainAsync(record) {
  // An async module's generator is still finishing its first step (the `yield` of an async
  // generator awaits); its body can start one microtask later.
  const promise = Promise.resolve().then(() => evaluate(record));
  watchMainEvaluation(record, promise, undefined);
}

// Evaluate() of the specification: returns a promise settled when `module` and its
// dependencies have run (the main entry point of a graph without top-level await runs
// without one, see runMainESM).
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
  if (module.asyncParents === null) return;
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
  if (module.asyncParents !== null) {
    for (const m of module.asyncParents) asyncRejected(m, err);
  }
  module.capability?.reject(err);
}

// ---------------------------------------------------------------------------
// Entry points.

// import(specifier, options) from the module or script at `referrer` (a URL). Always
// asynchronous; errors reject the promise.
async function importDynamic(specifier, options, referrer) {
  const attributes = importAttributes(options);
  specifier = `${specifier}`;
  await null;
  const url = resolveSpecifier(specifier, referrer, false, attributes);
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
  const path = require('path');
  const { pathToFileURL } = resolver();
  const referrer = path.isAbsolute(filename) ? pathToFileURL(filename) :
    pathToFileURL(path.join(process.cwd(), filename));
  return importDynamic(specifier, options, referrer);
}

// require() of the ES module at `filename` from CommonJS module `parent`: runs the graph
// synchronously and returns its namespace (or its 'module.exports' export).
function requireESM(filename, parent, url = resolver().pathToFileURL(filename)) {
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

// Code given with --input-type=module (or detected as a module) for -e/-p/stdin.
function evalModule(source, name, isTypeScript = false) {
  const filename = require('path').join(process.cwd(), name);
  const url = resolver().pathToFileURL(filename);
  state.mainURL = url;
  const record = new ModuleRecord(url, 'module', filename);
  const fresh = [];
  moduleMap.set(url, record);
  try {
    loadModuleSource(record, source, isTypeScript);
    const requests = record.requests;
    for (let i = 0; i < requests.length; i += 2) {
      const dep = getOrLoad(resolveFrom(requests[i], record), fresh);
      checkAttributes(dep, requests[i + 1]);
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
  const { getPromiseState } = internalBinding('util');
  watchMainEvaluation(record, promise, getPromiseState(promise));
}

// `promiseState` is getPromiseState(promise).
function watchMainEvaluation(record, promise, promiseState) {
  if (promiseState !== undefined && promiseState[0] === 2) {
    // A synchronous graph that threw: throw as a script would.
    promise.catch(() => {});
    throw promiseState[1];
  }
  if (promiseState !== undefined && promiseState[0] === 1) return;
  let settled = false;
  // Only a loop that ran dry with the evaluation still pending: an exit with a code of its
  // own (process.exit(n), an uncaught exception) says nothing of top-level await, as in Node.
  const onExit = (code) => {
    if (settled || code !== 0 || process.exitCode !== undefined) return;
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
  const { getEvalSource } = require('internal/stack/sources');
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
  internalBinding('fs_core').writeString(2, text + '\n');
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
  resolveSpecifier,
  checkFormat,
  detectFormat,
  warnTypelessPackage,
  transformError,
  makeOtherRecord,
  evaluate,
  evaluateMainAsync,
  readOther,
  parseDataURL,
  checkAttributes,
  importError,
  executeAsync,
  importDynamic,
  importFromScript,
  requireESM,
  evalModule,
  watchMainEvaluation,
};
