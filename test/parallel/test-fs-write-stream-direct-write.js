'use strict';
// fs.WriteStream writes: Buffers, Uint8Arrays and strings in order, at `start` positions,
// bytesWritten; a replaced fs.write or an options.fs.write is what gets called; a write
// error (a read-only descriptor) destroys the stream with the system error.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-ws-direct-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

// Plain writes of every chunk type, larger than one chunk and tiny.
{
  const file = path.join(tmp, 'plain');
  const ws = fs.createWriteStream(file);
  const big = Buffer.alloc(200 * 1024, 'x');
  ws.write(Buffer.from('head:'));
  ws.write(new Uint8Array([0x61, 0x62]));
  ws.write('é-string');
  ws.write(big);
  ws.end('tail', common.mustCall(() => {
    const expected = Buffer.concat([Buffer.from('head:ab'), Buffer.from('é-string'), big,
                                    Buffer.from('tail')]);
    assert.strictEqual(ws.bytesWritten, expected.length);
    assert.deepStrictEqual(fs.readFileSync(file), expected);
  }));
}

// `start` writes at a position of an existing file (flags r+).
{
  const file = path.join(tmp, 'positioned');
  fs.writeFileSync(file, '0123456789');
  const ws = fs.createWriteStream(file, { flags: 'r+', start: 3 });
  ws.write('ab');
  ws.end(Buffer.from('cd'), common.mustCall(() => {
    assert.strictEqual(fs.readFileSync(file, 'utf8'), '012abcd789');
    assert.strictEqual(ws.bytesWritten, 4);
  }));
}

// A replaced fs.write is what the stream calls (graceful-fs does this).
{
  const file = path.join(tmp, 'patched');
  const original = fs.write;
  let calls = 0;
  fs.write = function(...args) {
    calls++;
    return original.apply(this, args);
  };
  const ws = fs.createWriteStream(file);
  ws.on('open', common.mustCall());
  ws.write('one');
  ws.end('two', common.mustCall(() => {
    fs.write = original;
    assert.ok(calls >= 1);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'onetwo');
  }));
}

// options.fs with its own write.
{
  const file = path.join(tmp, 'custom');
  let calls = 0;
  const ws = fs.createWriteStream(file, {
    fs: {
      open: fs.open,
      close: fs.close,
      write(...args) {
        calls++;
        return fs.write(...args);
      },
    },
  });
  ws.end('custom fs', common.mustCall(() => {
    assert.strictEqual(calls, 1);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'custom fs');
  }));
}

// A descriptor opened read-only: the write fails with EBADF and destroys the stream.
{
  const file = path.join(tmp, 'readonly');
  fs.writeFileSync(file, 'x');
  const fd = fs.openSync(file, 'r');
  const ws = fs.createWriteStream(null, { fd, autoClose: true });
  ws.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'EBADF');
    assert.strictEqual(err.syscall, 'write');
    assert.strictEqual(typeof err.errno, 'number');
  }));
  ws.on('close', common.mustCall(() => {
    assert.strictEqual(ws.destroyed, true);
  }));
  ws.write('data');
}
