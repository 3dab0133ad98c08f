'use strict';

// Node's error classes, codes and messages.
//
// `codes.ERR_X` is a class extending the built-in error named in its
// definition; instances carry an own enumerable `code`, a non-enumerable
// `message`, and print as `TypeError [ERR_X]: message` (toString and the
// stack header alike). Classes are created on first use: most programs touch
// a handful of the ~300 codes.
//
// System errors from libuv (UVException, ErrnoException, ...) are plain
// Errors with `errno` (negative), `code`, `syscall` and `path`, `dest`,
// `address` or `port`; names and descriptions come from
// internalBinding('uv'), read the first time such an error is built.

const { kIsNodeError } = require('internal/stack');

const {
  defineProperty, defineProperties, getOwnPropertyDescriptor, isExtensible,
} = Object;
const { isArray } = Array;

const kNodeIssueSuffix =
  'This is caused by either a bug in Node.js or incorrect usage of Node.js internals.\n' +
  'Please open an issue with this stack trace at https://github.com/nodejs/node/issues\n';

// Built-in type names that ERR_INVALID_ARG_TYPE reports as `of type x`.
const kTypes = new Set([
  'string', 'function', 'number', 'object', 'Function', 'Object', 'boolean', 'bigint', 'symbol',
]);
const classNamePattern = /^[A-Z][a-zA-Z0-9]*$/;

// ---------------------------------------------------------------------------
// Formatting helpers

// Loaded when first needed: internal/util/inspect itself requires this module.
let inspectModule;
function inspect(value, options) {
  inspectModule ??= require('internal/util/inspect');
  return inspectModule.inspect(value, options);
}

function inspectPrimitive(value) {
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'number' && Object.is(value, -0)) return '-0';
  return String(value);
}

/** Formats `%s %d %i %f %j %o %O %c %%` the way util.format does. */
function formatTemplate(template, args) {
  let argIndex = 0;
  return template.replace(/%([sdifjoOc%])/g, (match, spec) => {
    if (spec === '%') return '%';
    if (argIndex >= args.length) return match;
    const arg = args[argIndex++];
    switch (spec) {
      case 's':
        if (typeof arg === 'string') return arg;
        if (typeof arg === 'bigint') return `${arg}n`;
        if (typeof arg === 'number') return Object.is(arg, -0) ? '-0' : `${arg}`;
        if (typeof arg === 'symbol') return arg.toString();
        if (arg !== null && typeof arg === 'object' && hasBuiltInToString(arg)) {
          return inspect(arg, { depth: 0, colors: false, compact: 3 });
        }
        return String(arg);
      case 'd': {
        if (typeof arg === 'bigint') return `${arg}n`;
        if (typeof arg === 'symbol') return 'NaN';
        const n = Number(arg);
        return Object.is(n, -0) ? '-0' : `${n}`;
      }
      case 'i':
        if (typeof arg === 'bigint') return `${arg}n`;
        if (typeof arg === 'symbol') return 'NaN';
        return `${Number.parseInt(arg)}`;
      case 'f':
        if (typeof arg === 'symbol') return 'NaN';
        return `${Number.parseFloat(arg)}`;
      case 'j':
        try {
          return JSON.stringify(arg);
        } catch {
          return '[Circular]';
        }
      case 'o':
      case 'O':
        return inspect(arg);
      case 'c':
        return '';
    }
    return match;
  });
}

// Constructors of the language itself: `%s` inspects objects whose
// toString comes from one of these and calls a user-defined toString.
const builtInConstructorNames = new Set([
  'AggregateError', 'Array', 'ArrayBuffer', 'BigInt', 'BigInt64Array', 'BigUint64Array',
  'Boolean', 'DataView', 'Date', 'Error', 'EvalError', 'FinalizationRegistry', 'Float16Array',
  'Float32Array', 'Float64Array', 'Function', 'Int16Array', 'Int32Array', 'Int8Array', 'Iterator',
  'Map', 'Number', 'Object', 'Promise', 'Proxy', 'RangeError', 'ReferenceError', 'RegExp', 'Set',
  'SharedArrayBuffer', 'String', 'Symbol', 'SyntaxError', 'TypeError', 'URIError',
  'Uint16Array', 'Uint32Array', 'Uint8Array', 'Uint8ClampedArray', 'WeakMap', 'WeakRef',
  'WeakSet',
]);

function hasBuiltInToString(value) {
  if (Object.hasOwn(value, 'toString')) return false;
  let pointer = value;
  do {
    pointer = Object.getPrototypeOf(pointer);
    if (pointer === null) return true;
  } while (!Object.hasOwn(pointer, 'toString'));
  const descriptor = getOwnPropertyDescriptor(pointer, 'constructor');
  return descriptor !== undefined && typeof descriptor.value === 'function' &&
    builtInConstructorNames.has(descriptor.value.name);
}

function countPlaceholders(template) {
  let count = 0;
  for (const match of template.matchAll(/%[sdifjoOc%]/g)) {
    if (match[0] !== '%%') count++;
  }
  return count;
}

/** `a`, `a or b`, `a, b, or c`. */
function formatList(list, conjunction = 'and') {
  if (list.length < 3) return list.join(` ${conjunction} `);
  return `${list.slice(0, -1).join(', ')}, ${conjunction} ${list[list.length - 1]}`;
}

// Groups the digits of an integer string by three: 4_294_967_297.
function addNumericalSeparator(digits) {
  const start = digits[0] === '-' ? 1 : 0;
  let end = digits.length;
  let grouped = '';
  while (end - start > 3) {
    grouped = `_${digits.slice(end - 3, end)}${grouped}`;
    end -= 3;
  }
  return digits.slice(0, end) + grouped;
}

/**
 * How Node's messages name a received value: `null`, `undefined`,
 * `function f`, `an instance of X`, or `type string ('abc')`.
 */
function determineSpecificType(value) {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  const type = typeof value;
  if (type === 'function') return `function ${value.name}`;
  if (type === 'object') {
    const name = value.constructor?.name;
    if (name) return `an instance of ${name}`;
    return inspect(value, { depth: -1 });
  }
  let shown;
  if (type === 'string') {
    shown = value.length > 28 ? `${value.slice(0, 25)}...` : value;
    // Not util.inspect's quoting: no escapes unless a quote forces JSON.
    shown = shown.includes("'") ? JSON.stringify(shown) : `'${shown}'`;
  } else {
    shown = inspectPrimitive(value);
  }
  return `type ${type} (${shown})`;
}

// ---------------------------------------------------------------------------
// Node errors

const messages = new Map();
const bases = new Map();
// The classes are made on first access (destructuring the codes a module needs at load time
// makes those only); one Proxy keeps the table of ~300 codes cheap to define at start-up.
const codes = new Proxy({}, {
  get(target, code) {
    const made = target[code];
    if (made !== undefined || typeof code !== 'string') return made;
    const base = bases.get(code);
    if (base === undefined) return undefined;
    return target[code] = createErrorClass(code, base[0], base[1]);
  },
  has(target, code) {
    return code in target || bases.has(code);
  },
  ownKeys(target) {
    return [...new Set([...bases.keys(), ...Reflect.ownKeys(target)])];
  },
  getOwnPropertyDescriptor(target, code) {
    if (!bases.has(code) && !Object.hasOwn(target, code)) return undefined;
    return { value: this.get(target, code), writable: true, enumerable: true, configurable: true };
  },
});

function internalAssertionError(message) {
  // Built directly: the codes table may be what is broken.
  const error = new Error(message ? `${message}\n${kNodeIssueSuffix}` : kNodeIssueSuffix);
  error.code = 'ERR_INTERNAL_ASSERTION';
  return error;
}

/**
 * The message for `code` built from `args`. Message functions may set extra
 * properties on `self`, which the caller copies onto the error.
 */
function getMessage(code, args, self) {
  const message = messages.get(code);
  if (typeof message === 'function') {
    if (args.length < message.length) {
      throw internalAssertionError(`Code: ${code}; The provided arguments length ` +
        `(${args.length}) does not match the required ones (${message.length}).`);
    }
    return message.apply(self, args);
  }
  const expected = countPlaceholders(message);
  if (args.length !== expected) {
    throw internalAssertionError(`Code: ${code}; The provided arguments length ` +
      `(${args.length}) does not match the required ones (${expected}).`);
  }
  if (expected === 0) return message;
  return formatTemplate(message, args);
}

