'use strict';
// assert.partialDeepStrictEqual(): every property of `expected` must be in `actual`, with
// strictly equal values; arrays match as ordered subsequences, Sets and Maps by entry.
require('../common');
const assert = require('assert');

const { partialDeepStrictEqual: partial } = assert;

partial({ a: 1, b: 2, c: 3 }, { b: 2 });
partial({ a: { b: { c: 1, d: 2 } } }, { a: { b: { c: 1 } } });
partial([1, 2, 3, 4, 5, 6, 7, 8, 9], [4, 5, 8]);
partial([{ a: 5, b: 1 }, { b: 5 }], [{ a: 5 }]);
partial(new Set([{ a: 1, x: 0 }, { b: 1 }]), new Set([{ a: 1 }]));
partial(new Map([['key1', 'value1'], ['key2', 'value2']]), new Map([['key2', 'value2']]));
partial(new Map([[1, { a: 1, b: 2 }]]), new Map([[1, { a: 1 }]]));
partial(new Uint8Array([1, 2, 3]), new Uint8Array([1, 3]));
partial(123n, 123n);
partial(/abc/g, /abc/g);
partial(new Date(0), new Date(0));
class Foo {
  constructor() {
    this.a = 1;
    this.b = 2;
  }
}
// Prototypes are not compared.
partial(new Foo(), { a: 1 });

const fails = (actual, expected) => assert.throws(() => partial(actual, expected), {
  name: 'AssertionError',
  code: 'ERR_ASSERTION',
  operator: 'partialDeepStrictEqual',
});
fails([1, 2, 3, 4, 5, 6, 7, 8, 9], [5, 4, 8]);
fails([1, 2, 4], [2, 2]);
fails({ a: 1 }, { a: 1, b: 2 });
fails({ a: { b: 2 } }, { a: { b: '2' } });
fails({ a: 1 }, new Foo());
fails([], {});
fails(new Set([1, 2]), new Set([3]));
fails(/abc/g, /abc/i);
fails(new Date(0), new Date(1));
fails(1, 2);

assert.throws(() => partial(1, 2), {
  message: 'Expected values to be partially and strictly deep-equal:\n\n1 !== 2\n',
});
assert.throws(() => partial({ a: 1 }, { a: 1, b: 2 }), {
  message: 'Expected values to be partially and strictly deep-equal:\n+ actual - expected\n\n' +
    '  {\n    a: 1,\n-   b: 2\n  }\n',
});
assert.throws(() => partial(1), { code: 'ERR_MISSING_ARGS' });
