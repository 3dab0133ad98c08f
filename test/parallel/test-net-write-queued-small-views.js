'use strict';
// Writes that must wait for the socket (the peer is not reading) keep their bytes exactly,
// whatever the kind of view: small Buffers of their own, plain Uint8Arrays, views at an offset
// into a larger buffer, and pooled Buffers. (Lode reads a view's bytes in place and pins them
// only when the write waits, which may move a small array's bytes: the test checks each byte
// that arrives.)
const common = require('../common');
const assert = require('assert');
const net = require('net');

const filler = Buffer.alloc(256 * 1024, 0x2e);
const pieces = [];
for (let i = 0; i < 64; i++) {
  const c = 0x41 + (i % 26);
  switch (i % 4) {
    case 0: pieces.push(Buffer.alloc(1 + i * 3, c)); break;
    case 1: pieces.push(new Uint8Array(7 + i).fill(c)); break;
    case 2: pieces.push(Buffer.alloc(4096, c).subarray(100, 100 + 5 + i)); break;
    default: pieces.push(Buffer.from(String.fromCharCode(c).repeat(3 + i))); break;
  }
}
let fillers = 0;

const server = net.createServer(common.mustCall((socket) => {
  socket.pause();
  const chunks = [];
  socket.on('data', (d) => chunks.push(d));
  socket.on('end', common.mustCall(() => {
    const got = Buffer.concat(chunks);
    const expected = Buffer.concat([...Array(fillers).fill(filler), ...pieces]);
    assert.strictEqual(got.length, expected.length);
    assert.ok(got.equals(expected), 'bytes differ');
    server.close();
  }));
  // Let the writer fill the socket and queue the small writes first.
  setTimeout(() => socket.resume(), 200);
}));

server.listen(0, common.mustCall(() => {
  const client = net.connect(server.address().port, common.mustCall(() => {
    // Until the socket is full: the writes after wait in the queue.
    while (client.writableLength === 0 && fillers < 256) {
      client.write(filler);
      fillers++;
    }
    assert.ok(client.writableLength > 0, 'the socket never filled up');
    for (const piece of pieces) client.write(piece);
    // The array a queued write came from may be garbage once written: make some.
    for (let i = 0; i < 1000; i++) new Uint8Array(64);
    client.end();
  }));
}));
