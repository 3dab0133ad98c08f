'use strict';
// node:_stream_wrap (deprecated, exposed by Node): a socket over any duplex stream — not
// implemented yet (see internal/stub.js).

const { stubClass } = require('internal/stub');

if (typeof process.emitWarning === 'function') {
  process.emitWarning('The _stream_wrap module is deprecated.', 'DeprecationWarning',
    'DEP0125');
}

const JSStreamSocket = stubClass('_stream_wrap.JSStreamSocket');

module.exports = JSStreamSocket;
