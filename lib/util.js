'use strict';

// The `util` module.

const {
  format,
  formatWithOptions,
  inspect,
  stripVTControlCharacters,
} = require('internal/util/inspect');
const types = require('util/types');
const {
  errnoException,
  exceptionWithHostPort,
  codes: {
    ERR_FALSY_VALUE_REJECTION,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_OUT_OF_RANGE,
    ERR_PARSE_ARGS_INVALID_OPTION_VALUE,
    ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL,
    ERR_PARSE_ARGS_UNKNOWN_OPTION,
  },
} = require('internal/errors');
const {
  validateArray,
  validateBoolean,
  validateBooleanArray,
  validateFunction,
  validateNumber,
  validateObject,
  validateString,
  validateStringArray,
  validateUnion,
} = require('internal/validators');

const kCustomPromisifiedSymbol = Symbol.for('nodejs.util.promisify.custom');

// -- Deprecation ----------------------------------------------------------------------------

// Codes that already warned: each code warns once per process, whichever function has it.
const codesWarned = new Set();

/**
 * Wraps `fn` so that its first call emits a DeprecationWarning with `msg` (once per `code`
 * across the process). Nothing is emitted while process.noDeprecation is set.
 */
function deprecate(fn, msg, code) {
  if (code !== undefined) validateString(code, 'code');

  let warned = false;
  function deprecated(...args) {
    if (!warned && !process.noDeprecation) {
      warned = true;
      if (code === undefined) {
        process.emitWarning(msg, 'DeprecationWarning', deprecated);
      } else if (!codesWarned.has(code)) {
        codesWarned.add(code);
        process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }

  // The wrapper looks like the original: its statics, its prototype, its length.
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  Object.defineProperty(deprecated, 'length', { value: fn.length, configurable: true });
  return deprecated;
}

// -- Classes --------------------------------------------------------------------------------

/** Makes `ctor.prototype` inherit from `superCtor.prototype` (the pre-class way). */
function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) {
    throw new ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  }
  if (superCtor === undefined || superCtor === null) {
    throw new ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw new ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

// -- Promises and callbacks -----------------------------------------------------------------

// Copies own properties (all of them, as descriptors) from `source` onto `target`.
function copyProperties(target, source, adjust) {
  const descriptors = Object.getOwnPropertyDescriptors(source);
  if (adjust) adjust(descriptors);
  for (const key of Reflect.ownKeys(descriptors)) Object.setPrototypeOf(descriptors[key], null);
  return Object.defineProperties(target, descriptors);
}

/**
 * Returns a version of the callback-last function `original` that returns a promise. A
 * function of `original[util.promisify.custom]` is returned as is.
 */
function promisify(original) {
  validateFunction(original, 'original');
  if (original[kCustomPromisifiedSymbol]) {
    const fn = original[kCustomPromisifiedSymbol];
    validateFunction(fn, 'util.promisify.custom');
    return Object.defineProperty(fn, kCustomPromisifiedSymbol, {
      value: fn, enumerable: false, writable: false, configurable: true,
    });
  }

  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, value) => {
        if (err) return reject(err);
        resolve(value);
      });
      Reflect.apply(original, this, args);
    });
  }

  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisifiedSymbol, {
    value: fn, enumerable: false, writable: false, configurable: true,
  });
  return copyProperties(fn, original);
}

promisify.custom = kCustomPromisifiedSymbol;

function callbackifyOnRejected(reason, cb) {
  // A falsy rejection would read as success to the callback; wrap it.
  if (!reason) {
    const newReason = new ERR_FALSY_VALUE_REJECTION(reason);
    newReason.reason = reason;
    reason = newReason;
    Error.captureStackTrace(reason, callbackifyOnRejected);
  }
  return cb(reason);
}

/**
 * Returns a callback-last version of the promise-returning function `original`: the
 * callback gets (err) or (null, value) on a later tick.
 */
