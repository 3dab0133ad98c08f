'use strict';
// net.BlockList: rules (single addresses, ranges, subnets) checked against IPv4 and IPv6
// addresses. Every address is a BigInt in the IPv6 space, IPv4 ones mapped to ::ffff:0:0/96,
// so an IPv4 rule also matches the IPv4-mapped IPv6 form of its addresses, as in Node.

const { codes } = require('internal/errors/lazy');
const { validateInt32, validateString } = require('internal/validators');
const { SocketAddress, addressToBigInt, socketAddressValue } = require('internal/socketaddress');

const kRules = Symbol('kRules');

function toSocketAddress(address, family, name) {
  if (SocketAddress.isSocketAddress(address)) return address;
  validateString(address, name);
  validateString(family, 'family');
  return new SocketAddress({ address, family });
}

function familyLabel(family) {
  return family === 'ipv4' ? 'IPv4' : 'IPv6';
}

class BlockList {
  static isBlockList(value) {
    return value?.[kRules] !== undefined;
  }

  constructor() {
    this[kRules] = [];
  }

  addAddress(address, family = 'ipv4') {
    const a = toSocketAddress(address, family, 'address');
    const value = socketAddressValue(a);
    this[kRules].unshift({ from: value, to: value, text: `Address: ${familyLabel(a.family)} ${a.address}` });
  }

  addRange(start, end, family = 'ipv4') {
    const s = toSocketAddress(start, family, 'start');
    const e = toSocketAddress(end, family, 'end');
    const from = socketAddressValue(s);
    const to = socketAddressValue(e);
    if (from > to) throw new codes.ERR_INVALID_ARG_VALUE('start', s, 'must come before end');
    this[kRules].unshift({
      from, to, text: `Range: ${familyLabel(s.family)} ${s.address}-${e.address}`,
    });
  }

  addSubnet(network, prefix, family = 'ipv4') {
    const n = toSocketAddress(network, family, 'network');
    const bits = n.family === 'ipv4' ? 32 : 128;
    validateInt32(prefix, 'prefix', 0, bits);
    const hostBits = BigInt(bits - prefix);
    const mask = (1n << hostBits) - 1n;
    const from = socketAddressValue(n) & ~mask;
    this[kRules].unshift({
      from, to: from | mask, text: `Subnet: ${familyLabel(n.family)} ${n.address}/${prefix}`,
    });
  }

  // Whether address matches a rule; an address that is not valid matches none.
  check(address, family = 'ipv4') {
    let value;
    if (SocketAddress.isSocketAddress(address)) {
      value = socketAddressValue(address);
    } else {
      validateString(address, 'address');
      validateString(family, 'family');
      value = addressToBigInt(address, family.toLowerCase());
      if (value === undefined) return false;
    }
    for (const rule of this[kRules]) {
      if (value >= rule.from && value <= rule.to) return true;
    }
    return false;
  }

  get rules() {
    return this[kRules].map((rule) => rule.text);
  }

  toJSON() {
    return this.rules;
  }
}

module.exports = { BlockList };
