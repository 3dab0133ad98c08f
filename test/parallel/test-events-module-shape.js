'use strict';
// The events module is the EventEmitter constructor itself, with Node's
// statics; EventEmitter works as a plain function for pre-class inheritance,
// and keeps its state in Node's public fields _events/_eventsCount/_maxListeners.
require('../common');
const assert = require('assert');
const events = require('events');
const EventEmitter = events;

assert.strictEqual(require('node:events'), events);
assert.strictEqual(events.EventEmitter, EventEmitter);
assert.strictEqual(typeof EventEmitter, 'function');
assert.strictEqual(EventEmitter.length, 1);
assert.strictEqual(events.usingDomains, false);
assert.strictEqual(events.captureRejectionSymbol, Symbol.for('nodejs.rejection'));
assert.strictEqual(typeof events.errorMonitor, 'symbol');
assert.strictEqual(typeof events.kMaxEventTargetListeners, 'symbol');
assert.strictEqual(typeof events.kMaxEventTargetListenersWarned, 'symbol');
assert.deepStrictEqual(Object.keys(events), [
  'addAbortListener', 'once', 'on', 'getEventListeners', 'getMaxListeners',
  'listenerCount', 'EventEmitter', 'usingDomains', 'captureRejectionSymbol',
  'captureRejections', 'EventEmitterAsyncResource', 'errorMonitor',
  'defaultMaxListeners', 'setMaxListeners', 'init',
]);
for (const name of ['once', 'on', 'getEventListeners', 'getMaxListeners', 'setMaxListeners',
                    'addAbortListener', 'listenerCount', 'init']) {
  assert.strictEqual(typeof events[name], 'function', name);
}
for (const name of ['setMaxListeners', 'getMaxListeners', 'emit', 'addListener', 'on',
                    'prependListener', 'once', 'prependOnceListener', 'removeListener',
                    'off', 'removeAllListeners', 'listeners', 'rawListeners',
                    'listenerCount', 'eventNames']) {
  assert.strictEqual(typeof EventEmitter.prototype[name], 'function', name);
}
assert.strictEqual(EventEmitter.prototype.on, EventEmitter.prototype.addListener);
assert.strictEqual(EventEmitter.prototype.off, EventEmitter.prototype.removeListener);
assert.strictEqual(EventEmitter.prototype.emit.length, 1);

const e = new EventEmitter();
assert.deepStrictEqual(Object.keys(e), ['_events', '_eventsCount', '_maxListeners']);
assert.strictEqual(Object.getPrototypeOf(e._events), null);
assert.strictEqual(e._eventsCount, 0);
assert.strictEqual(e._maxListeners, undefined);
const f = () => {};
const g = () => {};
e.on('x', f);
assert.strictEqual(e._events.x, f);
e.on('x', g);
assert(Array.isArray(e._events.x));
assert.deepStrictEqual([...e._events.x], [f, g]);
assert.strictEqual(e._eventsCount, 1);

// Pre-class inheritance.
function Legacy() {
  EventEmitter.call(this);
}
Object.setPrototypeOf(Legacy.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Legacy, EventEmitter);
const legacy = new Legacy();
let got;
legacy.on('v', (v) => { got = v; });
legacy.emit('v', 5);
assert.strictEqual(got, 5);
assert(legacy instanceof EventEmitter);

// Subclasses.
class Sub extends EventEmitter {}
const sub = new Sub();
assert(sub instanceof EventEmitter);
assert.strictEqual(sub.listenerCount('x'), 0);

// EventEmitterAsyncResource is an EventEmitter whose name is checked.
const { EventEmitterAsyncResource } = events;
assert.strictEqual(Object.getPrototypeOf(EventEmitterAsyncResource), EventEmitter);
assert.throws(() => new EventEmitterAsyncResource(), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.name" property must be of type string. Received undefined',
});
const resource = new EventEmitterAsyncResource({ name: 'test' });
assert.strictEqual(resource.asyncResource.eventEmitter, resource);
assert.strictEqual(typeof resource.asyncId, 'number');
let emitted;
resource.on('r', function(v) { emitted = [this, v]; });
assert.strictEqual(resource.emit('r', 1), true);
assert.deepStrictEqual(emitted, [resource, 1]);