function callbackify(original) {
  validateFunction(original, 'original');

  function callbackified(...args) {
    const maybeCb = args.pop();
    validateFunction(maybeCb, 'last argument');
    const cb = maybeCb.bind(this);
    Reflect.apply(original, this, args).then(
      (ret) => process.nextTick(cb, null, ret),
      (rej) => process.nextTick(callbackifyOnRejected, rej, cb));
  }

  Object.setPrototypeOf(callbackified, Object.getPrototypeOf(original));
  return copyProperties(callbackified, original, (descriptors) => {
    if (descriptors.length && typeof descriptors.length.value === 'number') {
      descriptors.length.value++;
    }
    if (descriptors.name && typeof descriptors.name.value === 'string') {
      descriptors.name.value += 'Callbackified';
    }
  });
}

/** Returns a promise that settles when `signal` aborts (at once if it already has). */
// Async as in Node: bad arguments reject the promise rather than throw. The resource is
// held weakly (see internal/abort_controller).
function aborted(signal, resource) {
  return require('internal/abort_controller').aborted(signal, resource);
}

// -- Debug logging --------------------------------------------------------------------------

let debugPattern;

function debugEnabledFor(set) {
  if (debugPattern === undefined) {
    const value = process.env.NODE_DEBUG;
    if (value) {
      const source = value.trim().split(/\s*,\s*/).filter(Boolean)
        .map((name) => name.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replaceAll('*', '.*'))
        .join('$|^');
      debugPattern = source === '' ? null : new RegExp(`^${source}$`, 'i');
    } else {
      debugPattern = null;
    }
  }
  return debugPattern !== null && debugPattern.test(set);
}

/**
 * Returns a logger for section `set` that writes to stderr when NODE_DEBUG names the section
 * (wildcards allowed), and does nothing otherwise. `cb` receives the real logger on its first
 * use.
 */
function debuglog(set, cb) {
  let logger;
  function init() {
    set = set.toUpperCase();
    if (debugEnabledFor(set)) {
      const pid = process.pid;
      logger = function debug(...args) {
        const msg = formatWithOptions({ colors: shouldColorize(process.stderr) }, ...args);
        process.stderr.write(`${set} ${pid}: ${msg}\n`);
      };
      logger.enabled = true;
    } else {
      logger = function debug() {};
      logger.enabled = false;
    }
    if (typeof cb === 'function') cb(logger);
  }
  const wrapper = function debug(...args) {
    if (logger === undefined) init();
    return Reflect.apply(logger, this, args);
  };
  Object.defineProperty(wrapper, 'enabled', {
    get() {
      if (logger === undefined) init();
      return logger.enabled;
    },
    configurable: true,
    enumerable: true,
  });
  return wrapper;
}

// -- Colors ---------------------------------------------------------------------------------

function shouldColorize(stream) {
  const env = process.env;
  if (env.FORCE_COLOR !== undefined) {
    return !['0', 'false'].includes(env.FORCE_COLOR);
  }
  if (env.NO_COLOR !== undefined || env.NODE_DISABLE_COLORS !== undefined || env.TERM === 'dumb') {
    return false;
  }
  if (!stream || !stream.isTTY) return false;
  return typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true;
}

function isStreamLike(stream) {
  return stream !== null && typeof stream === 'object' &&
    (typeof stream.write === 'function' || typeof stream.pipe === 'function' ||
     typeof stream.getReader === 'function' || typeof stream.getWriter === 'function');
}

// internal/util/comparisons (13 KB) is loaded by the first comparison.
function isDeepStrictEqual(val1, val2, options) {
  return require('internal/util/comparisons').isDeepStrictEqual(val1, val2, options);
}

/**
 * Returns `text` wrapped in the ANSI codes of `format` (a name of util.inspect.colors or an
 * array of them), or `text` alone when `stream` does not show colors.
 */
function styleText(format, text, options = {}) {
  validateString(text, 'text');
  validateObject(options, 'options');
  const { validateStream = true, stream = process.stdout } = options;
  validateBoolean(validateStream, 'options.validateStream');
  let skipColorize = false;
  if (validateStream) {
    if (!isStreamLike(stream)) {
      throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
    }
    skipColorize = !shouldColorize(stream);
  }
  const formats = Array.isArray(format) ? format : [format];
  const colors = inspect.colors;
  let left = '';
  let right = '';
  for (const key of formats) {
    if (key === 'none') continue;
    const code = typeof key === 'string' ? colors[key] : undefined;
    if (code === undefined) {
      throw new ERR_INVALID_ARG_VALUE('format', key,
        `must be one of: ${Object.getOwnPropertyNames(colors).map((n) => `'${n}'`).join(', ')}`);
    }
    if (skipColorize) continue;
    left += `\u001b[${code[0]}m`;
    right = `\u001b[${code[1]}m${right}`;
  }
  return skipColorize ? text : `${left}${text}${right}`;
}

