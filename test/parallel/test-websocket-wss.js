'use strict';
// The global WebSocket over TLS (wss:), against a small server written here on
// https.createServer().on('upgrade'). The server's certificate is trusted through
// NODE_EXTRA_CA_CERTS (read at start-up), so the client runs in a child process.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const https = require('https');
const { acceptKey, frame, frameReader } = require('../fixtures/websocket-frames');
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
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n' +
    `Connection: Upgrade\r\nSec-WebSocket-Accept: ${acceptKey(req)}\r\n\r\n`);
  socket.on('data', frameReader((opcode, payload) => {
    if (opcode === 0x1) {
      socket.write(frame(0x1, `echo ${payload}`));
    } else if (opcode === 0x8) {
      socket.end(frame(0x8, payload));
    }
  }));
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
