'use strict';
// node:inspector — not implemented yet (see internal/stub.js). Real: url() is
// undefined, as in any process whose inspector is not active.

const { stubMembers, attachStubs } = require('internal/stub');

function url() {
  return undefined;
}

const inspector = stubMembers({ url }, 'inspector', {
  classes: ['Session'],
  functions: ['close', 'open', 'waitForDebugger'],
});

const nested = {
  console: ['debug', 'error', 'info', 'log', 'warn', 'dir', 'dirxml', 'table', 'trace', 'group',
    'groupCollapsed', 'groupEnd', 'clear', 'count', 'countReset', 'assert', 'profile',
    'profileEnd', 'time', 'timeLog', 'timeEnd', 'timeStamp', 'context'],
  Network: ['requestWillBeSent', 'responseReceived', 'loadingFinished', 'loadingFailed',
    'dataSent', 'dataReceived', 'webSocketCreated', 'webSocketClosed',
    'webSocketHandshakeResponseReceived'],
  NetworkResources: ['put'],
  DOMStorage: ['domStorageItemAdded', 'domStorageItemRemoved', 'domStorageItemUpdated',
    'domStorageItemsCleared', 'registerStorage'],
};
for (const [key, functions] of Object.entries(nested)) {
  attachStubs(inspector, key, stubMembers({}, `inspector.${key}`, { functions }));
}

module.exports = inspector;
