'use strict';
// The dns functions look as Node's do: module-level resolve*() are bound Resolver methods
// ('bound queryA', length 2), Resolver.prototype methods are enumerable and named after
// their c-ares call, the module's export order is Node's; nothing here sends a query.
require('../common');
const assert = require('assert');
const dns = require('dns');
const dnsPromises = require('dns/promises');

const queries = {
  resolve4: 'queryA', resolve6: 'queryAaaa', resolveAny: 'queryAny', resolveCaa: 'queryCaa',
  resolveCname: 'queryCname', resolveMx: 'queryMx', resolveNaptr: 'queryNaptr',
  resolveNs: 'queryNs', resolvePtr: 'queryPtr', resolveSoa: 'querySoa',
  resolveSrv: 'querySrv', resolveTlsa: 'queryTlsa', resolveTxt: 'queryTxt',
  reverse: 'getHostByAddr',
};

for (const [module, resolveLength] of [[dns, 3], [dnsPromises, 2]]) {
  const proto = module.Resolver.prototype;
  for (const [method, name] of Object.entries(queries)) {
    assert.strictEqual(module[method].name, `bound ${name}`, method);
    assert.strictEqual(module[method].length, 2, method);
    assert.strictEqual(proto[method].name, name, method);
    assert.strictEqual(proto[method].length, 2, method);
    assert.ok(Object.getOwnPropertyDescriptor(proto, method).enumerable, method);
  }
  assert.strictEqual(module.resolve.name, 'bound resolve');
  assert.strictEqual(module.resolve.length, resolveLength);
  assert.strictEqual(proto.resolve.name, 'resolve');
  assert.strictEqual(proto.resolve.length, resolveLength);
  assert.ok(Object.getOwnPropertyDescriptor(proto, 'resolve').enumerable);
  assert.strictEqual(module.getServers.name, 'bound getServers');
  assert.strictEqual(module.getServers.length, 0);
  assert.strictEqual(module.setServers.name, 'defaultResolverSetServers');
  assert.strictEqual(module.setServers.length, 1);
  assert.strictEqual(Object.getPrototypeOf(proto).constructor.name, 'ResolverBase');
  assert.ok(Array.isArray(module.getServers()));

  const keys = Object.keys(module);
  assert.deepStrictEqual(keys.slice(0, 6), [
    'lookup', 'lookupService', 'Resolver', 'getDefaultResultOrder', 'setDefaultResultOrder',
    'setServers',
  ]);
  const tail = ['getServers', 'resolve', ...Object.keys(queries)];
  if (module === dns) tail.push('promises');
  assert.deepStrictEqual(keys.slice(-tail.length), tail);
}

const resolver = new dns.Resolver();
assert.ok(Object.keys(resolver).includes('_handle'));
assert.strictEqual(typeof resolver._handle, 'object');

// They still validate as before.
assert.throws(() => dns.resolve4(5, () => {}), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "name" argument must be of type string. Received type number (5)',
});
assert.throws(() => dns.resolve4('x'), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
});
assert.throws(() => dnsPromises.resolve('x', 'BOGUS'), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'rrtype' is invalid. Received 'BOGUS'",
});
assert.throws(() => dns.setServers(5), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "servers" argument must be an instance of Array. Received type number (5)',
});
