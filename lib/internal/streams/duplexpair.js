'use strict';
// stream.duplexPair([options]): two Duplex streams joined back to back; what one side
// writes, the other reads.

const Duplex = require('internal/streams/duplex');

class DuplexSide extends Duplex {
  #otherSide = null;
  // The write callback waiting for the other side to read.
  #pendingWrite = null;

  constructor(options) {
    super(options);
  }

  connect(otherSide) {
    this.#otherSide = otherSide;
  }

  releaseWrite() {
    const callback = this.#pendingWrite;
    if (callback) {
      this.#pendingWrite = null;
      callback();
    }
  }

  _read() {
    this.#otherSide.releaseWrite();
  }

  _write(chunk, encoding, callback) {
    if (chunk.length === 0) {
      process.nextTick(callback);
    } else {
      this.#otherSide.push(chunk);
      this.#pendingWrite = callback;
    }
  }

  _final(callback) {
    this.#otherSide.on('end', callback);
    this.#otherSide.push(null);
  }

  // Destroying one side ends the other's readable side, as a closed connection would; with
  // an error, the other side is destroyed too (without that error). On a later tick, so that
  // whoever is running on the other side (a parser, a TLS engine) is not re-entered.
  _destroy(err, callback) {
    const otherSide = this.#otherSide;
    if (otherSide !== null && !otherSide.destroyed) {
      process.nextTick(() => {
        if (otherSide.destroyed) return;
        if (err) otherSide.destroy();
        else otherSide.push(null);
      });
    }
    callback(err);
  }
}

function duplexPair(options) {
  const side0 = new DuplexSide(options);
  const side1 = new DuplexSide(options);
  side0.connect(side1);
  side1.connect(side0);
  return [side0, side1];
}

module.exports = duplexPair;
