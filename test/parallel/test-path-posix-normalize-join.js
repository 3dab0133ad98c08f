'use strict';
// path.posix.normalize() and path.posix.join(): '.', '..', repeated and
// trailing separators, empty arguments.
require('../common');
const assert = require('assert');
const path = require('path');

const posixNormalize = [
  ["","."],
  [".","."],
  ["./","./"],
  ["..",".."],
  ["../","../"],
  ["/","/"],
  ["//","/"],
  ["///","/"],
  ["/..","/"],
  ["/../..","/"],
  ["a/..","."],
  ["a/../","./"],
  ["a/../..",".."],
  ["a//b","a/b"],
  ["a/./b/","a/b/"],
  ["./a","a"],
  ["../a/../b","../b"],
  ["/a/b/c/../../d","/a/d"],
  ["a/b/../../../c","../c"],
  [".a/..b/...",".a/..b/..."],
  ["foo/bar//baz/asdf/quux/..","foo/bar/baz/asdf"],
  ["/foo/../../../bar","/bar"],
  ["a/b/c/./../../g","a/g"],
  ["./fixtures///b/../b/c.js","fixtures/b/c.js"],
  ["bar/foo../../","bar/"],
  ["bar/foo../..","bar"],
  ["../.../.././.../../../bar","../../bar"],
  ["../../../foo/../../../bar","../../../../../bar"],
];

const posixJoin = [
  [[],"."],
  [[""],"."],
  [["",""],"."],
  [[".","x/b","..","/b/c.js"],"x/b/c.js"],
  [["/.","x/b","..","/b/c.js"],"/x/b/c.js"],
  [["/foo","../../../bar"],"/bar"],
  [["foo","../../../bar"],"../../bar"],
  [["foo/","../../../bar"],"../../bar"],
  [["foo/x","../../../bar"],"../bar"],
  [["foo/x","./bar"],"foo/x/bar"],
  [["foo/x/","./bar"],"foo/x/bar"],
  [["foo/x/",".","bar"],"foo/x/bar"],
  [["./"],"./"],
  [[".","./"],"./"],
  [[".",".","."],"."],
  [[".","./","."],"."],
  [["","/foo"],"/foo"],
  [["","","/foo"],"/foo"],
  [["","","foo"],"foo"],
  [["foo",""],"foo"],
  [["foo/",""],"foo/"],
  [["foo","","/bar"],"foo/bar"],
  [["./","..","/foo"],"../foo"],
  [["./","..","..","/foo"],"../../foo"],
  [[".","..","..","/foo"],"../../foo"],
  [["","..","..","/foo"],"../../foo"],
  [["/"],"/"],
  [["/","."],"/"],
  [["/",".."],"/"],
  [["/","..",".."],"/"],
  [[" /foo"]," /foo"],
  [[" ","foo"]," /foo"],
  [[" ","."]," "],
  [[" ","/"]," /"],
  [[" ",""]," "],
  [["/","foo"],"/foo"],
  [["/","/foo"],"/foo"],
  [["/","//foo"],"/foo"],
  [["/","","/foo"],"/foo"],
  [["","/","foo"],"/foo"],
  [["","/","/foo"],"/foo"],
];

for (const [input, expected] of posixNormalize) {
  assert.strictEqual(path.posix.normalize(input), expected, `normalize(${JSON.stringify(input)})`);
}
for (const [args, expected] of posixJoin) {
  assert.strictEqual(path.posix.join(...args), expected, `join(${JSON.stringify(args)})`);
}
