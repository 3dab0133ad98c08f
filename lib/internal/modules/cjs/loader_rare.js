'use strict';
// The rarely used parts of the CommonJS loader (internal/modules/cjs/loader), loaded on
// first use so that start-up does not parse them: createRequire, findPackageJSON, the
// compile-cache API, source map decoding, the legacy wrapper's patch detection, the
// circular-require warning and require.resolve's `paths` option.

const path = require('path');
const { codes } = require('internal/errors/lazy');

const base64Digits = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

// Returns the entries of source map `payload` (an index map's sections included):
// [generatedLine, generatedColumn, source, originalLine, originalColumn, name], sorted
// by generated position; all 0-based.
function decodeSourceMap(payload) {
  const entries = [];
  if (Array.isArray(payload.sections)) {
    for (const section of payload.sections) {
      const offset = section.offset ?? {};
      decodeMappings(entries, section.map, offset.line ?? 0, offset.column ?? 0);
    }
  } else {
    decodeMappings(entries, payload, 0, 0);
  }
  entries.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return entries;
}

function decodeMappings(entries, map, lineOffset, columnOffset) {
  if (map === null || typeof map !== 'object' || typeof map.mappings !== 'string') return;
  const sources = (map.sources ?? []).map((source) =>
    (map.sourceRoot ? map.sourceRoot.replace(/\/?$/, '/') : '') + source);
  const names = map.names ?? [];
  const mappings = map.mappings;
  let line = 0;
  let column = 0;
  let source = 0;
  let originalLine = 0;
  let originalColumn = 0;
  let name = 0;
  let i = 0;
  const fields = [];
  while (i < mappings.length) {
    const ch = mappings[i];
    if (ch === ';') {
      line++;
      column = 0;
      i++;
      continue;
    }
    if (ch === ',') {
      i++;
      continue;
    }
    fields.length = 0;
    while (i < mappings.length && mappings[i] !== ',' && mappings[i] !== ';') {
      let value = 0;
      let shift = 0;
      let digit;
      do {
        digit = base64Digits.indexOf(mappings[i++]);
        if (digit === -1) return;
        value += (digit & 31) * 2 ** shift;
        shift += 5;
      } while (digit & 32);
      fields.push(value & 1 ? -Math.floor(value / 2) : Math.floor(value / 2));
    }
    column += fields[0];
    const generatedLine = line + lineOffset;
    const generatedColumn = line === 0 ? column + columnOffset : column;
    if (fields.length >= 4) {
      source += fields[1];
      originalLine += fields[2];
      originalColumn += fields[3];
      if (fields.length >= 5) name += fields[4];
      entries.push([generatedLine, generatedColumn, sources[source],
                    originalLine, originalColumn,
                    fields.length >= 5 ? names[name] : undefined]);
    } else {
      entries.push([generatedLine, generatedColumn]);
    }
  }
}

// Returns the mapping covering 0-based (lineOffset, columnOffset), or {}.
function findSourceMapEntry(entries, lineOffset, columnOffset) {
  let low = 0;
  let high = entries.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const entry = entries[mid];
    if (entry[0] < lineOffset || (entry[0] === lineOffset && entry[1] <= columnOffset)) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  if (found === -1 || entries[found].length < 3) return {};
  const entry = entries[found];
  return {
    generatedLine: entry[0],
    generatedColumn: entry[1],
    originalSource: entry[2],
    originalLine: entry[3],
    originalColumn: entry[4],
    name: entry[5],
  };
}

// Returns the original position of 1-based (lineNumber, columnNumber), or {}.
function findSourceMapOrigin(entries, lineNumber, columnNumber) {
  const entry = findSourceMapEntry(entries, lineNumber - 1, columnNumber - 1);
  if (entry.originalSource === undefined) return {};
  return {
    name: entry.name,
    fileName: entry.originalSource,
    lineNumber: entry.originalLine + (lineNumber - 1 - entry.generatedLine) + 1,
    columnNumber: entry.originalColumn + (columnNumber - 1 - entry.generatedColumn) + 1,
  };
}

