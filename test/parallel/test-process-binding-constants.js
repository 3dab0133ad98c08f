'use strict';
// process.binding('constants') and process.binding('util') (deprecated, DEP0111, but still
// used by old packages such as tmp@0.0.x) and the errors for other names.
require('../common');
const assert = require('assert');
const os = require('os');
const fs = require('fs');

assert.strictEqual(typeof process.binding, 'function');
assert.strictEqual(process.binding.length, 1);

const constants = process.binding('constants');
assert.strictEqual(process.binding('constants'), constants);
assert.strictEqual(constants.os, os.constants);
assert.strictEqual(constants.fs, fs.constants);
assert.strictEqual(constants.crypto, require('crypto').constants);
assert.strictEqual(constants.zlib, require('zlib').constants);
assert.strictEqual(typeof constants.fs.O_RDWR, 'number');
assert.strictEqual(constants.fs.O_CREAT, fs.constants.O_CREAT);
assert.strictEqual(constants.os.signals.SIGINT, os.constants.signals.SIGINT);
assert.strictEqual(constants.os.errno.ENOENT, os.constants.errno.ENOENT);
assert.strictEqual(constants.trace.TRACE_EVENT_PHASE_BEGIN, 66);
assert.strictEqual(Object.getPrototypeOf(constants.trace), null);
// The string form of the name works too (it is converted with String()).
assert.strictEqual(process.binding({ toString() { return 'constants'; } }), constants);

// What tmp@0.0.31 does at load time.
const c = process.binding('constants');
const flags = c.O_CREAT || c.fs.O_CREAT | (c.O_EXCL || c.fs.O_EXCL) | (c.O_RDWR || c.fs.O_RDWR);
assert.strictEqual(flags, fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_RDWR);

const util = process.binding('util');
assert.strictEqual(util.isDate(new Date()), true);
assert.strictEqual(util.isDate({}), false);
assert.strictEqual(util.isRegExp(/x/), true);
assert.strictEqual(util.isMap(new Map()), true);
assert.strictEqual(util.isPromise(Promise.resolve()), true);
assert.strictEqual(util.isNativeError(new TypeError()), true);
assert.strictEqual(util.isUint8Array(new Uint8Array(1)), true);
assert.strictEqual(util.isAsyncFunction(async () => {}), true);

// A name Node does not list is a plain Error.
for (const name of ['foo', 'http2', '', 'constants ']) {
  assert.throws(() => process.binding(name), (err) => {
    assert.strictEqual(err.constructor, Error);
    assert.strictEqual(err.code, undefined);
    assert.strictEqual(err.message, `No such module: ${name}`);
    return true;
  });
}
