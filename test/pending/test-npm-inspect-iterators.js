'use strict';
// util.inspect previews the entries left in Map and Set iterators, and with showHidden
// the entries of WeakMap/WeakSet, as console.log(map.entries()) shows in Node.
const assert = require('assert');
const util = require('util');

const map = new Map([['a', 1], ['b', 2]]);
assert.strictEqual(util.inspect(map.entries()), "[Map Entries] { [ 'a', 1 ], [ 'b', 2 ] }");
assert.strictEqual(util.inspect(map.keys()), "[Map Iterator] { 'a', 'b' }");
assert.strictEqual(util.inspect(map.values()), '[Map Iterator] { 1, 2 }');
const it = map.keys();
it.next();
assert.strictEqual(util.inspect(it), "[Map Iterator] { 'b' }");
// Inspecting does not consume the iterator.
assert.deepStrictEqual([...it], ['b']);

const set = new Set([1, 2]);
assert.strictEqual(util.inspect(set.values()), '[Set Iterator] { 1, 2 }');
assert.strictEqual(util.inspect(set.entries()), '[Set Entries] { [ 1, 1 ], [ 2, 2 ] }');

const key = {};
const wm = new WeakMap([[key, 1]]);
assert.strictEqual(util.inspect(wm, { showHidden: true }), 'WeakMap { {} => 1 }');
assert.strictEqual(util.inspect(wm), 'WeakMap { <items unknown> }');
const ws = new WeakSet([key]);
assert.strictEqual(util.inspect(ws, { showHidden: true }), 'WeakSet { {} }');
