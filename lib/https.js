'use strict';
// node:https — not implemented yet (see internal/stub.js). globalAgent is an Agent
// object that nothing can use yet.

const { stubMembers } = require('internal/stub');

const https = stubMembers({}, 'https', {
  classes: ['Agent', 'Server'],
  functions: ['createServer', 'get', 'request'],
});
https.globalAgent = Object.create(https.Agent.prototype);

module.exports = https;
