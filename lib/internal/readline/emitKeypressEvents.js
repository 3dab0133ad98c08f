'use strict';
// readline.emitKeypressEvents(stream[, interface]): once a 'keypress' listener exists,
// decode the stream's 'data' (UTF-8) into keys and emit ('keypress', str, key). A lone
// ESC at the end of a chunk waits escapeCodeTimeout ms for the rest of its sequence.

const { StringDecoder } = require('string_decoder');
const { emitKeys, kEscape } = require('internal/readline/utils');

const kKeypressDecoder = Symbol('keypress-decoder');
const kEscapeDecoder = Symbol('escape-decoder');
const kDefaultEscapeCodeTimeout = 500;

function startDecoder(stream) {
  const decoder = emitKeys(stream);
  decoder.next();
  stream[kEscapeDecoder] = decoder;
}

function emitKeypressEvents(stream, iface = {}) {
  if (stream[kKeypressDecoder]) return;
  stream[kKeypressDecoder] = new StringDecoder('utf8');
  startDecoder(stream);
  const escapeCodeTimeout = iface.escapeCodeTimeout ?? kDefaultEscapeCodeTimeout;
  const flushEscape = () => stream[kEscapeDecoder].next('');
  let timeout;

  function onData(input) {
    if (stream.listenerCount('keypress') === 0) {
      // Nobody listens any more: stop decoding until someone does.
      stream.removeListener('data', onData);
      stream.on('newListener', onNewListener);
      return;
    }
    const string = typeof input === 'string' ? input : stream[kKeypressDecoder].write(input);
    if (!string) return;
    clearTimeout(timeout);
    // A chunk of several characters is a paste: no tab completion inside it.
    iface.isCompletionEnabled = false;
    let length = 0;
    for (const character of string) {
      length += character.length;
      if (length === string.length) iface.isCompletionEnabled = true;
      try {
        stream[kEscapeDecoder].next(character);
        if (length === string.length && character === kEscape) {
          timeout = setTimeout(flushEscape, escapeCodeTimeout);
        }
      } catch (err) {
        // A 'keypress' listener threw: the generator is finished, start a new one.
        startDecoder(stream);
        throw err;
      }
    }
  }

  function onNewListener(event) {
    if (event === 'keypress') {
      stream.on('data', onData);
      stream.removeListener('newListener', onNewListener);
    }
  }

  if (stream.listenerCount('keypress') > 0) stream.on('data', onData);
  else stream.on('newListener', onNewListener);
}

module.exports = { emitKeypressEvents };
