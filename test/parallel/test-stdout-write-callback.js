'use strict';
// process.stdout.write and process.stderr.write return a boolean and call their callback
// once the data is handed over, with or without an encoding argument.
const common = require('../common');
const assert = require('assert');

for (const stream of [process.stdout, process.stderr]) {
  assert.strictEqual(typeof stream.write('', common.mustCall((err) => {
    assert(err === null || err === undefined);
  })), 'boolean');
  stream.write('', 'utf8', common.mustCall());
  stream.write(new Uint8Array(0), common.mustCall());
  assert.strictEqual(stream.fd, stream === process.stdout ? 1 : 2);
  assert.strictEqual(stream.writable, true);
}
