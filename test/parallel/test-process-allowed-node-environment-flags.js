'use strict';
// process.allowedNodeEnvironmentFlags: a Set of the flags NODE_OPTIONS may hold; has() takes
// a flag with or without leading dashes, with '_' for '-', and ignores a value after '=';
// the set cannot be changed.
require('../common');
const assert = require('assert');

const flags = process.allowedNodeEnvironmentFlags;
assert.ok(flags instanceof Set);
assert.strictEqual(Object.prototype.toString.call(flags), '[object Set]');
assert.ok(Object.isFrozen(flags));
assert.strictEqual(process.allowedNodeEnvironmentFlags, flags); // the same set each time
assert.ok(flags.size > 50);

for (const flag of ['--require', '-r', '--import', '--max-old-space-size', '--no-warnings',
  '--no-deprecation', '--enable-source-maps', '--preserve-symlinks', '--expose-gc',
  '--input-type', '--inspect', '--stack-trace-limit', '--openssl-legacy-provider',
  '--experimental-vm-modules', '--conditions', '-C', '--title', '--trace-warnings']) {
  assert.ok(flags.has(flag), flag);
}
// Not allowed in NODE_OPTIONS.
for (const flag of ['--eval', '-e', '--print', '--help', '--version', '--interactive',
  '--test', '--check', '--use-strict', '--no-such-flag', '']) {
  assert.strictEqual(flags.has(flag), false, flag);
}
// The forms NODE_OPTIONS accepts.
assert.ok(flags.has('expose-gc'));
assert.ok(flags.has('--expose_gc'));
assert.ok(flags.has('max_old_space_size'));
assert.ok(flags.has('--max-old-space-size=4096'));
assert.ok(flags.has('--inspect=127.0.0.1:9229'));
assert.ok(flags.has('r'));
assert.strictEqual(flags.has(5), false);
assert.strictEqual(flags.has(undefined), false);

// Every member is a flag that starts with a dash.
for (const flag of flags) assert.match(flag, /^--?[a-zA-Z]/);

// It cannot be changed.
const size = flags.size;
assert.strictEqual(flags.add('--made-up'), flags);
assert.strictEqual(flags.has('--made-up'), false);
assert.strictEqual(flags.delete('--require'), false);
flags.clear();
assert.strictEqual(flags.size, size);
assert.ok(flags.has('--require'));

// Every flag the set lists is one NODE_OPTIONS may really hold: spot-check a few in a child.
const { spawnSync } = require('child_process');
for (const option of ['--enable-source-maps', '--max-old-space-size=512', '--no-deprecation']) {
  const child = spawnSync(process.execPath, ['-e', '0'], {
    env: { ...process.env, NODE_OPTIONS: option },
  });
  assert.strictEqual(child.status, 0, `${option}: ${child.stderr}`);
}

// An assignment replaces it (as in Node).
process.allowedNodeEnvironmentFlags = new Set(['x']);
assert.deepStrictEqual([...process.allowedNodeEnvironmentFlags], ['x']);
