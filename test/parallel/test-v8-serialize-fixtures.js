'use strict';
// v8.serialize() writes the bytes Node 24 writes (V8's wire format, version 15, with
// ArrayBufferViews as DefaultSerializer host objects), and v8.deserialize() reads them
// back. The hex strings were written by Node 24's v8.serialize(); each row is
// [name, make value, hex, make the value expected back when it differs].
//
// Lode decides a few things V8 reads from engine internals by looking at the value (see
// lib/internal/v8/serdes.js): these rows use values whose V8 representation is the one
// that rule picks (number literals, array literals, strings built from literals).
require('../common');
const assert = require('assert');
const v8 = require('v8');

const fixtures = [
  ['undefined', () => undefined,
    'ff0f5f'],
  ['null', () => null,
    'ff0f30'],
  ['true', () => true,
    'ff0f54'],
  ['false', () => false,
    'ff0f46'],
  ['zero', () => 0,
    'ff0f4900'],
  ['one', () => 1,
    'ff0f4902'],
  ['minus one', () => -1,
    'ff0f4901'],
  ['int32 max', () => 2 ** 31 - 1,
    'ff0f49feffffff0f'],
  ['int32 min', () => -(2 ** 31),
    'ff0f49ffffffff0f'],
  ['above int32', () => 2 ** 31,
    'ff0f4e000000000000e041'],
  ['below int32', () => -(2 ** 31) - 1,
    'ff0f4e000020000000e0c1'],
  ['minus zero', () => -0,
    'ff0f4e0000000000000080'],
  ['NaN', () => NaN,
    'ff0f4e000000000000f87f'],
  ['Infinity', () => -Infinity,
    'ff0f4e000000000000f0ff'],
  ['double', () => 1.5,
    'ff0f4e000000000000f83f'],
  ['max safe', () => Number.MAX_SAFE_INTEGER,
    'ff0f4effffffffffff3f43'],
  ['min value', () => Number.MIN_VALUE,
    'ff0f4e0100000000000000'],
  ['empty string', () => '',
    'ff0f2200'],
  ['ascii', () => 'hello',
    'ff0f220568656c6c6f'],
  ['latin1', () => 'caf\u00e9',
    'ff0f2204636166e9'],
  ['two-byte', () => '\u20ac',
    'ff0f6302ac20'],
  ['two-byte mixed', () => 'a\u20ac',
    'ff0f63046100ac20'],
  ['surrogate pair', () => '\ud83d\ude00',
    'ff0f63043dd800de'],
  ['lone surrogate', () => '\ud800x',
    'ff0f630400d87800'],
  ['long string', () => 'x'.repeat(200),
    'ff0f22c801787878787878787878787878787878787878787878787878787878787878787878' +
    '7878787878787878787878787878787878787878787878787878787878787878787878787878' +
    '7878787878787878787878787878787878787878787878787878787878787878787878787878' +
    '7878787878787878787878787878787878787878787878787878787878787878787878787878' +
    '7878787878787878787878787878787878787878787878787878787878787878787878787878' +
    '787878787878787878787878787878'],
  ['bigint 0', () => 0n,
    'ff0f5a00'],
  ['bigint 1', () => 1n,
    'ff0f5a100100000000000000'],
  ['bigint -1', () => -1n,
    'ff0f5a110100000000000000'],
  ['bigint 2^64', () => 2n ** 64n,
    'ff0f5a2000000000000000000100000000000000'],
  ['bigint 2^64-1', () => 2n ** 64n - 1n,
    'ff0f5a10ffffffffffffffff'],
  ['bigint big negative', () => -(3n ** 100n),
    'ff0f5a31d11338cf557d94d675f7415b56683767ca53465a00000000'],
  ['empty object', () => ({}),
    'ff0f6f7b00'],
  ['object', () => ({ a: 1, b: 'two', c: null }),
    'ff0f6f2201614902220162220374776f220163307b03'],
  ['integer keys', () => ({ b: 1, 1: 'x', 0: 'y', '-1': 'z', '01': 'w' }),
    'ff0f6f49002201794902220178220162490222022d3122017a220230312201777b05'],
  ['large index keys', () => ({ 4294967294: 1, 2147483648: 2, 2147483647: 3, 4294967295: 4 }),
    'ff0f6f49feffffff0f49064e000000000000e04149044e0000c0ffffffef414902220a343239' +
    '3439363732393549087b04'],
  ['nested object', () => ({ a: { b: { c: [1, { d: 2 }] } } }),
    'ff0f6f2201616f2201626f220163410249026f22016449047b012400027b017b017b01'],
  ['__proto__ key', () => JSON.parse('{"__proto__": 1, "x": 2}'),
    'ff0f6f22095f5f70726f746f5f5f490222017849047b02'],
  ['null prototype', () => Object.assign(Object.create(null), { a: 1 }),
    'ff0f6f22016149027b01',
    () => ({ a: 1 })],
  ['undefined value', () => ({ a: undefined }),
    'ff0f6f2201615f7b01'],
  ['empty array', () => [],
    'ff0f4100240000'],
  ['smi array', () => [1, 2, 3],
    'ff0f4103490249044906240003'],
  ['double array', () => [1.5, 2, -0],
    'ff0f41034e000000000000f83f4e00000000000000404e0000000000000080240003'],
  ['mixed array', () => [1, 'x', 2.5, null, true],
    'ff0f410549022201784e00000000000004403054240005'],
  ['array of arrays', () => [[1], [[2]], []],
    'ff0f4103410149022400014101410149042400012400014100240000240003'],
  ['holey array', () => [, 1],
    'ff0f610249024902400102'],
  ['trailing hole', () => [1, , ],
    'ff0f610249004902400102'],
  ['sparse array', () => {
    const a = [1, 2];
    a[10] = 3;
    return a;
  },
    'ff0f610b49004902490249044914490640030b'],
  ['array with property', () => Object.assign([1, 2], { x: 'y' }),
    'ff0f410249024904220178220179240102'],
  ['sparse with property', () => Object.assign([, 'a'], { k: 1 }),
    'ff0f6102490222016122016b4902400202'],
  ['date', () => new Date(1700000000000),
    'ff0f4400008056febc7842'],
  ['epoch', () => new Date(0),
    'ff0f440000000000000000'],
  ['invalid date', () => new Date(NaN),
    'ff0f44000000000000f87f'],
  ['regexp', () => /ab+c/,
    'ff0f52220461622b6300'],
  ['regexp flags', () => /x/dgimsuy,
    'ff0f52220178bf01'],
  ['regexp v', () => /[\p{L}]/v,
    'ff0f5222075b5c707b4c7d5d8002'],
  ['regexp slash', () => new RegExp('a/b'),
    'ff0f522204615c2f6200'],
  ['map', () => new Map([[1, 'one'], ['k', { v: true }]]),
    'ff0f3b490222036f6e6522016b6f220176547b013a04'],
  ['empty map', () => new Map(),
    'ff0f3b3a00'],
  ['set', () => new Set([1, 'a', 1.5]),
    'ff0f2749022201614e000000000000f83f2c03'],
  ['empty set', () => new Set(),
    'ff0f272c00'],
  ['array buffer', () => new Uint8Array([1, 2, 3]).buffer,
    'ff0f4203010203'],
  ['empty array buffer', () => new ArrayBuffer(0),
    'ff0f4200'],
  ['resizable array buffer', () => {
    const b = new ArrayBuffer(2, { maxByteLength: 8 });
    new Uint8Array(b).set([7, 8]);
    return b;
  },
    'ff0f7e02080708'],
  ['Uint8Array', () => new Uint8Array([1, 2, 255]),
    'ff0f5c01030102ff'],
  ['Int8Array', () => new Int8Array([-1, 2]),
    'ff0f5c0002ff02'],
  ['Uint8ClampedArray', () => new Uint8ClampedArray([3]),
    'ff0f5c020103'],
  ['Int16Array', () => new Int16Array([-2, 300]),
    'ff0f5c0304feff2c01'],
  ['Uint16Array', () => new Uint16Array([65535]),
    'ff0f5c0402ffff'],
  ['Int32Array', () => new Int32Array([-5]),
    'ff0f5c0504fbffffff'],
  ['Uint32Array', () => new Uint32Array([2 ** 32 - 1]),
    'ff0f5c0604ffffffff'],
  ['Float32Array', () => new Float32Array([1.5]),
    'ff0f5c07040000c03f'],
  ['Float64Array', () => new Float64Array([Math.PI]),
    'ff0f5c0808182d4454fb210940'],
  ['BigInt64Array', () => new BigInt64Array([-1n]),
    'ff0f5c0b08ffffffffffffffff'],
  ['BigUint64Array', () => new BigUint64Array([2n ** 64n - 1n]),
    'ff0f5c0c08ffffffffffffffff'],
  ['Float16Array', () => (typeof Float16Array === 'function' ?
    new Float16Array([0.5]) : new Uint8Array([0, 0x38])),
    'ff0f5c0d020038'],
  ['DataView', () => new DataView(new Uint8Array([1, 2, 3, 4]).buffer, 1, 2),
    'ff0f5c09020203'],
  ['Buffer', () => Buffer.from('hello'),
    'ff0f5c0a0568656c6c6f'],
  ['empty Buffer', () => Buffer.alloc(0),
    'ff0f5c0a00'],
  ['view with offset', () => new Uint16Array(new Uint16Array([1, 2, 3, 4]).buffer, 2, 2),
    'ff0f5c040402000300'],
  ['boxed true', () => new Boolean(true),
    'ff0f79'],
  ['boxed false', () => new Boolean(false),
    'ff0f78'],
  ['boxed number', () => new Number(-0.5),
    'ff0f6e000000000000e0bf'],
  ['boxed string', () => new String('ab'),
    'ff0f7322026162'],
  ['boxed two-byte string', () => new String('\u20ac'),
    'ff0f73006302ac20'],
  ['boxed bigint', () => Object(5n),
    'ff0f7a100500000000000000'],
  ['error', () => Object.assign(new Error('boom'), { stack: 'Error: boom' }),
    'ff0f726d2204626f6f6d73220b4572726f723a20626f6f6d2e'],
  ['type error with cause', () => {
    const e = new TypeError('t', { cause: { why: 1 } });
    e.stack = 'S';
    return e;
  },
    'ff0f72546d22017473220153636f220377687949027b012e'],
  ['range error', () => {
    const e = new RangeError('r');
    e.stack = 'R';
    return e;
  },
    'ff0f72526d220172732201522e'],
  ['syntax error', () => {
    const e = new SyntaxError('s');
    e.stack = 's';
    return e;
  },
    'ff0f72536d220173732201732e'],
  ['reference error', () => {
    const e = new ReferenceError('f');
    e.stack = 'f';
    return e;
  },
    'ff0f72466d220166732201662e'],
  ['eval error', () => {
    const e = new EvalError('e');
    e.stack = 'e';
    return e;
  },
    'ff0f72456d220165732201652e'],
  ['uri error', () => {
    const e = new URIError('u');
    e.stack = 'u';
    return e;
  },
    'ff0f72556d220175732201752e'],
  ['error without stack', () => {
    const e = new Error('m');
    e.stack = undefined;
    return e;
  },
    'ff0f726d22016d2e'],
  ['error subclass', () => {
    class E extends TypeError {} const e = new E('sub');
    e.stack = 'x';
    return e;
  },
    'ff0f72546d2203737562732201782e',
    () => (() => { const e = new TypeError('sub'); e.stack = 'x'; return e; })()],
  ['renamed error', () => {
    const e = new Error('n');
    e.name = 'RangeError';
    e.stack = 'y';
    return e;
  },
    'ff0f72526d22016e732201792e',
    () => (() => { const e = new RangeError('n'); e.stack = 'y'; return e; })()],
  ['class instance', () => new (class Point { constructor() { this.x = 1; this.y = 2; } })(),
    'ff0f6f220178490222017949047b02',
    () => ({ x: 1, y: 2 })],
  ['cycle', () => {
    const o = { name: 1 };
    o.self = o;
    return o;
  },
    'ff0f6f22046e616d654902220473656c665e007b02'],
  ['shared reference', () => {
    const o = {};
    return [o, o, { o }];
  },
    'ff0f41036f7b005e016f22016f5e017b01240003'],
  ['shared buffer views', () => {
    const b = new ArrayBuffer(4);
    return { a: b, b: new Uint8Array(b) };
  },
    'ff0f6f2201614204000000002201625c0104000000007b02'],
  ['map with cycle', () => {
    const m = new Map();
    m.set(m, m);
    return m;
  },
    'ff0f3b5e005e003a02'],
  ['array cycle', () => {
    const a = [1];
    a.push(a);
    return a;
  },
    'ff0f410249025e00240002'],
  ['strings padding', () => ['a', '\u20ac', 'ab\u20ac', { '\u20ac': '\u00e9' }],
    'ff0f4104220161006302ac20630661006200ac206f006302ac202201e97b01240004'],
];

