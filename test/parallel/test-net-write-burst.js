'use strict';
// Many writes to a socket inside one callback: the peer gets every byte in write order
// (strings in several encodings, Buffers, writes larger than a typical message, cork/uncork
// batches), each small write on an idle socket completes at once (writableLength 0, as a
// write the kernel took), bytesWritten counts every byte, the write callbacks run in order,
// and a destroy() or end() right after the writes still delivers them.
const common = require('../common');
const assert = require('assert');
const net = require('net');

// Reads everything a connection sends, then calls done(buffer).
function collect(socket, done) {
  const parts = [];
  socket.on('data', (d) => parts.push(d));
  socket.on('end', () => done(Buffer.concat(parts)));
}

function line(i) {
  return `line ${i} ${'x'.repeat(i % 50)}\n`;
}

// 1. A burst of small writes in one callback, mixed kinds, then end().
{
  const expected = [];
  const server = net.createServer(common.mustCall((socket) => {
    collect(socket, common.mustCall((all) => {
      assert.strictEqual(all.toString('latin1'), expected.join(''));
      server.close();
    }));
  }));
  server.listen(0, '127.0.0.1', common.mustCall(() => {
    const c = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
      const order = [];
      let bytes = 0;
      for (let i = 0; i < 200; i++) {
        const s = line(i);
        expected.push(s);
        bytes += s.length;
        if (i % 4 === 0) c.write(s, () => order.push(i));
        else if (i % 4 === 1) c.write(Buffer.from(s), () => order.push(i));
        else if (i % 4 === 2) c.write(s, 'latin1', () => order.push(i));
        else c.write(Buffer.from(s).toString('hex'), 'hex', () => order.push(i));
        assert.strictEqual(c.writableLength, 0);
        assert.strictEqual(c.bytesWritten, bytes);
      }
      // A write too large to be a small message, then more small ones.
      const big = 'B'.repeat(100 * 1024) + '\n';
      expected.push(big);
      c.write(big);
      bytes += big.length;
      // A corked batch goes out as one writev.
      c.cork();
      for (let i = 200; i < 220; i++) {
        expected.push(line(i));
        c.write(line(i));
        bytes += line(i).length;
      }
      c.uncork();
      for (let i = 220; i < 400; i++) {
        expected.push(line(i));
        c.write(line(i), () => order.push(i));
        bytes += line(i).length;
      }
      assert.strictEqual(c.bytesWritten, bytes);
      c.end(common.mustCall(() => {
        assert.strictEqual(order.length, 380);
        for (let k = 1; k < order.length; k++) assert(order[k - 1] < order[k]);
        assert.strictEqual(c.bytesWritten, bytes);
      }));
    }));
  }));
}

// 2. Writes followed at once by destroy(): the bytes still reach the peer.
{
  const server = net.createServer(common.mustCall((socket) => {
    collect(socket, common.mustCall((all) => {
      assert.strictEqual(all.toString(), 'one,two,three,four');
      server.close();
    }));
  }));
  server.listen(0, '127.0.0.1', common.mustCall(() => {
    const c = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
      c.write('one,');
      c.write('two,');
      c.write(Buffer.from('three,'));
      c.write('four');
      c.destroy();
    }));
  }));
}

