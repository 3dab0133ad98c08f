'use strict';
// The ciphers and sigalgs options of createSecureContext and createServer: a value that is
// not a string is ERR_INVALID_ARG_TYPE (a server takes any falsy value as the default), a list
// with no cipher in it is ERR_INVALID_ARG_VALUE showing the split list, and an empty string,
// null or undefined means the default list.
require('../common');
const assert = require('assert');
const tls = require('tls');

for (const [value, received] of [[5, 'type number (5)'], [{}, 'an instance of Object'],
  [['AES128-SHA'], 'an instance of Array']]) {
  const error = {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: `The "options.ciphers" property must be of type string. Received ${received}`,
  };
  assert.throws(() => tls.createSecureContext({ ciphers: value }), error);
  assert.throws(() => tls.createServer({ ciphers: value }), error);
}

for (const [value, received] of [[':', "[ '', '' ]"], ['::', "[ '', '', '' ]"]]) {
  assert.throws(() => tls.createSecureContext({ ciphers: value }), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_VALUE',
    message: `The property 'options.ciphers' is invalid. Received ${received}`,
  });
}

// The default list: the context is made and can be used.
for (const ciphers of ['', null, undefined]) {
  const context = tls.createSecureContext({ ciphers });
  assert.ok(context instanceof tls.SecureContext);
}
for (const [value, received] of [[false, 'type boolean (false)'], [0, 'type number (0)']]) {
  assert.throws(() => tls.createSecureContext({ ciphers: value }), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: `The "options.ciphers" property must be of type string. Received ${received}`,
  });
  tls.createServer({ ciphers: value });
}
tls.createServer({ ciphers: '' });

// sigalgs: null and undefined leave OpenSSL's default, a list OpenSSL refuses is Node's
// empty OpenSSL error.
tls.createSecureContext({ sigalgs: null });
tls.createSecureContext({ sigalgs: undefined });
for (const sigalgs of [':', 'RSA+SHA256:', 'NOPE+SHA256']) {
  assert.throws(() => tls.createSecureContext({ sigalgs }), (err) => {
    assert.strictEqual(err.constructor, Error);
    assert.strictEqual(err.message, 'error:00000000:lib(0)::reason(0)');
    return true;
  });
}
assert.throws(() => tls.createServer({ sigalgs: [] }), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.sigalgs" property must be of type string. Received an instance of Array',
});
