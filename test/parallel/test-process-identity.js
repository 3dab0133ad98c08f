'use strict';
// process.platform, arch, version, versions and release describe a Node 24 on Linux.
require('../common');
const assert = require('assert');

assert.strictEqual(process.platform, 'linux');
assert(['x64', 'arm64', 'ia32', 'arm', 'ppc64', 's390x', 'riscv64', 'loong64'].includes(process.arch));

assert.match(process.version, /^v24\.\d+\.\d+$/);
assert.strictEqual(typeof process.versions, 'object');
assert.strictEqual(`v${process.versions.node}`, process.version);
assert.match(process.versions.uv, /^\d+\.\d+\.\d+/);
assert.match(process.versions.modules, /^\d+$/);

assert.strictEqual(process.release.name, 'node');
assert.strictEqual(typeof process.release.sourceUrl, 'string');
assert(process.release.sourceUrl.includes(process.version));
assert.strictEqual(typeof process.release.headersUrl, 'string');

assert.strictEqual(process.title.length > 0, true);
assert.strictEqual(Object.prototype.toString.call(process), '[object process]');
assert.strictEqual(require('process'), process);
assert.strictEqual(require('node:process'), process);
