'use strict';

// path.win32: Windows path arithmetic, loaded on the first use of path.win32.

const { validateString } = require('internal/validators');
const {
  CHAR_BACKSLASH,
  CHAR_DOT,
  CHAR_QUESTION,
  isPosixSeparator,
  isWindowsSeparator,
  hasDrivePrefix,
  normalizeSegments,
  lastSegment,
  basenameOf,
  extnameOf,
  formatPath,
  parseLastSegment,
  matchesGlobWith,
} = require('internal/path/common');

const windowsSeparators = /[\\/]/;

// Device names that Windows resolves in every directory; "CON:" must not be
// read as a drive-relative path.
const kWindowsReservedNames = new Set([
  'CON', 'PRN', 'AUX', 'NUL',
  'COM1', 'COM2', 'COM3', 'COM4', 'COM5', 'COM6', 'COM7', 'COM8', 'COM9',
  'COM\u00b9', 'COM\u00b2', 'COM\u00b3',
  'LPT1', 'LPT2', 'LPT3', 'LPT4', 'LPT5', 'LPT6', 'LPT7', 'LPT8', 'LPT9',
  'LPT\u00b9', 'LPT\u00b2', 'LPT\u00b3',
]);

function isReservedName(name) {
  return kWindowsReservedNames.has(name.toUpperCase());
}

// Whether `segment` starts with a reserved device name and a colon.
function startsWithReservedDevice(segment) {
  const colon = segment.indexOf(':');
  return colon > 0 && isReservedName(segment.slice(0, colon));
}

// Measures the root of a Windows path: `end` is where the rest begins,
// `device` is "C:" or "\\server\share" (or '' when none), `absolute` says
// whether a separator follows the device. For a UNC root, `uncEnd` is where
// the share name ends (else -1) and `shareStart` where it starts. A UNC root
// whose server is '?' or '.' is a device namespace ("\\?\C:\x",
// "\\.\pipe\x"): for resolve() and normalize() its device is just "\\?" and
// everything after it is path, so that '..' can climb out of the "share".
function windowsRoot(path) {
  const length = path.length;
  const root = {
    end: 0, device: '', absolute: false, uncEnd: -1, shareStart: -1,
    namespace: false,
  };
  if (length === 0) return root;
  const code = path.charCodeAt(0);
  if (isWindowsSeparator(code)) {
    root.absolute = true;
    root.end = 1;
    if (length > 1 && isWindowsSeparator(path.charCodeAt(1))) {
      // "\\server\share": both names must be there.
      let j = 2;
      while (j < length && !isWindowsSeparator(path.charCodeAt(j))) j++;
      if (j < length && j > 2) {
        const server = path.slice(2, j);
        while (j < length && isWindowsSeparator(path.charCodeAt(j))) j++;
        const shareStart = j;
        if (j < length) {
          while (j < length && !isWindowsSeparator(path.charCodeAt(j))) j++;
          root.uncEnd = j;
          root.shareStart = shareStart;
          if (server === '?' || server === '.') {
            root.namespace = true;
            root.device = `\\\\${server}`;
            root.end = 3;
          } else {
            root.device = `\\\\${server}\\${path.slice(shareStart, j)}`;
            root.end = j;
          }
        }
      }
    }
  } else if (hasDrivePrefix(path)) {
    root.device = path.slice(0, 2);
    root.end = 2;
    if (length > 2 && isWindowsSeparator(path.charCodeAt(2))) {
      root.absolute = true;
      root.end = 3;
    }
  }
  return root;
}

// Whether a normalized relative path without a device could be read back by
// Windows as something else: a drive ("C:x" after "a/../C:x") or an NTFS
// stream or device ("name:" at the end of a segment).
function needsDotPrefix(path, tail) {
  if (hasDrivePrefix(tail)) return true;
  for (let i = path.indexOf(':'); i !== -1; i = path.indexOf(':', i + 1)) {
    if (i === path.length - 1 || isWindowsSeparator(path.charCodeAt(i + 1)))
      return true;
  }
  return false;
}

