'use strict';
// util.inspect shows an inherited Symbol.toStringTag after the constructor's name
// (`Foo(0) [Map] {}`), except when that name already contains the tag (`MyMap(0) {}`,
// `MyUint8Array(1) [ 0 ]`); an own enumerable tag is shown as a key instead.
require('../common');
const assert = require('assert');
const { inspect } = require('util');

class Foo extends Map {}
class MyMap extends Map {}
class mymap extends Map {}
class Bag extends Set {}
class MySet extends Set {}
class MyUint8Array extends Uint8Array {}
class Bytes extends Uint8Array {}
class MyPromise extends Promise {}
class Later extends Promise {}
class Ob { get [Symbol.toStringTag]() { return 'Obj'; } }
class ObjHolder { get [Symbol.toStringTag]() { return 'Obj'; } }

assert.strictEqual(inspect(new Foo()), 'Foo(0) [Map] {}');
assert.strictEqual(inspect(new Foo([[1, 2]])), 'Foo(1) [Map] { 1 => 2 }');
assert.strictEqual(inspect(new MyMap([[1, 2]])), 'MyMap(1) { 1 => 2 }');
assert.strictEqual(inspect(new mymap()), 'mymap(0) [Map] {}');
assert.strictEqual(inspect(new Bag([1])), 'Bag(1) [Set] { 1 }');
assert.strictEqual(inspect(new MySet([1])), 'MySet(1) { 1 }');
assert.strictEqual(inspect(new MyUint8Array(1)), 'MyUint8Array(1) [ 0 ]');
assert.strictEqual(inspect(new Bytes(1)), 'Bytes(1) [Uint8Array] [ 0 ]');
assert.strictEqual(inspect(MyPromise.resolve(1)), 'MyPromise { 1 }');
assert.strictEqual(inspect(Later.resolve(1)), 'Later [Promise] { 1 }');
assert.strictEqual(inspect(new Ob()), 'Ob [Obj] {}');
assert.strictEqual(inspect(new ObjHolder()), 'ObjHolder {}');
// Plain built-ins and anonymous subclasses show no tag.
assert.strictEqual(inspect(new Map()), 'Map(0) {}');
assert.strictEqual(inspect(new (class extends Map {})()), 'Map(0) {}');
// An own enumerable tag is a key.
assert.strictEqual(inspect({ [Symbol.toStringTag]: 'T' }), "{ Symbol(Symbol.toStringTag): 'T' }");
