'use strict';
// The named exports an ES module may import from a CommonJS module, found without running
// it, in the spirit of Node's cjs-module-lexer: assignments `exports.x =`,
// `module.exports.x =`, `exports['x'] =`, `Object.defineProperty(exports, 'x', …)`, the keys
// of `module.exports = { a, b: c, 'd': e }`, and re-exports `module.exports = require('y')`,
// `...require('y')` in that literal, and the TypeScript/Babel helpers
// `__exportStar(require('y'), exports)` / `__export(require('y'))`.
// A pattern scan, not a parser: text inside strings or comments may add a name that the
// module never sets, which then imports as undefined (as with Node's lexer).

const identifier = '[A-Za-z_$][\\w$]*';
const quoted = '(?:\'([^\'\\\\\\n]*)\'|"([^"\\\\\\n]*)")';
const dotAssign = new RegExp(`\\b(?:module\\s*\\.\\s*)?exports\\s*\\.\\s*(${identifier})\\s*=(?!=)`, 'g');
const bracketAssign = new RegExp(`\\b(?:module\\s*\\.\\s*)?exports\\s*\\[\\s*${quoted}\\s*\\]\\s*=(?!=)`, 'g');
const defineProperty = new RegExp(
  `\\bObject\\s*\\.\\s*defineProperty\\s*\\(\\s*(?:module\\s*\\.\\s*)?exports\\s*,\\s*${quoted}`, 'g');
const requireCall = `require\\s*\\(\\s*${quoted}\\s*\\)`;
const reexportAssign = new RegExp(`\\bmodule\\s*\\.\\s*exports\\s*=\\s*${requireCall}`, 'g');
const starHelpers = new RegExp(`\\b__export(?:Star)?\\s*\\(\\s*${requireCall}`, 'g');
const objectAssign = /\bmodule\s*\.\s*exports\s*=\s*\{/g;
const spreadRequire = new RegExp(`^\\.\\.\\.\\s*${requireCall}$`);
// `name`, or `name: value` / `'name': value` with an identifier as value.
const keyPattern = new RegExp(`^(?:(${identifier})|${quoted})\\s*(?::\\s*${identifier}$|$)`);

// Returns { names: Set of export names, reexports: array of specifiers }.
function cjsExports(source) {
  const names = new Set();
  const reexports = [];
  for (const m of source.matchAll(dotAssign)) names.add(m[1]);
  for (const m of source.matchAll(bracketAssign)) names.add(m[1] ?? m[2]);
  for (const m of source.matchAll(defineProperty)) names.add(m[1] ?? m[2]);
  for (const m of source.matchAll(reexportAssign)) reexports.push(m[1] ?? m[2]);
  for (const m of source.matchAll(starHelpers)) reexports.push(m[1] ?? m[2]);
  for (const m of source.matchAll(objectAssign)) {
    for (const entry of objectLiteralEntries(source, m.index + m[0].length)) {
      const spread = spreadRequire.exec(entry);
      if (spread !== null) {
        reexports.push(spread[1] ?? spread[2]);
        continue;
      }
      const key = keyPattern.exec(entry);
      if (key === null) break;
      names.add(key[1] ?? key[2] ?? key[3]);
    }
  }
  names.delete('default');
  return { names, reexports };
}

// The top-level entries (trimmed text between commas) of the object literal whose body
// starts at `start` (just after '{'). Stops at a construct it does not follow.
function objectLiteralEntries(source, start) {
  const entries = [];
  let depth = 0;
  let entryStart = start;
  for (let i = start; i < source.length; i++) {
    const c = source[i];
    if (c === '"' || c === '\'' || c === '`') {
      const end = skipString(source, i);
      if (end === -1) return entries;
      i = end;
    } else if (c === '/' && (source[i + 1] === '/' || source[i + 1] === '*')) {
      return entries;
    } else if (c === '{' || c === '(' || c === '[') {
      depth++;
    } else if (c === ')' || c === ']') {
      depth--;
    } else if (c === '}') {
      if (depth === 0) {
        entries.push(source.slice(entryStart, i).trim());
        return entries;
      }
      depth--;
    } else if (c === ',' && depth === 0) {
      entries.push(source.slice(entryStart, i).trim());
      entryStart = i + 1;
    }
  }
  return entries;
}

function skipString(source, i) {
  const quote = source[i];
  for (let j = i + 1; j < source.length; j++) {
    if (source[j] === '\\') j++;
    else if (source[j] === quote) return j;
  }
  return -1;
}

module.exports = { cjsExports };
