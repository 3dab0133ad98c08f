'use strict';
// fs.watch (with recursive), fs.watchFile/unwatchFile and fsPromises.watch: events arrive,
// close() ends them, bad paths throw Node's errors, the loop empties afterwards.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-fs-watch-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const j = (...parts) => path.join(tmp, ...parts);

assert.throws(() => fs.watch(j('missing')), {
  code: 'ENOENT', syscall: 'watch',
  message: `ENOENT: no such file or directory, watch '${j('missing')}'`,
});
assert.throws(() => fs.watch(5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.watchFile(j('x')), { code: 'ERR_INVALID_ARG_TYPE' });

const watcher = fs.watch(tmp, common.mustCallAtLeast((eventType, filename) => {
  assert(eventType === 'rename' || eventType === 'change');
  if (filename !== 'new.txt') return;
  watcher.close();
}));
watcher.on('close', common.mustCall(() => {
  recursive();
}));
setTimeout(() => fs.writeFileSync(j('new.txt'), 'x'), 20);

function recursive() {
  fs.mkdirSync(j('deep', 'er'), { recursive: true });
  const w = fs.watch(tmp, { recursive: true }, common.mustCallAtLeast((eventType, filename) => {
    if (filename !== path.join('deep', 'er', 'inner.txt')) return;
    w.close();
    poll();
  }));
  setTimeout(() => fs.writeFileSync(j('deep', 'er', 'inner.txt'), 'x'), 20);
}

function poll() {
  const file = j('polled.txt');
  fs.writeFileSync(file, 'a');
  const listener = common.mustCallAtLeast((curr, prev) => {
    assert(curr instanceof fs.Stats);
    if (curr.size !== 3) return;
    assert.strictEqual(prev.size, 1);
    fs.unwatchFile(file, listener);
    promises();
  });
  fs.watchFile(file, { interval: 20 }, listener);
  // Replaced in one step (a rename): a poll between writeFileSync's truncation and its
  // write would see an empty file, and report it as the previous state of the next change.
  setTimeout(() => {
    fs.writeFileSync(`${file}.tmp`, 'abc');
    fs.renameSync(`${file}.tmp`, file);
  }, 100);
}

async function promises() {
  const ac = new AbortController();
  const iterator = fs.promises.watch(tmp, { signal: ac.signal });
  setTimeout(() => fs.writeFileSync(j('p.txt'), 'x'), 20);
  await assert.rejects((async () => {
    for await (const event of iterator) {
      assert.strictEqual(typeof event.eventType, 'string');
      if (event.filename === 'p.txt') ac.abort();
    }
  })(), { name: 'AbortError' });
}