// Hides the constructor's own frame (e.code.constructor === TypeError as in
// Node) and gives the stack header and toString their `[ERR_X]`.
function finishErrorClass(ErrorClass, Base, code) {
  defineProperties(ErrorClass.prototype, {
    constructor: { value: Base, writable: true, enumerable: false, configurable: true },
    toString: {
      value: function toString() { return `${this.name} [${code}]: ${this.message}`; },
      writable: true, enumerable: false, configurable: true,
    },
    [kIsNodeError]: { value: code, writable: false, enumerable: false, configurable: true },
  });
  defineProperty(ErrorClass, 'name', { value: 'NodeError' });
  return ErrorClass;
}

function makeNodeErrorWithCode(Base, code) {
  const NodeError = class extends Base {
    constructor(...args) {
      const extra = {};
      const message = getMessage(code, args, extra);
      super(message);
      this.code = code;
      for (const key in extra) this[key] = extra[key];
    }
  };
  return finishErrorClass(NodeError, Base, code);
}

/**
 * A libuv-style failure wrapped in a Node error: `${prefix}: ${syscall}
 * returned ${code} (${message}) path => dest`, with `info` holding the
 * context and `errno`, `syscall`, `path`, `dest` reading through to it.
 */
class SystemError extends Error {
  constructor(code, context) {
    const prefix = getMessage(code, [], null);
    let message = `${prefix}: ${context.syscall} returned ${context.code} (${context.message})`;
    if (context.path !== undefined) message += ` ${context.path}`;
    if (context.dest !== undefined) message += ` => ${context.dest}`;
    super(message);
    this.code = code;
    defineProperties(this, {
      [kIsNodeError]: { value: true, writable: false, enumerable: false, configurable: true },
      name: { value: 'SystemError', writable: true, enumerable: false, configurable: true },
      info: { value: context, writable: false, enumerable: true, configurable: true },
      errno: {
        get() { return context.errno; },
        set(value) { context.errno = value; },
        enumerable: true, configurable: true,
      },
      syscall: {
        get() { return context.syscall; },
        set(value) { context.syscall = value; },
        enumerable: true, configurable: true,
      },
    });
    if (context.path !== undefined) {
      defineProperty(this, 'path', {
        get() { return context.path != null ? context.path.toString() : context.path; },
        set(value) { context.path = value; },
        enumerable: true, configurable: true,
      });
    }
    if (context.dest !== undefined) {
      defineProperty(this, 'dest', {
        get() { return context.dest != null ? context.dest.toString() : context.dest; },
        set(value) { context.dest = value; },
        enumerable: true, configurable: true,
      });
    }
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }
}

function makeSystemErrorWithCode(code) {
  return class NodeError extends SystemError {
    constructor(context) {
      super(code, context);
    }
  };
}

function createErrorClass(code, Base, otherBases) {
  const ErrorClass = Base === SystemError ?
    makeSystemErrorWithCode(code) : makeNodeErrorWithCode(Base, code);
  for (const Other of otherBases) {
    ErrorClass[Other.name] = makeNodeErrorWithCode(Other, code);
  }
  return ErrorClass;
}

/**
 * Defines error code `code` with `message` (a util.format template or a
 * function of the arguments) on class `Base`; `otherBases` become
 * `codes[code].RangeError` and the like.
 */
function E(code, message, Base, ...otherBases) {
  messages.set(code, message);
  bases.set(code, [Base, otherBases]);
}

// ---------------------------------------------------------------------------
// Messages built from their arguments

function invalidArgTypeMessage(name, expected, actual) {
  if (!isArray(expected)) expected = [expected];
  let message = 'The ';
  if (name.endsWith(' argument')) {
    message += `${name} `;
  } else {
    message += `"${name}" ${name.includes('.') ? 'property' : 'argument'} `;
  }
  message += 'must be ';

  const types = [];
  const instances = [];
  const other = [];
  for (const value of expected) {
    if (typeof value !== 'string') {
      throw internalAssertionError('All expected entries have to be of type string');
    }
    if (kTypes.has(value)) {
      types.push(value.toLowerCase());
    } else if (classNamePattern.test(value)) {
      instances.push(value);
    } else {
      other.push(value);
    }
  }
  // With instances allowed too, "an instance of Object" tells them apart
  // better than "of type object".
  if (instances.length > 0) {
    const index = types.indexOf('object');
    if (index !== -1) {
      types.splice(index, 1);
      instances.push('Object');
    }
  }
  if (types.length > 0) {
    message += types.length > 1 ? `one of type ${formatList(types, 'or')}` : `of type ${types[0]}`;
    if (instances.length > 0 || other.length > 0) message += ' or ';
  }
  if (instances.length > 0) {
    message += `an instance of ${formatList(instances, 'or')}`;
    if (other.length > 0) message += ' or ';
  }
  if (other.length > 0) {
    if (other.length > 1) {
      message += `one of ${formatList(other, 'or')}`;
    } else {
      if (other[0].toLowerCase() !== other[0]) message += 'an ';
      message += other[0];
    }
  }
  return `${message}. Received ${determineSpecificType(actual)}`;
}

function invalidArgValueMessage(name, value, reason = 'is invalid') {
  let inspected = inspect(value);
  if (inspected.length > 128) inspected = `${inspected.slice(0, 128)}...`;
  const kind = String(name).includes('.') ? 'property' : 'argument';
  return `The ${kind} '${name}' ${reason}. Received ${inspected}`;
}

function outOfRangeMessage(name, range, input, replaceDefaultBoolean = false) {
  let message = replaceDefaultBoolean ? name : `The value of "${name}" is out of range.`;
  let received;
  if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) {
    received = addNumericalSeparator(String(input));
  } else if (typeof input === 'bigint') {
    received = String(input);
    if (input > 2n ** 32n || input < -(2n ** 32n)) received = addNumericalSeparator(received);
    received += 'n';
  } else {
    received = inspect(input);
  }
  message += ` It must be ${range}. Received ${received}`;
  return message;
}

function missingArgsMessage(...names) {
  if (names.length === 0) throw internalAssertionError('At least one arg needs to be specified');
  const quote = (name) => `"${name}"`;
  const shown = names.map((name) => (isArray(name) ? name.map(quote).join(' or ') : quote(name)));
  let message = 'The ';
  switch (shown.length) {
    case 1:
      message += `${shown[0]} argument`;
      break;
    case 2:
      message += `${shown[0]} and ${shown[1]} arguments`;
      break;
    default:
      message += `${shown.slice(0, -1).join(', ')}, and ${shown[shown.length - 1]} arguments`;
  }
  return `${message} must be specified`;
}

function invalidPackageTargetMessage(packagePath, key, target, isImport = false, base = undefined) {
  const relativeError = typeof target === 'string' && !isImport && target.length > 0 &&
    !target.startsWith('./');
  const shownTarget = JSON.stringify(target);
  let message;
  if (key === '.') {
    message = `Invalid "exports" main target ${shownTarget} defined in the package config ` +
      `${packagePath}package.json${base ? ` imported from ${base}` : ''}`;
  } else {
    message = `Invalid "${isImport ? 'imports' : 'exports'}" target ${shownTarget} defined ` +
      `for '${key}' in the package config ${packagePath}package.json` +
      `${base ? ` imported from ${base}` : ''}`;
  }
  if (relativeError) message += '; targets must start with "./"';
  return message;
}

// ---------------------------------------------------------------------------
// The codes

E('ERR_ACCESS_DENIED', function accessDenied(message, permission = '', resource = '') {
  this.permission = permission;
  this.resource = resource;
  return message;
}, Error);
E('ERR_AMBIGUOUS_ARGUMENT', 'The "%s" argument is ambiguous. %s', TypeError);
E('ERR_ARG_NOT_ITERABLE', '%s must be iterable', TypeError);
E('ERR_ASSERTION', '%s', Error);
E('ERR_ASYNC_CALLBACK', '%s must be a function', TypeError);
E('ERR_ASYNC_LOADER_REQUEST_NEVER_SETTLED', 'Async loader request never settled', Error);
E('ERR_ASYNC_TYPE', 'Invalid name for async "type": %s', TypeError);
E('ERR_BROTLI_INVALID_PARAM', '%s is not a valid Brotli parameter', RangeError);
E('ERR_BUFFER_OUT_OF_BOUNDS', (name = undefined) => (name ?
  `"${name}" is outside of buffer bounds` : 'Attempt to access memory outside buffer bounds'),
RangeError);
E('ERR_BUFFER_TOO_LARGE', 'Cannot create a Buffer larger than %s bytes', RangeError);
E('ERR_CANNOT_WATCH_SIGINT', 'Cannot watch for SIGINT signals', Error);
E('ERR_CHILD_CLOSED_BEFORE_REPLY', 'Child closed before reply received', Error);
E('ERR_CHILD_PROCESS_IPC_REQUIRED',
  "Forked processes must have an IPC channel, missing value 'ipc' in %s", Error);
