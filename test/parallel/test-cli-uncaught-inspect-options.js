'use strict';
// An uncaught exception is shown with util.inspect as Node does: the value's own
// [util.inspect.custom] is not used, nested properties show to depth 5 at least, and the
// `--trace-uncaught` hint follows a thrown primitive only (an object is shown whole).
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

function stderrOf(code) {
  const result = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8', timeout: 30000 });
  assert.strictEqual(result.status, 1, result.stderr);
  assert.match(result.stderr, /\n\nNode\.js v\d+\.\d+\.\d+\n$/);
  return result.stderr;
}

{
  const err = stderrOf(
    "const e = new Error('boom'); e[Symbol.for('nodejs.util.inspect.custom')] = () => 'CUSTOM';" +
    'e.deep = { a: { b: { c: { d: { e: { f: 1 } } } } } }; throw e;');
  assert.doesNotMatch(err, /^CUSTOM$/m);
  assert.match(err, /Error: boom\n {4}at /);
  assert.match(err, /c: \{ d: \{ e: \[Object\] \} \}/);
  assert.doesNotMatch(err, /--trace-uncaught/);
}

{
  const err = stderrOf('Promise.reject(Object.assign(new Error("r"), ' +
                       '{ deep: { a: { b: { c: { d: {} } } } } }))');
  assert.match(err, /a: \{ b: \{ c: \{ d: \{\} \} \} \}/);
}

{
  const err = stderrOf("throw { a: { b: { c: { d: 1 } } }, [Symbol.for('nodejs.util.inspect.custom')]() { return 'CUSTOM'; } }");
  assert.doesNotMatch(err, /^CUSTOM$/m);
  assert.match(err, /c: \{ d: 1 \}/);
  assert.doesNotMatch(err, /--trace-uncaught/);
}

for (const value of ['5', "'text'", 'null', 'undefined']) {
  const err = stderrOf(`throw ${value}`);
  assert.match(err, /\(Use `\S+ --trace-uncaught \.\.\.` to show where the exception was thrown\)/);
}
