'use strict';
// After any callback from native code (fs, crypto, zlib, a stream read, a timer), the
// nextTicks queued by the promise reactions it triggered run before the next callback —
// here a setImmediate queued by the same callback — as in Node.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const pending = new Set();

function check(name) {
  pending.add(name);
  let ticked = false;
  Promise.resolve().then(() => process.nextTick(() => { ticked = true; }));
  setImmediate(common.mustCall(() => {
    assert.strictEqual(ticked, true, `${name}: the nextTick ran after setImmediate`);
    pending.delete(name);
  }));
}

fs.readFile(__filename, common.mustCall(() => check('fs.readFile')));
fs.promises.readFile(__filename).then(common.mustCall(() => check('fs.promises.readFile')));
fs.stat(__filename, common.mustCall(() => check('fs.stat')));
require('crypto').randomBytes(8, common.mustCall(() => check('crypto.randomBytes')));
require('crypto').pbkdf2('a', 'b', 1, 8, 'sha256', common.mustCall(() => check('crypto.pbkdf2')));
require('zlib').gzip('abc', common.mustCall(() => check('zlib.gzip')));
fs.createReadStream(__filename).once('data', common.mustCall(() => check('fs stream data')));
setTimeout(common.mustCall(() => check('setTimeout')), 1);

process.on('exit', () => assert.deepStrictEqual([...pending], []));
