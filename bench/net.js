'use strict';
// TCP echo benchmark: an echo server and 50 client connections in one process.
//   node net.js bulk    each client writes 64 KiB buffers for a fixed time; prints MB/s echoed
//   node net.js small   each client keeps 10 100-byte messages in flight; prints messages/s
// Prints one number (the rate) on stdout; PER_CPU=1: per CPU-second instead.
const net = require('net');

const mode = process.argv[2] || 'bulk';
const CONNECTIONS = 50;
const DURATION = Number(process.env.DURATION_MS || 2000);

const server = net.createServer((socket) => {
  socket.on('data', (chunk) => {
    if (!socket.write(chunk)) {
      socket.pause();
      socket.once('drain', () => socket.resume());
    }
  });
  socket.on('error', () => {});
});

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  let received = 0;
  let stop = false;
  const clients = [];
  const start = process.hrtime.bigint();
  const big = Buffer.alloc(64 * 1024, 'x');
  const small = Buffer.alloc(100, 'y');
  for (let i = 0; i < CONNECTIONS; i++) {
    const c = net.connect(port, '127.0.0.1');
    c.setNoDelay(true);
    c.on('error', () => {});
    clients.push(c);
    if (mode === 'bulk') {
      const pump = () => {
        while (!stop && c.write(big));
      };
      c.on('connect', pump);
      c.on('drain', pump);
      c.on('data', (d) => { received += d.length; });
    } else {
      let pending = 0;
      c.on('connect', () => {
        for (let k = 0; k < 10; k++) c.write(small);
      });
      c.on('data', (d) => {
        received += d.length;
        pending += d.length;
        while (pending >= 100) {
          pending -= 100;
          if (!stop) c.write(small);
        }
      });
    }
  }
  setTimeout(() => {
    stop = true;
    // PER_CPU=1: the rate per second of CPU time (user + system, all threads, start-up
    // included) instead of per second of wall time, steadier on a shared machine.
    const { user, system } = process.cpuUsage();
    const seconds = process.env.PER_CPU ? (user + system) / 1e6 :
      Number(process.hrtime.bigint() - start) / 1e9;
    if (mode === 'bulk') console.log((received / seconds / 1e6).toFixed(1));
    else console.log(Math.round(received / 100 / seconds));
    for (const c of clients) c.destroy();
    server.close();
  }, DURATION);
});
