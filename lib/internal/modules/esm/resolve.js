'use strict';
// ES module resolution, as the "Resolution Algorithm Specification" of Node's esm.md gives
// it: URLs instead of paths, no extension or index probing, packages through "exports" and
// "imports" with the import/node/default conditions, and the format of a resolved file.
// Package scopes and package.json records are the CommonJS loader's (one cache for both).

// The path module, loaded on first use: an ES module graph of plain './x.mjs' imports under
// an absolute main file needs none of it.
let pathModuleCache;
function pathModule() {
  pathModuleCache ??= require('path');
  return pathModuleCache;
}
const { codes } = require('internal/errors/lazy');
const { internalModuleStat, realpath } = internalBinding('fs_core');

// The CommonJS loader's internals, with the loader set up (it knows the built-in ids once
// set up). Loaded on first use: a graph of relative imports of .mjs files needs none of it.
let cjsInternals;
function cjs() {
  if (cjsInternals === undefined) {
    require('internal/main/run').moduleLoader();
    cjsInternals = require('internal/modules/cjs/loader').internals;
  }
  return cjsInternals;
}

const kStatFile = 0;
const kStatDirectory = 1;

// ---------------------------------------------------------------------------
// file: URLs. The loader keys modules by URL; only file: and data: URLs reach here, so a
// small converter does instead of the WHATWG URL parser.

