'use strict';
// 'end' is emitted once, on a later tick, however many read() calls reach the end of a
// stream before it fires; data unshifted before it fires delays it until that data is read.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

{
  const r = new Readable({ read() {} });
  r.push('a');
  r.push(null);
  let sync = true;
  r.on('end', common.mustCall(() => assert.strictEqual(sync, false)));
  assert.strictEqual(r.read().toString(), 'a');
  for (let i = 0; i < 5; i++) assert.strictEqual(r.read(), null);
  sync = false;
}

{
  // Flowing: 'data' then one 'end'.
  const r = new Readable({ read() {} });
  const seen = [];
  r.on('data', (chunk) => seen.push(chunk.toString()));
  r.on('end', common.mustCall(() => assert.deepStrictEqual(seen, ['x', 'y'])));
  r.push('x');
  r.push('y');
  r.push(null);
  r.read();
  r.read();
}

{
  // Data unshifted after the end was reached (before 'end' fired) is read first.
  const r = new Readable({ read() {} });
  r.push('a');
  r.push(null);
  assert.strictEqual(r.read().toString(), 'a');
  assert.strictEqual(r.read(), null);
  r.unshift('b');
  const events = [];
  r.on('end', common.mustCall(() => {
    events.push('end');
    assert.deepStrictEqual(events, ['b', 'end']);
  }));
  process.nextTick(() => {
    events.push(r.read().toString());
    assert.strictEqual(r.read(), null);
  });
}
