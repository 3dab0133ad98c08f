'use strict';
// fs.glob / fs.globSync / fsPromises.glob: walks the directories below a pattern's fixed
// prefix and keeps the paths that path.matchesGlob's matcher accepts.

const { validateObject, validateBoolean, validateFunction, validateString,
  validateStringArray } = require('internal/validators');
const pathModule = require('path');
const { matchesGlobWith } = require('internal/path/glob');
const { Dirent } = require('internal/fs/utils');

const magic = /[*?[\]{}()!+@]/;

function toPath(value) {
  if (value != null && typeof value === 'object' && typeof value.href === 'string') {
    return require('url').fileURLToPath(value);
  }
  return value;
}

function globSync(pattern, options = {}) {
  // Node's checks: an object must be an array of strings, anything else a string.
  if (typeof pattern === 'object') validateStringArray(pattern, 'patterns');
  else validateString(pattern, 'patterns');
  const patterns = typeof pattern === 'string' ? [pattern] : pattern;
  validateObject(options, 'options');
  const cwd = toPath(options.cwd ?? process.cwd());
  const withFileTypes = options.withFileTypes ?? false;
  validateBoolean(withFileTypes, 'options.withFileTypes');
  let exclude = options.exclude;
  if (Array.isArray(exclude)) {
    const globs = exclude;
    exclude = (entry) => {
      const name = typeof entry === 'string' ? entry : entry.name;
      return globs.some((g) => matchesGlobWith(name, g, false));
    };
  } else if (exclude !== undefined) {
    validateFunction(exclude, 'options.exclude');
  }
  const fs = require('fs');
  const results = new Map();
  for (const p of patterns) {
    const absolute = pathModule.isAbsolute(p);
    const segments = p.split('/');
    const fixed = [];
    for (const segment of segments) {
      if (magic.test(segment)) break;
      fixed.push(segment);
    }
    const deep = p.includes('**');
    const maxDepth = deep ? Infinity : segments.length - fixed.length;
    const start = fixed.join('/') || (absolute ? '/' : '.');
    const startAbs = pathModule.resolve(cwd, start);
    const consider = (rel, dirent) => {
      const name = absolute ? pathModule.resolve(cwd, rel) : rel;
      if (matchesGlobWith(name, p, false) && !results.has(name)) results.set(name, dirent);
    };
    if (fixed.length === segments.length) {
      if (fs.existsSync(startAbs)) consider(pathModule.relative(cwd, startAbs) || '.', null);
      continue;
    }
    const walk = (dirAbs, depth) => {
      if (depth > maxDepth) return;
      let entries;
      try {
        entries = fs.readdirSync(dirAbs, { withFileTypes: true });
      } catch {
        return;
      }
      for (const entry of entries) {
        const full = pathModule.join(dirAbs, entry.name);
        const rel = pathModule.relative(cwd, full);
        if (exclude !== undefined && exclude(withFileTypes ? entry : rel)) continue;
        consider(rel, entry);
        if (entry.isDirectory()) walk(full, depth + 1);
      }
    };
    walk(startAbs, 1);
  }
  if (!withFileTypes) return [...results.keys()];
  return [...results].map(([name, dirent]) => dirent ??
    new Dirent(pathModule.basename(name), 2, pathModule.dirname(pathModule.resolve(cwd, name))));
}

module.exports = { globSync };
