'use strict';
// createHash(algorithm, options) and hash.copy(options) ignore options that are not an
// object (Node reads outputLength from objects only): `['sha1', 'sha256'].map(createHash)`
// passes each index as the options (ssri, used by npm, does this).
require('../common');
const assert = require('assert');
const crypto = require('crypto');

const expected = crypto.createHash('sha256').update('a').digest('hex');
for (const options of [0, 1, 'x', true, Symbol('s'), () => {}, [], {}, null, undefined]) {
  assert.strictEqual(crypto.createHash('sha256', options).update('a').digest('hex'), expected);
  const h = crypto.createHash('sha256').update('a');
  assert.strictEqual(h.copy(options).digest('hex'), expected);
}
const hashes = ['sha1', 'sha512'].map(crypto.createHash);
assert.strictEqual(hashes.length, 2);
assert.strictEqual(hashes[1].update('').digest('hex').length, 128);

// An object's outputLength is still validated.
assert.throws(() => crypto.createHash('sha256', { outputLength: 'a' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.outputLength" property must be of type number. Received type string (\'a\')',
});
assert.throws(() => crypto.createHash('sha256', { outputLength: -1 }), { code: 'ERR_OUT_OF_RANGE' });
