'use strict';
// Files are loaded by the handler of their extension as path.extname() sees it: '.cjs' and
// unknown extensions as CommonJS, a '.ts' dotfile (no extension) as JavaScript, '..ts' as
// TypeScript. Module._findPath checks that its request is a string, and a module that is
// not found has the require stack. (The loader answers these without node:path.)
require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const Module = require('module');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-ext-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));

fs.writeFileSync(path.join(dir, 'a.cjs'), 'module.exports = "cjs";');
fs.writeFileSync(path.join(dir, 'b.foo'), 'module.exports = "foo";');
fs.writeFileSync(path.join(dir, '.ts'), 'module.exports = "dotfile";');
fs.writeFileSync(path.join(dir, '..ts'), 'const n: number = 2; module.exports = n;');
fs.writeFileSync(path.join(dir, 'c.d.cts'), 'const s: string = "cts"; module.exports = s;');
fs.writeFileSync(path.join(dir, 'd.'), 'module.exports = "dot";');

assert.strictEqual(require(path.join(dir, 'a.cjs')), 'cjs');
assert.strictEqual(require(path.join(dir, 'b.foo')), 'foo');
assert.strictEqual(require(path.join(dir, '.ts')), 'dotfile');
assert.strictEqual(require(path.join(dir, '..ts')), 2);
assert.strictEqual(require(path.join(dir, 'c.d.cts')), 'cts');
assert.strictEqual(require(path.join(dir, 'd.')), 'dot');

for (const value of [1, null, undefined, {}]) {
  assert.throws(() => Module._findPath(value, ['/']), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  });
}
assert.strictEqual(Module._findPath(path.join(dir, 'a.cjs'), null),
                   path.join(fs.realpathSync(dir), 'a.cjs'));
assert.strictEqual(Module._findPath(path.join(dir, 'missing'), null), false);
assert.deepStrictEqual(Module._nodeModulePaths('rel/x'),
                       Module._nodeModulePaths(path.resolve('rel/x')));

assert.throws(() => require(path.join(dir, 'missing')), (err) => {
  assert.strictEqual(err.code, 'MODULE_NOT_FOUND');
  assert.deepStrictEqual(err.requireStack, [__filename]);
  const lines = err.message.split('\n');
  assert.match(lines[0], /^Cannot find module '.*missing'$/);
  assert.deepStrictEqual(lines.slice(1), ['Require stack:', `- ${__filename}`]);
  assert.match(err.stack.split('\n')[3], /_resolveFilename/);
  return true;
});
