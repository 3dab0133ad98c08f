'use strict';
// Sets up process, the globals and the event-loop hooks; exports for C the functions it
// calls: runMain, processTicksAndRejections, triggerUncaughtException, onUnhandledRejection,
// emitBeforeExit, emitExit.

const binding = internalBinding('process');

function defineGlobal(name, value, enumerable = false) {
  Object.defineProperty(globalThis, name, {
    value, writable: true, configurable: true, enumerable,
  });
}

// The set-up runs when this module loads (realm.js requires it once): top-level code is
// parsed once, where the body of a function called once is parsed twice.
{
  require('internal/process/setup'); // fills in process
  // V8-style stacks (internal/stack) are installed when a program first reads a global error
  // constructor (C's errors read them too): until then each of the nine is an accessor that
  // puts the engine's constructors back and loads internal/stack, which replaces them with
  // its own. Errors the engine throws itself convert on demand either way. The engine's
  // frame limit is set to V8's 10 now, for those.
  {
    const names = ['Error', 'TypeError', 'RangeError', 'SyntaxError', 'ReferenceError',
      'EvalError', 'URIError', 'AggregateError', 'SuppressedError'];
    const natives = [];
    for (let i = 0; i < names.length; i++) natives.push(globalThis[names[i]]);
    Reflect.set(natives[0], 'stackTraceLimit', 10);
    let installed = false;
    const install = () => {
      if (installed) return;
      installed = true;
      for (let i = 0; i < names.length; i++) {
        if (typeof natives[i] === 'function') defineGlobal(names[i], natives[i]);
      }
      require('internal/stack');
    };
    for (let i = 0; i < names.length; i++) {
      const name = names[i];
      if (typeof natives[i] !== 'function') continue;
      Object.defineProperty(globalThis, name, {
        get() {
          install();
          return globalThis[name];
        },
        set(value) {
          install();
          globalThis[name] = value;
        },
        enumerable: false,
        configurable: true,
      });
    }
  }
  // JavaScriptCore's AsyncDisposableStack.prototype.use rejects a value with only a
  // Symbol.dispose method; the standard (and Node) use that method when there is no
  // Symbol.asyncDispose.
  {
    const proto = globalThis.AsyncDisposableStack?.prototype;
    const nativeUse = proto?.use;
    if (typeof nativeUse === 'function') {
      Object.defineProperty(proto, 'use', {
        __proto__: null, writable: true, enumerable: false, configurable: true,
        value: {
          use(value) {
            if (((typeof value === 'object' && value !== null) || typeof value === 'function') &&
                value[Symbol.asyncDispose] == null) {
              const dispose = value[Symbol.dispose];
              if (typeof dispose === 'function') {
                this.adopt(value, () => { Reflect.apply(dispose, value, []); });
                return value;
              }
            }
            return Reflect.apply(nativeUse, this, [value]);
          },
        }.use,
      });
    }
  }
  // import() in code made by the Function constructor (see internal/function_import, loaded
  // on the first call).
  const NativeFunction = globalThis.Function;
  const FunctionProxy = new Proxy(NativeFunction, {
    apply: (target, thisArg, args) =>
      require('internal/function_import').construct(target, args, target),
    construct: (target, args, newTarget) => require('internal/function_import')
      .construct(target, args, newTarget === FunctionProxy ? target : newTarget),
  });
  Object.defineProperty(NativeFunction.prototype, 'constructor', {
    value: FunctionProxy, writable: true, enumerable: false, configurable: true,
  });
  // AsyncFunction, GeneratorFunction and AsyncGeneratorFunction extend Function.
  Object.setPrototypeOf(Object.getPrototypeOf(async () => {}).constructor, FunctionProxy);
  Object.setPrototypeOf(Object.getPrototypeOf(function* () {}).constructor, FunctionProxy);
  Object.setPrototypeOf(Object.getPrototypeOf(async function* () {}).constructor, FunctionProxy);
  defineGlobal('Function', FunctionProxy);

  // These eight are enumerable in Node (in this order); every other global is not.
  defineGlobal('global', globalThis, true);
  const timers = require('timers');
  defineGlobal('clearImmediate', timers.clearImmediate, true);
  defineGlobal('setImmediate', timers.setImmediate, true);
  defineGlobal('clearInterval', timers.clearInterval, true);
  defineGlobal('clearTimeout', timers.clearTimeout, true);
  defineGlobal('setInterval', timers.setInterval, true);
  defineGlobal('setTimeout', timers.setTimeout, true);
  const { queueMicrotask } = require('internal/process/task_queues');
  defineGlobal('queueMicrotask', queueMicrotask, true);
  {
    // `process` is an accessor in Node (its functions named plain `get` and `set`); an
    // assignment replaces the value it returns.
    let value = process;
    Object.defineProperty(globalThis, 'process', {
      get: function get() { return value; },
      set: function set(newValue) { value = newValue; },
      enumerable: false,
      configurable: true,
    });
  }
  Object.defineProperty(globalThis, Symbol.toStringTag, {
    value: 'global', writable: false, enumerable: false, configurable: true,
  });
  // The console is made on first use (lib/console.js), then becomes a data property.
  Object.defineProperty(globalThis, 'console', {
    configurable: true,
    enumerable: false,
    get() {
      const value = require('console');
      defineGlobal('console', value);
      return value;
    },
    set(value) {
      defineGlobal('console', value);
    },
  });
  require('internal/bootstrap/globals-stubs'); // installs the lazy globals
  if (binding.options.exposeGc) defineGlobal('gc', binding.gc);

  const taskQueues = require('internal/process/task_queues');
  const execution = require('internal/process/execution');
  // The hooks C calls.
  module.exports = {
    runMain: require('internal/main/run').runMain,
    processTicksAndRejections: taskQueues.processTicksAndRejections,
    onUnhandledRejection: taskQueues.onUnhandledRejection,
    triggerUncaughtException: execution.triggerUncaughtException,
    emitBeforeExit: execution.emitBeforeExit,
    emitExit: execution.emitExit,
  };
}
