'use strict';
// Immediate#ref, #unref and #hasRef are chainable and tracked; an immediate unref'd and
// ref'd again keeps the loop alive and runs.
const common = require('../common');
const assert = require('assert');

const imm = setImmediate(common.mustCall());
assert.strictEqual(imm.hasRef(), true);
assert.strictEqual(imm.unref(), imm);
assert.strictEqual(imm.hasRef(), false);
assert.strictEqual(imm.unref(), imm);
assert.strictEqual(imm.ref(), imm);
assert.strictEqual(imm.hasRef(), true);
assert.strictEqual(imm.ref(), imm);
assert.strictEqual(imm.hasRef(), true);
