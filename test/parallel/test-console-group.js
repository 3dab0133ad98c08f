'use strict';
// console.group indents what follows by two spaces per level (every line of a multi-line
// message), on stdout and stderr alike; groupEnd undoes one level, never below zero.
require('../common');
const assert = require('assert');
const { Console } = require('console');
const { capture } = require('../fixtures/core/capture-stream');

const out = [];
const err = [];
const c = new Console({
  stdout: capture(out),
  stderr: capture(err),
});

c.log('top');
c.group('Group A');
c.log('in A');
c.error('error in A');
c.group();
c.log('two\nlines');
c.groupEnd();
c.groupCollapsed('Collapsed');
c.info('in collapsed');
c.groupEnd();
c.groupEnd();
c.groupEnd();
c.log('back');

assert.deepStrictEqual(out, [
  'top\n',
  'Group A\n',
  '  in A\n',
  '    two\n    lines\n',
  '  Collapsed\n',
  '    in collapsed\n',
  'back\n',
]);
assert.deepStrictEqual(err, ['  error in A\n']);
