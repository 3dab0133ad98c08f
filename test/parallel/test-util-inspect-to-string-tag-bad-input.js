'use strict';
// util.inspect() and the util.types predicates never run into a throwing Symbol.toStringTag
// getter (it shows as [Getter]); an object without prototype whose own tag is listed with its
// keys takes the tag as its name ("[TT: null prototype]"), as in Node.
require('../common');
const assert = require('assert');
const util = require('util');

const throwing = { get [Symbol.toStringTag]() { throw new Error('tag boom'); } };
assert.strictEqual(util.inspect(throwing), '{ Symbol(Symbol.toStringTag): [Getter] }');
assert.strictEqual(util.format('%s|%o', throwing, throwing),
                   '{ Symbol(Symbol.toStringTag): [Getter] }|{ Symbol(Symbol.toStringTag): [Getter] }');
assert.strictEqual(util.types.isArgumentsObject(throwing), false);
assert.strictEqual(util.types.isGeneratorObject(throwing), false);
assert.strictEqual(util.types.isNativeError(throwing), false);
assert.strictEqual(util.types.isGeneratorObject((function* () {})()), true);
assert.strictEqual(util.types.isArgumentsObject((function() { return arguments; })()), true);

const tagged = Object.assign(Object.create(null), { [Symbol.toStringTag]: 'TT', y: 2 });
assert.strictEqual(util.inspect(tagged), "[TT: null prototype] { y: 2, Symbol(Symbol.toStringTag): 'TT' }");
const hidden = Object.defineProperty(Object.create(null), Symbol.toStringTag, { value: 'NE' });
assert.strictEqual(util.inspect(hidden), '[Object: null prototype] [NE] {}');
assert.strictEqual(util.inspect(hidden, { showHidden: true }),
                   "[NE: null prototype] { [Symbol(Symbol.toStringTag)]: 'NE' }");
const inherited = Object.create(Object.create(null, { [Symbol.toStringTag]: { value: 'Inh' } }));
assert.strictEqual(util.inspect(inherited), 'Inh <[Object: null prototype] [Inh] {}> [Inh] {}');
