'use strict';
// Node-API: an addon (test/addons/napi_basic.c) compiled against Lode's include/ with the
// system C compiler, loaded with require(): values, strings, integer conversions, errors
// with codes, objects and property enumeration, a class with wrapped native data and
// subclassing, references, externals, buffers and typed arrays, BigInt words, promises
// settled from async work, finalizers after garbage collection, and process.dlopen's errors.
const common = require('../common');
const assert = require('assert');
const { execFileSync, spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const cc = ['cc', 'gcc', 'clang'].find((c) => spawnSync(c, ['--version']).status === 0);
if (cc === undefined) {
  console.log('1..0 # Skipped: no C compiler');
  process.exit(0);
}
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-napi-'));
const addonPath = path.join(dir, 'napi_basic.node');
execFileSync(cc, ['-shared', '-fPIC', '-O1', '-I', path.join(__dirname, '..', '..', 'include'),
                  '-o', addonPath, path.join(__dirname, '..', 'addons', 'napi_basic.c')]);
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));

if (process.argv[2] === 'gc') {
  // Finalizers of wrapped objects run after they are collected.
  const addon = require(addonPath);
  (function make() {
    for (let i = 0; i < 200; i++) new addon.Counter(i);
  })();
  (async () => {
    for (let i = 0; i < 10 && addon.finalized() === 0; i++) {
      globalThis.gc();
      await new Promise(setImmediate);
    }
    assert.ok(addon.finalized() > 0, `finalized ${addon.finalized()}`);
  })().then(common.mustCall());
  return;
}

const addon = require(addonPath);
assert.strictEqual(require(addonPath), addon);

// Numbers, and the status of reading a value as the wrong type.
assert.strictEqual(addon.add(2, 3), 5);
assert.throws(() => addon.add('x', 1), { code: 'E_NAPI_CALL' });
const napi_number_expected = 6;
const napi_boolean_expected = 7;
const napi_string_expected = 3;
const napi_bigint_expected = 17;
assert.strictEqual(addon.status('x', 'int32'), napi_number_expected);
assert.strictEqual(addon.status(1, 'bool'), napi_boolean_expected);
assert.strictEqual(addon.status(1, 'string'), napi_string_expected);
assert.strictEqual(addon.status(5, 'bigint'), napi_bigint_expected);
assert.strictEqual(addon.status(5n, 'bigint'), 0);
assert.throws(() => addon.status(null, 'object'), TypeError);
assert.deepStrictEqual(addon.ints(2 ** 32 + 5), [5, 5, 2 ** 32 + 5]);
assert.deepStrictEqual(addon.ints(-1.5), [-1, 2 ** 32 - 1, -1]);
assert.deepStrictEqual(addon.ints(NaN), [0, 0, 0]);
assert.deepStrictEqual(addon.ints(Infinity), [0, 0, 0]);
assert.deepStrictEqual(addon.ints(1e20), [1661992960, 1661992960, 2 ** 63]);

// Strings: a short buffer never ends inside a UTF-8 sequence; latin1 and UTF-16 in.
assert.strictEqual(addon.utf8('héllo', 3), 'h');
assert.strictEqual(addon.utf8('héllo', 4), 'hé');
assert.strictEqual(addon.utf8('héllo', 100), 'héllo');
assert.strictEqual(addon.utf8('', 1), '');
assert.deepStrictEqual(addon.latin1Utf16(), ['café', 'hi😀']);

assert.deepStrictEqual(
  [undefined, null, true, 1, 's', Symbol('s'), {}, () => {}, addon.external(1), 1n].map(addon.typeOf),
  ['undefined', 'null', 'boolean', 'number', 'string', 'symbol', 'object', 'function', 'external',
   'bigint']);

// Calling back into JavaScript, and errors in both directions.
assert.strictEqual(addon.callWith((x, y) => x + y, 1, 2), 3);
assert.throws(() => addon.callWith(() => { throw new RangeError('inside'); }), /inside/);
assert.throws(() => addon.throwWith('type'), { name: 'TypeError', code: 'E_TEST', message: 'bad type' });
assert.throws(() => addon.throwWith('range'), { name: 'RangeError', code: 'E_TEST' });
assert.throws(() => addon.throwWith('plain'), (e) => e instanceof Error && e.code === undefined &&
              e.message === 'plain');
assert.throws(() => addon.throwWith('value'), (e) => e === 42);
assert.strictEqual(addon.catchFrom(() => { throw new Error('inner'); }).message, 'inner');
assert.strictEqual(addon.catchFrom(() => 1), undefined);

