'use strict';
// The internal messages between the primary and its workers. They travel over the fork()
// channel as { cmd: 'NODE_CLUSTER', act, seq, ... }; the channel emits every message whose
// cmd starts with 'NODE_' as 'internalMessage', never as 'message'. A request that expects
// an answer registers a callback under its seq; the answer carries `ack: seq`.

const callbacks = new Map();
let seq = 0;

// Sends message (plus an optional handle) to proc, a ChildProcess or process. Returns false
// if the channel is already closed (nothing is sent and cb never runs).
function sendHelper(proc, message, handle, cb) {
  if (!proc.connected) return false;
  const framed = { cmd: 'NODE_CLUSTER', ...message, seq };
  if (typeof cb === 'function') callbacks.set(seq, cb);
  seq += 1;
  return proc.send(framed, handle);
}

// An 'internalMessage' listener: an answer goes to the callback of its request, anything
// else to onmessage(message, handle).
function internal(worker, onmessage) {
  return function onInternalMessage(message, handle) {
    if (message.cmd !== 'NODE_CLUSTER') return;
    let fn = onmessage;
    if (message.ack !== undefined) {
      const callback = callbacks.get(message.ack);
      if (callback !== undefined) {
        callbacks.delete(message.ack);
        fn = callback;
      }
    }
    fn.call(this, message, handle, worker);
  };
}

module.exports = { sendHelper, internal };
