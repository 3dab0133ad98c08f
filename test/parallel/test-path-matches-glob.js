'use strict';
// path.matchesGlob(): wildcards, classes, braces, ** and extglobs, hidden files,
// and backslashes as separators (always in patterns, also in win32 paths).
require('../common');
const assert = require('assert');
const path = require('path');

// [[path, pattern], posix result, win32 result]
const glob = [
  [["foo/bar/baz","foo/[bcr]ar/baz"],true,true],
  [["foo/bar/baz","foo/[!bcr]ar/baz"],false,false],
  [["foo/bar/baz","foo/[bc-r]ar/baz"],true,true],
  [["foo/bar/baz","foo/*/!bar/*/baz"],false,false],
  [["foo/bar1/baz","foo/bar[0-9]/baz"],true,true],
  [["foo/bar5/baz","foo/bar[0-9]/baz"],true,true],
  [["foo/barx/baz","foo/bar[a-z]/baz"],true,true],
  [["foo/bar/baz/boo","foo/[bc-r]ar/baz/*"],true,true],
  [["foo/bar/baz/boo","foo/**"],true,true],
  [["foo/bar/baz","foo/*"],false,false],
  [["a/b/c.js","**/*.js"],true,true],
  [["c.js","**/*.js"],true,true],
  [["a/.b/c.js","**/*.js"],false,false],
  [[".hidden","*"],false,false],
  [[".hidden",".*"],true,true],
  [["src/a.ts","src/*.{js,ts}"],true,true],
  [["src/a.md","src/*.{js,ts}"],false,false],
  [["file3.txt","file{1..3}.txt"],true,true],
  [["file4.txt","file{1..3}.txt"],false,false],
  [["a/b","a/?"],true,true],
  [["a/bc","a/?"],false,false],
  [["x.md","*.@(md|txt)"],true,true],
  [["x.js","*.!(md|txt)"],true,true],
  [["x.md","*.!(md|txt)"],false,false],
  [["a/b/../c","a/c"],true,true],
  [["a/","a"],true,true],
  [["a","a/"],false,false],
  [["",""],true,true],
  [["a",""],false,false],
  [["A","a"],false,false],
  [["!a","!a"],true,true],
  [["#c","#c"],true,true],
  [["a\\b","a/b"],false,true],
  [["foo/bar","foo\\bar"],true,true],
  [["C:\\x\\y","c:/x/*"],false,true],
];

for (const [[file, pattern], posix, win32] of glob) {
  const name = `(${JSON.stringify(file)}, ${JSON.stringify(pattern)})`;
  assert.strictEqual(path.posix.matchesGlob(file, pattern), posix, `posix.matchesGlob${name}`);
  assert.strictEqual(path.win32.matchesGlob(file, pattern), win32, `win32.matchesGlob${name}`);
}
