'use strict';
// module.findPackageJSON(): a base that is not a string or URL is ERR_INVALID_ARG_TYPE, a
// relative one ERR_INVALID_URL; without a base a bare name fails to resolve
// (ERR_INVALID_URL) and a path cannot be resolved (ERR_UNSUPPORTED_RESOLVE_REQUEST); a package
// that is not installed is ERR_MODULE_NOT_FOUND.
require('../common');
const assert = require('assert');
const { findPackageJSON } = require('module');

assert.throws(() => findPackageJSON('./x', 1), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "base" argument must be of type string. Received type number (1)',
});
assert.throws(() => findPackageJSON('./x', 'relative'), {
  name: 'TypeError', code: 'ERR_INVALID_URL', message: 'Invalid URL',
});
assert.throws(() => findPackageJSON('some-package'), { code: 'ERR_INVALID_URL' });
assert.throws(() => findPackageJSON('/nonexistent/x.js'), {
  name: 'TypeError', code: 'ERR_UNSUPPORTED_RESOLVE_REQUEST',
  message: 'Failed to resolve module specifier "/nonexistent/x.js" from "data:": ' +
           'Invalid relative URL or base scheme is not hierarchical.',
});
assert.throws(() => findPackageJSON('lode-surely-not-installed', __filename), {
  code: 'ERR_MODULE_NOT_FOUND',
  message: `Cannot find package 'lode-surely-not-installed' imported from ${__filename}`,
});
