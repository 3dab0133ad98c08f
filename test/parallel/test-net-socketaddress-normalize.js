'use strict';
// net.SocketAddress and net.BlockList write IPv6 addresses in canonical form (lowercase,
// no leading zeros, the longest zero run as "::", dotted tails for ::a.b.c.d and
// ::ffff:a.b.c.d), drop zone indexes, and SocketAddress.parse() reads its input as the
// host and port of an http: URL.
require('../common');
const assert = require('assert');
const net = require('net');
const { inspect } = require('util');

const v6 = (address, extra) => new net.SocketAddress({ address, family: 'ipv6', ...extra });

// Constructor: canonical IPv6 text.
const canonical = [
  ['::ABCD', '::abcd'],
  ['::ffff:1', '::255.255.0.1'],
  ['::1', '::1'],
  ['::2', '::2'],
  ['::', '::'],
  ['0:0:0:0:0:0:0:0', '::'],
  ['::0.0.0.2', '::2'],
  ['::1.2.3.4', '::1.2.3.4'],
  ['::ffff:1.2.3.4', '::ffff:1.2.3.4'],
  ['::FFFF:0102:0304', '::ffff:1.2.3.4'],
  ['::0:ffff:1.2.3.4', '::ffff:1.2.3.4'],
  ['::ffff:0:1.2.3.4', '::ffff:0:102:304'],
  ['1::ffff:1.2.3.4', '1::ffff:102:304'],
  ['::fffe:1.2.3.4', '::fffe:102:304'],
  ['1:0:0:1:0:0:0:1', '1:0:0:1::1'],
  ['1:0:0:0:1:0:0:1', '1::1:0:0:1'],
  ['2001:db8:0:0:1:0:0:1', '2001:db8::1:0:0:1'],
  ['1:0:1:0:1:0:1:0', '1:0:1:0:1:0:1:0'],
  ['2001:DB8::0:1', '2001:db8::1'],
  ['0001:0002::', '1:2::'],
  ['1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8'],
  ['1:2:3:4:5:6:7::', '1:2:3:4:5:6:7:0'],
  ['::2:3:4:5:6:7:8', '0:2:3:4:5:6:7:8'],
  ['0:0:0:0:0:1:0:0', '::1:0:0'],
  ['fe80::1%eth0', 'fe80::1'],
  ['FE80::1%1', 'fe80::1'],
  ['fe80::1%', 'fe80::1'],
];
for (const [input, expected] of canonical) {
  const sa = v6(input);
  assert.strictEqual(sa.address, expected, input);
  assert.deepStrictEqual(sa.toJSON(), { address: expected, port: 0, family: 'ipv6', flowlabel: 0 });
}

// IPv4 text is kept; leading zeros and other forms are rejected.
assert.strictEqual(new net.SocketAddress({ address: '1.2.3.4' }).address, '1.2.3.4');
assert.strictEqual(new net.SocketAddress({ address: '0.0.0.0' }).address, '0.0.0.0');
const invalidAddress = {
  name: 'Error', code: 'ERR_INVALID_ADDRESS', message: 'Invalid socket address',
};
for (const address of ['01.2.3.4', '1.2.3.04', '256.1.1.1', '1.2.3', '1.2.3.4.5', '::1', '',
                       ' 1.2.3.4', '0x1.2.3.4', '1.2.3.4%eth0']) {
  assert.throws(() => new net.SocketAddress({ address }), invalidAddress, address);
}
for (const address of ['1.2.3.4', '::01.2.3.4', '12345::', '1::2::3', ':1', '1:', 'abcd', '',
                       ' ::1', '::1 ']) {
  assert.throws(() => v6(address), invalidAddress, address);
}

// Options.
assert.deepStrictEqual(new net.SocketAddress().toJSON(),
                       { address: '127.0.0.1', port: 0, family: 'ipv4', flowlabel: 0 });
assert.deepStrictEqual(new net.SocketAddress({ family: 'IPV6' }).toJSON(),
                       { address: '::', port: 0, family: 'ipv6', flowlabel: 0 });
// The default address follows the family as given, before it is lowercased.
assert.throws(() => new net.SocketAddress({ family: 'IPv4' }), invalidAddress);
for (const family of ['ipv5', 4, 6, null]) {
  assert.throws(() => new net.SocketAddress({ family }), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE',
    message: `The property 'options.family' is invalid. Received ${inspect(family)}`,
  });
}
assert.throws(() => new net.SocketAddress({ address: null }), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.address" property must be of type string. Received null',
});
assert.throws(() => new net.SocketAddress(null), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received null',
});

