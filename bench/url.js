'use strict';
// URL parsing throughput: `new URL()` over 100,000 varied URLs, `url.parse()` over the
// same strings, and URLSearchParams over their queries. Run by bench/url.sh under Lode
// and Node; prints one line per case: `name ops_per_second`.
//
// The inputs are generated deterministically (xorshift32), so both runtimes see the
// same 100,000 strings: http/https/ws/ftp/file and opaque schemes, ports, credentials,
// queries, fragments, IPv4 in several notations, IPv6, percent-escapes, non-ASCII paths
// and hosts, and relative references parsed against a base.

const url = require('url');
process.noDeprecation = true;

const COUNT = 100000;
// xorshift32: the low bits of a power-of-two LCG repeat with short periods, which made
// most generated URLs alike.
let seed = 12345;
function rand(n) {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) % n;
}
function pick(list) {
  return list[rand(list.length)];
}

const words = ['index', 'api', 'v1', 'users', 'search', 'a-b_c', 'img', 'static', 'x', 'docs',
  'caf\u00e9', '%7Euser', 'deep', 'path', 'foo.html', 'bar.js'];
const hosts = ['example.com', 'www.example.org', 'sub.domain.co.uk', 'localhost', 'EXAMPLE.COM',
  'a.b.c.d.e.example', 'xn--nxasmq6b.com', 'host-name.io'];
const unicodeHosts = ['m\u00fcnchen.de', 'b\u00fccher.example', '\u4f8b\u3048.jp', 'caf\u00e9.fr'];
const ipv4 = () => pick([
  `${rand(256)}.${rand(256)}.${rand(256)}.${rand(256)}`,
  `0x${rand(256).toString(16)}.${rand(256)}.${rand(65536)}`,
  `${rand(4294967295)}`,
  `0${rand(8)}${rand(8)}.0.0.1`,
]);
const ipv6 = () => pick([
  `[2001:db8::${rand(65536).toString(16)}]`,
  `[::1]`,
  `[fe80:0:0:0:${rand(65536).toString(16)}:0:0:1]`,
  `[::ffff:192.168.${rand(256)}.${rand(256)}]`,
]);

function path() {
  let p = '';
  const n = 1 + rand(4);
  for (let i = 0; i < n; i++) p += `/${pick(words)}`;
  if (rand(8) === 0) p += '/../x/./y';
  return p;
}
function query() {
  if (rand(2)) return '';
  let q = '?';
  const n = 1 + rand(4);
  for (let i = 0; i < n; i++) {
    q += `${i ? '&' : ''}${pick(['q', 'page', 'id', 'sort', 'a b', 'utf8'])}=${pick(
      ['1', 'hello+world', '%20x', 'caf%C3%A9', 'long-value-' + rand(1000), ''])}`;
  }
  return q;
}
function fragment() {
  return rand(4) === 0 ? `#${pick(['top', 'section-2', 'a b', 'x'])}` : '';
}

const absolute = [];
const relative = [];
for (let i = 0; i < COUNT; i++) {
  const kind = rand(20);
  let s;
  if (kind < 8) {
    const scheme = pick(['http', 'https', 'https', 'ws', 'ftp']);
    const auth = rand(10) === 0 ? 'user:pa%20ss@' : '';
    const port = rand(4) === 0 ? `:${pick([80, 443, 8080, 3000, 21])}` : '';
    s = `${scheme}://${auth}${pick(hosts)}${port}${path()}${query()}${fragment()}`;
  } else if (kind < 10) {
    s = `http://${ipv4()}:${1 + rand(65535)}${path()}${query()}`;
  } else if (kind < 12) {
    s = `https://${ipv6()}${path()}${fragment()}`;
  } else if (kind < 13) {
    s = `https://${pick(unicodeHosts)}${path()}`;
  } else if (kind < 15) {
    s = `file://${rand(2) ? '' : 'localhost'}${path()}`;
  } else if (kind < 16) {
    s = pick(['mailto:someone@example.com', 'data:text/plain,hello%20world', 'urn:isbn:0451450523',
      'javascript:void(0)', 'git+ssh://git@github.com/x/y.git', 'blob:https://a.com/uuid']);
  } else {
    s = null;
    relative.push(`${pick(['', '../', './', '/'])}${path().slice(1)}${query()}${fragment()}`);
  }
  if (s !== null) absolute.push(s);
}
const bases = ['https://example.com/a/b/c', 'http://host:8080/dir/', 'file:///home/user/x'];
const queries = [];
for (let i = 0; i < COUNT / 2; i++) {
  let q = '';
  const n = 1 + rand(6);
  for (let j = 0; j < n; j++) {
    q += `${j ? '&' : ''}${pick(['q', 'page', 'id', 'sort', 'a+b', 'k%20y'])}=${pick(
      ['1', 'hello+world', '%20x', 'caf%C3%A9', 'v' + rand(1000), ''])}`;
  }
  queries.push(q);
}

let sink = 0;
const cases = {
  'new URL (absolute)': () => {
    for (let i = 0; i < absolute.length; i++) sink += new URL(absolute[i]).href.length;
    return absolute.length;
  },
  'new URL (relative + base)': () => {
    for (let i = 0; i < relative.length; i++) {
      sink += new URL(relative[i], bases[i % 3]).href.length;
    }
    return relative.length;
  },
  'new URL + read components': () => {
    for (let i = 0; i < absolute.length; i++) {
      const u = new URL(absolute[i]);
      sink += u.hostname.length + u.pathname.length + u.search.length + u.port.length;
    }
    return absolute.length;
  },
  'url.parse': () => {
    for (let i = 0; i < absolute.length; i++) sink += url.parse(absolute[i]).href.length;
    return absolute.length;
  },
  'new URLSearchParams': () => {
    for (let i = 0; i < queries.length; i++) sink += new URLSearchParams(queries[i]).size;
    return queries.length;
  },
};

const only = process.argv[2];
for (const [name, fn] of Object.entries(cases)) {
  if (only && !name.startsWith(only)) continue;
  fn(); // warm-up
  let best = 0;
  for (let round = 0; round < 3; round++) {
    const start = process.hrtime.bigint();
    const ops = fn();
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    best = Math.max(best, ops / seconds);
  }
  console.log(`${name}\t${Math.round(best)}`);
}
if (sink === 0) console.log('');
