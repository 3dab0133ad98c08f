'use strict';
// node:worker_threads — not implemented yet (see internal/stub.js). What is true
// without workers is real: this is the main thread (id 0, no parent port, no worker
// data, no resource limits) and the environment data, which workers would inherit, is a
// plain map. markAsUncloneable/markAsUntransferable mark objects for structuredClone.
// BroadcastChannel, MessageChannel and MessagePort are also globals.

const { stubMembers, attachStubs } = require('internal/stub');

// internal/structured_clone is loaded by the first call that marks or asks.
function markAsUncloneable(object) {
  require('internal/structured_clone').markAsUncloneable(object);
}

function markAsUntransferable(object) {
  require('internal/structured_clone').markAsUntransferable(object);
}

function isMarkedAsUntransferable(object) {
  return require('internal/structured_clone').isMarkedAsUntransferable(object);
}

const environmentData = new Map();

// Returns the value set for `key` by setEnvironmentData() in this thread.
function getEnvironmentData(key) {
  return environmentData.get(key);
}

// Sets (or, with `value` undefined, deletes) the value workers started later will see.
function setEnvironmentData(key, value) {
  if (value === undefined) environmentData.delete(key);
  else environmentData.set(key, value);
}

const workerThreads = stubMembers({
  SHARE_ENV: Symbol.for('nodejs.worker_threads.SHARE_ENV'),
  getEnvironmentData,
  isInternalThread: false,
  isMarkedAsUntransferable,
  isMainThread: true,
  markAsUncloneable,
  markAsUntransferable,
  parentPort: null,
  resourceLimits: {},
  setEnvironmentData,
  threadId: 0,
  threadName: '',
  workerData: null,
}, 'worker_threads', {
  classes: ['BroadcastChannel', 'MessageChannel', 'MessagePort', 'Worker'],
  functions: ['moveMessagePortToContext', 'postMessageToThread', 'receiveMessageOnPort'],
});
attachStubs(workerThreads, 'locks', stubMembers({}, 'worker_threads.locks', {
  functions: ['query', 'request'],
}));

module.exports = workerThreads;
