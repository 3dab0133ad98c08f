'use strict';
// User Timing: performance.mark() and performance.measure(), PerformanceMark and
// PerformanceMeasure.

// internal/errors (with internal/stack, ~6M instructions) is loaded by the first error
// thrown.
const { codes } = require('internal/errors/lazy');
const { validateNumber, validateObject } = require('internal/validators');
const {
  PerformanceEntry,
  bufferUserTiming,
  clearEntriesFromBuffer,
  enqueue,
  kSkipThrow,
} = require('internal/perf/observe');
const { now, getMilestone, milestoneNames } = require('internal/perf/utils');

// The latest start time of each mark name, which measure() refers to.
const markTimings = new Map();

let structuredCloneFn;
function cloneDetail(detail) {
  if (detail == null) return null;
  structuredCloneFn ??= require('internal/structured_clone').structuredClone;
  return structuredCloneFn(detail);
}

class PerformanceMark extends PerformanceEntry {
  #detail;

  constructor(name, options = undefined) {
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (options != null) validateObject(options, 'options');
    const startTime = options?.startTime ?? now();
    validateNumber(startTime, 'startTime');
    if (startTime < 0) throw new codes.ERR_PERFORMANCE_INVALID_TIMESTAMP(startTime);
    const detail = cloneDetail(options?.detail);
    super(kSkipThrow, name, 'mark', startTime, 0);
    this.#detail = detail;
    markTimings.set(name, startTime);
  }

  get detail() { return this.#detail; }

  toJSON() {
    return { ...super.toJSON(), detail: this.#detail };
  }
}

class PerformanceMeasure extends PerformanceEntry {
  #detail;

  constructor(skipThrow = undefined, name = undefined, start = undefined, duration = undefined,
              detail = undefined) {
    super(skipThrow, name, 'measure', start, duration);
    this.#detail = detail;
  }

  get detail() { return this.#detail; }

  toJSON() {
    return { ...super.toJSON(), detail: this.#detail };
  }
}

for (const proto of [PerformanceMark.prototype, PerformanceMeasure.prototype]) {
  for (const name of ['detail', 'toJSON']) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    descriptor.enumerable = true;
    Object.defineProperty(proto, name, descriptor);
  }
}

/** Records a mark in the timeline and returns it. */
function mark(name, options = undefined) {
  if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('name');
  const entry = new PerformanceMark(name, options);
  enqueue(entry);
  bufferUserTiming(entry);
  return entry;
}

// A time for measure(): a timestamp as is, else the start time of the mark (or start-up
// milestone) of that name.
function getMark(name) {
  if (name === undefined) return undefined;
  if (typeof name === 'number') {
    if (name < 0) throw new codes.ERR_PERFORMANCE_INVALID_TIMESTAMP(name);
    return name;
  }
  name = `${name}`;
  if (milestoneNames.includes(name)) return getMilestone(name);
  const time = markTimings.get(name);
  if (time === undefined) {
    const { DOMException } = require('internal/dom_exception');
    throw new DOMException(`The "${name}" performance mark has not been set`, 'SyntaxError');
  }
  return time;
}

/**
 * Records the time between two marks (names, timestamps, or options { start, end, duration,
 * detail }) in the timeline and returns it.
 */
function measure(name, startOrMeasureOptions = undefined, endMark = undefined) {
  if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('name');
  name = `${name}`;
  let start;
  let end;
  let duration;
  let detail;
  const options = startOrMeasureOptions;
  if (options !== null && typeof options === 'object' && Object.keys(options).length > 0) {
    ({ start, end, duration, detail } = options);
    if (endMark !== undefined) {
      throw new codes.ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS('endMark must not be specified');
    }
    if (start !== undefined && end !== undefined && duration !== undefined) {
      throw new codes.ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS(
        'Must not have options.start, options.end, and options.duration specified');
    }
  }

  const endOption = end;
  if (endMark !== undefined) {
    end = getMark(endMark);
  } else if (end !== undefined) {
    end = getMark(end);
  } else if (start !== undefined && duration !== undefined) {
    end = getMark(start) + getMark(duration);
  } else {
    end = now();
  }

  if (typeof startOrMeasureOptions === 'string') {
    start = getMark(startOrMeasureOptions);
  } else if (start !== undefined) {
    start = getMark(start);
  } else if (duration !== undefined && endOption !== undefined) {
    start = end - getMark(duration);
  } else {
    start = 0;
  }

  const entry = new PerformanceMeasure(kSkipThrow, name, start, end - start, cloneDetail(detail));
  enqueue(entry);
  bufferUserTiming(entry);
  return entry;
}

/** Removes the marks named `name` (all marks without a name) from the timeline. */
function clearMarks(name = undefined) {
  if (name !== undefined) {
    name = `${name}`;
    markTimings.delete(name);
  } else {
    markTimings.clear();
  }
  clearEntriesFromBuffer('mark', name);
}

/** Removes the measures named `name` (all without a name) from the timeline. */
function clearMeasures(name = undefined) {
  clearEntriesFromBuffer('measure', name);
}

module.exports = {
  PerformanceMark,
  PerformanceMeasure,
  clearMarks,
  clearMeasures,
  mark,
  measure,
};