E('ERR_CHILD_PROCESS_STDIO_MAXBUFFER', '%s maxBuffer length exceeded', RangeError);
E('ERR_CONSOLE_WRITABLE_STREAM', 'Console expects a writable stream instance for %s', TypeError);
E('ERR_CONSTRUCT_CALL_REQUIRED', 'Class constructor %s cannot be invoked without `new`', TypeError);
E('ERR_CONTEXT_NOT_INITIALIZED', 'context used is not initialized', Error);
E('ERR_CRYPTO_ARGON2_NOT_SUPPORTED', 'Argon2 algorithm not supported', Error);
E('ERR_CRYPTO_CUSTOM_ENGINE_NOT_SUPPORTED', 'Custom engines not supported by this OpenSSL', Error);
E('ERR_CRYPTO_ECDH_INVALID_FORMAT', 'Invalid ECDH format: %s', TypeError);
E('ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY', 'Public key is not valid for specified curve', Error);
E('ERR_CRYPTO_ENGINE_UNKNOWN', 'Engine "%s" was not found', Error);
E('ERR_CRYPTO_FIPS_FORCED', 'Cannot set FIPS mode, it was forced with --force-fips at startup.', Error);
E('ERR_CRYPTO_FIPS_UNAVAILABLE', 'Cannot set FIPS mode in a non-FIPS build.', Error);
E('ERR_CRYPTO_HASH_FINALIZED', 'Digest already called', Error);
E('ERR_CRYPTO_HASH_UPDATE_FAILED', 'Hash update failed', Error);
E('ERR_CRYPTO_INCOMPATIBLE_KEY', 'Incompatible %s: %s', Error);
E('ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS', 'The selected key encoding %s %s.', Error);
E('ERR_CRYPTO_INVALID_CURVE', 'Invalid EC curve name', TypeError);
E('ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest: %s', TypeError);
E('ERR_CRYPTO_INVALID_AUTH_TAG', 'Invalid authentication tag length: %s', TypeError);
E('ERR_CRYPTO_INVALID_IV', 'Invalid initialization vector', TypeError);
E('ERR_CRYPTO_INVALID_JWK', 'Invalid JWK data', TypeError);
E('ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length', RangeError);
E('ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', 'Invalid key object type %s, expected %s.', TypeError);
E('ERR_CRYPTO_INVALID_KEYPAIR', 'Invalid key pair', RangeError);
E('ERR_CRYPTO_INVALID_KEYTYPE', 'Invalid key type', RangeError);
E('ERR_CRYPTO_INVALID_MESSAGELEN', 'Invalid message length', RangeError);
E('ERR_CRYPTO_INVALID_SCRYPT_PARAMS', (details) =>
  (details ? `Invalid scrypt params: ${details}` : 'Invalid scrypt params'), RangeError);
E('ERR_CRYPTO_INVALID_STATE', 'Invalid state for operation %s', Error);
E('ERR_CRYPTO_KEM_NOT_SUPPORTED', 'KEM is not supported', Error);
E('ERR_CRYPTO_JWK_UNSUPPORTED_CURVE', 'Unsupported JWK EC curve: %s.', Error);
E('ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE', 'Unsupported JWK Key Type.', Error);
E('ERR_CRYPTO_OPERATION_FAILED', '%s', Error);
E('ERR_CRYPTO_PBKDF2_ERROR', 'PBKDF2 error', Error);
E('ERR_CRYPTO_SCRYPT_NOT_SUPPORTED', 'Scrypt algorithm not supported', Error);
E('ERR_CRYPTO_SIGN_KEY_REQUIRED', 'No key provided to sign', Error);
E('ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'Input buffers must have the same byte length',
  RangeError);
E('ERR_CRYPTO_UNKNOWN_CIPHER', 'Unknown cipher', Error);
E('ERR_CRYPTO_UNKNOWN_DH_GROUP', 'Unknown DH group', Error);
E('ERR_CRYPTO_UNSUPPORTED_OPERATION', 'Unsupported crypto operation', Error);
E('ERR_DEBUGGER_ERROR', '%s', Error);
E('ERR_DEBUGGER_STARTUP_ERROR', (message) => message, Error);
E('ERR_DIR_CLOSED', 'Directory handle was closed', Error);
E('ERR_DIR_CONCURRENT_OPERATION',
  'Cannot do synchronous work on directory handle with concurrent asynchronous operations', Error);
E('ERR_DNS_SET_SERVERS_FAILED', 'c-ares failed to set servers: "%s" [%s]', Error);
E('ERR_DOMAIN_CALLBACK_NOT_AVAILABLE',
  'A callback was registered through process.setUncaughtExceptionCaptureCallback(), ' +
  'which is mutually exclusive with using the `domain` module', Error);
E('ERR_DOMAIN_CANNOT_SET_UNCAUGHT_EXCEPTION_CAPTURE',
  'The `domain` module is in use, which is mutually exclusive with calling ' +
  'process.setUncaughtExceptionCaptureCallback()', Error);
E('ERR_DUPLICATE_STARTUP_SNAPSHOT_MAIN_FUNCTION', 'Deserialize main function is already configured.', Error);
E('ERR_ENCODING_INVALID_ENCODED_DATA', function invalidEncodedData(encoding, ret) {
  this.errno = ret;
  return `The encoded data was not valid for encoding ${encoding}`;
}, TypeError);
E('ERR_ENCODING_NOT_SUPPORTED', 'The "%s" encoding is not supported', RangeError);
E('ERR_EVAL_ESM_CANNOT_PRINT', '--print cannot be used with ESM input', Error);
E('ERR_EVENT_RECURSION', 'The event "%s" is already being dispatched', Error);
E('ERR_FALSY_VALUE_REJECTION', function falsyValueRejection(reason) {
  this.reason = reason;
  return 'Promise was rejected with falsy value';
}, Error);
E('ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
  'The feature %s is unavailable on the current platform, which is being used to run Node.js',
  TypeError);
E('ERR_FS_CP_DIR_TO_NON_DIR', 'Cannot overwrite non-directory with directory', SystemError);
E('ERR_FS_CP_EEXIST', 'Target already exists', SystemError);
E('ERR_FS_CP_EINVAL', 'Invalid src or dest', SystemError);
E('ERR_FS_CP_FIFO_PIPE', 'Cannot copy a FIFO pipe', SystemError);
E('ERR_FS_CP_NON_DIR_TO_DIR', 'Cannot overwrite directory with non-directory', SystemError);
E('ERR_FS_CP_SOCKET', 'Cannot copy a socket file', SystemError);
E('ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY', 'Cannot overwrite symlink in subdirectory of self', SystemError);
E('ERR_FS_CP_UNKNOWN', 'Cannot copy an unknown file type', SystemError);
E('ERR_FS_EISDIR', 'Path is a directory', SystemError);
E('ERR_FS_FILE_TOO_LARGE', 'File size (%s) is greater than 2 GiB', RangeError);
E('ERR_FS_WATCH_QUEUE_OVERFLOW', 'fs.watch() queued more than %d events', Error);
E('ERR_HTTP2_ALTSVC_INVALID_ORIGIN', 'HTTP/2 ALTSVC frames require a valid origin', TypeError);
E('ERR_HTTP2_ALTSVC_LENGTH', 'HTTP/2 ALTSVC frames are limited to 16382 bytes', TypeError);
E('ERR_HTTP2_CONNECT_AUTHORITY', ':authority header is required for CONNECT requests', Error);
E('ERR_HTTP2_CONNECT_PATH', 'The :path header is forbidden for CONNECT requests', Error);
E('ERR_HTTP2_CONNECT_SCHEME', 'The :scheme header is forbidden for CONNECT requests', Error);
E('ERR_HTTP2_GOAWAY_SESSION', 'New streams cannot be created after receiving a GOAWAY', Error);
E('ERR_HTTP2_HEADERS_AFTER_RESPOND', 'Cannot specify additional headers after response initiated', Error);
E('ERR_HTTP2_HEADERS_SENT', 'Response has already been initiated.', Error);
E('ERR_HTTP2_HEADER_SINGLE_VALUE', 'Header field "%s" must only have a single value', TypeError);
E('ERR_HTTP2_INFO_STATUS_NOT_ALLOWED', 'Informational status codes cannot be used', RangeError);
E('ERR_HTTP2_INVALID_CONNECTION_HEADERS',
  'HTTP/1 Connection specific headers are forbidden: "%s"', TypeError);
