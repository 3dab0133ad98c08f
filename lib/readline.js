'use strict';
// node:readline: line-by-line reading of any readable stream, with line editing,
// history and completion when the input is a terminal (see internal/readline/interface).

const {
  Interface: BaseInterface,
  InterfaceConstructor,
  defineLegacyMethods,
  kQuestion,
  kQuestionCancel,
} = require('internal/readline/interface');
const { validateAbortSignal } = require('internal/validators');
const {
  clearLine, clearScreenDown, cursorTo, moveCursor,
} = require('internal/readline/callbacks');
const { emitKeypressEvents } = require('internal/readline/emitKeypressEvents');

// readline.Interface(input[, output[, completer[, terminal]]]) or (options); callable
// without new.
function Interface(input, output, completer, terminal) {
  if (!new.target) return new Interface(input, output, completer, terminal);
  InterfaceConstructor.call(this, input, output, completer, terminal);
}
Object.setPrototypeOf(Interface.prototype, BaseInterface.prototype);
Object.setPrototypeOf(Interface, BaseInterface);
defineLegacyMethods(Interface.prototype);

// question(query[, options], callback): shows query and calls back with the next line.
// An aborted options.signal cancels the question (the callback is never called).
Object.defineProperty(Interface.prototype, 'question', {
  value: function question(query, options, cb) {
    cb = typeof options === 'function' ? options : cb;
    if (options !== null && typeof options === 'object') {
      const { signal } = options;
      if (signal) {
        validateAbortSignal(signal, 'options.signal');
        if (signal.aborted) return;
        const onAbort = () => this[kQuestionCancel]();
        signal.addEventListener('abort', onAbort, { once: true });
        const cleanup = () => signal.removeEventListener('abort', onAbort);
        const callback = cb;
        cb = typeof callback === 'function' ? (answer) => {
          cleanup();
          return callback(answer);
        } : cleanup;
      }
    }
    if (typeof cb === 'function') this[kQuestion](query, cb);
  },
  writable: true,
  enumerable: false,
  configurable: true,
});

// The promise form, util.promisify(rl.question).
Object.defineProperty(Interface.prototype.question, Symbol.for('nodejs.util.promisify.custom'), {
  value: function question(query, options = {}) {
    return new Promise((resolve, reject) => {
      let cb = resolve;
      const signal = options?.signal;
      if (signal) {
        validateAbortSignal(signal, 'options.signal');
        if (signal.aborted) {
          const { AbortError } = require('internal/errors');
          reject(new AbortError(undefined, { cause: signal.reason }));
          return;
        }
        const onAbort = () => {
          const { AbortError } = require('internal/errors');
          reject(new AbortError(undefined, { cause: signal.reason }));
        };
        signal.addEventListener('abort', onAbort, { once: true });
        cb = (answer) => {
          signal.removeEventListener('abort', onAbort);
          resolve(answer);
        };
      }
      this.question(query, options, cb);
    });
  },
  configurable: true,
});

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
};

Object.defineProperty(module.exports, 'promises', {
  get() { return require('readline/promises'); },
  enumerable: true,
  configurable: true,
});
