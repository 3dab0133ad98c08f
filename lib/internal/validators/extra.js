'use strict';
// The validators of internal/validators that no module loaded at start-up needs, loaded on
// first use through internal/validators (require that module, not this one).

const { codes } = require('internal/errors/lazy');
const {
  hideCheckFrame, validateAbortSignal, validateBoolean, validateString, validateUint32,
} = require('internal/validators');

const { isArray } = Array;
const { isNaN: numberIsNaN, isFinite: numberIsFinite } = Number;

function validateStringWithoutNullBytes(value, name) {
  if (typeof value !== 'string') {
    throw hideCheckFrame(new codes.ERR_INVALID_ARG_TYPE(name, 'string', value),
      validateStringWithoutNullBytes);
  }
  if (value.includes('\u0000')) {
    throw hideCheckFrame(new codes.ERR_INVALID_ARG_VALUE(name, value,
      'must be a string without null bytes'), validateStringWithoutNullBytes);
  }
}

/**
 * false for undefined and NaN, true for a finite number; throws for
 * anything else (ERR_INVALID_ARG_TYPE, or ERR_OUT_OF_RANGE for infinities).
 */
function validateFiniteNumber(number, name) {
  if (number === undefined) return false;
  if (numberIsFinite(number)) return true;
  if (numberIsNaN(number)) return false;
  if (typeof number !== 'number') {
    throw hideCheckFrame(new codes.ERR_INVALID_ARG_TYPE(name, 'number', number),
      validateFiniteNumber);
  }
  throw hideCheckFrame(new codes.ERR_OUT_OF_RANGE(name, 'a finite number', number),
    validateFiniteNumber);
}

/** number when it is a finite number in [lower, upper], def when undefined or NaN. */
function checkRangesOrGetDefault(number, name, lower, upper, def) {
  let finite;
  try {
    finite = validateFiniteNumber(number, name);
  } catch (error) {
    throw hideCheckFrame(error, checkRangesOrGetDefault);
  }
  if (!finite) return def;
  if (number < lower || number > upper) {
    throw hideCheckFrame(new codes.ERR_OUT_OF_RANGE(name, `>= ${lower} and <= ${upper}`, number),
      checkRangesOrGetDefault);
  }
  return number;
}

/** A function that is not async. */
function validatePlainFunction(value, name) {
  if (typeof value !== 'function' ||
      Object.prototype.toString.call(value) === '[object AsyncFunction]') {
    throw hideCheckFrame(new codes.ERR_INVALID_ARG_TYPE(name, 'Function', value),
      validatePlainFunction);
  }
}

function validateUndefined(value, name) {
  if (value !== undefined) {
    throw hideCheckFrame(new codes.ERR_INVALID_ARG_TYPE(name, 'undefined', value),
      validateUndefined);
  }
}

/** null, undefined, an object or a function (a WebIDL dictionary). */
function validateDictionary(value, name) {
  if (value != null && typeof value !== 'object' && typeof value !== 'function') {
    throw hideCheckFrame(new codes.ERR_INVALID_ARG_TYPE(name, 'a dictionary', value),
      validateDictionary);
  }
}

function validateArray(value, name, minLength = 0) {
  if (!isArray(value)) {
    throw hideCheckFrame(new codes.ERR_INVALID_ARG_TYPE(name, 'Array', value), validateArray);
  }
  if (value.length < minLength) {
    throw hideCheckFrame(new codes.ERR_INVALID_ARG_VALUE(name, value,
      `must have a length of at least ${minLength}`), validateArray);
  }
}

function validateArrayOf(value, name, validateElement, check) {
  try {
    validateArray(value, name);
    for (let i = 0; i < value.length; i++) validateElement(value[i], `${name}[${i}]`);
  } catch (error) {
    throw hideCheckFrame(error, check);
  }
}

function validateStringArray(value, name) {
  validateArrayOf(value, name, validateString, validateStringArray);
}

function validateBooleanArray(value, name) {
  validateArrayOf(value, name, validateBoolean, validateBooleanArray);
}

function validateAbortSignalArray(signals, name) {
  try {
    validateArray(signals, name);
    for (let i = 0; i < signals.length; i++) {
      // undefined passes validateAbortSignal but is not a signal.
      if (signals[i] === undefined) {
        throw new codes.ERR_INVALID_ARG_TYPE(`${name}[${i}]`, 'AbortSignal', undefined);
      }
      validateAbortSignal(signals[i], `${name}[${i}]`);
    }
  } catch (error) {
    throw hideCheckFrame(error, validateAbortSignalArray);
  }
}

