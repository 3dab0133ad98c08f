'use strict';
// node:_http_client (internal, exposed by Node): http.ClientRequest — not implemented
// yet (see internal/stub.js).

const { stubMembers } = require('internal/stub');

module.exports = stubMembers({}, 'http', { classes: ['ClientRequest'] });
