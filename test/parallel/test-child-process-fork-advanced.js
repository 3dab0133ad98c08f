'use strict';
// serialization: 'advanced': structured-clone types survive the trip both ways; what cannot
// be cloned throws at send().
const common = require('../common');
const assert = require('assert');
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  process.on('message', (m) => {
    process.send(m, () => process.disconnect());
  });
  return;
}

const child = fork(__filename, ['child'], { serialization: 'advanced' });
const value = {
  map: new Map([[1, 'one'], ['k', { v: [1, 2] }]]),
  set: new Set(['a', 2n]),
  date: new Date(86400000),
  re: /ab+c/gi,
  big: -12345678901234567890n,
  buf: Buffer.from('bytes'),
  u16: new Uint16Array([1, 65535]),
  f64: new Float64Array([0.5, NaN]),
  ab: new Uint8Array([9, 8]).buffer,
  negzero: -0,
  nan: NaN,
  undef: undefined,
  sparse: [1, , 3], // eslint-disable-line no-sparse-arrays
  err: new RangeError('range!'),
  wide: 'ü€😀'.repeat(100),
  latin: 'é'.repeat(200),
  huge: 'h'.repeat(3 * 1024 * 1024),
  boxed: new String('boxed'),
};
value.self = value;
value.list = [value.map, value.map];

child.on('message', common.mustCall((m) => {
  assert.ok(m.map instanceof Map);
  assert.deepStrictEqual([...m.map], [[1, 'one'], ['k', { v: [1, 2] }]]);
  assert.deepStrictEqual([...m.set], ['a', 2n]);
  assert.strictEqual(m.date.getTime(), 86400000);
  assert.strictEqual(m.re.source, 'ab+c');
  assert.strictEqual(m.re.flags, 'gi');
  assert.strictEqual(m.big, -12345678901234567890n);
  assert.ok(Buffer.isBuffer(m.buf));
  assert.strictEqual(m.buf.toString(), 'bytes');
  assert.ok(m.u16 instanceof Uint16Array);
  assert.deepStrictEqual([...m.u16], [1, 65535]);
  assert.ok(Number.isNaN(m.f64[1]));
  assert.ok(m.ab instanceof ArrayBuffer);
  assert.deepStrictEqual([...new Uint8Array(m.ab)], [9, 8]);
  assert.ok(Object.is(m.negzero, -0));
  assert.ok(Number.isNaN(m.nan));
  assert.ok('undef' in m);
  assert.strictEqual(m.sparse.length, 3);
  assert.ok(!(1 in m.sparse));
  assert.ok(m.err instanceof RangeError);
  assert.strictEqual(m.err.message, 'range!');
  assert.strictEqual(m.wide, value.wide);
  assert.strictEqual(m.latin, value.latin);
  assert.ok(m.huge === value.huge);
  assert.strictEqual(typeof m.boxed, 'object');
  assert.strictEqual(m.boxed.valueOf(), 'boxed');
  assert.strictEqual(m.self, m);
  assert.strictEqual(m.list[0], m.map);
  assert.strictEqual(m.list[1], m.map);
}));
child.send(value);
assert.throws(() => child.send({ f() {} }), /could not be cloned/);
child.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
