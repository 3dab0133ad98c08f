'use strict';
// A program may listen to any named signal, SIGPWR included (signal-exit, used by npm
// and many command-line tools, does on Linux). The engine's collector must keep working
// meanwhile: collections while thread-pool work runs must not hang, and the listener
// still gets the signal.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');
const fs = require('fs');
const zlib = require('zlib');

const signals = ['SIGPWR', 'SIGUSR2', 'SIGSTKFLT', 'SIGSYS', 'SIGXCPU'];
const handlers = signals.map((name) => {
  const handler = () => {};
  process.on(name, handler);
  return handler;
});

let rounds = 0;
let keep = [];
function churn() {
  for (let i = 0; i < 20000; i++) keep.push({ i, s: 'x' + i });
  if (keep.length > 200000) keep = [];
}

function round() {
  if (++rounds > 400) {
    // Signal handles do not keep the loop alive: the timer waits for the delivery.
    const timer = setTimeout(common.mustNotCall('SIGPWR not delivered'), 10000);
    process.on('SIGPWR', common.mustCall(() => {
      clearTimeout(timer);
      signals.forEach((name, i) => process.removeListener(name, handlers[i]));
      process.removeAllListeners('SIGPWR');
    }));
    process.kill(process.pid, 'SIGPWR');
    return;
  }
  churn();
  let pending = 3;
  const done = (err) => {
    assert.ifError(err);
    if (--pending === 0) round();
  };
  fs.readFile(__filename, done);
  zlib.gzip(Buffer.alloc(1000), done);
  crypto.pbkdf2('a', 'b', 1, 32, 'sha256', done);
}
round();
