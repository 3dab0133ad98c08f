'use strict';
// node:http — not implemented yet (see internal/stub.js). Real: METHODS, STATUS_CODES,
// maxHeaderSize (the default limit).

const { stubMembers, recordStubs, kStubs } = require('internal/stub');
const { Agent, globalAgent } = require('_http_agent');
const { ClientRequest } = require('_http_client');
const { methods } = require('_http_common');
const { IncomingMessage } = require('_http_incoming');
const { OutgoingMessage, validateHeaderName, validateHeaderValue } = require('_http_outgoing');
const { STATUS_CODES, Server, ServerResponse } = require('_http_server');

const http = {
  Agent,
  ClientRequest,
  IncomingMessage,
  METHODS: methods.slice(),
  OutgoingMessage,
  STATUS_CODES,
  Server,
  ServerResponse,
  globalAgent,
  maxHeaderSize: 16 * 1024,
  validateHeaderName,
  validateHeaderValue,
};
for (const id of ['_http_agent', '_http_client', '_http_incoming', '_http_outgoing',
  '_http_server']) {
  recordStubs(http, require(id)[kStubs]);
}

module.exports = stubMembers(http, 'http', {
  // The WebSocket client and its events are globals too (from undici in Node).
  classes: ['CloseEvent', 'MessageEvent', 'WebSocket'],
  functions: ['createServer', 'get', 'request', 'setGlobalProxyFromEnv',
    'setMaxIdleHTTPParsers'],
});
