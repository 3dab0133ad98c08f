'use strict';
// node:_stream_duplex (legacy name, exposed by Node): stream.Duplex.

module.exports = require('stream').Duplex;