E('ERR_HTTP2_INVALID_HEADER_VALUE', 'Invalid value "%s" for header "%s"', TypeError);
E('ERR_HTTP2_INVALID_INFO_STATUS', 'Invalid informational status code: %s', RangeError);
E('ERR_HTTP2_INVALID_ORIGIN', 'HTTP/2 ORIGIN frames require a valid origin', TypeError);
E('ERR_HTTP2_INVALID_PACKED_SETTINGS_LENGTH', 'Packed settings length must be a multiple of six', RangeError);
E('ERR_HTTP2_INVALID_PSEUDOHEADER', '"%s" is an invalid pseudoheader or is used incorrectly', TypeError);
E('ERR_HTTP2_INVALID_SESSION', 'The session has been destroyed', Error);
E('ERR_HTTP2_INVALID_SETTING_VALUE', function invalidSettingValue(name, actual, min = undefined,
  max = undefined) {
  this.actual = actual;
  if (min !== undefined) {
    this.min = min;
    this.max = max;
  }
  return `Invalid value for setting "${name}": ${actual}`;
}, TypeError, RangeError);
E('ERR_HTTP2_INVALID_STREAM', 'The stream has been destroyed', Error);
E('ERR_HTTP2_MAX_PENDING_SETTINGS_ACK', 'Maximum number of pending settings acknowledgements', Error);
E('ERR_HTTP2_NESTED_PUSH', 'A push stream cannot initiate another push stream.', Error);
E('ERR_HTTP2_NO_MEM', 'Out of memory', Error);
E('ERR_HTTP2_NO_SOCKET_MANIPULATION',
  'HTTP/2 sockets should not be directly manipulated (e.g. read and written)', Error);
E('ERR_HTTP2_ORIGIN_LENGTH', 'HTTP/2 ORIGIN frames are limited to 16382 bytes', TypeError);
E('ERR_HTTP2_OUT_OF_STREAMS',
  'No stream ID is available because maximum stream ID has been reached', Error);
E('ERR_HTTP2_PAYLOAD_FORBIDDEN', 'Responses with %s status must not have a payload', Error);
E('ERR_HTTP2_PING_CANCEL', 'HTTP2 ping cancelled', Error);
E('ERR_HTTP2_PING_LENGTH', 'HTTP2 ping payload must be 8 bytes', RangeError);
E('ERR_HTTP2_PSEUDOHEADER_NOT_ALLOWED', 'Cannot set HTTP/2 pseudo-headers', TypeError);
E('ERR_HTTP2_PUSH_DISABLED', 'HTTP/2 client has disabled push streams', Error);
E('ERR_HTTP2_SEND_FILE', 'Directories cannot be sent', Error);
E('ERR_HTTP2_SEND_FILE_NOSEEK', 'Offset or length can only be specified for regular files', Error);
E('ERR_HTTP2_SESSION_ERROR', 'Session closed with error code %s', Error);
E('ERR_HTTP2_SETTINGS_CANCEL', 'HTTP2 session settings canceled', Error);
E('ERR_HTTP2_SOCKET_BOUND', 'The socket is already bound to an Http2Session', Error);
E('ERR_HTTP2_SOCKET_UNBOUND', 'The socket has been disconnected from the Http2Session', Error);
E('ERR_HTTP2_STATUS_101', 'HTTP status code 101 (Switching Protocols) is forbidden in HTTP/2', Error);
E('ERR_HTTP2_STATUS_INVALID', 'Invalid status code: %s', RangeError);
E('ERR_HTTP2_STREAM_CANCEL', function streamCancel(error) {
  let message = 'The pending stream has been canceled';
  if (typeof error?.message === 'string') message += ` (caused by: ${error.message})`;
  this.cause = error;
  return message;
}, Error);
E('ERR_HTTP2_STREAM_ERROR', 'Stream closed with error code %s', Error);
E('ERR_HTTP2_STREAM_SELF_DEPENDENCY', 'A stream cannot depend on itself', Error);
E('ERR_HTTP2_TOO_MANY_CUSTOM_SETTINGS', 'Number of custom settings exceeds MAX_ADDITIONAL_SETTINGS', Error);
E('ERR_HTTP2_TOO_MANY_INVALID_FRAMES', 'Too many invalid HTTP/2 frames', Error);
E('ERR_HTTP2_TOO_MANY_ORIGINS',
  'The server sent more ORIGIN frames than the allowed number of %s', Error);
E('ERR_HTTP2_TRAILERS_ALREADY_SENT', 'Trailing headers have already been sent', Error);
E('ERR_HTTP2_TRAILERS_NOT_READY',
  'Trailing headers cannot be sent until after the wantTrailers event is emitted', Error);
E('ERR_HTTP2_UNSUPPORTED_PROTOCOL', 'protocol "%s" is unsupported.', Error);
E('ERR_HTTP_BODY_NOT_ALLOWED',
  'Adding content for this request method or response status is not allowed.', Error);
E('ERR_HTTP_CONTENT_LENGTH_MISMATCH',
  "Response body's content-length of %s byte(s) does not match the content-length of %s " +
  'byte(s) set in header', Error);
E('ERR_HTTP_HEADERS_SENT', 'Cannot %s headers after they are sent to the client', Error);
E('ERR_HTTP_INVALID_HEADER_VALUE', 'Invalid value "%s" for header "%s"', TypeError);
E('ERR_HTTP_INVALID_STATUS_CODE', 'Invalid status code: %s', RangeError);
E('ERR_HTTP_REQUEST_TIMEOUT', 'Request timeout', Error);
E('ERR_HTTP_SOCKET_ASSIGNED', 'ServerResponse has an already assigned socket', Error);
E('ERR_HTTP_SOCKET_ENCODING',
  'Changing the socket encoding is not allowed per RFC7230 Section 3.', Error);
E('ERR_HTTP_TRAILER_INVALID', 'Trailers are invalid with this transfer encoding', Error);
E('ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor', TypeError);
E('ERR_IMPORT_ATTRIBUTE_MISSING', 'Module "%s" needs an import attribute of "%s: %s"', TypeError);
E('ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE', 'Module "%s" is not of type "%s"', TypeError);
E('ERR_IMPORT_ATTRIBUTE_UNSUPPORTED', (attribute, value, url = undefined) =>
  `Import attribute "${attribute}" with value "${value}" is not supported` +
  `${url ? ` in ${url}` : ''}`, TypeError);
E('ERR_INCOMPATIBLE_OPTION_PAIR',
  'Option "%s" cannot be used in combination with option "%s"', TypeError);
E('ERR_INPUT_TYPE_NOT_ALLOWED',
  '--input-type can only be used with string input via --eval, --print, or STDIN', Error);
E('ERR_INSPECTOR_ALREADY_ACTIVATED',
  'Inspector is already activated. Close it with inspector.close() before activating it again.',
  Error);
E('ERR_INSPECTOR_ALREADY_CONNECTED', '%s is already connected', Error);
E('ERR_INSPECTOR_CLOSED', 'Session was closed', Error);
E('ERR_INSPECTOR_COMMAND', 'Inspector error %d: %s', Error);
E('ERR_INSPECTOR_NOT_ACTIVE', 'Inspector is not active', Error);
E('ERR_INSPECTOR_NOT_AVAILABLE', 'Inspector is not available', Error);
E('ERR_INSPECTOR_NOT_CONNECTED', 'Session is not connected', Error);
E('ERR_INSPECTOR_NOT_WORKER', 'Current thread is not a worker', Error);
E('ERR_INTERNAL_ASSERTION', (message) =>
  (message === undefined ? kNodeIssueSuffix : `${message}\n${kNodeIssueSuffix}`), Error);
