'use strict';
// net.connect({ onread: { buffer, callback } }): every read is copied into the given buffer
// (or the one a buffer function returns) and handed to the callback with its length, instead
// of being emitted as 'data'; returning false from the callback pauses reading until
// resume().
const common = require('../common');
const assert = require('assert');
const net = require('net');

const payload = Buffer.alloc(300000);
for (let i = 0; i < payload.length; i++) payload[i] = (i * 31) & 0xff;

const server = net.createServer(common.mustCall((socket) => socket.end(payload), 2));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();

  // A fixed buffer.
  const buf = Buffer.alloc(1000);
  const got = [];
  const a = net.connect({
    port, host: '127.0.0.1',
    onread: {
      buffer: buf,
      callback: common.mustCallAtLeast((n, b) => {
        assert.strictEqual(b, buf);
        assert.ok(n > 0 && n <= buf.length);
        got.push(Buffer.from(b.subarray(0, n)));
      }),
    },
  });
  a.on('data', common.mustNotCall());
  a.on('end', common.mustCall(() => {
    assert.ok(Buffer.concat(got).equals(payload));

    // A buffer function, and a callback that pauses now and then.
    let calls = 0;
    const parts = [];
    const b = net.connect({
      port, host: '127.0.0.1',
      onread: {
        buffer: () => Buffer.alloc(4096),
        callback(n, chunk) {
          parts.push(Buffer.from(chunk.subarray(0, n)));
          if (++calls % 5 === 0) {
            setImmediate(() => b.resume());
            return false;
          }
        },
      },
    });
    b.on('end', common.mustCall(() => {
      assert.ok(Buffer.concat(parts).equals(payload));
      server.close();
    }));
  }));
}));