for (const [name, make, hex, makeExpected = make] of fixtures) {
  assert.strictEqual(v8.serialize(make()).toString('hex'), hex, `serialize: ${name}`);
  const decoded = v8.deserialize(Buffer.from(hex, 'hex'));
  assert.deepStrictEqual(decoded, makeExpected(), `deserialize: ${name}`);
  // What was read serializes to an equal value again. (Not always to the same bytes:
  // V8 reads a dense array into a holey one, which it then writes sparse.)
  assert.deepStrictEqual(v8.deserialize(v8.serialize(decoded)), decoded, `again: ${name}`);
}

// The types deepStrictEqual does not look into.
{
  const [a, b] = v8.deserialize(Buffer.from('ff0f41026f7b005e01240002', 'hex'));
  assert.strictEqual(a, b);
  const cycle = v8.deserialize(Buffer.from('ff0f6f220473656c665e007b01', 'hex'));
  assert.strictEqual(cycle.self, cycle);
  const sparse = v8.deserialize(v8.serialize([, 1]));
  assert.strictEqual(0 in sparse, false);
  assert.strictEqual(sparse.length, 2);
  const error = v8.deserialize(v8.serialize(new TypeError('t', { cause: 'c' })));
  assert(error instanceof TypeError);
  assert.strictEqual(error.message, 't');
  assert.strictEqual(error.cause, 'c');
  assert.strictEqual(typeof error.stack, 'string');
  for (const key of ['message', 'cause', 'stack']) {
    assert.strictEqual(Object.getOwnPropertyDescriptor(error, key).enumerable, false, key);
  }
  const proto = v8.deserialize(Buffer.from('ff0f6f22095f5f70726f746f5f5f4902220178' +
    '49047b02', 'hex'));
  assert.strictEqual(Object.getPrototypeOf(proto), Object.prototype);
  assert.deepStrictEqual(Object.keys(proto), ['__proto__', 'x']);
  const rab = v8.deserialize(Buffer.from('ff0f7e02080708', 'hex'));
  assert.strictEqual(rab.resizable, true);
  assert.strictEqual(rab.maxByteLength, 8);
}

