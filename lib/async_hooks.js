'use strict';
// node:async_hooks — not implemented yet (see internal/stub.js).

const { stubMembers } = require('internal/stub');

module.exports = stubMembers({}, 'async_hooks', {
  classes: [['AsyncLocalStorage', ['bind', 'snapshot']], ['AsyncResource', ['bind']]],
  functions: ['createHook', 'executionAsyncId', 'executionAsyncResource', 'triggerAsyncId'],
});
