'use strict';
// vm's `timeout` stops an endless script with ERR_SCRIPT_EXECUTION_TIMEOUT, and the caller
// goes on. Pending on Lode: JavaScriptCore's C API can stop a script (its execution time
// limit), but the stop stays requested until the outermost call into the engine returns, so
// the caller's callback is ended too; and the limit only starts counting in a call into the
// engine made after the first vm use (lib/vm.js, src/bindings/contextify.c).
require('../common');
const assert = require('assert');
const vm = require('vm');

for (const run of [
  () => vm.runInNewContext('while (true) {}', {}, { timeout: 50 }),
  () => vm.runInThisContext('for (;;) {}', { timeout: 50 }),
  () => new vm.Script('while (true) {}').runInContext(vm.createContext(), { timeout: 50 }),
]) {
  assert.throws(run, (err) => {
    assert.strictEqual(err.code, 'ERR_SCRIPT_EXECUTION_TIMEOUT');
    assert.strictEqual(err.message, 'Script execution timed out after 50ms');
    return true;
  });
  // Code that calls back from native code into JS still runs afterwards.
  assert.deepStrictEqual([1, 2].map((x) => x * 2), [2, 4]);
}
