'use strict';
// The URL parser's edge cases (test/fixtures/url/whatwg-edges.json, each expected value
// taken from Node 24): hosts that need UTS #46 (non-ASCII, "xn--" labels, percent-encoded
// bytes), IPv4 and IPv6 in valid and invalid forms, ports, credentials, inputs that are
// already serialized next to ones that are not, relative references, and every class of
// code point (C0 controls, each ASCII character, non-ASCII, lone surrogates) in each
// component. A row is [input, base or null, expected]; expected is null when the input must
// fail, otherwise [href, host, pathname, search, hash]. Then inputs of 1 MB, and
// URLSearchParams decoding.
require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const rows = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'url',
                                                  'whatwg-edges.json'), 'utf8'));
assert(rows.length >= 120);

for (const [input, base, expected] of rows) {
  const label = `${JSON.stringify(input)}${base === null ? '' : ` against ${base}`}`;
  const args = base === null ? [input] : [input, base];
  if (expected === null) {
    assert.throws(() => new URL(...args), { code: 'ERR_INVALID_URL' }, label);
    assert.strictEqual(URL.canParse(...args), false, label);
    assert.strictEqual(URL.parse(...args), null, label);
    continue;
  }
  const url = new URL(...args);
  assert.deepStrictEqual([url.href, url.host, url.pathname, url.search, url.hash], expected,
                         label);
  assert.strictEqual(URL.canParse(...args), true, label);
  // A serialized URL parses to itself.
  assert.strictEqual(new URL(url.href).href, url.href, label);
}

// An already serialized URL keeps every component where it is.
{
  const url = new URL('https://user:pw@www.example.org:8443/a/b.html?x=1&y=%20#frag');
  assert.strictEqual(url.href, 'https://user:pw@www.example.org:8443/a/b.html?x=1&y=%20#frag');
  assert.strictEqual(url.origin, 'https://www.example.org:8443');
  assert.strictEqual(url.username, 'user');
  assert.strictEqual(url.password, 'pw');
  assert.strictEqual(url.hostname, 'www.example.org');
  assert.strictEqual(url.port, '8443');
  assert.strictEqual(url.pathname, '/a/b.html');
  assert.strictEqual(url.search, '?x=1&y=%20');
  assert.strictEqual(url.hash, '#frag');
  assert.strictEqual(url.searchParams.get('y'), ' ');
  url.pathname = '/c';
  assert.strictEqual(url.href, 'https://user:pw@www.example.org:8443/c?x=1&y=%20#frag');
}

// One base serves many inputs, and a failing base fails every time.
for (let i = 0; i < 3; i++) {
  assert.strictEqual(new URL(`p${i}`, 'http://h/dir/f').href, `http://h/dir/p${i}`);
  assert.throws(() => new URL('p', 'not a base'), { code: 'ERR_INVALID_URL' });
}

// Inputs of 1 MB.
const MB = 1 << 20;
{
  const long = 'a'.repeat(MB);
  let url = new URL(`http://h/${long}`);
  assert.strictEqual(url.pathname.length, MB + 1);
  url = new URL(`http://h/${'\u00e9'.repeat(MB)}`);
  assert.strictEqual(url.pathname.length, 6 * MB + 1);
  assert.strictEqual(url.pathname.slice(0, 7), '/%C3%A9');
  url = new URL(`http://h/?${'a b'.repeat(MB / 4)}`);
  assert.strictEqual(url.search.length, 5 * (MB / 4) + 1);
  assert.strictEqual(url.searchParams.get(`a b${'a b'.repeat(MB / 4 - 1)}`), '');
  url = new URL(`http://${long}/x`);
  assert.strictEqual(url.hostname, long);
  url = new URL(`http://h/${'../'.repeat(MB / 3)}x`);
  assert.strictEqual(url.pathname, '/x');
  url = new URL(`http://h/${'x/'.repeat(MB / 2)}`);
  assert.strictEqual(url.pathname.length, MB + 1);
  url = new URL(`http://h/a${'\t'.repeat(MB)}b#${'\n'.repeat(MB)}c`);
  assert.strictEqual(url.href, 'http://h/ab#c');
  url = new URL(`sc:${long}`);
  assert.strictEqual(url.pathname, long);
  url = new URL(`${' '.repeat(MB)}http://h/${' '.repeat(MB)}`);
  assert.strictEqual(url.href, 'http://h/');
  assert.throws(() => new URL(`http://h:${'1'.repeat(MB)}/`), { code: 'ERR_INVALID_URL' });
  assert.throws(() => new URL(`http://[${'1:'.repeat(MB / 2)}]/`), { code: 'ERR_INVALID_URL' });
  assert.throws(() => new URL(`http://${'1.'.repeat(MB / 2)}1/`), { code: 'ERR_INVALID_URL' });
}

// URLSearchParams: '+', ASCII and UTF-8 escapes, malformed escapes, empty pairs.
{
  const queries = ['a=b', 'a+b=c+d', '%41%42=%7e', '%zz=%4', '%=%%', 'caf%C3%A9=%E2%82%AC',
    '%C3=%A9', 'x=%ff%fe', '+%2B+=%20', '&&a&=&b=', '%F0%9F%98%80=%ED%A0%80', 'a=1&a=2&b=%2x',
    '\u00e9=\u00fc+'];
  const expected = [
    [['a', 'b']], [['a b', 'c d']], [['AB', '~']], [['%zz', '%4']], [['%', '%%']],
    [['caf\u00e9', '\u20ac']], [['\ufffd', '\ufffd']], [['x', '\ufffd\ufffd']], [[' + ', ' ']],
    [['a', ''], ['', ''], ['b', '']], [['\u{1f600}', '\ufffd\ufffd\ufffd']],
    [['a', '1'], ['a', '2'], ['b', '%2x']], [['\u00e9', '\u00fc ']],
  ];
  assert.deepStrictEqual(queries.map((q) => [...new URLSearchParams(q)]), expected);
}
