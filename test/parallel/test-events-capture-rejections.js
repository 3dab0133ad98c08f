'use strict';
// With captureRejections, a promise rejected by a listener becomes an 'error'
// event, or a call of the emitter's Symbol.for('nodejs.rejection') method.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const { captureRejectionSymbol } = EventEmitter;

assert.strictEqual(captureRejectionSymbol, Symbol.for('nodejs.rejection'));
assert.strictEqual(EventEmitter.captureRejections, false);

// The option, routed to 'error'.
const e = new EventEmitter({ captureRejections: true });
const err1 = new Error('kaboom');
e.on('ev', common.mustCall(async () => { throw err1; }));
e.on('error', common.mustCall((err) => assert.strictEqual(err, err1)));
assert.strictEqual(e.emit('ev'), true);

// The rejection method, called with the error, the event name and the arguments.
const r = new EventEmitter({ captureRejections: true });
const err2 = new Error('method');
r[captureRejectionSymbol] = common.mustCall((err, name, ...args) => {
  assert.strictEqual(err, err2);
  assert.strictEqual(name, 'ev');
  assert.deepStrictEqual(args, [1, 2]);
});
r.on('ev', async () => { throw err2; });
r.emit('ev', 1, 2);

// The static setting applies to emitters created while it is on.
EventEmitter.captureRejections = true;
const s = new EventEmitter();
EventEmitter.captureRejections = false;
const t = new EventEmitter();
const err3 = new Error('static');
s.on('ev', async () => { throw err3; });
s.on('error', common.mustCall((err) => assert.strictEqual(err, err3)));
s.emit('ev');
// Without capture, the rejection stays the promise's business.
t.on('ev', () => Promise.resolve(1));
t.on('error', common.mustNotCall());
t.emit('ev');

// Returned values that are not promises are ignored.
const u = new EventEmitter({ captureRejections: true });
u.on('ev', () => 42);
u.on('ev', () => ({ then: 1 }));
u.on('error', common.mustNotCall());
u.emit('ev');

assert.throws(() => { EventEmitter.captureRejections = 1; }, {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "EventEmitter.captureRejections" property must be of type boolean. Received type number (1)',
});
assert.throws(() => new EventEmitter({ captureRejections: 'yes' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: "The \"options.captureRejections\" property must be of type boolean. Received type string ('yes')",
});
