'use strict';
// With displayErrors (the default), an Error thrown while a vm script runs gets the
// "file:line", the source line and a caret above its stack, once; displayErrors: false,
// errors thrown later by functions the script made, and thrown primitives are left alone.
require('../common');
const assert = require('assert');
const vm = require('vm');

function thrown(fn) {
  try {
    fn();
  } catch (err) {
    return err;
  }
  assert.fail('no error');
}

{
  const err = thrown(() => vm.runInThisContext('\nthrow new Error("vm")', { filename: 'a.js' }));
  assert.ok(err.stack.startsWith('a.js:2\nthrow new Error("vm")\n^\n\nError: vm\n    at a.js:2:7'),
            err.stack);
  assert.strictEqual(err.message, 'vm');
}
{
  const err = thrown(() => vm.runInNewContext('let a = 1;\nnull.x', {}, { filename: 'b.js' }));
  assert.ok(err.stack.startsWith('b.js:2\nnull.x\n     ^\n\nTypeError: '), err.stack);
}
{
  const script = new vm.Script('  throw new RangeError("off")',
                               { filename: 'c.js', lineOffset: 3, columnOffset: 4 });
  const err = thrown(() => script.runInThisContext());
  assert.ok(err.stack.startsWith('c.js:4\n  throw new RangeError("off")\n  ^\n\nRangeError: off'),
            err.stack);
}
{
  const err = thrown(() => vm.runInThisContext('function g() { throw new Error("deep"); }\ng();',
                                               { filename: 'd.js' }));
  assert.ok(err.stack.startsWith('d.js:1\nfunction g() { throw new Error("deep"); }\n' +
                                 '               ^\n\nError: deep'), err.stack);
}
{
  const err = thrown(() => vm.runInThisContext('throw new TypeError("plain")',
                                               { filename: 'e.js', displayErrors: false }));
  assert.ok(err.stack.startsWith('TypeError: plain\n    at e.js:1:7'), err.stack);
}
{
  const fn = vm.runInThisContext('(function f() { throw new Error("later"); })', { filename: 'f.js' });
  const err = thrown(fn);
  assert.ok(err.stack.startsWith('Error: later\n    at f (f.js:1:23)'), err.stack);
}
assert.strictEqual(thrown(() => vm.runInThisContext('throw 5', { filename: 'g.js' })), 5);
