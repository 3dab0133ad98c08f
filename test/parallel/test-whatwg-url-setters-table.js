'use strict';
// The URL setters, with the URL Standard's state overrides, over a table
// (test/fixtures/url/whatwg-setters.json, expected values from Node 24). A row is
// [href, property, value, expected href or error code].
require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const rows = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'url',
                                                  'whatwg-setters.json'), 'utf8'));
for (const [href, property, value, expected] of rows) {
  const label = `${href} .${property} = ${JSON.stringify(value)}`;
  const url = new URL(href);
  if (expected.startsWith('ERR_')) {
    assert.throws(() => { url[property] = value; }, { code: expected }, label);
    assert.strictEqual(url.href, href, label);
  } else {
    url[property] = value;
    assert.strictEqual(url.href, expected, label);
  }
}