// Ports: numbers and numeric strings in 0..65535.
for (const [port, expected] of [[65535, 65535], ['80', 80], ['0x10', 16], [' 8 ', 8], [0, 0]]) {
  assert.strictEqual(new net.SocketAddress({ port }).port, expected);
}
for (const [port, shown] of [[-1, 'type number (-1)'], [65536, 'type number (65536)'],
                             [1.5, 'type number (1.5)'], [NaN, 'type number (NaN)'],
                             ['', "type string ('')"], [null, 'null'],
                             [true, 'type boolean (true)'], [8n, 'type bigint (8n)']]) {
  assert.throws(() => new net.SocketAddress({ port }), {
    name: 'RangeError', code: 'ERR_SOCKET_BAD_PORT',
    message: `options.port should be >= 0 and < 65536. Received ${shown}.`,
  });
}

// Flow labels: only IPv6 addresses keep theirs.
assert.strictEqual(new net.SocketAddress({ flowlabel: 1 }).flowlabel, 0);
assert.strictEqual(v6('::1', { flowlabel: 5 }).flowlabel, 5);
assert.strictEqual(v6('::1', { flowlabel: 0xfffff }).flowlabel, 0xfffff);
for (const flowlabel of [-1, 2 ** 32]) {
  assert.throws(() => v6('::1', { flowlabel }), {
    name: 'RangeError', code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "options.flowlabel" is out of range. It must be >= 0 && ' +
             `<= 4294967295. Received ${inspect(flowlabel)}`,
  });
}
assert.throws(() => v6('::1', { flowlabel: 1.5 }), {
  name: 'RangeError', code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "options.flowlabel" is out of range. It must be an integer. ' +
           'Received 1.5',
});
assert.throws(() => v6('::1', { flowlabel: '1' }), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.flowlabel" property must be of type number. ' +
           "Received type string ('1')",
});

const sa = v6('::ABCD', { port: 80, flowlabel: 5 });
assert.strictEqual(inspect(sa),
                   "SocketAddress { address: '::abcd', port: 80, family: 'ipv6', flowlabel: 5 }");
assert.strictEqual(JSON.stringify(sa),
                   '{"address":"::abcd","port":80,"family":"ipv6","flowlabel":5}');

// SocketAddress.parse(): the input is the authority of an http: URL.
const parsed = [
  ['1.2.3.4', '1.2.3.4', 0, 'ipv4'],
  ['1.2.3.4:443', '1.2.3.4', 443, 'ipv4'],
  ['1.2.3.4:65535', '1.2.3.4', 65535, 'ipv4'],
  ['1.2.3.4:080', '1.2.3.4', 0, 'ipv4'], // 80 is the http default port, so no port
  ['1.2.3.4:80', '1.2.3.4', 0, 'ipv4'],
  ['1.2.3.4:', '1.2.3.4', 0, 'ipv4'],
  ['1.2.3.4 ', '1.2.3.4', 0, 'ipv4'],
  ['\t1.2.3.4', '1.2.3.4', 0, 'ipv4'],
  ['01.2.3.4', '1.2.3.4', 0, 'ipv4'],
  ['127.1', '127.0.0.1', 0, 'ipv4'],
  ['0x7f.1', '127.0.0.1', 0, 'ipv4'],
  ['1.2.3.4:80?x', '1.2.3.4', 0, 'ipv4'],
  ['1.2.3.4/x', '1.2.3.4', 0, 'ipv4'],
  ['1.2.3.4#f', '1.2.3.4', 0, 'ipv4'],
  ['1.2.3.4@5.6.7.8', '5.6.7.8', 0, 'ipv4'],
  ['[::1]', '::1', 0, 'ipv6'],
  ['[::1]:443', '::1', 443, 'ipv6'],
  ['[::1]:', '::1', 0, 'ipv6'],
  ['[0:0::1]', '::1', 0, 'ipv6'],
  ['[::ABCD]:1', '::abcd', 1, 'ipv6'],
  ['[::ffff:1]:2', '::255.255.0.1', 2, 'ipv6'],
];
for (const [input, address, port, family] of parsed) {
  assert.deepStrictEqual(net.SocketAddress.parse(input)?.toJSON(),
                         { address, port, family, flowlabel: 0 }, input);
}
for (const input of ['1.2.3.4:65536', '1.2.3.4:-1', '1.2.3.4:abc', '::1', '[fe80::1%eth0]:80',
                     '[fe80::1%25eth0]:80', '[1.2.3.4]:80', '1.2.3.4:+80', '1.2.3.4:8 0',
                     'localhost:80', '[::1', ' ', '', '1.2.3.4:80:90', '[::1]x', '[]:80',
                     '1.2.3.4:1e3', '1.2.3.4:0x10', '1.2.3.4:99999999999999999999',
                     '[::1]:65536', 'http://1.2.3.4:80/', 'ABC']) {
  assert.strictEqual(net.SocketAddress.parse(input), undefined, input);
}
for (const input of [1, undefined, null, {}]) {
  assert.throws(() => net.SocketAddress.parse(input), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    message: `The "input" argument must be of type string. Received ${
      input === undefined || input === null ? input : input === 1 ? 'type number (1)' :
        'an instance of Object'}`,
  });
}

