'use strict';
// Histograms of positive integers for perf_hooks: createHistogram() (RecordableHistogram)
// and monitorEventLoopDelay() (IntervalHistogram).
//
// Values are counted in buckets the way Node's HDR histogram counts them, so that min, max
// and percentiles read the same: a value keeps `figures` significant decimal digits (below
// 2048 with the default 3 figures, every integer is its own bucket; above, a bucket spans a
// power of two). A bucket reports its highest equivalent value for max and percentiles, its
// lowest for min, and its midpoint for mean and stddev.

// internal/errors (with internal/stack, ~6M instructions) is loaded by the first error
// thrown.
const { codes } = require('internal/errors/lazy');
const {
  validateInteger,
  validateNumber,
  validateObject,
} = require('internal/validators');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kSkipThrow = Symbol('kSkipThrow');
const kEmptyMin = 9223372036854775807n;
const kMaxSafe = Number.MAX_SAFE_INTEGER;

// Internal entry points, set by Histogram's static block: not part of the public shape.
let recordValue;
let addAll;

// The number of bits of a non-negative integer up to 2^53.
function bitLength(value) {
  if (value < 2 ** 32) return 32 - Math.clz32(value);
  return 64 - Math.clz32(Math.floor(value / 2 ** 32));
}

class Histogram {
  #unit;        // 2^unitMagnitude: the bucket size of the smallest values
  #subBucketBits;
  #highest;
  #counts = new Map(); // lowest equivalent value of a bucket → count
  #count = 0;
  #exceeds = 0;
  #min = Infinity;
  #max = 0;
  #sorted = null;      // bucket keys in ascending order, until the next record

  constructor(skipThrow = undefined, lowest = 1, highest = kMaxSafe, figures = 3) {
    if (skipThrow !== kSkipThrow) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
    this.#unit = 2 ** Math.floor(Math.log2(lowest));
    this.#subBucketBits = Math.ceil(Math.log2(2 * 10 ** figures));
    this.#highest = highest;
  }

  #bucketSize(value) {
    const scaled = Math.floor(value / this.#unit);
    const extra = bitLength(scaled) - this.#subBucketBits;
    return extra > 0 ? this.#unit * 2 ** extra : this.#unit;
  }