E('ERR_INVALID_ADDRESS', 'Invalid socket address', Error);
E('ERR_INVALID_ADDRESS_FAMILY', function invalidAddressFamily(addressType, host, port) {
  this.host = host;
  this.port = port;
  return `Invalid address family: ${addressType} ${host}:${port}`;
}, RangeError);
E('ERR_INVALID_ARG_TYPE', invalidArgTypeMessage, TypeError);
E('ERR_INVALID_ARG_VALUE', invalidArgValueMessage, TypeError, RangeError);
E('ERR_INVALID_ASYNC_ID', 'Invalid %s value: %s', RangeError);
E('ERR_INVALID_BUFFER_SIZE', 'Buffer size must be a multiple of %s', RangeError);
E('ERR_INVALID_CHAR', (name, field = undefined) => {
  let message = `Invalid character in ${name}`;
  if (field !== undefined) message += ` ["${field}"]`;
  return message;
}, TypeError);
E('ERR_INVALID_CURSOR_POS', 'Cannot set cursor row without setting its column', TypeError);
E('ERR_INVALID_FD', '"fd" must be a positive integer: %s', RangeError);
E('ERR_INVALID_FD_TYPE', 'Unsupported fd type: %s', TypeError);
E('ERR_INVALID_FILE_URL_HOST', 'File URL host must be "localhost" or empty on %s', TypeError);
E('ERR_INVALID_FILE_URL_PATH', function invalidFileUrlPath(path, input = undefined) {
  if (input !== undefined) this.input = input;
  return `File URL path ${path}`;
}, TypeError);
E('ERR_INVALID_HANDLE_TYPE', 'This handle type cannot be sent', TypeError);
E('ERR_INVALID_HTTP_TOKEN', '%s must be a valid HTTP token ["%s"]', TypeError);
E('ERR_INVALID_IP_ADDRESS', 'Invalid IP address: %s', TypeError);
E('ERR_INVALID_MIME_SYNTAX', (production, string, invalidIndex) => {
  const at = invalidIndex !== -1 ? ` at ${invalidIndex}` : '';
  return `The MIME syntax for a ${production} in "${string}" is invalid${at}`;
}, TypeError);
E('ERR_INVALID_MODULE_SPECIFIER', (request, reason, base = undefined) =>
  `Invalid module "${request}" ${reason}${base ? ` imported from ${base}` : ''}`, TypeError);
E('ERR_INVALID_OPT_VALUE', (name, value, reason = '') =>
  `The value "${String(value)}" is invalid for option "${name}"${reason ? `. ${reason}` : ''}`,
TypeError, RangeError);
E('ERR_INVALID_OBJECT_DEFINE_PROPERTY', '%s', TypeError);
E('ERR_INVALID_PACKAGE_CONFIG', (path, base, message) =>
  `Invalid package config ${path}${base ? ` while importing ${base}` : ''}` +
  `${message ? `. ${message}` : ''}`, Error);
E('ERR_INVALID_PACKAGE_TARGET', invalidPackageTargetMessage, Error);
E('ERR_INVALID_PROTOCOL', 'Protocol "%s" not supported. Expected "%s"', TypeError);
E('ERR_INVALID_REPL_EVAL_CONFIG',
  'Cannot specify both "breakEvalOnSigint" and "eval" for REPL', TypeError);
E('ERR_INVALID_REPL_INPUT', '%s', TypeError);
E('ERR_INVALID_RETURN_PROPERTY', (input, name, prop, value) =>
  `Expected a valid ${input} to be returned for the "${prop}" from the "${name}" hook but got ` +
  `${determineSpecificType(value)}.`, TypeError);
E('ERR_INVALID_RETURN_PROPERTY_VALUE', (input, name, prop, value) =>
  `Expected ${input} to be returned for the "${prop}" from the "${name}" hook but got ` +
  `${determineSpecificType(value)}.`, TypeError);
E('ERR_INVALID_RETURN_VALUE', (input, name, value) =>
  `Expected ${input} to be returned from the "${name}" function but got ` +
  `${determineSpecificType(value)}.`, TypeError, RangeError);
E('ERR_INVALID_STATE', 'Invalid state: %s', Error, TypeError, RangeError);
E('ERR_INVALID_SYNC_FORK_INPUT',
  'Asynchronous forks do not support Buffer, TypedArray, DataView or string input: %s', TypeError);
E('ERR_INVALID_THIS', 'Value of "this" must be of type %s', TypeError);
E('ERR_INVALID_TUPLE', '%s must be an iterable %s tuple', TypeError);
E('ERR_INVALID_TYPESCRIPT_SYNTAX', '%s', SyntaxError);
E('ERR_INVALID_URI', 'URI malformed', URIError);
E('ERR_INVALID_URL', function invalidUrl(input, base = null) {
  this.input = input;
  if (base != null) this.base = base;
  return 'Invalid URL';
}, TypeError);
E('ERR_INVALID_URL_SCHEME', (expected) => {
  if (typeof expected === 'string') expected = [expected];
  if (expected.length > 2) throw internalAssertionError('At most two schemes are expected');
  const schemes = expected.length === 2 ?
    `one of scheme ${expected[0]} or ${expected[1]}` : `of scheme ${expected[0]}`;
  return `The URL must be ${schemes}`;
}, TypeError);
E('ERR_IPC_CHANNEL_CLOSED', 'Channel closed', Error);
E('ERR_IPC_DISCONNECTED', 'IPC channel is already disconnected', Error);
E('ERR_IPC_ONE_PIPE', 'Child process can have only one IPC pipe', Error);
E('ERR_IPC_SYNC_FORK', 'IPC cannot be used with synchronous forks', Error);
E('ERR_IP_BLOCKED', (ip) => `IP(${ip}) is blocked by net.BlockList`, Error);
E('ERR_LOADER_CHAIN_INCOMPLETE',
  '"%s" did not call the next hook in its chain and did not explicitly signal a short ' +
  "circuit. If this is intentional, include `shortCircuit: true` in the hook's return.", Error);
E('ERR_METHOD_NOT_IMPLEMENTED', 'The %s method is not implemented', Error);
E('ERR_MISSING_ARGS', missingArgsMessage, TypeError);
E('ERR_MISSING_OPTION', '%s is required', TypeError);
E('ERR_MISSING_PASSPHRASE', 'Passphrase required for encrypted key', TypeError);
E('ERR_MODULE_LINK_MISMATCH', '%s', TypeError);
E('ERR_MODULE_NOT_FOUND', function moduleNotFound(path, base, exactUrl) {
  if (exactUrl) this.url = String(exactUrl);
  return `Cannot find ${exactUrl ? 'module' : 'package'} '${path}' imported from ${base}`;
}, Error);
E('ERR_MULTIPLE_CALLBACK', 'Callback called multiple times', Error);
E('ERR_NAPI_CONS_FUNCTION', 'Constructor must be a function', TypeError);
E('ERR_NAPI_INVALID_DATAVIEW_ARGS',
  'byte_offset + byte_length should be less than or equal to the size in bytes of the array ' +
  'passed in', RangeError);
E('ERR_NAPI_INVALID_TYPEDARRAY_ALIGNMENT', 'start offset of %s should be a multiple of %s', RangeError);
E('ERR_NAPI_INVALID_TYPEDARRAY_LENGTH', 'Invalid typed array length', RangeError);
E('ERR_NOT_BUILDING_SNAPSHOT', 'Operation cannot be invoked when not building startup snapshot', Error);
// Lode's own: a Node API that Lode does not provide (yet).
E('ERR_NOT_IMPLEMENTED', '%s is not implemented in Lode yet', Error);
E('ERR_NOT_IN_SINGLE_EXECUTABLE_APPLICATION',
  'Operation cannot be invoked when not in a single-executable application', Error);
E('ERR_NOT_SUPPORTED_IN_SNAPSHOT', '%s is not supported in startup snapshot', Error);
E('ERR_NO_CRYPTO', 'Node.js is not compiled with OpenSSL crypto support', Error);
E('ERR_NO_ICU', '%s is not supported on Node.js compiled without ICU', TypeError);
E('ERR_NO_TYPESCRIPT', 'Node.js is not compiled with TypeScript support', Error);
E('ERR_OPERATION_FAILED', 'Operation failed: %s', Error, TypeError);
E('ERR_OUT_OF_RANGE', outOfRangeMessage, RangeError);
E('ERR_PACKAGE_IMPORT_NOT_DEFINED', (specifier, packagePath, base) =>
  `Package import specifier "${specifier}" is not defined` +
  `${packagePath ? ` in package ${packagePath}package.json` : ''} imported from ${base}`,
TypeError);
E('ERR_PACKAGE_PATH_NOT_EXPORTED', (packagePath, subpath, base = undefined) => {
  const from = base ? ` imported from ${base}` : '';
  if (subpath === '.') return `No "exports" main defined in ${packagePath}package.json${from}`;
  return `Package subpath '${subpath}' is not defined by "exports" in ` +
    `${packagePath}package.json${from}`;
}, Error);
E('ERR_PACKAGE_MAP_EXTERNAL_FILE', (specifier, parentPath, packageMapPath) =>
  `Cannot resolve "${specifier}" from "${parentPath}": file is not within any package ` +
  `defined in ${packageMapPath}`, Error);