// BlockList rules show the canonical text. (The order of address rules is not
// specified, so those are compared sorted.)
{
  const b = new net.BlockList();
  b.addAddress('::ABCD', 'ipv6');
  b.addAddress('::ffff:1', 'ipv6');
  b.addAddress('1.2.3.4');
  b.addAddress(v6('0:0::2'));
  b.addSubnet('2001:DB8::', 32, 'ipv6');
  b.addRange('::FFFF:1.2.3.4', '::ffff:1.2.3.10', 'ipv6');
  b.addCIDR('FE80::1/64');
  b.addSubnet(v6('A::'), 16);
  const rules = b.rules;
  assert.deepStrictEqual(rules.slice(0, 4).sort(), [
    'Address: IPv4 1.2.3.4',
    'Address: IPv6 ::2',
    'Address: IPv6 ::255.255.0.1',
    'Address: IPv6 ::abcd',
  ]);
  assert.deepStrictEqual(rules.slice(4), [
    'Subnet: IPv6 a::/16',
    'Subnet: IPv6 fe80::1/64',
    'Subnet: IPv6 2001:db8::/32',
    'Range: IPv6 ::ffff:1.2.3.4-::ffff:1.2.3.10',
  ]);
  assert.deepStrictEqual(b.toJSON(), rules);
  for (const [address, family] of [['::abcd', 'ipv6'], ['::ABCD', 'ipv6'], ['0::abcd', 'ipv6'],
                                   ['2001:db8::5', 'ipv6'], ['1.2.3.5', 'ipv4'],
                                   ['::ffff:1.2.3.5', 'ipv6'], ['fe80::ffff', 'ipv6'],
                                   ['fe80::1%eth0', 'ipv6'], ['1.2.3.4', 'IPV4'],
                                   ['::255.255.0.1', 'ipv6']]) {
    assert.strictEqual(b.check(address, family), true, address);
  }
  assert.strictEqual(b.check(v6('::AbCd')), true);
  assert.strictEqual(b.check('01.2.3.4'), false);
  assert.strictEqual(b.check('1::2::3', 'ipv6'), false);
  assert.strictEqual(b.check('1.2.3.4', 'ipv5'), false);
  assert.strictEqual(b.size, 8);
}

// The same address in another form is the same rule, shown in its canonical text.
{
  const b = new net.BlockList();
  b.addAddress('::ffff:1.2.3.4', 'ipv6');
  b.addAddress('::FFFF:102:0304', 'ipv6');
  assert.deepStrictEqual(b.rules, ['Address: IPv6 ::ffff:1.2.3.4']);
}

// Removing works with any form of the address.
{
  const b = new net.BlockList();
  b.addAddress('::ABCD', 'ipv6');
  b.removeAddress('::abcd', 'ipv6');
  b.addSubnet('2001:DB8::', 32, 'ipv6');
  b.removeSubnet('2001:db8:0::', 32, 'ipv6');
  b.addRange('::A', '::B', 'ipv6');
  b.removeRange('::a', '0::000b', 'ipv6');
  b.addCIDR('FE80::/10');
  b.removeCIDR('fe80:0::/10');
  assert.deepStrictEqual(b.rules, []);
}

// fromJSON() reads rules back in their canonical text.
{
  const b = new net.BlockList();
  b.fromJSON(['Address: IPv6 ::ABCD', 'Subnet: IPv6 2001:DB8::/32', 'Range: IPv6 ::A-::B']);
  assert.deepStrictEqual(b.rules, [
    'Address: IPv6 ::abcd', 'Subnet: IPv6 2001:db8::/32', 'Range: IPv6 ::a-::b',
  ]);
  const copy = new net.BlockList();
  copy.fromJSON(JSON.stringify(b));
  assert.deepStrictEqual(copy.rules, b.rules);
}

assert.throws(() => new net.BlockList().addAddress('01.2.3.4'), invalidAddress);
assert.throws(() => new net.BlockList().addAddress('1::2::3', 'ipv6'), invalidAddress);
