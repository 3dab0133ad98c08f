'use strict';
// performance.timerify(): wraps a function so that each call becomes a 'function' entry for
// PerformanceObservers (and a sample of options.histogram, in ns).

// internal/errors (with internal/stack, ~6M instructions) is loaded by the first error
// thrown.
const { codes } = require('internal/errors/lazy');
const { validateFunction, validateObject } = require('internal/validators');
const { now } = require('internal/perf/utils');
const { createPerformanceNodeEntry, enqueue } = require('internal/perf/observe');

function processComplete(name, start, args, histogram) {
  const duration = now() - start;
  if (histogram !== undefined) histogram.record(Math.ceil(duration * 1e6));
  const entry = createPerformanceNodeEntry(name, 'function', start, duration, args);
  for (let i = 0; i < args.length; i++) entry[i] = args[i];
  enqueue(entry);
}

/** Returns `fn` wrapped to time each call, named `timerified <name>`. */
function timerify(fn, options = {}) {
  validateFunction(fn, 'fn');
  validateObject(options, 'options');
  const { histogram } = options;
  if (histogram !== undefined &&
      !(histogram instanceof require('internal/histogram').RecordableHistogram)) {
    throw new codes.ERR_INVALID_ARG_TYPE('options.histogram', 'RecordableHistogram', histogram);
  }

  function timerified(...args) {
    const isConstruct = new.target !== undefined;
    const start = now();
    const result = isConstruct ? Reflect.construct(fn, args, fn) : Reflect.apply(fn, this, args);
    if (!isConstruct && typeof result?.finally === 'function') {
      return result.finally(() => processComplete(fn.name, start, args, histogram));
    }
    processComplete(fn.name, start, args, histogram);
    return result;
  }

  Object.defineProperties(timerified, {
    length: { value: fn.length, configurable: true },
    name: { value: `timerified ${fn.name}`, configurable: true },
  });
  return timerified;
}

module.exports = { timerify };
