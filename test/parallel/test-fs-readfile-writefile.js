'use strict';
// readFile/writeFile/appendFile in all three forms: encodings, flags, mode, fd targets,
// flush, AbortSignal, and errors (EISDIR, ENOENT, bad data).
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-fs-rwf-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const file = path.join(tmp, 'f.txt');
const missing = path.join(tmp, 'nope', 'x');

fs.writeFileSync(file, 'héllo');
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'héllo');
assert.deepStrictEqual(fs.readFileSync(file), Buffer.from('héllo'));
assert.strictEqual(fs.readFileSync(file, { encoding: 'hex' }), Buffer.from('héllo').toString('hex'));
assert.strictEqual(fs.readFileSync(file, 'base64'), Buffer.from('héllo').toString('base64'));
fs.appendFileSync(file, Buffer.from(' world'));
assert.strictEqual(fs.readFileSync(file, 'latin1'), Buffer.from('héllo world').toString('latin1'));
fs.writeFileSync(file, 'abc', { flag: 'a', mode: 0o600 });
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'héllo worldabc');
fs.writeFileSync(file, '616263', 'hex');
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'abc');
fs.writeFileSync(file, new Uint16Array([0x6968]));
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'hi');
fs.writeFileSync(file, '', { flush: true });
assert.strictEqual(fs.readFileSync(file, 'utf8'), '');

// An fd target reads from and writes at its position.
const fd = fs.openSync(file, 'w+');
fs.writeFileSync(fd, 'one');
fs.appendFileSync(fd, 'two');
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'onetwo');
assert.strictEqual(fs.readFileSync(fd, 'utf8'), '');
fs.closeSync(fd);

// Errors.
assert.throws(() => fs.readFileSync(missing), {
  code: 'ENOENT', syscall: 'open', path: missing,
  message: `ENOENT: no such file or directory, open '${missing}'`,
});
assert.throws(() => fs.readFileSync(tmp), {
  code: 'EISDIR', syscall: 'read', message: 'EISDIR: illegal operation on a directory, read',
});
assert.throws(() => fs.writeFileSync(tmp, 'x'), {
  code: 'EISDIR', syscall: 'open', message: `EISDIR: illegal operation on a directory, open '${tmp}'`,
});
assert.throws(() => fs.writeFileSync(file, 5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.readFileSync(file, 'bogus'), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'encoding' is invalid encoding. Received 'bogus'",
});
assert.throws(() => fs.readFile(file), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.writeFileSync(file, 'x', { flush: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });

// Callbacks.
fs.writeFile(file, 'cb data', common.mustSucceed(() => {
  fs.appendFile(file, '!', common.mustSucceed(() => {
    fs.readFile(file, 'utf8', common.mustSucceed((text) => {
      assert.strictEqual(text, 'cb data!');
    }));
    fs.readFile(file, common.mustSucceed((data) => {
      assert(Buffer.isBuffer(data));
      assert.strictEqual(data.toString(), 'cb data!');
    }));
  }));
}));
fs.readFile(missing, common.mustCall((err) => assert.strictEqual(err.code, 'ENOENT')));
fs.readFile(tmp, common.mustCall((err) => assert.strictEqual(err.code, 'EISDIR')));
const aborted = AbortSignal.abort();
fs.readFile(file, { signal: aborted }, common.mustCall((err) => {
  assert.strictEqual(err.name, 'AbortError');
}));

// Promises, including FileHandle forms and iterables.
(async () => {
  const file2 = path.join(tmp, 'p.txt');
  await fsp.writeFile(file2, 'promise');
  assert.strictEqual(await fsp.readFile(file2, 'utf8'), 'promise');
  await fsp.appendFile(file2, Buffer.from('s'));
  assert.deepStrictEqual(await fsp.readFile(file2), Buffer.from('promises'));
  await fsp.writeFile(file2, ['a', 'b', Buffer.from('c')]);
  assert.strictEqual(await fsp.readFile(file2, 'utf8'), 'abc');
  await fsp.writeFile(file2, (async function* gen() { yield 'x'; yield 'y'; })());
  assert.strictEqual(await fsp.readFile(file2, 'utf8'), 'xy');
  const handle = await fsp.open(file2, 'r+');
  assert.strictEqual(await handle.readFile('utf8'), 'xy');
  await handle.appendFile('z');
  await handle.close();
  assert.strictEqual(fs.readFileSync(file2, 'utf8'), 'xyz');
  await assert.rejects(fsp.readFile(missing), { code: 'ENOENT', path: missing });
  await assert.rejects(fsp.readFile(tmp), { code: 'EISDIR' });
  await assert.rejects(fsp.writeFile(tmp, 'x'), { code: 'EISDIR' });
  await assert.rejects(fsp.readFile(file2, { signal: AbortSignal.abort() }), { name: 'AbortError' });
  await assert.rejects(fsp.writeFile(file2, 'x', { signal: AbortSignal.abort() }), { name: 'AbortError' });
  await assert.rejects(fsp.writeFile(file2, 5), { code: 'ERR_INVALID_ARG_TYPE' });
})().then(common.mustCall());

// Files whose size fstat does not know (procfs reports 0) are read to the end, and a
// regular file is read whole, in all three forms.
{
  const status = fs.readFileSync('/proc/self/status', 'utf8');
  assert.match(status, /VmRSS:/);
  const sized = path.join(tmp, 'sized');
  const content = Buffer.alloc(100000, 'xyz');
  fs.writeFileSync(sized, content);
  assert.deepStrictEqual(fs.readFileSync(sized), content);
  fs.readFile(sized, common.mustSucceed((data) => assert.deepStrictEqual(data, content)));
  fsp.readFile('/proc/self/status', 'utf8').then(common.mustCall((s) => assert.match(s, /Name:/)));
}
