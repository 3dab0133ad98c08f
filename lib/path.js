'use strict';

// The `path` module: POSIX and Windows path arithmetic on strings. Nothing
// here touches the file system; only resolve() asks for process.cwd().
// Every function must give Node's result byte for byte, quirks included
// (for example win32 drive-relative paths, UNC roots and device names).

const { validateString } = require('internal/validators');
const {
  CHAR_SLASH,
  isPosixSeparator,
  posixSeparators,
  normalizeSegments,
  lastSegment,
  basenameOf,
  extnameOf,
  formatPath,
  parseLastSegment,
  matchesGlobWith,
} = require('internal/path/common');

// ---------------------------------------------------------------------------
// POSIX

const posix = {
  resolve(...args) {
    let resolved = '';
    let absolute = false;
    // Right to left until an absolute path anchors the result; the working
    // directory anchors it otherwise. Arguments left of the anchor are not
    // even validated, as in Node.
    for (let i = args.length - 1; i >= -1 && !absolute; i--) {
      const path = i >= 0 ? args[i] : process.cwd();
      validateString(path, `paths[${i}]`);
      if (path.length === 0) continue;
      resolved = `${path}/${resolved}`;
      absolute = path.charCodeAt(0) === CHAR_SLASH;
    }
    resolved = normalizeSegments(resolved, !absolute, '/', posixSeparators);
    if (absolute) return `/${resolved}`;
    return resolved.length > 0 ? resolved : '.';
  },

  normalize(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    // Already normal (no empty, '.' or '..' segment): itself, without building the segment
    // list (path.join of a directory and a name is this case).
    if (path.indexOf('//') === -1 && path.indexOf('/.') === -1 && path.charCodeAt(0) !== 46)
      return path;
    const absolute = path.charCodeAt(0) === CHAR_SLASH;
    const trailing = path.charCodeAt(path.length - 1) === CHAR_SLASH;
    let normalized = normalizeSegments(path, !absolute, '/', posixSeparators);
    if (normalized.length === 0) {
      if (absolute) return '/';
      return trailing ? './' : '.';
    }
    if (trailing) normalized += '/';
    return absolute ? `/${normalized}` : normalized;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    return path.length > 0 && path.charCodeAt(0) === CHAR_SLASH;
  },

  join(...args) {
    if (args.length === 0) return '.';
    let joined;
    for (let i = 0; i < args.length; i++) {
      const arg = args[i];
      validateString(arg, 'path');
      if (arg.length > 0) {
        if (joined === undefined)
          joined = arg;
        else
          joined += `/${arg}`;
      }
    }
    if (joined === undefined) return '.';
    return posix.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    from = posix.resolve(from);
    to = posix.resolve(to);
    if (from === to) return '';

    // Both are absolute and normalized now: compare whole segments.
    const fromSegments = from === '/' ? [] : from.slice(1).split('/');
    const toSegments = to === '/' ? [] : to.slice(1).split('/');
    const limit = Math.min(fromSegments.length, toSegments.length);
    let common = 0;
    while (common < limit && fromSegments[common] === toSegments[common])
      common++;
    const parts = [];
    for (let i = common; i < fromSegments.length; i++) parts.push('..');
    for (let i = common; i < toSegments.length; i++) parts.push(toSegments[i]);
    return parts.join('/');
  },

  toNamespacedPath(path) {
    // Namespaced paths exist on Windows only.
    return path;
  },

  dirname(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const hasRoot = path.charCodeAt(0) === CHAR_SLASH;
    if (path.charCodeAt(path.length - 1) !== CHAR_SLASH) {
      // The usual case, with the engine's lastIndexOf instead of a scan in JS (the module
      // loaders take the directory of every file they load): the rules below, for a path
      // whose last segment has no trailing separator.
      const slash = path.lastIndexOf('/');
      if (slash < 1) return hasRoot ? '/' : '.';
      if (hasRoot && slash === 1) return '//';
      return path.slice(0, slash);
    }
    // The root slash never ends a directory; the separator just before the
    // last segment does, and a run of separators there keeps all but the
    // last ("a//b" gives "a/").
    const { start } = lastSegment(path, 1, isPosixSeparator);
    const end = start > 1 ? start - 1 : -1;
    if (end === -1) return hasRoot ? '/' : '.';
    if (hasRoot && end === 1) return '//';
    return path.slice(0, end);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    if (suffix === undefined && path.charCodeAt(path.length - 1) !== CHAR_SLASH) {
      return path.slice(path.lastIndexOf('/') + 1);
    }
    return basenameOf(path, suffix, 0, isPosixSeparator);
  },

  extname(path) {
    validateString(path, 'path');
    return extnameOf(path, 0, isPosixSeparator);
  },

  format(pathObject) {
    return formatPath('/', pathObject);
  },

  parse(path) {
    validateString(path, 'path');
    const result = { root: '', dir: '', base: '', ext: '', name: '' };
    if (path.length === 0) return result;
    const absolute = path.charCodeAt(0) === CHAR_SLASH;
    if (absolute) result.root = '/';
    const from = absolute ? 1 : 0;

    const start = parseLastSegment(result, path, from, isPosixSeparator);
    if (start === 1 && result.base === '..') {
      // Node's scan misreads "/.." as a name '.' with extension '.'.
      result.name = result.ext = '.';
    }
    return result;
  },

  matchesGlob(path, pattern) {
    return matchesGlobWith(path, pattern, false);
  },

  sep: '/',
  delimiter: ':',
  win32: null,
  posix: null,
};

posix.posix = posix;
// Node's historical alias.
posix._makeLong = posix.toNamespacedPath;

// path.win32 (half of this module's code) is loaded on first use: a program that only
// requires files never needs it. Once read or assigned, it is the data property Node has.
function defineWin32(value) {
  Object.defineProperty(posix, 'win32', {
    value, writable: true, enumerable: true, configurable: true,
  });
}

Object.defineProperty(posix, 'win32', {
  enumerable: true,
  configurable: true,
  get() {
    const win32 = require('internal/path/win32');
    win32.posix = posix;
    defineWin32(win32);
    return win32;
  },
  set: defineWin32,
});

module.exports = posix;
