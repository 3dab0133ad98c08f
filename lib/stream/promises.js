'use strict';
// node:stream/promises: pipeline() and finished() returning promises.

const { finished } = require('internal/streams/end-of-stream');

function pipeline(...streams) {
  return require('internal/streams/pipeline').pipelinePromise(...streams);
}

module.exports = { finished, pipeline };
