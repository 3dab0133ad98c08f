'use strict';
// Stack columns in an ES module are the file's own, also on lines that use imported
// bindings (which Lode's module transform writes as longer expressions) and on line 1.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { pathToFileURL } = require('url');
const { inspect } = require('util');

const main = path.join(__dirname, '..', 'fixtures', 'esm', 'columns', 'main.mjs');
const lib = path.join(__dirname, '..', 'fixtures', 'esm', 'columns', 'lib.mjs');

// The first frame in `file` of err's stack as inspect() shows it, as "line:column".
function at(err, file) {
  const url = pathToFileURL(file).href;
  for (const line of inspect(err).split('\n')) {
    const match = /(file:\S+):(\d+):(\d+)\)?$/.exec(line);
    if (match !== null && match[1] === url) return `${match[2]}:${match[3]}`;
  }
  return undefined;
}

import(pathToFileURL(main).href).then(common.mustCall(({ errors }) => {
  assert.strictEqual(at(errors.e0, main), '1:48');
  assert.strictEqual(at(errors.e1, main), '6:13');
  assert.strictEqual(at(errors.e2, main), '7:44');
  assert.strictEqual(at(errors.e3, main), '8:66');
  // The call to an imported function: its frame in main points at the call.
  assert.strictEqual(errors.e4.message, 'from lib');
  assert.strictEqual(at(errors.e4, lib), '1:35');
  assert.strictEqual(at(errors.e4, main), '9:32');
  // An error that the engine makes (calling a number).
  assert.ok(errors.e5 instanceof TypeError);
  assert.strictEqual(at(errors.e5, main), '10:20');
  assert.strictEqual(at(errors.e6, lib), '4:33');
  assert.strictEqual(at(errors.e6, main), '11:38');
}));
