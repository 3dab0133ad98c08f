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

// EXIT_AFTER=n (bench/http-cpu.sh): exit once the n-th response is finished.
const exitAfter = Number(process.env.EXIT_AFTER || 0);
let served = 0;
const handler = !exitAfter ? handlers[kind] : (req, res) => {
  if (++served === exitAfter) res.on('finish', () => process.exit(0));
  handlers[kind](req, res);
};

http.createServer(handler).listen(port, '127.0.0.1', () => {
  if (process.send) process.send('ready');
  else console.log('ready');
});
