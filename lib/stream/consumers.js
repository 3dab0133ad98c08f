'use strict';
// node:stream/consumers — not implemented yet (see internal/stub.js).

const { stubMembers } = require('internal/stub');

module.exports = stubMembers({}, 'stream/consumers', {
  functions: ['arrayBuffer', 'blob', 'buffer', 'bytes', 'json', 'text'],
});
