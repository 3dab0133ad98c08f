'use strict';
// stream.compose(...streams): one Duplex that writes into the first stream and reads
// from the last, with the stages joined by pipeline().

const { pipeline } = require('internal/streams/pipeline');
const Duplex = require('internal/streams/duplex');
const { destroyer } = require('internal/streams/destroy');
const eos = require('internal/streams/end-of-stream');
const { readFromNodeStream, writeToNodeStream } = require('internal/streams/duplexify');
const {
  isNodeStream,
  isReadable,
  isWritable,
  isWebStream,
  isTransformStream,
  isWritableStream,
  isReadableStream,
} = require('internal/streams/utils');
const {
  AbortError,
  codes: { ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS },
} = require('internal/errors');

function compose(...streams) {
  if (streams.length === 0) throw new ERR_MISSING_ARGS('streams');
  if (streams.length === 1) return Duplex.from(streams[0]);

  const originals = [...streams];
  if (typeof streams[0] === 'function') streams[0] = Duplex.from(streams[0]);
  const last = streams.length - 1;
  if (typeof streams[last] === 'function') streams[last] = Duplex.from(streams[last]);

  for (let n = 0; n < streams.length; ++n) {
    const stream = streams[n];
    if (!isNodeStream(stream) && !isWebStream(stream)) continue;
    if (n < streams.length - 1 &&
        !(isReadable(stream) || isReadableStream(stream) || isTransformStream(stream))) {
      throw new ERR_INVALID_ARG_VALUE(`streams[${n}]`, originals[n], 'must be readable');
    }
    if (n > 0 && !(isWritable(stream) || isWritableStream(stream) || isTransformStream(stream))) {
      throw new ERR_INVALID_ARG_VALUE(`streams[${n}]`, originals[n], 'must be writable');
    }
  }

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
    else if (!readable && !writable) d.destroy();
  }

  const head = streams[0];
  const tail = pipeline(streams, onfinished);
  const writable = !!(isWritable(head) || isWritableStream(head) || isTransformStream(head));
  const readable = !!(isReadable(tail) || isReadableStream(tail) || isTransformStream(tail));

  d = new Duplex({
    writableObjectMode: !!head?.writableObjectMode,
    readableObjectMode: !!tail?.readableObjectMode,
    writable,
    readable,
  });

  if (writable) {
    if (isNodeStream(head)) {
      stopWriting = writeToNodeStream(d, head, (callback) => {
        onfinish = callback;
      });
    } else if (isWebStream(head)) {
      const writer = (isTransformStream(head) ? head.writable : head).getWriter();
      d._write = async function(chunk, encoding, callback) {
        try {
          await writer.ready;
          writer.write(chunk).catch(() => {});
          callback();
        } catch (err) {
          callback(err);
        }
      };
      d._final = async function(callback) {
        try {
          await writer.ready;
          writer.close().catch(() => {});
          onfinish = callback;
        } catch (err) {
          callback(err);
        }
      };
    }
    // 'finish' of the composed stream waits until the whole chain has flushed.
    eos(isTransformStream(tail) ? tail.readable : tail, () => {
      if (onfinish) {
        const callback = onfinish;
        onfinish = null;
        callback();
      }
    });
  }

  if (readable) {
    if (isNodeStream(tail)) {
      stopReading = readFromNodeStream(d, tail);
    } else if (isWebStream(tail)) {
      const reader = (isTransformStream(tail) ? tail.readable : tail).getReader();
      d._read = async function() {
        while (true) {
          try {
            const { value, done } = await reader.read();
            if (!d.push(value)) return;
            if (done) {
              d.push(null);
              return;
            }
          } catch {
            return;
          }
        }
      };
    }
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
      if (isNodeStream(tail)) destroyer(tail, err);
    }
  };
  return d;
}

module.exports = compose;
