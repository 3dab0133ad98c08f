'use strict';
// os.userInfo(): the effective user's passwd entry, as strings or (encoding 'buffer') Buffers.
require('../common');
const assert = require('assert');
const os = require('os');

const info = os.userInfo();
assert.strictEqual(Object.getPrototypeOf(info), null);
assert.deepStrictEqual(Object.keys(info), ['uid', 'gid', 'username', 'homedir', 'shell']);
assert.strictEqual(info.uid, process.getuid());
assert.strictEqual(info.gid, process.getgid());
assert.strictEqual(typeof info.username, 'string');
assert(info.username.length > 0);
assert.strictEqual(typeof info.homedir, 'string');
assert.strictEqual(typeof info.shell, 'string');
if (process.env.HOME === undefined) assert.strictEqual(os.homedir(), info.homedir);

// Anything but an object is ignored, and so is an unknown encoding.
for (const options of [undefined, null, 'buffer', 1, true, {}, { encoding: 'utf8' },
  { encoding: 'latin1' }, { encoding: 'nope' }, { encoding: 1 }]) {
  assert.deepStrictEqual(os.userInfo(options), info);
}

let bufferWorks = false;
try {
  bufferWorks = require('buffer').Buffer.from('a').length === 1;
} catch {
  // Buffer is not available yet.
}
if (bufferWorks) {
  const raw = os.userInfo({ encoding: 'buffer' });
  assert.strictEqual(raw.uid, info.uid);
  assert.strictEqual(raw.gid, info.gid);
  for (const key of ['username', 'homedir', 'shell']) {
    assert(Buffer.isBuffer(raw[key]), key);
    assert.strictEqual(raw[key].toString(), info[key]);
  }
}
