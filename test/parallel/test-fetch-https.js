'use strict';
// fetch() over https: with Lode's https client and agent: the server's certificate is
// trusted through NODE_EXTRA_CA_CERTS (read at start-up, so the fetching runs in a child
// process), and without it the fetch fails with the TLS error as cause (or succeeds with
// NODE_TLS_REJECT_UNAUTHORIZED=0).
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const https = require('https');
const { execFile } = require('child_process');

const fixture = (name) => path.join(__dirname, '../fixtures/tls', name);

if (process.argv[2] === 'child') {
  const url = process.argv[3];
  (async () => {
    try {
      const first = await fetch(url, { method: 'POST', body: 'over tls' });
      const text = await first.text();
      const second = await fetch(`${url}again`);
      console.log(JSON.stringify({
        status: first.status, text, again: await second.text(), url: second.url,
      }));
    } catch (err) {
      console.log(JSON.stringify({ error: err.message, cause: err.cause?.code ?? err.cause?.message }));
    }
  })();
  return;
}

const connections = new Set();
const server = https.createServer({
  key: fs.readFileSync(fixture('server-key.pem')),
  cert: fs.readFileSync(fixture('server-cert.pem')),
}, (req, res) => {
  connections.add(req.socket);
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (chunk) => { body += chunk; });
  req.on('end', () => res.end(`${req.method} ${req.url} ${body}`));
});

function runChild(url, env) {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [__filename, 'child', url], { env }, (err, stdout, stderr) => {
      if (err) reject(new Error(`${err.message}\n${stderr}`));
      else resolve(JSON.parse(stdout));
    });
  });
}

server.listen(0, '127.0.0.1', common.mustCall(async () => {
  const { port } = server.address();
  const env = { ...process.env };
  delete env.NODE_EXTRA_CA_CERTS;

  // Trusted through NODE_EXTRA_CA_CERTS, by name and by IP address.
  for (const host of ['localhost', '127.0.0.1']) {
    const url = `https://${host}:${port}/`;
    const result = await runChild(url, { ...env, NODE_EXTRA_CA_CERTS: fixture('ca-cert.pem') });
    assert.deepStrictEqual(result, {
      status: 200, text: 'POST / over tls', again: 'GET /again ', url: `${url}again`,
    });
  }
  assert(connections.size >= 2);

  // Untrusted: a network error whose cause is the certificate error.
  const failed = await runChild(`https://localhost:${port}/`, env);
  assert.strictEqual(failed.error, 'fetch failed');
  assert.match(String(failed.cause), /CERT|SIGNATURE|ISSUER|certificate/i);
  // ...unless verification is turned off for the process.
  const unchecked = await runChild(`https://localhost:${port}/`,
                                   { ...env, NODE_TLS_REJECT_UNAUTHORIZED: '0' });
  assert.strictEqual(unchecked.text, 'POST / over tls');
  server.close();
}));
