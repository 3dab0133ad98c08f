'use strict';
// net.BlockList: toJSON()/fromJSON() round trips, BlockList.isBlockList, the rule order
// (addresses, then subnets, then ranges, each newest first), the bulk and CIDR forms, removal,
// clear() and size, and Node's errors for bad input.
require('../common');
const assert = require('assert');
const util = require('util');
const { BlockList, SocketAddress } = require('net');

// Addresses come first (their relative order is not specified), then subnets and ranges.
function split(rules) {
  const addresses = rules.filter((r) => r.startsWith('Address: ')).sort();
  const rest = rules.filter((r) => !r.startsWith('Address: '));
  assert.deepStrictEqual(rules.slice(0, addresses.length).sort(), addresses);
  return { addresses, rest };
}

{
  const list = new BlockList();
  list.addAddress('1.2.3.4');
  list.addRange('10.0.0.1', '10.0.0.9');
  list.addSubnet('8592:757c:efae:4e45::', 64, 'ipv6');
  list.addAddress('::1', 'ipv6');
  list.addSubnet('192.168.0.0', 16);
  list.addRange('a::1:0', 'a::1:ff', 'ipv6');
  const { addresses, rest } = split(list.rules);
  assert.deepStrictEqual(addresses, ['Address: IPv4 1.2.3.4', 'Address: IPv6 ::1']);
  assert.deepStrictEqual(rest, [
    'Subnet: IPv4 192.168.0.0/16',
    'Subnet: IPv6 8592:757c:efae:4e45::/64',
    'Range: IPv6 a::1:0-a::1:ff',
    'Range: IPv4 10.0.0.1-10.0.0.9',
  ]);
  assert.strictEqual(list.size, 6);
  assert.deepStrictEqual(list.toJSON(), list.rules);
  assert.strictEqual(JSON.stringify(list), JSON.stringify(list.rules));
  assert.match(util.inspect(list), /^BlockList \{\n {2}rules: \[/);

  // fromJSON takes the array or its JSON text and adds the same rules, in the order given
  // (so, as in Node, a copy lists each kind in reverse).
  for (const data of [list.toJSON(), JSON.stringify(list)]) {
    const copy = new BlockList();
    assert.strictEqual(copy.fromJSON(data), undefined);
    const { addresses: copied, rest: copiedRest } = split(copy.rules);
    assert.deepStrictEqual(copied, addresses);
    assert.deepStrictEqual(copiedRest, [rest[1], rest[0], rest[3], rest[2]]);
    for (const [address, family, expected] of [
      ['1.2.3.4', 'ipv4', true], ['10.0.0.5', 'ipv4', true], ['10.0.0.10', 'ipv4', false],
      ['8592:757c:efae:4e45::5', 'ipv6', true], ['192.168.7.7', 'ipv4', true],
      ['a::1:80', 'ipv6', true], ['a::2:0', 'ipv6', false], ['::ffff:1.2.3.4', 'ipv6', true],
    ]) {
      assert.strictEqual(copy.check(address, family), expected, address);
    }
  }
}

// fromJSON adds to what is there; strings it does not recognize are skipped, text around a
// rule is ignored, and each string adds at most one rule.
{
  const list = new BlockList();
  list.addAddress('1.1.1.1');
  list.fromJSON([
    'Address: IPv4 2.2.2.2',
    'foo',
    '',
    'Range: IPv4 1.1.1.1 - 1.1.1.2',
    'Address:  IPv4 3.3.3.3',
    'Address: ipv4 4.4.4.4',
    '  Address: IPv4 5.5.5.5\n',
    'Subnet: IPv4 9.9.9.0/24 trailing',
    'Subnet: IPv4 1.2.3.4/x',
    'Address: IPv4 6.6.6.6 Subnet: IPv4 7.0.0.0/8',
    'Range: IPv6 ::1-::2',
  ]);
  const { addresses, rest } = split(list.rules);
  assert.deepStrictEqual(addresses, [
    'Address: IPv4 1.1.1.1', 'Address: IPv4 2.2.2.2', 'Address: IPv4 5.5.5.5',
  ]);
  assert.deepStrictEqual(rest, [
    'Subnet: IPv4 7.0.0.0/8', 'Subnet: IPv4 9.9.9.0/24', 'Range: IPv6 ::1-::2',
  ]);
  list.fromJSON([]);
  assert.strictEqual(list.size, 6);
}

for (const bad of [5, null, undefined, {}, '{}', '[1]', [1], ['a', 2], true]) {
  assert.throws(() => new BlockList().fromJSON(bad), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: /^The "data" argument must be of type string or string\[\]\. Received /,
  });
}
assert.throws(() => new BlockList().fromJSON('not json'), SyntaxError);
assert.throws(() => new BlockList().fromJSON(['Address: IPv4 999.1.1.1']), {
  name: 'Error', code: 'ERR_INVALID_ADDRESS', message: 'Invalid socket address',
});
assert.throws(() => new BlockList().fromJSON(['Subnet: IPv4 1.2.3.4/40']), {
  name: 'RangeError', code: 'ERR_OUT_OF_RANGE',
});
assert.throws(() => new BlockList().fromJSON(['Range: IPv4 1.2.3.9-1.2.3.1']), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE',
});
assert.throws(() => BlockList.prototype.fromJSON.call({}, []), TypeError);

