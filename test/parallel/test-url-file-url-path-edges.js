'use strict';
// url.fileURLToPathBuffer decodes every escape to its byte (invalid UTF-8 and encoded
// separators included) where fileURLToPath throws; pathToFileURL escapes what the URL
// parser would strip or misread; argument errors are Node's.
require('../common');
const assert = require('assert');
const url = require('url');
const { fileURLToPath, fileURLToPathBuffer, pathToFileURL } = url;

const bytes = (u, options) => [...fileURLToPathBuffer(u, options)];
const hex = (s) => [...Buffer.from(s, 'latin1')];

// fileURLToPathBuffer
assert.ok(Buffer.isBuffer(fileURLToPathBuffer('file:///a')));
assert.deepStrictEqual(bytes('file:///a/%FF'), [0x2f, 0x61, 0x2f, 0xff]);
assert.deepStrictEqual(bytes(new URL('file:///a/%FF')), [0x2f, 0x61, 0x2f, 0xff]);
assert.deepStrictEqual(bytes('file:///a/%C3%A9'), [0x2f, 0x61, 0x2f, 0xc3, 0xa9]);
assert.deepStrictEqual(bytes('file:///a/b%2Fc'), hex('/a/b/c'));
assert.deepStrictEqual(bytes('file:///a/%'), hex('/a/%'));
assert.deepStrictEqual(bytes('file:///a/%zz'), hex('/a/%zz'));
assert.deepStrictEqual(bytes('file:///a/%00'), [0x2f, 0x61, 0x2f, 0]);
assert.deepStrictEqual(bytes('file://localhost/a?q#h'), hex('/a'));
assert.deepStrictEqual(bytes('file:///C:/a%FF', { windows: true }), [...hex('C:\\a'), 0xff]);
assert.deepStrictEqual(bytes('file:///C:/a%2Fb', { windows: true }), hex('C:\\a/b'));
assert.deepStrictEqual(bytes('file://srv/sh/a', { windows: true }), hex('\\\\srv\\sh\\a'));
assert.throws(() => fileURLToPathBuffer('file://host/a'), {
  name: 'TypeError', code: 'ERR_INVALID_FILE_URL_HOST',
  message: `File URL host must be "localhost" or empty on ${process.platform}`,
});
assert.throws(() => fileURLToPathBuffer('file:///a', { windows: true }), {
  name: 'TypeError', code: 'ERR_INVALID_FILE_URL_PATH',
  message: 'File URL path must be absolute',
});
for (const [fn, name] of [[fileURLToPath, 'fileURLToPath'],
                          [fileURLToPathBuffer, 'fileURLToPathBuffer']]) {
  for (const bad of [5, null, undefined, {}]) {
    assert.throws(() => fn(bad), {
      name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
      message: /^The "path" argument must be of type string or an instance of URL\. Received /,
    }, name);
  }
  assert.throws(() => fn('http://x/a'), {
    name: 'TypeError', code: 'ERR_INVALID_URL_SCHEME',
    message: 'The URL must be of scheme file',
  });
  assert.throws(() => fn('notaurl'), { name: 'TypeError', code: 'ERR_INVALID_URL' });
  assert.strictEqual(fn.length, 1);
}

// fileURLToPath
assert.throws(() => fileURLToPath('file:///a/%FF'), { name: 'URIError', message: 'URI malformed' });
assert.throws(() => fileURLToPath('file:///a/%zz'), URIError);
assert.throws(() => fileURLToPath('file:///a/b%2fc'), {
  name: 'TypeError', code: 'ERR_INVALID_FILE_URL_PATH',
  message: 'File URL path must not include encoded / characters',
});
assert.throws(() => fileURLToPath('file:///C:/a%5Cb', { windows: true }), {
  name: 'TypeError', code: 'ERR_INVALID_FILE_URL_PATH',
  message: 'File URL path must not include encoded \\ or / characters',
});
assert.strictEqual(fileURLToPath('file:///a/%00'), '/a/\0');
assert.strictEqual(fileURLToPath('file:///a/%5C'), '/a/\\');
assert.strictEqual(fileURLToPath('file:a'), '/a');
assert.strictEqual(fileURLToPath('FILE:///A'), '/A');
assert.strictEqual(fileURLToPath('file:///C:/a%20b', { windows: true }), 'C:\\a b');
assert.strictEqual(fileURLToPath('file://server/share/a', { windows: true }),
                   '\\\\server\\share\\a');

// pathToFileURL
const href = (p, options) => pathToFileURL(p, options).href;
assert.strictEqual(href('/a b'), 'file:///a%20b');
assert.strictEqual(href('/a '), 'file:///a%20');
assert.strictEqual(href('/\0'), 'file:///%00');
assert.strictEqual(href('/a#b?c%d'), 'file:///a%23b%3Fc%25d');
assert.strictEqual(href('/a\\b\nc\rd\te'), 'file:///a%5Cb%0Ac%0Dd%09e');
assert.strictEqual(href('/[x]^|~'), 'file:///%5Bx%5D%5E%7C%7E');
assert.strictEqual(href('/"<>`{}'), 'file:///%22%3C%3E%60%7B%7D');
assert.strictEqual(href('/é€'), 'file:///%C3%A9%E2%82%AC');
assert.strictEqual(href('/a/b/'), 'file:///a/b/');
assert.strictEqual(href('/a/./b/../c'), 'file:///a/c');
assert.strictEqual(href('C:\\x y[]', { windows: true }), 'file:///C:/x%20y%5B%5D');
assert.strictEqual(href('\\\\srv\\sh\\a b%', { windows: true }), 'file://srv/sh/a%20b%25');
assert.strictEqual(href('/x', { windows: true }), 'file:///x');
assert.strictEqual(pathToFileURL.length, 2);
assert.throws(() => pathToFileURL(5), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "path" argument must be of type string. Received type number (5)',
});
// Round trip.
for (const p of ['/a b/c#d', '/x%y', '/[z]~', '/é']) {
  assert.strictEqual(fileURLToPath(pathToFileURL(p)), p);
}
