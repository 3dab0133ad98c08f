'use strict';
// node:http — HTTP/1.1 server and client over net (or any Duplex), parsed by llhttp.

const { methods, setMaxIdleHTTPParsers } = require('_http_common');
const { IncomingMessage } = require('_http_incoming');
const { OutgoingMessage, validateHeaderName, validateHeaderValue } = require('_http_outgoing');
const { STATUS_CODES, Server, ServerResponse } = require('_http_server');
const { stubMembers } = require('internal/stub');

function createServer(options, requestListener) {
  return new Server(options, requestListener);
}

// The client half (_http_client, _http_agent, ~30 KB of code) loads on first use: a server
// need not parse it at start-up.
let client;
function lazyClient() {
  client ??= require('_http_client');
  return client;
}

function request(url, options, cb) {
  return new (lazyClient().ClientRequest)(url, options, cb);
}

function get(url, options, cb) {
  const req = request(url, options, cb);
  req.end();
  return req;
}

const http = {
  Agent: undefined, // accessors below (lazy), in Node's key order
  ClientRequest: undefined,
  IncomingMessage,
  METHODS: methods.slice(),
  OutgoingMessage,
  STATUS_CODES,
  Server,
  ServerResponse,
  createServer,
  get,
  globalAgent: undefined,
  maxHeaderSize: 16 * 1024,
  request,
  setMaxIdleHTTPParsers,
  validateHeaderName,
  validateHeaderValue,
};

// --max-http-header-size=N sets the default limit.
for (const arg of process.execArgv) {
  const m = /^--max-http-header-size[= ](\d+)$/.exec(arg);
  if (m) http.maxHeaderSize = Number(m[1]);
}

// Plain values once read or set, as in Node (where they are data properties).
function lazyMember(name, load) {
  Object.defineProperty(http, name, {
    get() {
      const value = load();
      Object.defineProperty(http, name, { value, writable: true, enumerable: true,
        configurable: true });
      return value;
    },
    set(value) {
      Object.defineProperty(http, name, { value, writable: true, enumerable: true,
        configurable: true });
    },
    enumerable: true,
    configurable: true,
  });
}
lazyMember('Agent', () => require('_http_agent').Agent);
lazyMember('ClientRequest', () => lazyClient().ClientRequest);
// The WebSocket client and its events are globals too (from undici in Node).
for (const name of ['CloseEvent', 'MessageEvent', 'WebSocket']) {
  lazyMember(name, () => require('internal/websocket')[name]);
}

Object.defineProperty(http, 'globalAgent', {
  get() { return require('_http_agent').globalAgent; },
  set(value) { require('_http_agent').globalAgent = value; },
  enumerable: true,
  configurable: true,
});

module.exports = stubMembers(http, 'http', {
  functions: ['setGlobalProxyFromEnv'],
});
