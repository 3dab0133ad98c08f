'use strict';
// Graceful restart with cluster: the primary runs one HTTP worker per core and, on SIGHUP
// (or every RESTART_EVERY_MS milliseconds when that is set), replaces them one at a time —
// a new worker must be listening before the old one is told to finish its requests and
// exit — so no request is dropped. SIGTERM/SIGINT stop everything the same gentle way.
//
//   lode examples/graceful-restart.js        then: kill -HUP <primary pid>
//   PORT=8080 RESTART_EVERY_MS=2000 lode examples/graceful-restart.js

const cluster = require('cluster');
const http = require('http');
const os = require('os');

const port = Number(process.env.PORT ?? 8000);

if (cluster.isPrimary) {
  const size = os.availableParallelism();
  let restarting = false;
  let stopping = false;

  // PORT=0 picks a free port, which all workers share.
  let boundPort = port;
  const startWorker = () => new Promise((resolve) => {
    const worker = cluster.fork();
    worker.once('listening', (address) => {
      boundPort = address.port;
      resolve(worker);
    });
  });

  // Stops routing connections to a worker, which then closes its servers, finishes the
  // requests it has and exits.
  // A worker already on its way out (a restart and a stop can meet) is only waited for.
  const retire = (worker) => new Promise((resolve) => {
    if (worker.isDead()) return resolve();
    worker.once('exit', resolve);
    if (worker.isConnected()) worker.disconnect();
  });

  const restartAll = async () => {
    if (restarting || stopping) return;
    restarting = true;
    for (const old of Object.values(cluster.workers)) {
      if (stopping) break;
      const fresh = await startWorker();
      console.log(`primary: worker ${fresh.id} (pid ${fresh.process.pid}) replaces ${old.id}`);
      await retire(old);
    }
    restarting = false;
  };

  const stopAll = async (signal) => {
    if (stopping) return;
    stopping = true;
    console.log(`primary: ${signal}, stopping the workers`);
    await Promise.all(Object.values(cluster.workers).map(retire));
    process.exit(0);
  };

  // A worker that dies unexpectedly is replaced at once.
  cluster.on('exit', (worker, code, signal) => {
    if (!worker.exitedAfterDisconnect && !stopping) {
      console.log(`primary: worker ${worker.id} died (${signal ?? code}), starting another`);
      startWorker();
    }
  });

  process.on('SIGHUP', restartAll);
  process.on('SIGTERM', () => stopAll('SIGTERM'));
  process.on('SIGINT', () => stopAll('SIGINT'));
  Promise.all(Array.from({ length: size }, startWorker)).then(() => {
    console.log(`primary ${process.pid}: ${size} workers on http://localhost:${boundPort}/ ` +
                '(SIGHUP restarts them one by one)');
    // Timed restarts begin once the first workers listen.
    const every = Number(process.env.RESTART_EVERY_MS);
    if (every > 0) setInterval(restartAll, every).unref();
  });
} else {
  const server = http.createServer((req, res) => {
    res.setHeader('content-type', 'text/plain');
    res.end(`hello from worker ${cluster.worker.id} (pid ${process.pid})\n`);
  });
  server.keepAliveTimeout = 1000;
  server.listen(port);
}
