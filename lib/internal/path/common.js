'use strict';

// Helpers shared by the POSIX path functions (lib/path.js) and the Windows ones
// (internal/path/win32, loaded on first use of path.win32).
// Argument errors are Node's ERR_INVALID_ARG_TYPE, raised by the validators.
const {
  validateObject,
  validateString,
} = require('internal/validators');

const CHAR_SLASH = 47; // '/'
const CHAR_BACKSLASH = 92; // '\\'
const CHAR_COLON = 58; // ':'
const CHAR_DOT = 46; // '.'
const CHAR_QUESTION = 63; // '?'

function isPosixSeparator(code) {
  return code === CHAR_SLASH;
}

function isWindowsSeparator(code) {
  return code === CHAR_SLASH || code === CHAR_BACKSLASH;
}

// A drive letter, as in "C:".
function isDriveLetter(code) {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function hasDrivePrefix(path) {
  return path.length >= 2 && isDriveLetter(path.charCodeAt(0)) &&
    path.charCodeAt(1) === CHAR_COLON;
}

// What splits a path into segments: posix has one separator, win32 two.
const posixSeparators = '/';

// Resolves the '.' and '..' segments of a path without its root and joins the
// remaining segments with `separator`. Empty segments disappear. A '..' that
// would climb above the start is kept only when `allowAboveRoot`. Splitting
// (rather than testing each character with a function) keeps this cheap before
// the engine's JIT has compiled it: the loader resolves paths at start-up.
function normalizeSegments(path, allowAboveRoot, separator, separators) {
  const kept = [];
  for (const segment of path.split(separators)) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (kept.length > 0 && kept[kept.length - 1] !== '..') {
        kept.pop();
      } else if (allowAboveRoot) {
        kept.push('..');
      }
    } else {
      kept.push(segment);
    }
  }
  return kept.join(separator);
}

// Locates the last segment of path[from..]: returns [start, end) of it, with
// trailing separators excluded, or end === -1 when there is none.
function lastSegment(path, from, isSeparator) {
  let end = path.length;
  while (end > from && isSeparator(path.charCodeAt(end - 1))) end--;
  if (end === from) return { start: from, end: -1 };
  let start;
  if (isSeparator === isPosixSeparator) {
    // One search rather than a call per character, as in normalizeSegments.
    start = Math.max(path.lastIndexOf('/', end - 1) + 1, from);
  } else {
    start = end - 1;
    while (start > from && !isSeparator(path.charCodeAt(start - 1))) start--;
  }
  return { start, end };
}

// Index of the extension's dot inside `segment`, or -1. A leading dot names a
// hidden file, not an extension, and '..' has none.
function extensionDot(segment) {
  const dot = segment.lastIndexOf('.');
  if (dot <= 0 || segment === '..') return -1;
  return dot;
}

// basename() with a suffix, on path[from..]. Node's scan gives two results
// that a plain "strip the suffix" would not: a path made only of separators
// comes back whole, and a segment that is itself a proper tail of the suffix
// comes back with its trailing separators.
function basenameWithSuffix(path, suffix, from, isSeparator) {
  const { start, end } = lastSegment(path, from, isSeparator);
  if (end === -1) return path.slice(from);
  const segment = path.slice(start, end);
  if (segment.endsWith(suffix)) {
    return segment.length === suffix.length ?
      segment : segment.slice(0, segment.length - suffix.length);
  }
  if (suffix.endsWith(segment)) return path.slice(start);
  return segment;
}

function basenameOf(path, suffix, from, isSeparator) {
  if (suffix !== undefined && suffix.length > 0 &&
      suffix.length <= path.length) {
    if (suffix === path) return '';
    return basenameWithSuffix(path, suffix, from, isSeparator);
  }
  const { start, end } = lastSegment(path, from, isSeparator);
  return end === -1 ? '' : path.slice(start, end);
}

function extnameOf(path, from, isSeparator) {
  const { start, end } = lastSegment(path, from, isSeparator);
  if (end === -1) return '';
  const segment = path.slice(start, end);
  const dot = extensionDot(segment);
  return dot === -1 ? '' : segment.slice(dot);
}

function formatPath(separator, pathObject) {
  validateObject(pathObject, 'pathObject');
  const dir = pathObject.dir || pathObject.root;
  let base = pathObject.base;
  if (!base) {
    const ext = pathObject.ext;
    const dottedExt = ext ? `${ext[0] === '.' ? '' : '.'}${ext}` : '';
    base = `${pathObject.name || ''}${dottedExt}`;
  }
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}${separator}${base}`;
}

// Fills dir/base/name/ext of a parse() result from the last segment of
// path[from..] (result.root already set); returns where that segment starts, or
// -1 when there is none. The directory stops before the separator preceding the
// segment; with nothing but the root there, it is the root.
function parseLastSegment(result, path, from, isSeparator) {
  const { start, end } = lastSegment(path, from, isSeparator);
  if (end === -1) {
    result.dir = result.root;
    return -1;
  }
  result.dir = start > from ? path.slice(0, start - 1) : result.root;
  const segment = path.slice(start, end);
  const dot = extensionDot(segment);
  result.base = segment;
  if (dot === -1) {
    result.name = segment;
  } else {
    result.name = segment.slice(0, dot);
    result.ext = segment.slice(dot);
  }
  return start;
}

// Glob matching lives in internal/path/glob, loaded on the first matchesGlob() call.
function matchesGlobWith(path, pattern, windows) {
  return require('internal/path/glob').matchesGlobWith(path, pattern, windows);
}


module.exports = {
  CHAR_SLASH,
  CHAR_BACKSLASH,
  CHAR_DOT,
  CHAR_QUESTION,
  isPosixSeparator,
  isWindowsSeparator,
  hasDrivePrefix,
  posixSeparators,
  normalizeSegments,
  lastSegment,
  basenameOf,
  extnameOf,
  formatPath,
  parseLastSegment,
  matchesGlobWith,
};
