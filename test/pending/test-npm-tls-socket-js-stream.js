'use strict';
// got (through http2-wrapper) reaches Node's internal JSStreamSocket class when it loads:
// `new tls.TLSSocket(new stream.PassThrough())._handle._parentWrap.constructor`. In Node a
// TLSSocket over a non-socket Duplex has a handle whose `_parentWrap` wraps that stream; in
// Lode `_handle` stays null (lib/_tls_wrap.js), so `require('got')` throws at load.
require('../common');
const assert = require('assert');
const stream = require('stream');
const tls = require('tls');

const socket = new tls.TLSSocket(new stream.PassThrough());
assert.notStrictEqual(socket._handle, null);
assert.strictEqual(typeof socket._handle._parentWrap.constructor, 'function');
socket.destroy();
