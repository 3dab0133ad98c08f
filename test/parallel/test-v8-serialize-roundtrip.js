'use strict';
// v8.deserialize(v8.serialize(x)) as programs use it: deep clones of mixed data, a
// file-backed cache (jest-haste-map keeps its map this way), pooled Buffers (only their
// own bytes are written) and values large enough to take the native string paths.
require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const os = require('os');
const v8 = require('v8');

const clone = (value) => v8.deserialize(v8.serialize(value));

// Deterministic mixed data (xorshift32).
let seed = 7;
function rand(n) {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) % n;
}
function make(depth) {
  switch (depth > 3 ? rand(6) : rand(12)) {
    case 0: return rand(1000) - 500;
    case 1: return rand(1000) / 7;
    case 2: return `s${rand(100)}${rand(4) === 0 ? '\u20ac' : ''}`;
    case 3: return rand(2) === 0;
    case 4: return null;
    case 5: return BigInt(rand(1e6)) * 10n ** 20n;
    case 6: return Array.from({ length: rand(5) }, () => make(depth + 1));
    case 7: {
      const o = {};
      for (let i = rand(5); i > 0; i--) o[`k${rand(20)}`] = make(depth + 1);
      return o;
    }
    case 8: return new Map(Array.from({ length: rand(4) }, () => [make(depth + 1), make(depth + 1)]));
    case 9: return new Set(Array.from({ length: rand(4) }, () => make(depth + 1)));
    case 10: return new Date(rand(2 ** 30) * 1000);
    default: return Buffer.from(Array.from({ length: rand(10) }, () => rand(256)));
  }
}
for (let i = 0; i < 200; i++) {
  const value = make(0);
  assert.deepStrictEqual(clone(value), value);
}

// A file-backed cache, written and read back.
{
  const files = new Map();
  for (let i = 0; i < 2000; i++) {
    files.set(`src/dir${i % 20}/file${i}.js`, [`id${i}`, 1700000000000 + i, 1000 + i, 1,
      `./dep${i % 7}`, null]);
  }
  const cache = {
    clocks: new Map([['', '2']]), duplicates: new Map(), files,
    map: new Map([['id1', { g: ['src/dir1/file1.js', 0] }]]), mocks: new Map(),
  };
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-v8-'));
  const file = path.join(tmp, 'haste-map');
  fs.writeFileSync(file, v8.serialize(cache));
  const back = v8.deserialize(fs.readFileSync(file));
  assert.deepStrictEqual(back, cache);
  assert.deepStrictEqual(back.files.get('src/dir3/file3.js'),
                         ['id3', 1700000000003, 1003, 1, './dep3', null]);
  fs.rmSync(tmp, { recursive: true });
}

// A Buffer from the pool writes only its own bytes, not the pool around it.
{
  const small = Buffer.from('hi');
  assert(small.buffer.byteLength > 2);
  assert.strictEqual(v8.serialize(small).length, 7);
  const twice = clone({ a: small, b: small });
  assert.strictEqual(twice.a, twice.b);
  assert.strictEqual(twice.a.toString(), 'hi');
}

// Long strings (one-byte and two-byte) and large typed arrays.
{
  const latin1 = 'caf\u00e9 '.repeat(10000);
  const twoByte = '\u20ac\ud83d\ude00 x'.repeat(10000);
  assert.strictEqual(clone(latin1), latin1);
  assert.strictEqual(clone(twoByte), twoByte);
  assert.strictEqual(v8.serialize(latin1).length, 2 + 1 + 3 + latin1.length);
  const floats = Float64Array.from({ length: 5000 }, (_, i) => i / 3);
  assert.deepStrictEqual(clone(floats), floats);
  const numbers = Array.from({ length: 5000 }, (_, i) => i * 1.25);
  assert.deepStrictEqual(clone(numbers), numbers);
}

// Deep nesting works to a reasonable depth.
{
  let deep = [];
  for (let i = 0; i < 1000; i++) deep = [deep];
  assert.deepStrictEqual(clone(deep), deep);
}

// Getters run once each; a property a getter deletes is skipped.
{
  let reads = 0;
  const value = {
    get a() {
      reads++;
      delete this.b;
      return 1;
    },
    b: 2,
    c: 3,
  };
  assert.deepStrictEqual(clone(value), { a: 1, c: 3 });
  assert.strictEqual(reads, 1);
}

// Serializer subclasses from the docs' pattern keep working with Default* classes.
{
  class Ser extends v8.DefaultSerializer {}
  class Des extends v8.DefaultDeserializer {}
  const ser = new Ser();
  ser.writeHeader();
  ser.writeValue({ u8: new Uint8Array([1, 2]), dv: new DataView(new ArrayBuffer(2)) });
  const des = new Des(ser.releaseBuffer());
  des.readHeader();
  const out = des.readValue();
  assert.deepStrictEqual(out.u8, new Uint8Array([1, 2]));
  assert(out.dv instanceof DataView);
  assert.strictEqual(out.dv.byteLength, 2);
}
