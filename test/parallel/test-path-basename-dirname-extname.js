'use strict';
// basename() (with and without a suffix), dirname() and extname(), on POSIX and
// Windows paths, including the edge cases of roots, dots and trailing separators.
require('../common');
const assert = require('assert');
const path = require('path');

// [path, basename, dirname, extname]
const posixBDE = [
  ["","",".",""],
  ["/","","/",""],
  ["//","","/",""],
  ["a","a",".",""],
  ["a/","a",".",""],
  ["/a","a","/",""],
  ["/a/","a","/",""],
  ["//a","a","//",""],
  ["a//b","b","a/",""],
  ["/a/b/","b","/a",""],
  ["a/b.c","b.c","a",".c"],
  [".bashrc",".bashrc",".",""],
  ["/.bashrc",".bashrc","/",""],
  ["file.","file.",".","."],
  ["file..","file..",".","."],
  [".file.",".file.",".","."],
  ["..","..",".",""],
  ["...","...",".","."],
  [".",".",".",""],
  ["..a","..a",".",".a"],
  ["/..","..","/",""],
  ["a/..","..","a",""],
  ["dir/file.tar.gz","file.tar.gz","dir",".gz"],
  ["dir.d/file","file","dir.d",""],
  ["/aaa/bbb/","bbb","/aaa",""],
  ["/aaa/b","b","/aaa",""],
  ["/a/b///","b","/a",""],
];

const posixBasenameSuffix = [
  [["/dir/basename.ext",".ext"],"basename"],
  [["basename.ext",".ext"],"basename"],
  [["basename.ext/",".ext"],"basename"],
  [["basename.ext//",".ext"],"basename"],
  [["aaa/bbb","bbb"],"bbb"],
  [["aaa/bbb","a/bbb"],"bbb"],
  [["aaa/bbb","/bbb"],"bbb"],
  [["aaa/bbb//","bbb"],"bbb"],
  [["aaa/bbb","bb"],"b"],
  [["aaa/bbb","b"],"bb"],
  [["/aaa/bbb","/bbb"],"bbb"],
  [["/aaa/bbb","a/bbb"],"bbb"],
  [["/aaa/bbb","bbb"],"bbb"],
  [["/aaa/bbb//","bbb"],"bbb"],
  [["/aaa/bbb","bb"],"b"],
  [["/aaa/bbb","b"],"bb"],
  [["/aaa/bbb",""],"bbb"],
  [["/aaa/","aaa"],"aaa"],
  [["abc","abc"],""],
  [["//","/"],"//"],
  [["/abc/","xabc"],"abc/"],
  [["/","x"],"/"],
];

// [path, basename, dirname, extname]
const win32BDE = [
  ["","",".",""],
  ["\\","","\\",""],
  ["c:","","c:",""],
  ["c:\\","","c:\\",""],
  ["c:/","","c:/",""],
  ["c:foo","foo","c:",""],
  ["c:\\foo","foo","c:\\",""],
  ["c:\\foo\\","foo","c:\\",""],
  ["c:\\foo\\bar","bar","c:\\foo",""],
  ["c:foo\\bar.txt","bar.txt","c:foo",".txt"],
  ["\\\\server","server","\\",""],
  ["\\\\server\\share","share","\\\\server\\share",""],
  ["\\\\server\\share\\","share","\\\\server\\share\\",""],
  ["\\\\server\\share\\a","a","\\\\server\\share\\",""],
  ["\\\\server\\share\\a\\b.c","b.c","\\\\server\\share\\a",".c"],
  ["//server/share/x","x","//server/share/",""],
  ["file.ext\\\\","file.ext",".",".ext"],
  ["\\\\?\\c:\\x","x","\\\\?\\c:\\",""],
  ["a/b\\c.d","c.d","a/b",".d"],
  ["C:.bashrc",".bashrc","C:",""],
  [".\\.x",".x",".",""],
];

for (const [input, base, dir, ext] of posixBDE) {
  const name = JSON.stringify(input);
  assert.strictEqual(path.posix.basename(input), base, `posix.basename(${name})`);
  assert.strictEqual(path.posix.dirname(input), dir, `posix.dirname(${name})`);
  assert.strictEqual(path.posix.extname(input), ext, `posix.extname(${name})`);
}
for (const [args, expected] of posixBasenameSuffix) {
  assert.strictEqual(path.posix.basename(...args), expected, `posix.basename(${JSON.stringify(args)})`);
}
for (const [input, base, dir, ext] of win32BDE) {
  const name = JSON.stringify(input);
  assert.strictEqual(path.win32.basename(input), base, `win32.basename(${name})`);
  assert.strictEqual(path.win32.dirname(input), dir, `win32.dirname(${name})`);
  assert.strictEqual(path.win32.extname(input), ext, `win32.extname(${name})`);
}
assert.strictEqual(path.win32.basename('\\dir\\basename.ext', '.ext'), 'basename');
assert.strictEqual(path.win32.basename('C:basename.ext', '.ext'), 'basename');
assert.strictEqual(path.win32.basename('aaa\\bbb', 'bbb'), 'bbb');
// A backslash is an ordinary character on POSIX.
assert.strictEqual(path.posix.basename('\\dir\\basename.ext'), '\\dir\\basename.ext');
assert.strictEqual(path.posix.basename('foo\\'), 'foo\\');