// -- System errors --------------------------------------------------------------------------

function validateErrorCode(err) {
  validateNumber(err, 'err');
  if (err >= 0 || !Number.isSafeInteger(err)) {
    throw new ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  }
}

let errorMap;

function systemErrorEntry(err) {
  errorMap ??= internalBinding('uv').getErrorMap();
  return errorMap.get(err);
}

/** Returns the libuv name of error code `err` ('ENOENT' for -2). */
function getSystemErrorName(err) {
  validateErrorCode(err);
  const name = internalBinding('uv').errname(err);
  if (typeof name === 'string' && name !== '') return name;
  const entry = systemErrorEntry(err);
  return entry ? entry[0] : `Unknown system error ${err}`;
}

/** Returns the message of error code `err` ('no such file or directory' for -2). */
function getSystemErrorMessage(err) {
  validateErrorCode(err);
  const entry = systemErrorEntry(err);
  return entry ? entry[1] : `Unknown system error ${err}`;
}

/** Returns a Map of every libuv error code to [name, message]. */
function getSystemErrorMap() {
  return internalBinding('uv').getErrorMap();
}

// -- Strings --------------------------------------------------------------------------------

/** Returns `string` with lone surrogates replaced by U+FFFD. */
function toUSVString(string) {
  return `${string}`.toWellFormed();
}

/**
 * Parses the text of a .env file into an object: `KEY=value` lines, an optional `export`
 * prefix, `#` comments, single, double and backtick quotes (double quotes expand \n), and
 * quoted values spanning lines.
 */
