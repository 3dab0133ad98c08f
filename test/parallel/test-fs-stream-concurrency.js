'use strict';
// fs.ReadStream reads and fs.WriteStream writes: many streams at once (more than the thread
// pool has threads) all complete in order and exactly; failed reads and writes reach
// 'error' with the system call's code; start/end positions and writes' order hold; the
// process exits once the streams are done (nothing left referenced); a stream destroyed
// while its I/O runs closes once that I/O is over, a write then failing as in Node; the ticks
// and microtasks a read or write callback queues run right after it.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-fs-stream-io-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const j = (...parts) => path.join(tmp, ...parts);

// 1 MiB + 3 bytes with a pattern that differs at every offset mod 251.
const data = Buffer.alloc(1024 * 1024 + 3);
for (let i = 0; i < data.length; i++) data[i] = i % 251;
fs.writeFileSync(j('src'), data);

function copy(from, to, options = {}) {
  return new Promise((resolve, reject) => {
    const dest = fs.createWriteStream(to, options.write);
    dest.on('finish', resolve).on('error', reject);
    fs.createReadStream(from, options.read).on('error', reject).pipe(dest);
  });
}

function errorOf(stream) {
  return new Promise((resolve) => stream.on('error', resolve));
}

(async () => {
  // Twelve pipes at once: more jobs than threads, queued and all run.
  const names = Array.from({ length: 12 }, (_, i) => j(`copy${i}`));
  await Promise.all(names.map((name) => copy(j('src'), name)));
  for (const name of names) assert.ok(fs.readFileSync(name).equals(data), name);

  // start/end on the read side, start on the write side (positional reads and writes).
  fs.writeFileSync(j('positioned'), Buffer.alloc(16, 0x2e));
  await copy(j('src'), j('positioned'), {
    read: { start: 5, end: 9 },
    write: { flags: 'r+', start: 3 },
  });
  assert.deepStrictEqual(fs.readFileSync(j('positioned')),
                         Buffer.concat([Buffer.alloc(3, 0x2e), data.subarray(5, 10),
                                        Buffer.alloc(8, 0x2e)]));

  // Writes land, and call back, in the order they were made.
  {
    const ws = fs.createWriteStream(j('ordered'));
    const order = [];
    for (let i = 0; i < 50; i++) {
      ws.write(Buffer.from(`${i},`), common.mustCall(() => order.push(i)));
    }
    await new Promise((resolve) => ws.end(resolve));
    assert.deepStrictEqual(order, Array.from({ length: 50 }, (_, i) => i));
    assert.strictEqual(fs.readFileSync(j('ordered'), 'latin1'),
                       Array.from({ length: 50 }, (_, i) => `${i},`).join(''));
  }

  // A read that fails: a directory.
  {
    const rs = fs.createReadStream(tmp);
    rs.on('data', common.mustNotCall());
    const err = await errorOf(rs);
    assert.strictEqual(err.code, 'EISDIR');
    assert.strictEqual(err.syscall, 'read');
  }

  // A write that fails: a descriptor open for reading only.
  {
    const fd = fs.openSync(j('src'), 'r');
    const ws = fs.createWriteStream(null, { fd, autoClose: false });
    ws.write(Buffer.from('nope'), common.mustCall((err) => {
      assert.strictEqual(err.code, 'EBADF');
    }));
    const err = await errorOf(ws);
    assert.strictEqual(err.code, 'EBADF');
    assert.strictEqual(err.syscall, 'write');
    fs.closeSync(fd);
  }

  // A read stream destroyed while its read runs: it closes without an error.
  {
    const rs = fs.createReadStream(j('src'));
    rs.on('open', common.mustCall(() => {
      rs.read(0);  // starts a read
      rs.destroy();
    }));
    rs.on('data', common.mustNotCall());
    rs.on('error', common.mustNotCall());
    await new Promise((resolve) => rs.on('close', resolve));
  }

  // A write stream destroyed while a write runs: the write fails with ERR_STREAM_DESTROYED,
  // which the stream emits as 'error' before 'close'; a later write fails the same way.
  {
    const ws = fs.createWriteStream(j('destroyed'));
    await new Promise((resolve) => ws.on('ready', () => setImmediate(resolve)));
    const events = [];
    ws.write(Buffer.alloc(64 * 1024, 2), common.mustCall((err) => {
      assert.strictEqual(err.code, 'ERR_STREAM_DESTROYED');
      events.push('write callback');
    }));
    ws.destroy();
    ws.write(Buffer.alloc(3), common.mustCall((err) => {
      assert.strictEqual(err.code, 'ERR_STREAM_DESTROYED');
    }));
    ws.on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ERR_STREAM_DESTROYED');
      assert.strictEqual(err.message, 'Cannot call write after a stream was destroyed');
      events.push('error');
    }));
    await new Promise((resolve) => ws.on('close', resolve));
    assert.deepStrictEqual(events, ['write callback', 'error']);
    assert.strictEqual(fs.statSync(j('destroyed')).size, 64 * 1024);
  }

  // The ticks and microtasks a read's 'data' or a write's callback queue run right after it,
  // ticks first, before any other I/O callback.
  {
    fs.writeFileSync(j('small'), Buffer.alloc(10, 7));
    const log = [];
    const rs = fs.createReadStream(j('small'), { highWaterMark: 4 });
    const ws = fs.createWriteStream(j('small-copy'), { highWaterMark: 2 });
    rs.on('data', (chunk) => {
      log.push(`data${chunk.length}`);
      process.nextTick(() => {
        log.push('tick');
        Promise.resolve().then(() => log.push('micro-from-tick'));
        process.nextTick(() => log.push('tick-from-tick'));
      });
      Promise.resolve().then(() => {
        log.push('micro');
        process.nextTick(() => log.push('tick-from-micro'));
      });
      ws.write(chunk, () => {
        log.push('written');
        process.nextTick(() => log.push('write-tick'));
        Promise.resolve().then(() => log.push('write-micro'));
      });
    });
    rs.on('end', () => ws.end());
    await new Promise((resolve) => ws.on('close', resolve));
    const afterData = ['tick', 'tick-from-tick', 'micro', 'micro-from-tick', 'tick-from-micro'];
    const groups = log.join(' ').split(/ (?=data|written)/);
    assert.deepStrictEqual(groups.filter((g) => g.startsWith('data')),
                           ['data4', 'data4', 'data2'].map((d) => [d, ...afterData].join(' ')));
    // Writes made while one runs are written together (_writev): their callbacks run one
    // after the other, then the ticks, then the microtasks.
    const writeGroups = groups.filter((g) => g.startsWith('written'))
      .join(' ').split(/(?<!written) (?=written)/);
    let callbacks = 0;
    for (const group of writeGroups) {
      const n = group.split(' ').filter((e) => e === 'written').length;
      assert.strictEqual(group, [...Array(n).fill('written'), ...Array(n).fill('write-tick'),
                                 ...Array(n).fill('write-micro')].join(' '));
      callbacks += n;
    }
    assert.strictEqual(callbacks, 3);
    assert.deepStrictEqual(fs.readFileSync(j('small-copy')), Buffer.alloc(10, 7));
  }

  // A Uint8Array written as is, and the file's length after several streams in a row.
  {
    const ws = fs.createWriteStream(j('typed'));
    ws.end(new Uint8Array([1, 2, 3]));
    await new Promise((resolve) => ws.on('close', resolve));
    assert.deepStrictEqual([...fs.readFileSync(j('typed'))], [1, 2, 3]);
  }
})().then(common.mustCall());
// Nothing else keeps the process alive: it exits when the last stream is done.
