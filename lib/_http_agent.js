'use strict';
// node:_http_agent (internal, exposed by Node): http.Agent — not implemented yet (see
// internal/stub.js). globalAgent is an Agent object that nothing can use yet.

const { stubMembers } = require('internal/stub');

const agent = stubMembers({}, 'http', { classes: ['Agent'] });
agent.globalAgent = Object.create(agent.Agent.prototype);

module.exports = agent;
