'use strict';
// console.log of strings and primitives (numbers including -0, NaN and Infinity, bigints,
// booleans, null, undefined), with and without format specifiers, prints exactly what
// util.format gives.
require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const { Console } = require('console');

let out = '';
const stdout = new EventEmitter();
stdout.write = (s) => { out += s; return true; };
const console = new Console({ stdout, colorMode: false });

console.log(1, -0, 0, NaN, Infinity, 10n, true, null, undefined, 'a', '%s', 1.5e300);
console.log('%s x', 1); console.log(); console.log(''); console.log('a', 'b%'); console.log(1, '%d', 2);
console.log('100%'); console.log(-1e-7, 2**53);

assert.strictEqual(out, '1 -0 0 NaN Infinity 10n true null undefined a %s 1.5e+300\n1 x\n\n\na b%\n1 %d 2\n100%\n-1e-7 9007199254740992\n');
