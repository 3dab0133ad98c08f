'use strict';
// node:_http_outgoing (internal, exposed by Node): http.OutgoingMessage and the header
// validators — not implemented yet (see internal/stub.js).

const { stubMembers } = require('internal/stub');

module.exports = stubMembers({}, 'http', {
  classes: ['OutgoingMessage'],
  functions: ['validateHeaderName', 'validateHeaderValue'],
});