// The loader passes what this shares with it.
module.exports = function makeLoaderRare({
  Module, stat, kStatFile, kStatDirectory, makeRequireFunction, isRelativeRequest, scopeOfBase,
  packageRequestPattern,
}) {
  // Replaces the legacy wrapper parts ([before, after] a module's text) with a proxy that
  // calls markPatched() when the parts are changed in place.
  function makeWrapper(markPatched) {
    const parts = [
      '(function (exports, require, module, __filename, __dirname) { ',
      '\n});',
    ];
    return new Proxy(parts, {
      __proto__: null,
      set(target, property, value, receiver) {
        markPatched();
        return Reflect.set(target, property, value, receiver);
      },
      defineProperty(target, property, descriptor) {
        markPatched();
        return Reflect.defineProperty(target, property, descriptor);
      },
    });
  }

  // The lookup directories for require.resolve(request, { paths }).
  function lookupPathsFromOption(request, optionPaths) {
    if (!Array.isArray(optionPaths)) {
      throw new codes.ERR_INVALID_ARG_VALUE('options.paths', optionPaths);
    }
    if (request.startsWith('./') || request.startsWith('../')) {
      if (!optionPaths.every((dir) => typeof dir === 'string')) {
        throw new codes.ERR_INVALID_ARG_TYPE('paths', 'array of strings', optionPaths);
      }
      return optionPaths;
    }
    const fakeParent = new Module('', null);
    const paths = [];
    for (const from of optionPaths) {
      fakeParent.paths = Module._nodeModulePaths(from);
      for (const dir of Module._resolveLookupPaths(request, fakeParent)) {
        if (!paths.includes(dir)) paths.push(dir);
      }
    }
    return paths;
  }

  // Converts a file: URL (string or URL object) to a path, or returns undefined
  // when `value` is not a file: URL.
  function filePathFromURL(value) {
    let href;
    if (typeof value === 'string') {
      href = value;
    } else if (value !== null && typeof value === 'object' &&
               typeof value.href === 'string' && typeof value.protocol === 'string') {
      href = value.href;
    } else {
      return undefined;
    }
    if (!href.startsWith('file:')) return undefined;
    let rest = href.slice(5).replace(/[?#].*$/s, '');
    if (rest.startsWith('//')) {
      const slash = rest.indexOf('/', 2);
      const host = slash === -1 ? rest.slice(2) : rest.slice(2, slash);
      if (host !== '' && host !== 'localhost') return undefined;
      rest = slash === -1 ? '/' : rest.slice(slash);
    }
    if (!rest.startsWith('/') || /%2f/i.test(rest)) return undefined;
    try {
      rest = decodeURIComponent(rest);
    } catch {
      return undefined;
    }
    // Keep a trailing slash: it marks a directory for createRequire.
    const resolved = path.resolve(rest);
    return rest.endsWith('/') && resolved !== '/' ? resolved + '/' : resolved;
  }

  function createRequire(filename) {
    let filepath;
    if (typeof filename === 'string' && path.isAbsolute(filename)) {
      filepath = filename;
    } else {
      filepath = filePathFromURL(filename);
    }
    if (filepath === undefined) {
      throw new codes.ERR_INVALID_ARG_VALUE('filename', filename,
        'must be a file URL object, file URL string, or absolute path string');
    }
    const proxyPath = filepath.endsWith('/') ? path.join(filepath, 'noop.js') : filepath;
    const m = new Module(proxyPath);
    m.filename = proxyPath;
    m.paths = Module._nodeModulePaths(m.path);
    return makeRequireFunction(m);
  }

  function findPackageJSON(specifier, base) {
    // Node resolves the specifier as a URL against base (default "data:"), so anything that
    // is not a URL object becomes a string and the errors are the URL resolver's.
    let specifierPath = filePathFromURL(specifier);
    if (specifierPath === undefined) {
      specifierPath = `${specifier}`;
      if (specifierPath.startsWith('node:')) throw new codes.ERR_INVALID_URL_SCHEME('file');
    }
    let basePath;
    if (base !== undefined) {
      basePath = typeof base === 'string' && path.isAbsolute(base) ? base : filePathFromURL(base);
      if (basePath === undefined) {
        if (typeof base !== 'string' && (base === null || typeof base !== 'object')) {
          throw new codes.ERR_INVALID_ARG_TYPE('base', 'string', base);
        }
        throw new codes.ERR_INVALID_URL(`${base}`);
      }
    }

    if (path.isAbsolute(specifierPath) || isRelativeRequest(specifierPath)) {
      if (basePath === undefined) {
        throw new codes.ERR_UNSUPPORTED_RESOLVE_REQUEST(specifierPath, 'data:');
      }
      const target = path.resolve(basePath === undefined ? '/' : path.dirname(basePath),
                                  specifierPath);
      const isDir = /\/\.{0,2}$/.test(specifierPath) || stat(target) === kStatDirectory;
      return nearestPackageJsonPath(isDir ? target : path.dirname(target));
    }

    // Without a base, Node looks for "./package.json" relative to "data:", which fails.
    if (basePath === undefined) throw new codes.ERR_INVALID_URL('./package.json');
    const match = packageRequestPattern.exec(specifierPath);
    if (match === null) return undefined;
    const self = scopeOfBase(basePath);
    if (self !== null && self.name === match[1]) return self.path;
    for (const dir of Module._nodeModulePaths(path.dirname(basePath))) {
      const jsonPath = dir + '/' + match[1] + '/package.json';
      if (stat(jsonPath) === kStatFile) return jsonPath;
    }
    // A package that is not installed (built-in names included) is an error, as when
    // importing it.
    throw new codes.ERR_MODULE_NOT_FOUND(match[1], basePath, undefined);
  }

  function nearestPackageJsonPath(dir) {
    for (;;) {
      const jsonPath = dir === '/' ? '/package.json' : dir + '/package.json';
      if (stat(jsonPath) === kStatFile) return jsonPath;
      const parent = path.dirname(dir);
      if (parent === dir) return undefined;
      dir = parent;
    }
  }

  function enableCompileCache(options) {
    // Checked as Node checks it, though Lode has no cache to put there.
    const directory = typeof options === 'object' && options !== null ? options.directory : options;
    if (directory !== undefined && typeof directory !== 'string') {
      // Node throws this one from C++: a plain TypeError carrying the code.
      const err = new TypeError('cacheDir should be a string');
      err.code = 'ERR_INVALID_ARG_TYPE';
      throw err;
    }
    return {
      status: Module.constants.compileCacheStatus.DISABLED,
      message: 'Disabled: Lode has no compile cache',
    };
  }

  // Returns the proxy placed as the prototype of a module's exports while the module is still
  // loading and is required again through a cycle: reading a property that is not
  // there (yet) warns, as in Node, since it is a common circular-dependency bug.
  function makeCircularRequireWarningProxy() {
    return new Proxy({}, {
      __proto__: null,
      get(target, prop, receiver) {
        if (prop in target || prop === '__esModule') return Reflect.get(target, prop, receiver);
        emitCircularRequireWarning(prop);
        return undefined;
      },
      getOwnPropertyDescriptor(target, prop) {
        if (Object.hasOwn(target, prop) || prop === '__esModule') {
          return Reflect.getOwnPropertyDescriptor(target, prop);
        }
        emitCircularRequireWarning(prop);
        return undefined;
      },
    });
  }

  function emitCircularRequireWarning(prop) {
    if (typeof process.emitWarning !== 'function') return;
    process.emitWarning(`Accessing non-existent property '${String(prop)}' of module ` +
                        'exports inside circular dependency');
  }

  return {
    createRequire,
    decodeSourceMap,
    enableCompileCache,
    findPackageJSON,
    findSourceMapEntry,
    findSourceMapOrigin,
    lookupPathsFromOption,
    makeCircularRequireWarningProxy,
    makeWrapper,
  };
};
