'use strict';
// process.versions: Node 24's ABI numbers (modules 137, napi 10) that prebuilt-binary
// loaders such as node-gyp-build and prebuild-install key their file names on, the versions
// of the libraries a runtime has (uv, zlib, brotli, ares, openssl, llhttp, icu, unicode)
// under Node's names, Node's key order (node first, then alphabetical), read-only entries,
// and process.version/versions/arch/platform/release read-only but configurable.
require('../common');
const assert = require('assert');

const { versions } = process;
assert.strictEqual(Object.getOwnPropertyDescriptor(versions, 'node').writable, false);
for (const name of ['version', 'versions', 'arch', 'platform', 'release']) {
  const descriptor = Object.getOwnPropertyDescriptor(process, name);
  assert.strictEqual(descriptor.writable, false, name);
  assert.strictEqual(descriptor.configurable, true, name);
}
// A test double replaces the whole object, as packages' test suites do.
const saved = process.versions;
Object.defineProperty(process, 'versions', { value: { ...saved, modules: '999' } });
assert.strictEqual(process.versions.modules, '999');
Object.defineProperty(process, 'versions', { value: saved });
assert.strictEqual(`v${versions.node}`, process.version);
assert.match(versions.node, /^24\.\d+\.\d+$/);
assert.strictEqual(versions.modules, '137');
assert.strictEqual(versions.napi, '10');
for (const name of ['uv', 'zlib', 'brotli', 'ares', 'openssl', 'llhttp', 'icu']) {
  assert.strictEqual(typeof versions[name], 'string', name);
  assert.match(versions[name], /^\d+\.\d+/, name);
}
assert.match(versions.unicode, /^\d+\.\d+$/);
assert.match(versions.uv, /^\d+\.\d+\.\d+/);

// node-gyp-build's name for a prebuilt addon: `node.abi${modules}` or `node.napi`.
const abiTag = `node.abi${versions.modules}`;
assert.strictEqual(abiTag, 'node.abi137');
assert.ok(Number(versions.napi) >= 8);

// Node lists node first and its libraries alphabetically; a runtime's own entries (if any)
// follow them.
const keys = Object.keys(versions);
assert.strictEqual(keys[0], 'node');
const shared = ['ares', 'brotli', 'icu', 'llhttp', 'modules', 'napi', 'openssl', 'unicode', 'uv',
                'zlib'];
assert.deepStrictEqual(keys.filter((k) => shared.includes(k)), shared);

// The ICU version is the one Intl uses: its Unicode data knows characters of that version.
assert.ok(Number(versions.icu.split('.')[0]) >= 60);
