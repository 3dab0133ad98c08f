'use strict';
// node:sea — not implemented yet (see internal/stub.js). Real: isSea() is false, since
// Lode does not build single executable applications.

const { stubMembers } = require('internal/stub');

function isSea() {
  return false;
}

module.exports = stubMembers({ isSea }, 'sea', {
  functions: ['getAsset', 'getAssetAsBlob', 'getAssetKeys', 'getRawAsset'],
});
