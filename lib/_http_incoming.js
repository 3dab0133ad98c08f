'use strict';
// node:_http_incoming (internal, exposed by Node): http.IncomingMessage — not
// implemented yet (see internal/stub.js).

const { stubMembers } = require('internal/stub');

module.exports = stubMembers({}, 'http', { classes: ['IncomingMessage'] });
