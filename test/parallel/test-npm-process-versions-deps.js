'use strict';
// got@11 sends `accept-encoding: br` only when process.versions.brotli is a string; other
// packages read process.versions.openssl / zlib / llhttp to pick features.
const assert = require('assert');

for (const name of ['zlib', 'brotli', 'openssl', 'llhttp']) {
  assert.strictEqual(typeof process.versions[name], 'string', name);
  assert.match(process.versions[name], /^\d+\.\d+/, name);
}
