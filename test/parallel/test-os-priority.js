'use strict';
// os.setPriority()/getPriority(): nice values of a process, with Node's errors.
require('../common');
const assert = require('assert');
const os = require('os');

const start = os.getPriority();
assert(Number.isInteger(start));
assert.strictEqual(os.getPriority(0), start);
assert.strictEqual(os.getPriority(process.pid), start);

// Lowering the priority (a higher nice value) is always allowed.
const lower = Math.min(19, Math.max(start, 0) + 1);
assert.strictEqual(os.setPriority(lower), undefined);
assert.strictEqual(os.getPriority(), lower);
assert.strictEqual(os.setPriority(0, os.constants.priority.PRIORITY_LOW), undefined);
assert.strictEqual(os.getPriority(process.pid), 19);
os.setPriority(process.pid, 19);
assert.strictEqual(os.getPriority(), 19);

// A process that does not exist.
for (const fn of [() => os.setPriority(-1, 0), () => os.getPriority(-1)]) {
  const syscall = fn.toString().includes('set') ? 'uv_os_setpriority' : 'uv_os_getpriority';
  assert.throws(fn, (err) => {
    assert.strictEqual(err.name, 'SystemError');
    assert.strictEqual(err.code, 'ERR_SYSTEM_ERROR');
    assert.strictEqual(err.message,
                       `A system error occurred: ${syscall} returned ESRCH (no such process)`);
    assert.strictEqual(err.errno, -3);
    assert.strictEqual(err.syscall, syscall);
    assert.deepStrictEqual(err.info,
                           { errno: -3, code: 'ESRCH', message: 'no such process', syscall });
    assert.strictEqual(`${err}`, `SystemError [ERR_SYSTEM_ERROR]: ${err.message}`);
    return true;
  });
}

// Bad input.
const typeError = (name, received) => ({
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: `The "${name}" argument must be of type number. Received ${received}`,
});
assert.throws(() => os.setPriority('a', 0), typeError('pid', "type string ('a')"));
assert.throws(() => os.setPriority(0, 'a'), typeError('priority', "type string ('a')"));
assert.throws(() => os.setPriority(), typeError('priority', 'undefined'));
assert.throws(() => os.getPriority(null), typeError('pid', 'null'));
assert.throws(() => os.getPriority('1'), typeError('pid', "type string ('1')"));
assert.throws(() => os.setPriority(1.5, 0), {
  name: 'RangeError', code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "pid" is out of range. It must be an integer. Received 1.5',
});
assert.throws(() => os.getPriority(2 ** 31), {
  name: 'RangeError', code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "pid" is out of range. It must be >= -2147483648 && <= 2147483647. ' +
    'Received 2147483648',
});
for (const priority of [20, -21, 100]) {
  assert.throws(() => os.setPriority(0, priority), {
    name: 'RangeError', code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "priority" is out of range. It must be >= -20 && <= 19. ' +
      `Received ${priority}`,
  });
}
assert.strictEqual(os.getPriority(), 19);
