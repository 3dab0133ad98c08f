'use strict';
// A busy loop (events microseconds apart) may look for the next one a little before it
// sleeps, but a loop that then waits for long uses no CPU while it waits, and events that
// come during a busy phase are all handled, in order, on time.
const common = require('../common');
const assert = require('assert');
const net = require('net');
const fsp = require('fs/promises');

const ROUNDS = 3000;
// The length of '0.1.2.…2999.', all the echoed messages.
let expectedLength = 0;
for (let i = 0; i < ROUNDS; i++) expectedLength += String(i).length + 1;

const server = net.createServer((socket) => {
  socket.setNoDelay(true);
  socket.on('data', (d) => socket.write(d));
});

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  client.setNoDelay(true);
  let sent = 0;
  let got = '';
  const send = () => client.write(`${sent++}.`);
  client.on('connect', send);
  client.on('data', (d) => {
    got += d;
    if (sent < ROUNDS) send();
    else if (got.length === expectedLength) done();
  });

  async function done() {
    const numbers = got.split('.').slice(0, -1).map(Number);
    assert.strictEqual(numbers.length, ROUNDS);
    numbers.forEach((n, i) => assert.strictEqual(n, i));
    client.destroy();

    // Thread-pool requests in a row (short waits) still complete, each once.
    for (let i = 0; i < 500; i++) await fsp.stat(__filename);

    // Now a long wait: a timer of 300 ms while the server still listens. The loop sleeps.
    const cpu = process.cpuUsage();
    const start = process.hrtime.bigint();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const waitedMs = Number(process.hrtime.bigint() - start) / 1e6;
    const used = process.cpuUsage(cpu);
    const cpuMs = (used.user + used.system) / 1000;
    assert(waitedMs >= 299, `timer fired after ${waitedMs} ms`);
    assert(cpuMs < 60, `${cpuMs} ms of CPU during a ${waitedMs} ms wait`);
    server.close();
  }
}));