  #lowestEquivalent(value) {
    const size = this.#bucketSize(value);
    return Math.floor(value / size) * size;
  }

  #highestEquivalent(value) {
    return this.#lowestEquivalent(value) + this.#bucketSize(value) - 1;
  }

  #keys() {
    this.#sorted ??= [...this.#counts.keys()].sort((a, b) => a - b);
    return this.#sorted;
  }

  static {
    recordValue = (histogram, value, times = 1) => histogram.#record(value, times);
    addAll = (histogram, other) => {
      for (const [key, times] of other.#counts) histogram.#record(key, times);
      histogram.#exceeds += other.#exceeds;
    };
  }

  // Records one value (a positive integer); false if it is above the highest trackable.
  #record(value, times) {
    if (value > this.#highest) {
      this.#exceeds += times;
      return false;
    }
    const key = this.#lowestEquivalent(value);
    const previous = this.#counts.get(key);
    if (previous === undefined) this.#sorted = null;
    this.#counts.set(key, (previous ?? 0) + times);
    this.#count += times;
    if (value < this.#min) this.#min = value;
    if (value > this.#max) this.#max = value;
    return true;
  }

  get count() { return this.#count; }
  get countBigInt() { return BigInt(this.#count); }
  get exceeds() { return this.#exceeds; }
  get exceedsBigInt() { return BigInt(this.#exceeds); }

  get min() {
    return this.#count === 0 ? Number(kEmptyMin) : this.#lowestEquivalent(this.#min);
  }

  get minBigInt() {
    return this.#count === 0 ? kEmptyMin : BigInt(this.#lowestEquivalent(this.#min));
  }

  get max() {
    return this.#count === 0 ? 0 : this.#highestEquivalent(this.#max);
  }

  get maxBigInt() {
    return BigInt(this.max);
  }

  #median(key) {
    return key + Math.floor(this.#bucketSize(key) / 2);
  }

  get mean() {
    if (this.#count === 0) return NaN;
    let total = 0;
    for (const [key, times] of this.#counts) total += this.#median(key) * times;
    return total / this.#count;
  }

  get stddev() {
    if (this.#count === 0) return NaN;
    const mean = this.mean;
    let total = 0;
    for (const [key, times] of this.#counts) total += (this.#median(key) - mean) ** 2 * times;
    return Math.sqrt(total / this.#count);
  }

  // The n-th central moment over the buckets' midpoints.
  #moment(n) {
    const mean = this.mean;
    let total = 0;
    for (const [key, times] of this.#counts) total += (this.#median(key) - mean) ** n * times;
    return total / this.#count;
  }

  get skewness() {
    if (this.#count === 0) return 0;
    const variance = this.#moment(2);
    return variance === 0 ? 0 : this.#moment(3) / variance ** 1.5;
  }

  get kurtosis() {
    if (this.#count === 0) return 0;
    const variance = this.#moment(2);
    return variance === 0 ? 0 : this.#moment(4) / variance ** 2 - 3;
  }

  #valueAt(percentile) {
    if (this.#count === 0) return 0;
    const target = Math.max(Math.floor((percentile / 100) * this.#count + 0.5), 1);
    let seen = 0;
    for (const key of this.#keys()) {
      seen += this.#counts.get(key);
      if (seen >= target) return this.#highestEquivalent(key);
    }
    return this.max;
  }

  percentile(percentile) {
    validateNumber(percentile, 'percentile');
    if (!(percentile > 0 && percentile <= 100)) {
      throw new codes.ERR_OUT_OF_RANGE('percentile', '> 0 && <= 100', percentile);
    }
    return this.#valueAt(percentile);
  }

  percentileBigInt(percentile) {
    return BigInt(this.percentile(percentile));
  }

  // The percentile distribution as HDR reports it: percentiles at halving distances to 100
  // (0, 50, 75, 87.5...), each with the lowest value of the bucket reached there, ending
  // with 100. The last bucket reports once, whatever percentile comes next.
  #distribution() {
    const result = [];
    let next = 0;
    let seen = 0;
    let value = 0;
    const advance = () => {
      result.push([next, value]);
      next += 100 / 2 ** (Math.floor(Math.log2(100 / (100 - next))) + 1);
    };
    for (const key of this.#keys()) {
      seen += this.#counts.get(key);
      value = key;
      if (seen >= this.#count) {
        advance();
        break;
      }
      const reached = (100 * seen) / this.#count;
      while (next <= reached) advance();
    }
    result.push([100, value]);
    return result;
  }

  get percentiles() {
    return new Map(this.#distribution());
  }

  get percentilesBigInt() {
    return new Map(this.#distribution().map(([p, v]) => [p, BigInt(v)]));
  }

  reset() {
    this.#counts.clear();
    this.#sorted = null;
    this.#count = 0;
    this.#exceeds = 0;
    this.#min = Infinity;
    this.#max = 0;
  }

  toJSON() {
    return {
      count: this.count,
      min: this.min,
      max: this.max,
      mean: this.mean,
      exceeds: this.exceeds,
      stddev: this.stddev,
      skewness: this.skewness,
      kurtosis: this.kurtosis,
      percentiles: Object.fromEntries(this.percentiles),
    };
  }

  [kInspect](depth, options) {
    if (depth < 0) return '[Histogram]';
    const { inspect } = require('internal/util/inspect');
    return `Histogram ${inspect({
      min: this.min,
      max: this.max,
      mean: this.mean,
      exceeds: this.exceeds,
      stddev: this.stddev,
      skewness: this.skewness,
      kurtosis: this.kurtosis,
      count: this.count,
      percentiles: this.percentiles,
    }, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

for (const name of ['count', 'countBigInt', 'exceeds', 'exceedsBigInt', 'min', 'minBigInt',
  'max', 'maxBigInt', 'mean', 'stddev', 'skewness', 'kurtosis', 'percentile', 'percentileBigInt', 'percentiles',
  'percentilesBigInt', 'reset', 'toJSON']) {
  const descriptor = Object.getOwnPropertyDescriptor(Histogram.prototype, name);
  descriptor.enumerable = true;
  Object.defineProperty(Histogram.prototype, name, descriptor);
}

let clockNow;

class RecordableHistogram extends Histogram {
  #previous = 0;

  constructor(skipThrow = undefined, lowest = 1, highest = kMaxSafe, figures = 3) {
    super(skipThrow, lowest, highest, figures);
  }

  record(val) {
    if (typeof val === 'bigint') {
      if (val < 1n || val > kEmptyMin) {
        const error = new RangeError('value is out of range');
        error.code = 'ERR_OUT_OF_RANGE';
        throw error;
      }
      recordValue(this, Number(val));
      return;
    }
    validateInteger(val, 'val', 1);
    recordValue(this, val);
  }

  recordDelta() {
    clockNow ??= require('internal/perf/utils').now;
    const time = Math.round(clockNow() * 1e6);
    if (this.#previous > 0) {
      const delta = time - this.#previous;
      if (delta > 0) recordValue(this, delta);
    }
    this.#previous = time;
  }

  add(other) {
    if (!(other instanceof RecordableHistogram)) {
      throw new codes.ERR_INVALID_ARG_TYPE('other', 'RecordableHistogram', other);
    }
    addAll(this, other);
  }
}

for (const name of ['record', 'recordDelta', 'add']) {
  const descriptor = Object.getOwnPropertyDescriptor(RecordableHistogram.prototype, name);
  descriptor.enumerable = true;
  Object.defineProperty(RecordableHistogram.prototype, name, descriptor);
}

// Numbers and bigints both describe a histogram's bounds.
function validateBound(value, name, min) {
  if (typeof value === 'bigint') value = Number(value);
  validateInteger(value, name, min, kMaxSafe);
  return value;
}

/** Returns a new RecordableHistogram for values in [lowest, highest]. */
function createHistogram(options = {}) {
  validateObject(options, 'options');
  const { lowest = 1, highest = kMaxSafe, figures = 3 } = options;
  const low = validateBound(lowest, 'options.lowest', 1);
  const high = validateBound(highest, 'options.highest', 2 * low);
  validateInteger(figures, 'options.figures', 1, 5);
  return new RecordableHistogram(kSkipThrow, low, high, figures);
}

// -- Event loop delay -----------------------------------------------------------------------

const kMaxDelay = 3600 * 1e9; // one hour, in ns: longer delays count as exceeds
const enabledHistograms = new Map(); // id → IntervalHistogram sampling now
let nextId = 1;
let perfBinding;

function onLoopDelay(id, delta) {
  const histogram = enabledHistograms.get(id);
  if (histogram !== undefined) recordValue(histogram, delta);
}

class ELDHistogram extends Histogram {
  #id = nextId++;
  #resolution;

  constructor(skipThrow = undefined, resolution = 10) {
    super(skipThrow, 1, kMaxDelay, 3);
    this.#resolution = resolution;
  }

  /** Starts sampling; false if it already was. */
  enable() {
    if (enabledHistograms.has(this.#id)) return false;
    if (perfBinding === undefined) {
      perfBinding = internalBinding('performance');
      perfBinding.onLoopDelay = onLoopDelay;
    }
    enabledHistograms.set(this.#id, this);
    perfBinding.startLoopDelay(this.#id, this.#resolution);
    return true;
  }

  /** Stops sampling; false if it already was stopped. */
  disable() {
    if (!enabledHistograms.has(this.#id)) return false;
    enabledHistograms.delete(this.#id);
    perfBinding.stopLoopDelay(this.#id);
    return true;
  }

  [Symbol.dispose]() {
    this.disable();
  }
}

for (const name of ['enable', 'disable']) {
  const descriptor = Object.getOwnPropertyDescriptor(ELDHistogram.prototype, name);
  descriptor.enumerable = true;
  Object.defineProperty(ELDHistogram.prototype, name, descriptor);
}

/**
 * Returns an IntervalHistogram that, once enabled, samples the event loop's delay (in ns)
 * every `resolution` ms.
 */
function monitorEventLoopDelay(options = {}) {
  validateObject(options, 'options');
  const { resolution = 10 } = options;
  validateInteger(resolution, 'options.resolution', 1);
  return new ELDHistogram(kSkipThrow, resolution);
}

function isHistogram(value) {
  return value instanceof Histogram;
}

module.exports = {
  Histogram,
  ELDHistogram,
  RecordableHistogram,
  createHistogram,
  isHistogram,
  monitorEventLoopDelay,
};
