'use strict';
// util members of Node 24 that packages feature-test with `typeof util.x === 'function'`
// and then call.
const assert = require('assert');
const util = require('util');

const mime = new util.MIMEType('text/html; charset=utf-8');
assert.strictEqual(mime.type, 'text');
assert.strictEqual(mime.subtype, 'html');
assert.strictEqual(mime.essence, 'text/html');
assert.strictEqual(mime.params.get('charset'), 'utf-8');
assert.strictEqual(String(mime), 'text/html;charset=utf-8');
assert.strictEqual(typeof util.MIMEParams, 'function');

assert.strictEqual(typeof util.getCallSites, 'function');
const sites = util.getCallSites();
assert.ok(Array.isArray(sites));
assert.strictEqual(sites[0].scriptName, __filename);
assert.strictEqual(typeof sites[0].lineNumber, 'number');
assert.strictEqual(typeof sites[0].functionName, 'string');

assert.strictEqual(typeof util.transferableAbortSignal, 'function');
assert.strictEqual(typeof util.transferableAbortController, 'function');
const ac = util.transferableAbortController();
assert.ok(ac instanceof AbortController);
