'use strict';
// util.isDeepStrictEqual follows assert.deepStrictEqual's rules.
require('../common');
const assert = require('assert');
const { isDeepStrictEqual } = require('util');

function equal(a, b) {
  assert.strictEqual(isDeepStrictEqual(a, b), true, `${String(a)} should equal ${String(b)}`);
  assert.strictEqual(isDeepStrictEqual(b, a), true);
}
function notEqual(a, b) {
  assert.strictEqual(isDeepStrictEqual(a, b), false);
  assert.strictEqual(isDeepStrictEqual(b, a), false);
}

// Primitives: Object.is.
equal(1, 1);
equal(NaN, NaN);
equal('a', 'a');
equal(1n, 1n);
equal(Symbol.for('s'), Symbol.for('s'));
notEqual(0, -0);
notEqual(1, '1');
notEqual(null, undefined);
notEqual(1n, 1);
notEqual(Symbol('s'), Symbol('s'));
notEqual({}, 1);

// Objects: same prototype, same own enumerable keys (symbols included), deep values.
equal({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 });
equal({ get a() { return 1; } }, { a: 1 });
equal(Object.defineProperty({}, 'hidden', { value: 1 }), {});
notEqual({ a: undefined }, {});
notEqual(Object.create(null), {});
notEqual(new (class A {})(), new (class A {})());
notEqual({ [Symbol.for('x')]: 1 }, { [Symbol.for('x')]: 2 });
notEqual({ [Symbol.toStringTag]: 'x' }, {});
notEqual([], {});
notEqual(function() {}, function() {});

// Arrays: holes are not undefined, extra keys count.
equal([1, 2, [3]], [1, 2, [3]]);
notEqual([1, , 3], [1, undefined, 3]);
notEqual(Object.assign([1], { x: 1 }), [1]);
notEqual([-0], [0]);
notEqual((function() { return arguments; })(1), [1]);

// Built-ins.
equal(new Date(1), new Date(1));
equal(new Date(NaN), new Date(NaN));
notEqual(new Date(1), new Date(2));
notEqual(Object.assign(new Date(1), { a: 1 }), new Date(1));
equal(/a/g, /a/g);
notEqual(/a/g, /a/i);
const lastIndex = /a/g;
lastIndex.lastIndex = 1;
notEqual(lastIndex, /a/g);
equal(new Error('a'), new Error('a'));
notEqual(new Error('a'), new TypeError('a'));
notEqual(new Error('a'), new Error('b'));
notEqual(new Error('a', { cause: 1 }), new Error('a', { cause: 2 }));
notEqual(new AggregateError([1], 'm'), new AggregateError([2], 'm'));
equal(new Number(1), new Number(1));
notEqual(new Number(1), new Number(2));
notEqual(new Number(1), 1);
equal(new String('a'), new String('a'));
equal(new Boolean(true), new Boolean(true));
notEqual(Object.assign(new Number(1), { a: 1 }), new Number(1));

// Typed arrays and buffers compare bytes.
equal(new Uint8Array([1, 2]), new Uint8Array([1, 2]));
equal(new Float32Array([NaN]), new Float32Array([NaN]));
notEqual(new Float32Array([-0]), new Float32Array([0]));
notEqual(new Uint8Array(1), new Int8Array(1));
notEqual(Object.assign(new Uint8Array(1), { a: 1 }), new Uint8Array(1));
equal(new ArrayBuffer(2), new ArrayBuffer(2));
notEqual(new ArrayBuffer(1), new Uint8Array(1));
equal(new DataView(new ArrayBuffer(2)), new DataView(new ArrayBuffer(2)));

// Maps and Sets ignore order and match object keys deeply.
equal(new Map([[1, 1], [2, 2]]), new Map([[2, 2], [1, 1]]));
equal(new Map([[{ a: 1 }, 1]]), new Map([[{ a: 1 }, 1]]));
equal(new Map([[NaN, 1]]), new Map([[NaN, 1]]));
notEqual(new Map([[1, '1']]), new Map([[1, 1]]));
equal(new Set([{ a: 1 }, { b: 2 }]), new Set([{ b: 2 }, { a: 1 }]));
equal(new Set([[1], [2]]), new Set([[2], [1]]));
notEqual(new Set([1]), new Set(['1']));
equal({ a: [1, { b: new Map([[1, new Set([1, 2])]]) }] }, { a: [1, { b: new Map([[1, new Set([2, 1])]]) }] });
notEqual({ a: [1, { b: new Map([[1, new Set([1, 2])]]) }] }, { a: [1, { b: new Map([[1, new Set([3, 1])]]) }] });

// Unreadable contents: only the same instance is equal.
notEqual(new WeakMap(), new WeakMap());
notEqual(new WeakSet(), new WeakSet());
notEqual(Promise.resolve(1), Promise.resolve(1));

// Cycles.
const c1 = {};
c1.a = c1;
const c2 = {};
c2.a = c2;
equal(c1, c2);
const c3 = {};
c3.a = { a: c3 };
notEqual(c1, c3);

// Large structures.
equal(Array.from({ length: 1000 }, (_, i) => ({ i })), Array.from({ length: 1000 }, (_, i) => ({ i })));
