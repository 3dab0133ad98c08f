'use strict';
// node:os: the getters, their types and plausible values, the constants, EOL and devNull.
require('../common');
const assert = require('assert');
const os = require('os');

const expectedKeys = ['arch', 'availableParallelism', 'cpus', 'endianness', 'freemem',
  'getPriority', 'homedir', 'hostname', 'loadavg', 'networkInterfaces', 'platform', 'release',
  'setPriority', 'tmpdir', 'totalmem', 'type', 'userInfo', 'uptime', 'version', 'machine',
  'constants', 'EOL', 'devNull'];
assert.deepStrictEqual(Object.keys(os).sort(), expectedKeys.sort());

assert.strictEqual(os.EOL, '\n');
assert.strictEqual(os.devNull, '/dev/null');
assert.throws(() => { 'use strict'; os.EOL = 'x'; }, TypeError);
assert.strictEqual(os.arch(), process.arch);
assert.strictEqual(os.platform(), process.platform);
assert.strictEqual(os.platform(), 'linux');
assert.match(os.endianness(), /^(LE|BE)$/);
assert.strictEqual(os.type(), 'Linux');

for (const name of ['release', 'version', 'machine', 'hostname', 'homedir']) {
  const value = os[name]();
  assert.strictEqual(typeof value, 'string', name);
  assert(value.length > 0, name);
}
assert.strictEqual(os.machine(), { x64: 'x86_64', arm64: 'aarch64' }[process.arch] ?? os.machine());
assert.strictEqual(os.homedir(), process.env.HOME || os.homedir());

const total = os.totalmem();
const free = os.freemem();
assert(Number.isInteger(total) && total > 0);
assert(Number.isInteger(free) && free > 0 && free <= total);

const uptime = os.uptime();
assert(typeof uptime === 'number' && uptime > 0);

const load = os.loadavg();
assert(Array.isArray(load));
assert.strictEqual(load.length, 3);
for (const n of load) assert(typeof n === 'number' && n >= 0);

const parallelism = os.availableParallelism();
assert(Number.isInteger(parallelism) && parallelism >= 1);

const cpus = os.cpus();
assert(Array.isArray(cpus));
assert(cpus.length >= 1);
for (const cpu of cpus) {
  assert.deepStrictEqual(Object.keys(cpu), ['model', 'speed', 'times']);
  assert.strictEqual(typeof cpu.model, 'string');
  assert.strictEqual(typeof cpu.speed, 'number');
  assert.deepStrictEqual(Object.keys(cpu.times), ['user', 'nice', 'sys', 'idle', 'irq']);
  for (const t of Object.values(cpu.times)) assert(Number.isInteger(t) && t >= 0);
}

// The argument-less getters convert to their value.
assert.strictEqual(`${os.hostname}`, os.hostname());
assert.strictEqual(`${os.homedir}`, os.homedir());
assert.strictEqual(`${os.arch}`, process.arch);
assert.strictEqual(`${os.platform}`, process.platform);
assert.strictEqual(`${os.endianness}`, os.endianness());
assert.strictEqual(`${os.type}`, 'Linux');
assert.strictEqual(`${os.release}`, os.release());
assert.strictEqual(`${os.machine}`, os.machine());
assert.strictEqual(`${os.tmpdir}`, os.tmpdir());
assert.strictEqual(+os.totalmem, total);
assert.strictEqual(+os.availableParallelism, parallelism);

// constants
const { constants } = os;
assert.throws(() => { 'use strict'; os.constants = {}; }, TypeError);
assert.strictEqual(Object.getPrototypeOf(constants), null);
assert.deepStrictEqual(Object.keys(constants),
                       ['UV_UDP_REUSEADDR', 'dlopen', 'errno', 'signals', 'priority']);
assert.strictEqual(constants.UV_UDP_REUSEADDR, 4);
assert(Object.isFrozen(constants.signals));
assert.strictEqual(constants.signals.SIGINT, 2);
assert.strictEqual(constants.signals.SIGKILL, 9);
assert.strictEqual(constants.signals.SIGTERM, 15);
assert.strictEqual(constants.signals.SIGUSR1, 10);
assert.strictEqual(constants.errno.ENOENT, 2);
assert.strictEqual(constants.errno.EADDRINUSE, 98);
assert.strictEqual(constants.errno.ECONNRESET, 104);
assert.deepStrictEqual({ ...constants.priority }, {
  PRIORITY_LOW: 19, PRIORITY_BELOW_NORMAL: 10, PRIORITY_NORMAL: 0,
  PRIORITY_ABOVE_NORMAL: -7, PRIORITY_HIGH: -14, PRIORITY_HIGHEST: -20,
});
assert.deepStrictEqual({ ...constants.dlopen }, {
  RTLD_LAZY: 1, RTLD_NOW: 2, RTLD_GLOBAL: 256, RTLD_LOCAL: 0, RTLD_DEEPBIND: 8,
});
