'use strict';
// os.tmpdir(): TMPDIR, then TMP, then TEMP, else /tmp; one trailing slash removed, except
// from the root.
require('../common');
const assert = require('assert');
const os = require('os');

const env = process.env;
delete env.TMPDIR;
delete env.TMP;
delete env.TEMP;
assert.strictEqual(os.tmpdir(), '/tmp');

env.TEMP = '/temp';
assert.strictEqual(os.tmpdir(), '/temp');
env.TMP = '/tmp2';
assert.strictEqual(os.tmpdir(), '/tmp2');
env.TMPDIR = '/tmpdir';
assert.strictEqual(os.tmpdir(), '/tmpdir');

env.TMPDIR = '/tmpdir/';
assert.strictEqual(os.tmpdir(), '/tmpdir');
env.TMPDIR = '/';
assert.strictEqual(os.tmpdir(), '/');
env.TMPDIR = '//';
assert.strictEqual(os.tmpdir(), '/');

// An empty variable counts as unset.
env.TMPDIR = '';
assert.strictEqual(os.tmpdir(), '/tmp2');
delete env.TMPDIR;
delete env.TMP;
assert.strictEqual(os.tmpdir(), '/temp');
