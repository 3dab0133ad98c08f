'use strict';
// One child_process benchmark case (bench/ipc.sh runs each under Lode and Node); prints
// "<case> <value>" on stderr: messages/s, MB/s or operations/s (higher is better). The
// one-way cases also print "<case>-cpu <messages per CPU second>", the CPU time of parent
// and child together, which is what a loaded machine's timings hide.
const { fork, spawn, execSync } = require('child_process');

const kind = process.argv[2];
const report = (value, name = kind) => process.stderr.write(`${name} ${value.toFixed(1)}\n`);
const cpuSeconds = (usage) => (usage.user + usage.system) / 1e6;

if (kind === 'child') {
  // Counts what arrives; answers pings; reports the count when told.
  let count = 0;
  let bytes = 0;
  let cpu0;
  process.on('message', (m) => {
    if (m === 'ping' || m.ping !== undefined) {
      process.send(m);
    } else if (m === 'end') {
      process.send({ count, bytes, cpu: cpuSeconds(process.cpuUsage(cpu0)) });
    } else {
      if (count === 0) cpu0 = process.cpuUsage();
      count++;
      if (typeof m.data === 'string') bytes += m.data.length;
    }
  });
  return;
}

function oneWay(serialization, n, message, unit) {
  const child = fork(__filename, ['child'], { serialization });
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < n; i++) child.send(message);
  child.send('end');
  child.on('message', (m) => {
    const seconds = (performance.now() - t0) / 1000;
    if (m.count !== n) throw new Error(`lost messages: ${m.count} of ${n}`);
    report(unit === 'MB' ? m.bytes / 1048576 / seconds : n / seconds);
    if (unit !== 'MB') report(n / (cpuSeconds(process.cpuUsage(cpu0)) + m.cpu), `${kind}-cpu`);
    child.disconnect();
  });
}

function pingPong(n) {
  const child = fork(__filename, ['child']);
  let left = n;
  let t0;
  child.on('message', () => {
    if (--left === 0) {
      report(n / ((performance.now() - t0) / 1000));
      child.disconnect();
      return;
    }
    child.send({ ping: left });
  });
  // The first round trip waits for the child to start; time from the second.
  child.once('message', () => { t0 = performance.now(); });
  child.send({ ping: left });
}

function spawnTrue(n) {
  const t0 = performance.now();
  let done = 0;
  let running = 0;
  const next = () => {
    while (running < 8 && done + running < n) {
      running++;
      spawn('true').on('close', () => {
        running--;
        if (++done === n) report(n / ((performance.now() - t0) / 1000));
        else next();
      });
    }
  };
  next();
}

const kilo = { seq: 0, data: 'x'.repeat(1000) };
switch (kind) {
  case 'ipc-json-1k': oneWay('json', 50000, kilo, 'msg'); break;
  case 'ipc-advanced-1k': oneWay('advanced', 50000, kilo, 'msg'); break;
  case 'ipc-json-4m': oneWay('json', 25, { data: 'y'.repeat(4 * 1048576) }, 'MB'); break;
  case 'ipc-pingpong': pingPong(5000); break;
  case 'spawn-true': spawnTrue(500); break;
  case 'execsync-echo': {
    const t0 = performance.now();
    for (let i = 0; i < 200; i++) execSync('echo hi');
    report(200 / ((performance.now() - t0) / 1000));
    break;
  }
  default: throw new Error(`unknown case ${kind}`);
}
