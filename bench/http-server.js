'use strict';
// The servers that bench/http.sh drives with wrk: `node http-server.js <kind> <port>`.
// hello: Content-Type + a 12-byte body; json: parse a JSON body, answer JSON;
// stream: 1 MiB in 64 KiB chunks, written with backpressure.
const http = require('http');

const kind = process.argv[2] || 'hello';
const port = Number(process.argv[3] || 8080);
const chunk = Buffer.alloc(64 * 1024, 'x');

const handlers = {
  hello(req, res) {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end('hello world\n');
  },
  json(req, res) {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (d) => { body += d; });
    req.on('end', () => {
      const data = JSON.parse(body);
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ ok: true, n: data.items.length, id: data.id }));
    });
  },
  stream(req, res) {
    res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
    let left = 16;
    const write = () => {
      while (left > 0) {
        left--;
        if (left === 0) { res.end(chunk); return; }
        if (!res.write(chunk)) { res.once('drain', write); return; }
      }
    };
    write();
  },
};

// EXIT_AFTER=n (bench/http-cpu.sh): exit once the n-th response is finished. With
// CPU_MARK=m (< n) too, print the process's CPU time (µs, all threads) as
// `cpu <user> <system>` on stderr once the m-th response is finished and again at the
// exit: the difference is the warmed-up cost of the last n - m requests.
const exitAfter = Number(process.env.EXIT_AFTER || 0);
const cpuMark = Number(process.env.CPU_MARK || 0);
let served = 0;
function printCpu() {
  const { user, system } = process.cpuUsage();
  process.stderr.write(`cpu ${user} ${system}\n`);
}
const handler = !exitAfter ? handlers[kind] : (req, res) => {
  ++served;
  if (served === cpuMark) res.on('finish', printCpu);
  if (served === exitAfter) {
    res.on('finish', () => {
      if (cpuMark) printCpu();
      process.exit(0);
    });
  }
  handlers[kind](req, res);
};

http.createServer(handler).listen(port, '127.0.0.1', () => {
  if (process.send) process.send('ready');
  else console.log('ready');
});
