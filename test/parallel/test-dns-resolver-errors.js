'use strict';
// Resolver failures carry c-ares's codes (`queryA ENOTFOUND name`), timeouts and cancel()
// end queries, and bad arguments throw Node's errors. The DNS server is the test's own.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');
const dgram = require('dgram');
const { startResponder } = require('../fixtures/dns-responder');

// Bad arguments.
const resolver = new dns.Resolver();
assert.throws(() => resolver.resolve4(5, common.mustNotCall()),
              { code: 'ERR_INVALID_ARG_TYPE', message: /"name" argument must be of type string/ });
assert.throws(() => resolver.resolve4('x'), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
assert.throws(() => resolver.resolve('x', 'BLAH', common.mustNotCall()),
              { code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'rrtype' is invalid. Received 'BLAH'" });
assert.throws(() => resolver.resolve('x', 5, common.mustNotCall()), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => resolver.reverse('not an ip', common.mustNotCall()),
              { code: 'EINVAL', syscall: 'getHostByAddr', message: 'getHostByAddr EINVAL not an ip' });
assert.throws(() => resolver.setServers('1.2.3.4'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => resolver.setServers([5]),
              { code: 'ERR_INVALID_ARG_TYPE', message: /"servers\[0\]" argument must be of type string/ });
assert.throws(() => resolver.setServers(['bla']),
              { code: 'ERR_INVALID_IP_ADDRESS', message: 'Invalid IP address: bla' });
assert.throws(() => resolver.setServers(['1.2.3.4:x']), { code: 'ERR_INVALID_IP_ADDRESS' });
assert.throws(() => new dns.Resolver({ timeout: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => new dns.Resolver({ timeout: -5 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => new dns.Resolver({ tries: 0 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => resolver.setLocalAddress(5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => resolver.setLocalAddress('bad'), { code: 'ERR_INVALID_ARG_VALUE' });
resolver.setLocalAddress('127.0.0.1', '::1');
assert.throws(() => new dns.promises.Resolver().resolve('x', 'BLAH'), { code: 'ERR_INVALID_ARG_VALUE' });

// Server lists round-trip, with ports and IPv6 brackets.
resolver.setServers(['127.0.0.1', '127.0.0.2:5353', '::1', '[::2]', '[::3]:5353']);
assert.deepStrictEqual(resolver.getServers(),
                       ['127.0.0.1', '127.0.0.2:5353', '::1', '::2', '[::3]:5353']);
resolver.setServers([]);
assert.deepStrictEqual(resolver.getServers(), []);

function expectFailure(promise, code, syscall, hostname) {
  return assert.rejects(promise, (err) => {
    assert.strictEqual(err.code, code);
    assert.strictEqual(err.syscall, syscall);
    assert.strictEqual(err.hostname, hostname);
    assert.strictEqual(err.message, `${syscall} ${code} ${hostname}`);
    assert(err instanceof Error);
    return true;
  });
}

startResponder({ 'empty.test': { A: [] }, 'a.test': { A: ['192.0.2.7'] } },
               common.mustCall(async (port, server) => {
  const r = new dns.promises.Resolver({ timeout: 200, tries: 1 });
  r.setServers([`127.0.0.1:${port}`]);
  await expectFailure(r.resolve4('nothere.test'), 'ENOTFOUND', 'queryA', 'nothere.test');
  await expectFailure(r.resolveMx('empty.test'), 'ENODATA', 'queryMx', 'empty.test');
  await expectFailure(r.resolve6('servfail.test'), 'ESERVFAIL', 'queryAaaa', 'servfail.test');
  await expectFailure(r.resolveTxt('refused.test'), 'EREFUSED', 'queryTxt', 'refused.test');
  await expectFailure(r.resolveCname('a.test'), 'ENODATA', 'queryCname', 'a.test');

  // A server that never answers: ETIMEOUT after the (short) timeout.
  const started = Date.now();
  await expectFailure(r.resolve4('silent.test'), 'ETIMEOUT', 'queryA', 'silent.test');
  assert(Date.now() - started >= 150);

  // cancel() ends every query in flight with ECANCELLED, through the callback API too.
  const cb = new dns.Resolver({ timeout: 5000, tries: 1 });
  cb.setServers([`127.0.0.1:${port}`]);
  const cancelled = new Promise((resolve) => {
    cb.resolve4('silent.test', common.mustCall((err, addresses) => {
      assert.strictEqual(err.code, 'ECANCELLED');
      assert.strictEqual(err.message, 'queryA ECANCELLED silent.test');
      assert.strictEqual(addresses, undefined);
      resolve();
    }));
  });
  const pending = cb.resolveAny('silent.test', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ECANCELLED');
  }));
  assert.strictEqual(typeof pending, 'object');
  cb.cancel();
  await cancelled;

  const p = new dns.promises.Resolver({ timeout: 5000, tries: 1 });
  p.setServers([`127.0.0.1:${port}`]);
  const rejected = expectFailure(p.resolveNs('silent.test'), 'ECANCELLED', 'queryNs', 'silent.test');
  setImmediate(() => p.cancel());
  await rejected;

  // Nobody listening: ECONNREFUSED (loopback reports the closed port at once).
  const closed = dgram.createSocket('udp4');
  closed.bind(0, '127.0.0.1', common.mustCall(async () => {
    const deadPort = closed.address().port;
    closed.close();
    const r2 = new dns.promises.Resolver({ timeout: 1000, tries: 1 });
    r2.setServers([`127.0.0.1:${deadPort}`]);
    await expectFailure(r2.resolve4('a.test'), 'ECONNREFUSED', 'queryA', 'a.test');
    // The server still answers.
    assert.deepStrictEqual(await r.resolve4('a.test'), ['192.0.2.7']);
    server.close();
  }));
}));
