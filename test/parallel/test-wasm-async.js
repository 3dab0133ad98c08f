'use strict';
// WebAssembly's asynchronous functions settle (JavaScriptCore completes them from its own
// run loop, which Lode drives from the event loop), and a pending compilation keeps the
// process alive until it settles.
const common = require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

// (module (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add))
const bytes = new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x07, 0x01, 0x60, 0x02, 0x7f, 0x7f,
  0x01, 0x7f, 0x03, 0x02, 0x01, 0x00, 0x07, 0x07, 0x01, 0x03, 0x61, 0x64, 0x64, 0x00, 0x00,
  0x0a, 0x09, 0x01, 0x07, 0x00, 0x20, 0x00, 0x20, 0x01, 0x6a, 0x0b,
]);

assert.ok(WebAssembly.validate(bytes));
WebAssembly.compile(bytes).then(common.mustCall((module) => {
  assert.ok(module instanceof WebAssembly.Module);
  const [exported] = WebAssembly.Module.exports(module);
  assert.strictEqual(exported.name, 'add');
  assert.strictEqual(exported.kind, 'function');
  return WebAssembly.instantiate(module);
})).then(common.mustCall((instance) => {
  assert.strictEqual(instance.exports.add(2, 3), 5);
}));
WebAssembly.instantiate(bytes).then(common.mustCall(({ module, instance }) => {
  assert.ok(module instanceof WebAssembly.Module);
  assert.strictEqual(instance.exports.add(20, 22), 42);
}));
assert.rejects(WebAssembly.compile(new Uint8Array([1, 2, 3])), WebAssembly.CompileError)
  .then(common.mustCall());
assert.rejects(WebAssembly.compile('not bytes'), TypeError).then(common.mustCall());
assert.strictEqual(WebAssembly.compile.name, 'compile');
assert.strictEqual(WebAssembly.instantiate.length, 1);
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(globalThis, 'WebAssembly').enumerable, false);

// A program whose only pending work is a compilation still sees it finish.
const child = spawnSync(process.execPath, ['-e', `
  WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]))
    .then((m) => console.log('compiled', m instanceof WebAssembly.Module));
`], { encoding: 'utf8' });
assert.strictEqual(child.stdout, 'compiled true\n');
assert.strictEqual(child.status, 0);
