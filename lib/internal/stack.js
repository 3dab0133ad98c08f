'use strict';

// V8-format stack traces on top of JavaScriptCore.
//
// JSC records a stack as lines of `fn@file:line:col`, ignores
// Error.prepareStackTrace, and its Error.stackTraceLimit defaults to 100.
// Node programs expect V8's `    at fn (file:line:col)` lines, CallSite
// objects handed to Error.prepareStackTrace, and a limit of 10. Loading
// this module gives them that:
//
// - Each global error constructor becomes a Proxy of the native one. Its
//   construct and apply traps build the error with the native limit set to 0
//   (so JSC attaches no `stack`, `line`, `column` or `sourceURL` of its own)
//   and create a second, hidden native error that only records the frames.
//   JSC keeps those frames unformatted until its `stack` is read, so creating
//   an error costs about 2.5 times what JSC alone costs.
// - Error.prototype gets a `stack` accessor. Reading it formats the hidden
//   frames once, through Error.prepareStackTrace when that is a function, in
//   V8's format otherwise; V8 too formats on first read. Unlike V8, `stack`
//   is therefore not an own property of the error: defining a property on a
//   JSC error materializes its lazy error data, which would cost more than
//   creating the error.
// - Error.captureStackTrace is replaced by one that records frames the same
//   way and defines an own `stack` accessor on the target, as V8 does.
// - Errors that JSC creates itself (`null.x`) keep JSC's own `stack` data
//   property; toV8Stack() converts those on demand.
//
// JSC eliminates the caller's frame on a tail call in strict code; V8 does
// not. The runtime turns JSC's tail calls off so that stacks keep them.

const {
  defineProperty, getOwnPropertyDescriptor, getPrototypeOf, hasOwn, isExtensible,
  setPrototypeOf,
} = Object;
const ReflectApply = Reflect.apply;
const ReflectConstruct = Reflect.construct;
const ReflectSet = Reflect.set;

// Sets the engine's own Error.stackTraceLimit of a realm (JSC keeps one per global object:
// nativeError is that realm's native Error). A plain assignment is not enough: once the
// baseline JIT caches the property store, JSC no longer sees the new limit when it builds
// an error's stack, and errors get JSC's frames again. Reflect.set always takes the
// engine's slow path.
function setNativeLimit(nativeError, limit) {
  ReflectSet(nativeError, 'stackTraceLimit', limit);
}

// Marks errors built by internal/errors so that their stack header reads
// `TypeError [ERR_X]: message`, as Node's does. The value is the code the
// class was made for, or true to use the error's own `code`.
const kIsNodeError = Symbol('kIsNodeError');

// Where the module loaders record what stacks need about their code (see
// internal/stack/sources: they do not load this module).
const {
  kModuleWrapperName, firstLineColumnOffsets, setFirstLineColumnOffset, getFirstLineColumnOffset,
  registerEvalSource, getEvalSource,
} = require('internal/stack/sources');

// Extra frames recorded beyond the limit, to make up for the built-ins V8
// shows no frame for (see isFrameShownByV8).
const kFrameSlack = 4;

// The formatted (or assigned) value of a stack.
class Box {
  constructor(value) {
    this.value = value;
  }
}

// Frames not formatted yet: those of `hidden` (a native error) or the raw JSC
// string, less the first `skip`, which belong to Lode, at most `limit`.
class PendingFrames {
  constructor(hidden, raw, skip, limit) {
    this.hidden = hidden;
    this.raw = raw;
    this.skip = skip;
    this.limit = limit;
  }
}

const noFrames = new PendingFrames(null, '', 0, 0);
const noStack = new Box(undefined);

// error (or captureStackTrace target) -> PendingFrames or Box.
const stackStates = new WeakMap();

// Reused as the target of the native captureStackTrace, which writes the raw
// frames onto it.
const captureHolder = {};

let installedError;

// The formatting half (JSC frame parsing, CallSite, V8's text) is loaded when the
// first stack is read or converted: most programs never read one.
let format;
function lazyFormat() {
  format ??= require('internal/stack/format');
  return format;
}

