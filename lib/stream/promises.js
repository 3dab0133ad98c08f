'use strict';
// node:stream/promises — not implemented yet (see internal/stub.js).

const { stubMembers } = require('internal/stub');

module.exports = stubMembers({}, 'stream/promises', { functions: ['finished', 'pipeline'] });
