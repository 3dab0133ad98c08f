'use strict';
// The Performance class and the `performance` object (the global and perf_hooks.performance).
//
// Loading this module is all `performance.now()` costs: user timing, observers, timerify
// and resource timing load on their first use.

// internal/errors (with internal/stack, ~6M instructions) is loaded by the first error
// thrown.
const { codes } = require('internal/errors/lazy');
const { EventTarget, defineEventHandler } = require('internal/event_target');
const { binding, getMilestone, now: clockNow, timeOrigin } = require('internal/perf/utils');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kSkipThrow = Symbol('kSkipThrow');

let usertiming;
function userTiming() {
  usertiming ??= require('internal/perf/usertiming');
  return usertiming;
}

let observe;
function observeModule() {
  observe ??= require('internal/perf/observe');
  return observe;
}

let resourceTiming;
function resourceTimingModule() {
  resourceTiming ??= require('internal/perf/resource_timing');
  return resourceTiming;
}

let inspectFn;
function inspect(value, options) {
  inspectFn ??= require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

// -- nodeTiming -----------------------------------------------------------------------------

// performance.nodeTiming: the runtime's start-up milestones, in ms since the time origin.
class PerformanceNodeTiming {
  constructor(skipThrow = undefined) {
    if (skipThrow !== kSkipThrow) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
    const milestone = (name) => ({
      get() { return getMilestone(name); }, enumerable: true, configurable: true,
    });
    Object.defineProperties(this, {
      name: { value: 'node', enumerable: true, configurable: true },
      entryType: { value: 'node', enumerable: true, configurable: true },
      startTime: { value: 0, enumerable: true, configurable: true },
      duration: { get() { return clockNow(); }, enumerable: true, configurable: true },
      nodeStart: milestone('nodeStart'),
      v8Start: milestone('v8Start'),
      environment: milestone('environment'),
      loopStart: milestone('loopStart'),
      loopExit: milestone('loopExit'),
      bootstrapComplete: milestone('bootstrapComplete'),
      idleTime: { get() { return loopIdleTime(); }, enumerable: true, configurable: true },
      uvMetricsInfo: {
        get() { return { loopCount: 0, events: 0, eventsWaiting: 0 }; },
        enumerable: true, configurable: true,
      },
    });
  }

  toJSON() {
    return {
      name: 'node',
      entryType: 'node',
      startTime: this.startTime,
      duration: this.duration,
      nodeStart: this.nodeStart,
      v8Start: this.v8Start,
      bootstrapComplete: this.bootstrapComplete,
      environment: this.environment,
      loopStart: this.loopStart,
      loopExit: this.loopExit,
      idleTime: this.idleTime,
    };
  }

  [kInspect](depth, options) {
    if (depth < 0) return '[PerformanceNodeTiming]';
    const plain = this.toJSON();
    return `PerformanceNodeTiming ${inspect(plain, {
      ...options, depth: options.depth == null ? null : options.depth - 1,
    })}`;
  }
}

// Milliseconds the loop has waited for events (0 before it has run).
function loopIdleTime() {
  return binding.loopIdleTime();
}

let nodeTiming;
function getNodeTiming() {
  nodeTiming ??= new PerformanceNodeTiming(kSkipThrow);
  return nodeTiming;
}

/**
 * Returns the share of time the event loop has been busy: since start-up, since `util1`,
 * or between `util2` and `util1`.
 */
function eventLoopUtilization(util1 = undefined, util2 = undefined) {
  const loopStart = getMilestone('loopStart');
  if (loopStart <= 0) return { idle: 0, active: 0, utilization: 0 };
  if (util2) {
    const idle = util1.idle - util2.idle;
    const active = util1.active - util2.active;
    return { idle, active, utilization: active / (idle + active) };
  }
  const idle = loopIdleTime();
  const active = clockNow() - loopStart - idle;
  if (!util1) return { idle, active, utilization: active / (idle + active) };
  const idleDelta = idle - util1.idle;
  const activeDelta = active - util1.active;
  return { idle: idleDelta, active: activeDelta, utilization: activeDelta / (idleDelta + activeDelta) };
}

// -- Performance ----------------------------------------------------------------------------

function checkThis(self) {
  if (!(self instanceof Performance)) throw new codes.ERR_INVALID_THIS('Performance');
}

class Performance extends EventTarget {
  constructor(skipThrow = undefined) {
    if (skipThrow !== kSkipThrow) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
    super();
  }

  now() {
    checkThis(this);
    return clockNow();
  }

  get timeOrigin() {
    checkThis(this);
    return timeOrigin;
  }

  get nodeTiming() {
    checkThis(this);
    return getNodeTiming();
  }

  mark(name, options = undefined) {
    checkThis(this);
    return Reflect.apply(userTiming().mark, undefined, arguments);
  }

  measure(name, startOrMeasureOptions = undefined, endMark = undefined) {
    checkThis(this);
    return Reflect.apply(userTiming().measure, undefined, arguments);
  }

  clearMarks(name = undefined) {
    checkThis(this);
    userTiming().clearMarks(name);
  }

  clearMeasures(name = undefined) {
    checkThis(this);
    userTiming().clearMeasures(name);
  }

  clearResourceTimings(name = undefined) {
    checkThis(this);
    resourceTimingModule().clearResourceTimings(name);
  }

  getEntries() {
    checkThis(this);
    return observeModule().filterBufferMapByNameAndType();
  }

  getEntriesByName(name, type = undefined) {
    checkThis(this);
    if (arguments.length === 0) throw new (errorCodes().ERR_MISSING_ARGS)('name');
    return observeModule().filterBufferMapByNameAndType(`${name}`,
                                                        type === undefined ? undefined : `${type}`);
  }

  getEntriesByType(type) {
    checkThis(this);
    if (arguments.length === 0) throw new (errorCodes().ERR_MISSING_ARGS)('type');
    return observeModule().filterBufferMapByNameAndType(undefined, `${type}`);
  }

  setResourceTimingBufferSize(maxSize) {
    checkThis(this);
    resourceTimingModule().setResourceTimingBufferSize(maxSize);
  }

  markResourceTiming(timingInfo, requestedUrl, initiatorType, global, cacheMode, bodyInfo,
                     responseStatus, deliveryType = undefined) {
    // No `this` check: undici calls it detached (`const f = performance.markResourceTiming`),
    // which Node allows; the entry goes to the one global performance timeline.
    return resourceTimingModule().markResourceTiming(performance, timingInfo, requestedUrl,
                                                     initiatorType, global, cacheMode, bodyInfo,
                                                     responseStatus, deliveryType);
  }

  eventLoopUtilization(util1 = undefined, util2 = undefined) {
    return eventLoopUtilization(util1, util2);
  }

  timerify(fn, options = undefined) {
    return require('internal/perf/timerify').timerify(fn, options);
  }

  toJSON() {
    checkThis(this);
    return {
      nodeTiming: getNodeTiming(),
      timeOrigin,
      eventLoopUtilization: eventLoopUtilization(),
    };
  }

  [kInspect](depth, options) {
    if (depth < 0) return '[Performance]';
    return `Performance ${inspect({ nodeTiming: getNodeTiming(), timeOrigin }, {
      ...options, depth: options.depth == null ? null : options.depth - 1,
    })}`;
  }
}

function errorCodes() {
  return require('internal/errors').codes;
}

// Node's own property names, so performance.eventLoopUtilization === the perf_hooks export.
Object.defineProperty(Performance.prototype, 'eventLoopUtilization', {
  value: eventLoopUtilization, writable: true, enumerable: true, configurable: true,
});
for (const name of ['now', 'timeOrigin', 'nodeTiming', 'mark', 'measure', 'clearMarks',
  'clearMeasures', 'clearResourceTimings', 'getEntries', 'getEntriesByName',
  'getEntriesByType', 'setResourceTimingBufferSize', 'markResourceTiming', 'timerify',
  'toJSON']) {
  const descriptor = Object.getOwnPropertyDescriptor(Performance.prototype, name);
  descriptor.enumerable = true;
  Object.defineProperty(Performance.prototype, name, descriptor);
}
defineEventHandler(Performance.prototype, 'resourcetimingbufferfull');
Object.defineProperty(Performance.prototype, Symbol.toStringTag, {
  value: 'Performance', writable: false, enumerable: false, configurable: true,
});

const performance = new Performance(kSkipThrow);

module.exports = {
  Performance,
  eventLoopUtilization,
  performance,
};
