'use strict';
// node:_stream_readable (legacy name, exposed by Node): stream.Readable.

module.exports = require('stream').Readable;