// Objects.
class P { constructor() { this.own = 1; } }
P.prototype.inh = 2;
assert.deepStrictEqual(addon.keys(new P()), ['own', 'inh']);
assert.deepStrictEqual(addon.keys({ 1: 'a', b: 2 }), ['1', 'b']);
const built = addon.objectOps();
assert.deepStrictEqual({ ...built }, { a: 1, b: 'two', ok: true, fixed: 'two' });
assert.strictEqual(Object.getOwnPropertyDescriptor(built, 'fixed').writable, false);
assert.strictEqual(Object.getOwnPropertyDescriptor(addon, 'add').enumerable, false);

// A class: methods, an accessor, a static, new.target, subclasses, instanceof.
const { Counter } = addon;
assert.strictEqual(Counter.name, 'Counter');
assert.strictEqual(typeof Counter, 'function');
const counter = new Counter(5);
assert.strictEqual(counter.increment(), 6);
assert.strictEqual(counter.value, 6);
assert.strictEqual(Counter.kind(), 'counter');
assert.ok(counter instanceof Counter);
assert.throws(() => Counter(), { name: 'TypeError', message: 'Counter must be called with new' });
class Sub extends Counter {
  double() { return this.value * 2; }
}
const sub = new Sub(10);
sub.increment();
assert.strictEqual(sub.double(), 22);
assert.ok(sub instanceof Sub && sub instanceof Counter);
assert.throws(() => Counter.prototype.increment.call({}), { name: 'TypeError', message: 'Illegal invocation' });

// References, externals, binary data, BigInts.
const held = { x: 1 };
assert.strictEqual(addon.ref(held), 1);
assert.strictEqual(addon.deref(), held);
assert.strictEqual(addon.externalValue(addon.external(42)), 42);
assert.throws(() => addon.externalValue({}), { code: 'E_NAPI_CALL' });
const buf = addon.makeBuffer();
assert.ok(Buffer.isBuffer(buf));
assert.strictEqual(buf.toString(), 'hello');
assert.strictEqual(addon.sumBytes(Buffer.from([1, 2, 3])), 6);
assert.strictEqual(addon.sumBytes(new Uint8Array([4, 5]).subarray(1)), 5);
assert.throws(() => addon.sumBytes(5), { name: 'TypeError', message: 'expected a typed array' });
assert.deepStrictEqual(addon.makeTyped(), new Int32Array([10, 20, 30]));
assert.strictEqual(addon.negateBigInt(123456789012345678901234567890n), -123456789012345678901234567890n);
assert.strictEqual(addon.negateBigInt(-5n), 5n);
assert.strictEqual(addon.negateBigInt(0n), 0n);
assert.ok(addon.version().napi >= 9);
assert.strictEqual(addon.version().major, Number(process.versions.node.split('.')[0]));

// A promise settled by async work done on the thread pool.
addon.square(12).then(common.mustCall((v) => assert.strictEqual(v, 144)));

// process.dlopen's errors.
assert.throws(() => require(path.join(dir, 'missing.node')), { code: 'MODULE_NOT_FOUND' });
fs.writeFileSync(path.join(dir, 'bad.node'), 'not an ELF file\n'.repeat(100));
assert.throws(() => require(path.join(dir, 'bad.node')), {
  code: 'ERR_DLOPEN_FAILED', message: /invalid ELF header/,
});
assert.throws(() => process.dlopen({ exports: {} }, path.join(dir, 'nothing.node')), {
  code: 'ERR_DLOPEN_FAILED', message: /No such file or directory/,
});
const plainLib = path.join(dir, 'plain.so');
fs.writeFileSync(path.join(dir, 'plain.c'), 'int plain(void) { return 1; }\n');
execFileSync(cc, ['-shared', '-fPIC', '-o', plainLib, path.join(dir, 'plain.c')]);
assert.throws(() => process.dlopen({ exports: {} }, plainLib), {
  code: 'ERR_DLOPEN_FAILED', message: `Module did not self-register: '${plainLib}'.`,
});

// Bad arguments, as Node treats them: the filename becomes a string, flags that are not a
// valid mode reach dlopen() and fail there, a module without exports is a TypeError.
assert.throws(() => process.dlopen({ exports: {} }, 5), {
  code: 'ERR_DLOPEN_FAILED', message: /^5: /,
});
assert.throws(() => process.dlopen({ exports: {} }, addonPath, 'x'), {
  code: 'ERR_DLOPEN_FAILED', message: /invalid mode/,
});
assert.throws(() => process.dlopen(null, addonPath), TypeError);

// Finalizers, in a child process with --expose-gc.
const child = spawnSync(process.execPath, ['--expose-gc', __filename, 'gc'], { encoding: 'utf8' });
assert.strictEqual(child.status, 0, child.stderr);