function parseEnv(content) {
  validateString(content, 'content');
  const result = {};
  const text = content.replace(/\r\n?/g, '\n');
  const line = /^[ \t]*(?:export[ \t]+)?([\w.-]+)[ \t]*=[ \t]*('(?:\\'|[^'])*'|"(?:\\"|[^"])*"|`(?:\\`|[^`])*`|[^#\n]*)?[ \t]*(?:#[^\n]*)?$/mg;
  let match;
  while ((match = line.exec(text)) !== null) {
    const key = match[1];
    let value = (match[2] || '').trim();
    const quote = value[0];
    if ((quote === '"' || quote === "'" || quote === '`') && value.endsWith(quote) &&
        value.length >= 2) {
      value = value.slice(1, -1);
      if (quote === '"') value = value.replace(/\\n/g, '\n');
    }
    result[key] = value;
  }
  return result;
}

// -- parseArgs ------------------------------------------------------------------------------

function optionKind(options, name) {
  return Object.hasOwn(options, name) ? options[name].type : undefined;
}

function findLongOptionForShort(shortOption, options) {
  for (const name of Object.keys(options)) {
    if (options[name].short === shortOption) return name;
  }
  return shortOption;
}

function validateParseArgsConfig(options) {
  for (const longOption of Object.keys(options)) {
    const optionConfig = options[longOption];
    validateObject(optionConfig, `options.${longOption}`);
    const type = optionConfig.type;
    validateUnion(type, `options.${longOption}.type`, ['string', 'boolean']);
    if (Object.hasOwn(optionConfig, 'short')) {
      const shortOption = optionConfig.short;
      validateString(shortOption, `options.${longOption}.short`);
      if (shortOption.length !== 1) {
        throw new ERR_INVALID_ARG_VALUE(`options.${longOption}.short`, shortOption,
                                        'must be a single character');
      }
    }
    const multiple = optionConfig.multiple;
    if (Object.hasOwn(optionConfig, 'multiple')) {
      validateBoolean(multiple, `options.${longOption}.multiple`);
    }
    // A default that is present but undefined counts as no default, as in Node.
    const defaultValue = Object.hasOwn(optionConfig, 'default') ? optionConfig.default : undefined;
    if (defaultValue !== undefined) {
      const name = `options.${longOption}.default`;
      if (type === 'string' && !multiple) {
        validateString(defaultValue, name);
      } else if (type === 'string') {
        validateStringArray(defaultValue, name);
      } else if (!multiple) {
        validateBoolean(defaultValue, name);
      } else {
        validateBooleanArray(defaultValue, name);
      }
    }
  }
}

// Splits raw arguments into tokens: options (with their value, taken inline or from the next
// argument when the option is a string), positionals and the `--` terminator.
function argsToTokens(args, options, allowNegative) {
  const tokens = [];
  let index = -1;
  let groupCount = 0;
  const remaining = args.slice();
  while (remaining.length > 0) {
    const arg = remaining.shift();
    const nextArg = remaining[0];
    if (groupCount > 0) {
      groupCount--;
    } else {
      index++;
    }

    if (typeof arg !== 'string') {
      tokens.push({ kind: 'positional', index, value: arg });
      continue;
    }

    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (const value of remaining) tokens.push({ kind: 'positional', index: ++index, value });
      break;
    }

    if (arg.length === 2 && arg[0] === '-' && arg[1] !== '-') {
      // A short option: -f, with its value in the next argument for a string option.
      const shortOption = arg[1];
      const longOption = findLongOptionForShort(shortOption, options);
      let value;
      let inlineValue;
      if (optionKind(options, longOption) === 'string' && isOptionValue(nextArg)) {
        value = remaining.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name: longOption, rawName: arg, index, value, inlineValue });
      if (value !== undefined) ++index;
      continue;
    }

    if (arg.length > 2 && arg[0] === '-' && arg[1] !== '-') {
      const firstShort = arg[1];
      const firstLong = findLongOptionForShort(firstShort, options);
      if (optionKind(options, firstLong) !== 'string') {
        // A group of short options, -abc: expand it in place.
        const expanded = [];
        for (let i = 1; i < arg.length; i++) {
          const shortOption = arg[i];
          const longOption = findLongOptionForShort(shortOption, options);
          if (optionKind(options, longOption) !== 'string' || i === arg.length - 1) {
            expanded.push(`-${shortOption}`);
          } else {
            // A string option in the group takes the rest of it as its value.
            expanded.push(`-${arg.slice(i)}`);
            break;
          }
        }
        remaining.unshift(...expanded);
        groupCount = expanded.length;
        continue;
      }
      // A short string option with its value attached: -fVALUE.
      tokens.push({
        kind: 'option', name: firstLong, rawName: `-${firstShort}`, index,
        value: arg.slice(2), inlineValue: true,
      });
      continue;
    }

    if (arg.startsWith('--') && arg.length > 2) {
      const equals = arg.indexOf('=');
      if (equals === -1) {
        let longOption = arg.slice(2);
        const negated = allowNegative && longOption.startsWith('no-');
        if (negated) longOption = longOption.slice(3);
        let value;
        let inlineValue;
        // A negated option (--no-x) never takes a value.
        if (!negated && optionKind(options, longOption) === 'string' && isOptionValue(nextArg)) {
          value = remaining.shift();
          inlineValue = false;
        }
        tokens.push({ kind: 'option', name: longOption, rawName: arg, index, value, inlineValue });
        if (value !== undefined) ++index;
      } else {
        // --no-x=value keeps its name: a negated option cannot have a value.
        const longOption = arg.slice(2, equals);
        tokens.push({
          kind: 'option', name: longOption, rawName: arg.slice(0, equals), index,
          value: arg.slice(equals + 1), inlineValue: true,
        });
      }
      continue;
    }

    tokens.push({ kind: 'positional', index, value: arg });
  }
  return tokens;
}

function isOptionValue(value) {
  // Any next argument can be a value; in strict mode a dash-led one is rejected later.
  return value !== undefined;
}

function isOptionLikeValue(value) {
  return value !== undefined && value.length > 1 && value[0] === '-';
}

function checkOptionToken(token, options, allowPositionals, allowNegative) {
  const { name, rawName } = token;
  if (allowNegative && rawName.startsWith('--no-')) {
    const positive = rawName.slice(5);
    if (name === positive && Object.hasOwn(options, name) && options[name].type !== 'boolean') {
      throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(rawName, allowPositionals);
    }
    if (name !== positive && token.value !== undefined &&
        Object.hasOwn(options, positive) && options[positive].type === 'boolean') {
      throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '--${positive}' does not take an argument`);
    }
  }
  const shortAndLong = Object.hasOwn(options, name) && options[name].short ?
    `-${options[name].short}, --${name}` : `--${name}`;
  if (!Object.hasOwn(options, name)) {
    throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(rawName, allowPositionals);
  }
  if (options[name].type === 'string') {
    if (typeof token.value !== 'string') {
      throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(
        `Option '${shortAndLong} <value>' argument missing`);
    }
    if (!token.inlineValue && isOptionLikeValue(token.value)) {
      const example = rawName.startsWith('--') ? `'${rawName}=-XYZ'` : `'--${name}=-XYZ' or '${rawName}-XYZ'`;
      throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(
        `Option '${rawName}' argument is ambiguous.\nDid you forget to specify the ` +
        `option argument for '${rawName}'?\nTo specify an option argument starting with a ` +
        `dash use ${example}.`);
    }
  } else if (token.value !== undefined) {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong}' does not take an argument`);
  }
}

function storeOption(longOption, optionValue, options, values) {
  if (longOption === '__proto__') return;
  const newValue = optionValue ?? true;
  if (Object.hasOwn(options, longOption) && options[longOption].multiple) {
    if (values[longOption] === undefined) values[longOption] = [];
    values[longOption].push(newValue);
  } else {
    values[longOption] = newValue;
  }
}

/**
 * Parses command-line arguments (default: the script's own) against `options`, returning
 * { values, positionals } and, when asked, the tokens.
 */
function parseArgs(config = { __proto__: null }) {
  validateObject(config, 'config');
  const args = config.args ?? defaultArgs();
  const strict = config.strict ?? true;
  const allowPositionals = config.allowPositionals ?? !strict;
  const returnTokens = config.tokens ?? false;
  const allowNegative = config.allowNegative ?? false;
  const options = config.options ?? { __proto__: null };

  validateArray(args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateBoolean(allowNegative, 'allowNegative');
  validateObject(options, 'options');
  validateParseArgsConfig(options);

  const tokens = argsToTokens(args, options, allowNegative);
  const result = { values: { __proto__: null }, positionals: [] };
  if (returnTokens) result.tokens = tokens;

  for (const token of tokens) {
    if (token.kind === 'option') {
      if (strict) checkOptionToken(token, options, allowPositionals, allowNegative);
      const negated = allowNegative && token.rawName === `--no-${token.name}`;
      storeOption(token.name, negated ? false : token.value, options, result.values);
    } else if (token.kind === 'positional') {
      if (!allowPositionals) throw new ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value);
      result.positionals.push(token.value);
    }
  }

  for (const longOption of Object.keys(options)) {
    const optionConfig = options[longOption];
    if (Object.hasOwn(optionConfig, 'default') && optionConfig.default !== undefined &&
        result.values[longOption] === undefined) {
      result.values[longOption] = optionConfig.default;
    }
  }
  return result;
}

function defaultArgs() {
  const argv = process.argv;
  const execArgv = process.execArgv || [];
  // With -e or -p there is no script name in argv.
  const evalMode = execArgv.some((a) => a === '-e' || a === '-p' || a === '--eval' ||
    a === '--print' || a.startsWith('--eval=') || a.startsWith('--print='));
  return argv.slice(evalMode ? 1 : 2);
}

// -- Call sites -----------------------------------------------------------------------------

// Script ids as strings, one per script name, as V8 numbers its scripts.
const scriptIds = new Map();

/**
 * Returns the frames of the caller's stack (at most `frameCount`, 10 by default) as
 * { functionName, scriptId, scriptName, lineNumber, columnNumber, column }.
 */
function getCallSites(frameCount = 10, options = undefined) {
  if (options === undefined && frameCount !== null && typeof frameCount === 'object') {
    options = frameCount;
    frameCount = 10;
  }
  if (options !== undefined) {
    validateObject(options, 'options');
    if (options.sourceMap !== undefined) validateBoolean(options.sourceMap, 'options.sourceMap');
  }
  validateNumber(frameCount, 'frameCount', 1, 200);
  const holder = {};
  const savedPrepare = Error.prepareStackTrace;
  const savedLimit = Error.stackTraceLimit;
  let sites;
  try {
    Error.prepareStackTrace = (error, callSites) => callSites;
    Error.stackTraceLimit = frameCount;
    Error.captureStackTrace(holder, getCallSites);
    sites = holder.stack;
  } finally {
    Error.prepareStackTrace = savedPrepare;
    Error.stackTraceLimit = savedLimit;
  }
  return sites.map((site) => {
    const scriptName = site.getFileName() ?? '';
    let scriptId = scriptIds.get(scriptName);
    if (scriptId === undefined) {
      scriptId = `${scriptIds.size + 1}`;
      scriptIds.set(scriptName, scriptId);
    }
    const column = site.getColumnNumber() ?? 0;
    return {
      __proto__: null,
      functionName: site.getFunctionName() ?? '',
      scriptId,
      scriptName,
      lineNumber: site.getLineNumber() ?? 0,
      columnNumber: column,
      column,
    };
  });
}

// -- Abort signals and process signals ------------------------------------------------------

/** Marks `signal` as transferable to workers (it always is in Lode) and returns it. */
function transferableAbortSignal(signal) {
  if (signal?.constructor?.name !== 'AbortSignal' || !(signal instanceof AbortSignal)) {
    throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  }
  return signal;
}

/** Returns a new AbortController whose signal is transferable. */
function transferableAbortController() {
  return new AbortController();
}

/**
 * Turns on or off printing a stack trace on SIGINT (--trace-sigint). Lode accepts the call;
 * the trace itself is not implemented yet.
 */
function setTraceSigInt(enable) {
  void enable;
}

/** Returns the exit code of a process ended by `signalCode` (128 + its number). */
function convertProcessSignalToExitCode(signalCode) {
  const { signals } = require('os').constants;
  if (typeof signalCode !== 'string' || !Object.hasOwn(signals, signalCode)) {
    throw new ERR_INVALID_ARG_VALUE('signalCode', signalCode,
      `must be one of: ${Object.keys(signals).map((name) => `'${name}'`).join(', ')}`);
  }
  return 128 + signals[signalCode];
}

// -- Legacy ---------------------------------------------------------------------------------

function extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  let i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

module.exports = {
  aborted,
  callbackify,
  convertProcessSignalToExitCode,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  formatWithOptions,
  getCallSites,
  getSystemErrorMap,
  getSystemErrorMessage,
  getSystemErrorName,
  inherits,
  inspect,
  isArray: deprecate(Array.isArray,
                     'The `util.isArray` API is deprecated. Please use `Array.isArray()` instead.',
                     'DEP0044'),
  isDeepStrictEqual,
  parseArgs,
  parseEnv,
  promisify,
  setTraceSigInt,
  stripVTControlCharacters,
  styleText,
  toUSVString,
  transferableAbortController,
  transferableAbortSignal,
  types,
  _errnoException: errnoException,
  _exceptionWithHostPort: exceptionWithHostPort,
  _extend: deprecate(extend,
                     'The `util._extend` API is deprecated. Please use Object.assign() instead.',
                     'DEP0060'),
};

// Loaded on first use, then plain data properties as in Node (util.TextEncoder is the global
// TextEncoder: both come from internal/encoding).
for (const [name, id] of [['TextEncoder', 'internal/encoding'],
  ['TextDecoder', 'internal/encoding'], ['MIMEType', 'internal/mime'],
  ['MIMEParams', 'internal/mime'], ['diff', 'internal/util/diff']]) {
  Object.defineProperty(module.exports, name, {
    get() {
      const value = require(id)[name];
      Object.defineProperty(module.exports, name, {
        value, writable: true, enumerable: true, configurable: true,
      });
      return value;
    },
    set(value) {
      Object.defineProperty(module.exports, name, {
        value, writable: true, enumerable: true, configurable: true,
      });
    },
    enumerable: true,
    configurable: true,
  });
}
