'use strict';
// Bytes through TLS over TCP arrive whole and in order, both ways: writes of every size
// (1 byte to 200 KiB, more than the socket takes at once), writev batches of small and large
// chunks (cork/uncork), and a reader that pauses for a while (backpressure) and resumes.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const tls = require('tls');

const fixture = (name) => fs.readFileSync(path.join(__dirname, '../fixtures/tls', name));
const key = fixture('server-key.pem');
const cert = fixture('server-cert.pem');
const ca = fixture('ca-cert.pem');

// A deterministic series of chunks of varied sizes, TOTAL bytes in all.
const sizes = [1, 2, 5, 100, 1000, 4095, 4096, 4097, 16383, 16384, 16385, 65536, 200000, 7];
function chunks(seed) {
  const out = [];
  let n = seed;
  for (let round = 0; round < 6; round++) {
    for (const size of sizes) {
      const b = Buffer.alloc(size);
      for (let i = 0; i < size; i++) b[i] = (n = (n * 1103515245 + 12345) & 0x7fffffff) >> 16;
      out.push(b);
    }
  }
  return out;
}
const toServer = chunks(1);
const toClient = chunks(2);
const digest = (list) => crypto.createHash('sha256').update(Buffer.concat(list)).digest('hex');
const total = (list) => list.reduce((n, b) => n + b.length, 0);

// Writes list: single writes, then corked batches of 5 (one writev each).
function send(socket, list) {
  let i = 0;
  const next = () => {
    while (i < list.length) {
      let ok;
      if (i % 10 < 5) {
        ok = socket.write(list[i++]);
      } else {
        socket.cork();
        for (let j = 0; j < 5 && i < list.length; j++) ok = socket.write(list[i++]);
        socket.uncork();
      }
      if (!ok) {
        socket.once('drain', next);
        return;
      }
    }
  };
  next();
}

// Collects what socket receives; pauses once for 50 ms after the first MiB.
function receive(socket, expected, done) {
  const got = [];
  let n = 0;
  let paused = false;
  socket.on('data', (d) => {
    got.push(d);
    n += d.length;
    if (!paused && n > 1024 * 1024) {
      paused = true;
      socket.pause();
      setTimeout(() => socket.resume(), 50);
    }
    if (n >= expected) done(got);
  });
}

const server = tls.createServer({ key, cert }, common.mustCall((socket) => {
  receive(socket, total(toServer), common.mustCall((got) => {
    assert.strictEqual(total(got), total(toServer));
    assert.strictEqual(digest(got), digest(toServer));
    send(socket, toClient);
  }));
}));

server.listen(0, common.mustCall(() => {
  const client = tls.connect({ port: server.address().port, ca }, common.mustCall(() => {
    send(client, toServer);
  }));
  receive(client, total(toClient), common.mustCall((got) => {
    assert.strictEqual(total(got), total(toClient));
    assert.strictEqual(digest(got), digest(toClient));
    client.end();
    server.close();
  }));
}));
