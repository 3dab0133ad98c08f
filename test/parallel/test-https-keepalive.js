'use strict';
// https: GET and POST round trips through a keep-alive Agent reuse one TLS connection;
// https.get with a URL; the server is an http server on tls.Server.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const https = require('https');
const tls = require('tls');

const fixture = (name) => fs.readFileSync(path.join(__dirname, '../fixtures/tls', name));
const ca = fixture('ca-cert.pem');

assert.strictEqual(https.globalAgent.defaultPort, 443);
assert.strictEqual(https.globalAgent.protocol, 'https:');
assert(https.globalAgent instanceof https.Agent);
assert(new https.Agent() instanceof require('http').Agent);

const sockets = new Set();
const server = https.createServer({
  key: fixture('server-key.pem'), cert: fixture('server-cert.pem'),
}, common.mustCall((req, res) => {
  assert(req.socket instanceof tls.TLSSocket);
  assert.strictEqual(req.socket.alpnProtocol, false);
  sockets.add(req.socket);
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    res.setHeader('content-type', 'text/plain');
    res.end(`${req.method} ${req.url} ${body.length}`);
  });
}, 5));
assert(server instanceof tls.Server);

function request(options, body) {
  return new Promise((resolve, reject) => {
    const req = https.request(options, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { data += d; });
      res.on('end', () => resolve({ status: res.statusCode, data, reused: req.reusedSocket }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

server.listen(0, common.mustCall(async () => {
  const port = server.address().port;
  const agent = new https.Agent({ keepAlive: true, maxSockets: 1, ca });
  const big = 'y'.repeat(200000);
  assert.deepStrictEqual(await request({ port, agent, path: '/a' }),
    { status: 200, data: 'GET /a 0', reused: false });
  assert.deepStrictEqual(await request({ port, agent, method: 'POST', path: '/b' }, big),
    { status: 200, data: `POST /b ${big.length}`, reused: true });
  assert.deepStrictEqual(await request({ port, agent, method: 'PUT', path: '/c' }, 'z'),
    { status: 200, data: 'PUT /c 1', reused: true });
  assert.strictEqual(sockets.size, 1);

  await new Promise((resolve) => {
    https.get(`https://localhost:${port}/d?q=1`, { ca }, common.mustCall((res) => {
      assert.strictEqual(res.headers['content-type'], 'text/plain');
      res.resume();
      res.on('end', resolve);
    }));
  });

  // Verification applies to https as to tls.
  await assert.rejects(request({ port, agent: false }), {
    code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  });
  await assert.rejects(request({ port, agent: false, ca, host: '127.0.0.1',
    servername: 'wrong.test' }), { code: 'ERR_TLS_CERT_ALTNAME_INVALID' });
  assert.deepStrictEqual(await request({ port, agent: false, rejectUnauthorized: false,
    path: '/e' }), { status: 200, data: 'GET /e 0', reused: false });
  agent.destroy();
  https.globalAgent.destroy();
  server.close();
}));
