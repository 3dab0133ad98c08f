'use strict';
// Duplex.from(body): a Duplex made from a stream, a web stream, an iterable, an async
// generator function (which reads what is written), a promise, a Blob, or a
// { readable, writable } pair.

const {
  isReadable,
  isWritable,
  isIterable,
  isNodeStream,
  isReadableNodeStream,
  isWritableNodeStream,
  isDuplexNodeStream,
  isReadableStream,
  isWritableStream,
} = require('internal/streams/utils');
const eos = require('internal/streams/end-of-stream');
const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_RETURN_VALUE },
} = require('internal/errors');
const { destroyer } = require('internal/streams/destroy');
const Duplex = require('internal/streams/duplex');
const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const from = require('internal/streams/from');

// Makes the Duplex d read from the Node readable `source`: d._read takes what
// source.read() has and otherwise waits for its next 'readable'. Returns a
// function that drops that wait (for _destroy). Shared with compose().
function readFromNodeStream(d, source) {
  let onreadable = null;
  source.on('readable', () => {
    if (onreadable) {
      const callback = onreadable;
      onreadable = null;
      callback();
    }
  });
  source.on('end', () => {
    d.push(null);
  });
  d._read = function() {
    while (true) {
      const chunk = source.read();
      if (chunk === null) {
        onreadable = d._read;
        return;
      }
      if (!d.push(chunk)) return;
    }
  };
  return () => {
    onreadable = null;
  };
}

// Makes the Duplex d write into the Node writable `target`, holding a write's
// callback until 'drain' when target is full; _final ends target and hands its
// callback to onFinal. Returns a function that drops a held write callback (for
// _destroy). Shared with compose().
function writeToNodeStream(d, target, onFinal) {
  let ondrain = null;
  d._write = function(chunk, encoding, callback) {
    if (target.write(chunk, encoding)) callback();
    else ondrain = callback;
  };
  d._final = function(callback) {
    target.end();
    onFinal(callback);
  };
  target.on('drain', () => {
    if (ondrain) {
      const callback = ondrain;
      ondrain = null;
      callback();
    }
  });
  return () => {
    ondrain = null;
  };
}

// Its own class, as in Node, so that the streams it makes are recognizable.
class Duplexify extends Duplex {}

function isBlob(value) {
  return value !== null && typeof value === 'object' && typeof value.arrayBuffer === 'function' &&
    typeof value.stream === 'function' && typeof value.size === 'number' &&
    Object.prototype.toString.call(value) === '[object Blob]';
}

function duplexify(body, name) {
  if (isDuplexNodeStream(body)) return body;
  if (isReadableNodeStream(body)) return duplexifyPair({ readable: body });
  if (isWritableNodeStream(body)) return duplexifyPair({ writable: body });
  if (isNodeStream(body)) return duplexifyPair({ writable: false, readable: false });
  if (isReadableStream(body)) return duplexifyPair({ readable: Readable.fromWeb(body) });
  if (isWritableStream(body)) return duplexifyPair({ writable: Writable.fromWeb(body) });

  if (typeof body === 'function') {
    const { value, write, final, destroy } = fromAsyncGen(body);
    if (isIterable(value)) {
      return from(Duplexify, value, { objectMode: true, write, final, destroy });
    }
    const then = value?.then;
    if (typeof then === 'function') {
      let d;
      const promise = then.call(value, (val) => {
        if (val != null) throw new ERR_INVALID_RETURN_VALUE('nully', 'body', val);
      }, (err) => {
        destroyer(d, err);
      });
      d = new Duplexify({
        objectMode: true,
        readable: false,
        write,
        final(callback) {
          final(async () => {
            try {
              await promise;
              process.nextTick(callback, null);
            } catch (err) {
              process.nextTick(callback, err);
            }
          });
        },
        destroy,
      });
      return d;
    }
    throw new ERR_INVALID_RETURN_VALUE('Iterable, AsyncIterable or AsyncFunction', name, value);
  }

  if (isBlob(body)) return duplexify(body.arrayBuffer(), name);
  if (isIterable(body)) return from(Duplexify, body, { objectMode: true, writable: false });

  if (isReadableStream(body?.readable) && isWritableStream(body?.writable)) {
    return Duplex.fromWeb(body);
  }

  if (typeof body?.writable === 'object' || typeof body?.readable === 'object') {
    const readable = body?.readable ?
      (isReadableNodeStream(body.readable) ? body.readable : duplexify(body.readable)) : undefined;
    const writable = body?.writable ?
      (isWritableNodeStream(body.writable) ? body.writable : duplexify(body.writable)) : undefined;
    return duplexifyPair({ readable, writable });
  }

  const then = body?.then;
  if (typeof then === 'function') {
    let d;
    then.call(body, (val) => {
      if (val != null) d.push(val);
      d.push(null);
    }, (err) => {
      destroyer(d, err);
    });
    d = new Duplexify({ objectMode: true, writable: false, read() {} });
    return d;
  }

  throw new ERR_INVALID_ARG_TYPE(name, ['Blob', 'ReadableStream', 'WritableStream', 'Stream',
    'Iterable', 'AsyncIterable', 'Function', '{ readable, writable } pair', 'Promise'], body);
}

