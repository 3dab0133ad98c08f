'use strict';
// dns.lookup() and dns.lookupService() (getaddrinfo/getnameinfo on the thread pool):
// 'localhost', numeric addresses without a query, options, promises and bad input.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');
const util = require('util');

// Numeric hosts answer without a query, whatever family was asked.
dns.lookup('127.0.0.1', common.mustSucceed((address, family) => {
  assert.strictEqual(address, '127.0.0.1');
  assert.strictEqual(family, 4);
}));
dns.lookup('127.0.0.1', { family: 6 }, common.mustSucceed((address, family) => {
  assert.strictEqual(address, '127.0.0.1');
  assert.strictEqual(family, 4);
}));
dns.lookup('::1', { all: true }, common.mustSucceed((addresses) => {
  assert.deepStrictEqual(addresses, [{ address: '::1', family: 6 }]);
}));
let sync = true;
dns.lookup('10.0.0.1', common.mustCall(() => assert.strictEqual(sync, false)));
sync = false;

// 'localhost' through getaddrinfo.
dns.lookup('localhost', common.mustSucceed((address, family) => {
  assert(['127.0.0.1', '::1'].includes(address), address);
  assert.strictEqual(family, address === '::1' ? 6 : 4);
}));
dns.lookup('localhost', { family: 4, all: true }, common.mustSucceed((addresses) => {
  assert(addresses.length >= 1);
  for (const entry of addresses) assert.strictEqual(entry.family, 4);
  assert(addresses.some((entry) => entry.address === '127.0.0.1'));
}));
dns.lookup('localhost', { family: 'IPv4', order: 'ipv4first', hints: dns.ADDRCONFIG | dns.V4MAPPED },
           common.mustSucceed((address, family) => {
             assert.strictEqual(address, '127.0.0.1');
             assert.strictEqual(family, 4);
           }));
dns.lookup('localhost', 4, common.mustSucceed((address) => assert.strictEqual(address, '127.0.0.1')));

// Names that do not exist.
dns.lookup('no-such-host.invalid', common.mustCall((err, address) => {
  assert.strictEqual(err.code, 'ENOTFOUND');
  assert.strictEqual(err.syscall, 'getaddrinfo');
  assert.strictEqual(err.hostname, 'no-such-host.invalid');
  assert.strictEqual(err.message, 'getaddrinfo ENOTFOUND no-such-host.invalid');
  assert.strictEqual(typeof err.errno, 'number');
  assert.strictEqual(address, undefined);
}));

// Promises, and util.promisify's custom form.
(async () => {
  assert.deepStrictEqual(await dns.promises.lookup('127.0.0.1'), { address: '127.0.0.1', family: 4 });
  assert.deepStrictEqual(await dns.promises.lookup('::1', { all: true }), [{ address: '::1', family: 6 }]);
  const local = await dns.promises.lookup('localhost', { family: 4 });
  assert.deepStrictEqual(local, { address: '127.0.0.1', family: 4 });
  assert.deepStrictEqual(await util.promisify(dns.lookup)('127.0.0.1'), { address: '127.0.0.1', family: 4 });
  await assert.rejects(dns.promises.lookup('no-such-host.invalid'), { code: 'ENOTFOUND' });
  const service = await dns.promises.lookupService('127.0.0.1', 22);
  assert.strictEqual(typeof service.hostname, 'string');
  assert.strictEqual(service.service, 'ssh');
  assert.deepStrictEqual(await util.promisify(dns.lookupService)('127.0.0.1', 22), service);
})().then(common.mustCall());

dns.lookupService('127.0.0.1', 80, common.mustSucceed((hostname, service) => {
  assert.strictEqual(typeof hostname, 'string');
  assert(hostname.length > 0);
  assert.strictEqual(service, 'http');
}));

// Result order settings.
assert.strictEqual(dns.getDefaultResultOrder(), 'verbatim');
dns.setDefaultResultOrder('ipv4first');
assert.strictEqual(dns.getDefaultResultOrder(), 'ipv4first');
assert.strictEqual(dns.promises.getDefaultResultOrder(), 'ipv4first');
dns.setDefaultResultOrder('verbatim');

// Bad input.
assert.throws(() => dns.lookup(5, common.mustNotCall()), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "hostname" argument must be of type string. Received type number (5)',
});
assert.throws(() => dns.lookup('x', 7, common.mustNotCall()), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'family' must be one of: 0, 4, 6. Received 7",
});
assert.throws(() => dns.lookup('x', { family: 'IPv5' }, common.mustNotCall()), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.family' must be one of: 0, 4, 6. Received 'IPv5'",
});
assert.throws(() => dns.lookup('x', { hints: 12345 }, common.mustNotCall()), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'hints' is invalid. Received 12345",
});
assert.throws(() => dns.lookup('x', { order: 'x' }, common.mustNotCall()), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => dns.lookup('x', { all: 1 }, common.mustNotCall()), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => dns.lookup('x'), { code: 'ERR_INVALID_ARG_TYPE', message: /"callback"/ });
assert.throws(() => dns.lookupService('1.2.3', 22, common.mustNotCall()), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'address' is invalid. Received '1.2.3'",
});
assert.throws(() => dns.lookupService('127.0.0.1', 70000, common.mustNotCall()), {
  code: 'ERR_SOCKET_BAD_PORT', name: 'RangeError',
});
assert.throws(() => dns.lookupService('127.0.0.1', 22), {
  code: 'ERR_MISSING_ARGS',
  message: 'The "address", "port", and "callback" arguments must be specified',
});
assert.throws(() => dns.setDefaultResultOrder('x'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => dns.promises.lookup(5), { code: 'ERR_INVALID_ARG_TYPE' });

assert.strictEqual(dns.ADDRCONFIG, 32);
assert.strictEqual(dns.V4MAPPED, 8);
assert.strictEqual(dns.ALL, 16);
assert.strictEqual(dns.NOTFOUND, 'ENOTFOUND');
assert.strictEqual(dns.promises, require('dns/promises'));
