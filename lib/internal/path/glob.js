'use strict';

// path.matchesGlob(), split from lib/path.js so that start-up does not parse it.

const { validateString } = require('internal/validators');

const CHAR_DOT = 46; // '.'

// ---------------------------------------------------------------------------
// Glob matching for matchesGlob(): the minimatch dialect that Node uses there,
// with backslashes always taken as separators, no negation and no comments:
// * ? [...] (with [:class:]), ** as a whole segment, {a,b} and {1..9}
// braces, and the extglobs +() *() ?() @() !(). Paths and patterns are both
// simplified first ('x/..' cancels, inner '.' and repeated '/' vanish).

const kGlobstar = Symbol('globstar');
const kDriveSegment = /^[a-z]:$/i;
const kMaxBraceExpansion = 100000;
const compiledGlobs = new Map();

// Finds the '}' closing the '{' at `open`, or -1.
function closingBrace(text, open) {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '{') {
      depth++;
    } else if (c === '}') {
      if (--depth === 0) return i;
    }
  }
  return -1;
}

function splitTopLevelCommas(body) {
  const parts = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '{') {
      depth++;
    } else if (c === '}') {
      if (depth > 0) depth--;
    } else if (c === ',' && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(body.slice(start));
  return parts;
}

const kNumericSequence = /^(-?\d+)\.\.(-?\d+)(?:\.\.(-?\d+))?$/;
const kAlphaSequence = /^([a-zA-Z])\.\.([a-zA-Z])(?:\.\.(-?\d+))?$/;

// Expands a {x..y[..step]} body into its items, or returns null.
function expandSequence(body) {
  let match = kNumericSequence.exec(body);
  const numeric = match !== null;
  if (!numeric) match = kAlphaSequence.exec(body);
  if (match === null) return null;
  const first = numeric ? Number(match[1]) : match[1].charCodeAt(0);
  const last = numeric ? Number(match[2]) : match[2].charCodeAt(0);
  const step = Math.max(Math.abs(Number(match[3] ?? 1)), 1);
  const down = last < first;
  const isPadded = (s) => /^-?0\d/.test(s);
  const width = numeric && (isPadded(match[1]) || isPadded(match[2])) ?
    Math.max(match[1].length, match[2].length) : 0;
  const items = [];
  for (let n = first; down ? n >= last : n <= last; n += down ? -step : step) {
    if (items.length >= kMaxBraceExpansion) break;
    if (!numeric) {
      items.push(String.fromCharCode(n));
      continue;
    }
    let digits = String(Math.abs(n));
    const sign = n < 0 ? '-' : '';
    while (sign.length + digits.length < width) digits = `0${digits}`;
    items.push(sign + digits);
  }
  return items;
}

// Returns every pattern that the braces of `pattern` stand for. A brace group
// without a comma or a sequence stays literal, as in bash.
function expandBraces(pattern) {
  for (let open = pattern.indexOf('{'); open !== -1;
    open = pattern.indexOf('{', open + 1)) {
    const close = closingBrace(pattern, open);
    if (close === -1) return [pattern];
    const body = pattern.slice(open + 1, close);
    let items = expandSequence(body);
    if (items === null) {
      const options = splitTopLevelCommas(body);
      if (options.length < 2) continue;
      items = [];
      for (const option of options) items.push(...expandBraces(option));
    }
    const before = pattern.slice(0, open);
    const after = expandBraces(pattern.slice(close + 1));
    const out = [];
    for (const item of items) {
      for (const tail of after) {
        if (out.length >= kMaxBraceExpansion) return out;
        out.push(before + item + tail);
      }
    }
    return out;
  }
  return [pattern];
}

// minimatch's tables, including its choices for [:graph:] (the complement of
// the listed classes) and [:print:].
const kPosixClasses = {
  __proto__: null,
  alnum: '\\p{L}\\p{Nl}\\p{Nd}',
  alpha: '\\p{L}\\p{Nl}',
  ascii: '\\x00-\\x7f',
  blank: '\\p{Zs}\\t',
  cntrl: '\\p{Cc}',
  digit: '\\p{Nd}',
  graph: '\\p{Z}\\p{C}',
  lower: '\\p{Ll}',
  print: '\\p{C}',
  punct: '\\p{P}',
  space: '\\p{Z}\\t\\r\\n\\v\\f',
  upper: '\\p{Lu}',
  word: '\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}',
  xdigit: 'A-Fa-f0-9',
};
const kNegatedPosixClasses = new Set(['graph']);

