'use strict';
// fs.createReadStream(...).pipe(fs.createWriteStream(...)): the copy is exact for a file
// larger than the chunk pool, and a chunk that user code could reach while the pipe runs
// (a 'data' listener, a once('data') listener, readableBuffer, a WriteStream subclass's
// _write, an overridden emit) keeps its bytes after the pipe has moved on, and every chunk a
// listener sees is an object of its own. Destroying either side mid-pipe ends it without a
// crash, the destination holding a prefix of the source.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-fs-pipe-chunks-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const j = (...parts) => path.join(tmp, ...parts);

// 12 MiB + 77 bytes (more than the 96 chunks the pool keeps) where every 64 KiB block holds
// its own bytes, so a kept chunk whose memory was reused would show another block's.
const blockSize = 64 * 1024;
const blocks = 192;
const big = Buffer.alloc(blocks * blockSize + 77);
for (let i = 0; i < blocks; i++) {
  big.fill(i % 251, i * blockSize, (i + 1) * blockSize);
  big.writeUInt32BE(i, i * blockSize);
}
big.fill(9, blocks * blockSize);
fs.writeFileSync(j('src'), big);

function pipeFile(name, setup) {
  return new Promise((resolve, reject) => {
    const src = fs.createReadStream(j('src'));
    const dest = setup.makeDest ? setup.makeDest(j(name)) : fs.createWriteStream(j(name));
    if (setup.before) setup.before(src, dest);
    dest.on('finish', resolve).on('error', reject);
    src.on('error', reject).pipe(dest);
  });
}

function checkKept(kept) {
  assert.ok(kept.length > 0);
  // Every chunk a listener saw is an object of its own.
  assert.strictEqual(new Set(kept).size, kept.length);
  let offset = 0;
  for (const chunk of kept) {
    assert.ok(chunk.equals(big.subarray(offset, offset + chunk.length)), `chunk at ${offset}`);
    offset += chunk.length;
  }
  return offset;
}

