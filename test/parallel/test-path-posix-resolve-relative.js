'use strict';
// path.posix.resolve() (against process.cwd()) and path.posix.relative().
require('../common');
const assert = require('assert');
const path = require('path');

const cwd = process.cwd();

const posixResolveAbs = [
  [["/var/lib","../","file/"],"/var/file"],
  [["/var/lib","/../","file/"],"/file"],
  [["/some/dir",".","/absolute/"],"/absolute"],
  [["/foo/tmp.3/","../tmp.3/cycles/root.js"],"/foo/tmp.3/cycles/root.js"],
  [["/",".."],"/"],
  [["/a","","b/"],"/a/b"],
  [["a","/b","c","..","d"],"/b/d"],
];

const posixRelative = [
  [["/var/lib","/var"],".."],
  [["/var/lib","/bin"],"../../bin"],
  [["/var/lib","/var/lib"],""],
  [["/var/lib","/var/apache"],"../apache"],
  [["/var/","/var/lib"],"lib"],
  [["/","/var/lib"],"var/lib"],
  [["/foo/test","/foo/test/bar/package.json"],"bar/package.json"],
  [["/Users/a/web/b/test/mails","/Users/a/web/b"],"../.."],
  [["/foo/bar/baz-quux","/foo/bar/baz"],"../baz"],
  [["/foo/bar/baz","/foo/bar/baz-quux"],"../baz-quux"],
  [["/baz-quux","/baz"],"../baz"],
  [["/baz","/baz-quux"],"../baz-quux"],
  [["/page1/page2/foo","/"],"../../.."],
  [["/a/b","/a/b/"],""],
  [["/a//b","/a/b/c"],"c"],
];

for (const [args, expected] of posixResolveAbs) {
  assert.strictEqual(path.posix.resolve(...args), expected, `resolve(${JSON.stringify(args)})`);
}

// Relative arguments are resolved against the working directory.
assert.strictEqual(path.posix.resolve(), cwd);
assert.strictEqual(path.posix.resolve(''), cwd);
assert.strictEqual(path.posix.resolve('.'), cwd);
assert.strictEqual(path.posix.resolve('a/b', '../c'), `${cwd === '/' ? '' : cwd}/a/c`);
assert.strictEqual(path.posix.resolve('..'), path.posix.dirname(cwd));
// Arguments left of an absolute one are not even validated.
assert.strictEqual(path.posix.resolve(42, '/abs'), '/abs');

for (const [args, expected] of posixRelative) {
  assert.strictEqual(path.posix.relative(...args), expected, `relative(${JSON.stringify(args)})`);
}
assert.strictEqual(path.posix.relative('', ''), '');
assert.strictEqual(path.posix.relative('a', 'a/b'), 'b');
assert.strictEqual(path.posix.relative('', '/'), path.posix.relative(cwd, '/'));