// Escapes text for a regular expression, outside or inside a character
// class (with the 'u' flag only syntax characters may be escaped).
function escapeRegExp(text) {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

function escapeClassCharacter(c) {
  return /[\\\]\[^-]/.test(c) ? `\\${c}` : c;
}

// Parses the bracket expression starting at pattern[open] === '['. Returns
// { source, literal, end, unicode }, where `literal` is set instead of
// `source` for a class of one character, or null when the bracket is not
// closed (then '[' is literal).
function parseBracket(pattern, open) {
  let i = open + 1;
  let negated = false;
  if (pattern[i] === '!' || pattern[i] === '^') {
    negated = true;
    i++;
  }
  const ranges = [];
  const negatedClasses = [];
  let single = null;
  let unicode = false;
  let first = true;
  for (; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === ']' && !first) {
      if (!negated && ranges.length === 1 && single !== null &&
          negatedClasses.length === 0) {
        return { literal: single, end: i, unicode: false };
      }
      let source;
      if (ranges.length === 0 && negatedClasses.length === 0) {
        source = negated ? '[^/]' : '(?!)';
      } else {
        const set = ranges.join('');
        const positive = negatedClasses.length === 0 ? `[${set}]` :
          `(?:${set ? `[${set}]|` : ''}${negatedClasses.join('|')})`;
        source = negated ? `(?:(?!${positive})[^/])` : positive;
        if (negated && negatedClasses.length === 0) source = `[^${set}]`;
      }
      return { source, end: i, unicode };
    }
    first = false;
    if (c === '[' && pattern[i + 1] === ':') {
      const close = pattern.indexOf(':]', i + 2);
      const name = close === -1 ? '' : pattern.slice(i + 2, close);
      if (name in kPosixClasses) {
        unicode = true;
        single = null;
        if (kNegatedPosixClasses.has(name))
          negatedClasses.push(`[^${kPosixClasses[name]}]`);
        else
          ranges.push(kPosixClasses[name]);
        i = close + 1;
        continue;
      }
    }
    if (pattern[i + 1] === '-' && i + 2 < pattern.length &&
        pattern[i + 2] !== ']') {
      const low = c;
      const high = pattern[i + 2];
      // A reversed range matches nothing.
      if (low <= high) {
        ranges.push(
          `${escapeClassCharacter(low)}-${escapeClassCharacter(high)}`);
      }
      single = null;
      i += 2;
      continue;
    }
    single = ranges.length === 0 ? c : null;
    ranges.push(escapeClassCharacter(c));
  }
  return null;
}

// Finds the ')' that closes an extglob opened at pattern[open] === '(' and
// splits its body at top-level '|'. Returns null when it is not closed.
function parseExtglob(pattern, open) {
  let depth = 0;
  const alternatives = [];
  let start = open + 1;
  for (let i = open; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '[') {
      const bracket = parseBracket(pattern, i);
      if (bracket !== null) i = bracket.end;
    } else if (c === '(') {
      depth++;
    } else if (c === ')') {
      if (--depth === 0) {
        alternatives.push(pattern.slice(start, i));
        return { alternatives, end: i };
      }
    } else if (c === '|' && depth === 1) {
      alternatives.push(pattern.slice(start, i));
      start = i + 1;
    }
  }
  return null;
}

// Guards for the start of a segment: wildcards and classes do not match a
// leading dot (hidden files), and a pattern such as ".*" never matches the
// '.' and '..' entries.
function guardSegmentStart(source) {
  if (source.startsWith('['))
    return `(?!\\.)${source}`;
  if (source.startsWith('\\.[') || source.startsWith('\\.\\.['))
    return `(?!\\.\\.?$)${source}`;
  return source;
}

