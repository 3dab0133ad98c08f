'use strict';
// Bad input for child-process-options: wrong types, out-of-range and huge values, closed or
// unbound handles, missing files. Each case must fail with Node's error name, code and message.
require('../common');
const assert = require('assert');
const cp = require('child_process');

const throwing = [
  ['cp spawn num', () => cp.spawn(5), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "file" argument must be of type string. Received type number (5)' }],
  ['cp spawn empty', () => cp.spawn(''), { name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE', message: 'The argument \'file\' cannot be empty. Received \'\'' }],
  ['cp spawn bad args', () => cp.spawn('true', 'x'), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "args" argument must be of type object. Received type string (\'x\')' }],
  ['cp spawn bad cwd', () => cp.spawn('true', [], { cwd: 5 }), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "options.cwd" property must be of type string or an instance of Buffer or URL. Received type number (5)' }],
  ['cp spawn bad stdio', () => cp.spawn('true', [], { stdio: 'bogus' }), { name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE', message: 'The argument \'stdio\' is invalid. Received \'bogus\'' }],
  ['cp spawn bad stdio arr', () => cp.spawn('true', [], { stdio: ['bogus'] }), { name: 'TypeError', code: 'ERR_INVALID_SYNC_FORK_INPUT', message: 'Asynchronous forks do not support Buffer, TypedArray, DataView or string input: \'bogus\'' }],
  ['cp spawn bad uid', () => cp.spawn('true', [], { uid: 'x' }), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "options.uid" property must be int32. Received type string (\'x\')' }],
  ['cp spawn bad timeout', () => cp.spawn('true', [], { timeout: -1 }), { name: 'RangeError', code: 'ERR_OUT_OF_RANGE', message: 'The value of "timeout" is out of range. It must be an unsigned integer. Received -1' }],
  ['cp spawn bad killSignal', () => cp.spawn('true', [], { killSignal: 'SIGBOGUS' }), { name: 'TypeError', code: 'ERR_UNKNOWN_SIGNAL', message: 'Unknown signal: SIGBOGUS' }],
  ['cp spawn bad signal', () => cp.spawn('true', [], { signal: 5 }), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "options.signal" property must be an instance of AbortSignal. Received type number (5)' }],
  ['cp spawn bad shell', () => cp.spawn('true', [], { shell: 5 }), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "options.shell" property must be one of type boolean or string. Received type number (5)' }],
  ['cp spawn bad argv0', () => cp.spawn('true', [], { argv0: 5 }), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "options.argv0" property must be of type string. Received type number (5)' }],
  ['cp spawn bad detached', () => cp.spawn('true', [], { detached: 'x' }), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "options.detached" property must be of type boolean. Received type string (\'x\')' }],
  ['cp spawn null byte', () => cp.spawn('tr\0ue'), { name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE', message: 'The argument \'file\' must be a string without null bytes. Received \'tr\\x00ue\'' }],
  ['cp spawn arg null byte', () => cp.spawn('true', ['a\0b']), { name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE', message: 'The argument \'args[0]\' must be a string without null bytes. Received \'a\\x00b\'' }],
  ['cp spawnSync bad input', () => cp.spawnSync('true', [], { input: 5 }), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "options.stdio[0]" property must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (5)' }],
  ['cp spawnSync bad maxBuffer', () => cp.spawnSync('true', [], { maxBuffer: -1 }), { name: 'RangeError', code: 'ERR_OUT_OF_RANGE', message: 'The value of "options.maxBuffer" is out of range. It must be a positive number. Received -1' }],
  ['cp execSync bad', () => cp.execSync(5), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "command" argument must be of type string. Received type number (5)' }],
  ['cp execFile bad', () => cp.execFile(5), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "file" argument must be of type string. Received type number (5)' }],
  ['cp exec bad', () => cp.exec(5), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "command" argument must be of type string. Received type number (5)' }],
  ['cp fork bad serialization', () => cp.fork('x.js', [], { serialization: 'bogus' }), { name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE', message: 'The property \'options.serialization\' must be one of: undefined, \'json\', \'advanced\'. Received \'bogus\'' }],
  ['cp spawn bad env value', () => cp.spawnSync('true', [], { env: { A: 'a\0b' } }), { name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE', message: 'The property \'options.env[\'A\']\' must be a string without null bytes. Received \'a\\x00b\'' }],
  ['cp kill bad sig', () => { const c = cp.spawn('sleep', ['5']); try { c.kill('SIGBOGUS'); } finally { c.kill(); } }, { name: 'TypeError', code: 'ERR_UNKNOWN_SIGNAL', message: 'Unknown signal: SIGBOGUS' }],
];
for (const [label, fn, expected] of throwing) {
  assert.throws(fn, expected, label);
}
