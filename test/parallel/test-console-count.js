'use strict';
// console.count(label) prints "label: n" (label "default" when omitted), countReset(label)
// starts it again; counts are per label and per Console.
require('../common');
const assert = require('assert');
const { Console } = require('console');
const { capture } = require('../fixtures/core/capture-stream');

const lines = [];
const c = new Console(capture(lines));

c.count();
c.count();
c.count('x');
c.count(undefined);
c.count('x');
c.countReset();
c.count();
c.countReset('x');
c.count('x');
c.count(1);
c.count('1');

assert.deepStrictEqual(lines, [
  'default: 1\n',
  'default: 2\n',
  'x: 1\n',
  'default: 3\n',
  'x: 2\n',
  'default: 1\n',
  'x: 1\n',
  '1: 1\n',
  '1: 2\n',
]);
