'use strict';
// TLS 1.3 benchmark: a server and clients in one process, EC P-256 certificate.
//   node tls.js handshake   sequential-ish: 8 clients connect, handshake, close, repeat;
//                           prints full handshakes/s
//   node tls.js bulk        4 connections, client writes 64 KiB buffers, server counts;
//                           prints MB/s of plaintext through TLS
//   node tls.js https PORT  an https hello-world server for wrk (bench/tls.sh), until killed
const tls = require('tls');
const fs = require('fs');
const path = require('path');

const mode = process.argv[2] || 'handshake';
const DURATION = Number(process.env.DURATION_MS || 2000);
const fixture = (n) => fs.readFileSync(path.join(__dirname, '../test/fixtures/tls', n));
const ca = fixture('ca-cert.pem');
const serverOptions = { key: fixture('server-key.pem'), cert: fixture('server-cert.pem') };

// EXIT_AFTER=n (bench/tls.sh cpu): exit once the n-th response is finished.
function httpsServer(port) {
  const exitAfter = Number(process.env.EXIT_AFTER || 0);
  let served = 0;
  require('https').createServer(serverOptions, (req, res) => {
    if (++served === exitAfter) res.on('finish', () => process.exit(0));
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end('hello world\n');
  }).listen(port, '127.0.0.1');
}

function inProcess() {
  let received = 0;
  const server = tls.createServer({ ...serverOptions, minVersion: 'TLSv1.3' }, (s) => {
    s.on('data', (d) => { received += d.length; });
    s.on('error', () => {});
    if (mode === 'handshake') s.end();
  });

  server.listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    const start = process.hrtime.bigint();
    let stop = false;
    let handshakes = 0;
    const finish = () => {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      if (mode === 'handshake') console.log((handshakes / seconds).toFixed(0));
      else console.log((received / seconds / 1e6).toFixed(1));
      process.exit(0);
    };
    setTimeout(() => { stop = true; finish(); }, DURATION);
    if (mode === 'handshake') {
      const one = () => {
        if (stop) return;
        const c = tls.connect({ port, host: '127.0.0.1', servername: 'localhost', ca }, () => {
          handshakes++;
          c.destroy();
          one();
        });
        c.on('error', () => {});
      };
      for (let i = 0; i < 8; i++) one();
    } else {
      const big = Buffer.alloc(64 * 1024, 'x');
      for (let i = 0; i < 4; i++) {
        const c = tls.connect({ port, host: '127.0.0.1', servername: 'localhost', ca }, () => {
          const pump = () => { while (!stop && c.write(big)); };
          c.on('drain', pump);
          pump();
        });
        c.on('error', () => {});
      }
    }
  });
}

if (mode === 'https') httpsServer(Number(process.argv[3]));
else inProcess();