// Runs fn(source, { signal }) where source is an async iterable of what gets written.
function fromAsyncGen(fn) {
  let { promise, resolve } = Promise.withResolvers();
  const ac = new AbortController();
  const signal = ac.signal;
  const value = fn(async function*() {
    while (true) {
      const pending = promise;
      promise = null;
      const { chunk, done, cb } = await pending;
      process.nextTick(cb);
      if (done) return;
      if (signal.aborted) throw new AbortError(undefined, { cause: signal.reason });
      ({ promise, resolve } = Promise.withResolvers());
      yield chunk;
    }
  }(), { signal });

  return {
    value,
    write(chunk, encoding, cb) {
      const settle = resolve;
      resolve = null;
      settle({ chunk, done: false, cb });
    },
    final(cb) {
      const settle = resolve;
      resolve = null;
      settle({ done: true, cb });
    },
    destroy(err, cb) {
      ac.abort();
      cb(err);
    },
  };
}

function duplexifyPair(pair) {
  const r = pair.readable && typeof pair.readable.read !== 'function' ?
    Readable.wrap(pair.readable) : pair.readable;
  const w = pair.writable;

  let readable = !!isReadable(r);
  let writable = !!isWritable(w);
  let onfinish;
  let stopWriting = () => {};
  let stopReading = () => {};
  let onclose;
  let d;

  function onfinished(err) {
    const callback = onclose;
    onclose = null;
    if (callback) callback(err);
    else if (err) d.destroy(err);
  }

  d = new Duplexify({
    readableObjectMode: !!r?.readableObjectMode,
    writableObjectMode: !!w?.writableObjectMode,
    readable,
    writable,
  });

  if (writable) {
    eos(w, (err) => {
      writable = false;
      if (err) destroyer(r, err);
      onfinished(err);
    });
    stopWriting = writeToNodeStream(d, w, (callback) => {
      onfinish = callback;
    });
    w.on('finish', () => {
      if (onfinish) {
        const callback = onfinish;
        onfinish = null;
        callback();
      }
    });
  }

  if (readable) {
    eos(r, (err) => {
      readable = false;
      if (err) destroyer(r, err);
      onfinished(err);
    });
    stopReading = readFromNodeStream(d, r);
  }

  d._destroy = function(err, callback) {
    if (!err && onclose !== null) err = new AbortError();
    stopReading();
    stopWriting();
    onfinish = null;
    if (onclose === null) {
      callback(err);
    } else {
      onclose = callback;
      destroyer(w, err);
      destroyer(r, err);
    }
  };
  return d;
}

module.exports = duplexify;
module.exports.readFromNodeStream = readFromNodeStream;
module.exports.writeToNodeStream = writeToNodeStream;
