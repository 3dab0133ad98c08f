'use strict';
// The server bench/cluster.sh drives with wrk: `cluster.js <workers> <port>`, an HTTP
// hello world served by <workers> cluster workers sharing the port (round-robin, the
// default), or by this one process when <workers> is 0. Prints 'ready' once every worker
// listens; SIGTERM stops the primary and its workers.
const cluster = require('cluster');
const http = require('http');

const workers = Number(process.argv[2] ?? 2);
const port = Number(process.argv[3] || 8080);

function serve(onListening) {
  http.createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end('hello world\n');
  }).listen(port, '127.0.0.1', onListening);
}

if (workers === 0) {
  serve(() => console.log('ready'));
} else if (cluster.isPrimary) {
  let listening = 0;
  cluster.on('listening', () => {
    if (++listening === workers) console.log('ready');
  });
  for (let i = 0; i < workers; i++) cluster.fork();
  process.on('SIGTERM', () => {
    for (const worker of Object.values(cluster.workers)) worker.process.kill('SIGKILL');
    process.exit(0);
  });
} else {
  serve();
}