function findStackHolder(object) {
  for (let holder = object; holder !== null && holder !== undefined;
    holder = getPrototypeOf(holder)) {
    if (stackStates.has(holder)) return holder;
  }
  return undefined;
}

// Shared by Error.prototype.stack and the own `stack` accessors.
const stackAccessor = {
  get stack() {
    const holder = findStackHolder(this);
    if (holder === undefined) return undefined;
    const state = stackStates.get(holder);
    if (state instanceof Box) return state.value;
    const value = lazyFormat().formatStack(holder, state);
    stackStates.set(holder, new Box(value));
    return value;
  },
  set stack(value) {
    if (stackStates.has(this)) {
      stackStates.set(this, new Box(value));
    } else {
      defineProperty(this, 'stack', {
        value, writable: true, enumerable: true, configurable: true,
      });
    }
  },
};
const { get: stackGetter, set: stackSetter } =
  getOwnPropertyDescriptor(stackAccessor, 'stack');

function defineOwnStackAccessor(object) {
  defineProperty(object, 'stack', {
    get: stackGetter, set: stackSetter, enumerable: false, configurable: true,
  });
}

// Records the frames below the caller's `skip` frames (and this function's
// own), with V8's limit rules: a limit that is not a number records no
// stack, one below 1 an empty one.
function recordFrames(nativeError, limit, skip) {
  if (typeof limit !== 'number') return noStack;
  if (!(limit >= 1)) return noFrames;
  setNativeLimit(nativeError, limit + skip + 1 + kFrameSlack);
  let hidden;
  try {
    hidden = new nativeError();
  } finally {
    setNativeLimit(nativeError, limit);
  }
  return new PendingFrames(hidden, '', skip + 1, limit);
}

// Builds a native error with no frames of its own (so JSC adds no `stack`,
// `line`, `column` or `sourceURL`), leaving Error.prototype's accessor to
// serve `stack`.
function constructWithoutStack(nativeError, target, args, newTarget, limit) {
  setNativeLimit(nativeError, 0);
  try {
    return ReflectConstruct(target, args, newTarget);
  } finally {
    setNativeLimit(nativeError, limit);
  }
}

function constructorDepth(newTarget, proxy) {
  // Each subclass constructor between `new X()` and the proxy is a frame
  // (its super() call); V8 hides those as it hides the Error frame itself.
  let depth = 0;
  for (let c = newTarget; c !== proxy; c = getPrototypeOf(c)) {
    if (c === null || c === undefined) return 0;
    depth++;
  }
  return depth;
}

function makeErrorProxy(NativeCtor, nativeError) {
  const proxy = new Proxy(NativeCtor, {
    construct(target, args, newTarget) {
      const limit = nativeError.stackTraceLimit;
      // Frames to drop: this trap, the proxy's native frame, then one per
      // subclass constructor.
      const skip = 2 + (newTarget === proxy ? 0 : constructorDepth(newTarget, proxy));
      const state = recordFrames(nativeError, limit, skip);
      const error = constructWithoutStack(nativeError, target, args, newTarget, limit);
      stackStates.set(error, state);
      return error;
    },
    apply(target, thisArg, args) {
      const limit = nativeError.stackTraceLimit;
      const state = recordFrames(nativeError, limit, 2);
      const error = constructWithoutStack(nativeError, target, args, proxy, limit);
      stackStates.set(error, state);
      return error;
    },
  });
  return proxy;
}

/**
 * Error.captureStackTrace(object, fn) as V8 has it, for the realm whose
 * native Error is nativeError: defines an own `stack` accessor on object,
 * showing the frames below fn (or below the caller when fn is not a function).
 */
