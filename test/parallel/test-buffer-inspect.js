'use strict';
// util.inspect of Buffers: <Buffer ..>, INSPECT_MAX_BYTES, extra properties, subclasses, and
// Buffers inside other values; deep equality and structuredClone see Buffers as Node does.
require('../common');
const assert = require('assert');
const util = require('util');
const buffer = require('buffer');

assert.strictEqual(util.inspect(Buffer.from('hello')), '<Buffer 68 65 6c 6c 6f>');
assert.strictEqual(util.inspect(Buffer.alloc(0)), '<Buffer >');
assert.strictEqual(util.inspect(Buffer.alloc(51)),
  `<Buffer ${'00 '.repeat(50).trim()} ... 1 more byte>`);
assert.strictEqual(util.inspect(Buffer.alloc(60)),
  `<Buffer ${'00 '.repeat(50).trim()} ... 10 more bytes>`);
assert.strictEqual(buffer.INSPECT_MAX_BYTES, 50);
buffer.INSPECT_MAX_BYTES = 2;
assert.strictEqual(util.inspect(Buffer.from('abc')), '<Buffer 61 62 ... 1 more byte>');
buffer.INSPECT_MAX_BYTES = 50;
assert.throws(() => { buffer.INSPECT_MAX_BYTES = 'x'; }, { code: 'ERR_INVALID_ARG_TYPE' });

const withProps = Buffer.from('hi');
withProps.foo = 1;
assert.strictEqual(util.inspect(withProps), '<Buffer 68 69, foo: 1>');
const empty = Buffer.alloc(0);
empty.x = 2;
assert.strictEqual(util.inspect(empty), '<Buffer x: 2>');
class Sub extends Buffer {}
assert.strictEqual(util.inspect(Object.setPrototypeOf(Buffer.from('ab'), Sub.prototype)),
  '<Sub 61 62>');
assert.strictEqual(util.inspect({ a: Buffer.from('hi') }), '{ a: <Buffer 68 69> }');
assert.strictEqual(util.inspect([Buffer.from('a')]), '[ <Buffer 61> ]');
assert.strictEqual(util.format('%s', Buffer.from('a')), 'a');
assert.strictEqual(util.format('%o', Buffer.from('b')), '<Buffer 62>');
assert.strictEqual(typeof Buffer.prototype.inspect, 'function');
assert.strictEqual(Buffer.prototype[util.inspect.custom], Buffer.prototype.inspect);

// toJSON and JSON.stringify.
assert.deepStrictEqual(Buffer.from('ab').toJSON(), { type: 'Buffer', data: [97, 98] });
assert.strictEqual(JSON.stringify(Buffer.from('hi')), '{"type":"Buffer","data":[104,105]}');
assert.deepStrictEqual(Buffer.from(JSON.parse(JSON.stringify(Buffer.from('xyz')))),
  Buffer.from('xyz'));

// Deep equality: a Buffer is not strictly equal to a plain Uint8Array of the same bytes.
assert.deepStrictEqual(Buffer.from('ab'), Buffer.from('ab'));
assert.notDeepStrictEqual(Buffer.from('ab'), Buffer.from('ac'));
assert.notDeepStrictEqual(Buffer.from('a'), new Uint8Array([97]));
assert.deepEqual(Buffer.from('a'), new Uint8Array([97])); // eslint-disable-line no-restricted-properties
assert.strictEqual(util.isDeepStrictEqual(Buffer.from('ab'), Buffer.from('ab')), true);
assert.strictEqual(util.types.isUint8Array(Buffer.alloc(1)), true);

// structuredClone makes a plain Uint8Array of a Buffer.
const clone = structuredClone(Buffer.from('ab'));
assert.strictEqual(Object.getPrototypeOf(clone), Uint8Array.prototype);
assert.deepStrictEqual([...clone], [97, 98]);
