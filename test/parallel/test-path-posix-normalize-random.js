'use strict';
// path.posix.normalize() and join() on many generated paths (hidden files, dots inside names,
// '.' and '..' segments, repeated and trailing separators) against a reference written
// here from the documented rules.
require('../common');
const assert = require('assert');
const { posix } = require('path');

function reference(path) {
  if (path === '') return '.';
  const absolute = path.startsWith('/');
  const trailing = path.endsWith('/');
  const kept = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (kept.length > 0 && kept[kept.length - 1] !== '..') kept.pop();
      else if (!absolute) kept.push('..');
    } else {
      kept.push(segment);
    }
  }
  let out = kept.join('/');
  if (out === '') {
    if (absolute) return '/';
    return trailing ? './' : '.';
  }
  if (trailing) out += '/';
  return absolute ? `/${out}` : out;
}

const pieces = ['a', 'bc', '.', '..', '...', '.git', 'x.js', 'a..b', '', '/', '//'];
let seed = 42;
const pick = () => pieces[(seed = (seed * 1103515245 + 12345) & 0x7fffffff) % pieces.length];
for (let i = 0; i < 20000; i++) {
  const n = 1 + (i % 7);
  let path = i % 3 === 0 ? '/' : '';
  for (let j = 0; j < n; j++) path += (j > 0 ? '/' : '') + pick();
  assert.strictEqual(posix.normalize(path), reference(path), JSON.stringify(path));
}

// Paths that are already normal come back as they are.
for (const path of ['/tmp/lode/s1', 'a/b/c', '/', 'a/', '/a/b/', 'a.b/c..d/e...', 'x/.y']) {
  assert.strictEqual(posix.normalize(path), path === 'x/.y' ? 'x/.y' : path);
}
assert.strictEqual(posix.join('/tmp/dir', 's12'), '/tmp/dir/s12');
assert.strictEqual(posix.join('/tmp/dir/', '.hidden'), '/tmp/dir/.hidden');
assert.strictEqual(posix.join('.hidden', 'a'), '.hidden/a');
assert.strictEqual(posix.join('./a', 'b'), 'a/b');
assert.strictEqual(posix.join('a', '.', 'b'), 'a/b');
assert.strictEqual(posix.join('a', '..'), '.');
