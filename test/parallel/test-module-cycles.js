'use strict';
// Circular requires see the partial exports of the module still loading.
const common = require('../common');
const assert = require('assert');
const path = require('path');

const dir = common.fixtures.path('module', 'cycles');

// a → b → a: b sees what a exported before requiring b, and a is not loaded yet.
const a = require(path.join(dir, 'a.js'));
assert.strictEqual(a.before, 'a before');
assert.strictEqual(a.after, 'a after');
assert.strictEqual(a.b.sawBefore, 'a before');
assert.strictEqual(a.b.sawAfter, undefined);
assert.strictEqual(a.b.aLoaded, false);
assert.deepStrictEqual(a.b.aKeys, ['before']);
// Once loaded, both modules are in the cache and share the same objects.
assert.strictEqual(require(path.join(dir, 'b.js')), a.b);
assert.strictEqual(require.cache[path.join(dir, 'a.js')].loaded, true);

// Replacing module.exports after the cycle: the early view keeps the old object.
const c = require(path.join(dir, 'replace-c.js'));
const d = require(path.join(dir, 'replace-d.js'));
assert.strictEqual(c.name, 'c');
assert.deepStrictEqual(c.dSawKeys, []);
assert.notStrictEqual(d.earlyC, c);
assert.deepStrictEqual(Object.keys(d.earlyC), []);

// A module requiring itself gets its own partial exports.
const self = require(path.join(dir, 'self.js'));
assert.strictEqual(self.self, self);
assert.strictEqual(self.value, 1);

// A longer cycle x → y → z → x.
const x = require(path.join(dir, 'x.js'));
assert.strictEqual(x.y.z.xNameAtLoad, 'x');
assert.strictEqual(x.y.z.xYAtLoad, undefined);
assert.strictEqual(x.y.name, 'y');

// Reading a property the partial exports do not have (yet) warns, as in Node;
// the exports object is an ordinary object again after loading.
const warnA = require(path.join(dir, 'warn-a.js'));
const warnB = require(path.join(dir, 'warn-b.js'));
assert.deepStrictEqual(warnB, { present: true, missing: undefined, esModule: undefined });
assert.strictEqual(Object.getPrototypeOf(warnA), Object.prototype);
assert.strictEqual(Object.getPrototypeOf(a), Object.prototype);

const warnings = [];
process.on('warning', (warning) => warnings.push(warning.message));
process.on('exit', () => {
  for (const prop of ['after', 'y', 'missing']) {
    const message = `Accessing non-existent property '${prop}' of module exports inside circular dependency`;
    assert(warnings.includes(message), `missing warning for ${prop}: ${warnings.join('; ')}`);
  }
  assert(!warnings.some((w) => w.includes('__esModule')));
});
