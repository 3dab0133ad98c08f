'use strict';
// util.inspect of proxies (showProxy) and promises (state read from the engine).
// Expected strings are Node 24's output.
require('../common');
const assert = require('assert');
const { inspect } = require('util');
const rejected = Promise.reject(3);
rejected.catch(() => {});
const revocable = Proxy.revocable({}, {});
revocable.revoke();

assert.strictEqual(
  inspect(Promise.resolve(1)),
  "Promise { 1 }");
assert.strictEqual(
  inspect(new Promise(() => {})),
  "Promise { <pending> }");
assert.strictEqual(
  inspect(Object.assign(Promise.resolve({ a: 1 }), { x: 2 })),
  "Promise { { a: 1 }, x: 2 }");
assert.strictEqual(
  inspect(rejected),
  "Promise { <rejected> 3 }");
assert.strictEqual(
  inspect({ p: Promise.resolve({ a: { b: 1 } }) }, { depth: 0 }),
  "{ p: [Promise] }");
assert.strictEqual(
  inspect(Promise.resolve('s'), { colors: true }),
  "Promise { \u001b[32m's'\u001b[39m }");
assert.strictEqual(
  inspect(Object.setPrototypeOf(Promise.resolve(2), null)),
  "[Promise: null prototype] { 2 }");
// proxies show their target
assert.strictEqual(
  inspect(new Proxy({ a: 1 }, {})),
  "{ a: 1 }");
assert.strictEqual(
  inspect(new Proxy([1], {})),
  "[ 1 ]");
assert.strictEqual(
  inspect(new Proxy(function pf() {}, {})),
  "[Function: pf]");
assert.strictEqual(
  inspect(new Proxy({ a: 1 }, { get() { return 5; } }), { showProxy: true }),
  "Proxy [ { a: 1 }, { get: [Function: get] } ]");
assert.strictEqual(
  inspect(new Proxy({}, {}), { showProxy: true, depth: -1 }),
  "Proxy [Array]");
assert.strictEqual(
  inspect(revocable.proxy),
  "<Revoked Proxy>");
assert.strictEqual(
  inspect(revocable.proxy, { showProxy: true }),
  "<Revoked Proxy>");
assert.strictEqual(
  inspect(new Proxy(new Proxy({ a: 1 }, {}), {}), { showProxy: true }),
  "Proxy [ Proxy [ { a: 1 }, {} ], {} ]");
