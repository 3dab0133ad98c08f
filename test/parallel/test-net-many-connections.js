'use strict';
// 200 clients connect at once; each sends a line and gets it back. getConnections counts
// them, and the server's close callback runs after the last one is gone.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const N = 200;
let open = 0;
const server = net.createServer((socket) => {
  open++;
  socket.setEncoding('utf8');
  socket.on('data', (d) => socket.write(d.toUpperCase()));
  socket.on('end', () => socket.end());
});
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  let done = 0;
  for (let i = 0; i < N; i++) {
    const c = net.connect(port, '127.0.0.1');
    c.setEncoding('utf8');
    let got = '';
    c.on('connect', () => c.write(`hello ${i}`));
    c.on('data', (d) => {
      got += d;
      if (got === `HELLO ${i}`) c.end();
    });
    c.on('close', common.mustCall(() => {
      assert.strictEqual(got, `HELLO ${i}`);
      if (++done === N) {
        server.getConnections(common.mustSucceed((count) => {
          assert(count >= 0 && count <= N);
          server.close(common.mustCall(() => assert.strictEqual(open, N)));
        }));
      }
    }));
  }
}));
