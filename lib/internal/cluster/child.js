'use strict';
// node:cluster in a worker. _setupWorker (called at start-up when NODE_UNIQUE_ID is set)
// makes cluster.worker and says 'online'; net.Server.listen() then asks the primary for
// its listening handle through state.getServer: either the shared socket itself
// (SCHED_NONE) or a stand-in handle the primary feeds with accepted connections (SCHED_RR).

const EventEmitter = require('events');
const Worker = require('internal/cluster/worker');
const state = require('internal/cluster/state');
const { sendHelper, internal } = require('internal/cluster/utils');
const { kOwner } = require('internal/stream_base_commons');

const cluster = new EventEmitter();
const handles = new Map(); // key → the listening handle (or stand-in) of a server
const indexes = new Map(); // address:port:family:fd → servers listened on it so far

cluster.isWorker = true;
cluster.isMaster = false;
cluster.isPrimary = false;
cluster.worker = null;
cluster.Worker = Worker;

function send(message, cb) {
  return sendHelper(process, message, null, cb);
}

cluster._setupWorker = function _setupWorker() {
  const worker = new Worker({
    id: +process.env.NODE_UNIQUE_ID | 0,
    process,
    state: 'none',
  });
  cluster.worker = worker;
  delete process.env.NODE_UNIQUE_ID;

  worker.disconnect = function disconnect() {
    if (this.state !== 'disconnecting' && this.state !== 'destroying') {
      this.state = 'disconnecting';
      closeAndDisconnect(this, false);
    }
    return this;
  };

  worker.destroy = function destroy() {
    if (this.state === 'destroying') return;
    this.exitedAfterDisconnect = true;
    if (!this.isConnected()) {
      process.exit(0);
    } else {
      this.state = 'destroying';
      send({ act: 'exitedAfterDisconnect' }, disconnectChannel);
      process.once('disconnect', () => process.exit(0));
    }
  };

  process.once('disconnect', () => {
    worker.emit('disconnect');
    // The primary went away (or closed the channel) without asking: nothing can reach
    // this worker any more, so it stops, as in Node.
    if (!worker.exitedAfterDisconnect) process.exit(0);
  });

  process.on('internalMessage', internal(worker, (message, handle) => {
    if (message.act === 'newconn') onconnection(message, handle);
    else if (message.act === 'disconnect') closeAndDisconnect(worker, true);
  }));

  state.getServer = getServer;
  send({ act: 'online' });
};

// Asks the primary for the handle of a server listening on query's address; calls
// cb(errno, handle) with the handle to put under the server.
function getServer(server, query, cb) {
  const { address, port, addressType, fd } = query;
  const indexesKey = `${address}:${port}:${addressType}:${fd}`;
  const index = indexes.get(indexesKey) ?? 0;
  indexes.set(indexesKey, index + 1);
  const message = {
    act: 'queryServer',
    index,
    address,
    port,
    addressType,
    fd,
    flags: query.flags,
    backlog: query.backlog,
  };
  send(message, (reply, handle) => {
    if (reply.errno) {
      forgetIndex(indexesKey);
      cb(reply.errno, null);
    } else if (handle) {
      shared(reply, handle, indexesKey, cb);
    } else {
      roundRobin(reply, indexesKey, cb);
    }
  });
  server.once('listening', () => {
    // A server closed before it was ready has nothing to report.
    if (!indexes.has(indexesKey)) return;
    if (cluster.worker.state !== 'disconnecting') cluster.worker.state = 'listening';
    const bound = server.address();
    send({
      act: 'listening',
      address,
      port: bound?.port || port,
      addressType,
      fd,
    });
  });
}

function forgetIndex(indexesKey) {
  const n = indexes.get(indexesKey);
  if (n === undefined) return;
  if (n <= 1) indexes.delete(indexesKey);
  else indexes.set(indexesKey, n - 1);
}

// SCHED_NONE: the server listens on the primary's socket itself; closing it tells the
// primary this worker no longer uses it.
function shared(reply, handle, indexesKey, cb) {
  const { key } = reply;
  const close = handle.close;
  handle.close = function(...args) {
    send({ act: 'close', key });
    handles.delete(key);
    forgetIndex(indexesKey);
    return close.apply(this, args);
  };
  handles.set(key, handle);
  cb(0, handle);
}

// SCHED_RR: the server gets a stand-in handle; connections arrive as 'newconn' messages
// and go to its onconnection as if accepted here.
function roundRobin(reply, indexesKey, cb) {
  const { key, sockname } = reply;
  const handle = {
    onconnection: null,
    listen() {
      return 0;
    },
    close(callback) {
      handles.delete(key);
      forgetIndex(indexesKey);
      send({ act: 'close', key }, () => {
        if (typeof callback === 'function') callback();
      });
    },
    ref() {},
    unref() {},
    hasRef() {
      return false;
    },
  };
  if (sockname) {
    handle.getsockname = function getsockname(out) {
      Object.assign(out, sockname);
      return 0;
    };
  }
  handles.set(key, handle);
  cb(0, handle);
}

function onconnection(message, handle) {
  const server = handles.get(message.key);
  let accepted = server !== undefined;
  const owner = server?.[kOwner];
  if (accepted && owner && owner.maxConnections != null &&
      owner._connections >= owner.maxConnections) {
    accepted = false;
  }
  send({ ack: message.seq, accepted });
  if (accepted) server.onconnection(0, handle);
  else handle?.close();
}

function disconnectChannel() {
  if (process.connected) process.disconnect();
}

// Closes every server of this worker (waiting for their connections to end), then the
// channel; a disconnect this worker started first tells the primary it was intended.
function closeAndDisconnect(worker, primaryInitiated) {
  worker.exitedAfterDisconnect = true;
  let waiting = 1;
  const checkWaiting = () => {
    if (--waiting !== 0) return;
    if (primaryInitiated) disconnectChannel();
    else send({ act: 'exitedAfterDisconnect' }, disconnectChannel);
  };
  for (const handle of handles.values()) {
    waiting++;
    const owner = handle[kOwner];
    if (owner) owner.close(checkWaiting);
    else handle.close(checkWaiting);
  }
  handles.clear();
  checkWaiting();
}

module.exports = cluster;
