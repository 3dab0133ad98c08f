'use strict';
// Readable.from(iterable[, options]): a Readable (object mode, highWaterMark 1 unless
// given) that pulls from a sync or async iterable on demand. A string or Buffer is
// one chunk, not iterated. Destroying the stream calls the iterator's return() (or
// throw() with the error).

const { codes: { ERR_INVALID_ARG_TYPE, ERR_STREAM_NULL_VALUES } } = require('internal/errors');

function from(Readable, iterable, options) {
  if (typeof iterable === 'string' || iterable instanceof Uint8Array &&
      iterable instanceof require('buffer').Buffer) {
    return new Readable({
      objectMode: true,
      ...options,
      read() {
        this.push(iterable);
        this.push(null);
      },
    });
  }

  let iterator;
  let isAsync;
  if (iterable && typeof iterable[Symbol.asyncIterator] === 'function') {
    isAsync = true;
    iterator = iterable[Symbol.asyncIterator]();
  } else if (iterable && typeof iterable[Symbol.iterator] === 'function') {
    isAsync = false;
    iterator = iterable[Symbol.iterator]();
  } else {
    throw new ERR_INVALID_ARG_TYPE('iterable', ['Iterable'], iterable);
  }

  const readable = new Readable({ objectMode: true, highWaterMark: 1, ...options });
  // Whether a pull loop is running; it stops when push() says the buffer is full.
  let reading = false;
  // A sync iterator that yielded a promise is treated as async from then on.
  let awaitValues = false;

  readable._read = function() {
    if (reading) return;
    reading = true;
    if (isAsync || awaitValues) pullAsync();
    else pullSync();
  };

  readable._destroy = function(error, cb) {
    close(error).then(
      () => process.nextTick(cb, error),
      (err) => process.nextTick(cb, err || error));
  };

  async function close(error) {
    const hadError = error !== undefined && error !== null;
    if (hadError && typeof iterator.throw === 'function') {
      const { value, done } = await iterator.throw(error);
      await value;
      if (done) return;
    }
    if (typeof iterator.return === 'function') {
      const { value } = await iterator.return();
      await value;
    }
  }

  function pullSync() {
    try {
      for (;;) {
        const { value, done } = iterator.next();
        if (done) {
          readable.push(null);
          return;
        }
        if (value && typeof value.then === 'function') {
          awaitValues = true;
          pushAwaited(value);
          return;
        }
        if (value === null) {
          reading = false;
          throw new ERR_STREAM_NULL_VALUES();
        }
        if (!readable.push(value)) {
          reading = false;
          return;
        }
      }
    } catch (err) {
      readable.destroy(err);
    }
  }

  async function pushAwaited(promise) {
    try {
      const value = await promise;
      if (value === null) {
        reading = false;
        throw new ERR_STREAM_NULL_VALUES();
      }
      if (readable.push(value)) {
        pullAsync();
        return;
      }
      reading = false;
    } catch (err) {
      readable.destroy(err);
    }
  }

  async function pullAsync() {
    try {
      for (;;) {
        let value;
        let done;
        if (isAsync) {
          ({ value, done } = await iterator.next());
        } else {
          ({ value, done } = iterator.next());
          if (!done) value = await value;
        }
        if (done) {
          readable.push(null);
          return;
        }
        if (value === null) {
          reading = false;
          throw new ERR_STREAM_NULL_VALUES();
        }
        if (!readable.push(value)) {
          reading = false;
          return;
        }
      }
    } catch (err) {
      readable.destroy(err);
    }
  }

  return readable;
}

module.exports = from;
