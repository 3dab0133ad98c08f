'use strict';
// got (through http2-wrapper) reaches Node's internal JSStreamSocket class when it loads:
// `new tls.TLSSocket(new stream.PassThrough())._handle._parentWrap.constructor`. A TLSSocket
// over a Duplex that is not a net.Socket has a handle whose `_parentWrap` is a net.Socket
// wrapping that stream; a TLSSocket made directly as a client does not start a handshake
// by itself (only tls.connect() does), so the PassThrough never echoes a ClientHello back.
const common = require('../common');
const assert = require('assert');
const net = require('net');
const stream = require('stream');
const tls = require('tls');

const socket = new tls.TLSSocket(new stream.PassThrough());
assert.notStrictEqual(socket._handle, null);
const wrap = socket._handle._parentWrap;
const JSStreamSocket = wrap.constructor;
assert.strictEqual(typeof JSStreamSocket, 'function');
assert(wrap instanceof net.Socket);
assert.strictEqual(socket._parent, null);
socket.on('error', common.mustNotCall());
setTimeout(common.mustCall(() => {
  assert.strictEqual(socket.destroyed, false);
  socket.destroy();
}), 50);

// The class works on its own, as http2-wrapper uses it for proxy tunnels: a socket over one
// side of a duplex pair, whose handle may be given a getpeername().
const [a, b] = stream.duplexPair();
const js = new JSStreamSocket(a);
assert(js instanceof net.Socket);
js._handle.getpeername = common.mustCall((out) => {
  out.address = '192.0.2.1';
  out.port = 443;
  out.family = 'IPv4';
});
assert.strictEqual(js.remoteAddress, '192.0.2.1');
assert.strictEqual(js.remotePort, 443);
assert.strictEqual(js.pending, false);
assert.strictEqual(js.readyState, 'open');

let fromJs = '';
b.setEncoding('utf8');
b.on('data', (d) => { fromJs += d; });
b.on('end', common.mustCall(() => {
  assert.strictEqual(fromJs, 'hello bye');
  b.end();
}));
js.setEncoding('utf8');
js.on('data', common.mustCall((d) => {
  assert.strictEqual(d, 'world');
  js.end('bye');
}));
js.on('end', common.mustCall());
js.on('close', common.mustCall((hadError) => assert.strictEqual(hadError, false)));
js.write('hello ');
b.write('world');