E('ERR_PACKAGE_MAP_INVALID', (packageMapPath, reason) =>
  `Invalid package-map.json at "${packageMapPath}": ${reason}`, SyntaxError);
E('ERR_PACKAGE_MAP_KEY_NOT_FOUND', (key, packageMapPath) =>
  `Package key "${key}" referenced in dependencies but not defined in ${packageMapPath}`, Error);
E('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', '%s', TypeError);
E('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
  "Unexpected argument '%s'. This command does not take positional arguments", TypeError);
E('ERR_PARSE_ARGS_UNKNOWN_OPTION', (option, allowPositionals) => {
  const suggestion = allowPositionals ? ". To specify a positional argument starting with a '-', " +
    `place it at the end of the command after '--', as in '-- ${JSON.stringify(option)}` : '';
  return `Unknown option '${option}'${suggestion}`;
}, TypeError);
E('ERR_PERFORMANCE_INVALID_TIMESTAMP', '%d is not a valid timestamp', TypeError);
E('ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS', '%s', TypeError);
E('ERR_PROXY_INVALID_CONFIG', '%s', Error);
E('ERR_PROXY_TUNNEL', '%s', Error);
E('ERR_QUIC_CONNECTION_FAILED', 'QUIC connection failed', Error);
E('ERR_QUIC_ENDPOINT_CLOSED', 'QUIC endpoint closed: %s (%d)', Error);
E('ERR_QUIC_OPEN_STREAM_FAILED', 'Failed to open QUIC stream', Error);
E('ERR_QUIC_STREAM_ABORTED', '%s', Error);
E('ERR_QUIC_STREAM_RESET', 'The QUIC stream was reset by the peer with error code %d', Error);
E('ERR_QUIC_VERSION_NEGOTIATION_ERROR', 'The QUIC session requires version negotiation', Error);
E('ERR_REQUIRE_ASYNC_MODULE', (filename = undefined, parentFilename = undefined) => {
  let message = 'require() cannot be used on an ESM graph with top-level await. Use import() ' +
    'instead. To see where the top-level await comes from, use --experimental-print-required-tla.';
  if (filename) message += `\nRequired module: ${filename}`;
  if (parentFilename) message += `\nRequire stack:\n- ${parentFilename}`;
  return message;
}, Error);
E('ERR_REQUIRE_CYCLE_MODULE', '%s', Error);
E('ERR_REQUIRE_ESM', (filename, hasEsmSyntax, parentPath = null, packageJsonPath = null) => {
  let message = `require() of ES Module ${filename}${parentPath ? ` from ${parentPath}` : ''} ` +
    'not supported.';
  if (!packageJsonPath) {
    if (String(filename).endsWith('.mjs')) {
      message += `\nInstead change the require of ${filename} to a dynamic import() which is ` +
        'available in all CommonJS modules.';
    }
    return message;
  }
  const baseName = (path) => String(path).slice(String(path).lastIndexOf('/') + 1);
  const shownName = parentPath && baseName(filename) === baseName(parentPath) ?
    filename : baseName(filename);
  if (hasEsmSyntax) {
    return `${message}\nInstead change the require of ${shownName} in ${parentPath} to a ` +
      'dynamic import() which is available in all CommonJS modules.';
  }
  return `${message}\n${shownName} is treated as an ES module file as it is a .js file whose ` +
    'nearest parent package.json contains "type": "module" which declares all .js files in ' +
    `that package scope as ES modules.\nInstead either rename ${shownName} to end in .cjs, ` +
    'change the requiring code to use dynamic import() which is available in all CommonJS ' +
    'modules, or change "type": "module" to "type": "commonjs" in ' +
    `${packageJsonPath} to treat all .js files as CommonJS (using .mjs for all ES modules ` +
    'instead).\n';
}, Error);
E('ERR_REQUIRE_ESM_RACE_CONDITION', (filename, parentFilename, isForAsyncLoaderHookWorker) => {
  let message = `Cannot require() ES Module ${filename} because it is not yet fully loaded.\n` +
    'This may be caused by a race condition if the module is simultaneously dynamically ' +
    'import()-ed via Promise.all().\nTry await-ing the import() sequentially in a loop instead.';
  const from = parentFilename ? `${parentFilename} in ` : ' ';
  const thread = isForAsyncLoaderHookWorker ? 'loader hook worker thread' : 'non-loader-hook thread';
  return `${message}\n (From ${from}${thread})`;
}, Error);
E('ERR_SCRIPT_EXECUTION_INTERRUPTED', 'Script execution was interrupted by `SIGINT`', Error);
E('ERR_SERVER_ALREADY_LISTEN', 'Listen method has been called more than once without closing.', Error);
E('ERR_SERVER_NOT_RUNNING', 'Server is not running.', Error);
E('ERR_SINGLE_EXECUTABLE_APPLICATION_ASSET_NOT_FOUND',
  'Cannot find asset %s for the single executable application', Error);
E('ERR_SOCKET_ALREADY_BOUND', 'Socket is already bound', Error);
E('ERR_SOCKET_BAD_BUFFER_SIZE', 'Buffer size must be a positive integer', TypeError);
E('ERR_SOCKET_BAD_PORT', (name, port, allowZero = true) => {
  if (typeof allowZero !== 'boolean') {
    throw internalAssertionError("The 'allowZero' argument must be of type boolean.");
  }
  const operator = allowZero ? '>=' : '>';
  return `${name} should be ${operator} 0 and < 65536. Received ${determineSpecificType(port)}.`;
}, RangeError);
E('ERR_SOCKET_BAD_TYPE', 'Bad socket type specified. Valid types are: udp4, udp6', TypeError);
E('ERR_SOCKET_BUFFER_SIZE', 'Could not get or set buffer size', SystemError);
E('ERR_SOCKET_CLOSED', 'Socket is closed', Error);
E('ERR_SOCKET_CLOSED_BEFORE_CONNECTION', 'Socket closed before the connection was established', Error);
E('ERR_SOCKET_CONNECTION_TIMEOUT', 'Socket connection timeout', Error);
E('ERR_SOCKET_DGRAM_IS_CONNECTED', 'Already connected', Error);
E('ERR_SOCKET_DGRAM_NOT_CONNECTED', 'Not connected', Error);
E('ERR_SOCKET_DGRAM_NOT_RUNNING', 'Not running', Error);
E('ERR_SOCKET_HANDLE_ADOPTED', 'The bound socket has already been adopted by a server or socket', Error);
E('ERR_SOURCE_MAP_CORRUPT', "The source map for '%s' does not exist or is corrupt.", Error);
E('ERR_SOURCE_MAP_MISSING_SOURCE', "Cannot find '%s' imported from the source map for '%s'", Error);
E('ERR_SRI_PARSE', 'Subresource Integrity string "%s" had an unexpected "%s" at position %d', SyntaxError);
E('ERR_STREAM_ALREADY_FINISHED', 'Cannot call %s after a stream was finished', Error);
E('ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable', Error);
E('ERR_STREAM_DESTROYED', 'Cannot call %s after a stream was destroyed', Error);
E('ERR_STREAM_ITER_MISSING_FLAG',
  'The stream/iter API requires the --experimental-stream-iter flag', TypeError);
E('ERR_STREAM_NULL_VALUES', 'May not write null values to stream', TypeError);
E('ERR_STREAM_PREMATURE_CLOSE', 'Premature close', Error);
E('ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF', Error);
E('ERR_STREAM_UNABLE_TO_PIPE', 'Cannot pipe to a closed or destroyed stream', Error);
E('ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event', Error);
E('ERR_STREAM_WRAP', 'Stream has StringDecoder set or is in objectMode', Error);
E('ERR_STREAM_WRITE_AFTER_END', 'write after end', Error);
E('ERR_SYNTHETIC', 'JavaScript Callstack', Error);
E('ERR_SYSTEM_ERROR', 'A system error occurred', SystemError);
E('ERR_TEST_FAILURE', function testFailure(error, failureType) {
  this.failureType = failureType;
  this.cause = error;
  return error?.message ?? String(error);
}, Error);
E('ERR_TLS_ALPN_CALLBACK_INVALID_RESULT', (value, protocols) =>
  `ALPN callback returned a value (${value}) that did not match any of the client's offered ` +
  `protocols (${protocols.join(', ')})`, TypeError);
