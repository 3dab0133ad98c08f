'use strict';
// A malformed or truncated IPC frame is an 'error' on the receiving side, which then
// disconnects; it never crashes the process. The wire format is Lode's own (Node's is
// newline-delimited JSON and treats garbage differently), so this runs on Lode only.
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

const cases = {
  garbage: () => Buffer.from('this is not a frame at all\n'),
  kind: () => Buffer.concat([header(9, 2), Buffer.from('{}')]),
  json: () => Buffer.concat([header(0, 5), Buffer.from('{nope')]),
  huge: () => header(0, 0xffffffff),
  truncated: () => Buffer.concat([header(0, 100), Buffer.from('{"a":')]),
  advanced: () => Buffer.concat([header(1, 3), Buffer.from([99, 1, 2])]),
};

if (process.argv[2] === 'child') {
  // A good message first, then the bad bytes straight onto the channel's fd.
  process.send({ before: true }, () => {
    fs.writeSync(process.channel.fd, cases[process.argv[3]]());
    if (process.argv[3] === 'truncated') process.exit(0);
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
  const child = fork(__filename, ['child', name]);
  child.on('message', common.mustCall((m) => assert.deepStrictEqual(m, { before: true })));
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
  fs.writeSync(child.channel.fd, Buffer.from('garbage from the parent'));
  child.on('close', common.mustCall((code) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(out, 'ERR_IPC_MALFORMED_MESSAGE\ndisconnect\n');
  }));
}
