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
}

function duplexPair(options) {
  const side0 = new DuplexSide(options);
  const side1 = new DuplexSide(options);
  side0.connect(side1);
  side1.connect(side0);
  return [side0, side1];
}

module.exports = duplexPair;
