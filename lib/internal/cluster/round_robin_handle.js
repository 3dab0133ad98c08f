'use strict';
// SCHED_RR: the primary listens and accepts; each accepted connection goes to the next free
// worker with a 'newconn' message carrying its descriptor. A worker is free again once it
// has answered (accepted, or refused because its server is closing: the connection then
// goes to another worker).

const net = require('net');
const { sendHelper } = require('internal/cluster/utils');
const { constants: { UV_TCP_IPV6ONLY } } = internalBinding('tcp_wrap');

class RoundRobinHandle {
  constructor(key, address, { port, fd, flags, backlog }) {
    this.key = key;
    this.all = new Map(); // every worker listening on it, by id
    this.free = new Map(); // the ones waiting for a connection, oldest first
    this.handles = []; // accepted connections no worker has taken yet
    this.handle = null;
    this.server = net.createServer();
    if (fd >= 0) {
      this.server.listen({ fd, backlog });
    } else if (port >= 0) {
      this.server.listen({
        port,
        host: address,
        ipv6Only: Boolean(flags & UV_TCP_IPV6ONLY),
        backlog,
      });
    } else {
      this.server.listen({ path: address, backlog });
    }
    this.server.once('listening', () => {
      // Take the handle over from the server: its connections are ours to hand out.
      this.handle = this.server._handle;
      this.handle.onconnection = (err, handle) => this.distribute(err, handle);
      this.server._handle = null;
      this.server = null;
    });
  }

  // Registers worker; send(errno, reply, handle) answers its query once listening.
  add(worker, send) {
    this.all.set(worker.id, worker);
    const done = () => {
      if (this.handle === null) return;
      const reply = {};
      if (this.handle.getsockname) {
        const sockname = {};
        this.handle.getsockname(sockname);
        reply.sockname = sockname;
      }
      send(0, reply, null);
      this.handoff(worker);
    };
    if (this.server === null) {
      done();
      return;
    }
    this.server.once('listening', done);
    this.server.once('error', (err) => send(err.errno, null));
  }

  // Forgets worker; true when no worker is left and the handle was closed.
  remove(worker) {
    if (!this.all.delete(worker.id)) return false;
    this.free.delete(worker.id);
    if (this.all.size !== 0) return false;
    for (const handle of this.handles) handle.close();
    this.handles = [];
    if (this.server !== null) {
      this.server.close();
      this.server = null;
    }
    this.handle?.close();
    this.handle = null;
    return true;
  }

  distribute(err, handle) {
    if (err) return;
    this.handles.push(handle);
    for (const worker of this.free.values()) {
      this.free.delete(worker.id);
      this.handoff(worker);
      break;
    }
  }

  handoff(worker) {
    if (!this.all.has(worker.id)) return; // it is closing its server
    const handle = this.handles.shift();
    if (handle === undefined) {
      this.free.set(worker.id, worker);
      return;
    }
    const sent = sendHelper(worker.process, { act: 'newconn', key: this.key }, handle,
                            (reply) => {
                              if (reply.accepted) handle.close();
                              else this.distribute(0, handle);
                              this.handoff(worker);
                            });
    // A worker whose channel is gone takes nothing: give the connection to another.
    if (sent === false && !worker.isConnected()) {
      this.all.delete(worker.id);
      this.distribute(0, handle);
    }
  }
}

module.exports = RoundRobinHandle;
