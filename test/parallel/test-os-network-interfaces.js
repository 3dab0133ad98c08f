'use strict';
// os.networkInterfaces(): every interface with an address, in Node's shape (address,
// netmask, family, mac, internal, cidr and, for IPv6, scopeid).
require('../common');
const assert = require('assert');
const os = require('os');

const interfaces = os.networkInterfaces();
assert.strictEqual(typeof interfaces, 'object');
assert.strictEqual(Object.getPrototypeOf(interfaces), Object.prototype);

const ipv4 = /^\d{1,3}(\.\d{1,3}){3}$/;
const mac = /^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/;
let sawLoopback = false;
for (const [name, entries] of Object.entries(interfaces)) {
  assert.strictEqual(typeof name, 'string');
  assert(Array.isArray(entries) && entries.length > 0);
  for (const entry of entries) {
    const keys = ['address', 'netmask', 'family', 'mac', 'internal', 'cidr'];
    if (entry.family === 'IPv6') keys.push('scopeid');
    assert.deepStrictEqual(Object.keys(entry), keys);
    assert(entry.family === 'IPv4' || entry.family === 'IPv6');
    assert.match(entry.mac, mac);
    assert.strictEqual(typeof entry.internal, 'boolean');
    if (entry.family === 'IPv4') {
      assert.match(entry.address, ipv4);
      assert.match(entry.netmask, ipv4);
    } else {
      assert(entry.address.includes(':'));
      assert(Number.isInteger(entry.scopeid) && entry.scopeid >= 0);
    }
    if (entry.cidr !== null) {
      const [address, bits] = entry.cidr.split('/');
      assert.strictEqual(address, entry.address);
      assert(Number(bits) >= 0 && Number(bits) <= (entry.family === 'IPv4' ? 32 : 128));
    }
    if (entry.address === '127.0.0.1') {
      sawLoopback = true;
      assert.strictEqual(entry.internal, true);
      assert.strictEqual(entry.netmask, '255.0.0.0');
      assert.strictEqual(entry.cidr, '127.0.0.1/8');
      assert.strictEqual(entry.mac, '00:00:00:00:00:00');
    }
    if (entry.address === '::1') {
      assert.strictEqual(entry.netmask, 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff');
      assert.strictEqual(entry.cidr, '::1/128');
      assert.strictEqual(entry.scopeid, 0);
    }
  }
}
assert(sawLoopback, 'the loopback interface has 127.0.0.1');

// A fresh object each time.
assert.notStrictEqual(os.networkInterfaces(), interfaces);
assert.deepStrictEqual(os.networkInterfaces(), interfaces);
