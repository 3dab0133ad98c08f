'use strict';
// createReadStream/createWriteStream: start/end, highWaterMark, encoding, fd and FileHandle,
// autoClose, flags, event order, errors and a pipe that copies everything.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pipeline } = require('stream');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-fs-streams-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const j = (...parts) => path.join(tmp, ...parts);
const data = 'abcdefghijklmnopqrstuvwxyz'.repeat(1000);
fs.writeFileSync(j('in'), data);

{
  const events = [];
  const chunks = [];
  const rs = fs.createReadStream(j('in'), { highWaterMark: 1000 });
  assert(rs instanceof fs.ReadStream);
  assert.strictEqual(rs.pending, true);
  rs.on('open', common.mustCall((fd) => {
    events.push('open');
    assert.strictEqual(typeof fd, 'number');
  }));
  rs.on('ready', () => events.push('ready'));
  rs.on('data', (chunk) => {
    assert(chunk.length <= 1000);
    chunks.push(chunk);
  });
  rs.on('end', () => events.push('end'));
  rs.on('close', common.mustCall(() => {
    events.push('close');
    assert.deepStrictEqual(events, ['open', 'ready', 'end', 'close']);
    assert.strictEqual(Buffer.concat(chunks).toString(), data);
    assert.strictEqual(rs.bytesRead, data.length);
  }));
}

{
  let text = '';
  fs.createReadStream(j('in'), { start: 2, end: 6, encoding: 'utf8' })
    .on('data', (s) => { text += s; })
    .on('end', common.mustCall(() => assert.strictEqual(text, 'cdefg')));
}

assert.throws(() => fs.createReadStream(j('in'), { start: 5, end: 2 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => fs.createReadStream(j('in'), { start: -1 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => fs.createReadStream(5), { code: 'ERR_INVALID_ARG_TYPE' });

fs.createReadStream(j('missing')).on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'open');
}));

{
  const fd = fs.openSync(j('in'), 'r');
  let n = 0;
  fs.createReadStream(null, { fd, autoClose: false, end: 9 })
    .on('data', (c) => { n += c.length; })
    .on('end', common.mustCall(() => {
      assert.strictEqual(n, 10);
      fs.fstatSync(fd); // still open
      fs.closeSync(fd);
    }));
}

{
  const ws = fs.createWriteStream(j('out'));
  const events = [];
  ws.on('open', () => events.push('open'));
  ws.on('finish', () => events.push('finish'));
  ws.on('close', common.mustCall(() => {
    events.push('close');
    assert.deepStrictEqual(events, ['open', 'finish', 'close']);
    assert.strictEqual(fs.readFileSync(j('out'), 'utf8'), 'hello world');
    assert.strictEqual(ws.bytesWritten, 11);
    append();
  }));
  ws.write('hello');
  ws.end(Buffer.from(' world'));
}

function append() {
  const ws = fs.createWriteStream(j('out'), { flags: 'a' });
  ws.end('!', common.mustCall(() => {
    assert.strictEqual(fs.readFileSync(j('out'), 'utf8'), 'hello world!');
    positioned();
  }));
}

function positioned() {
  const ws = fs.createWriteStream(j('out'), { flags: 'r+', start: 0 });
  ws.end('J', common.mustCall(() => {
    assert.strictEqual(fs.readFileSync(j('out'), 'utf8'), 'Jello world!');
  }));
}

fs.createWriteStream(tmp).on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'EISDIR');
}));

pipeline(fs.createReadStream(j('in')), fs.createWriteStream(j('copy')), common.mustSucceed(() => {
  assert.strictEqual(fs.readFileSync(j('copy'), 'utf8'), data);
}));

(async () => {
  const handle = await fs.promises.open(j('in'));
  let n = 0;
  for await (const chunk of handle.createReadStream({ start: 0, end: 99 })) n += chunk.length;
  assert.strictEqual(n, 100);
})().then(common.mustCall());
