'use strict';
// process.features and process.config are objects with the documented shape.
require('../common');
const assert = require('assert');

const { features } = process;
assert.strictEqual(typeof features, 'object');
for (const key of ['inspector', 'debug', 'uv', 'ipv6', 'tls_alpn', 'tls_sni', 'tls_ocsp', 'tls',
                   'cached_builtins']) {
  assert.strictEqual(typeof features[key], 'boolean', `features.${key}`);
}
assert.strictEqual(features.uv, true);
assert.strictEqual(features.ipv6, true);
assert.strictEqual(typeof features.require_module, 'boolean');
assert(['strip', 'transform', false].includes(features.typescript));

assert.strictEqual(typeof process.config, 'object');
assert.strictEqual(typeof process.config.variables, 'object');
assert.strictEqual(typeof process.config.target_defaults, 'object');
