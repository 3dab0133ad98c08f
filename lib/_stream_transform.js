'use strict';
// node:_stream_transform (legacy name, exposed by Node): stream.Transform.

module.exports = require('stream').Transform;
