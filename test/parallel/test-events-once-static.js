'use strict';
// events.once() resolves with the arguments of the next event, rejects on an
// 'error' event or an abort, cleans up its listeners, and works on EventTarget.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const { once } = EventEmitter;

(async () => {
  const e = new EventEmitter();
  process.nextTick(() => e.emit('ready', 1, 2));
  assert.deepStrictEqual(await once(e, 'ready'), [1, 2]);
  assert.strictEqual(e.listenerCount('ready'), 0);
  assert.strictEqual(e.listenerCount('error'), 0);

  const boom = new Error('boom');
  process.nextTick(() => e.emit('error', boom));
  await assert.rejects(once(e, 'ready'), (err) => err === boom);
  assert.strictEqual(e.listenerCount('ready'), 0);
  assert.strictEqual(e.listenerCount('error'), 0);

  // Waiting for 'error' itself resolves with it.
  process.nextTick(() => e.emit('error', boom));
  assert.deepStrictEqual(await once(e, 'error'), [boom]);

  // An abort rejects with an AbortError whose cause is the reason.
  const ac = new AbortController();
  process.nextTick(() => ac.abort('why'));
  await assert.rejects(once(e, 'ready', { signal: ac.signal }), (err) => {
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(err.code, 'ABORT_ERR');
    assert.strictEqual(err.cause, 'why');
    return true;
  });
  assert.strictEqual(e.listenerCount('ready'), 0);
  assert.strictEqual(e.listenerCount('error'), 0);
  await assert.rejects(once(e, 'ready', { signal: AbortSignal.abort() }), { name: 'AbortError' });

  // Bad arguments reject rather than throw.
  await assert.rejects(once(e, 'ready', null), { code: 'ERR_INVALID_ARG_TYPE' });
  await assert.rejects(once(e, 'ready', { signal: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
  await assert.rejects(once({}, 'ready'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "emitter" argument must be an instance of EventEmitter. Received an instance of Object',
  });

  // EventTarget: resolves with the event.
  const target = new EventTarget();
  process.nextTick(() => target.dispatchEvent(new Event('ping')));
  const [event] = await once(target, 'ping');
  assert.strictEqual(event.type, 'ping');
})().then(common.mustCall());
