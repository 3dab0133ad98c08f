'use strict';
// node:readline/promises: the readline Interface whose question() returns a promise,
// and Readline, which batches cursor and clearing sequences for a stream.

const {
  AbortError,
  Interface: BaseInterface,
  kQuestion,
  kQuestionCancel,
} = require('internal/readline/interface');
const { validateAbortSignal } = require('internal/validators');
const { Readline } = require('internal/readline/promises');

class Interface extends BaseInterface {
  // Resolves with the line answering `query`; rejects with AbortError when
  // options.signal aborts, and with ERR_USE_AFTER_CLOSE once the interface is closed.
  question(query, options = {}) {
    return new Promise((resolve, reject) => {
      let cb = resolve;
      const signal = options?.signal;
      if (signal) {
        validateAbortSignal(signal, 'options.signal');
        if (signal.aborted) {
          reject(new AbortError(undefined, { cause: signal.reason }));
          return;
        }
        const onAbort = () => {
          this[kQuestionCancel]();
          reject(new AbortError(undefined, { cause: signal.reason }));
        };
        signal.addEventListener('abort', onAbort, { once: true });
        cb = (answer) => {
          signal.removeEventListener('abort', onAbort);
          resolve(answer);
        };
      }
      this[kQuestion](query, cb);
    });
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = { Interface, Readline, createInterface };
