'use strict';
// import.meta: url, filename, dirname, main, resolve (which returns the URL of a missing
// relative file instead of throwing, but throws for a missing package).
const common = require('../common');
const assert = require('assert');
const path = require('path');

const fixture = path.join(__dirname, '..', 'fixtures', 'esm', 'meta.mjs');
const dirURL = 'file://' + path.dirname(fixture);

import('../fixtures/esm/meta.mjs').then(common.mustCall(({ meta, resolved }) => {
  assert.strictEqual(Object.getPrototypeOf(meta), null);
  assert.deepStrictEqual(Object.keys(meta), ['dirname', 'filename', 'main', 'resolve', 'url']);
  assert.strictEqual(meta.url, 'file://' + fixture);
  assert.strictEqual(meta.filename, fixture);
  assert.strictEqual(meta.dirname, path.dirname(fixture));
  assert.strictEqual(meta.main, false);
  assert.deepStrictEqual(resolved, [
    dirURL + '/counter.mjs',
    'node:fs',
    'node:fs',
    dirURL + '/does-not-exist.mjs',
  ]);
  assert.throws(() => meta.resolve('no-such-package-anywhere'), {
    code: 'ERR_MODULE_NOT_FOUND',
    message: `Cannot find package 'no-such-package-anywhere' imported from ${fixture}`,
  });
}));
