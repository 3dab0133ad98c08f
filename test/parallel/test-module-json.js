'use strict';
// .json modules: parsed once and cached; a byte-order mark is ignored; a parse
// error names the file and the module is not cached.
const common = require('../common');
const assert = require('assert');
const path = require('path');

const dir = common.fixtures.path('module', 'json');

const good = require(path.join(dir, 'good.json'));
assert.deepStrictEqual(good, { a: [1, 2], s: 'x', n: null });
assert.strictEqual(require(path.join(dir, 'good')), good);
assert.strictEqual(require.cache[path.join(dir, 'good.json')].exports, good);

assert.deepStrictEqual(require(path.join(dir, 'bom.json')), { bom: true });
assert.deepStrictEqual(require(path.join(dir, 'array.json')), [1, 2, 3]);
assert.strictEqual(require(path.join(dir, 'string.json')), 'just a string');

for (const name of ['bad.json', 'empty.json']) {
  const file = path.join(dir, name);
  for (let attempt = 0; attempt < 2; attempt++) {
    assert.throws(() => require(file), (err) => {
      assert(err instanceof SyntaxError, `expected a SyntaxError, got ${err}`);
      assert(err.message.startsWith(`${file}: `), err.message);
      assert(err.message.length > file.length + 2);
      return true;
    });
    assert.strictEqual(require.cache[file], undefined);
  }
}
