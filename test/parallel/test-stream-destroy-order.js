'use strict';
// destroy(): state right after the call, 'error' then 'close' on later ticks, _destroy
// callbacks, autoDestroy and emitClose, and the order of events relative to ticks.
const common = require('../common');
const assert = require('assert');
const { Readable, Writable, Duplex, Transform } = require('stream');

function record(stream, events, log, tag) {
  for (const name of events) {
    stream.on(name, (arg) => {
      log.push(`${tag} ${name}${arg instanceof Error ? `:${arg.message}` : ''}`);
    });
  }
}

{
  const log = [];
  const L = (s) => log.push(s);
  process.nextTick(() => L('tick'));

  const r = new Readable({ read() {} });
  record(r, ['error', 'close', 'end'], log, 'r');
  const err = new Error('boom');
  assert.strictEqual(r.destroy(err), r);
  assert.strictEqual(r.destroyed, true);
  assert.strictEqual(r.errored, err);
  assert.strictEqual(r.closed, true);
  assert.strictEqual(r.readableAborted, true);

  const w = new Writable({ write(c, e, cb) { cb(); } });
  record(w, ['error', 'close', 'finish'], log, 'w');
  w.destroy();
  assert.strictEqual(w.destroyed, true);
  assert.strictEqual(w.errored, null);
  assert.strictEqual(w.writableAborted, true);

  const d = new Duplex({
    read() {},
    write(c, e, cb) { cb(); },
    destroy: common.mustCall((e, cb) => {
      L('d _destroy');
      setImmediate(() => cb(e));
    }),
  });
  record(d, ['error', 'close'], log, 'd');
  d.destroy(new Error('late'), common.mustCall((e) => L(`d cb:${e.message}`)));
  // A second destroy() does nothing but call its callback.
  d.destroy(new Error('ignored'), common.mustCall(() => L('d cb2')));

  const quiet = new Readable({ read() {}, emitClose: false });
  quiet.on('close', common.mustNotCall());
  quiet.destroy();

  // d closes last (its _destroy finishes in a later setImmediate).
  d.on('close', common.mustCall(() => {
    assert.deepStrictEqual(log, [
      'd _destroy', 'd cb2', 'tick', 'r error:boom', 'r close', 'w close',
      'd cb:late', 'd error:late', 'd close',
    ]);
  }));
}

// 'finish' before 'close'; 'end' before 'close'; errors are emitted only once.
{
  const log = [];
  const d = new Duplex({
    objectMode: true,
    read() {},
    write(c, e, cb) { cb(); },
  });
  record(d, ['finish', 'end', 'close', 'prefinish'], log, 'd');
  d.resume();
  d.push(null);
  d.end('x');
  d.on('close', common.mustCall(() => {
    assert.deepStrictEqual(log, ['d prefinish', 'd end', 'd finish', 'd close']);
  }));
}

// autoDestroy: false keeps the stream alive after 'end'/'finish'; errors still emit.
{
  const r = new Readable({ objectMode: true, autoDestroy: false, read() {} });
  r.on('close', common.mustNotCall());
  r.on('end', common.mustCall(() => {
    setImmediate(common.mustCall(() => assert.strictEqual(r.destroyed, false)));
  }));
  r.resume();
  r.push(null);

  const w = new Writable({
    autoDestroy: false,
    decodeStrings: false,
    write(c, e, cb) { cb(new Error('bad write')); },
  });
  w.on('error', common.mustCall((e) => {
    assert.strictEqual(e.message, 'bad write');
    assert.strictEqual(w.destroyed, false);
    assert.strictEqual(w.errored, e);
  }));
  w.on('close', common.mustNotCall());
  w.write('x', common.mustCall((e) => assert.strictEqual(e.message, 'bad write')));
}

// An error thrown by _destroy becomes the 'error'.
{
  const w = new Writable({
    write(c, e, cb) { cb(); },
    destroy() { throw new Error('from destroy'); },
  });
  w.on('error', common.mustCall((e) => assert.strictEqual(e.message, 'from destroy')));
  w.destroy();
}

// destroy() while _construct is pending waits for it.
{
  const log = [];
  const r = new Readable({
    read() {},
    construct(cb) {
      log.push('construct');
      setImmediate(() => {
        log.push('constructed');
        cb();
      });
    },
    destroy(err, cb) {
      log.push('destroy');
      cb(err);
    },
  });
  r.destroy();
  r.on('close', common.mustCall(() => {
    assert.deepStrictEqual(log, ['construct', 'constructed', 'destroy']);
  }));
}

// Pending writes fail with ERR_STREAM_DESTROYED when the stream is destroyed.
{
  const w = new Writable({ decodeStrings: false, write(c, e, cb) { setImmediate(cb); } });
  w.write('a', common.mustCall((e) => assert.ifError(e)));
  w.write('b', common.expectsError({ code: 'ERR_STREAM_DESTROYED' }));
  w.destroy();
}

// Transform: errors from _transform destroy it; 'error' then 'close'.
{
  const log = [];
  const t = new Transform({
    decodeStrings: false,
    transform(chunk, encoding, cb) { cb(new Error('bad chunk')); },
  });
  record(t, ['error', 'close', 'finish', 'end'], log, 't');
  t.write('x');
  t.on('close', common.mustCall(() => {
    assert.deepStrictEqual(log, ['t error:bad chunk', 't close']);
  }));
}
