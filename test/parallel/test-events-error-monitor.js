'use strict';
// events.errorMonitor listeners see 'error' events first, without handling
// them: with no 'error' listener the error is still thrown.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

assert.strictEqual(typeof EventEmitter.errorMonitor, 'symbol');
assert.strictEqual(EventEmitter.errorMonitor.toString(), 'Symbol(events.errorMonitor)');

const e = new EventEmitter();
const err = new Error('monitored');
const order = [];
e.on(EventEmitter.errorMonitor, common.mustCall((got, extra) => {
  assert.strictEqual(got, err);
  assert.strictEqual(extra, 2);
  order.push('monitor');
}, 2));
assert.throws(() => e.emit('error', err, 2), (thrown) => thrown === err);

e.on('error', common.mustCall(() => order.push('error')));
assert.strictEqual(e.emit('error', err, 2), true);
assert.deepStrictEqual(order, ['monitor', 'monitor', 'error']);
