'use strict';
// The legacy url.parse (with parseQueryString and slashesDenoteHost), url.format and
// url.resolve / resolveObject over a table whose expected values come from Node 24
// (test/fixtures/url/legacy.json): trimming, backslashes, spaces and other characters
// that end a hostname, auth with '@', tabs and newlines in the authority, IDNA, IPv6,
// ports that are not numbers, protocols with and without slashes, RFC 3986's resolution
// examples and the mailto: quirks.
require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const url = require('url');

process.noDeprecation = true;
const table = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'url',
                                                   'legacy.json'), 'utf8'));

for (const [input, parseQueryString, slashesDenoteHost, expected] of table.parse) {
  const label = `${JSON.stringify(input)} ${parseQueryString} ${slashesDenoteHost}`;
  if (typeof expected === 'string') {
    assert.throws(() => url.parse(input, parseQueryString, slashesDenoteHost),
                  { code: expected }, label);
    continue;
  }
  const result = url.parse(input, parseQueryString, slashesDenoteHost);
  assert(result instanceof url.Url, label);
  assert.deepStrictEqual(Object.keys(result), Object.keys(expected), label);
  assert.deepStrictEqual(JSON.parse(JSON.stringify(result)), expected, label);
  if (parseQueryString) assert.strictEqual(Object.getPrototypeOf(result.query), null, label);
  assert.strictEqual(url.format(result), expected.href, label);
  assert.strictEqual(url.format(input), url.parse(input).href, label);
}

for (const [from, to, expected, expectedObject] of table.resolve) {
  const label = `${from} + ${to}`;
  assert.strictEqual(url.resolve(from, to), expected, label);
  assert.deepStrictEqual(JSON.parse(JSON.stringify(url.resolveObject(from, to))), expectedObject,
                         label);
}

for (const [object, expected] of table.format) {
  assert.strictEqual(url.format(object), expected, JSON.stringify(object));
}
