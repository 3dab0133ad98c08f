'use strict';
// node:net — not implemented yet (see internal/stub.js). Real: isIP(), isIPv4(),
// isIPv6(), and the auto-select-family defaults, which are plain settings.

const { stubMembers } = require('internal/stub');
const { validateBoolean, validateInt32 } = require('internal/validators');

const { isIP, isIPv4, isIPv6 } = require('internal/net');

let autoSelectFamily = true;
let autoSelectFamilyAttemptTimeout = 250;

function getDefaultAutoSelectFamily() {
  return autoSelectFamily;
}

function setDefaultAutoSelectFamily(value) {
  validateBoolean(value, 'value');
  autoSelectFamily = value;
}

function getDefaultAutoSelectFamilyAttemptTimeout() {
  return autoSelectFamilyAttemptTimeout;
}

// Values below 10 ms become 10 ms, as in Node.
function setDefaultAutoSelectFamilyAttemptTimeout(value) {
  validateInt32(value, 'value', 1);
  autoSelectFamilyAttemptTimeout = value < 10 ? 10 : value;
}

const net = stubMembers({
  getDefaultAutoSelectFamily,
  getDefaultAutoSelectFamilyAttemptTimeout,
  isIP,
  isIPv4,
  isIPv6,
  setDefaultAutoSelectFamily,
  setDefaultAutoSelectFamilyAttemptTimeout,
}, 'net', {
  classes: [['BlockList', ['isBlockList']], ['SocketAddress', ['parse']], 'Server', 'Socket'],
  functions: ['connect', 'createConnection', 'createServer'],
});
net.Stream = net.Socket;

module.exports = net;