// Compiles glob text to regular-expression source. When `atStart`, the text
// begins a path segment (an extglob there passes that on to its
// alternatives). Returns { source, magic, unicode }.
function compileSegment(pattern, atStart) {
  const parts = [];
  const negations = [];
  let magic = false;
  let unicode = false;
  let literal = '';
  // After an unclosed '[', minimatch reads no more extglobs.
  let extglobs = true;
  const flush = () => {
    if (literal) parts.push(escapeRegExp(literal));
    literal = '';
  };
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (extglobs && '+@*?!'.includes(c) && pattern[i + 1] === '(') {
      const group = parseExtglob(pattern, i + 1);
      if (group !== null) {
        flush();
        magic = true;
        const startsSegment = atStart && i === 0;
        const bodies = group.alternatives.map((alternative) => {
          const compiled =
            compileSegment(alternative, startsSegment && c !== '!');
          unicode ||= compiled.unicode;
          return compiled.source;
        });
        const body = bodies.join('|');
        if (c === '!') {
          if (startsSegment) parts.push('(?!\\.)');
          negations.push({ at: parts.length, startsSegment });
          parts.push(body);
        } else {
          const suffix = { '+': '+', '*': '*', '?': '?', '@': '' }[c];
          parts.push(`(?:${body})${suffix}`);
        }
        i = group.end;
        continue;
      }
    }
    if (c === '*') {
      flush();
      magic = true;
      if (parts[parts.length - 1] !== '[^/]*?') parts.push('[^/]*?');
    } else if (c === '?') {
      flush();
      magic = true;
      parts.push('[^/]');
    } else if (c === '[') {
      const bracket = parseBracket(pattern, i);
      if (bracket === null) {
        literal += c;
        extglobs = false;
      } else if (bracket.literal !== undefined) {
        // A class of one character is that character.
        literal += bracket.literal;
        i = bracket.end;
      } else {
        flush();
        magic = true;
        unicode ||= bracket.unicode;
        parts.push(bracket.source);
        i = bracket.end;
      }
    } else {
      literal += c;
    }
  }
  flush();
  // A negation excludes its alternatives followed by the rest of the segment,
  // so it is built from the right.
  for (let n = negations.length - 1; n >= 0; n--) {
    const { at, startsSegment } = negations[n];
    let rest = parts.slice(at + 1).join('');
    // minimatch quirk: after a negation that opens the segment, a star that
    // ends it must match something inside the exclusion.
    if (startsSegment && rest === '[^/]*?') rest = '[^/]+?';
    parts[at] = `(?:(?!(?:${parts[at]})${rest}$)[^/]*?)`;
  }
  let source = parts.join('');
  if (atStart) source = guardSegmentStart(source);
  return { source, magic, unicode };
}

// One segment matcher: a literal string, kGlobstar or a RegExp.
function segmentMatcher(segment) {
  if (segment === '**') return kGlobstar;
  const { source, magic, unicode } = compileSegment(segment, true);
  if (!magic) return unescapeSingleClasses(segment);
  // A segment of stars needs at least one character; *(a) and such need not.
  const onlyStars = /^\*+$/.test(segment);
  return new RegExp(`^${onlyStars ? '(?=.)' : ''}${source}$`,
                    unicode ? 'u' : '');
}

// The literal text of a segment without magic, in which one-character
// classes ("[.]") stand for their character.
function unescapeSingleClasses(segment) {
  if (!segment.includes('[')) return segment;
  let out = '';
  for (let i = 0; i < segment.length; i++) {
    const bracket = segment[i] === '[' ? parseBracket(segment, i) : null;
    if (bracket?.literal !== undefined) {
      out += bracket.literal;
      i = bracket.end;
    } else {
      out += segment[i];
    }
  }
  return out;
}

// Splits a path or pattern (with '/' separators) into segments. Runs of '/'
// count as one, except that Windows keeps the UNC "//server" start.
function splitGlobPath(text, windows) {
  const segments = text.split(/\/+/);
  if (windows && /^\/\/[^/]/.test(text)) segments.unshift('');
  return segments;
}