/** One of the strings in union, reported as an ERR_INVALID_ARG_TYPE. */
function validateUnion(value, name, union) {
  if (!union.includes(value)) {
    throw hideCheckFrame(new codes.ERR_INVALID_ARG_TYPE(name, `('${union.join('|')}')`, value),
      validateUnion);
  }
}

/** A Buffer, TypedArray or DataView. */
function validateBuffer(buffer, name = 'buffer') {
  if (!ArrayBuffer.isView(buffer)) {
    throw hideCheckFrame(new codes.ERR_INVALID_ARG_TYPE(name, ['Buffer', 'TypedArray', 'DataView'],
      buffer), validateBuffer);
  }
}

function isHexEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length === 3 && encoding.toLowerCase() === 'hex';
}

/** Hex data must have an even length. */
function validateEncoding(data, encoding) {
  const length = data.length;
  if (isHexEncoding(encoding) && length % 2 !== 0) {
    throw hideCheckFrame(new codes.ERR_INVALID_ARG_VALUE('encoding', encoding,
      `is invalid for data of length ${length}`), validateEncoding);
  }
}

/**
 * A port number (or numeric string) in [0, 65535] ([1, 65535] when
 * allowZero is false). Returns it as a number.
 */
function validatePort(port, name = 'Port', allowZero = true) {
  if ((typeof port !== 'number' && typeof port !== 'string') ||
      (typeof port === 'string' && port.trim().length === 0) ||
      +port !== (+port >>> 0) ||
      port > 0xFFFF ||
      (port === 0 && !allowZero)) {
    throw hideCheckFrame(new codes.ERR_SOCKET_BAD_PORT(name, port, allowZero), validatePort);
  }
  return port | 0;
}

// os.constants.signals on Linux.
const signals = {
  __proto__: null,
  SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGIOT: 6, SIGBUS: 7,
  SIGFPE: 8, SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14,
  SIGTERM: 15, SIGCHLD: 17, SIGSTKFLT: 16, SIGCONT: 18, SIGSTOP: 19, SIGTSTP: 20, SIGTTIN: 21,
  SIGTTOU: 22, SIGURG: 23, SIGXCPU: 24, SIGXFSZ: 25, SIGVTALRM: 26, SIGPROF: 27, SIGWINCH: 28,
  SIGIO: 29, SIGPOLL: 29, SIGPWR: 30, SIGSYS: 31,
};

/** A signal name such as 'SIGTERM'. */
function validateSignalName(signal, name = 'signal') {
  try {
    validateString(signal, name);
  } catch (error) {
    throw hideCheckFrame(error, validateSignalName);
  }
  if (signals[signal] === undefined) {
    if (signals[signal.toUpperCase()] !== undefined) {
      throw hideCheckFrame(new codes.ERR_UNKNOWN_SIGNAL(
        `${signal} (signals must use all capital letters)`), validateSignalName);
    }
    throw hideCheckFrame(new codes.ERR_UNKNOWN_SIGNAL(signal), validateSignalName);
  }
}

const octalPattern = /^[0-7]+$/;
const modeDescription = 'must be a 32-bit unsigned integer or an octal string';

/**
 * A file mode: a uint32 or an octal string such as '755'; def when value
 * is null or undefined. Returns the mode as a number.
 */
function parseFileMode(value, name, def) {
  value ??= def;
  if (typeof value === 'string') {
    if (!octalPattern.test(value)) {
      throw hideCheckFrame(new codes.ERR_INVALID_ARG_VALUE(name, value, modeDescription),
        parseFileMode);
    }
    value = Number.parseInt(value, 8);
  }
  try {
    validateUint32(value, name);
  } catch (error) {
    throw hideCheckFrame(error, parseFileMode);
  }
  return value >>> 0;
}

module.exports = {
  checkRangesOrGetDefault,
  parseFileMode,
  signals,
  validateAbortSignalArray,
  validateArray,
  validateBooleanArray,
  validateBuffer,
  validateDictionary,
  validateEncoding,
  validateFiniteNumber,
  validatePlainFunction,
  validatePort,
  validateSignalName,
  validateStringArray,
  validateStringWithoutNullBytes,
  validateUndefined,
  validateUnion,
};
