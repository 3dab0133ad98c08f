'use strict';
// path.win32.normalize(), join() and isAbsolute(): drive letters, UNC roots,
// forward slashes, the device namespace and reserved device names ("CON:").
require('../common');
const assert = require('assert');
const path = require('path');

const win32Normalize = [
  ["","."],
  [".","."],
  ["c:","c:."],
  ["c:.","c:."],
  ["c:..","c:.."],
  ["c:/","c:\\"],
  ["C:\\..\\..","C:\\"],
  ["./fixtures///b/../b/c.js","fixtures\\b\\c.js"],
  ["/foo/../../../bar","\\bar"],
  ["a//b//../b","a\\b"],
  ["a//b//./c","a\\b\\c"],
  ["//server/share/dir/file.ext","\\\\server\\share\\dir\\file.ext"],
  ["\\\\server\\share","\\\\server\\share\\"],
  ["\\\\server","\\server"],
  ["\\\\?\\c:\\x\\..\\y","\\\\?\\c:\\y"],
  ["\\\\.\\pipe\\x","\\\\.\\pipe\\x"],
  ["bar\\foo..\\..\\","bar\\"],
  ["../.../../foobar/../../../bar/../../baz","..\\..\\..\\..\\baz"],
  ["file:stream","file:stream"],
  ["foo:",".\\foo:"],
  ["x/../c:",".\\c:"],
  ["CON:",".\\CON:."],
  ["CON:x",".\\CON:x"],
  ["con:..",".\\con:.."],
  ["COM1:",".\\COM1:."],
  ["CONb",".\\CONb"],
  ["\\\\.\\CON:x","\\\\?\\CON:\\x"],
  ["/","\\"],
];

const win32Join = [
  [[".","x/b","..","/b/c.js"],"x\\b\\c.js"],
  [["c:","foo"],"c:\\foo"],
  [["c:\\","foo"],"c:\\foo"],
  [["//foo","bar"],"\\\\foo\\bar\\"],
  [["//foo/","bar"],"\\\\foo\\bar\\"],
  [["/","//foo","bar"],"\\foo\\bar"],
  [["\\\\","/","foo"],"\\foo"],
  [["//","foo"],"\\foo"],
  [["///","foo"],"\\foo"],
  [["\\\\\\","foo"],"\\foo"],
  [["//server","share"],"\\\\server\\share\\"],
  [["\\\\server","share","x"],"\\\\server\\share\\x"],
  [["c:","CON:"],"c:\\CON:"],
  [["a/..","CON:"],"a\\..\\CON:"],
  [["a","con:x/../y"],"a\\con:x\\..\\y"],
  [["",""],"."],
  [[],"."],
  [["C:","..",".."],"C:\\"],
];

const win32IsAbsolute = [
  ["/",true],
  ["//",true],
  ["//server",true],
  ["//server/file",true],
  ["\\\\server\\file",true],
  ["\\",true],
  ["\\\\",true],
  ["c",false],
  ["c:",false],
  ["c:\\",true],
  ["c:/",true],
  ["c://",true],
  ["C:/Users/",true],
  ["C:\\Users\\",true],
  ["C:cwd/another",false],
  ["C:cwd\\another",false],
  ["directory/directory",false],
  ["directory\\directory",false],
  ["",false],
];

for (const [input, expected] of win32Normalize) {
  assert.strictEqual(path.win32.normalize(input), expected, `normalize(${JSON.stringify(input)})`);
}
for (const [args, expected] of win32Join) {
  assert.strictEqual(path.win32.join(...args), expected, `join(${JSON.stringify(args)})`);
}
for (const [input, expected] of win32IsAbsolute) {
  assert.strictEqual(path.win32.isAbsolute(input), expected, `isAbsolute(${JSON.stringify(input)})`);
}
