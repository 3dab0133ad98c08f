'use strict';
// fork(): messages both ways in order, thousands of them, a 4 MiB message, send callbacks,
// connected/disconnect on both sides, send after disconnect, exit and close codes.
const common = require('../common');
const assert = require('assert');
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  assert.strictEqual(process.connected, true);
  assert.strictEqual(typeof process.send, 'function');
  assert.strictEqual(typeof process.channel.fd, 'number');
  assert.strictEqual(process.env.NODE_CHANNEL_FD, undefined);
  process.on('message', (m) => {
    if (m.cmd === 'echo') {
      process.send(m);
    } else if (m.cmd === 'count') {
      for (let i = 0; i < m.n; i++) process.send({ seq: i });
      process.send({ done: true });
    } else if (m.cmd === 'big') {
      process.send({ size: m.data.length, ok: m.data === 'y'.repeat(m.data.length) });
      process.send({ data: 'z'.repeat(4 * 1024 * 1024) });
    } else if (m.cmd === 'ordered') {
      if (m.i !== (process.nextOrdered ?? 0)) process.send({ outOfOrder: m.i });
      process.nextOrdered = m.i + 1;
      if (m.last) process.send({ orderedDone: process.nextOrdered });
    } else if (m.cmd === 'bye') {
      process.on('disconnect', () => process.exit(3));
      process.disconnect();
      assert.strictEqual(process.connected, false);
    }
  });
  return;
}

const child = fork(__filename, ['child']);
assert.strictEqual(child.connected, true);
assert.strictEqual(typeof child.channel.ref, 'function');
const values = [
  'text', 42, -1.5, true, null, [1, 'two', { three: 3 }], { nested: { deep: ['x'] } },
  'üñí©ødé 🎉', { undef: undefined, s: '\n\u2028\\"' },
];
const expected = values.map((v) => JSON.parse(JSON.stringify({ cmd: 'echo', v })));
const received = [];
let seq = 0;
let phase = 'echo';

child.on('message', (m) => {
  if (phase === 'echo') {
    received.push(m);
    if (received.length === values.length) {
      assert.deepStrictEqual(received, expected);
      phase = 'count';
      child.send({ cmd: 'count', n: 5000 });
    }
  } else if (phase === 'count') {
    if (m.done) {
      assert.strictEqual(seq, 5000);
      phase = 'ordered';
      for (let i = 0; i < 5000; i++) {
        child.send({ cmd: 'ordered', i, last: i === 4999, pad: 'p'.repeat(i % 300) });
      }
      return;
    }
    assert.strictEqual(m.seq, seq++);
  } else if (phase === 'ordered') {
    assert.deepStrictEqual(m, { orderedDone: 5000 });
    phase = 'big';
    child.send({ cmd: 'big', data: 'y'.repeat(4 * 1024 * 1024) }, common.mustSucceed());
  } else if (phase === 'big') {
    if (m.size !== undefined) {
      assert.deepStrictEqual(m, { size: 4 * 1024 * 1024, ok: true });
    } else {
      assert.strictEqual(m.data.length, 4 * 1024 * 1024);
      assert.ok(m.data === 'z'.repeat(4 * 1024 * 1024));
      phase = 'bye';
      child.send({ cmd: 'bye' });
    }
  }
});

for (const v of values) {
  assert.strictEqual(typeof child.send({ cmd: 'echo', v }), 'boolean');
}

child.on('disconnect', common.mustCall(() => {
  assert.strictEqual(child.connected, false);
  child.send('late', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_IPC_CHANNEL_CLOSED');
  }));
  child.on('error', common.mustCall((err) => assert.strictEqual(err.code, 'ERR_IPC_DISCONNECTED')));
  child.disconnect();
}));
child.on('exit', common.mustCall((code, signal) => {
  assert.strictEqual(code, 3);
  assert.strictEqual(signal, null);
}));
child.on('close', common.mustCall((code) => {
  assert.strictEqual(code, 3);
  assert.strictEqual(phase, 'bye');
}));

assert.throws(() => child.send(), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => child.send(Symbol('s')), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => child.send('x', {}, 'opts'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fork(__filename, { stdio: ['pipe', 'pipe', 'pipe'] }),
              { code: 'ERR_CHILD_PROCESS_IPC_REQUIRED' });
assert.throws(() => fork(5), { code: 'ERR_INVALID_ARG_TYPE' });
