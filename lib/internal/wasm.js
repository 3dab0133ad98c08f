'use strict';
// WebAssembly is JavaScriptCore's own; its asynchronous compilation completes from the
// engine's run loop (src/glib_loop.c), which does not hold the event loop by itself. Its
// promise functions are wrapped so that the process waits for them, as Node's does.

const { keepAlive, release } = internalBinding('util');

// Wraps the promise-returning functions of the WebAssembly namespace object wasm.
function holdLoopWhilePending(wasm) {
  for (const name of ['compile', 'instantiate', 'compileStreaming', 'instantiateStreaming']) {
    const original = wasm[name];
    if (typeof original !== 'function') continue;
    const wrapped = {
      [name](...args) {
        keepAlive();
        let promise;
        try {
          promise = Reflect.apply(original, this, args);
        } catch (err) {
          release();
          throw err;
        }
        promise.then(release, release);
        return promise;
      },
    }[name];
    Object.defineProperty(wrapped, 'length', { value: original.length });
    Object.defineProperty(wasm, name, {
      value: wrapped, writable: true, enumerable: false, configurable: true,
    });
  }
  return wasm;
}

module.exports = { holdLoopWhilePending };
