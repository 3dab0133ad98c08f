'use strict';
// node:https — HTTP over TLS: the http server, client and agent (lib/_http_*.js) with
// tls.Server and tls.connect underneath. The agent keys its pools by the TLS options too
// and keeps the latest session per host to resume the next connection.

const tls = require('tls');
const { Agent: HttpAgent } = require('_http_agent');
const { ClientRequest } = require('_http_client');
const {
  Server: HttpServer, _connectionListener, kConnections, setupConnectionsTracking,
  storeHTTPOptions, serverOptions,
} = require('_http_server');
const { validateInteger } = require('internal/validators');

// ---- Server ----

class Server extends tls.Server {
  constructor(options, requestListener) {
    if (typeof options === 'function') requestListener = options;
    options = serverOptions(options);
    const tlsOptions = { ...options };
    if (!tlsOptions.ALPNProtocols) tlsOptions.ALPNProtocols = ['http/1.1'];
    super(tlsOptions);
    storeHTTPOptions.call(this, options);
    this.highWaterMark = options.highWaterMark;
    if (requestListener) this.on('request', requestListener);
    this.httpAllowHalfOpen = false;
    this.on('secureConnection', _connectionListener);
    this.on('listening', setupConnectionsTracking);
    this.on('tlsClientError', onTlsClientError);
    this.timeout = 0;
    this.maxHeadersCount = null;
    this.maxRequestsPerSocket = 0;
    this[kConnections] = new Set();
    const interval = options.connectionsCheckingInterval ?? 30_000;
    validateInteger(interval, 'connectionsCheckingInterval', 0);
    this.connectionsCheckingInterval = interval;
  }
}

// A failed handshake is the server's 'tlsClientError'; without listeners of its own it
// only closes the socket (as Node's default does).
function onTlsClientError(err, socket) {
  if (this.listenerCount('tlsClientError') === 1) socket.destroy();
}

for (const name of ['close', 'closeAllConnections', 'closeIdleConnections', 'setTimeout']) {
  Server.prototype[name] = HttpServer.prototype[name];
}
Server.prototype[Symbol.asyncDispose] = HttpServer.prototype[Symbol.asyncDispose];

function createServer(options, requestListener) {
  return new Server(options, requestListener);
}

// ---- Agent ----

function Agent(options) {
  if (!new.target) return new Agent(options);
  // http.Agent is a function that constructs itself when called without new.
  const self = Reflect.construct(HttpAgent, [options], new.target);
  self.defaultPort = 443;
  self.protocol = 'https:';
  self.maxCachedSessions = self.options.maxCachedSessions ?? 100;
  self._sessionCache = { map: { __proto__: null }, list: [] };
  return self;
}
Object.setPrototypeOf(Agent.prototype, HttpAgent.prototype);
Object.setPrototypeOf(Agent, HttpAgent);

Agent.prototype.createConnection = function createConnection(port, host, options) {
  if (port !== null && typeof port === 'object') {
    options = port;
  } else if (host !== null && typeof host === 'object') {
    options = { ...host, port };
  } else if (options === null || typeof options !== 'object') {
    options = { port, host };
  } else {
    options = { ...options, port, host };
  }
  options = { ...options };
  if (typeof port === 'number') options.port = port;
  if (typeof host === 'string') options.host = host;
  const name = this.getName(options);
  const session = this._getSession(name);
  if (session && !options.session) options.session = session;
  const socket = tls.connect(options);
  if (this.maxCachedSessions !== 0) {
    socket.on('session', (s) => this._cacheSession(name, s));
    socket.once('close', (hadError) => {
      if (hadError && this._sessionCache.map[name] === session) this._evictSession(name);
    });
  }
  return socket;
};

const kNameOptions = [
  'ca', 'cert', 'clientCertEngine', 'ciphers', 'key', 'pfx', 'rejectUnauthorized',
  'servername', 'minVersion', 'maxVersion', 'secureProtocol', 'crl', 'honorCipherOrder',
  'ecdhCurve', 'dhparam', 'secureOptions', 'sessionIdContext', 'sigalgs', 'privateKeyIdentifier',
  'privateKeyEngine',
];

Agent.prototype.getName = function getName(options = {}) {
  let name = HttpAgent.prototype.getName.call(this, options);
  for (const key of kNameOptions) {
    name += ':';
    const v = options[key];
    if (v !== undefined && v !== null) name += v;
  }
  return name;
};

Agent.prototype._getSession = function _getSession(key) {
  return this._sessionCache.map[key];
};

Agent.prototype._cacheSession = function _cacheSession(key, session) {
  if (this.maxCachedSessions === 0) return;
  const cache = this._sessionCache;
  if (cache.map[key]) {
    cache.map[key] = session;
    return;
  }
  if (cache.list.length >= this.maxCachedSessions) {
    const oldKey = cache.list.shift();
    delete cache.map[oldKey];
  }
  cache.list.push(key);
  cache.map[key] = session;
};

Agent.prototype._evictSession = function _evictSession(key) {
  const cache = this._sessionCache;
  const i = cache.list.indexOf(key);
  if (i !== -1) cache.list.splice(i, 1);
  delete cache.map[key];
};

let globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

// ---- request / get ----

function request(...args) {
  let options = {};
  if (typeof args[0] === 'string' || args[0] instanceof URL) {
    const { urlToHttpOptions } = require('internal/url');
    const url = typeof args[0] === 'string' ? new URL(args.shift()) : args.shift();
    options = urlToHttpOptions(url);
  }
  if (args[0] && typeof args[0] === 'object') options = { ...options, ...args.shift() };
  options._defaultAgent = module.exports.globalAgent;
  args.unshift(options);
  return new ClientRequest(...args);
}

function get(...args) {
  const req = request(...args);
  req.end();
  return req;
}

module.exports = {
  Agent,
  Server,
  createServer,
  get,
  request,
};

Object.defineProperty(module.exports, 'globalAgent', {
  __proto__: null,
  get() { return globalAgent; },
  set(value) { globalAgent = value; },
  enumerable: true,
  configurable: true,
});
