'use strict';
// process.versions names the ICU and Unicode versions behind Intl when Intl is there;
// i18n packages read process.versions.icu to decide whether full Intl data exists.
const assert = require('assert');

assert.strictEqual(typeof Intl, 'object');
assert.match(process.versions.icu, /^\d+\.\d+/);
assert.match(process.versions.unicode, /^\d+\.\d+/);
// The ICU version agrees with what Intl reports through the engine's ICU.
assert.ok(Number(process.versions.icu.split('.')[0]) >= 60);
