'use strict';
// Bad input for net-blocklist-socketaddress: wrong types, out-of-range and huge values, closed or
// unbound handles, missing files. Each case must fail with Node's error name, code and message.
require('../common');
const assert = require('assert');
const net = require('net');

const throwing = [
  ['bl addAddress bad', () => new net.BlockList().addAddress(5), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "address" argument must be of type string. Received type number (5)' }],
  ['bl addAddress bad family', () => new net.BlockList().addAddress('1.1.1.1', 'ipv5'), { name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE', message: 'The property \'options.family\' is invalid. Received \'ipv5\'' }],
  ['bl addAddress invalid ip', () => new net.BlockList().addAddress('nope'), { name: 'Error', code: 'ERR_INVALID_ADDRESS', message: 'Invalid socket address' }],
  ['bl addRange bad', () => new net.BlockList().addRange('1.1.1.5', '1.1.1.1'), { name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE', message: 'The argument \'start\' must come before end. Received SocketAddress { address: \'1.1.1.5\', port: 0, family: \'ipv4\', flowlabel: 0 }' }],
  ['bl addSubnet bad prefix', () => new net.BlockList().addSubnet('1.1.1.0', 33), { name: 'RangeError', code: 'ERR_OUT_OF_RANGE', message: 'The value of "prefix" is out of range. It must be >= 0 && <= 32. Received 33' }],
  ['bl addSubnet bad prefix6', () => new net.BlockList().addSubnet('::', 129, 'ipv6'), { name: 'RangeError', code: 'ERR_OUT_OF_RANGE', message: 'The value of "prefix" is out of range. It must be >= 0 && <= 128. Received 129' }],
  ['bl check bad', () => new net.BlockList().check(5), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "address" argument must be of type string. Received type number (5)' }],
  ['sa bad opts', () => new net.SocketAddress(5), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "options" argument must be of type object. Received type number (5)' }],
  ['sa bad address', () => new net.SocketAddress({ address: 5 }), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "options.address" property must be of type string. Received type number (5)' }],
  ['sa invalid address', () => new net.SocketAddress({ address: 'nope' }), { name: 'Error', code: 'ERR_INVALID_ADDRESS', message: 'Invalid socket address' }],
  ['sa bad port', () => new net.SocketAddress({ port: 70000 }), { name: 'RangeError', code: 'ERR_SOCKET_BAD_PORT', message: 'options.port should be >= 0 and < 65536. Received type number (70000).' }],
  ['sa bad port type', () => new net.SocketAddress({ port: 'x' }), { name: 'RangeError', code: 'ERR_SOCKET_BAD_PORT', message: 'options.port should be >= 0 and < 65536. Received type string (\'x\').' }],
  ['sa bad family', () => new net.SocketAddress({ family: 'ipv5' }), { name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE', message: 'The property \'options.family\' is invalid. Received \'ipv5\'' }],
  ['sa bad flowlabel', () => new net.SocketAddress({ family: 'ipv6', address: '::', flowlabel: -1 }), { name: 'RangeError', code: 'ERR_OUT_OF_RANGE', message: 'The value of "options.flowlabel" is out of range. It must be >= 0 && <= 4294967295. Received -1' }],
  ['sa parse num', () => net.SocketAddress.parse(5), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "input" argument must be of type string. Received type number (5)' }],
];
for (const [label, fn, expected] of throwing) {
  assert.throws(fn, expected, label);
}

// Lookups with input that is not an address answer instead of throwing.
assert.strictEqual(new net.BlockList().check('nope'), false);
assert.strictEqual(net.BlockList.isBlockList(5), false);
assert.strictEqual(net.SocketAddress.parse('nope:x'), undefined);
assert.strictEqual(net.SocketAddress.isSocketAddress({ address: '1.1.1.1' }), false);
