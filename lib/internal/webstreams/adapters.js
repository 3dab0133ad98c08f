'use strict';
// Readable/Writable/Duplex.toWeb() and .fromWeb(): Node streams over web streams and
// back, with backpressure carried across (pull-based on the web side, 'drain' and
// push() return values on the Node side).

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_STATE },
  AbortError,
} = require('internal/errors');
const { validateObject, validateBoolean } = require('internal/validators');
const { ReadableStream, isReadableStream } = require('internal/webstreams/readablestream');
const { WritableStream, isWritableStream } = require('internal/webstreams/writablestream');
const { CountQueuingStrategy } = require('internal/webstreams/transformstream');
const eos = require('internal/streams/end-of-stream');
const { destroyer } = require('internal/streams/destroy');
const { isDestroyed, isReadable, isWritable } = require('internal/streams/utils');

function newReadableStreamFromStreamReadable(streamReadable, options = {}) {
  if (typeof streamReadable?._readableState !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('streamReadable', 'stream.Readable', streamReadable);
  }
  validateObject(options, 'options');
  const objectMode = streamReadable.readableObjectMode;
  const highWaterMark = streamReadable.readableHighWaterMark;
  const strategy = options.strategy ?? (objectMode ?
    new CountQueuingStrategy({ highWaterMark }) :
    { highWaterMark, size: (chunk) => chunk.byteLength ?? chunk.length });

  if (isDestroyed(streamReadable) || !isReadable(streamReadable)) {
    const rs = new ReadableStream();
    rs.cancel();
    return rs;
  }

  let controller;
  let closed = false;
  function onData(chunk) {
    // A Buffer chunk is handed over as a plain Uint8Array view of its bytes.
    if (chunk instanceof Uint8Array && chunk.constructor !== Uint8Array) {
      chunk = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    }
    controller.enqueue(chunk);
    if (controller.desiredSize <= 0) streamReadable.pause();
  }

  eos(streamReadable, (err) => {
    if (err?.code === 'ERR_STREAM_PREMATURE_CLOSE') err = new AbortError(undefined, { cause: err });
    closed = true;
    if (err) {
      controller.error(err);
      return;
    }
    try {
      controller.close();
    } catch {
      // Already closed by a cancel.
    }
  });
  streamReadable.on('data', onData);

  return new ReadableStream({
    start(c) {
      controller = c;
    },
    pull() {
      streamReadable.resume();
    },
    cancel(reason) {
      if (!closed) destroyer(streamReadable, reason);
    },
  }, strategy);
}

function newStreamReadableFromReadableStream(readableStream, options = {}) {
  if (!isReadableStream(readableStream)) {
    throw new ERR_INVALID_ARG_TYPE('readableStream', 'ReadableStream', readableStream);
  }
  validateObject(options, 'options');
  const { highWaterMark, encoding, objectMode = false, signal } = options;
  validateBoolean(objectMode, 'options.objectMode');
  const reader = readableStream.getReader();
  let closed = false;
  const Readable = require('internal/streams/readable');
  const readable = new Readable({
    objectMode,
    highWaterMark,
    encoding,
    signal,
    read() {
      reader.read().then((chunk) => {
        if (chunk.done) {
          readable.push(null);
        } else {
          let value = chunk.value;
          if (!objectMode && value instanceof Uint8Array) {
            value = require('buffer').Buffer.from(value.buffer, value.byteOffset,
              value.byteLength);
          }
          readable.push(value);
        }
      }, (err) => destroyer(readable, err));
    },
    destroy(error, callback) {
      function done() {
        try {
          callback(error);
        } catch (err) {
          process.nextTick(() => { throw err; });
        }
      }
      if (!closed) {
        reader.cancel(error).then(done, done);
        return;
      }
      done();
    },
  });
  reader.closed.then(() => {
    closed = true;
  }, (err) => {
    closed = true;
    destroyer(readable, err);
  });
  return readable;
}

