'use strict';
// A first look at Lode: timers, the event loop's ordering, process and console.
// (A file read and an HTTP round trip join this example as the fs and http issues land.)

const started = process.hrtime.bigint();
console.log(`Hello from Lode ${process.versions.lode}, speaking Node ${process.version}`);

setTimeout(() => console.log('3. a timer fired after 10 ms'), 10);
setImmediate(() => console.log('2. setImmediate ran after the first turn of the loop'));
process.nextTick(() => console.log('1. nextTick ran before anything else'));
Promise.resolve().then(() => console.log('1b. then the promise microtasks'));

process.on('exit', (code) => {
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  console.log(`exiting with code ${code} after ${ms.toFixed(1)} ms`);
});
