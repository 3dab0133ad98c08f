'use strict';
// node:cluster — not implemented yet (see internal/stub.js). What is true without it is
// real: this process is the primary, it has no workers, and the module is an
// EventEmitter, so `cluster.on('exit', …)` registers as in Node.

const EventEmitter = require('events');
const { stubMembers } = require('internal/stub');

const SCHED_NONE = 1;
const SCHED_RR = 2;

const cluster = new EventEmitter();
cluster.isWorker = false;
cluster.isMaster = true;
cluster.isPrimary = true;
cluster.workers = {};
cluster.settings = {};
cluster.SCHED_NONE = SCHED_NONE;
cluster.SCHED_RR = SCHED_RR;
// Node's default on every platform but Windows, unless the environment chooses.
const policy = process.env.NODE_CLUSTER_SCHED_POLICY;
cluster.schedulingPolicy = policy === 'none' ? SCHED_NONE : SCHED_RR;

stubMembers(cluster, 'cluster', {
  classes: ['Worker'],
  functions: ['disconnect', 'fork', 'setupMaster', 'setupPrimary'],
});

module.exports = cluster;
