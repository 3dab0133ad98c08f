'use strict';
// ALPNProtocols that are not an array of strings or a view: a client (tls.connect, new
// TLSSocket) rejects them as Node's native setter does, a server ignores them, and array
// elements that are not strings give Node's ERR_INVALID_ARG_TYPE before anything connects.
require('../common');
const assert = require('assert');
const net = require('net');
const tls = require('tls');

const mustBeBuffer = { name: 'TypeError', message: 'Must give a Buffer as first argument' };
for (const value of [5, true, {}, 'h2', Symbol('h2')]) {
  // Nothing is connected: the check comes first (port 1 would fail with ECONNREFUSED).
  assert.throws(() => tls.connect({ port: 1, host: '127.0.0.1', ALPNProtocols: value }),
    mustBeBuffer);
  assert.throws(() => new tls.TLSSocket(new net.Socket(), { ALPNProtocols: value }),
    mustBeBuffer);
  // A server ignores what it cannot convert.
  const server = tls.createServer({ ALPNProtocols: value });
  assert.strictEqual(server.ALPNProtocols, undefined);
}

const notStringOrBytes = (received) => ({
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "string" argument must be of type string or an instance of Buffer or ' +
    `ArrayBuffer. Received ${received}`,
});
for (const [value, received] of [[[5], 'type number (5)'], [['h2', null], 'null'],
  [[{}], 'an instance of Object']]) {
  assert.throws(() => tls.connect({ port: 1, host: '127.0.0.1', ALPNProtocols: value }),
    notStringOrBytes(received));
  assert.throws(() => tls.createServer({ ALPNProtocols: value }), notStringOrBytes(received));
  assert.throws(() => tls.convertALPNProtocols(value, {}), notStringOrBytes(received));
}

// Bytes are measured but only strings can be written.
for (const value of [[Buffer.from('h2')], [new Uint8Array(2)], [new ArrayBuffer(2)]]) {
  assert.throws(() => tls.convertALPNProtocols(value, {}), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'argument must be a string',
  });
}

assert.throws(() => tls.convertALPNProtocols(['x'.repeat(256)], {}), {
  name: 'RangeError',
  code: 'ERR_OUT_OF_RANGE',
  message: 'The byte length of the protocol at index 0 exceeds the maximum length. ' +
    'It must be <= 255. Received 256',
});

// What works: arrays of strings become the wire form, views are copied.
const out = {};
tls.convertALPNProtocols(['h2', 'http/1.1'], out);
assert.deepStrictEqual(out.ALPNProtocols, Buffer.from('\x02h2\x08http/1.1', 'latin1'));
const wire = new Uint8Array([2, 104, 50]);
tls.convertALPNProtocols(wire, out);
assert.deepStrictEqual(out.ALPNProtocols, Buffer.from(wire));
const socket = new tls.TLSSocket(new net.Socket(), { ALPNProtocols: ['h2'] });
socket.destroy();
