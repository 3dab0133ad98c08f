'use strict';
// More listeners than the limit for one event emit a single
// MaxListenersExceededWarning carrying the emitter, the event name and the
// count; 0 disables the check. The limits are validated.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

assert.strictEqual(EventEmitter.defaultMaxListeners, 10);

const warnings = [];
process.on('warning', (warning) => warnings.push(warning));

const e = new EventEmitter();
assert.strictEqual(e.getMaxListeners(), 10);
for (let i = 0; i < 12; i++) e.on('event-name', () => {});
const sym = Symbol('sym');
for (let i = 0; i < 11; i++) e.on(sym, () => {});

class Custom extends EventEmitter {}
const c = new Custom();
assert.strictEqual(c.setMaxListeners(1), c);
assert.strictEqual(c.getMaxListeners(), 1);
c.on('a', () => {});
c.on('a', () => {});

const unlimited = new EventEmitter().setMaxListeners(0);
for (let i = 0; i < 20; i++) unlimited.on('z', () => {});

setImmediate(common.mustCall(() => {
  assert.strictEqual(warnings.length, 3);
  const [first, second, third] = warnings;
  assert(first instanceof Error);
  assert.strictEqual(first.name, 'MaxListenersExceededWarning');
  assert.strictEqual(first.message,
                     'Possible EventEmitter memory leak detected. 11 event-name listeners added ' +
                     'to [EventEmitter]. MaxListeners is 10. Use emitter.setMaxListeners() to ' +
                     'increase limit');
  assert.strictEqual(first.emitter, e);
  assert.strictEqual(first.type, 'event-name');
  assert.strictEqual(first.count, 11);
  assert.deepStrictEqual(Object.keys(first), ['name', 'emitter', 'type', 'count']);

  assert.strictEqual(second.type, sym);
  assert.match(second.message, /^Possible EventEmitter memory leak detected\. 11 Symbol\(sym\) listeners added to \[EventEmitter\]\./);

  assert.strictEqual(third.emitter, c);
  assert.match(third.message, / 2 a listeners added to \[Custom\]\. MaxListeners is 1\. /);
}));

// Limits must be non-negative numbers.
for (const bad of [-1, NaN]) {
  assert.throws(() => e.setMaxListeners(bad), {
    code: 'ERR_OUT_OF_RANGE',
    name: 'RangeError',
    message: `The value of "setMaxListeners" is out of range. It must be >= 0. Received ${bad}`,
  });
  assert.throws(() => { EventEmitter.defaultMaxListeners = bad; }, {
    code: 'ERR_OUT_OF_RANGE',
    message: `The value of "defaultMaxListeners" is out of range. It must be >= 0. Received ${bad}`,
  });
}
assert.throws(() => e.setMaxListeners('1'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "setMaxListeners" argument must be of type number. Received type string (\'1\')',
});
assert.throws(() => { EventEmitter.defaultMaxListeners = '1'; }, { code: 'ERR_INVALID_ARG_TYPE' });

// The default applies to emitters without their own limit, also later.
const later = new EventEmitter();
EventEmitter.defaultMaxListeners = 3;
assert.strictEqual(later.getMaxListeners(), 3);
assert.strictEqual(e.getMaxListeners(), 3); // the failed calls above set nothing
EventEmitter.setMaxListeners(10);
assert.strictEqual(EventEmitter.defaultMaxListeners, 10);
assert.strictEqual(e.setMaxListeners(Infinity).getMaxListeners(), Infinity);
