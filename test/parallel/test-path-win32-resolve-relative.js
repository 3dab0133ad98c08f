'use strict';
// path.win32.resolve(), relative() and toNamespacedPath(), including drive-
// relative paths resolved against a POSIX working directory.
require('../common');
const assert = require('assert');
const path = require('path');

// On a POSIX system the working directory has no drive: "/a/b" reads "\a\b".
const cwd = process.cwd().replace(/\//g, '\\');

const win32ResolveAbs = [
  [["c:/blah\\blah","d:/games","c:../a"],"c:\\blah\\a"],
  [["c:/ignore","d:\\a/b\\c/d","\\e.exe"],"d:\\e.exe"],
  [["c:/ignore","c:/some/file"],"c:\\some\\file"],
  [["d:/ignore","d:some/dir//"],"d:\\ignore\\some\\dir"],
  [["//server/share","..","relative\\"],"\\\\server\\share\\relative"],
  [["c:/","//"],"c:\\"],
  [["c:/","//dir"],"c:\\dir"],
  [["c:/","//server/share"],"\\\\server\\share\\"],
  [["c:/","//server//share"],"\\\\server\\share\\"],
  [["c:/","///some//dir"],"c:\\some\\dir"],
  [["C:\\foo\\tmp.3\\","..\\tmp.3\\cycles\\root.js"],"C:\\foo\\tmp.3\\cycles\\root.js"],
  [["\\\\?\\c:\\x","..","y"],"\\\\?\\c:\\y"],
];

const win32Relative = [
  [["c:/blah\\blah","d:/games"],"d:\\games"],
  [["c:/aaaa/bbbb","c:/aaaa"],".."],
  [["c:/aaaa/bbbb","c:/cccc"],"..\\..\\cccc"],
  [["c:/aaaa/bbbb","c:/aaaa/bbbb"],""],
  [["c:/aaaa/bbbb","c:/aaaa/cccc"],"..\\cccc"],
  [["c:/aaaa/","c:/aaaa/cccc"],"cccc"],
  [["c:/","c:\\aaaa\\bbbb"],"aaaa\\bbbb"],
  [["c:/aaaa/bbbb","d:\\"],"d:\\"],
  [["c:/AaAa/bbbb","c:/aaaa/bbbb"],""],
  [["c:/aaaaa/","c:/aaaa/cccc"],"..\\aaaa\\cccc"],
  [["C:\\foo\\bar\\baz\\quux","C:\\"],"..\\..\\..\\.."],
  [["C:\\foo\\test","C:\\foo\\test\\bar\\package.json"],"bar\\package.json"],
  [["C:\\foo\\bar\\baz-quux","C:\\foo\\bar\\baz"],"..\\baz"],
  [["C:\\foo\\bar\\baz","C:\\foo\\bar\\baz-quux"],"..\\baz-quux"],
  [["\\\\foo\\bar","\\\\foo\\bar\\baz"],"baz"],
  [["\\\\foo\\bar\\baz","\\\\foo\\bar"],".."],
  [["\\\\foo\\bar\\baz-quux","\\\\foo\\bar\\baz"],"..\\baz"],
  [["C:\\baz-quux","C:\\baz"],"..\\baz"],
  [["C:\\baz","\\\\foo\\bar\\baz"],"\\\\foo\\bar\\baz"],
  [["\\\\foo\\baz","C:\\baz"],"C:\\baz"],
  [["c:\\İ\\a","c:\\İ\\b"],"..\\b"],
  [["C:\\ÄÖ","c:\\äö\\x"],"x"],
];

const win32Namespaced = [
  ["c:\\foo","\\\\?\\c:\\foo"],
  ["C:/foo/bar","\\\\?\\C:\\foo\\bar"],
  ["\\\\server\\share\\x","\\\\?\\UNC\\server\\share\\x"],
  ["//server/share/x","\\\\?\\UNC\\server\\share\\x"],
  ["\\\\?\\c:\\foo","\\\\?\\c:\\foo"],
  ["\\\\.\\pipe\\name","\\\\.\\pipe\\name"],
  ["",""],
  ["\\\\?\\UNC\\server\\share","\\\\?\\UNC\\server\\share"],
];

for (const [args, expected] of win32ResolveAbs) {
  assert.strictEqual(path.win32.resolve(...args), expected, `resolve(${JSON.stringify(args)})`);
}
assert.strictEqual(path.win32.resolve(), cwd);
assert.strictEqual(path.win32.resolve('a', 'b'), `${cwd === '\\' ? '' : cwd}\\a\\b`);
// A drive without a path takes the working directory, as "C:" does on Windows.
assert.strictEqual(path.win32.resolve('c:'), `c:${cwd}`);
assert.strictEqual(path.win32.resolve('c:x'), `c:${cwd === '\\' ? '' : cwd}\\x`);

for (const [args, expected] of win32Relative) {
  assert.strictEqual(path.win32.relative(...args), expected, `relative(${JSON.stringify(args)})`);
}
for (const [input, expected] of win32Namespaced) {
  assert.strictEqual(path.win32.toNamespacedPath(input), expected, `toNamespacedPath(${JSON.stringify(input)})`);
}
assert.strictEqual(path.win32.toNamespacedPath('c:'), `\\\\?\\c:${cwd}`);
// Not a string, or on POSIX: returned as it is.
assert.strictEqual(path.win32.toNamespacedPath(null), null);
assert.strictEqual(path.win32.toNamespacedPath(100), 100);
assert.strictEqual(path.posix.toNamespacedPath('/foo/bar'), '/foo/bar');
assert.strictEqual(path.posix.toNamespacedPath(true), true);
assert.strictEqual(path._makeLong, path.toNamespacedPath);
