'use strict';
// Timeout#ref, #unref and #hasRef: all chainable; an unref'd timer still fires while
// something else keeps the loop alive, and ref() makes it keep the loop alive again.
const common = require('../common');
const assert = require('assert');

const t = setTimeout(common.mustCall(), 1);
assert.strictEqual(t.hasRef(), true);
assert.strictEqual(t.unref(), t);
assert.strictEqual(t.hasRef(), false);
assert.strictEqual(t.unref(), t);
assert.strictEqual(t.hasRef(), false);
assert.strictEqual(t.ref(), t);
assert.strictEqual(t.hasRef(), true);
assert.strictEqual(t.ref(), t);
assert.strictEqual(t.hasRef(), true);

// An unref'd timer and interval fire while a ref'd timer, due later, keeps the loop running.
setTimeout(common.mustCall(), 1).unref();
const interval = setInterval(common.mustCallAtLeast(() => {}, 1), 1).unref();
assert.strictEqual(interval.hasRef(), false);

// unref() then ref() again: the timer alone keeps the process alive until it fires.
setTimeout(common.mustCall(), 50).unref().ref();
