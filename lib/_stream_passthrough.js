'use strict';
// node:_stream_passthrough (legacy name, exposed by Node): stream.PassThrough.

module.exports = require('stream').PassThrough;
