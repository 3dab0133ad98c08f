'use strict';
// Bad input for dgram: wrong types, out-of-range and huge values, closed or
// unbound handles, missing files. Each case must fail with Node's error name, code and message.
require('../common');
const assert = require('assert');
const dgram = require('dgram');

const throwing = [
  ['dgram createSocket()', () => dgram.createSocket(), { name: 'TypeError', code: 'ERR_SOCKET_BAD_TYPE', message: 'Bad socket type specified. Valid types are: udp4, udp6' }],
  ['dgram createSocket bad', () => dgram.createSocket('udp5'), { name: 'TypeError', code: 'ERR_SOCKET_BAD_TYPE', message: 'Bad socket type specified. Valid types are: udp4, udp6' }],
  ['dgram createSocket obj bad', () => dgram.createSocket({ type: 1 }), { name: 'TypeError', code: 'ERR_SOCKET_BAD_TYPE', message: 'Bad socket type specified. Valid types are: udp4, udp6' }],
  ['dgram send bad msg', () => { const s = dgram.createSocket('udp4'); try { s.send(123, 41234, '127.0.0.1'); } finally { s.close(); } }, { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "buffer" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (123)' }],
  ['dgram send bad port', () => { const s = dgram.createSocket('udp4'); try { s.send('x', 'abc', '127.0.0.1'); } finally { s.close(); } }, { name: 'RangeError', code: 'ERR_SOCKET_BAD_PORT', message: 'Port should be > 0 and < 65536. Received type string (\'abc\').' }],
  ['dgram send port 0', () => { const s = dgram.createSocket('udp4'); try { s.send('x', 0, '127.0.0.1'); } finally { s.close(); } }, { name: 'RangeError', code: 'ERR_SOCKET_BAD_PORT', message: 'Port should be > 0 and < 65536. Received type number (0).' }],
  ['dgram send huge port', () => { const s = dgram.createSocket('udp4'); try { s.send('x', 70000, '127.0.0.1'); } finally { s.close(); } }, { name: 'RangeError', code: 'ERR_SOCKET_BAD_PORT', message: 'Port should be > 0 and < 65536. Received type number (70000).' }],
  ['dgram send closed', () => { const s = dgram.createSocket('udp4'); s.close(); s.send('x', 41234, '127.0.0.1'); }, { name: 'Error', code: 'ERR_SOCKET_DGRAM_NOT_RUNNING', message: 'Not running' }],
  ['dgram close twice', () => { const s = dgram.createSocket('udp4'); s.close(); s.close(); }, { name: 'Error', code: 'ERR_SOCKET_DGRAM_NOT_RUNNING', message: 'Not running' }],
  ['dgram address unbound', () => { const s = dgram.createSocket('udp4'); try { s.address(); } finally { s.close(); } }, { name: 'Error', code: 'EBADF', message: 'getsockname EBADF' }],
  ['dgram setTTL bad', () => { const s = dgram.createSocket('udp4'); try { s.setTTL('x'); } finally { s.close(); } }, { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "ttl" argument must be of type number. Received type string (\'x\')' }],
  ['dgram setTTL unbound', () => { const s = dgram.createSocket('udp4'); try { s.setTTL(5); } finally { s.close(); } }, { name: 'Error', code: 'EBADF', message: 'setTTL EBADF' }],
  ['dgram bind twice', () => { const s = dgram.createSocket('udp4'); s.bind(0); try { s.bind(0); } finally { s.close(); } }, { name: 'Error', code: 'ERR_SOCKET_ALREADY_BOUND', message: 'Socket is already bound' }],
  ['dgram addMembership noarg', () => { const s = dgram.createSocket('udp4'); try { s.addMembership(); } finally { s.close(); } }, { name: 'TypeError', code: 'ERR_MISSING_ARGS', message: 'The "multicastAddress" argument must be specified' }],
  ['dgram remoteAddress unconnected', () => { const s = dgram.createSocket('udp4'); try { s.remoteAddress(); } finally { s.close(); } }, { name: 'Error', code: 'ERR_SOCKET_DGRAM_NOT_CONNECTED', message: 'Not connected' }],
  ['dgram disconnect unconnected', () => { const s = dgram.createSocket('udp4'); try { s.disconnect(); } finally { s.close(); } }, { name: 'Error', code: 'ERR_SOCKET_DGRAM_NOT_CONNECTED', message: 'Not connected' }],
  ['dgram connect bad port', () => { const s = dgram.createSocket('udp4'); try { s.connect(0); } finally { s.close(); } }, { name: 'RangeError', code: 'ERR_SOCKET_BAD_PORT', message: 'Port should be > 0 and < 65536. Received type number (0).' }],
  ['dgram setRecvBufferSize unbound', () => { const s = dgram.createSocket('udp4'); try { s.setRecvBufferSize(1024); } finally { s.close(); } }, { name: 'SystemError', code: 'ERR_SOCKET_BUFFER_SIZE', message: 'Could not get or set buffer size: uv_recv_buffer_size returned EBADF (bad file descriptor)' }],
];
for (const [label, fn, expected] of throwing) {
  assert.throws(fn, expected, label);
}
