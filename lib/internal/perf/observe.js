'use strict';
// Performance entries, the performance timeline's buffers, and PerformanceObserver.
//
// Every new entry goes through enqueue(), which hands it to the observers watching its type;
// an observer collects entries and gets them in one callback from a setImmediate, as in
// Node. Marks, measures and resource timings are also kept in the timeline's buffers, which
// performance.getEntries*() read.

// internal/errors (with internal/stack, ~6M instructions) is loaded by the first error
// thrown.
const { codes } = require('internal/errors/lazy');
const { validateFunction, validateObject } = require('internal/validators');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
// Passed by the modules that may create entries; anything else gets ERR_ILLEGAL_CONSTRUCTOR.
const kSkipThrow = Symbol('kSkipThrow');

const supportedEntryTypes = Object.freeze(['dns', 'function', 'gc', 'http', 'http2', 'mark',
  'measure', 'net', 'quic', 'resource']);

let inspectFn;
function inspect(value, options) {
  inspectFn ??= require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

// `ClassName { ...json }`, or `[ClassName]` past the inspection depth.
function inspectEntry(self, json, depth, options) {
  const name = self.constructor.name;
  if (depth < 0) return `[${name}]`;
  return `${name} ${inspect(json, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
}

class PerformanceEntry {
  #name;
  #type;
  #start;
  #duration;

  constructor(skipThrow = undefined, name = undefined, type = undefined, start = undefined,
              duration = undefined) {
    if (skipThrow !== kSkipThrow) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
    this.#name = name;
    this.#type = type;
    this.#start = start;
    this.#duration = duration;
  }

  get name() { return this.#name; }
  get entryType() { return this.#type; }
  get startTime() { return this.#start; }
  get duration() { return this.#duration; }

  toJSON() {
    return {
      name: this.#name,
      entryType: this.#type,
      startTime: this.#start,
      duration: this.#duration,
    };
  }

  [kInspect](depth, options) {
    return inspectEntry(this, this.toJSON(), depth, options);
  }
}
defineEnumerable(PerformanceEntry.prototype, ['name', 'entryType', 'startTime', 'duration',
  'toJSON']);

// Entries made by the runtime itself (function, gc, http, net, dns), with a detail.
class PerformanceNodeEntry extends PerformanceEntry {
  #detail;

  constructor(name, type, start, duration, detail) {
    super(kSkipThrow, name, type, start, duration);
    this.#detail = detail;
  }

  get detail() { return this.#detail; }

  toJSON() {
    return { ...super.toJSON(), detail: this.#detail };
  }
}

function defineEnumerable(target, names) {
  for (const name of names) {
    const descriptor = Object.getOwnPropertyDescriptor(target, name);
    descriptor.enumerable = true;
    Object.defineProperty(target, name, descriptor);
  }
}

// -- The timeline's buffers -----------------------------------------------------------------

const kWarnSize = 1e6;
const buffers = { mark: [], measure: [], resource: [] };
let warnedBufferFull = false;

/** Keeps a mark or measure in the timeline. */
function bufferUserTiming(entry) {
  const buffer = buffers[entry.entryType];
  buffer.push(entry);
  if (buffer.length > kWarnSize && !warnedBufferFull) {
    warnedBufferFull = true;
    process.emitWarning('Possible perf_hooks memory leak detected. ' +
      `There are ${buffer.length} entries in the Performance Timeline. ` +
      'Use the clear methods to remove entries that are no longer needed or set ' +
      'a PerformanceObserver to observe the entries', 'MaxPerformanceEntryBufferExceededWarning');
  }
}

/** Drops the buffered entries of `type` (mark, measure or resource) named `name`, or all. */
function clearEntriesFromBuffer(type, name) {
  if (name === undefined) {
    buffers[type] = [];
  } else {
    name = `${name}`;
    buffers[type] = buffers[type].filter((entry) => entry.name !== name);
  }
}

function byStartTime(a, b) {
  return a.startTime - b.startTime;
}

/** The buffered entries of `type` (or all) named `name` (or all), by start time. */
function filterBufferMapByNameAndType(name, type) {
  let list;
  if (type === undefined) {
    list = [...buffers.mark, ...buffers.measure, ...buffers.resource];
  } else if (Object.hasOwn(buffers, type)) {
    list = buffers[type].slice();
  } else {
    return [];
  }
  if (name !== undefined) list = list.filter((entry) => entry.name === name);
  return list.sort(byStartTime);
}

// -- Observers ------------------------------------------------------------------------------

const observers = new Set();
const pending = new Set();
let dispatchScheduled = false;
// How many observers watch each entry type, so producers can skip work nobody sees.
const observerCounts = { __proto__: null };

const kTypeSingle = 1;
const kTypeMultiple = 2;

function scheduleDispatch() {
  if (dispatchScheduled) return;
  dispatchScheduled = true;
  setImmediate(() => {
    dispatchScheduled = false;
    const list = [...pending];
    pending.clear();
    for (const observer of list) observer[kDispatch]();
  });
}

const kDispatch = Symbol('kDispatch');
const kMaybeBuffer = Symbol('kMaybeBuffer');

class PerformanceObserverEntryList {
  #entries;

  constructor(skipThrow = undefined, entries = []) {
    if (skipThrow !== kSkipThrow) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
    this.#entries = entries.sort(byStartTime);
  }

  getEntries() {
    return this.#entries.slice();
  }

  getEntriesByType(type) {
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('type');
    type = `${type}`;
    return this.#entries.filter((entry) => entry.entryType === type);
  }

  getEntriesByName(name, type = undefined) {
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (type === undefined) return this.#entries.filter((entry) => entry.name === name);
    type = `${type}`;
    return this.#entries.filter((entry) => entry.name === name && entry.entryType === type);
  }

  [kInspect](depth, options) {
    if (depth < 0) return '[PerformanceObserverEntryList]';
    return `PerformanceObserverEntryList ${inspect(this.#entries, {
      ...options, depth: options.depth == null ? null : options.depth - 1,
    })}`;
  }
}

class PerformanceObserver {
  #buffer = [];
  #entryTypes = new Set();
  #type;
  #callback;

  constructor(callback) {
    validateFunction(callback, 'callback');
    this.#callback = callback;
  }

  static get supportedEntryTypes() {
    return supportedEntryTypes;
  }

  observe(options = {}) {
    validateObject(options, 'options');
    const { entryTypes, type, buffered } = { ...options };
    if (entryTypes === undefined && type === undefined) {
      throw new codes.ERR_MISSING_ARGS('options.entryTypes', 'options.type');
    }
    if (entryTypes != null && type != null) {
      throw new codes.ERR_INVALID_ARG_VALUE('options.entryTypes', entryTypes,
                                      'options.entryTypes can not set with options.type together');
    }
    if (this.#type === undefined) {
      this.#type = entryTypes !== undefined ? kTypeMultiple : kTypeSingle;
    } else if (this.#type === kTypeSingle && entryTypes !== undefined) {
      throw domException('PerformanceObserver can not change to multiple observations',
                         'InvalidModificationError');
    } else if (this.#type === kTypeMultiple && type !== undefined) {
      throw domException('PerformanceObserver can not change to single observation',
                         'InvalidModificationError');
    }

    if (this.#type === kTypeMultiple) {
      if (!Array.isArray(entryTypes)) {
        throw new codes.ERR_INVALID_ARG_TYPE('options.entryTypes', 'string[]', entryTypes);
      }
      this.#forgetTypes();
      for (const entryType of entryTypes) {
        if (supportedEntryTypes.includes(entryType)) this.#watch(entryType);
      }
    } else {
      if (!supportedEntryTypes.includes(type)) return;
      this.#watch(type);
      if (buffered) {
        this.#buffer.push(...filterBufferMapByNameAndType(undefined, type));
        pending.add(this);
        scheduleDispatch();
      }
    }
    if (this.#entryTypes.size > 0) {
      observers.add(this);
    } else {
      this.disconnect();
    }
  }

  #watch(type) {
    if (this.#entryTypes.has(type)) return;
    this.#entryTypes.add(type);
    observerCounts[type] = (observerCounts[type] ?? 0) + 1;
  }

  #forgetTypes() {
    for (const type of this.#entryTypes) observerCounts[type]--;
    this.#entryTypes.clear();
  }

  disconnect() {
    this.#forgetTypes();
    observers.delete(this);
    pending.delete(this);
    this.#buffer = [];
  }

  takeRecords() {
    const list = this.#buffer;
    this.#buffer = [];
    return list;
  }

  [kMaybeBuffer](entry) {
    if (!this.#entryTypes.has(entry.entryType)) return;
    this.#buffer.push(entry);
    pending.add(this);
    scheduleDispatch();
  }

  [kDispatch]() {
    const list = new PerformanceObserverEntryList(kSkipThrow, this.takeRecords());
    Reflect.apply(this.#callback, this, [list, this]);
  }

  [kInspect](depth, options) {
    if (depth < 0) return '[PerformanceObserver]';
    return `PerformanceObserver ${inspect({
      connected: observers.has(this),
      pending: pending.has(this),
      entryTypes: [...this.#entryTypes],
      buffer: this.#buffer,
    }, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

function domException(message, name) {
  const DOMException = require('internal/dom_exception').DOMException;
  return new DOMException(message, name);
}

/** Hands a new entry to the observers of its type. */
function enqueue(entry) {
  if (!observerCounts[entry.entryType]) return;
  for (const observer of observers) observer[kMaybeBuffer](entry);
}

/** Whether any observer watches entries of `type`. */
function hasObserver(type) {
  return observerCounts[type] > 0;
}

/** Makes a runtime entry (function, gc, net...) whose detail is `detail`. */
function createPerformanceNodeEntry(name, type, start, duration, detail) {
  return new PerformanceNodeEntry(name, type, start, duration, detail);
}

module.exports = {
  PerformanceEntry,
  PerformanceNodeEntry,
  PerformanceObserver,
  PerformanceObserverEntryList,
  bufferUserTiming,
  buffers,
  clearEntriesFromBuffer,
  createPerformanceNodeEntry,
  enqueue,
  filterBufferMapByNameAndType,
  hasObserver,
  inspectEntry,
  kSkipThrow,
  supportedEntryTypes,
};