// isBlockList
assert.strictEqual(BlockList.isBlockList(new BlockList()), true);
for (const value of [undefined, null, {}, 5, 'x', SocketAddress, new SocketAddress()]) {
  assert.strictEqual(BlockList.isBlockList(value), false);
}
assert.strictEqual(BlockList.isBlockList.length, 1);
assert.strictEqual(BlockList.prototype.fromJSON.length, 1);
assert.strictEqual(BlockList.prototype.toJSON.length, 0);

// An address is one rule however often it is added; subnets and ranges may repeat.
{
  const list = new BlockList();
  list.addAddress('1.2.3.4');
  list.addAddress('1.2.3.4');
  list.addAddress(new SocketAddress({ address: '1.2.3.4' }));
  list.addSubnet('7.0.0.0', 8);
  list.addSubnet('7.0.0.0', 8);
  list.addRange('1.1.1.1', '1.1.1.5');
  list.addRange('1.1.1.1', '1.1.1.5');
  assert.deepStrictEqual(list.rules, [
    'Address: IPv4 1.2.3.4',
    'Subnet: IPv4 7.0.0.0/8', 'Subnet: IPv4 7.0.0.0/8',
    'Range: IPv4 1.1.1.1-1.1.1.5', 'Range: IPv4 1.1.1.1-1.1.1.5',
  ]);
  assert.strictEqual(list.size, 5);
  list.removeAddress('1.2.3.4');
  list.removeSubnet('7.5.0.0', 8); // not the same subnet: nothing removed
  list.removeSubnet('7.0.0.0', 8);
  list.removeRange('1.1.1.1', '1.1.1.5');
  list.removeRange('9.9.9.9', '9.9.9.8'); // absent: a no-op, not an error
  assert.deepStrictEqual(list.rules, ['Subnet: IPv4 7.0.0.0/8', 'Range: IPv4 1.1.1.1-1.1.1.5']);
  assert.strictEqual(list.check('1.2.3.4'), false);
  assert.strictEqual(list.check('7.7.7.7'), true);
  list.clear();
  assert.deepStrictEqual(list.rules, []);
  assert.strictEqual(list.size, 0);
  assert.strictEqual(list.check('7.7.7.7'), false);
}

// CIDR notation and the bulk forms.
{
  const list = new BlockList();
  list.addCIDR('10.0.0.0/8');
  list.addCIDRs(['fe80::/10', '192.168.1.0/24']);
  list.addAddresses(['9.9.9.9', '9.9.9.8']);
  list.addAddresses(['::9'], 'ipv6');
  const { addresses, rest } = split(list.rules);
  assert.deepStrictEqual(addresses, [
    'Address: IPv4 9.9.9.8', 'Address: IPv4 9.9.9.9', 'Address: IPv6 ::9',
  ]);
  assert.deepStrictEqual(rest, [
    'Subnet: IPv4 192.168.1.0/24', 'Subnet: IPv6 fe80::/10', 'Subnet: IPv4 10.0.0.0/8',
  ]);
  assert.strictEqual(list.check('10.1.2.3'), true);
  assert.strictEqual(list.check('fe80::1', 'ipv6'), true);
  list.removeCIDR('10.0.0.0/8');
  assert.strictEqual(list.check('10.1.2.3'), false);

  // A failing bulk call adds nothing.
  const before = list.rules;
  assert.throws(() => list.addAddresses(['1.1.1.3', 'bad']), { code: 'ERR_INVALID_ADDRESS' });
  assert.throws(() => list.addCIDRs(['1.1.1.0/24', 'bad']), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_VALUE',
    message: 'The argument \'cidr\' must contain a prefix length (e.g. "10.0.0.0/8"). ' +
      "Received 'bad'",
  });
  assert.deepStrictEqual(list.rules, before);
}

