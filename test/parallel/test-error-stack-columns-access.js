'use strict';
// Columns of frames where the engine itself throws, as V8 reports them: a failed property
// read points at the property name, an assignment at its `=`, an unresolvable name at its
// start, an access inside an optional chain at its dot, `new a.b()` at `new`. Code run by
// node:vm (vm.Script, vm.compileFunction, as jest runs tests) gets the same columns, and
// compileFunction's first line counts from the body, not from its wrapper.
require('../common');
const assert = require('assert');
const fs = require('fs');
const util = require('util');
const vm = require('vm');

const lines = fs.readFileSync(__filename, 'utf8').split('\n');

// [line, column] of the first frame in the error's stack that is in `file`.
function firstFrame(err, file = __filename) {
  const text = err.stack.includes('\n    at ') ? err.stack : util.inspect(err);
  for (const line of text.split('\n')) {
    const m = /[( ]([^ ()]+):(\d+):(\d+)\)?$/.exec(line);
    if (m && m[1] === file) return [Number(m[2]), Number(m[3])];
  }
  assert.fail(`no frame of ${file} in ${text}`);
}

// Where `token` is on the line tagged `tag` in this file (1-based).
function at(tag, token) {
  const index = lines.findIndex((l) => l.includes(`/*${tag}*/`));
  assert.notStrictEqual(index, -1, tag);
  const column = lines[index].indexOf(token);
  assert.notStrictEqual(column, -1, `${tag}: ${token}`);
  return [index + 1, column + 1];
}

function caught(fn) {
  try {
    fn();
  } catch (err) {
    return err;
  }
  assert.fail('did not throw');
}

const a = {};
const nothing = null;
assert.deepStrictEqual(firstFrame(caught(() => nothing.x /*r1*/)), at('r1', 'x /'));
assert.deepStrictEqual(firstFrame(caught(() => a.b.c /*r2*/)), at('r2', 'c /'));
assert.deepStrictEqual(firstFrame(caught(() => a.b.$dollar /*r3*/)), at('r3', '$dollar'));
assert.deepStrictEqual(firstFrame(caught(() => a . b . spaced /*r4*/)), at('r4', 'spaced'));
assert.deepStrictEqual(firstFrame(caught(() => { a.b.c = 1; /*w1*/ })), at('w1', '= 1'));
assert.deepStrictEqual(firstFrame(caught(() => { a.b.c.d = 2; /*w2*/ })), at('w2', 'c.d'));
assert.deepStrictEqual(firstFrame(caught(() => a.b.c == 1 /*e1*/)), at('e1', 'c =='));
assert.deepStrictEqual(firstFrame(caught(() => a?.b.c /*o1*/)), at('o1', '.c'));
// eslint-disable-next-line no-undef
assert.deepStrictEqual(firstFrame(caught(() => notDefinedAnywhere /*n1*/)),
                       at('n1', 'notDefinedAnywhere'));
// eslint-disable-next-line no-undef
assert.deepStrictEqual(firstFrame(caught(() => 1 + alsoNotDefined /*n2*/)),
                       at('n2', 'alsoNotDefined'));
assert.deepStrictEqual(firstFrame(caught(() => new a.b() /*c1*/)), at('c1', 'new'));
assert.deepStrictEqual(firstFrame(caught(() => a.b() /*c2*/)), at('c2', 'b()'));

// node:vm code: no file to read, the registered source is used.
{
  const code = 'const o = {};\nfunction f() { return o.p.q; }\nf();';
  const err = caught(() => vm.runInThisContext(code, { filename: 'vm-access.js' }));
  assert.deepStrictEqual(firstFrame(err, 'vm-access.js'), [2, 27]);
  const err2 = caught(() => new vm.Script('\n  o.p.q;', { filename: 'vm-offset.js', lineOffset: 3 })
    .runInNewContext({ o: {} }));
  assert.deepStrictEqual(firstFrame(err2, 'vm-offset.js'), [5, 7]);
}
{
  const fn = vm.compileFunction('const o = { m() { throw new Error("x"); } };  o.m();', [],
                                { filename: 'vm-function.js' });
  const stack = caught(fn).stack.split('\n');
  assert.match(stack[1], /vm-function\.js:1:25\)$/);  // at `new`
  assert.match(stack[2], /vm-function\.js:1:49\)?$/);  // at `m` of o.m()
  const fn2 = vm.compileFunction('return [1].map((x) => x.y.z);', ['p', 'q'],
                                 { filename: 'vm-function2.js' });
  assert.deepStrictEqual(firstFrame(caught(fn2), 'vm-function2.js'), [1, 27]);
}
{
  // Many scripts with names of their own: the latest ones keep exact columns.
  let last;
  for (let i = 0; i < 1100; i++) {
    last = new vm.Script('globalThis.missing$$.x', { filename: `many-${i}.js` });
  }
  assert.deepStrictEqual(firstFrame(caught(() => last.runInThisContext()), 'many-1099.js'),
                         [1, 22]);
}
