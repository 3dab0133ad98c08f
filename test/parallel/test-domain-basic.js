'use strict';
// node:domain: run/enter/exit and the active-domain stack, bind and intercept, emitters
// made in or added to a domain, uncaught exceptions (synchronous, and in callbacks
// scheduled with process.nextTick, setTimeout and setImmediate inside the domain), the
// mutual exclusion with setUncaughtExceptionCaptureCallback.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const domain = require('domain');

assert.strictEqual(domain.active, null);
assert.strictEqual(process.domain, null);
assert.strictEqual(domain.create, domain.createDomain);
assert.throws(() => process.setUncaughtExceptionCaptureCallback(() => {}), {
  code: 'ERR_DOMAIN_CANNOT_SET_UNCAUGHT_EXCEPTION_CAPTURE',
  name: 'Error',
});

// run() enters and leaves, returns the function's value, passes the arguments.
const d = domain.create();
assert(d instanceof domain.Domain);
assert(d instanceof EventEmitter);
assert.deepStrictEqual(d.members, []);
const result = d.run(function(a, b) {
  assert.strictEqual(this, d);
  assert.strictEqual(process.domain, d);
  assert.strictEqual(domain.active, d);
  assert.deepStrictEqual(domain._stack, [d]);
  // Nested domains stack; exiting an outer one leaves the inner ones too.
  const inner = domain.create();
  inner.enter();
  assert.deepStrictEqual(domain._stack, [d, inner]);
  assert.strictEqual(process.domain, inner);
  d.exit();
  assert.deepStrictEqual(domain._stack, []);
  assert.strictEqual(process.domain, undefined);
  assert.strictEqual(domain.active, undefined);
  d.enter();
  // An emitter made inside belongs to the domain; the domain itself does not.
  const made = new EventEmitter();
  assert.strictEqual(made.domain, d);
  assert.strictEqual(Object.keys(made).includes('domain'), false);
  return a + b;
}, 2, 3);
assert.strictEqual(result, 5);
assert.strictEqual(process.domain, undefined);
assert.strictEqual(new EventEmitter().domain, null);
d.exit();  // Not entered: nothing happens.

// add()/remove() and the unhandled 'error' event of a member.
{
  const dom = domain.create();
  const emitter = new EventEmitter();
  dom.add(emitter);
  assert.strictEqual(emitter.domain, dom);
  assert.deepStrictEqual(dom.members, [emitter]);
  const boom = new Error('emitter');
  dom.on('error', common.mustCall((err) => {
    assert.strictEqual(err, boom);
    assert.strictEqual(err.domain, dom);
    assert.strictEqual(err.domainEmitter, emitter);
    assert.strictEqual(err.domainThrown, false);
  }));
  assert.strictEqual(emitter.emit('error', boom), false);
  // An emitter listening for 'error' handles it itself.
  emitter.once('error', common.mustCall());
  emitter.emit('error', new Error('own listener'));
  // Listeners of a member run inside the domain.
  emitter.on('ping', common.mustCall(() => assert.strictEqual(process.domain, dom)));
  emitter.emit('ping');
  dom.remove(emitter);
  assert.strictEqual(emitter.domain, null);
  assert.deepStrictEqual(dom.members, []);
}

// bind() runs the callback in the domain with its `this` and arguments.
{
  const dom = domain.create();
  const bound = dom.bind(function(x) {
    assert.strictEqual(process.domain, dom);
    return [this, x];
  });
  assert.strictEqual(bound.domain, dom);
  const self = {};
  assert.deepStrictEqual(bound.call(self, 7), [self, 7]);
  assert.strictEqual(process.domain, undefined);
}

// intercept() passes the results after the error argument, and routes an Error.
{
  const dom = domain.create();
  const cb = dom.intercept(common.mustCall((a, b) => {
    assert.deepStrictEqual([a, b], [1, 2]);
  }));
  cb(null, 1, 2);
  const failure = new Error('intercepted');
  dom.on('error', common.mustCall((err) => {
    assert.strictEqual(err, failure);
    assert.strictEqual(err.domain, dom);
    assert.strictEqual(err.domainThrown, false);
  }));
  cb(failure);
}

// Exceptions thrown in callbacks scheduled inside a domain reach its 'error' listener,
// and the process carries on.
{
  const dom = domain.create();
  const seen = [];
  dom.on('error', common.mustCall((err) => {
    assert.strictEqual(err.domain, dom);
    assert.strictEqual(err.domainThrown, true);
    seen.push(err.message);
  }, 4));
  dom.run(() => {
    process.nextTick(() => { throw new Error('tick'); });
    setTimeout(() => { throw new Error('timeout'); }, 1);
    setImmediate(() => { throw new Error('immediate'); });
    setTimeout(dom.bind(() => { throw new Error('bound'); }), 5);
  });
  setTimeout(common.mustCall(() => {
    assert.deepStrictEqual(seen.sort(), ['bound', 'immediate', 'tick', 'timeout']);
    assert.ok(!process.domain);
    assert.deepStrictEqual(domain._stack, []);
  }), 50);
}

// util.promisify still finds the timers' custom forms.
require('util').promisify(setTimeout)(1, 'v').then(common.mustCall((v) => {
  assert.strictEqual(v, 'v');
}));