const privateList = new BlockList();
privateList.addCIDRs(BlockList.PRIVATE_RANGES);
assert.ok(Object.isFrozen(BlockList.PRIVATE_RANGES));
for (const [address, family] of [['10.1.1.1', 'ipv4'], ['172.16.5.5', 'ipv4'], ['127.0.0.1', 'ipv4'],
                                 ['192.168.0.1', 'ipv4'], ['::1', 'ipv6'], ['fd00::1', 'ipv6']]) {
  assert.strictEqual(privateList.check(address, family), true, address);
}
assert.strictEqual(privateList.check('8.8.8.8'), false);

const errors = [
  [() => new BlockList().addCIDR(5), 'TypeError', 'ERR_INVALID_ARG_TYPE',
   'The "cidr" argument must be of type string. Received type number (5)'],
  [() => new BlockList().addCIDR('1.2.3.4/x'), 'TypeError', 'ERR_INVALID_ARG_VALUE',
   "The argument 'cidr' prefix length must be a valid integer. Received '1.2.3.4/x'"],
  [() => new BlockList().addCIDR('1.2.3.4/08'), 'TypeError', 'ERR_INVALID_ARG_VALUE',
   "The argument 'cidr' prefix length must be a valid integer. Received '1.2.3.4/08'"],
  [() => new BlockList().addCIDR('1.2.3.4/33'), 'RangeError', 'ERR_OUT_OF_RANGE',
   'The value of "prefix" is out of range. It must be >= 0 && <= 32. Received 33'],
  [() => new BlockList().addCIDR('::1/129'), 'RangeError', 'ERR_OUT_OF_RANGE',
   'The value of "prefix" is out of range. It must be >= 0 && <= 128. Received 129'],
  [() => new BlockList().addCIDR('zz/8'), 'Error', 'ERR_INVALID_ADDRESS', 'Invalid socket address'],
  [() => new BlockList().addCIDRs(5), 'TypeError', 'ERR_INVALID_ARG_TYPE',
   'The "cidrs" argument must be an instance of Array. Received type number (5)'],
  [() => new BlockList().addCIDRs([5]), 'TypeError', 'ERR_INVALID_ARG_TYPE',
   'The "cidrs[0]" argument must be of type string. Received type number (5)'],
  [() => new BlockList().addAddresses(5), 'TypeError', 'ERR_INVALID_ARG_TYPE',
   'The "addresses" argument must be an instance of Array. Received type number (5)'],
  [() => new BlockList().addAddresses([5]), 'TypeError', 'ERR_INVALID_ARG_TYPE',
   'The "addresses[0]" argument must be of type string. Received type number (5)'],
  [() => new BlockList().addAddresses(['1.1.1.1'], 5), 'TypeError', 'ERR_INVALID_ARG_TYPE',
   'The "family" argument must be of type string. Received type number (5)'],
  [() => new BlockList().removeAddress(5), 'TypeError', 'ERR_INVALID_ARG_TYPE',
   'The "address" argument must be of type string. Received type number (5)'],
  [() => new BlockList().removeRange(5), 'TypeError', 'ERR_INVALID_ARG_TYPE',
   'The "start" argument must be of type string. Received type number (5)'],
  [() => new BlockList().removeSubnet('1.1.1.1', 'x'), 'TypeError', 'ERR_INVALID_ARG_TYPE',
   'The "prefix" argument must be of type number. Received type string (\'x\')'],
  [() => new BlockList().removeSubnet('1.1.1.1', 40), 'RangeError', 'ERR_OUT_OF_RANGE',
   'The value of "prefix" is out of range. It must be >= 0 && <= 32. Received 40'],
  [() => new BlockList().removeCIDR('x'), 'TypeError', 'ERR_INVALID_ARG_VALUE',
   'The argument \'cidr\' must contain a prefix length (e.g. "10.0.0.0/8"). Received \'x\''],
];
for (const [fn, name, code, message] of errors) {
  assert.throws(fn, { name, code, message });
}