// Characters a file URL path keeps as they are (the rest is percent-encoded as UTF-8).
const urlPathKeeps = /^[A-Za-z0-9\-._~!$&'()*+,;=:@/[\]|^]$/;
const urlPathKeepsAll = /^[A-Za-z0-9\-._~!$&'()*+,;=:@/[\]|^]*$/;

// Returns the file: URL of absolute path `filename`.
function pathToFileURL(filename) {
  if (urlPathKeepsAll.test(filename)) return 'file://' + filename;
  let out = 'file://';
  for (const ch of filename) {
    out += urlPathKeeps.test(ch) ? ch : encodeURIComponent(ch);
  }
  return out;
}

// Returns the absolute path of file: URL `url` (query and fragment dropped), or throws
// ERR_INVALID_FILE_URL_PATH / ERR_INVALID_FILE_URL_HOST as Node's fileURLToPath does.
function fileURLToPath(url) {
  let rest = url.slice(5).replace(/[?#].*$/s, '');
  if (rest.startsWith('//')) {
    const slash = rest.indexOf('/', 2);
    const host = slash === -1 ? rest.slice(2) : rest.slice(2, slash);
    if (host !== '' && host !== 'localhost') throw new codes.ERR_INVALID_FILE_URL_HOST('linux');
    rest = slash === -1 ? '/' : rest.slice(slash);
  }
  if (/%2f/i.test(rest)) {
    throw new codes.ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
  }
  try {
    rest = decodeURIComponent(rest);
  } catch {
    // A stray '%' stays as written, as the URL parser keeps it.
  }
  // A trailing slash (a directory) stays, as in Node's fileURLToPath.
  const path = pathModule().resolve(rest);
  return rest.endsWith('/') && path !== '/' ? path + '/' : path;
}

// file: URLs made by resolve() → the real path they name.
const pathsOfURLs = new Map();

// fileURLToPath() for the URLs resolve() returns, from a cache.
function pathOfURL(url) {
  return pathsOfURLs.get(url) ?? fileURLToPath(url);
}

// pathToFileURL() of a real path (a main module's), remembered as resolve() remembers the
// files it finds, so that pathOfURL() need not convert it back.
function fileURLOfRealPath(filename) {
  const url = pathToFileURL(filename);
  pathsOfURLs.set(url, filename);
  return url;
}

// The query and fragment of URL `url` ('' when none), kept on resolved URLs so that
// './x.mjs?v=2' is a module of its own, as in browsers and Node.
function suffixOf(url) {
  const i = url.search(/[?#]/);
  return i === -1 ? '' : url.slice(i);
}

// ---------------------------------------------------------------------------
// Packages.

const conditions = new Set(['import', 'node']);

let packageResolver;
function resolver() {
  packageResolver ??= require('internal/modules/cjs/package_resolution')({
    Module: require('internal/main/run').moduleLoader(),
    builtinIdOf: cjs().builtinIdOf,
    tryFile: (p) => p,
    getConditions: () => conditions,
  });
  return packageResolver;
}

// The directory a referrer stands for: its own when its path ends with '/' (the working
// directory as --import's referrer), else the file's.
function parentDirOf(parentPath) {
  if (!parentPath.endsWith('/')) return pathModule().dirname(parentPath);
  return parentPath.length > 1 ? parentPath.slice(0, -1) : '/';
}

// `name` or `@scope/name`, then an optional '/subpath'.
const packageNamePattern = /^((?:@[^/\\%]+\/)?[^./\\%][^/\\%]*)(\/.*)?$/;

// PACKAGE_RESOLVE: returns the path bare `specifier` names from `parentPath`'s directory
// (parentDirOf).
function packageResolve(specifier, parentPath) {
  const match = packageNamePattern.exec(specifier);
  if (match === null || (specifier.startsWith('@') && !specifier.includes('/'))) {
    throw new codes.ERR_INVALID_MODULE_SPECIFIER(
      specifier, 'is not a valid package name', parentPath);
  }
  const name = match[1];
  const subpath = '.' + (match[2] ?? '');
  const scope = cjs().packageScope(parentDirOf(parentPath));
  if (scope !== null && scope.name === name && scope.exports != null) {
    return resolver().resolvePackageExports(scope, subpath, parentPath);
  }
  let dir = parentDirOf(parentPath);
  for (;;) {
    if (pathModule().basename(dir) !== 'node_modules') {
      const packageDir = (dir === '/' ? '' : dir) + '/node_modules/' + name;
      if (internalModuleStat(packageDir) === kStatDirectory) {
        const pkg = cjs().readPackage(packageDir + '/package.json');
        if (pkg !== null && pkg.exports != null) {
          return resolver().resolvePackageExports(pkg, subpath, parentPath);
        }
        if (subpath === '.') return legacyMainResolve(packageDir, pkg, parentPath);
        return packageDir + subpath.slice(1);
      }
    }
    const parent = pathModule().dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new codes.ERR_MODULE_NOT_FOUND(name, parentPath, null);
}

const legacyMainSuffixes = ['', '.js', '.json', '.node', '/index.js', '/index.json', '/index.node'];

// The "main" of a package without "exports", with CommonJS's extension and index
// guesses (legacy, as the specification calls it).
function legacyMainResolve(packageDir, pkg, parentPath) {
  if (pkg?.main) {
    const main = pathModule().resolve(packageDir, pkg.main);
    for (const suffix of legacyMainSuffixes) {
      if (internalModuleStat(main + suffix) === kStatFile) return main + suffix;
    }
  }
  for (const file of ['/index.js', '/index.json', '/index.node']) {
    if (internalModuleStat(packageDir + file) === kStatFile) return packageDir + file;
  }
  throw new codes.ERR_MODULE_NOT_FOUND(packageDir, parentPath, null);
}

// ---------------------------------------------------------------------------
// Resolution.

const schemePattern = /^[a-zA-Z][a-zA-Z0-9+.-]*:/;

function isRelativeSpecifier(specifier) {
  return specifier.startsWith('./') || specifier.startsWith('../') ||
    specifier === '.' || specifier === '..';
}

// Returns the URL `specifier` names when imported from `parentURL` (a file: or data: URL;
// `parentFile`, when given, is its path): 'node:x' for a built-in, a data: URL as it is,
// else a file: URL of an existing file. Throws Node's resolution errors.
function resolve(specifier, parentURL, parentFile) {
  const c = specifier.charCodeAt(0);
  // (String searches, not a regular expression: this runs for every import, mostly before
  // the engine compiles anything, when a regular expression match costs several times more.)
  if (c === 0x2E /* . */ && parentFile !== undefined && specifier.charCodeAt(1) === 0x2F &&
      !specifier.includes('%') && !specifier.includes('?') && !specifier.includes('#') &&
      !specifier.endsWith('/')) {
    // './x': the common case, with nothing to decode.
    const dir = parentFile.slice(0, parentFile.lastIndexOf('/'));
    const filename = specifier.includes('/.', 1) || specifier.includes('//') ?
      pathModule().resolve(dir || '/', specifier) : dir + specifier.slice(1);
    return finalize(filename, parentFile, '');
  }
  const builtin = cjs().builtinIdOf(specifier);
  if (builtin !== undefined) return 'node:' + builtin;
  if (specifier.startsWith('node:')) throw new codes.ERR_UNKNOWN_BUILTIN_MODULE(specifier);
  if (specifier.startsWith('data:')) return specifier;

  const parentIsFile = parentURL.startsWith('file:');
  const parentPath = parentFile ?? (parentIsFile ? fileURLToPath(parentURL) : parentURL);
  let filename;
  let suffix = '';
  if (specifier.startsWith('file:')) {
    filename = fileURLToPath(specifier);
    suffix = suffixOf(specifier);
  } else if (specifier.startsWith('/') || isRelativeSpecifier(specifier)) {
    if (!parentIsFile) {
      throw new codes.ERR_UNSUPPORTED_RESOLVE_REQUEST(specifier, parentURL);
    }
    suffix = suffixOf(specifier);
    let relative = suffix === '' ? specifier : specifier.slice(0, -suffix.length);
    if (/%2f|%5c/i.test(relative)) {
      throw new codes.ERR_INVALID_MODULE_SPECIFIER(
        specifier, 'must not include encoded "/" or "\\" characters', parentPath);
    }
    try {
      relative = decodeURIComponent(relative);
    } catch {
      // Kept as written.
    }
    filename = specifier.startsWith('/') ? pathModule().resolve(relative) :
      pathModule().resolve(parentDirOf(parentPath), relative);
    // A trailing slash names a directory, which path.resolve would drop.
    if (relative.endsWith('/')) filename += '/';
  } else if (schemePattern.test(specifier)) {
    const protocol = specifier.slice(0, specifier.indexOf(':') + 1);
    throw new codes.ERR_UNSUPPORTED_ESM_URL_SCHEME({ protocol }, ['file', 'data', 'node']);
  } else if (!parentIsFile) {
    if (specifier.startsWith('#')) {
      throw new codes.ERR_PACKAGE_IMPORT_NOT_DEFINED(specifier, undefined, parentURL);
    }
    throw new codes.ERR_UNSUPPORTED_RESOLVE_REQUEST(specifier, parentURL);
  } else if (specifier.startsWith('#')) {
    const scope = cjs().packageScope(parentDirOf(parentPath));
    if (scope === null) {
      throw new codes.ERR_PACKAGE_IMPORT_NOT_DEFINED(specifier, undefined, parentPath);
    }
    filename = resolver().resolvePackageImports(specifier, scope, parentPath);
    if (cjs().builtinIdOf(filename) !== undefined) return 'node:' + cjs().builtinIdOf(filename);
    if (!filename.startsWith('/')) return resolve(filename, pathToFileURL(scope.path));
  } else {
    filename = packageResolve(specifier, parentPath);
  }
  return finalize(filename, parentPath, suffix);
}

// Real paths of resolved files, cached for the life of the process (as the CommonJS loader
// does).
const realPaths = new Map();

// Checks that `filename` is a file (not a directory, not missing) and returns the file:
// URL of its real path, with `suffix` (query and fragment).
function finalize(filename, parentPath, suffix) {
  const rc = filename.endsWith('/') ? kStatDirectory : internalModuleStat(filename);
  if (rc === kStatDirectory) {
    const dir = filename.endsWith('/') && filename.length > 1 ? filename.slice(0, -1) : filename;
    throw new codes.ERR_UNSUPPORTED_DIR_IMPORT(dir, parentPath, pathToFileURL(filename));
  }
  if (rc !== kStatFile) {
    throw new codes.ERR_MODULE_NOT_FOUND(filename, parentPath, pathToFileURL(filename));
  }
  let real = realPaths.get(filename);
  if (real === undefined) {
    real = realpath(filename);
    realPaths.set(filename, real);
  }
  const url = pathToFileURL(real);
  if (suffix === '') {
    pathsOfURLs.set(url, real);
    return url;
  }
  return url + suffix;
}

// ---------------------------------------------------------------------------
// Formats: 'module', 'commonjs', 'json', 'builtin', 'module-typescript',
// 'commonjs-typescript', or 'detect' / 'detect-typescript' for a file whose package scope
// does not say (syntax detection decides once the source is read).

function packageType(filename) {
  return cjs().packageScope(pathModule().dirname(filename))?.type ?? 'none';
}

// Returns the format of the file at `filename` (no query), or throws
// ERR_UNKNOWN_FILE_EXTENSION.
function formatOf(filename) {
  const base = filename.endsWith('/') ? pathModule().basename(filename) :
    filename.slice(filename.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  const ext = dot > 0 ? base.slice(dot) : '';
  switch (ext) {
    case '.mjs': return 'module';
    case '.cjs': return 'commonjs';
    case '.json': return 'json';
    case '.mts': return 'module-typescript';
    case '.cts': return 'commonjs-typescript';
    case '.js': {
      const type = packageType(filename);
      return type === 'module' ? 'module' : type === 'commonjs' ? 'commonjs' : 'detect';
    }
    case '.ts': {
      const type = packageType(filename);
      return type === 'module' ? 'module-typescript' :
        type === 'commonjs' ? 'commonjs-typescript' : 'detect-typescript';
    }
    case '': {
      // Extensionless files follow the package type.
      return packageType(filename) === 'module' ? 'module' : 'commonjs';
    }
    default:
      throw new codes.ERR_UNKNOWN_FILE_EXTENSION(ext, filename);
  }
}

module.exports = {
  resolve, formatOf, pathToFileURL, fileURLOfRealPath, fileURLToPath, pathOfURL, packageType,
};