// Simplifies segments the way minimatch's optimisation level 2 does, for
// patterns and paths alike: inner '' and '.' go, "./" alone is ".", and
// "x/.." cancels. A pattern's "**/**" is one "**".
function simplifySegments(segments, isPattern, windows) {
  let changed;
  do {
    changed = false;
    for (let i = 1; i < segments.length - 1; i++) {
      const segment = segments[i];
      if (i === 1 && segment === '' && segments[0] === '') continue; // UNC
      if (segment === '.' || segment === '') {
        segments.splice(i--, 1);
        changed = true;
      }
    }
    if (segments.length === 2 && segments[0] === '.' &&
        (segments[1] === '.' || segments[1] === '')) {
      segments.pop();
      changed = true;
    }
    for (let i = 1; i < segments.length; i++) {
      if (segments[i] !== '..') continue;
      const previous = segments[i - 1];
      // The root cannot be climbed out of, nor can a path's Windows drive.
      if (previous !== '' && previous !== '.' && previous !== '..' &&
          previous !== '**' &&
          !(windows && !isPattern && kDriveSegment.test(previous))) {
        segments.splice(i - 1, 2);
        i = Math.max(i - 2, 0);
        changed = true;
      }
    }
  } while (changed);
  if (isPattern) {
    for (let i = segments.length - 1; i > 0; i--) {
      if (segments[i] === '**' && segments[i - 1] === '**')
        segments.splice(i, 1);
    }
  }
  return segments.length === 0 ? [''] : segments;
}

function compileGlob(pattern, windows) {
  const key = `${windows ? 'w' : 'p'}${pattern}`;
  let compiled = compiledGlobs.get(key);
  if (compiled !== undefined) return compiled;
  if (pattern === '') {
    compiled = null; // matches only the empty path
  } else {
    const expansions = expandBraces(pattern.replace(/\\/g, '/'));
    compiled = [];
    for (const expanded of new Set(expansions)) {
      // minimatch drops patterns that braces made empty ("{a,}").
      if (expanded === '') continue;
      const segments =
        simplifySegments(splitGlobPath(expanded, windows), true, windows);
      compiled.push(segments.map(segmentMatcher));
    }
  }
  if (compiledGlobs.size >= 500) compiledGlobs.clear();
  compiledGlobs.set(key, compiled);
  return compiled;
}

function matchSegment(matcher, segment, windows, index) {
  if (typeof matcher === 'string') {
    if (matcher === segment) return true;
    // Drive letters compare without case.
    return windows && index === 0 && kDriveSegment.test(matcher) &&
      kDriveSegment.test(segment) &&
      matcher.toLowerCase() === segment.toLowerCase();
  }
  return matcher.test(segment);
}

// ** takes no hidden segments, nor '.' and '..'.
function globstarTakes(segment) {
  return segment.charCodeAt(0) !== CHAR_DOT;
}

function matchSegments(file, fileIndex, matchers, matcherIndex, windows) {
  while (matcherIndex < matchers.length && fileIndex < file.length) {
    const matcher = matchers[matcherIndex];
    if (matcher === kGlobstar) {
      if (matcherIndex === matchers.length - 1) {
        for (let i = fileIndex; i < file.length; i++) {
          if (!globstarTakes(file[i])) return false;
        }
        return true;
      }
      for (let i = fileIndex; i < file.length; i++) {
        if (matchSegments(file, i, matchers, matcherIndex + 1, windows))
          return true;
        if (!globstarTakes(file[i])) return false;
      }
      return false;
    }
    if (!matchSegment(matcher, file[fileIndex], windows, fileIndex))
      return false;
    fileIndex++;
    matcherIndex++;
  }
  if (matcherIndex === matchers.length) {
    // A trailing separator on the path is allowed.
    return fileIndex === file.length ||
      (fileIndex === file.length - 1 && file[fileIndex] === '');
  }
  return false;
}

function matchesGlobWith(path, pattern, windows) {
  validateString(path, 'path');
  validateString(pattern, 'pattern');
  const alternatives = compileGlob(pattern, windows);
  if (alternatives === null) return path === '';
  const file = simplifySegments(
    splitGlobPath(windows ? path.replace(/\\/g, '/') : path, windows), false,
    windows);
  for (const matchers of alternatives) {
    if (matchSegments(file, 0, matchers, 0, windows)) return true;
  }
  return false;
}


module.exports = { matchesGlobWith };
