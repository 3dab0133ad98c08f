'use strict';
// node:string_decoder — not implemented yet (see internal/stub.js): it needs Buffer.

const { stubMembers } = require('internal/stub');

module.exports = stubMembers({}, 'string_decoder', { classes: ['StringDecoder'] });
