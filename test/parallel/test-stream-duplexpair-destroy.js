'use strict';
// stream.duplexPair(): destroying one side ends the other's readable side ('end', the
// other side stays usable); destroying it with an error destroys the other side too, which
// closes without an 'error' of its own.
const common = require('../common');
const assert = require('assert');
const { duplexPair } = require('stream');

{
  const [a, b] = duplexPair();
  const received = [];
  b.on('data', (chunk) => received.push(chunk.toString()));
  b.on('error', common.mustNotCall());
  b.on('end', common.mustCall(() => {
    assert.deepStrictEqual(received, ['x']);
    assert.strictEqual(b.destroyed, false);
    assert.strictEqual(b.writableEnded, false);
  }));
  a.on('close', common.mustCall());
  a.write('x');
  a.destroy();
}

{
  const [a, b] = duplexPair();
  b.resume();
  b.on('end', common.mustNotCall());
  b.on('error', common.mustNotCall());
  b.on('close', common.mustCall(() => assert.strictEqual(b.destroyed, true)));
  a.on('error', common.expectsError({ message: 'boom' }));
  a.destroy(new Error('boom'));
}

{
  // The other side already destroyed: nothing more happens to it.
  const [a, b] = duplexPair();
  b.on('close', common.mustCall());
  b.destroy();
  b.on('end', common.mustNotCall());
  a.destroy();
}
