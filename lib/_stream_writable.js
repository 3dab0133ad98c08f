'use strict';
// node:_stream_writable (legacy name, exposed by Node): stream.Writable.

module.exports = require('stream').Writable;
