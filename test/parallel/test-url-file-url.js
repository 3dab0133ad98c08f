'use strict';
// url.fileURLToPath, url.pathToFileURL (POSIX and options.windows), url.urlToHttpOptions,
// url.domainToASCII / domainToUnicode, with Node's errors for bad input.
require('../common');
const assert = require('assert');
const url = require('url');
const path = require('path');
const { fileURLToPath, pathToFileURL, urlToHttpOptions, domainToASCII, domainToUnicode } = url;

// fileURLToPath, POSIX.
assert.strictEqual(fileURLToPath('file:///a%20b/c'), '/a b/c');
assert.strictEqual(fileURLToPath(new URL('file:///%E2%82%AC/%25')), '/\u20ac/%');
assert.strictEqual(fileURLToPath('file://localhost/x'), '/x');
assert.strictEqual(fileURLToPath({ href: 'file:///x', protocol: 'file:', hostname: '',
                                   pathname: '/y' }), '/y');
assert.throws(() => fileURLToPath('file:///a%2fb'), {
  code: 'ERR_INVALID_FILE_URL_PATH', name: 'TypeError',
  message: 'File URL path must not include encoded / characters',
});
assert.throws(() => fileURLToPath('file://host/x'), {
  code: 'ERR_INVALID_FILE_URL_HOST', name: 'TypeError',
  message: `File URL host must be "localhost" or empty on ${process.platform}`,
});
assert.throws(() => fileURLToPath('http://x/'), {
  code: 'ERR_INVALID_URL_SCHEME', name: 'TypeError', message: 'The URL must be of scheme file',
});
assert.throws(() => fileURLToPath(5), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
assert.throws(() => fileURLToPath(null), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fileURLToPath('not a url'), { code: 'ERR_INVALID_URL' });

// fileURLToPath, Windows.
const win = { windows: true };
assert.strictEqual(fileURLToPath('file:///C:/a%20b', win), 'C:\\a b');
assert.strictEqual(fileURLToPath('file://server/share/x', win), '\\\\server\\share\\x');
assert.strictEqual(fileURLToPath('file:///c|/x', win), 'c:\\x');
assert.throws(() => fileURLToPath('file:///a/b', win), {
  code: 'ERR_INVALID_FILE_URL_PATH', message: 'File URL path must be absolute',
});
assert.throws(() => fileURLToPath('file:///C:/a%5cb', win), {
  code: 'ERR_INVALID_FILE_URL_PATH',
  message: 'File URL path must not include encoded \\ or / characters',
});

// pathToFileURL, POSIX: characters that would change the meaning are escaped.
assert.strictEqual(pathToFileURL('/a b/c%d#e?f').href, 'file:///a%20b/c%25d%23e%3Ff');
assert.strictEqual(pathToFileURL('/x\\y\nz\tw\r').href, 'file:///x%5Cy%0Az%09w%0D');
assert.strictEqual(pathToFileURL('/trail/').href, 'file:///trail/');
assert.strictEqual(pathToFileURL('/a/../b').href, 'file:///b');
assert.strictEqual(pathToFileURL('/\u00e9').href, 'file:///%C3%A9');
assert.strictEqual(pathToFileURL('rel/x').href, `file://${path.resolve('rel/x')}`);
assert(pathToFileURL('/x') instanceof URL);
for (const p of ['/a b/%/#/?/\u00e9', '/x\\y', '/tab\there']) {
  assert.strictEqual(fileURLToPath(pathToFileURL(p)), p);
}

// pathToFileURL, Windows.
assert.strictEqual(pathToFileURL('C:\\a b\\c%d#e', win).href, 'file:///C:/a%20b/c%25d%23e');
assert.strictEqual(pathToFileURL('\\\\server\\share\\f x', win).href, 'file://server/share/f%20x');
assert.strictEqual(pathToFileURL('c:/x/', win).href, 'file:///c:/x/');

// urlToHttpOptions.
const options = urlToHttpOptions(new URL('https://a%20b:c@[::1]:8443/p?q#h'));
assert.deepStrictEqual({ ...options }, {
  protocol: 'https:', hostname: '::1', hash: '#h', search: '?q', pathname: '/p',
  path: '/p?q', href: 'https://a%20b:c@[::1]:8443/p?q#h', port: 8443, auth: 'a b:c',
});
assert.strictEqual(Object.getPrototypeOf(options), null);
assert.strictEqual('port' in urlToHttpOptions(new URL('http://x/')), false);
assert.strictEqual('auth' in urlToHttpOptions(new URL('http://x/')), false);

// domainToASCII / domainToUnicode: '' when invalid.
const domains = [
  ['EXAMPLE.com', 'example.com', 'example.com'],
  ['ex\u00e4mple.de', 'xn--exmple-cua.de', 'ex\u00e4mple.de'],
  ['xn--exmple-cua.de', 'xn--exmple-cua.de', 'ex\u00e4mple.de'],
  ['fa\u00df.de', 'xn--fa-hia.de', 'fa\u00df.de'],
  ['1.2', '1.0.0.2', '1.0.0.2'],
  ['0x7f.1', '127.0.0.1', '127.0.0.1'],
  ['[::1]', '[::1]', '[::1]'],
  ['x y', '', ''],
  ['', '', ''],
  ['xn--i\u00f1valid.com', '', ''],
  ['a\u200db.com', '', ''],
];
for (const [input, ascii, unicode] of domains) {
  assert.strictEqual(domainToASCII(input), ascii, input);
  assert.strictEqual(domainToUnicode(input), unicode, input);
}
assert.throws(() => domainToASCII(), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => domainToUnicode(), { code: 'ERR_MISSING_ARGS' });
