'use strict';
// A first look at Lode: timers and the event loop's ordering, a file read, and an HTTP
// round trip — a server and a client in one process.

const started = process.hrtime.bigint();
console.log(`Hello from Lode ${process.versions.lode}, speaking Node ${process.version}`);

setTimeout(() => {
  console.log('3. a timer fired after 10 ms');
  readAndFetch();
}, 10);
setImmediate(() => console.log('2. setImmediate ran after the first turn of the loop'));
process.nextTick(() => console.log('1. nextTick ran before anything else'));
Promise.resolve().then(() => console.log('1b. then the promise microtasks'));

// Then a file read, and an HTTP server that answers our own request.
function readAndFetch() {
  const fs = require('fs');
  const http = require('http');
  const text = fs.readFileSync(__filename, 'utf8');
  console.log(`4. read this file: ${text.split('\n').length} lines`);

  const server = http.createServer((req, res) => {
    res.setHeader('content-type', 'text/plain');
    res.end(`you asked for ${req.url}\n`);
  });
  server.listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    http.get(`http://127.0.0.1:${port}/hello`, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => { body += chunk; });
      res.on('end', () => {
        console.log(`5. HTTP ${res.statusCode} from our own server: ${body.trim()}`);
        server.close();
      });
    });
  });
}

process.on('exit', (code) => {
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  console.log(`exiting with code ${code} after ${ms.toFixed(1)} ms`);
});
