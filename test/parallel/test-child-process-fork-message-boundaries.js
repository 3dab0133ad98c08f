'use strict';
// fork() messages whose bytes cross read boundaries anywhere: multi-byte characters split
// between reads, messages far larger than one read, tiny messages by the thousand in one
// read, keys like __proto__, and internal (cmd 'NODE_...') messages, which reach
// 'internalMessage' and never 'message'. Each comes back from the child unchanged and in
// order, for both serializations.
const common = require('../common');
const assert = require('assert');
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  process.on('message', (m) => process.send(m));
  process.on('internalMessage', (m) => {
    if (m.cmd === 'NODE_TEST_PING') process.send({ internalSeen: m.n });
  });
  return;
}

function messages() {
  const list = [];
  // Sizes that put the 3- and 4-byte characters at every offset of a 64 KiB read.
  for (let i = 0; i < 3000; i++) {
    list.push({ i, s: `${'a'.repeat(i % 7)}€😀ü`.repeat(1 + (i % 13)) });
  }
  for (let i = 0; i < 5000; i++) list.push(i);
  list.push({ big: '€'.repeat(100000) });
  list.push({ big: 'x'.repeat(3 * 1024 * 1024) + '😀' });
  list.push(JSON.parse('{"__proto__": {"polluted": true}, "ok": 1}'));
  list.push({ text: 'line\nbreaks\r\n and \u2028\u2029 separators', empty: '' });
  list.push(['nested', [[[]]], { a: { b: { c: null } } }]);
  list.push('');
  list.push({ cmd: 'not internal' });
  return list;
}

for (const serialization of ['json', 'advanced']) {
  const child = fork(__filename, ['child'], { serialization });
  const sent = messages();
  const received = [];
  const callbacks = [];
  child.on('message', (m) => {
    if (m !== null && typeof m === 'object' && m.internalSeen !== undefined) {
      assert.strictEqual(m.internalSeen, 7);
      assert.strictEqual(received.length, sent.length);
      for (let i = 0; i < sent.length; i++) {
        assert.deepStrictEqual(received[i], sent[i], `${serialization} message ${i}`);
      }
      const proto = received[sent.length - 5];
      assert.strictEqual(Object.getPrototypeOf(proto), Object.prototype);
      assert.ok(Object.hasOwn(proto, '__proto__'));
      assert.strictEqual(proto.polluted, undefined);
      assert.strictEqual(proto.ok, 1);
      assert.deepStrictEqual(callbacks, sent.map((_, i) => i));
      child.disconnect();
      return;
    }
    received.push(m);
  });
  child.on('internalMessage', common.mustNotCall());
  for (let i = 0; i < sent.length; i++) {
    child.send(sent[i], common.mustSucceed(() => callbacks.push(i)));
  }
  // Internal messages go to the child's 'internalMessage' listeners only.
  child.send({ cmd: 'NODE_TEST_PING', n: 7 });
  child.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
}
