'use strict';
// Frames of constructor calls read `new Name` in stacks and CallSite.isConstructor() is true
// for them, as in V8; frames of plain calls are unchanged.
require('../common');
const assert = require('assert');

class Foo {
  constructor() {
    this.error = new Error('in constructor');
  }
}
function Bar() {
  return new Foo();
}
function plain() {
  return new Error('plain');
}

const lines = new Bar().error.stack.split('\n');
assert.strictEqual(lines[0], 'Error: in constructor');
assert.match(lines[1], /^ {4}at new Foo \(.*test-error-stack-constructor-frames\.js:9:\d+\)$/);
assert.match(lines[2], /^ {4}at new Bar \(.*test-error-stack-constructor-frames\.js:13:\d+\)$/);
assert.match(plain().stack.split('\n')[1], /^ {4}at plain \(/);

const original = Error.prepareStackTrace;
Error.prepareStackTrace = (err, callSites) => callSites;
const sites = new Bar().error.stack;
Error.prepareStackTrace = original;
assert.strictEqual(sites[0].isConstructor(), true);
assert.strictEqual(sites[0].getFunctionName(), 'Foo');
assert.strictEqual(sites[1].isConstructor(), true);
assert.strictEqual(sites[2].isConstructor(), false);