// win32.relative() of two resolved paths, segment by segment, ignoring case.
function relativeBySegments(from, to) {
  const fromSegments = from.split('\\');
  const toSegments = to.split('\\');
  // A root such as "C:\" ends with a separator.
  if (fromSegments[fromSegments.length - 1] === '') fromSegments.pop();
  if (toSegments[toSegments.length - 1] === '') toSegments.pop();
  const limit = Math.min(fromSegments.length, toSegments.length);
  let common = 0;
  while (common < limit && fromSegments[common].toLowerCase() ===
         toSegments[common].toLowerCase()) {
    common++;
  }
  if (common === 0) return to; // different drives or servers
  const parts = [];
  for (let i = common; i < fromSegments.length; i++) parts.push('..');
  for (let i = common; i < toSegments.length; i++) parts.push(toSegments[i]);
  return parts.join('\\');
}

const win32 = {
  resolve(...args) {
    let device = '';
    let tail = '';
    let absolute = false;

    for (let i = args.length - 1; i >= -1; i--) {
      let path;
      if (i >= 0) {
        path = args[i];
        validateString(path, `paths[${i}]`);
        if (path.length === 0) continue;
      } else if (device.length === 0) {
        path = process.cwd();
      } else {
        // Windows keeps one working directory per drive, in the hidden
        // environment variable "=C:"; fall back to the drive's root when the
        // process's own directory is on another drive.
        path = process.env[`=${device}`] || process.cwd();
        if (path === undefined ||
            (path.slice(0, 2).toLowerCase() !== device.toLowerCase() &&
             path.charCodeAt(2) === CHAR_BACKSLASH)) {
          path = `${device}\\`;
        }
      }

      const root = windowsRoot(path);
      if (root.device.length > 0) {
        if (device.length === 0) {
          device = root.device;
        } else if (root.device.toLowerCase() !== device.toLowerCase()) {
          // A path on another drive does not contribute.
          continue;
        }
      }

      if (absolute) {
        if (device.length > 0) break;
      } else {
        tail = `${path.slice(root.end)}\\${tail}`;
        absolute = root.absolute;
        if (absolute && device.length > 0) break;
      }
    }

    tail = normalizeSegments(tail, !absolute, '\\', windowsSeparators);
    if (absolute) return `${device}\\${tail}`;
    return `${device}${tail}` || '.';
  },

  normalize(path) {
    validateString(path, 'path');
    const length = path.length;
    if (length === 0) return '.';
    if (length === 1) return isPosixSeparator(path.charCodeAt(0)) ? '\\' : path;

    const root = windowsRoot(path);
    if (root.uncEnd === length && !root.namespace) {
      // A bare UNC root keeps a trailing separator.
      return `${root.device}\\`;
    }
    const trailing = isWindowsSeparator(path.charCodeAt(length - 1));
    if (root.namespace) {
      // "\\.\CON:x" names the console in the Win32 device namespace. Node
      // looks for the name right after the four-character prefix only.
      const colon = path.indexOf(':');
      if (colon !== -1 && isReservedName(path.slice(4, colon))) {
        let tail = normalizeSegments(path.slice(colon + 1), false, '\\',
                                     windowsSeparators);
        if (tail.length > 0 && trailing) tail += '\\';
        return `\\\\?\\${path.slice(4, colon + 1)}\\${tail}`;
      }
    }

    let device = root.device;
    let prefix = '';
    let end = root.end;
    if (root.end === 0) {
      // "CON:x" names the console device; keep it from reading as a drive.
      // Without a colon, Node tests the name minus its last character (so
      // "CONx" and "CON/" count too, while "CON" does not).
      const colon = path.indexOf(':');
      if (isReservedName(path.slice(0, colon))) {
        end = colon + 1;
        device = path.slice(0, end);
        prefix = '.\\';
      }
    }

    let tail = end < length ?
      normalizeSegments(path.slice(end), !root.absolute, '\\',
                        windowsSeparators) :
      '';
    if (tail.length === 0 && !root.absolute) tail = '.';
    if (tail.length > 0 && trailing) tail += '\\';

    if (device.length === 0 && prefix.length === 0) {
      if (root.absolute) return `\\${tail}`;
      if (path.includes(':') && needsDotPrefix(path, tail)) return `.\\${tail}`;
      return tail;
    }
    return root.absolute ? `${device}\\${tail}` : `${prefix}${device}${tail}`;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    const length = path.length;
    if (length === 0) return false;
    const code = path.charCodeAt(0);
    return isWindowsSeparator(code) ||
      (length > 2 && hasDrivePrefix(path) &&
       isWindowsSeparator(path.charCodeAt(2)));
  },

  join(...args) {
    if (args.length === 0) return '.';
    let joined;
    let first;
    for (let i = 0; i < args.length; i++) {
      const arg = args[i];
      validateString(arg, 'path');
      if (arg.length > 0) {
        if (joined === undefined) {
          joined = first = arg;
        } else {
          joined += `\\${arg}`;
        }
      }
    }
    if (joined === undefined) return '.';

    // Joining must not make a UNC root out of pieces: leading separators
    // collapse to one unless the first piece itself starts like "\\server".
    const looksUnc = first.length > 2 &&
      isWindowsSeparator(first.charCodeAt(0)) &&
      isWindowsSeparator(first.charCodeAt(1)) &&
      !isWindowsSeparator(first.charCodeAt(2));
    if (!looksUnc) {
      let leading = 0;
      while (leading < joined.length &&
             isWindowsSeparator(joined.charCodeAt(leading))) {
        leading++;
      }
      if (leading >= 2) joined = `\\${joined.slice(leading)}`;
    }

    // With a device name such as "CON:" in it, normalizing could turn the
    // path into a reference to the device: only the separators change. Node
    // looks at the pieces between backslashes only.
    for (const piece of joined.split('\\')) {
      if (startsWithReservedDevice(piece))
        return joined.replace(/\//g, '\\');
    }
    return win32.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';

    const fromOrig = win32.resolve(from);
    const toOrig = win32.resolve(to);
    if (fromOrig === toOrig) return '';

    // Comparison ignores case, the output keeps `to`'s spelling.
    from = fromOrig.toLowerCase();
    to = toOrig.toLowerCase();
    if (from === to) return '';

    // Lower-casing changed a length ("İ" becomes two code units), so offsets
    // into the lower-cased strings no longer fit the originals: compare
    // whole segments instead.
    if (from.length !== fromOrig.length || to.length !== toOrig.length)
      return relativeBySegments(fromOrig, toOrig);

    // Leading separators (UNC) and trailing ones (bare roots) do not count.
    let fromStart = 0;
    while (fromStart < from.length &&
           from.charCodeAt(fromStart) === CHAR_BACKSLASH) {
      fromStart++;
    }
    let fromEnd = from.length;
    while (fromEnd - 1 > fromStart &&
           from.charCodeAt(fromEnd - 1) === CHAR_BACKSLASH) {
      fromEnd--;
    }
    let toStart = 0;
    while (toStart < to.length && to.charCodeAt(toStart) === CHAR_BACKSLASH)
      toStart++;
    let toEnd = to.length;
    while (toEnd - 1 > toStart && to.charCodeAt(toEnd - 1) === CHAR_BACKSLASH)
      toEnd--;
    const fromLength = fromEnd - fromStart;
    const toLength = toEnd - toStart;

    // Walk the common prefix, remembering its last separator.
    const common = Math.min(fromLength, toLength);
    let lastSeparator = -1;
    let i = 0;
    for (; i < common; i++) {
      const code = from.charCodeAt(fromStart + i);
      if (code !== to.charCodeAt(toStart + i)) break;
      if (code === CHAR_BACKSLASH) lastSeparator = i;
    }

    if (i !== common) {
      // Nothing in common, not even the drive.
      if (lastSeparator === -1) return toOrig;
    } else {
      if (toLength > common) {
        // `from` is a directory above `to`, or the bare drive "c:".
        if (to.charCodeAt(toStart + i) === CHAR_BACKSLASH)
          return toOrig.slice(toStart + i + 1);
        if (i === 2) return toOrig.slice(toStart + i);
      }
      if (fromLength > common) {
        if (from.charCodeAt(fromStart + i) === CHAR_BACKSLASH) {
          lastSeparator = i;
        } else if (i === 2) {
          lastSeparator = 3;
        }
      }
      if (lastSeparator === -1) lastSeparator = 0;
    }

    // One '..' per segment of `from` after the common part.
    let ups = '';
    for (i = fromStart + lastSeparator + 1; i <= fromEnd; ++i) {
      if (i === fromEnd || from.charCodeAt(i) === CHAR_BACKSLASH)
        ups += ups.length === 0 ? '..' : '\\..';
    }

    toStart += lastSeparator;
    if (ups.length > 0) return `${ups}${toOrig.slice(toStart, toEnd)}`;
    if (toOrig.charCodeAt(toStart) === CHAR_BACKSLASH) ++toStart;
    return toOrig.slice(toStart, toEnd);
  },

  toNamespacedPath(path) {
    // Only non-empty strings change; anything else comes back as it is.
    if (typeof path !== 'string' || path.length === 0) return path;

    const resolved = win32.resolve(path);
    if (resolved.length <= 2) return path;

    if (resolved.charCodeAt(0) === CHAR_BACKSLASH) {
      if (resolved.charCodeAt(1) === CHAR_BACKSLASH) {
        const code = resolved.charCodeAt(2);
        // "\\?\..." and "\\.\..." are namespaced already.
        if (code !== CHAR_QUESTION && code !== CHAR_DOT)
          return `\\\\?\\UNC\\${resolved.slice(2)}`;
      }
    } else if (hasDrivePrefix(resolved) &&
               resolved.charCodeAt(2) === CHAR_BACKSLASH) {
      return `\\\\?\\${resolved}`;
    }
    return resolved;
  },

  dirname(path) {
    validateString(path, 'path');
    const length = path.length;
    if (length === 0) return '.';
    if (length === 1)
      return isWindowsSeparator(path.charCodeAt(0)) ? path : '.';

    let rootEnd = -1;
    let offset = 0;
    const code = path.charCodeAt(0);
    if (isWindowsSeparator(code)) {
      rootEnd = offset = 1;
      const root = windowsRoot(path);
      if (root.uncEnd === length) return path; // only a UNC root
      if (root.uncEnd !== -1) rootEnd = offset = root.uncEnd + 1;
    } else if (hasDrivePrefix(path)) {
      rootEnd = length > 2 && isWindowsSeparator(path.charCodeAt(2)) ? 3 : 2;
      offset = rootEnd;
    }

    const { start } = lastSegment(path, offset, isWindowsSeparator);
    let end = -1;
    // The separator just before the last segment ends the directory; but a
    // run of separators there keeps all except the last.
    if (start > offset) end = start - 1;
    if (end === -1) {
      if (rootEnd === -1) return '.';
      end = rootEnd;
    }
    return path.slice(0, end);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    const from = hasDrivePrefix(path) ? 2 : 0;
    return basenameOf(path, suffix, from, isWindowsSeparator);
  },

  extname(path) {
    validateString(path, 'path');
    const from = hasDrivePrefix(path) ? 2 : 0;
    return extnameOf(path, from, isWindowsSeparator);
  },

  format(pathObject) {
    return formatPath('\\', pathObject);
  },

  parse(path) {
    validateString(path, 'path');
    const result = { root: '', dir: '', base: '', ext: '', name: '' };
    const length = path.length;
    if (length === 0) return result;

    const code = path.charCodeAt(0);
    if (length === 1) {
      if (isWindowsSeparator(code)) {
        result.root = result.dir = path;
      } else {
        result.base = result.name = path;
      }
      return result;
    }

    let rootEnd = 0;
    if (isWindowsSeparator(code)) {
      rootEnd = 1;
      const root = windowsRoot(path);
      if (root.uncEnd === length) {
        rootEnd = length;
      } else if (root.uncEnd !== -1) {
        rootEnd = root.uncEnd + 1;
      }
    } else if (hasDrivePrefix(path)) {
      if (length <= 2 ||
          (isWindowsSeparator(path.charCodeAt(2)) && length === 3)) {
        result.root = result.dir = path;
        return result;
      }
      rootEnd = isWindowsSeparator(path.charCodeAt(2)) ? 3 : 2;
    }
    if (rootEnd > 0) result.root = path.slice(0, rootEnd);

    parseLastSegment(result, path, rootEnd, isWindowsSeparator);
    return result;
  },

  matchesGlob(path, pattern) {
    return matchesGlobWith(path, pattern, true);
  },

  sep: '\\',
  delimiter: ';',
  win32: null,
  posix: null,
};


win32.win32 = win32;
// Node's historical alias.
win32._makeLong = win32.toNamespacedPath;

module.exports = win32;
