'use strict';
// A malformed or truncated IPC message is an 'error' on the receiving side, which then
// disconnects; it never crashes the process. With serialization 'json' the channel carries
// one JSON text a line, as Node's does (Node throws on a line that is not JSON); with
// 'advanced' the framing is Lode's own. So this runs on Lode only.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const { fork } = require('child_process');

if (!common.isLode) {
  console.log('skipped: the IPC wire format is specific to Lode');
  return;
}

function header(kind, length) {
  const h = Buffer.alloc(6);
  h[0] = 0x4c;
  h[1] = kind;
  h.writeUInt32BE(length, 2);
  return h;
}

// [serialization, bytes written after a good message]
const cases = {
  'json-garbage': ['json', () => Buffer.from('this is not JSON at all\n')],
  'json-bad': ['json', () => Buffer.from('{"a": 1,}\n')],
  'json-empty-line': ['json', () => Buffer.from('\n')],
  'json-two-values': ['json', () => Buffer.from('{} {}\n')],
  'json-after-good': ['json', () => Buffer.from('{"ok":1}\n{nope\n')],
  'json-handle-without-fd': ['json', () => Buffer.from('{"cmd":"NODE_HANDLE","type":"net.Socket","msg":1}\n')],
  'json-truncated': ['json', () => Buffer.from('{"a":')],
  'frame-garbage': ['advanced', () => Buffer.from('this is not a frame at all\n')],
  'frame-kind': ['advanced', () => Buffer.concat([header(9, 2), Buffer.from('{}')])],
  'frame-json-kind': ['advanced', () => Buffer.concat([header(0, 2), Buffer.from('{}')])],
  'frame-huge': ['advanced', () => header(1, 0xffffffff)],
  'frame-truncated': ['advanced', () => Buffer.concat([header(1, 100), Buffer.from([7])])],
  'frame-payload': ['advanced', () => Buffer.concat([header(1, 3), Buffer.from([99, 1, 2])])],
};

if (process.argv[2] === 'child') {
  // A good message first, then the bad bytes straight onto the channel's fd.
  process.send({ before: true }, () => {
    fs.writeSync(process.channel.fd, cases[process.argv[3]][1]());
    if (process.argv[3].endsWith('-truncated')) process.exit(0);
    process.on('disconnect', () => process.exit(0));
  });
  return;
}

if (process.argv[2] === 'receiver') {
  // The child side receiving garbage from its parent.
  process.on('error', (err) => {
    console.log(err.code);
  });
  process.on('disconnect', () => console.log('disconnect'));
  return;
}

for (const name of Object.keys(cases)) {
  const child = fork(__filename, ['child', name], { serialization: cases[name][0] });
  const good = name === 'json-after-good' ? [{ before: true }, { ok: 1 }] : [{ before: true }];
  child.on('message', common.mustCall((m) => assert.deepStrictEqual(m, good.shift()),
                                      good.length));
  child.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_IPC_MALFORMED_MESSAGE');
    assert.match(err.message, /^Malformed IPC message: /);
  }));
  child.on('disconnect', common.mustCall());
  child.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
}

{
  const child = fork(__filename, ['receiver'], { silent: true });
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  fs.writeSync(child.channel.fd, Buffer.from('garbage from the parent\n'));
  child.on('close', common.mustCall((code) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(out, 'ERR_IPC_MALFORMED_MESSAGE\ndisconnect\n');
  }));
}
