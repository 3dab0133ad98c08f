'use strict';
// fs.createReadStream()/createWriteStream() options.fs and options.fd: the functions the docs
// call required (open unless an fd is given, read or write/writev, close when autoClose) are
// checked at construction with Node's errors, as is the fd; custom functions are used.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const file = path.join(os.tmpdir(), `lode-fs-stream-options-${process.pid}.txt`);
fs.writeFileSync(file, 'hello world');
process.on('exit', () => fs.rmSync(file, { force: true }));

const typeError = (name, received) => ({
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: `The "${name}" property must be of type function. Received ${received}`,
});

for (const [create, target] of [[fs.createReadStream, file], [fs.createWriteStream, `${file}.out`]]) {
  assert.throws(() => create(target, { fs: {} }), typeError('options.fs.open', 'undefined'));
  assert.throws(() => create(target, { fs: { open: 1 } }),
                typeError('options.fs.open', 'type number (1)'));
  assert.throws(() => create(target, { fd: 'x' }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.fd" property must be of type number or an instance of FileHandle.' +
      " Received type string ('x')",
  });
  assert.throws(() => create(target, { fd: {} }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.fd" property must be of type number or an instance of FileHandle.' +
      ' Received an instance of Object',
  });
  assert.throws(() => create(target, { fd: -1 }), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "fd" is out of range. It must be >= 0 && <= 2147483647. Received -1',
  });
  assert.throws(() => create(target, { fd: 1.5 }), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "fd" is out of range. It must be an integer. Received 1.5',
  });
  // fs: null is the default fs.
  create(target, { fs: null }).destroy();
}

// ReadStream: read is required; close too unless autoClose is false.
assert.throws(() => fs.createReadStream(file, { fs: { open: fs.open } }),
              typeError('options.fs.read', 'undefined'));
assert.throws(() => fs.createReadStream(file, { fs: { open: fs.open, read: fs.read } }),
              typeError('options.fs.close', 'undefined'));
fs.createReadStream(file, { autoClose: false, fs: { open: fs.open, read: fs.read } });

// WriteStream: write or writev is required; close too unless autoClose is false.
assert.throws(() => fs.createWriteStream(`${file}.out`, { fs: { open: fs.open } }),
              typeError('options.fs.write', 'undefined'));
assert.throws(() => fs.createWriteStream(`${file}.out`, { fs: { open: fs.open, write: 1 } }),
              typeError('options.fs.write', 'type number (1)'));
assert.throws(() => fs.createWriteStream(`${file}.out`, {
  fs: { open: fs.open, write: fs.write },
}), typeError('options.fs.close', 'undefined'));

// With an fd, open is not needed.
fs.createReadStream(null, { fd: 0, autoClose: false, fs: { read: fs.read } });

// A FileHandle cannot be combined with options.fs.
fs.promises.open(file).then(common.mustCall((handle) => {
  assert.throws(() => fs.createReadStream(null, { fd: handle, fs: { open: fs.open } }), {
    code: 'ERR_METHOD_NOT_IMPLEMENTED',
    message: 'The FileHandle with fs method is not implemented',
  });
  return handle.close();
}));

// The custom functions are the ones called.
{
  const calls = [];
  const custom = {
    open: common.mustCall((...args) => { calls.push('open'); return fs.open(...args); }),
    read: common.mustCallAtLeast((...args) => { calls.push('read'); return fs.read(...args); }),
    close: common.mustCall((...args) => { calls.push('close'); return fs.close(...args); }),
  };
  let data = '';
  fs.createReadStream(file, { fs: custom, encoding: 'utf8' })
    .on('data', (chunk) => { data += chunk; })
    .on('close', common.mustCall(() => {
      assert.strictEqual(data, 'hello world');
      assert.deepStrictEqual([calls[0], calls.at(-1)], ['open', 'close']);
    }));
}
{
  const out = `${file}.custom`;
  process.on('exit', () => fs.rmSync(out, { force: true }));
  const ws = fs.createWriteStream(out, {
    fs: {
      open: common.mustCall(fs.open),
      write: common.mustCallAtLeast(fs.write),
      close: common.mustCall(fs.close),
    },
  });
  ws.end('written with write', common.mustCall(() => {
    ws.on('close', common.mustCall(() => {
      assert.strictEqual(fs.readFileSync(out, 'utf8'), 'written with write');
    }));
  }));
}
