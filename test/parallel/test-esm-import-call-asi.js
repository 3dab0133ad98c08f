'use strict';
// Semicolon-less ES modules: a statement that starts on a new line with a call of an
// imported binding stays its own statement (automatic semicolon insertion ends the one
// before it), and the sole body of if/else/while/for/do/labels keeps that call as its body.
// The callee is called with `this` undefined, like any plain call.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pathToFileURL } = require('url');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-esm-asi-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));

fs.writeFileSync(path.join(dir, 'log.mjs'), `
export const calls = []
export function log(x) { 'use strict'; calls.push([x, this]); return log }
export default function record(x) { 'use strict'; calls.push(['default:' + x, this]); return record }
`);
fs.writeFileSync(path.join(dir, 'log.cjs'), `
const calls = []
module.exports = function (x) { 'use strict'; calls.push(x); return module.exports }
module.exports.calls = calls
`);

fs.writeFileSync(path.join(dir, 'main.mjs'), `'use strict'
import record, { log, calls } from './log.mjs'
import cjs from './log.cjs'
let a = 1
log(1)
const b = a
log(2)
record(3)
let o = {}
log(4)
let arr = [1]
log(5)
let s = 'str'
log(6)
let t = \`tpl\`
log(7)
let r = /re/g
log(8)
a++
log(9)
let fn = function () {}
log(10)
cjs('c1')
cjs('c2')
log\`11\`
{
  log(12)
  log(13)
}
function inner() {
  const x = 1
  log(14)
  return x
}
inner()
switch (a) {
  default:
    a = 3
    log(15)
}
if (false)
  log('if-body')
if (true) a = 4
else
  log('else-body')
while (false)
  log('while-body')
for (; false;)
  log('for-body')
do
  log(16)
while (false)
label:
  log(17)
const arrow = () => {
  const y = 2
  log(18)
  return y
}
arrow()
export const result = calls.map(([x]) => x)
export const thisValues = calls.map(([, self]) => self)
export const cjsCalls = cjs.calls
`);

import(pathToFileURL(path.join(dir, 'main.mjs')).href).then(common.mustCall((ns) => {
  const expected = [1, 2, 'default:3'];
  for (let i = 4; i <= 10; i++) expected.push(i);
  expected.push(['11'], 12, 13, 14, 15, 16, 17, 18);
  assert.deepStrictEqual(ns.result, expected);
  assert.ok(ns.thisValues.every((self) => self === undefined));
  assert.deepStrictEqual(ns.cjsCalls, ['c1', 'c2']);
}));
