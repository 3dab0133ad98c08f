'use strict';
// net.SocketAddress: an immutable (address, port, family, flowlabel) value, and the textual
// address ⇄ 128-bit number conversion that net.BlockList compares with.

const { codes } = require('internal/errors/lazy');
const {
  validateObject, validatePort, validateString, validateUint32,
} = require('internal/validators');
const { isIPv4, isIPv6, ipv6WordsToText } = require('internal/net');

const kDetail = Symbol('kDetail');

let URL;
function lazyURL() {
  URL ??= require('internal/url').URL;
  return URL;
}

// An IPv4 address as a BigInt in the IPv4-mapped IPv6 space (::ffff:a.b.c.d), so one
// ordering covers both families.
function ipv4ToBigInt(address) {
  let n = 0n;
  for (const part of address.split('.')) n = (n << 8n) | BigInt(part);
  return 0xffff00000000n | n;
}

function ipv6ToBigInt(address) {
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

// The canonical text of an IPv6 address number (see ipv6WordsToText).
function bigIntToIPv6(value) {
  const words = [];
  for (let shift = 112n; shift >= 0n; shift -= 16n) {
    words.push(Number((value >> shift) & 0xffffn));
  }
  return ipv6WordsToText(words);
}

// A valid address of family 'ipv4'/'ipv6' as { value, text } (its number and canonical
// text), or undefined if it is not one. An IPv6 zone index ("%eth0") is accepted and
// dropped, as inet_pton() does.
function parseAddress(address, family) {
  if (family === 'ipv4') {
    return isIPv4(address) ? { value: ipv4ToBigInt(address), text: address } : undefined;
  }
  const zone = address.indexOf('%');
  if (zone !== -1) address = address.slice(0, zone);
  if (!isIPv6(address)) return undefined;
  const value = ipv6ToBigInt(address);
  return { value, text: bigIntToIPv6(value) };
}

// The number of a valid address of family 'ipv4'/'ipv6', or undefined if it is not one.
function addressToBigInt(address, family) {
  return parseAddress(address, family)?.value;
}

class SocketAddress {
  static isSocketAddress(value) {
    return value?.[kDetail] !== undefined;
  }

  // 'host[:port]' → a SocketAddress, or undefined. As in Node, the text is read as the
  // authority of an http: URL, so it gets that parser's host normalization ('127.1',
  // '[0:0::1]') and the http default port 80 reads as port 0.
  static parse(input) {
    validateString(input, 'input');
    let url;
    try {
      url = new (lazyURL())(`http://${input}`);
    } catch {
      return undefined;
    }
    const { hostname, port } = url;
    const bracketed = hostname.startsWith('[') && hostname.endsWith(']');
    try {
      return new SocketAddress({
        address: bracketed ? hostname.slice(1, -1) : hostname,
        port: port === '' ? 0 : Number(port),
        family: bracketed ? 'ipv6' : 'ipv4',
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
    // The flow label is an IPv6 header field of 20 bits; IPv4 addresses have none.
    if (family === 'ipv6' && flowlabel > 0xfffff) {
      throw new codes.ERR_OUT_OF_RANGE('options.flowlabel', '>= 0 && <= 1048575', flowlabel);
    }
    const parsed = parseAddress(address, family);
    if (parsed === undefined) throw new codes.ERR_INVALID_ADDRESS();
    this[kDetail] = {
      address: parsed.text,
      port: port | 0,
      family,
      flowlabel: family === 'ipv6' ? flowlabel : 0,
      value: parsed.value,
    };
  }

  get address() { return this[kDetail].address; }
  get port() { return this[kDetail].port; }
  get family() { return this[kDetail].family; }
  get flowlabel() { return this[kDetail].flowlabel; }

  toJSON() {
    const { address, port, family, flowlabel } = this[kDetail];
    return { address, port, family, flowlabel };
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return this;
    const nested = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `SocketAddress ${inspect(this.toJSON(), nested)}`;
  }
}

function socketAddressValue(address) {
  return address[kDetail].value;
}

module.exports = { SocketAddress, addressToBigInt, socketAddressValue };
