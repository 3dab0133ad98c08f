'use strict';
// A global object takes a new [[Prototype]] as in Node: a vm context's global (jsdom sets its
// window's this way), from this realm and from inside the context, through
// Object.setPrototypeOf, Reflect.setPrototypeOf and __proto__; the language's checks still
// apply, and every other object behaves as before.
require('../common');
const assert = require('assert');
const vm = require('vm');

const proto = { greet() { return 'hi'; }, shared: 1 };
const context = vm.createContext({});
const global = vm.runInContext('this', context);

assert.strictEqual(Object.setPrototypeOf(global, proto), global);
assert.strictEqual(Object.getPrototypeOf(global), proto);
assert.strictEqual(vm.runInContext('greet() + shared', context), 'hi1');

// A function compiled (and warmed up) before the change sees the new chain.
const other = vm.createContext({});
vm.runInContext('var look = () => typeof shared; for (let i = 0; i < 1e4; i++) look();', other);
assert.strictEqual(vm.runInContext('look()', other), 'undefined');
assert.strictEqual(Reflect.setPrototypeOf(vm.runInContext('this', other), proto), true);
assert.strictEqual(vm.runInContext('look()', other), 'number');

// Inside the context, with the context's own functions.
const inner = vm.createContext({});
assert.strictEqual(vm.runInContext(`
  const p = { fromInside: 2 };
  Object.setPrototypeOf(globalThis, p);
  const q = { __proto__: p, viaProto: 3 };
  globalThis.__proto__ = q;
  const r = { __proto__: q, viaReflect: 4 };
  Reflect.setPrototypeOf(globalThis, r) && fromInside + viaProto + viaReflect;
`, inner), 9);

// The jsdom pattern: the sandbox and the global share one prototype.
const windowPrototype = Object.create(Object.prototype, { tag: { get() { return 'Window'; } } });
const window = vm.createContext({});
Object.setPrototypeOf(window, windowPrototype);
window.__proto__ = windowPrototype; // the same value: accepted
const globalProxy = vm.runInContext('this', window);
globalProxy.__proto__ = windowPrototype;
assert.strictEqual(vm.runInContext('tag', window), 'Window');

// The checks of [[SetPrototypeOf]].
const cyclic = vm.createContext({});
const cyclicGlobal = vm.runInContext('this', cyclic);
const child = Object.create(cyclicGlobal);
assert.throws(() => Object.setPrototypeOf(cyclicGlobal, child),
              { name: 'TypeError', message: 'Cyclic __proto__ value' });
assert.strictEqual(Reflect.setPrototypeOf(cyclicGlobal, child), false);
assert.throws(() => { cyclicGlobal.__proto__ = child; }, { name: 'TypeError' });
assert.throws(() => Object.setPrototypeOf(cyclicGlobal, 42), TypeError);
assert.throws(() => Reflect.setPrototypeOf(cyclicGlobal, 'x'), TypeError);
cyclicGlobal.__proto__ = 42; // not an object: ignored
assert.notStrictEqual(Object.getPrototypeOf(cyclicGlobal), child);
assert.strictEqual(Object.setPrototypeOf(cyclicGlobal, null), cyclicGlobal);
assert.strictEqual(Object.getPrototypeOf(cyclicGlobal), null);

// Everything else is unchanged: Object.prototype stays immutable, ordinary objects work.
assert.throws(() => Object.setPrototypeOf(Object.prototype, proto), TypeError);
assert.strictEqual(Reflect.setPrototypeOf(Object.prototype, proto), false);
assert.throws(() => Object.setPrototypeOf(undefined, proto), TypeError);
const plain = {};
assert.strictEqual(Object.setPrototypeOf(plain, proto), plain);
assert.strictEqual(plain.greet(), 'hi');
plain.__proto__ = Array.prototype;
assert.ok(plain instanceof Array);
assert.strictEqual(Reflect.setPrototypeOf(Object.preventExtensions({}), proto), false);
assert.throws(() => Object.setPrototypeOf(Object.preventExtensions({}), proto), TypeError);
assert.strictEqual(Object.setPrototypeOf.name, 'setPrototypeOf');
assert.strictEqual(Object.setPrototypeOf.length, 2);
assert.strictEqual(Reflect.setPrototypeOf.name, 'setPrototypeOf');
assert.strictEqual(Reflect.setPrototypeOf.length, 2);
assert.strictEqual(Object.getOwnPropertyDescriptor(Object, 'setPrototypeOf').enumerable, false);

// This realm's global, once node:vm is loaded (it always can in Node).
const mainProto = Object.create(Object.getPrototypeOf(globalThis), { extra: { value: 5 } });
Object.setPrototypeOf(globalThis, mainProto);
assert.strictEqual(globalThis.extra, 5);
