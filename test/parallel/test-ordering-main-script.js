'use strict';
// In the main script, process.nextTick callbacks run first, then promise microtasks; timers
// and immediates come later, from the event loop (setTimeout(0) and setImmediate may come in
// either order there, as in Node, because the first loop iteration may start within 1 ms).
const common = require('../common');
const assert = require('assert');

const order = [];

setTimeout(common.mustCall(() => order.push('timeout')), 0);
setImmediate(common.mustCall(() => order.push('immediate')));
Promise.resolve().then(common.mustCall(() => order.push('promise')));
queueMicrotask(common.mustCall(() => order.push('microtask')));
process.nextTick(common.mustCall(() => order.push('tick')));
order.push('sync');

process.on('exit', () => {
  assert.deepStrictEqual(order.slice(0, 4), ['sync', 'tick', 'promise', 'microtask']);
  assert.deepStrictEqual(order.slice(4).sort(), ['immediate', 'timeout']);
});
