'use strict';

// module.registerHooks(): synchronous, in-thread resolve and load hooks. Each registration
// adds to the chains; the last registered hook runs first, and each hook reaches the next
// (finally the loader's own step) through its `next` argument. Loaded only once a program
// registers hooks: the loaders consult it only while `hooksActive` is set on them.

const { codes } = require('internal/errors');
const { validateFunction } = require('internal/validators');

// Registration order; walked from the end.
const resolveHooks = [];
const loadHooks = [];
// What the CommonJS loader hands over on the first registration (see loadCommonJS).
let cjsLoader = null;

function setCommonJSLoader(loader) {
  cjsLoader = loader;
}

function hasLoadHooks() {
  return loadHooks.length > 0;
}

// Tells both loaders whether any hook is registered (they take their hooked paths only
// then).
function notify() {
  const active = resolveHooks.length > 0 || loadHooks.length > 0;
  cjsLoader?.setActive(active);
  require('internal/modules/esm/loader').setHooksActive(active);
}

class ModuleHooks {
  #resolve;
  #load;
  constructor(resolve, load) {
    this.resolve = resolve;
    this.load = load;
    this.#resolve = resolve;
    this.#load = load;
  }

  deregister() {
    removeFrom(resolveHooks, this.#resolve);
    removeFrom(loadHooks, this.#load);
    this.#resolve = undefined;
    this.#load = undefined;
    notify();
  }
}

function removeFrom(list, hook) {
  if (hook === undefined) return;
  const index = list.lastIndexOf(hook);
  if (index !== -1) list.splice(index, 1);
}

function registerHooks(hooks) {
  // As in Node, a missing argument fails on reading its properties (a TypeError).
  const { resolve, load } = hooks;
  if (resolve !== undefined) validateFunction(resolve, 'hooks.resolve');
  if (load !== undefined) validateFunction(load, 'hooks.load');
  const handle = new ModuleHooks(resolve, load);
  if (resolve !== undefined) resolveHooks.push(resolve);
  if (load !== undefined) loadHooks.push(load);
  notify();
  return handle;
}

function isSource(value) {
  return typeof value === 'string' || value instanceof ArrayBuffer ||
    ArrayBuffer.isView(value);
}

function validateResolveResult(result) {
  const url = result.url;
  if (typeof url !== 'string') {
    throw new codes.ERR_INVALID_RETURN_PROPERTY_VALUE('a URL string', 'resolve', 'url', url);
  }
  const format = result.format;
  if (format !== undefined && format !== null && typeof format !== 'string') {
    throw new codes.ERR_INVALID_RETURN_PROPERTY_VALUE('a string', 'resolve', 'format', format);
  }
}

function validateLoadResult(result) {
  const source = result.source;
  if (source !== undefined && source !== null && !isSource(source)) {
    throw new codes.ERR_INVALID_RETURN_PROPERTY_VALUE(
      'a string, an ArrayBuffer, or a TypedArray', 'load', 'source', source);
  }
}

// The step that runs hook `index` of `list` (then, through `next`, the ones registered
// before it, then `last`).
function chainStep(list, index, name, last, validate) {
  if (index < 0) return last;
  const hook = list[index];
  return function step(value, context) {
    let nextCalled = false;
    const inner = chainStep(list, index - 1, name, last, validate);
    const next = (nextValue, nextContext) => {
      nextCalled = true;
      const merged = nextContext === undefined || nextContext === null ? context :
        { ...context, ...nextContext };
      return inner(nextValue, merged);
    };
    const result = hook(value, context, next);
    if (!nextCalled && (result === null || typeof result !== 'object' ||
                        result.shortCircuit !== true)) {
      const got = result === null || result === undefined ? undefined : result.shortCircuit;
      throw new codes.ERR_INVALID_RETURN_PROPERTY_VALUE('true', name, 'shortCircuit', got);
    }
    if (result === null || typeof result !== 'object') {
      throw new codes.ERR_INVALID_RETURN_VALUE('an object', name, result);
    }
    validate(result);
    return result;
  };
}

// Runs the resolve chain for `specifier`; `defaultResolve(specifier, context)` is the
// loader's own resolution, returning { url, format? }.
function resolveWithHooks(specifier, context, defaultResolve) {
  const run = chainStep(resolveHooks, resolveHooks.length - 1, 'resolve', defaultResolve,
                        validateResolveResult);
  return run(specifier, context);
}

// Runs the load chain for `url`; `defaultLoad(url, context)` returns { format, source }.
function loadWithHooks(url, context, defaultLoad) {
  const run = chainStep(loadHooks, loadHooks.length - 1, 'load', defaultLoad,
                        validateLoadResult);
  return run(url, context);
}

// A hook's source as a string (a Buffer, another view or an ArrayBuffer holds UTF-8).
function sourceToString(source) {
  if (typeof source === 'string') return source;
  if (source === undefined || source === null) return '';
  const { TextDecoder } = require('internal/encoding');
  return new TextDecoder().decode(source);
}

function esmResolve() {
  return require('internal/modules/esm/resolve');
}

function esmExtra() {
  return require('internal/modules/esm/loader_extra');
}

// ---------------------------------------------------------------------------
// The CommonJS loader's side: Module._load while hooks are registered.

const kRequireConditions = ['require', 'node', 'node-addons', 'module-sync'];

// _load with resolve and load hooks: the hooks see URLs ('node:x' for built-ins, file:
// URLs for files; any other URL is the module's id and filename, as in Node).
function loadCommonJS(request, parent, isMain) {
  const { Module, builtinIdOf, loadBuiltin, updateChildren, getExportsForCircularRequire,
          stripBOM } = cjsLoader;
  const parentFile = parent?.filename;
  const resolveContext = {
    __proto__: null,
    parentURL: parentFile ? esmResolve().pathToFileURL(parentFile) : undefined,
    conditions: kRequireConditions.slice(),
  };
  const defaultResolve = (specifier) => {
    const id = builtinIdOf(specifier);
    if (id !== undefined) return { url: 'node:' + id };
    const filename = Module._resolveFilename(specifier, parent, isMain);
    const builtinId = builtinIdOf(filename);
    if (builtinId !== undefined) return { url: 'node:' + builtinId };
    return { url: esmResolve().pathToFileURL(filename) };
  };
  const resolved = resolveWithHooks(request, resolveContext, defaultResolve);
  const url = resolved.url;
  const isBuiltin = url.startsWith('node:');
  const filename = isBuiltin ? url :
    url.startsWith('file:') ? esmResolve().fileURLToPath(url) : url;

  if (!isBuiltin) {
    const cached = Module._cache[filename];
    if (cached !== undefined) {
      updateChildren(parent, cached, true);
      return cached.loaded ? cached.exports : getExportsForCircularRequire(cached);
    }
  }
  if (!hasLoadHooks()) {
    if (isBuiltin) {
      const id = builtinIdOf(url);
      if (id === undefined) throw new codes.ERR_UNKNOWN_BUILTIN_MODULE(url);
      return loadBuiltin(id);
    }
    return loadModuleWithHooks(filename, parent, isMain, (module) => module.load(filename));
  }

  const loadContext = {
    __proto__: null,
    format: isBuiltin ? 'builtin' : resolved.format ?? defaultFormatOf(filename),
    conditions: kRequireConditions.slice(),
  };
  let defaultSource;
  const loaded = loadWithHooks(url, loadContext, (loadURL, context) => {
    if (loadURL.startsWith('node:')) return { format: 'builtin', source: null };
    const file = loadURL.startsWith('file:') ? esmResolve().fileURLToPath(loadURL) : loadURL;
    const format = context.format;
    defaultSource = format === 'addon' ? null : internalBinding('fs_core').readFileUtf8(file);
    return { format, source: defaultSource };
  });
  const format = loaded.format;
  if (format === 'builtin') {
    const id = builtinIdOf(url);
    if (id === undefined) throw new codes.ERR_UNKNOWN_BUILTIN_MODULE(url);
    return loadBuiltin(id);
  }
  return loadModuleWithHooks(filename, parent, isMain, (module) => {
    module.filename = filename;
    module.paths = Module._nodeModulePaths(require('path').dirname(filename));
    const source = loaded.source;
    if (source === defaultSource && format === loadContext.format && !isBuiltin) {
      // Nothing changed: the extension handlers load the file as usual.
      module.load(filename);
      return;
    }
    const text = sourceToString(source);
    if (format === 'json') {
      module.exports = JSON.parse(stripBOM(text));
    } else if (format === 'addon') {
      process.dlopen(module, require('path').toNamespacedPath(filename));
    } else if (format === 'module' || format === 'module-typescript') {
      // The ES module loader runs the load hooks again (they give it this source).
      module.exports = require('internal/modules/esm/loader')
        .requireESM(filename, parent, isBuiltin ? undefined : url);
    } else {
      module._compile(text, filename,
                      format === 'commonjs-typescript' ? format : undefined);
    }
    module.loaded = true;
  });
}

// The format a file has before load hooks change it (undefined when it is left to
// syntax detection or the extension handlers).
function defaultFormatOf(filename) {
  if (filename.endsWith('.node')) return 'addon';
  let format;
  try {
    format = esmResolve().formatOf(filename);
  } catch {
    return undefined;
  }
  return format === 'detect' || format === 'detect-typescript' ? undefined : format;
}

// Creates, caches and loads the module of `filename` with `load(module)`, as _load does.
function loadModuleWithHooks(filename, parent, isMain, load) {
  const { Module } = cjsLoader;
  const module = new Module(filename, parent);
  if (isMain) {
    process.mainModule = module;
    module.id = '.';
  }
  Module._cache[filename] = module;
  let threw = true;
  try {
    load(module);
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      const children = parent?.children;
      if (Array.isArray(children)) {
        const index = children.indexOf(module);
        if (index !== -1) children.splice(index, 1);
      }
    }
  }
  return module.exports;
}

// ---------------------------------------------------------------------------
// The ES module loader's side (internal/modules/esm/loader and loader_extra call in while
// hooks are registered).

const kImportConditions = ['node', 'import', 'module-sync', 'node-addons'];
// The format a resolve hook gave for a URL, for the load hooks' context.
const resolvedFormats = new Map();

function defaultResolveESM(specifier, context) {
  const url = builtinURLOf(specifier) ??
    esmResolve().resolve(specifier, context.parentURL);
  return { url, format: undefined };
}

function builtinURLOf(specifier) {
  const id = require('internal/modules/cjs/loader').internals.builtinIdOf(specifier);
  return id === undefined ? undefined : 'node:' + id;
}

// The URL `specifier` imported from `parentURL` names, through the resolve hooks.
function resolveESM(specifier, parentURL, attributes) {
  const context = {
    __proto__: null,
    conditions: kImportConditions.slice(),
    importAttributes: { ...attributes },
    parentURL,
  };
  const result = resolveWithHooks(specifier, context, defaultResolveESM);
  if (typeof result.format === 'string') resolvedFormats.set(result.url, result.format);
  return result.url;
}

function defaultLoadESM(url, context) {
  if (url.startsWith('node:')) return { format: 'builtin', source: null };
  if (url.startsWith('data:')) return esmExtra().parseDataURL(url);
  if (!url.startsWith('file:')) {
    const protocol = url.slice(0, url.indexOf(':') + 1);
    throw new codes.ERR_UNSUPPORTED_ESM_URL_SCHEME({ protocol }, ['file', 'data', 'node']);
  }
  const filename = esmResolve().fileURLToPath(url);
  const format = context.format ?? esmResolve().formatOf(filename);
  return esmExtra().readOther(url, filename, format);
}

// getOrLoad() of `url` (not in the module map) through the load hooks.
function loadESM(url, fresh) {
  const { makeBuiltinRecord } = require('internal/modules/esm/loader').internals;
  const { addRecord } = require('internal/modules/esm/graph');
  const context = {
    __proto__: null,
    conditions: kImportConditions.slice(),
    format: url.startsWith('node:') ? 'builtin' : resolvedFormats.get(url),
    importAttributes: {},
  };
  const result = loadWithHooks(url, context, defaultLoadESM);
  const format = result.format;
  if (format === 'builtin') {
    const { internals } = require('internal/modules/cjs/loader');
    if (!url.startsWith('node:') || internals.builtinIdOf(url) === undefined) {
      throw new codes.ERR_UNKNOWN_BUILTIN_MODULE(url);
    }
    return makeBuiltinRecord(url);
  }
  const filename = url.startsWith('file:') ? esmResolve().fileURLToPath(url) : null;
  const source = sourceToString(result.source);
  if (format === 'commonjs' || format === 'commonjs-typescript') {
    const record = addRecord(url, format, filename, source, fresh);
    // The CommonJS body is the hook's source, compiled by the CommonJS loader when it runs.
    record.pendingCommonJS = { source, key: filename ?? url, format };
    return record;
  }
  return addRecord(url, format, filename, source, fresh);
}

// The exports of a CommonJS module whose source a load hook gave (see loadESM).
function runCommonJS(Module, { source, key, format }) {
  const cached = Module._cache[key];
  if (cached !== undefined) return cached.exports;
  const module = new Module(key, null);
  module.filename = key;
  module.paths = Module._nodeModulePaths(require('path').dirname(key));
  Module._cache[key] = module;
  try {
    module._compile(source, key, format === 'commonjs-typescript' ? format : undefined);
  } catch (err) {
    delete Module._cache[key];
    throw err;
  }
  module.loaded = true;
  return module.exports;
}

module.exports = {
  registerHooks,
  setCommonJSLoader,
  loadCommonJS,
  resolveESM,
  loadESM,
  runCommonJS,
};

