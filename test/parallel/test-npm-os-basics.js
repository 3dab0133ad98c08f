'use strict';
// The os functions packages call while loading: clean-stack (pulled in by p-map@4 and
// aggregate-error) calls os.homedir(), prettier@2 os.cpus(), many read os.EOL,
// os.platform() and os.tmpdir().
const assert = require('assert');
const os = require('os');

assert.strictEqual(os.EOL, process.platform === 'win32' ? '\r\n' : '\n');
assert.strictEqual(os.platform(), process.platform);
assert.strictEqual(os.arch(), process.arch);
assert.strictEqual(typeof os.type(), 'string');
assert.ok(os.type().length > 0);
assert.strictEqual(typeof os.release(), 'string');
assert.strictEqual(typeof os.hostname(), 'string');

const home = os.homedir();
assert.strictEqual(typeof home, 'string');
assert.ok(home.length > 0);
if (process.env.HOME) assert.strictEqual(home, process.env.HOME);

const tmp = os.tmpdir();
assert.strictEqual(typeof tmp, 'string');
assert.ok(!tmp.endsWith('/') || tmp === '/');

const cpus = os.cpus();
assert.ok(Array.isArray(cpus));
assert.ok(cpus.length > 0);
assert.strictEqual(typeof cpus[0].model, 'string');
assert.strictEqual(typeof cpus[0].speed, 'number');
assert.strictEqual(typeof cpus[0].times.user, 'number');
assert.ok(os.availableParallelism() >= 1);

assert.ok(os.totalmem() > 0);
assert.ok(os.freemem() > 0);
assert.ok(os.uptime() > 0);
assert.ok(['BE', 'LE'].includes(os.endianness()));
assert.strictEqual(os.loadavg().length, 3);
assert.strictEqual(os.constants.signals.SIGINT, 2);
assert.strictEqual(os.constants.errno.ENOENT, 2);
assert.strictEqual(typeof os.networkInterfaces(), 'object');
assert.strictEqual(typeof os.userInfo().username, 'string');