(async () => {
  // A plain pipe: an exact copy.
  await pipeFile('plain', {});
  assert.ok(fs.readFileSync(j('plain')).equals(big));

  // Twice in a row (recycled chunks are reused by the next pipe).
  await pipeFile('plain2', {});
  assert.ok(fs.readFileSync(j('plain2')).equals(big));

  // Right after a pipe, a stream whose 'data' listener keeps every chunk (the chunks that
  // the pipe wrote can come back only as chunks nobody else has).
  {
    const kept = [];
    const src = fs.createReadStream(j('src'));
    src.on('data', (c) => kept.push(c));
    await new Promise((resolve) => src.on('end', resolve));
    assert.strictEqual(checkKept(kept), big.length);
  }

  // A 'data' listener that keeps every chunk.
  {
    const kept = [];
    await pipeFile('data', { before(src) { src.on('data', (c) => kept.push(c)); } });
    assert.strictEqual(checkKept(kept), big.length);
    assert.ok(fs.readFileSync(j('data')).equals(big));
  }

  // A once('data') listener added before the pipe keeps the first chunk.
  {
    let first;
    await pipeFile('once', { before(src) { src.once('data', (c) => { first = c; }); } });
    checkKept([first]);
    assert.ok(fs.readFileSync(j('once')).equals(big));
  }

  // A 'data' listener added mid-pipe keeps what it sees from then on.
  {
    const kept = [];
    let offset;
    await pipeFile('late', {
      before(src) {
        src.once('data', common.mustCall(() => {
          setImmediate(() => {
            offset = src.bytesRead - src.readableLength;
            src.on('data', (c) => kept.push(c));
          });
        }));
      },
    });
    let at = offset;
    assert.strictEqual(new Set(kept).size, kept.length);
    for (const c of kept) {
      assert.ok(c.equals(big.subarray(at, at + c.length)));
      at += c.length;
    }
    assert.strictEqual(at, big.length);
  }

  // Chunks taken through readableBuffer while the pipe runs.
  {
    const kept = new Set();
    await pipeFile('rbuf', {
      before(src) {
        const timer = setInterval(() => {
          for (const c of src.readableBuffer) kept.add(c);
        }, 0);
        src.on('end', () => clearInterval(timer));
      },
    });
    for (const c of kept) {
      const at = c.readUInt32BE(0) * blockSize;
      assert.ok(c.equals(big.subarray(at, at + c.length)));
    }
    assert.ok(fs.readFileSync(j('rbuf')).equals(big));
  }

  // A WriteStream subclass whose _write keeps the chunks.
  {
    const kept = [];
    class Keeping extends fs.WriteStream {
      _write(chunk, encoding, callback) {
        kept.push(chunk);
        super._write(chunk, encoding, callback);
      }
    }
    await pipeFile('sub', { makeDest: (p) => new Keeping(p) });
    assert.strictEqual(checkKept(kept), big.length);
    assert.ok(fs.readFileSync(j('sub')).equals(big));
  }

  // A replaced emit on the source sees (and keeps) every chunk.
  {
    const kept = [];
    await pipeFile('emit', {
      before(src) {
        const emit = src.emit;
        src.emit = function(name, ...args) {
          if (name === 'data') kept.push(args[0]);
          return emit.call(this, name, ...args);
        };
      },
    });
    assert.strictEqual(checkKept(kept), big.length);
  }

  // A Transform between the two that keeps the chunks it passes on.
  {
    const { Transform } = require('stream');
    const kept = [];
    await new Promise((resolve, reject) => {
      const t = new Transform({
        transform(chunk, encoding, callback) {
          kept.push(chunk);
          callback(null, chunk);
        },
      });
      const dest = fs.createWriteStream(j('transform'));
      dest.on('finish', resolve).on('error', reject);
      fs.createReadStream(j('src')).pipe(t).pipe(dest);
    });
    assert.strictEqual(checkKept(kept), big.length);
    assert.ok(fs.readFileSync(j('transform')).equals(big));
  }

  // Chunks of one ReadStream that user code keeps, pushed into another piped one.
  {
    const kept = [];
    const other = fs.createReadStream(j('src'));
    other.on('data', (c) => kept.push(c));
    await new Promise((resolve) => other.on('end', resolve));
    await new Promise((resolve, reject) => {
      const src = fs.createReadStream(j('src'), { end: 0 });
      src.once('data', () => {
        for (const c of kept) src.push(c);
      });
      const dest = fs.createWriteStream(j('pushed'));
      dest.on('finish', resolve).on('error', reject);
      src.pipe(dest);
    });
    assert.strictEqual(checkKept(kept), big.length);
  }

  // Destroying the source mid-pipe: no crash, dest holds a prefix and is not ended.
  await new Promise((resolve) => {
    const src = fs.createReadStream(j('src'));
    const dest = fs.createWriteStream(j('destroyed'));
    dest.on('finish', common.mustNotCall());
    let n = 0;
    src.on('data', () => {
      if (++n === 20) src.destroy();
    });
    src.on('close', common.mustCall(() => {
      setTimeout(() => {
        dest.destroy();
        dest.on('close', common.mustCall(() => {
          const got = fs.readFileSync(j('destroyed'));
          assert.ok(got.length < big.length);
          assert.ok(got.equals(big.subarray(0, got.length)));
          resolve();
        }));
      }, 50);
    }));
    src.pipe(dest);
  });

  // Destroying the destination mid-pipe: the source is unpiped, no crash.
  await new Promise((resolve) => {
    const src = fs.createReadStream(j('src'));
    const dest = fs.createWriteStream(j('destroyed2'));
    let n = 0;
    src.on('data', () => {
      if (++n === 10) dest.destroy();
    });
    dest.on('close', common.mustCall(() => {
      const got = fs.readFileSync(j('destroyed2'));
      assert.ok(got.equals(big.subarray(0, got.length)));
      src.destroy();
      resolve();
    }));
    src.pipe(dest);
  });
})().then(common.mustCall());