// A DataCloneError is a plain Error (Node's Serializer.prototype._getDataCloneError).
for (const [value, message] of [
  [() => 1, '() => 1 could not be cloned.'],
  [function foo() {}, 'function foo() {} could not be cloned.'],
  [Symbol('s'), 'Symbol(s) could not be cloned.'],
  [{ a: Symbol() }, 'Symbol() could not be cloned.'],
  [Object(Symbol()), '[object Symbol] could not be cloned.'],
  [Promise.resolve(), '#<Promise> could not be cloned.'],
  [new WeakMap(), '#<WeakMap> could not be cloned.'],
  [new WeakSet(), '#<WeakSet> could not be cloned.'],
  [new WeakRef({}), '#<WeakRef> could not be cloned.'],
  [[].values(), '[object Array Iterator] could not be cloned.'],
  [new Map().keys(), '[object Map Iterator] could not be cloned.'],
  [new Proxy({}, {}), '#<Object> could not be cloned.'],
  [new Proxy([], {}), '[object Array] could not be cloned.'],
  [globalThis, '#<Object> could not be cloned.'],
  [new SharedArrayBuffer(1), '#<SharedArrayBuffer> could not be cloned.'],
]) {
  assert.throws(() => v8.serialize(value), (err) => {
    assert.strictEqual(err.constructor, Error);
    assert.strictEqual(err.name, 'Error');
    assert.strictEqual(err.message, message);
    return true;
  }, message);
}
{
  const buffer = new ArrayBuffer(4);
  buffer.transfer();
  assert.throws(() => v8.serialize(buffer), {
    name: 'Error', message: 'An ArrayBuffer is detached and could not be cloned.',
  });
}

// A DOMException is an error whose name and message are prototype getters: it is written
// as an error with only its stack (and read back as a plain Error).
{
  const bytes = v8.serialize(new DOMException('gone', 'AbortError'));
  assert.strictEqual(bytes.toString('hex').slice(0, 8), 'ff0f7273');
  const back = v8.deserialize(bytes);
  assert.strictEqual(Object.getPrototypeOf(back), Error.prototype);
  assert.strictEqual(Object.hasOwn(back, 'message'), false);
  assert.match(back.stack, /^AbortError: gone\n/);
}
