'use strict';
// Package "exports" and "imports" resolution for the CommonJS loader, loaded the first time a
// package uses them, so that start-up and plain relative requires do not parse it.

const path = require('path');
const { codes } = require('internal/errors/lazy');

// The loader passes what this shares with it; getConditions() returns the live set of
// conditions (initLoader may extend it).
module.exports = function makePackageResolver({ Module, builtinIdOf, tryFile, getConditions }) {
  // Returns the file an "exports"/"imports" target path names, or throws
  // MODULE_NOT_FOUND with `err.path` = `errorPath`. Unlike CommonJS requests,
  // targets get no extension or index probing.
  function finalizePackageResolution(resolved, errorPath) {
    if (builtinIdOf(resolved) !== undefined) return resolved;
    // Targets are URLs in the specification: percent-escapes name characters.
    if (resolved.includes('%')) {
      if (/%2f|%5c/i.test(resolved)) {
        const err = new codes.ERR_INVALID_MODULE_SPECIFIER(
          resolved, 'must not include encoded "/" or "\\" characters', undefined);
        err.code = 'MODULE_NOT_FOUND';
        throw err;
      }
      try {
        resolved = decodeURIComponent(resolved);
      } catch {
        // Not a valid escape: keep the text as written.
      }
    }
    const filename = tryFile(resolved);
    if (filename) return filename;
    const err = new Error(`Cannot find module '${resolved}'`);
    err.code = 'MODULE_NOT_FOUND';
    err.path = errorPath;
    throw err;
  }

  // True when every key of the "exports" object is a condition rather than a
  // subpath ('.', './x'). Mixing both kinds is a configuration error.
  function isConditionsObject(exports, pkg, base) {
    if (typeof exports === 'string' || Array.isArray(exports)) return true;
    if (exports === null || typeof exports !== 'object') return false;
    let isConditions;
    for (const key of Object.keys(exports)) {
      const keyIsCondition = key === '' || key[0] !== '.';
      if (isConditions === undefined) {
        isConditions = keyIsCondition;
      } else if (isConditions !== keyIsCondition) {
        throw new codes.ERR_INVALID_PACKAGE_CONFIG(
          pkg.path, base,
          '"exports" cannot contain some keys starting with \'.\' and some not.' +
          ' The exports object must either be an object of package subpath keys' +
          ' or an object of main entry condition name keys only.');
      }
    }
    return isConditions ?? true;
  }

  // PACKAGE_EXPORTS_RESOLVE: returns the path `subpath` ('.' or './x') of package
  // `pkg` maps to, or throws ERR_PACKAGE_PATH_NOT_EXPORTED. `base` (the requiring
  // file, for self-references) is named in errors.
  function resolvePackageExports(pkg, subpath, base) {
    const exports = pkg.exports;
    if (subpath === '.') {
      let mainExport;
      if (isConditionsObject(exports, pkg, base)) {
        mainExport = exports;
      } else if (exports !== null && typeof exports === 'object' && Object.hasOwn(exports, '.')) {
        mainExport = exports['.'];
      }
      if (mainExport !== undefined) {
        const resolved = resolvePackageTarget(pkg, mainExport, null, '.', false, base);
        if (resolved !== null && resolved !== undefined) return resolved;
      }
    } else if (exports !== null && typeof exports === 'object' &&
               !isConditionsObject(exports, pkg, base)) {
      const resolved = resolveImportsExports(subpath, exports, pkg, false, base);
      if (resolved !== null && resolved !== undefined) return resolved;
    }
    throw new codes.ERR_PACKAGE_PATH_NOT_EXPORTED(pkg.dir + '/', subpath, base);
  }

  // PACKAGE_IMPORTS_RESOLVE for a '#' specifier in the scope of package `pkg`.
  function resolvePackageImports(request, pkg, base) {
    if (request === '#' || request.endsWith('/')) {
      throw new codes.ERR_INVALID_MODULE_SPECIFIER(
        request, 'is not a valid internal imports specifier name', base);
    }
    const imports = pkg.imports;
    if (imports !== null && typeof imports === 'object' && !Array.isArray(imports)) {
      const resolved = resolveImportsExports(request, imports, pkg, true, base);
      if (resolved !== null && resolved !== undefined) return resolved;
    }
    throw new codes.ERR_PACKAGE_IMPORT_NOT_DEFINED(request, pkg.dir + '/', base);
  }

  // True when pattern key `a` is more specific than `b`: a longer part before the
  // '*', then a longer key overall (PATTERN_KEY_COMPARE).
  function isMoreSpecificPattern(a, b) {
    const aBase = a.indexOf('*');
    const bBase = b.indexOf('*');
    if (aBase !== bBase) return aBase > bBase;
    return a.length > b.length;
  }

  // PACKAGE_IMPORTS_EXPORTS_RESOLVE: an exact key first, then the most specific
  // single-'*' pattern key that matches.
  function resolveImportsExports(matchKey, matchObj, pkg, isImports, base) {
    if (Object.hasOwn(matchObj, matchKey) && !matchKey.includes('*')) {
      return resolvePackageTarget(pkg, matchObj[matchKey], null, matchKey, isImports, base);
    }
    let bestKey = null;
    let bestMatch = null;
    for (const key of Object.keys(matchObj)) {
      const star = key.indexOf('*');
      if (star === -1 || key.indexOf('*', star + 1) !== -1) continue;
      const patternBase = key.slice(0, star);
      if (!matchKey.startsWith(patternBase) || matchKey === patternBase) continue;
      const trailer = key.slice(star + 1);
      if (trailer.length > 0 &&
          (!matchKey.endsWith(trailer) || matchKey.length < key.length)) continue;
      if (bestKey === null || isMoreSpecificPattern(key, bestKey)) {
        bestKey = key;
        bestMatch = matchKey.slice(star, matchKey.length - trailer.length);
      }
    }
    if (bestKey === null) return null;
    return resolvePackageTarget(pkg, matchObj[bestKey], bestMatch, bestKey, isImports, base);
  }

  // True when `text` has a '.', '..' or 'node_modules' segment, in any case and
  // with percent-escapes decoded. Empty segments ('a//b') are deprecated in Node
  // (DEP0166) but still resolve.
  function hasInvalidSegment(text) {
    const segments = text.split(/[/\\]/);
    for (let i = 0; i < segments.length; i++) {
      let segment = segments[i];
      if (segment.includes('%')) {
        try {
          segment = decodeURIComponent(segment);
        } catch {
          // Leave invalid escapes as they are.
        }
      }
      segment = segment.toLowerCase();
      if (segment === '.' || segment === '..' || segment === 'node_modules') {
        return true;
      }
    }
    return false;
  }

  const urlSchemePattern = /^[a-zA-Z][a-zA-Z0-9+.-]*:/;

  // PACKAGE_TARGET_RESOLVE. Returns a path (or a built-in id for an "imports"
  // target), null for an explicit null/empty target, or undefined when no condition
  // matched. `patternMatch` is what '*' stands for, or null; `key` is the matched
  // "exports"/"imports" key, for errors.
  function resolvePackageTarget(pkg, target, patternMatch, key, isImports, base) {
    if (typeof target === 'string') {
      return resolveTargetString(pkg, target, patternMatch, key, isImports, base);
    }
    if (Array.isArray(target)) {
      if (target.length === 0) return null;
      // The last invalid-target error, or null if the last failure was a null target.
      let lastFailure;
      for (let i = 0; i < target.length; i++) {
        let resolved;
        try {
          resolved = resolvePackageTarget(pkg, target[i], patternMatch, key, isImports, base);
        } catch (err) {
          if (err?.code !== 'ERR_INVALID_PACKAGE_TARGET') throw err;
          lastFailure = err;
          continue;
        }
        if (resolved === undefined) continue;
        if (resolved === null) {
          lastFailure = null;
          continue;
        }
        return resolved;
      }
      if (lastFailure === undefined || lastFailure === null) return lastFailure;
      throw lastFailure;
    }
    if (target !== null && typeof target === 'object') {
      const conditions = Object.keys(target);
      for (let i = 0; i < conditions.length; i++) {
        if (isArrayIndex(conditions[i])) {
          throw new codes.ERR_INVALID_PACKAGE_CONFIG(
            pkg.path, base, '"exports" cannot contain numeric property keys.');
        }
      }
      for (let i = 0; i < conditions.length; i++) {
        const condition = conditions[i];
        if (condition === 'default' || getConditions().has(condition)) {
          const resolved = resolvePackageTarget(
            pkg, target[condition], patternMatch, key, isImports, base);
          if (resolved !== undefined) return resolved;
        }
      }
      return undefined;
    }
    if (target === null) return null;
    throw new codes.ERR_INVALID_PACKAGE_TARGET(pkg.dir + '/', key, target, isImports, base);
  }

  function isArrayIndex(key) {
    const n = Number(key);
    return `${n}` === key && n >= 0 && n < 0xFFFFFFFF && Number.isInteger(n);
  }

  function resolveTargetString(pkg, target, patternMatch, key, isImports, base) {
    if (!target.startsWith('./')) {
      if (isImports && !target.startsWith('../') && !target.startsWith('/') &&
          !urlSchemePattern.test(target)) {
        // An "imports" target may name another package (or a built-in).
        const request = patternMatch === null ? target : target.replaceAll('*', patternMatch);
        return resolveImportsPackageTarget(request, pkg);
      }
      throw new codes.ERR_INVALID_PACKAGE_TARGET(pkg.dir + '/', key, target, isImports, base);
    }
    if (hasInvalidSegment(target.slice(2))) {
      throw new codes.ERR_INVALID_PACKAGE_TARGET(pkg.dir + '/', key, target, isImports, base);
    }
    if (patternMatch === null) return pkg.dir + target.slice(1);
    if (hasInvalidSegment(patternMatch)) {
      throw new codes.ERR_INVALID_MODULE_SPECIFIER(
        key.replace('*', patternMatch),
        `request is not a valid match in pattern "${key}" for the ` +
        `"${isImports ? 'imports' : 'exports'}" resolution of ${pkg.path}`,
        base);
    }
    return pkg.dir + target.slice(1).replaceAll('*', patternMatch);
  }

  // Resolves a bare "imports" target as a package required from `pkg`'s directory.
  function resolveImportsPackageTarget(request, pkg) {
    if (builtinIdOf(request) !== undefined) return request;
    const filename = Module._findPath(request, Module._nodeModulePaths(pkg.dir), false);
    if (filename) return filename;
    const err = new Error(`Cannot find module '${request}'`);
    err.code = 'MODULE_NOT_FOUND';
    throw err;
  }

  return { finalizePackageResolution, resolvePackageExports, resolvePackageImports };
};
