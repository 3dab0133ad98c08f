'use strict';
// net.BlockList: rules (single addresses, ranges, subnets) checked against IPv4 and IPv6
// addresses. Every address is a BigInt in the IPv6 space, IPv4 ones mapped to ::ffff:0:0/96,
// so an IPv4 rule also matches the IPv4-mapped IPv6 form of its addresses, as in Node.
//
// As in Node 24, `rules` lists the addresses first, then the subnets, then the ranges, each
// kind newest first (Node's own address order is that of a hash map, so it differs at times),
// and writes every address in SocketAddress's canonical text ('::ABCD' → '::abcd'). An address is one rule whatever form it was given in (adding it again
// only updates its text); subnets and ranges may repeat, and removing one removes one copy.

const { codes } = require('internal/errors/lazy');
const {
  validateArray, validateInt32, validateString,
} = require('internal/validators');
const { SocketAddress, addressToBigInt, socketAddressValue } = require('internal/socketaddress');

const kState = Symbol('kState');

// Node's ready-made list for addCIDRs(): private, loopback and link-local networks.
const PRIVATE_RANGES = Object.freeze([
  '10.0.0.0/8',
  '172.16.0.0/12',
  '192.168.0.0/16',
  '127.0.0.0/8',
  '::1/128',
  '169.254.0.0/16',
  'fe80::/10',
  'fc00::/7',
]);

function toSocketAddress(address, family, name) {
  if (SocketAddress.isSocketAddress(address)) return address;
  validateString(address, name);
  validateString(family, 'family');
  return new SocketAddress({ address, family });
}

function familyLabel(family) {
  return family === 'ipv4' ? 'IPv4' : 'IPv6';
}

// The subnet rule for `network`/`prefix`, validated but not added.
function subnetRule(network, prefix, family) {
  const n = toSocketAddress(network, family, 'network');
  const bits = n.family === 'ipv4' ? 32 : 128;
  validateInt32(prefix, 'prefix', 0, bits);
  const mask = (1n << BigInt(bits - prefix)) - 1n;
  const from = socketAddressValue(n) & ~mask;
  const key = `Subnet: ${familyLabel(n.family)} ${n.address}/${prefix}`;
  return { from, to: from | mask, key };
}

function rangeRule(start, end, family) {
  const s = toSocketAddress(start, family, 'start');
  const e = toSocketAddress(end, family, 'end');
  const key = `Range: ${familyLabel(s.family)} ${s.address}-${e.address}`;
  return { from: socketAddressValue(s), to: socketAddressValue(e), key, start: s };
}

// 'network/prefix' → [network, prefix, family]; the family follows from the address.
function parseCIDR(cidr) {
  validateString(cidr, 'cidr');
  const slash = cidr.lastIndexOf('/');
  if (slash === -1) {
    throw new codes.ERR_INVALID_ARG_VALUE('cidr', cidr,
                                          'must contain a prefix length (e.g. "10.0.0.0/8")');
  }
  const text = cidr.slice(slash + 1);
  const prefix = Number.parseInt(text, 10);
  if (`${prefix}` !== text) {
    throw new codes.ERR_INVALID_ARG_VALUE('cidr', cidr, 'prefix length must be a valid integer');
  }
  const network = cidr.slice(0, slash);
  return [network, prefix, network.includes(':') ? 'ipv6' : 'ipv4'];
}

function removeByKey(rules, key) {
  const index = rules.findIndex((rule) => rule.key === key);
  if (index !== -1) rules.splice(index, 1);
}

// The patterns fromJSON() recognizes, tried in this order on each string (the first match
// wins); text around a match is ignored, and strings matching none are skipped, as in Node.
const IPV4 = String.raw`(\d{1,3}(?:\.\d{1,3}){3})`;
const IPV6 = '([0-9a-fA-F:]{1,39})';
const jsonPatterns = [
  ['subnet', 'ipv4', new RegExp(`Subnet: IPv4 ${IPV4}/(\\d{1,2})`)],
  ['address', 'ipv4', new RegExp(`Address: IPv4 ${IPV4}`)],
  ['range', 'ipv4', new RegExp(`Range: IPv4 ${IPV4}-${IPV4}`)],
  ['subnet', 'ipv6', new RegExp(`Subnet: IPv6 ${IPV6}/(\\d{1,3})`)],
  ['address', 'ipv6', new RegExp(`Address: IPv6 ${IPV6}`)],
  ['range', 'ipv6', new RegExp(`Range: IPv6 ${IPV6}-${IPV6}`)],
];

