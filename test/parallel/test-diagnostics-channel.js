'use strict';
// diagnostics_channel: named channels, subscribers, stores, and tracing channels.
const common = require('../common');
const assert = require('assert');
const dc = require('diagnostics_channel');

const channel = dc.channel('test:basic');
assert.strictEqual(dc.channel('test:basic'), channel);
assert(channel instanceof dc.Channel);
assert.strictEqual(channel.name, 'test:basic');
assert.strictEqual(channel.hasSubscribers, false);
assert.strictEqual(dc.hasSubscribers('test:basic'), false);
assert.strictEqual(dc.hasSubscribers('test:never-made'), false);

const seen = [];
const onMessage = common.mustCall((message, name) => seen.push([message, name]), 2);
channel.subscribe(onMessage);
assert.strictEqual(channel.hasSubscribers, true);
assert.strictEqual(dc.hasSubscribers('test:basic'), true);
channel.publish({ n: 1 });
dc.channel('test:basic').publish({ n: 2 });
assert.deepStrictEqual(seen, [[{ n: 1 }, 'test:basic'], [{ n: 2 }, 'test:basic']]);
assert.strictEqual(channel.unsubscribe(onMessage), true);
assert.strictEqual(channel.unsubscribe(onMessage), false);
assert.strictEqual(channel.hasSubscribers, false);
channel.publish({ n: 3 });

// Module-level subscribe/unsubscribe, symbol names.
const symbolName = Symbol('test:symbol');
const onSymbol = common.mustCall();
dc.subscribe(symbolName, onSymbol);
assert.strictEqual(dc.channel(symbolName).name, symbolName);
dc.channel(symbolName).publish(1);
assert.strictEqual(dc.unsubscribe(symbolName, onSymbol), true);

// A subscriber that throws does not stop the others; its error is uncaught later.
const failing = dc.channel('test:throws');
failing.subscribe(() => { throw new Error('from subscriber'); });
failing.subscribe(common.mustCall());
process.once('uncaughtException', common.mustCall((err) => {
  assert.strictEqual(err.message, 'from subscriber');
}));
failing.publish('x');

// Argument checks.
assert.throws(() => channel.subscribe(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "subscription" argument must be of type function. Received type number (5)',
});
assert.throws(() => dc.channel(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "channel" argument must be one of type string or symbol. ' +
    'Received type number (5)',
});

// Stores: runStores runs fn inside each bound store's run(), then publishes.
const storeChannel = dc.channel('test:stores');
const runs = [];
const store = {
  run(value, fn) {
    runs.push(value);
    return fn();
  },
};
storeChannel.bindStore(store, (data) => ({ wrapped: data }));
assert.strictEqual(storeChannel.hasSubscribers, true);
const result = storeChannel.runStores({ m: 1 }, function(arg) {
  assert.deepStrictEqual(this, { self: true });
  return arg * 2;
}, { self: true }, 21);
assert.strictEqual(result, 42);
assert.deepStrictEqual(runs, [{ wrapped: { m: 1 } }]);
assert.strictEqual(storeChannel.unbindStore(store), true);
assert.strictEqual(storeChannel.unbindStore(store), false);
assert.strictEqual(storeChannel.hasSubscribers, false);
assert.strictEqual(dc.channel('test:no-stores').runStores(1, (x) => x + 1, null, 1), 2);

// Tracing channels.
const tracing = dc.tracingChannel('test:trace');
assert.strictEqual(tracing.start.name, 'tracing:test:trace:start');
assert.strictEqual(tracing.asyncEnd.name, 'tracing:test:trace:asyncEnd');
assert.deepStrictEqual(Object.keys(tracing), []);
assert.strictEqual(tracing.hasSubscribers, false);
// Without subscribers, the traced function is simply called.
assert.strictEqual(tracing.traceSync((a, b) => a + b, {}, null, 1, 2), 3);

const events = [];
const handlers = {};
for (const name of ['start', 'end', 'asyncStart', 'asyncEnd', 'error']) {
  handlers[name] = (context) => events.push([name, { ...context }]);
}
tracing.subscribe(handlers);
assert.strictEqual(tracing.hasSubscribers, true);

assert.strictEqual(tracing.traceSync((a, b) => a + b, { id: 1 }, null, 1, 2), 3);
assert.deepStrictEqual(events.splice(0), [
  ['start', { id: 1 }],
  ['end', { id: 1, result: 3 }],
]);

const boom = new Error('boom');
assert.throws(() => tracing.traceSync(() => { throw boom; }, { id: 2 }), boom);
assert.deepStrictEqual(events.splice(0), [
  ['start', { id: 2 }],
  ['error', { id: 2, error: boom }],
  ['end', { id: 2, error: boom }],
]);

tracing.traceCallback((value, callback) => callback(null, value + 1), 1, { id: 3 }, null, 41,
  common.mustCall((err, value) => {
    assert.strictEqual(err, null);
    assert.strictEqual(value, 42);
    events.push(['callback']);
  }));
assert.deepStrictEqual(events.splice(0), [
  ['start', { id: 3 }],
  ['asyncStart', { id: 3, result: 42 }],
  ['callback'],
  ['asyncEnd', { id: 3, result: 42 }],
  ['end', { id: 3, result: 42 }],
]);
assert.throws(() => tracing.traceCallback(() => {}, 0, {}, null, 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received type number (5)',
});

const promised = tracing.tracePromise(async (x) => x * 2, { id: 4 }, null, 21);
assert(promised instanceof Promise);
assert.deepStrictEqual(events.splice(0), [['start', { id: 4 }], ['end', { id: 4 }]]);
promised.then(common.mustCall((value) => {
  assert.strictEqual(value, 42);
  assert.deepStrictEqual(events.splice(0), [
    ['asyncStart', { id: 4, result: 42 }],
    ['asyncEnd', { id: 4, result: 42 }],
  ]);
  const failure = new Error('rejected');
  return tracing.tracePromise(() => Promise.reject(failure), { id: 5 }).then(common.mustNotCall(),
    common.mustCall((err) => {
      assert.strictEqual(err, failure);
      assert.deepStrictEqual(events.splice(0), [
        ['start', { id: 5 }],
        ['end', { id: 5 }],
        ['error', { id: 5, error: failure }],
        ['asyncStart', { id: 5, error: failure }],
        ['asyncEnd', { id: 5, error: failure }],
      ]);
      assert.strictEqual(tracing.unsubscribe(handlers), true);
      assert.strictEqual(tracing.unsubscribe(handlers), false);
      assert.strictEqual(tracing.hasSubscribers, false);
    }));
}));

// A tracing channel made of given channels.
const parts = {};
for (const name of ['start', 'end', 'asyncStart', 'asyncEnd', 'error']) {
  parts[name] = dc.channel(`test:parts:${name}`);
}
assert.strictEqual(dc.tracingChannel(parts).end, parts.end);
assert.throws(() => dc.tracingChannel(5), { code: 'ERR_INVALID_ARG_TYPE' });