E('ERR_TLS_ALPN_CALLBACK_WITH_PROTOCOLS',
  'The ALPNCallback and ALPNProtocols TLS options are mutually exclusive', TypeError);
E('ERR_TLS_CERT_ALTNAME_FORMAT', 'Invalid subject alternative name string', SyntaxError);
E('ERR_TLS_CERT_ALTNAME_INVALID', function altnameInvalid(reason, host, cert) {
  this.reason = reason;
  this.host = host;
  this.cert = cert;
  return `Hostname/IP does not match certificate's altnames: ${reason}`;
}, Error);
E('ERR_TLS_DH_PARAM_SIZE', 'DH parameter size %s is less than 2048', Error);
E('ERR_TLS_HANDSHAKE_TIMEOUT', 'TLS handshake timeout', Error);
E('ERR_TLS_INVALID_CONTEXT', '%s must be a SecureContext', TypeError);
E('ERR_TLS_INVALID_PROTOCOL_VERSION', '%j is not a valid %s TLS protocol version', TypeError);
E('ERR_TLS_INVALID_STATE', 'TLS socket connection must be securely established', Error);
E('ERR_TLS_PROTOCOL_VERSION_CONFLICT',
  'TLS protocol version %j conflicts with secureProtocol %j', TypeError);
E('ERR_TLS_RENEGOTIATION_DISABLED', 'TLS session renegotiation disabled for this socket', Error);
E('ERR_TLS_RENEGOTIATION_UNSUPPORTED',
  'TLS session renegotiation is unsupported by this TLS implementation', Error);
E('ERR_TLS_REQUIRED_SERVER_NAME', '"servername" is required parameter for Server.addContext', Error);
E('ERR_TLS_SESSION_ATTACK', 'TLS session renegotiation attack detected', Error);
E('ERR_TLS_SNI_FROM_SERVER', 'Cannot issue SNI from a TLS server-side socket', Error);
E('ERR_TRACE_EVENTS_CATEGORY_REQUIRED', 'At least one category is required', TypeError);
E('ERR_TRACE_EVENTS_UNAVAILABLE', 'Trace events are unavailable', Error);
E('ERR_TRAILING_JUNK_AFTER_STREAM_END', 'Trailing junk found after the end of the compressed stream', TypeError);
E('ERR_TTY_INIT_FAILED', 'TTY initialization failed', SystemError);
E('ERR_UNAVAILABLE_DURING_EXIT', 'Cannot call function in process exit handler', Error);
E('ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET',
  '`process.setupUncaughtExceptionCapture()` was called while a capture callback was already ' +
  'active', Error);
E('ERR_UNESCAPED_CHARACTERS', '%s contains unescaped characters', TypeError);
E('ERR_UNHANDLED_ERROR', (error = undefined) => {
  const message = 'Unhandled error.';
  if (error === undefined) return message;
  return `${message} (${error})`;
}, Error);
E('ERR_UNKNOWN_BUILTIN_MODULE', 'No such built-in module: %s', Error);
E('ERR_UNKNOWN_CREDENTIAL', '%s identifier does not exist: %s', Error);
E('ERR_UNKNOWN_ENCODING', 'Unknown encoding: %s', TypeError);
E('ERR_UNKNOWN_FILE_EXTENSION', 'Unknown file extension "%s" for %s', TypeError);
E('ERR_UNKNOWN_MODULE_FORMAT', 'Unknown module format: %s for URL %s', RangeError);
E('ERR_UNKNOWN_SIGNAL', 'Unknown signal: %s', TypeError);
E('ERR_UNSUPPORTED_DIR_IMPORT', function unsupportedDirImport(path, base, exactUrl) {
  this.url = exactUrl;
  return `Directory import '${path}' is not supported resolving ES modules imported from ${base}`;
}, Error);
E('ERR_UNSUPPORTED_ESM_URL_SCHEME', (url, supported) => {
  let message = `Only URLs with a scheme in: ${formatList(supported)} are supported by the ` +
    'default ESM loader';
  if (process.platform === 'win32' && url.protocol.length === 2) {
    message += '. On Windows, absolute paths must be valid file:// URLs';
  }
  return `${message}. Received protocol '${url.protocol}'`;
}, Error);
E('ERR_UNSUPPORTED_NODE_MODULES_TYPE_STRIPPING',
  'Stripping types is currently unsupported for files under node_modules, for "%s"', Error);
E('ERR_UNSUPPORTED_RESOLVE_REQUEST',
  'Failed to resolve module specifier "%s" from "%s": Invalid relative URL or base scheme is ' +
  'not hierarchical.', TypeError);
E('ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX', '%s', SyntaxError);
E('ERR_USE_AFTER_CLOSE', '%s was closed', Error);
E('ERR_VALID_PERFORMANCE_ENTRY_TYPE', 'At least one valid performance entry type is required', Error);
E('ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING', 'A dynamic import callback was not specified.', TypeError);
E('ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG',
  'A dynamic import callback was invoked without --experimental-vm-modules', TypeError);
E('ERR_VM_MODULE_ALREADY_LINKED', 'Module has already been linked', Error);
E('ERR_VM_MODULE_CANNOT_CREATE_CACHED_DATA',
  'Cached data cannot be created for a module which has been evaluated', Error);
E('ERR_VM_MODULE_DIFFERENT_CONTEXT', 'Linked modules must use the same context', Error);
E('ERR_VM_MODULE_LINK_FAILURE', function linkFailure(message, cause) {
  this.cause = cause;
  return message;
}, Error);
E('ERR_VM_MODULE_NOT_MODULE', 'Provided module is not an instance of Module', Error);
E('ERR_VM_MODULE_STATUS', 'Module status %s', Error);
E('ERR_WASI_ALREADY_STARTED', 'WASI instance has already started', Error);
E('ERR_WEBASSEMBLY_NOT_SUPPORTED',
  'WebAssembly is not supported in this environment, but is required for %s', Error);
E('ERR_WEBASSEMBLY_RESPONSE', 'WebAssembly response %s', TypeError);
E('ERR_WORKER_HANDLE_NOT_TRANSFERABLE',
  '%s cannot be transferred in its current state; it must be a freshly created or accepted ' +
  'handle that has not started reading and has no pending writes', Error);
E('ERR_WORKER_INIT_FAILED', 'Worker initialization failure: %s', Error);
E('ERR_WORKER_INVALID_EXEC_ARGV', (errors, message = 'invalid execArgv flags') =>
  `Initiated Worker with ${message}: ${errors.join(', ')}`, Error);
E('ERR_WORKER_MESSAGING_ERRORED', 'The destination thread threw an error while processing the message', Error);
E('ERR_WORKER_MESSAGING_FAILED', 'Cannot find the destination thread or listener', Error);
E('ERR_WORKER_MESSAGING_SAME_THREAD', 'Cannot sent a message to the same thread', Error);
E('ERR_WORKER_MESSAGING_TIMEOUT', 'Sending a message to another thread timed out', Error);
E('ERR_WORKER_NOT_RUNNING', 'Worker instance not running', Error);
E('ERR_WORKER_OUT_OF_MEMORY', 'Worker terminated due to reaching memory limit: %s', Error);
E('ERR_WORKER_PATH', (filename) => {
  let message = 'The worker script or module filename must be an absolute path or a relative ' +
    "path starting with './' or '../'.";
  filename = String(filename);
  if (filename.startsWith('file://')) {
    message += ' Wrap file:// URLs with `new URL`.';
  } else if (filename.startsWith('data:text/javascript')) {
    message += ' Wrap data: URLs with `new URL`.';
  }
  return `${message} Received "${filename}"`;
}, TypeError);
E('ERR_WORKER_UNSERIALIZABLE_ERROR', 'Serializing an uncaught exception failed', Error);
E('ERR_WORKER_UNSUPPORTED_OPERATION', '%s is not supported in workers', TypeError);
E('ERR_ZLIB_INITIALIZATION_FAILED', 'Initialization failed', Error);
E('ERR_ZSTD_INVALID_PARAM', '%s is not a valid zstd parameter', RangeError);

