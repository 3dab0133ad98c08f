'use strict';
// The WHATWG URL parser over a table of tricky inputs (test/fixtures/url/whatwg-parse.json,
// each expected value taken from Node 24): special schemes and default ports, credentials,
// tabs and newlines, percent-encoding per component, dot segments, IPv4 in every number
// form, IPv6 with compression, IDNA, forbidden code points, opaque hosts and paths, file
// URLs with Windows drive letters, and relative references against a base. A row is
// [input, expected, base?]; expected is null when the input must fail, otherwise the
// values of href, origin, protocol, username, password, host, hostname, port, pathname,
// search and hash.
require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const rows = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'url',
                                                  'whatwg-parse.json'), 'utf8'));
const keys = ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port',
              'pathname', 'search', 'hash'];
assert(rows.length >= 200);

for (const [input, expected, base] of rows) {
  const label = `${JSON.stringify(input)}${base === undefined ? '' : ` against ${base}`}`;
  if (expected === null) {
    assert.throws(() => new URL(input, base), (err) => {
      assert(err instanceof TypeError, label);
      assert.strictEqual(err.code, 'ERR_INVALID_URL', label);
      assert.strictEqual(err.message, 'Invalid URL', label);
      assert.strictEqual(err.input, input, label);
      if (base !== undefined) assert.strictEqual(err.base, base, label);
      else assert(!('base' in err), label);
      return true;
    }, label);
    assert.strictEqual(URL.canParse(input, base), false, label);
    assert.strictEqual(URL.parse(input, base), null, label);
    continue;
  }
  const url = new URL(input, base);
  const actual = keys.map((key) => url[key]);
  assert.deepStrictEqual(actual, expected, label);
  assert.strictEqual(URL.canParse(input, base), true, label);
  assert.strictEqual(URL.parse(input, base).href, expected[0], label);
  // The serialization parses to itself.
  assert.strictEqual(new URL(url.href).href, url.href, label);
  assert.strictEqual(String(url), url.href);
  assert.strictEqual(url.toJSON(), url.href);
}
