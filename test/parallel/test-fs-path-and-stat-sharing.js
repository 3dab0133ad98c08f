'use strict';
// Paths of every shape reach the system calls intact (ASCII paths cross to C through a shared
// buffer, others as strings), stat results stay correct when many calls are in flight at once
// (the binding hands its values over in one shared array), and readFile gives Buffers.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-fs-paths-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));

// Files of different sizes under ASCII, non-ASCII and Buffer paths.
const names = ['a', 'b.txt', 'caf\u00e9', '\u65e5\u672c', 'emoji-\u{1F600}', 'sp ace', 'x'.repeat(200)];
const files = names.map((name, i) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, 'z'.repeat(i * 10 + 1));
  return { file, size: i * 10 + 1 };
});

// Alternating between paths (and between path kinds) never reuses a stale path.
for (let round = 0; round < 3; round++) {
  for (const { file, size } of files) {
    assert.strictEqual(fs.statSync(file).size, size);
    assert.strictEqual(fs.lstatSync(file).size, size);
    assert.strictEqual(fs.statSync(Buffer.from(file)).size, size);
    assert.strictEqual(fs.readFileSync(file, 'utf8').length, size);
    assert.strictEqual(fs.existsSync(file), true);
    fs.accessSync(file);
  }
}
assert.strictEqual(fs.existsSync(path.join(dir, 'missing')), false);
assert.throws(() => fs.statSync(path.join(dir, 'missing')),
              { code: 'ENOENT', syscall: 'stat', path: path.join(dir, 'missing') });
// A path longer than the shared buffer goes as a string: the system reports it too long.
const long = path.join(dir, 'y'.repeat(5000));
assert.throws(() => fs.statSync(long), { code: 'ENAMETOOLONG', path: long });
assert.throws(() => fs.readFileSync(long), { code: 'ENAMETOOLONG', path: long });

// Many asynchronous stats in flight at once, callback and promise forms, each with its own
// file's numbers; also fstat and bigint.
let pending = 0;
for (let round = 0; round < 20; round++) {
  for (const { file, size } of files) {
    pending++;
    fs.stat(file, common.mustSucceed((stats) => {
      assert.strictEqual(stats.size, size);
      assert.strictEqual(stats.isFile(), true);
      pending--;
    }));
    fs.lstat(file, { bigint: true }, common.mustSucceed((stats) => {
      assert.strictEqual(stats.size, BigInt(size));
    }));
  }
}
Promise.all(files.map(({ file }) => fsp.stat(file))).then(common.mustCall((all) => {
  all.forEach((stats, i) => assert.strictEqual(stats.size, files[i].size));
}));
Promise.all(files.map(({ file }) => fsp.lstat(file))).then(common.mustCall((all) => {
  all.forEach((stats, i) => assert.strictEqual(stats.size, files[i].size));
}));
fsp.open(files[3].file).then(common.mustCall(async (handle) => {
  const [a, b] = await Promise.all([handle.stat(), fsp.stat(files[1].file)]);
  assert.strictEqual(a.size, files[3].size);
  assert.strictEqual(b.size, files[1].size);
  await handle.close();
}));
process.on('exit', () => assert.strictEqual(pending, 0));

// readFile results are Buffers in every form.
assert.ok(fs.readFileSync(files[2].file) instanceof Buffer);
fs.readFile(files[2].file, common.mustSucceed((data) => {
  assert.ok(Buffer.isBuffer(data));
  assert.strictEqual(data.length, files[2].size);
}));
fsp.readFile(files[4].file).then(common.mustCall((data) => {
  assert.ok(Buffer.isBuffer(data));
  assert.strictEqual(data.toString(), 'z'.repeat(files[4].size));
}));
fsp.readFile(files[5].file, 'latin1').then(common.mustCall((data) => {
  assert.strictEqual(data, 'z'.repeat(files[5].size));
}));

// Non-ASCII file contents decode as UTF-8 (a BOM kept, invalid bytes replaced).
const text = path.join(dir, 'text');
const bytes = Buffer.concat([Buffer.from('\ufeffh\u00e9llo \u{1F600} '), Buffer.from([0xff, 0x41]),
                             Buffer.alloc(100, 'q')]);
fs.writeFileSync(text, bytes);
assert.strictEqual(fs.readFileSync(text, 'utf8'), bytes.toString('utf8'));
fs.readFile(text, 'utf8', common.mustSucceed((s) => assert.strictEqual(s, bytes.toString())));

// Recursive mkdir and rm (which keep stat results across awaits) still work with many
// entries in flight.
const tree = path.join(dir, 'tree', 'a', 'b', 'c');
fs.mkdir(tree, { recursive: true }, common.mustSucceed(async (first) => {
  assert.strictEqual(first, path.join(dir, 'tree'));
  for (let i = 0; i < 20; i++) {
    fs.mkdirSync(path.join(tree, `d${i}`));
    fs.writeFileSync(path.join(tree, `d${i}`, 'f'), 'x');
  }
  await fsp.mkdir(path.join(tree, 'd0'), { recursive: true });
  await fsp.rm(path.join(dir, 'tree'), { recursive: true });
  assert.strictEqual(fs.existsSync(path.join(dir, 'tree')), false);
}));