function newWritableStreamFromStreamWritable(streamWritable) {
  if (typeof streamWritable?._writableState !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('streamWritable', 'stream.Writable', streamWritable);
  }
  if (isDestroyed(streamWritable) || !isWritable(streamWritable)) {
    const ws = new WritableStream();
    ws.close();
    return ws;
  }
  const highWaterMark = streamWritable.writableHighWaterMark;
  const strategy = streamWritable.writableObjectMode ?
    new CountQueuingStrategy({ highWaterMark }) :
    // A chunk the stream will refuse (a number...) counts as 1, so that its write() reaches
    // the stream and fails with the stream's own error, as in Node.
    { highWaterMark, size: (chunk) => chunk?.byteLength ?? chunk?.length ?? 1 };

  let controller;
  let backpressure;
  let closed;
  function onDrain() {
    if (backpressure !== undefined) backpressure.resolve();
  }
  const cleanup = eos(streamWritable, (err) => {
    if (err?.code === 'ERR_STREAM_PREMATURE_CLOSE') err = new AbortError(undefined, { cause: err });
    cleanup();
    streamWritable.removeListener('drain', onDrain);
    if (err != null) {
      if (backpressure !== undefined) backpressure.reject(err);
      if (closed !== undefined) {
        closed.reject(err);
        closed = undefined;
      }
      controller.error(err);
      controller = undefined;
      return;
    }
    if (closed !== undefined) {
      closed.resolve();
      closed = undefined;
      return;
    }
    controller.error(new AbortError());
    controller = undefined;
  });
  streamWritable.on('drain', onDrain);

  return new WritableStream({
    start(c) {
      controller = c;
    },
    write(chunk) {
      if (streamWritable.writableNeedDrain || !streamWritable.write(chunk)) {
        backpressure = Promise.withResolvers();
        return backpressure.promise.finally(() => {
          backpressure = undefined;
        });
      }
    },
    abort(reason) {
      destroyer(streamWritable, reason);
    },
    close() {
      if (closed === undefined && !isWritableEndedLike(streamWritable)) {
        closed = Promise.withResolvers();
        streamWritable.end();
        return closed.promise;
      }
      controller = undefined;
      return Promise.resolve();
    },
  }, strategy);
}

function isWritableEndedLike(stream) {
  return stream.writableEnded === true;
}

function newStreamWritableFromWritableStream(writableStream, options = {}) {
  if (!isWritableStream(writableStream)) {
    throw new ERR_INVALID_ARG_TYPE('writableStream', 'WritableStream', writableStream);
  }
  validateObject(options, 'options');
  const { highWaterMark, decodeStrings = true, objectMode = false, signal } = options;
  validateBoolean(objectMode, 'options.objectMode');
  validateBoolean(decodeStrings, 'options.decodeStrings');
  const writer = writableStream.getWriter();
  let closed = false;
  const Writable = require('internal/streams/writable');
  const writable = new Writable({
    highWaterMark,
    objectMode,
    decodeStrings,
    signal,
    writev(chunks, callback) {
      writer.ready.then(() => Promise.all(chunks.map((data) => writer.write(data.chunk))))
        .then(() => callback(), (err) => destroyer(writable, err));
    },
    write(chunk, encoding, callback) {
      if (typeof chunk === 'string' && decodeStrings && !objectMode) {
        chunk = require('buffer').Buffer.from(chunk, encoding);
      }
      writer.ready.then(() => writer.write(chunk)).then(() => callback(), (err) => {
        destroyer(writable, err);
        callback(err);
      });
    },
    destroy(error, callback) {
      function done() {
        try {
          callback(error);
        } catch (err) {
          process.nextTick(() => { throw err; });
        }
      }
      if (!closed) {
        if (error != null) writer.abort(error).then(done, done);
        else writer.close().then(done, done);
        return;
      }
      done();
    },
    final(callback) {
      function done(err) {
        try {
          callback(err);
        } catch (error) {
          process.nextTick(() => { throw error; });
        }
      }
      if (!closed) writer.close().then(() => done(), done);
    },
  });
  writer.closed.then(() => {
    closed = true;
    if (!isWritableEndedLike(writable)) destroyer(writable, new ERR_INVALID_STATE('the stream closed'));
  }, (err) => {
    closed = true;
    destroyer(writable, err);
  });
  return writable;
}

function newReadableWritablePairFromDuplex(duplex, options = {}) {
  if (typeof duplex?._writableState !== 'object' || typeof duplex?._readableState !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('duplex', 'stream.Duplex', duplex);
  }
  return {
    readable: newReadableStreamFromStreamReadable(duplex, options),
    writable: newWritableStreamFromStreamWritable(duplex),
  };
}

function newStreamDuplexFromReadableWritablePair(pair = {}, options = {}) {
  validateObject(pair, 'pair');
  const { readable: readableStream, writable: writableStream } = pair;
  if (!isReadableStream(readableStream)) {
    throw new ERR_INVALID_ARG_TYPE('pair.readable', 'ReadableStream', readableStream);
  }
  if (!isWritableStream(writableStream)) {
    throw new ERR_INVALID_ARG_TYPE('pair.writable', 'WritableStream', writableStream);
  }
  const readable = newStreamReadableFromReadableStream(readableStream, options);
  const writable = newStreamWritableFromWritableStream(writableStream, options);
  return require('internal/streams/duplexify')({ readable, writable });
}

module.exports = {
  newReadableStreamFromStreamReadable,
  newStreamReadableFromReadableStream,
  newWritableStreamFromStreamWritable,
  newStreamWritableFromWritableStream,
  newReadableWritablePairFromDuplex,
  newStreamDuplexFromReadableWritablePair,
};
