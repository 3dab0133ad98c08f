'use strict';
// Bad input for dns: wrong types, out-of-range and huge values, closed or
// unbound handles, missing files. Each case must fail with Node's error name, code and message.
require('../common');
const assert = require('assert');
const dns = require('dns');

const throwing = [
  ['dns lookup num', () => dns.lookup(1, () => {}), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "hostname" argument must be of type string. Received type number (1)' }],
  ['dns lookup no cb', () => dns.lookup('localhost'), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "callback" argument must be of type function. Received undefined' }],
  ['dns lookup bad family', () => dns.lookup('localhost', { family: 5 }, () => {}), { name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE', message: 'The property \'options.family\' must be one of: 0, 4, 6. Received 5' }],
  ['dns lookup bad hints', () => dns.lookup('localhost', { hints: 9999 }, () => {}), { name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE', message: 'The argument \'hints\' is invalid. Received 9999' }],
  ['dns lookup bad all', () => dns.lookup('localhost', { all: 'x' }, () => {}), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "options.all" property must be of type boolean. Received type string (\'x\')' }],
  ['dns lookupService bad ip', () => dns.lookupService('nope', 80, () => {}), { name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE', message: 'The argument \'address\' is invalid. Received \'nope\'' }],
  ['dns lookupService bad port', () => dns.lookupService('127.0.0.1', 'x', () => {}), { name: 'RangeError', code: 'ERR_SOCKET_BAD_PORT', message: 'Port should be >= 0 and < 65536. Received type string (\'x\').' }],
  ['dns lookupService noargs', () => dns.lookupService(), { name: 'TypeError', code: 'ERR_MISSING_ARGS', message: 'The "address", "port", and "callback" arguments must be specified' }],
  ['dns resolve bad rrtype', () => dns.resolve('x', 'BOGUS', () => {}), { name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE', message: 'The argument \'rrtype\' is invalid. Received \'BOGUS\'' }],
  ['dns resolve4 num', () => dns.resolve4(1, () => {}), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "name" argument must be of type string. Received type number (1)' }],
  ['dns setServers bad', () => dns.setServers(['not an ip']), { name: 'TypeError', code: 'ERR_INVALID_IP_ADDRESS', message: 'Invalid IP address: not an ip' }],
  ['dns setServers nonarray', () => dns.setServers('1.1.1.1'), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "servers" argument must be an instance of Array. Received type string (\'1.1.1.1\')' }],
  ['dns setDefaultResultOrder bad', () => dns.setDefaultResultOrder('foo'), { name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE', message: 'The argument \'dnsOrder\' must be one of: \'verbatim\', \'ipv4first\', \'ipv6first\'. Received \'foo\'' }],
  ['dns reverse bad', () => dns.reverse('nope', () => {}), { name: 'Error', code: 'EINVAL', message: 'getHostByAddr EINVAL nope' }],
  ['dns Resolver bad timeout', () => new dns.Resolver({ timeout: 'x' }), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "options.timeout" property must be of type number. Received type string (\'x\')' }],
  ['dns Resolver bad tries', () => new dns.Resolver({ tries: -5 }), { name: 'RangeError', code: 'ERR_OUT_OF_RANGE', message: 'The value of "options.tries" is out of range. It must be >= 1 && <= 2147483647. Received -5' }],
  ['dns promises lookup num', () => dns.promises.lookup(1), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "hostname" argument must be of type string. Received type number (1)' }],
];
for (const [label, fn, expected] of throwing) {
  assert.throws(fn, expected, label);
}
