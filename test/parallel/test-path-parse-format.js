'use strict';
// path.parse() and path.format() on both flavours, and that they round-trip.
require('../common');
const assert = require('assert');
const path = require('path');

const posixParse = [
  ["",{"root":"","dir":"","base":"","ext":"","name":""}],
  ["/",{"root":"/","dir":"/","base":"","ext":"","name":""}],
  ["//",{"root":"/","dir":"/","base":"","ext":"","name":""}],
  ["/home/user/dir/file.txt",{"root":"/","dir":"/home/user/dir","base":"file.txt","ext":".txt","name":"file"}],
  ["home/user/dir/file.txt",{"root":"","dir":"home/user/dir","base":"file.txt","ext":".txt","name":"file"}],
  ["./file",{"root":"","dir":".","base":"file","ext":"","name":"file"}],
  [".bashrc",{"root":"","dir":"","base":".bashrc","ext":"","name":".bashrc"}],
  ["/..",{"root":"/","dir":"/","base":"..","ext":".","name":"."}],
  ["/a/..",{"root":"/","dir":"/a","base":"..","ext":"","name":".."}],
  ["a/b/",{"root":"","dir":"a","base":"b","ext":"","name":"b"}],
  ["//a",{"root":"/","dir":"/","base":"a","ext":"","name":"a"}],
  ["x.tar.gz",{"root":"","dir":"","base":"x.tar.gz","ext":".gz","name":"x.tar"}],
  ["/.x.y",{"root":"/","dir":"/","base":".x.y","ext":".y","name":".x"}],
  ["a//b",{"root":"","dir":"a/","base":"b","ext":"","name":"b"}],
  ["...",{"root":"","dir":"","base":"...","ext":".","name":".."}],
  ["..a",{"root":"","dir":"","base":"..a","ext":".a","name":"."}],
  ["file.",{"root":"","dir":"","base":"file.","ext":".","name":"file"}],
];

const win32Parse = [
  ["",{"root":"","dir":"","base":"","ext":"","name":""}],
  ["\\",{"root":"\\","dir":"\\","base":"","ext":"","name":""}],
  ["c:",{"root":"c:","dir":"c:","base":"","ext":"","name":""}],
  ["c:\\",{"root":"c:\\","dir":"c:\\","base":"","ext":"","name":""}],
  ["C:\\path\\dir\\index.html",{"root":"C:\\","dir":"C:\\path\\dir","base":"index.html","ext":".html","name":"index"}],
  ["C:\\another_path\\DIR\\1\\2\\33\\\\index",{"root":"C:\\","dir":"C:\\another_path\\DIR\\1\\2\\33\\","base":"index","ext":"","name":"index"}],
  ["another_path\\DIR with spaces\\1\\2\\33\\index",{"root":"","dir":"another_path\\DIR with spaces\\1\\2\\33","base":"index","ext":"","name":"index"}],
  ["\\\\server\\share\\file_path",{"root":"\\\\server\\share\\","dir":"\\\\server\\share\\","base":"file_path","ext":"","name":"file_path"}],
  ["\\\\server two\\shared folder\\file path.zip",{"root":"\\\\server two\\shared folder\\","dir":"\\\\server two\\shared folder\\","base":"file path.zip","ext":".zip","name":"file path"}],
  ["\\\\teela\\admin$\\system32",{"root":"\\\\teela\\admin$\\","dir":"\\\\teela\\admin$\\","base":"system32","ext":"","name":"system32"}],
  ["\\\\?\\UNC\\server\\share",{"root":"\\\\?\\UNC\\","dir":"\\\\?\\UNC\\server","base":"share","ext":"","name":"share"}],
  ["c:foo.txt",{"root":"c:","dir":"c:","base":"foo.txt","ext":".txt","name":"foo"}],
  [".\\file",{"root":"","dir":".","base":"file","ext":"","name":"file"}],
  ["C:\\abc",{"root":"C:\\","dir":"C:\\","base":"abc","ext":"","name":"abc"}],
  ["\\\\server",{"root":"\\","dir":"\\","base":"server","ext":"","name":"server"}],
  ["\\\\server\\share",{"root":"\\\\server\\share","dir":"\\\\server\\share","base":"","ext":"","name":""}],
];

const posixFormat = [
  [{"root":"/","dir":"/home/user/dir","base":"file.txt"},"/home/user/dir/file.txt"],
  [{"root":"/","base":"file.txt","ext":"ignored"},"/file.txt"],
  [{"root":"/","name":"file","ext":".txt"},"/file.txt"],
  [{"name":"file","ext":"txt"},"file.txt"],
  [{"name":"x","ext":".."},"x.."],
  [{"dir":"a","name":"b"},"a/b"],
  [{"root":"/x/","dir":"/x/","base":"y"},"/x/y"],
  [{},""],
  [{"dir":"","root":"","base":""},""],
  [{"root":"/"},"/"],
  [{"dir":"dir"},"dir/"],
  [{"ext":"."},"."],
];

const win32Format = [
  [{"root":"C:\\","dir":"C:\\path\\dir","base":"file.txt"},"C:\\path\\dir\\file.txt"],
  [{"root":"C:\\","name":"file","ext":"txt"},"C:\\file.txt"],
  [{"dir":"\\\\server\\share","base":"x"},"\\\\server\\share\\x"],
  [{"root":"\\\\server\\share\\","base":"x"},"\\\\server\\share\\x"],
  [{"dir":"a/b","name":"c","ext":".d"},"a/b\\c.d"],
];

for (const [input, expected] of posixParse) {
  const parsed = path.posix.parse(input);
  assert.deepStrictEqual({ ...parsed }, expected, `posix.parse(${JSON.stringify(input)})`);
  assert.deepStrictEqual(Object.keys(parsed), ['root', 'dir', 'base', 'ext', 'name']);
}
for (const [input, expected] of win32Parse) {
  assert.deepStrictEqual({ ...path.win32.parse(input) }, expected, `win32.parse(${JSON.stringify(input)})`);
}
for (const [object, expected] of posixFormat) {
  assert.strictEqual(path.posix.format(object), expected, `posix.format(${JSON.stringify(object)})`);
}
for (const [object, expected] of win32Format) {
  assert.strictEqual(path.win32.format(object), expected, `win32.format(${JSON.stringify(object)})`);
}

// format(parse(p)) gives p back for ordinary paths.
for (const p of ['/home/user/dir/file.txt', 'dir/file', '/x', 'file.tar.gz']) {
  assert.strictEqual(path.posix.format(path.posix.parse(p)), p);
}
for (const p of ['C:\\path\\dir\\index.html', '\\\\server\\share\\file', 'c:file.txt']) {
  assert.strictEqual(path.win32.format(path.win32.parse(p)), p);
}
