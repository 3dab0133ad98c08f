'use strict';
// fs.globSync / fs.glob / fsPromises.glob over a small tree, with cwd, exclude and
// withFileTypes.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-fs-glob-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
fs.mkdirSync(path.join(tmp, 'a', 'b'), { recursive: true });
for (const f of ['x.js', 'a/y.js', 'a/b/z.js', 'a/b/z.txt']) fs.writeFileSync(path.join(tmp, f), '');

assert.deepStrictEqual(fs.globSync('**/*.js', { cwd: tmp }).sort(), ['a/b/z.js', 'a/y.js', 'x.js']);
assert.deepStrictEqual(fs.globSync('a/*', { cwd: tmp }).sort(), ['a/b', 'a/y.js']);
assert.deepStrictEqual(fs.globSync('*.js', { cwd: tmp }), ['x.js']);
assert.deepStrictEqual(fs.globSync('a/b/z.txt', { cwd: tmp }), ['a/b/z.txt']);
assert.deepStrictEqual(fs.globSync('**/*.js', { cwd: tmp, exclude: (p) => p.endsWith('y.js') }).sort(),
                       ['a/b/z.js', 'x.js']);
const dirents = fs.globSync('a/*', { cwd: tmp, withFileTypes: true });
assert(dirents.every((d) => d instanceof fs.Dirent));
assert.throws(() => fs.globSync(5), { code: 'ERR_INVALID_ARG_TYPE' });

fs.glob('**/*.txt', { cwd: tmp }, common.mustSucceed((matches) => {
  assert.deepStrictEqual(matches, ['a/b/z.txt']);
}));
(async () => {
  const found = [];
  for await (const entry of fs.promises.glob('*.js', { cwd: tmp })) found.push(entry);
  assert.deepStrictEqual(found, ['x.js']);
})().then(common.mustCall());
