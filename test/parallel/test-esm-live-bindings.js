'use strict';
// Static import/export forms: named, default, renamed, namespace, re-exports (named, star,
// star-as, default), string export names, and live bindings through each of them.
const common = require('../common');
const assert = require('assert');

import('../fixtures/esm/live-bindings.mjs').then(common.mustCall((m) => {
  assert.deepStrictEqual(m.results, [0, 0, 0, 1, 1, 1, 2, 2, 2]);
  assert.deepStrictEqual(m.info, {
    numbers: [1, 2],
    more: 'more',
    renamed: 1,
    str: 'str',
    sameNs: true,
    sameClass: true,
    defaultMore: 'not re-exported by star',
    nsKeys: ['count', 'default', 'increment', 'list'],
  });
  assert.strictEqual(Object.prototype.toString.call(m), '[object Module]');
  assert.strictEqual(Object.getPrototypeOf(m), null);
  assert.strictEqual(Object.isExtensible(m), false);
}));

import('../fixtures/esm/reexports.mjs').then(common.mustCall((m) => {
  // Star exports never re-export 'default'.
  assert.deepStrictEqual(Object.keys(m),
                         ['Counter', 'counterNs', 'current', 'increment', 'more', 'renamed',
                          'string name']);
  assert.throws(() => { m.current = 5; }, TypeError);
  assert.throws(() => { m.added = 1; }, TypeError);
}));