class BlockList {
  static isBlockList(value) {
    return value?.[kState] !== undefined;
  }

  constructor() {
    this[kState] = {
      addresses: new Map(), // address value → rule text, oldest first
      subnets: [], // { from, to, key }, newest first
      ranges: [],
    };
  }

  addAddress(address, family = 'ipv4') {
    const a = toSocketAddress(address, family, 'address');
    this[kState].addresses.set(socketAddressValue(a),
                               `Address: ${familyLabel(a.family)} ${a.address}`);
  }

  // Adds every address or none: all are checked first.
  addAddresses(addresses, family = 'ipv4') {
    validateArray(addresses, 'addresses');
    const checked = addresses.map((address, i) => toSocketAddress(address, family,
                                                                   `addresses[${i}]`));
    for (const a of checked) this.addAddress(a);
  }

  addRange(start, end, family = 'ipv4') {
    const rule = rangeRule(start, end, family);
    if (rule.from > rule.to) {
      throw new codes.ERR_INVALID_ARG_VALUE('start', rule.start, 'must come before end');
    }
    this[kState].ranges.unshift(rule);
  }

  addSubnet(network, prefix, family = 'ipv4') {
    this[kState].subnets.unshift(subnetRule(network, prefix, family));
  }

  addCIDR(cidr) {
    this.addSubnet(...parseCIDR(cidr));
  }

  // Adds every subnet or none: all are checked first.
  addCIDRs(cidrs) {
    validateArray(cidrs, 'cidrs');
    const rules = cidrs.map((cidr, i) => {
      validateString(cidr, `cidrs[${i}]`);
      return subnetRule(...parseCIDR(cidr));
    });
    for (const rule of rules) this[kState].subnets.unshift(rule);
  }

  removeAddress(address, family = 'ipv4') {
    this[kState].addresses.delete(socketAddressValue(toSocketAddress(address, family,
                                                                     'address')));
  }

  removeRange(start, end, family = 'ipv4') {
    removeByKey(this[kState].ranges, rangeRule(start, end, family).key);
  }

  removeSubnet(network, prefix, family = 'ipv4') {
    removeByKey(this[kState].subnets, subnetRule(network, prefix, family).key);
  }

  removeCIDR(cidr) {
    this.removeSubnet(...parseCIDR(cidr));
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
    const state = this[kState];
    if (state.addresses.has(value)) return true;
    for (const rule of state.subnets) {
      if (value >= rule.from && value <= rule.to) return true;
    }
    for (const rule of state.ranges) {
      if (value >= rule.from && value <= rule.to) return true;
    }
    return false;
  }

  clear() {
    const state = this[kState];
    state.addresses.clear();
    state.subnets.length = 0;
    state.ranges.length = 0;
  }

  toJSON() {
    return this.rules;
  }

  // Adds the rules of a toJSON() result (or its JSON text).
  fromJSON(data) {
    if (this[kState] === undefined) {
      throw new TypeError('Receiver must be an instance of class BlockList');
    }
    const list = typeof data === 'string' ? JSON.parse(data) : data;
    if (!Array.isArray(list) || !list.every((item) => typeof item === 'string')) {
      throw new codes.ERR_INVALID_ARG_TYPE('data', ['string', 'string[]'], list);
    }
    for (const item of list) {
      for (const [kind, family, pattern] of jsonPatterns) {
        const match = pattern.exec(item);
        if (match === null) continue;
        if (kind === 'address') this.addAddress(match[1], family);
        else if (kind === 'range') this.addRange(match[1], match[2], family);
        else this.addSubnet(match[1], Number.parseInt(match[2], 10), family);
        break;
      }
    }
  }

  get rules() {
    const state = this[kState];
    const rules = [...state.addresses.values()].reverse();
    for (const rule of state.subnets) rules.push(rule.key);
    for (const rule of state.ranges) rules.push(rule.key);
    return rules;
  }

  get size() {
    const state = this[kState];
    return state.addresses.size + state.subnets.length + state.ranges.length;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return this;
    const nested = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `BlockList ${inspect({ rules: this.rules }, nested)}`;
  }
}

Object.defineProperty(BlockList, 'PRIVATE_RANGES', {
  value: PRIVATE_RANGES, writable: true, enumerable: true, configurable: true,
});

module.exports = { BlockList };
