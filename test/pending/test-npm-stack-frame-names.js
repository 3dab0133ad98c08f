'use strict';
// V8 names a frame after the receiver's type and the method: `new Foo`, `Foo.method`,
// `Object.method` for a plain object, `Foo.prop [as alias]`, `get prop`. Stack parsers
// (stacktrace-parser, error-stack-parser, callsites' getTypeName/getMethodName) and
// humans read these. Paths are stripped before comparing.
const assert = require('assert');

function top(stack) {
  return stack.split('\n')[1].trim().replace(/ \(.*\)$/, '');
}

class Foo {
  constructor() { this.stack = new Error('x').stack; }
  method() { return new Error('x').stack; }
  static make() { return new Error('x').stack; }
  get prop() { return new Error('x').stack; }
}
const plain = {
  method() { return new Error('x').stack; },
  alias: function realName() { return new Error('x').stack; },
};
function Legacy() { this.stack = new Error('x').stack; }
Legacy.prototype.proto = function() { return new Error('x').stack; };

assert.strictEqual(top(new Foo().stack), 'at new Foo');
assert.strictEqual(top(new Foo().method()), 'at Foo.method');
assert.strictEqual(top(Foo.make()), 'at Foo.make');
assert.strictEqual(top(new Foo().prop), 'at get prop');
assert.strictEqual(top(plain.method()), 'at Object.method');
assert.strictEqual(top(plain.alias()), 'at Object.realName [as alias]');
assert.strictEqual(top(new Legacy().stack), 'at new Legacy');
assert.strictEqual(top(new Legacy().proto()), 'at Legacy.proto');

// The CallSite API agrees.
const original = Error.prepareStackTrace;
Error.prepareStackTrace = (err, sites) => sites[0];
class Bar { run() { return new Error('x').stack; } }
const site = new Bar().run();
Error.prepareStackTrace = original;
assert.strictEqual(site.getFunctionName(), 'run');
assert.strictEqual(site.getTypeName(), 'Bar');
assert.strictEqual(site.getMethodName(), 'run');
assert.strictEqual(site.isToplevel(), false);
assert.strictEqual(site.isConstructor(), false);
