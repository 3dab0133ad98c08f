'use strict';
// The global WebSocket over TLS (wss:), against a small server written here on
// https.createServer().on('upgrade'). The server's certificate is trusted through
// NODE_EXTRA_CA_CERTS (read at start-up), so the client runs in a child process.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const https = require('https');
const crypto = require('crypto');
const { execFile } = require('child_process');

const fixture = (name) => path.join(__dirname, '../fixtures/tls', name);

if (process.argv[2] === 'child') {
  const ws = new WebSocket(process.argv[3]);
  const events = [];
  ws.onopen = () => { events.push('open'); ws.send('ping over tls'); };
  ws.onmessage = (e) => { events.push(`message:${e.data}`); ws.close(1000, 'done'); };
  ws.onerror = () => events.push('error');
  ws.onclose = (e) => {
    events.push(`close:${e.code}:${e.reason}:${e.wasClean}`);
    console.log(JSON.stringify(events));
  };
  return;
}

const server = https.createServer({
  key: fs.readFileSync(fixture('server-key.pem')),
  cert: fs.readFileSync(fixture('server-cert.pem')),
}, common.mustNotCall());
server.on('upgrade', common.mustCall((req, socket) => {
  const accept = crypto.createHash('sha1')
    .update(`${req.headers['sec-websocket-key']}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`)
    .digest('base64');
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n' +
    `Connection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);
  let buf = Buffer.alloc(0);
  socket.on('data', (chunk) => {
    buf = Buffer.concat([buf, chunk]);
    while (buf.length >= 6 && buf.length >= 6 + (buf[1] & 0x7f)) {
      const len = buf[1] & 0x7f; // small frames only in this test
      const opcode = buf[0] & 0x0f;
      const payload = Buffer.from(buf.subarray(6, 6 + len).map((b, i) => b ^ buf[2 + (i & 3)]));
      buf = buf.subarray(6 + len);
      if (opcode === 0x1) {
        socket.write(Buffer.concat([Buffer.from([0x81, payload.length + 5]),
          Buffer.from(`echo ${payload}`)]));
      } else if (opcode === 0x8) {
        socket.end(Buffer.concat([Buffer.from([0x88, payload.length]), payload]));
      }
    }
  });
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const env = { ...process.env, NODE_EXTRA_CA_CERTS: fixture('ca-cert.pem') };
  const url = `wss://localhost:${server.address().port}/`;
  execFile(process.execPath, [__filename, 'child', url], { env },
    common.mustSucceed((stdout) => {
      assert.deepStrictEqual(JSON.parse(stdout),
        ['open', 'message:echo ping over tls', 'close:1000:done:true']);
      server.close();
    }));
}));
