'use strict';
// fs.createReadStream(a).pipe(fs.createWriteStream(b)) in the shapes the binding runs a
// chunk's write and the next read as one thread-pool job: exact copies of empty, one-byte,
// chunk-sized and multi-chunk files, with start/end, two pipes at once, a corked destination
// (the reads then go alone), the event order of both sides, a write error half-way (the
// destination emits it, nothing is lost from what it reported written) and a destination
// destroyed half-way (the file holds at least what bytesWritten reported).
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-fs-pipe-paired-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const j = (...parts) => path.join(tmp, ...parts);

// Bytes that differ from block to block, so a misplaced or repeated chunk shows.
function pattern(size) {
  const b = Buffer.alloc(size);
  for (let i = 0; i < size; i++) b[i] = (i * 7 + (i >>> 12)) & 0xff;
  return b;
}

function copy(srcName, destName, srcOptions, setup) {
  return new Promise((resolve, reject) => {
    const events = [];
    const src = fs.createReadStream(j(srcName), srcOptions);
    const dest = fs.createWriteStream(j(destName));
    src.on('end', () => events.push('src end'));
    src.on('close', () => events.push('src close'));
    dest.on('finish', () => events.push('dest finish'));
    dest.on('close', () => {
      events.push('dest close');
      resolve({ src, dest, events });
    });
    src.on('error', reject);
    dest.on('error', reject);
    if (setup) setup(src, dest);
    src.pipe(dest);
  });
}

(async () => {
  const sizes = [0, 1, 65535, 65536, 65537, 3 * 65536, 3 * 1024 * 1024 + 5];
  for (const size of sizes) {
    const data = pattern(size);
    fs.writeFileSync(j(`src${size}`), data);
    const { src, dest, events } = await copy(`src${size}`, `dest${size}`);
    assert.ok(fs.readFileSync(j(`dest${size}`)).equals(data), `size ${size}`);
    assert.strictEqual(src.bytesRead, size);
    assert.strictEqual(dest.bytesWritten, size);
    // The source ends before the destination finishes, 'finish' comes before 'close'.
    assert.ok(events.indexOf('src end') < events.indexOf('dest finish'), events.join());
    assert.ok(events.indexOf('dest finish') < events.indexOf('dest close'), events.join());
  }

  const big = pattern(2 * 1024 * 1024 + 333);
  fs.writeFileSync(j('big'), big);

  // start and end.
  {
    const { dest } = await copy('big', 'slice', { start: 1000, end: 1000 + 5 * 65536 + 10 });
    const expected = big.subarray(1000, 1000 + 5 * 65536 + 11);
    assert.ok(fs.readFileSync(j('slice')).equals(expected));
    assert.strictEqual(dest.bytesWritten, expected.length);
  }

  // Two pipes at once (a request of one may run with a request of the other).
  {
    const other = pattern(1024 * 1024 + 17).reverse();
    fs.writeFileSync(j('other'), other);
    await Promise.all([copy('big', 'twoA'), copy('other', 'twoB')]);
    assert.ok(fs.readFileSync(j('twoA')).equals(big));
    assert.ok(fs.readFileSync(j('twoB')).equals(other));
  }

  // A corked destination: reads go on alone until uncork.
  {
    await copy('big', 'corked', undefined, (src, dest) => {
      dest.cork();
      setTimeout(() => dest.uncork(), 20);
    });
    assert.ok(fs.readFileSync(j('corked')).equals(big));
  }

  // A write that fails half-way (the destination's descriptor is read-only): the destination
  // emits the error, what it reported written is on disk.
  await new Promise((resolve) => {
    fs.writeFileSync(j('ro'), Buffer.alloc(0));
    const fd = fs.openSync(j('ro'), 'r');
    const src = fs.createReadStream(j('big'));
    const dest = fs.createWriteStream(null, { fd });
    dest.on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'EBADF');
      assert.strictEqual(err.syscall, 'write');
      assert.strictEqual(dest.bytesWritten, 0);
      src.destroy();
      resolve();
    }));
    src.pipe(dest);
  });

  // The destination destroyed half-way: the file holds at least what was reported written,
  // and that is the source's prefix.
  await new Promise((resolve) => {
    const src = fs.createReadStream(j('big'));
    const dest = fs.createWriteStream(j('destroyed'));
    let n = 0;
    src.on('data', () => {
      if (++n === 7) dest.destroy();
    });
    dest.on('close', common.mustCall(() => {
      const got = fs.readFileSync(j('destroyed'));
      assert.ok(got.length >= dest.bytesWritten);
      assert.ok(dest.bytesWritten > 0);
      assert.ok(got.equals(big.subarray(0, got.length)));
      src.destroy();
      resolve();
    }));
    src.pipe(dest);
  });
})().then(common.mustCall());