function makeCaptureStackTrace(nativeError) {
  const nativeCapture = nativeError.captureStackTrace;
  return function captureStackTrace(object, fn) {
    if (object === null || (typeof object !== 'object' && typeof object !== 'function')) {
      throw new TypeError('invalid_argument');
    }
    const limit = nativeError.stackTraceLimit;
    let state;
    if (typeof fn === 'function' && typeof limit === 'number' && limit >= 1) {
      // Only the native capture can find fn's frame; it formats at once.
      setNativeLimit(nativeError, limit + kFrameSlack);
      try {
        nativeCapture(captureHolder, fn);
      } finally {
        setNativeLimit(nativeError, limit);
      }
      state = new PendingFrames(null, captureHolder.stack, 0, limit);
    } else {
      state = recordFrames(nativeError, limit, 1);
    }
    setStackState(object, state);
  };
}

// Gives object the frames of state, as captureStackTrace does. An error whose `stack`
// comes from Error.prototype only needs new frames; defining a property on a JSC error is
// slow.
function setStackState(object, state) {
  if (!stackStates.has(object) || hasOwn(object, 'stack')) {
    if (!isExtensible(object) && !hasOwn(object, 'stack')) {
      throw new TypeError('Cannot define property stack, object is not extensible');
    }
    defineOwnStackAccessor(object);
  }
  stackStates.set(object, state);
}

// Error.captureStackTrace(error, f) for the function f that calls this one, in this realm:
// internal/errors' exception helpers (uvException...), always the direct callers. Knowing
// how many frames to drop, it records them unformatted, where the native capture given f
// formats them at once (~15 µs: a failed fs.statSync cost 4.5× Node's).
function captureCallerStackTrace(error) {
  setStackState(error, recordFrames(mainNativeError, mainNativeError.stackTraceLimit, 2));
}

// Returns error.stack in V8's format (internal/stack/format converts the
// stacks of errors that the engine created itself).
function toV8Stack(error) {
  return lazyFormat().toV8Stack(error);
}

const errorConstructorNames = [
  'Error', 'TypeError', 'RangeError', 'SyntaxError', 'ReferenceError',
  'EvalError', 'URIError', 'AggregateError', 'SuppressedError',
];

// Installs V8-style stacks on the error constructors of the realm whose global object is
// `global`, and returns its Error.captureStackTrace. A vm context's global reads and writes
// its sandbox first: the context passes `get` and `set` that reach the global itself. Runs for this realm when the module first
// loads (internal/errors loads it first thing, so its classes extend the new constructors; the
// bootstrap loads it when a program first reads one of those globals, see
// internal/bootstrap/node), and for each vm context when it is made.
function installStacks(global, get = (name) => global[name],
  set = (name, value) => defineProperty(global, name, {
    value, writable: true, enumerable: false, configurable: true,
  })) {
  const nativeError = get('Error');
  const capture = makeCaptureStackTrace(nativeError);
  setNativeLimit(nativeError, 10);
  defineProperty(nativeError, 'captureStackTrace', {
    value: capture, writable: true, enumerable: false, configurable: true,
  });
  defineProperty(nativeError.prototype, 'stack', {
    get: stackGetter, set: stackSetter, enumerable: false, configurable: true,
  });
  let errorProxy;
  for (const name of errorConstructorNames) {
    const NativeCtor = get(name);
    if (typeof NativeCtor !== 'function') continue;
    const proxy = makeErrorProxy(NativeCtor, nativeError);
    defineProperty(NativeCtor.prototype, 'constructor', {
      value: proxy, writable: true, enumerable: false, configurable: true,
    });
    if (NativeCtor === nativeError) errorProxy = proxy;
    else setPrototypeOf(NativeCtor, errorProxy);
    set(name, proxy);
  }
  return capture;
}

// Top-level code is parsed once, where the body of a function called once is parsed twice.
const mainNativeError = globalThis.Error;
const captureStackTrace = installStacks(globalThis);
installedError = globalThis.Error;

module.exports = {
  captureCallerStackTrace,
  captureStackTrace,
  getEvalSource,
  installStacks,
  getFirstLineColumnOffset,
  kIsNodeError,
  kModuleWrapperName,
  registerEvalSource,
  setFirstLineColumnOffset,
  toV8Stack,
  // For internal/stack/format only.
  internals: {
    __proto__: null, PendingFrames, stackStates, firstLineColumnOffsets, defineOwnStackAccessor,
    installedError: () => installedError,
  },
};
