'use strict';
// dns.Resolver and dns.promises.Resolver query every record type from a DNS server the test
// runs itself on 127.0.0.1 (test/fixtures/dns-responder.js); no network is needed.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');
const { startResponder } = require('../fixtures/dns-responder');

const zone = {
  'example.test': {
    ttl: 1234,
    A: ['192.0.2.1', '192.0.2.2'],
    AAAA: ['2001:db8::1', '::ffff:c000:209', '2001:db8:0:0:1:0:0:1'],
    MX: [{ priority: 10, exchange: 'mx1.example.test' }, { priority: 20, exchange: 'example.test' }],
    NS: ['ns1.example.test', 'ns2.example.test'],
    TXT: [['v=spf1 -all'], ['part one', 'part two']],
    SOA: [{
      nsname: 'ns1.example.test', hostmaster: 'admin.example.test', serial: 2024010101,
      refresh: 7200, retry: 3600, expire: 1209600, minttl: 300,
    }],
    CAA: [{ critical: 0, issue: 'ca.example.net' }, { critical: 128, iodef: 'mailto:x@example.test' }],
  },
  'www.example.test': { CNAME: ['example.test'] },
  '_sip._udp.example.test': {
    SRV: [{ priority: 10, weight: 5, port: 5060, name: 'sip.example.test' }],
  },
  'naptr.example.test': {
    NAPTR: [{
      order: 100, preference: 10, flags: 'S', service: 'SIP+D2U', regexp: '',
      replacement: '_sip._udp.example.test',
    }],
  },
  '1.2.0.192.in-addr.arpa': { PTR: ['host.example.test'] },
  '7.6.0.198.in-addr.arpa': { PTR: ['one.example.test', 'two.example.test'] },
  'empty.example.test': { A: [] },
};

