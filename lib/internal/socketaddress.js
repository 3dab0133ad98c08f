'use strict';
// net.SocketAddress: an immutable (address, port, family, flowlabel) value, and the textual
// address ⇄ 128-bit number conversion that net.BlockList compares with.

const { codes } = require('internal/errors/lazy');
const {
  validateObject, validatePort, validateString, validateUint32,
} = require('internal/validators');
const { isIPv4, isIPv6 } = require('internal/net');

const kDetail = Symbol('kDetail');

// An IPv4 address as a BigInt in the IPv4-mapped IPv6 space (::ffff:a.b.c.d), so one
// ordering covers both families.
function ipv4ToBigInt(address) {
  let n = 0n;
  for (const part of address.split('.')) n = (n << 8n) | BigInt(part);
  return 0xffff00000000n | n;
}

function ipv6ToBigInt(address) {
  const zone = address.indexOf('%');
  if (zone !== -1) address = address.slice(0, zone);
  let tail = [];
  const lastColon = address.lastIndexOf(':');
  if (address.indexOf('.', lastColon) !== -1) {
    const v4 = ipv4ToBigInt(address.slice(lastColon + 1)) & 0xffffffffn;
    tail = [Number(v4 >> 16n).toString(16), Number(v4 & 0xffffn).toString(16)];
    address = address.slice(0, lastColon + 1) + '0';
  }
  const halves = address.split('::');
  const head = halves[0] ? halves[0].split(':') : [];
  let rest = halves.length > 1 && halves[1] ? halves[1].split(':') : [];
  if (tail.length) {
    if (halves.length > 1) rest = rest.slice(0, -1).concat(tail);
    else head.splice(head.length - 1, 1, ...tail);
  }
  const groups = head.concat(new Array(8 - head.length - rest.length).fill('0'), rest);
  let n = 0n;
  for (const g of groups) n = (n << 16n) | BigInt(parseInt(g || '0', 16));
  return n;
}

// The number of a valid address of family 'ipv4'/'ipv6', or undefined if it is not one.
function addressToBigInt(address, family) {
  if (family === 'ipv4') return isIPv4(address) ? ipv4ToBigInt(address) : undefined;
  return isIPv6(address) ? ipv6ToBigInt(address) : undefined;
}

class SocketAddress {
  static isSocketAddress(value) {
    return value?.[kDetail] !== undefined;
  }

  // 'a.b.c.d:port' or '[v6]:port' → a SocketAddress, or undefined.
  static parse(input) {
    validateString(input, 'input');
    const match = /^(?:\[([^\]]+)\]|([^:]+))(?::(\d+))?$/.exec(input);
    if (match === null) return undefined;
    try {
      return new SocketAddress({
        address: match[1] ?? match[2],
        port: match[3] === undefined ? 0 : Number(match[3]),
        family: match[1] !== undefined ? 'ipv6' : 'ipv4',
      });
    } catch {
      return undefined;
    }
  }

  constructor(options = {}) {
    validateObject(options, 'options');
    let { family = 'ipv4' } = options;
    const { address = family === 'ipv4' ? '127.0.0.1' : '::', port = 0, flowlabel = 0 } = options;
    if (typeof family === 'string') family = family.toLowerCase();
    if (family !== 'ipv4' && family !== 'ipv6') {
      throw new codes.ERR_INVALID_ARG_VALUE('options.family', options.family);
    }
    validateString(address, 'options.address');
    validatePort(port, 'options.port');
    validateUint32(flowlabel, 'options.flowlabel');
    const value = addressToBigInt(address, family);
    if (value === undefined) throw new codes.ERR_INVALID_ADDRESS();
    this[kDetail] = { address, port: port | 0, family, flowlabel, value };
  }

  get address() { return this[kDetail].address; }
  get port() { return this[kDetail].port; }
  get family() { return this[kDetail].family; }
  get flowlabel() { return this[kDetail].flowlabel; }

  toJSON() {
    return { address: this.address, port: this.port, family: this.family, flowlabel: this.flowlabel };
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return this;
    return `SocketAddress ${inspect(this.toJSON(), { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

function socketAddressValue(address) {
  return address[kDetail].value;
}

module.exports = { SocketAddress, addressToBigInt, socketAddressValue };
