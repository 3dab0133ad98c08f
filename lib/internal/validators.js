'use strict';

// Argument checks shared by the built-in modules. Each throws the error
// Node throws for the same input (class, code and message).
//
// A failing check rewrites the error's stack to start at the check's
// caller, as Node's hideStackFrames does, so the stack points at the API the
// user called. That costs only on failure: the passing path is a plain
// function call.

const { codes } = require('internal/errors/lazy');

const { isArray } = Array;
const { isInteger, isNaN: numberIsNaN } = Number;

// Starts the error's stack at the caller of `check`.
function hideCheckFrame(error, check) {
  Error.captureStackTrace(error, check);
  return error;
}

/** Whether value is a 32-bit signed integer. */
function isInt32(value) {
  return value === (value | 0);
}

/** Whether value is a 32-bit unsigned integer. */
function isUint32(value) {
  return value === (value >>> 0);
}

function validateString(value, name) {
  if (typeof value !== 'string') {
    throw hideCheckFrame(new codes.ERR_INVALID_ARG_TYPE(name, 'string', value), validateString);
  }
}

/** A number, within [min, max] when those are given (NaN then fails). */
function validateNumber(value, name, min = undefined, max = undefined) {
  if (typeof value !== 'number') {
    throw hideCheckFrame(new codes.ERR_INVALID_ARG_TYPE(name, 'number', value), validateNumber);
  }
  if ((min != null && value < min) || (max != null && value > max) ||
      ((min != null || max != null) && numberIsNaN(value))) {
    let range = '';
    if (min != null) range += `>= ${min}`;
    if (min != null && max != null) range += ' && ';
    if (max != null) range += `<= ${max}`;
    throw hideCheckFrame(new codes.ERR_OUT_OF_RANGE(name, range, value), validateNumber);
  }
}

function checkInteger(value, name, min, max, check) {
  if (typeof value !== 'number') {
    throw hideCheckFrame(new codes.ERR_INVALID_ARG_TYPE(name, 'number', value), check);
  }
  if (!isInteger(value)) {
    throw hideCheckFrame(new codes.ERR_OUT_OF_RANGE(name, 'an integer', value), check);
  }
  if (value < min || value > max) {
    throw hideCheckFrame(new codes.ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value), check);
  }
}

/** An integer in [min, max] (the safe integer range by default). */
function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER,
  max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== 'number' || !isInteger(value) || value < min || value > max) {
    checkInteger(value, name, min, max, validateInteger);
  }
}

function validateInt32(value, name, min = -2147483648, max = 2147483647) {
  if (typeof value !== 'number' || !isInteger(value) || value < min || value > max) {
    checkInteger(value, name, min, max, validateInt32);
  }
}

/** An integer in [0, 2^32 - 1], or [1, 2^32 - 1] when positive is true. */
function validateUint32(value, name, positive = false) {
  const min = positive ? 1 : 0;
  const max = 4294967295;
  if (typeof value !== 'number' || !isInteger(value) || value < min || value > max) {
    checkInteger(value, name, min, max, validateUint32);
  }
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') {
    throw hideCheckFrame(new codes.ERR_INVALID_ARG_TYPE(name, 'boolean', value), validateBoolean);
  }
}

function validateFunction(value, name) {
  if (typeof value !== 'function') {
    throw hideCheckFrame(new codes.ERR_INVALID_ARG_TYPE(name, 'Function', value), validateFunction);
  }
}

// Flags for validateObject's third argument.
const kValidateObjectNone = 0;
const kValidateObjectAllowNullable = 1 << 0;
const kValidateObjectAllowArray = 1 << 1;
const kValidateObjectAllowFunction = 1 << 2;
const kValidateObjectAllowObjects = kValidateObjectAllowArray | kValidateObjectAllowFunction;
const kValidateObjectAllowObjectsAndNull = kValidateObjectAllowObjects |
  kValidateObjectAllowNullable;

/**
 * A non-null, non-array object. `options` is a mask of the
 * kValidateObjectAllow* flags, or an object { nullable, allowArray,
 * allowFunction } as older callers pass.
 */
function validateObject(value, name, options = kValidateObjectNone) {
  let flags = options;
  if (options !== null && typeof options === 'object') {
    flags = (options.nullable ? kValidateObjectAllowNullable : 0) |
      (options.allowArray ? kValidateObjectAllowArray : 0) |
      (options.allowFunction ? kValidateObjectAllowFunction : 0);
  }
  let valid;
  if (value === null) {
    valid = (flags & kValidateObjectAllowNullable) !== 0;
  } else if (typeof value === 'object') {
    valid = !isArray(value) || (flags & kValidateObjectAllowArray) !== 0;
  } else {
    valid = typeof value === 'function' && (flags & kValidateObjectAllowFunction) !== 0;
  }
  if (!valid) {
    throw hideCheckFrame(new codes.ERR_INVALID_ARG_TYPE(name, 'Object', value), validateObject);
  }
}

/** undefined, or an object that looks like an AbortSignal. */
function validateAbortSignal(signal, name) {
  if (signal !== undefined &&
      (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw hideCheckFrame(new codes.ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal),
      validateAbortSignal);
  }
}

/** One of the values in oneOf (compared with ===). */
function validateOneOf(value, name, oneOf) {
  if (!oneOf.includes(value)) {
    const allowed = oneOf.map((v) => (typeof v === 'string' ? `'${v}'` : String(v))).join(', ');
    throw hideCheckFrame(new codes.ERR_INVALID_ARG_VALUE(name, value, `must be one of: ${allowed}`),
      validateOneOf);
  }
}

// The rarer validators live in internal/validators/extra, loaded on first use: the modules
// that load at start-up need only those above, and parsing a built-in's code is most of
// what loading it costs.
const extraNames = [
  'checkRangesOrGetDefault', 'parseFileMode', 'signals', 'validateAbortSignalArray',
  'validateArray', 'validateBooleanArray', 'validateBuffer', 'validateDictionary',
  'validateEncoding', 'validateFiniteNumber', 'validatePlainFunction',
  'validatePort', 'validateSignalName', 'validateStringArray',
  'validateStringWithoutNullBytes', 'validateUndefined', 'validateUnion',
];

module.exports = {
  hideCheckFrame,
  isInt32,
  isUint32,
  kValidateObjectAllowArray,
  kValidateObjectAllowFunction,
  kValidateObjectAllowNullable,
  kValidateObjectAllowObjects,
  kValidateObjectAllowObjectsAndNull,
  kValidateObjectNone,
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateInt32,
  validateInteger,
  validateNumber,
  validateObject,
  validateOneOf,
  validateString,
  validateUint32,
};

for (const name of extraNames) {
  Object.defineProperty(module.exports, name, {
    get() { return require('internal/validators/extra')[name]; },
    enumerable: true,
    configurable: true,
  });
}