// 3. Echo replies written piecewise from 'data' callbacks (the shape of a client answering
// each message a read brought): every reply arrives, in order.
{
  const N = 3000;
  const server = net.createServer(common.mustCall((socket) => {
    socket.setNoDelay(true);
    socket.setEncoding('latin1');
    let pending = '';
    socket.on('data', (d) => {
      pending += d;
      let nl;
      while ((nl = pending.indexOf('\n')) !== -1) {
        const msg = pending.slice(0, nl);
        pending = pending.slice(nl + 1);
        socket.write(`${msg}-a,`);
        socket.write(Buffer.from(`${msg}-b\n`));
      }
    });
    socket.on('end', () => socket.end());
  }));
  server.listen(0, '127.0.0.1', common.mustCall(() => {
    const c = net.connect(server.address().port, '127.0.0.1');
    c.setNoDelay(true);
    let sent = 0;
    let got = '';
    c.on('connect', () => {
      for (; sent < 20; sent++) c.write(`m${sent}\n`);
    });
    c.setEncoding('latin1');
    c.on('data', (d) => {
      got += d;
      const lines = got.split('\n').length - 1;
      while (sent < N && sent < lines + 20) c.write(`m${sent++}\n`);
      if (lines === N) c.end();
    });
    c.on('end', common.mustCall(() => {
      const want = [];
      for (let i = 0; i < N; i++) want.push(`m${i}-a,m${i}-b\n`);
      assert.strictEqual(got, want.join(''));
      server.close();
    }));
  }));
}

// 4. A peer that does not read: bursts of small writes fill the socket; write() then
// returns false, 'drain' follows once the peer reads, and nothing is lost or reordered.
{
  // Byte k of the stream is k % 251: any run of it is a slice of this pattern.
  const pattern = Buffer.alloc(251 * 300);
  for (let i = 0; i < pattern.length; i++) pattern[i] = i % 251;
  const TOTAL = 16 * 1024 * 1024;
  let expected = 0;
  let total = 0;
  const server = net.createServer(common.mustCall((socket) => {
    socket.pause();
    setTimeout(() => {
      socket.on('data', (d) => {
        const at = total % 251;
        assert(d.equals(pattern.subarray(at, at + d.length)), `bytes differ after ${total}`);
        total += d.length;
      });
      socket.on('end', common.mustCall(() => {
        assert.strictEqual(total, expected);
        server.close();
      }));
      socket.resume();
    }, 300);
  }));
  server.listen(0, '127.0.0.1', common.mustCall(() => {
    const c = net.connect(server.address().port, '127.0.0.1');
    let rounds = 0;
    function burst() {
      let ok = true;
      while (ok && expected < TOTAL) {
        const at = expected % 251;
        expected += 1000;
        ok = c.write(pattern.subarray(at, at + 1000));
      }
      rounds++;
      if (expected >= TOTAL) c.end();
      else c.once('drain', burst);
    }
    c.on('connect', burst);
    c.on('close', common.mustCall(() => assert(rounds > 1)));
  }));
}

// 5. The peer resets the connection while this callback runs: the write after the first
// fails, and the socket fails with that write error ('error' with syscall 'write').
{
  const fs = require('fs');
  const os = require('os');
  const path = require('path');
  const { spawn } = require('child_process');
  const flag = path.join(os.tmpdir(), `lode-net-write-burst-${process.pid}`);
  fs.rmSync(flag, { force: true });
  const code = `
    const net = require('net');
    const fs = require('fs');
    const server = net.createServer((s) => {
      s.on('data', () => {
        s.resetAndDestroy();
        server.close();
        fs.writeFileSync(${JSON.stringify(flag)}, 'reset');
      });
    });
    server.listen(0, '127.0.0.1', () => console.log(server.address().port));`;
  const child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
  child.stdout.once('data', common.mustCall((d) => {
    const c = net.connect(Number(String(d)), '127.0.0.1', common.mustCall(() => {
      c.write('a');
      // Wait, inside this callback, until the peer has reset the connection.
      const cell = new Int32Array(new SharedArrayBuffer(4));
      for (let i = 0; i < 1000 && !fs.existsSync(flag); i++) Atomics.wait(cell, 0, 0, 20);
      Atomics.wait(cell, 0, 0, 50);
      fs.rmSync(flag, { force: true });
      c.write('b');
      c.write('c');
    }));
    c.on('error', common.mustCall((err) => {
      assert.strictEqual(err.syscall, 'write');
      assert(['EPIPE', 'ECONNRESET'].includes(err.code), err.code);
    }));
  }));
}
