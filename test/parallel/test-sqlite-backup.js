'use strict';
// node:sqlite backup(): copies a database into a file; the promise settles with the page
// count. Bad arguments throw synchronously.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { DatabaseSync, backup } = require('node:sqlite');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-sqlite-backup-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));

const source = new DatabaseSync(':memory:');
source.exec('CREATE TABLE t (v TEXT)');
const insert = source.prepare('INSERT INTO t VALUES (?)');
source.exec('BEGIN');
for (let i = 0; i < 500; i++) insert.run(`row ${i} ${'x'.repeat(100)}`);
source.exec('COMMIT');

assert.throws(() => backup(1, path.join(dir, 'x.db')), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "sourceDb" argument must be an object.',
});
assert.throws(() => backup(source, 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "path" argument must be a string, Uint8Array, or URL without null bytes.',
});
assert.throws(() => backup(source, path.join(dir, 'x.db'), { rate: 1.5 }), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "options.rate" argument must be an integer.',
});
const closed = new DatabaseSync(':memory:');
closed.close();
assert.throws(() => backup(closed, path.join(dir, 'x.db')), {
  code: 'ERR_INVALID_STATE', message: 'database is not open',
});

const target = path.join(dir, 'copy.db');
const pending = backup(source, target, { rate: 1 });
assert(pending instanceof Promise);
pending.then(common.mustCall((pages) => {
  assert.strictEqual(typeof pages, 'number');
  assert(pages > 1);
  const copy = new DatabaseSync(target, { readOnly: true });
  assert.strictEqual(copy.prepare('SELECT count(*) AS n FROM t').get().n, 500);
  copy.close();
  source.close();
}));

const failing = backup(source, path.join(dir, 'nodir', 'x.db'));
failing.then(common.mustNotCall(), common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_SQLITE_ERROR');
}));