// ---------------------------------------------------------------------------
// System errors

let uvErrorMap;
function lazyUvErrorMap() {
  uvErrorMap ??= internalBinding('uv').getErrorMap();
  return uvErrorMap;
}

/** [name, description] for a negative libuv error code, or undefined. */
function uvErrmapGet(errno) {
  return lazyUvErrorMap().get(errno);
}

function uvErrorName(errno) {
  return uvErrmapGet(errno)?.[0] ?? internalBinding('uv').errname(errno);
}

function uvErrorEntry(errno) {
  return uvErrmapGet(errno) ?? ['UNKNOWN', 'unknown error'];
}

// Errors below replace their constructor's own frame and look like plain
// Errors (`err.constructor === Error`), as Node's do.
function plainErrorClass(ErrorClass) {
  defineProperty(ErrorClass.prototype, 'constructor', {
    value: Error, writable: true, enumerable: false, configurable: true,
  });
  return ErrorClass;
}

/**
 * A failed libuv call: `ENOENT: no such file or directory, open 'x' -> 'y'`
 * with `errno`, `code`, `syscall`, and `path`/`dest` when given (Buffers are
 * shown as strings).
 */
const UVException = plainErrorClass(class UVException extends Error {
  constructor(context) {
    const [code, description] = uvErrorEntry(context.errno);
    let message = `${code}: ${context.message || description}, ${context.syscall}`;
    let path;
    let dest;
    // An empty path or dest is still shown (`chdir '/x' -> ''`), as Node does.
    if (context.path !== undefined && context.path !== null) {
      path = context.path.toString();
      message += ` '${path}'`;
    }
    if (context.dest !== undefined && context.dest !== null) {
      dest = context.dest.toString();
      message += ` -> '${dest}'`;
    }
    super(message);
    this.errno = context.errno;
    this.code = code;
    this.syscall = context.syscall;
    if (path !== undefined) this.path = path;
    if (dest !== undefined) this.dest = dest;
  }
});

/** `listen EADDRINUSE: address already in use 0.0.0.0:80`. */
const UVExceptionWithHostPort = plainErrorClass(class UVExceptionWithHostPort extends Error {
  constructor(errno, syscall, address, port) {
    const [code, description] = uvErrorEntry(errno);
    let details = '';
    if (port && port > 0) details = ` ${address}:${port}`;
    else if (address) details = ` ${address}`;
    super(`${syscall} ${code}: ${description}${details}`);
    this.code = code;
    this.errno = errno;
    this.syscall = syscall;
    this.address = address;
    if (port) this.port = port;
  }
});

/** `write EPIPE`, or `write EPIPE original` when `original` is given. */
const ErrnoException = plainErrorClass(class ErrnoException extends Error {
  constructor(errno, syscall, original = undefined) {
    const code = uvErrorName(errno);
    super(original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`);
    this.errno = errno;
    this.code = code;
    this.syscall = syscall;
  }
});

/** `connect ECONNREFUSED 127.0.0.1:80 - Local (addr:port)`. */
const ExceptionWithHostPort = plainErrorClass(class ExceptionWithHostPort extends Error {
  constructor(errno, syscall, address, port, additional = undefined) {
    const code = uvErrorName(errno);
    let details = '';
    if (port && port > 0) details = ` ${address}:${port}`;
    else if (address) details = ` ${address}`;
    if (additional) details += ` - Local (${additional})`;
    super(`${syscall} ${code}${details}`);
    this.errno = errno;
    this.code = code;
    this.syscall = syscall;
    this.address = address;
    if (port) this.port = port;
  }
});

/**
 * A resolver failure: `getaddrinfo ENOTFOUND example.invalid`. `code` is a
 * libuv error number or a c-ares code name; "no such name" and "no data"
 * are reported as ENOTFOUND, as Node does.
 */
const DNSException = plainErrorClass(class DNSException extends Error {
  constructor(code, syscall, hostname = undefined) {
    let errno;
    if (typeof code === 'number') {
      errno = code;
      const name = uvErrorName(code);
      code = name === 'EAI_NODATA' || name === 'EAI_NONAME' ? 'ENOTFOUND' : name;
    }
    super(hostname ? `${syscall} ${code} ${hostname}` : `${syscall} ${code}`);
    this.errno = errno;
    this.code = code;
    this.syscall = syscall;
    if (hostname) this.hostname = hostname;
  }
});

/** `socket hang up` and the like, with code ECONNRESET. */
const ConnResetException = plainErrorClass(class ConnResetException extends Error {
  constructor(message) {
    super(message);
    this.code = 'ECONNRESET';
  }
});

// Callable forms for the constructors above, hiding their own frame too.
function uvException(context) {
  const error = new UVException(context);
  Error.captureStackTrace(error, uvException);
  return error;
}

function uvExceptionWithHostPort(errno, syscall, address, port) {
  const error = new UVExceptionWithHostPort(errno, syscall, address, port);
  Error.captureStackTrace(error, uvExceptionWithHostPort);
  return error;
}

function errnoException(errno, syscall, original) {
  const error = new ErrnoException(errno, syscall, original);
  Error.captureStackTrace(error, errnoException);
  return error;
}

function exceptionWithHostPort(errno, syscall, address, port, additional) {
  const error = new ExceptionWithHostPort(errno, syscall, address, port, additional);
  Error.captureStackTrace(error, exceptionWithHostPort);
  return error;
}

function dnsException(code, syscall, hostname) {
  const error = new DNSException(code, syscall, hostname);
  Error.captureStackTrace(error, dnsException);
  return error;
}

function connResetException(message) {
  const error = new ConnResetException(message);
  Error.captureStackTrace(error, connResetException);
  return error;
}

// ---------------------------------------------------------------------------
// Other helpers

/** The error AbortSignal-aware APIs reject with: code ABORT_ERR. */
class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    if (options !== undefined && typeof options !== 'object') {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

/** An Error with `message` and the given own properties (e.g. `code`). */
function genericNodeError(message, errorProperties) {
  const error = new Error(message);
  Object.assign(error, errorProperties);
  return error;
}

/**
 * Wraps fn so that an error it throws has a stack starting at fn's caller
 * (argument checks then point at the user's call). `withoutStackTrace` is
 * fn itself, for callers that rethrow anyway.
 */
function hideStackFrames(fn) {
  function wrappedFn(...args) {
    try {
      return Reflect.apply(fn, this, args);
    } catch (error) {
      if (error !== null && typeof error === 'object' && isErrorStackTraceLimitWritable()) {
        Error.captureStackTrace(error, wrappedFn);
      }
      throw error;
    }
  }
  wrappedFn.withoutStackTrace = fn;
  return wrappedFn;
}

/**
 * Combines an error raised while handling `outerError` with it: both end
 * up in one AggregateError (or in outerError.errors when it has them).
 */
function aggregateTwoErrors(innerError, outerError) {
  if (innerError && outerError && innerError !== outerError) {
    if (isArray(outerError.errors)) {
      outerError.errors.push(innerError);
      return outerError;
    }
    const error = new AggregateError([outerError, innerError], outerError.message);
    error.code = outerError.code;
    return error;
  }
  return innerError || outerError;
}

/** Whether Error.stackTraceLimit can be changed (a user may freeze it). */
function isErrorStackTraceLimitWritable() {
  const descriptor = getOwnPropertyDescriptor(Error, 'stackTraceLimit');
  if (descriptor === undefined) return isExtensible(Error);
  return Object.hasOwn(descriptor, 'writable') ? descriptor.writable : descriptor.set !== undefined;
}

/** Whether err is the engine's "Maximum call stack size exceeded". */
function isStackOverflowError(error) {
  return error instanceof RangeError && typeof error.message === 'string' &&
    error.message.startsWith('Maximum call stack size exceeded');
}

module.exports = {
  AbortError,
  aggregateTwoErrors,
  addNumericalSeparator,
  codes,
  ConnResetException,
  connResetException,
  determineSpecificType,
  DNSException,
  dnsException,
  E,
  ErrnoException,
  errnoException,
  ExceptionWithHostPort,
  exceptionWithHostPort,
  formatList,
  genericNodeError,
  getMessage,
  hideStackFrames,
  isErrorStackTraceLimitWritable,
  isStackOverflowError,
  kIsNodeError,
  SystemError,
  UVException,
  uvException,
  UVExceptionWithHostPort,
  uvExceptionWithHostPort,
  uvErrmapGet,
};