startResponder(zone, common.mustCall(async (port, server) => {
  const resolver = new dns.Resolver({ timeout: 2000, tries: 1 });
  resolver.setServers([`127.0.0.1:${port}`]);
  assert.deepStrictEqual(resolver.getServers(), [`127.0.0.1:${port}`]);

  const query = (method, ...args) => new Promise((resolve, reject) => {
    resolver[method](...args, (err, result) => (err ? reject(err) : resolve(result)));
  });

  assert.deepStrictEqual(await query('resolve4', 'example.test'), ['192.0.2.1', '192.0.2.2']);
  assert.deepStrictEqual(await query('resolve4', 'example.test', { ttl: true }), [
    { address: '192.0.2.1', ttl: 1234 }, { address: '192.0.2.2', ttl: 1234 },
  ]);
  assert.deepStrictEqual(await query('resolve', 'example.test', 'A'), ['192.0.2.1', '192.0.2.2']);
  assert.deepStrictEqual(await query('resolve', 'example.test'), ['192.0.2.1', '192.0.2.2']);
  assert.deepStrictEqual(await query('resolve6', 'example.test'),
                         ['2001:db8::1', '::ffff:192.0.2.9', '2001:db8::1:0:0:1']);
  assert.deepStrictEqual(await query('resolve6', 'example.test', { ttl: true }),
                         [{ address: '2001:db8::1', ttl: 1234 },
                          { address: '::ffff:192.0.2.9', ttl: 1234 },
                          { address: '2001:db8::1:0:0:1', ttl: 1234 }]);
  // A name with a CNAME answers A queries with the target's addresses.
  assert.deepStrictEqual(await query('resolve4', 'www.example.test'), ['192.0.2.1', '192.0.2.2']);
  assert.deepStrictEqual(await query('resolveCname', 'www.example.test'), ['example.test']);
  // Node 24 gives MX, SRV and CAA records a `type` field.
  assert.deepStrictEqual(await query('resolveMx', 'example.test'), [
    { exchange: 'mx1.example.test', priority: 10, type: 'MX' },
    { exchange: 'example.test', priority: 20, type: 'MX' },
  ]);
  assert.deepStrictEqual(await query('resolveNs', 'example.test'),
                         ['ns1.example.test', 'ns2.example.test']);
  assert.deepStrictEqual(await query('resolveTxt', 'example.test'),
                         [['v=spf1 -all'], ['part one', 'part two']]);
  assert.deepStrictEqual(await query('resolveSrv', '_sip._udp.example.test'), [
    { name: 'sip.example.test', port: 5060, priority: 10, weight: 5, type: 'SRV' },
  ]);
  assert.deepStrictEqual(await query('resolveSoa', 'example.test'),
                         { ...zone['example.test'].SOA[0], type: undefined });
  assert.deepStrictEqual(await query('resolveCaa', 'example.test'), [
    { critical: 0, issue: 'ca.example.net', type: 'CAA' },
    { critical: 128, iodef: 'mailto:x@example.test', type: 'CAA' },
  ]);
  // Node 24's SOA and NAPTR objects carry `type: undefined`.
  assert.deepStrictEqual(await query('resolveNaptr', 'naptr.example.test'), [{
    flags: 'S', service: 'SIP+D2U', regexp: '', replacement: '_sip._udp.example.test',
    order: 100, preference: 10, type: undefined,
  }]);
  assert.deepStrictEqual(await query('resolvePtr', '1.2.0.192.in-addr.arpa'),
                         ['host.example.test']);
  assert.deepStrictEqual(await query('reverse', '192.0.2.1'), ['host.example.test']);
  // (The order of several names is c-ares's.)
  assert.deepStrictEqual((await query('reverse', '198.0.6.7')).sort(),
                         ['one.example.test', 'two.example.test']);

  const any = await query('resolveAny', 'example.test');
  const byType = (type) => any.filter((r) => r.type === type);
  assert.deepStrictEqual(byType('A'), [
    { address: '192.0.2.1', ttl: 1234, type: 'A' }, { address: '192.0.2.2', ttl: 1234, type: 'A' },
  ]);
  assert.strictEqual(byType('AAAA').length, 3);
  assert.deepStrictEqual(byType('MX')[0], { exchange: 'mx1.example.test', priority: 10, type: 'MX' });
  assert.deepStrictEqual(byType('NS').map((r) => r.value), ['ns1.example.test', 'ns2.example.test']);
  assert.deepStrictEqual(byType('TXT')[1], { entries: ['part one', 'part two'], type: 'TXT' });
  assert.deepStrictEqual(byType('SOA'), [{ ...zone['example.test'].SOA[0], type: 'SOA' }]);
  assert.deepStrictEqual(byType('CAA')[0], { critical: 0, issue: 'ca.example.net', type: 'CAA' });
  assert.strictEqual(any.length, 2 + 3 + 2 + 2 + 2 + 1 + 2);

  // The same through the promise API, on a promises.Resolver and on the default resolver.
  const promiseResolver = new dns.promises.Resolver();
  promiseResolver.setServers([`127.0.0.1:${port}`]);
  assert.deepStrictEqual(await promiseResolver.resolve4('example.test'), ['192.0.2.1', '192.0.2.2']);
  assert.deepStrictEqual(await promiseResolver.resolve('example.test', 'MX'),
                         await query('resolveMx', 'example.test'));
  assert.deepStrictEqual(await promiseResolver.reverse('192.0.2.1'), ['host.example.test']);
  const saved = dns.getServers();
  dns.setServers([`127.0.0.1:${port}`]);
  assert.deepStrictEqual(dns.getServers(), [`127.0.0.1:${port}`]);
  assert.deepStrictEqual(dns.promises.getServers(), [`127.0.0.1:${port}`]);
  assert.deepStrictEqual(await dns.promises.resolveNs('example.test'),
                         ['ns1.example.test', 'ns2.example.test']);
  await new Promise((resolve) => {
    dns.resolveTxt('example.test', common.mustSucceed((records) => {
      assert.deepStrictEqual(records, [['v=spf1 -all'], ['part one', 'part two']]);
      resolve();
    }));
  });
  dns.setServers(saved);

  // Method names are the query names.
  assert.strictEqual(resolver.resolve4.name, 'queryA');
  assert.strictEqual(resolver.resolveAny.name, 'queryAny');
  server.close();
}));
