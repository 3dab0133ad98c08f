'use strict';
// The message side of internal/errors, loaded when the first Node error is constructed: the
// util.format-like templating, the messages built by functions, and the helpers they share.
// Keeping it out of internal/errors lets every module that merely names error codes at load
// time skip compiling ~20 KB of functions it will likely never call.

const { getOwnPropertyDescriptor } = Object;
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


function internalAssertionError(message) {
  // Built directly: the codes table may be what is broken.
  const error = new Error(message ? `${message}\n${kNodeIssueSuffix}` : kNodeIssueSuffix);
  error.code = 'ERR_INTERNAL_ASSERTION';
  return error;
}

/**
 * The message for `code` built from `args`: `message` is its util.format template, or
 * null when a function below builds it. Message functions may set extra properties on
 * `self`, which the caller copies onto the error.
 */
function getMessage(code, message, args, self) {
  if (message === null) {
    message = messageFunctions[code];
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

// The codes whose message is built by a function (the others are templates in the table of
// internal/errors).
const messageFunctions = {
  ERR_ACCESS_DENIED: function accessDenied(message, permission = '', resource = '') {
    this.permission = permission;
    this.resource = resource;
    return message;
  },
  ERR_BUFFER_OUT_OF_BOUNDS: (name = undefined) => (name ?
    `"${name}" is outside of buffer bounds` : 'Attempt to access memory outside buffer bounds'),
  ERR_CRYPTO_INVALID_SCRYPT_PARAMS: (details) =>
    (details ? `Invalid scrypt params: ${details}` : 'Invalid scrypt params'),
  ERR_DEBUGGER_STARTUP_ERROR: (message) => message,
  ERR_ENCODING_INVALID_ENCODED_DATA: function invalidEncodedData(encoding, ret) {
    this.errno = ret;
    return `The encoded data was not valid for encoding ${encoding}`;
  },
  ERR_FALSY_VALUE_REJECTION: function falsyValueRejection(reason) {
    this.reason = reason;
    return 'Promise was rejected with falsy value';
  },
  ERR_HTTP2_INVALID_SETTING_VALUE: function invalidSettingValue(name, actual, min = undefined,
    max = undefined) {
    this.actual = actual;
    if (min !== undefined) {
      this.min = min;
      this.max = max;
    }
    return `Invalid value for setting "${name}": ${actual}`;
  },
  ERR_HTTP2_STREAM_CANCEL: function streamCancel(error) {
    let message = 'The pending stream has been canceled';
    if (typeof error?.message === 'string') message += ` (caused by: ${error.message})`;
    this.cause = error;
    return message;
  },
  ERR_IMPORT_ATTRIBUTE_UNSUPPORTED: (attribute, value, url = undefined) =>
    `Import attribute "${attribute}" with value "${value}" is not supported` +
    `${url ? ` in ${url}` : ''}`,
  ERR_INTERNAL_ASSERTION: (message) =>
    (message === undefined ? kNodeIssueSuffix : `${message}\n${kNodeIssueSuffix}`),
  ERR_INVALID_ADDRESS_FAMILY: function invalidAddressFamily(addressType, host, port) {
    this.host = host;
    this.port = port;
    return `Invalid address family: ${addressType} ${host}:${port}`;
  },
  ERR_INVALID_ARG_TYPE: invalidArgTypeMessage,
  ERR_INVALID_ARG_VALUE: invalidArgValueMessage,
  ERR_INVALID_CHAR: (name, field = undefined) => {
    let message = `Invalid character in ${name}`;
    if (field !== undefined) message += ` ["${field}"]`;
    return message;
  },
  ERR_INVALID_FILE_URL_PATH: function invalidFileUrlPath(path, input = undefined) {
    if (input !== undefined) this.input = input;
    return `File URL path ${path}`;
  },
  ERR_INVALID_MIME_SYNTAX: (production, string, invalidIndex) => {
    const at = invalidIndex !== -1 ? ` at ${invalidIndex}` : '';
    return `The MIME syntax for a ${production} in "${string}" is invalid${at}`;
  },
  ERR_INVALID_MODULE_SPECIFIER: (request, reason, base = undefined) =>
    `Invalid module "${request}" ${reason}${base ? ` imported from ${base}` : ''}`,
  ERR_INVALID_OPT_VALUE: (name, value, reason = '') =>
    `The value "${String(value)}" is invalid for option "${name}"${reason ? `. ${reason}` : ''}`,
  ERR_INVALID_PACKAGE_CONFIG: (path, base, message) =>
    `Invalid package config ${path}${base ? ` while importing ${base}` : ''}` +
    `${message ? `. ${message}` : ''}`,
  ERR_INVALID_PACKAGE_TARGET: invalidPackageTargetMessage,
  ERR_INVALID_RETURN_PROPERTY: (input, name, prop, value) =>
    `Expected a valid ${input} to be returned for the "${prop}" from the "${name}" hook but got ` +
    `${determineSpecificType(value)}.`,
  ERR_INVALID_RETURN_PROPERTY_VALUE: (input, name, prop, value) =>
    `Expected ${input} to be returned for the "${prop}" from the "${name}" hook but got ` +
    `${determineSpecificType(value)}.`,
  ERR_INVALID_RETURN_VALUE: (input, name, value) =>
    `Expected ${input} to be returned from the "${name}" function but got ` +
    `${determineSpecificType(value)}.`,
  ERR_INVALID_URL: function invalidUrl(input, base = null) {
    this.input = input;
    if (base != null) this.base = base;
    return 'Invalid URL';
  },
  ERR_INVALID_URL_SCHEME: (expected) => {
    if (typeof expected === 'string') expected = [expected];
    if (expected.length > 2) throw internalAssertionError('At most two schemes are expected');
    const schemes = expected.length === 2 ?
      `one of scheme ${expected[0]} or ${expected[1]}` : `of scheme ${expected[0]}`;
    return `The URL must be ${schemes}`;
  },
  ERR_IP_BLOCKED: (ip) => `IP(${ip}) is blocked by net.BlockList`,
  ERR_MISSING_ARGS: missingArgsMessage,
  ERR_MODULE_NOT_FOUND: function moduleNotFound(path, base, exactUrl) {
    if (exactUrl) this.url = String(exactUrl);
    return `Cannot find ${exactUrl ? 'module' : 'package'} '${path}' imported from ${base}`;
  },
  ERR_OUT_OF_RANGE: outOfRangeMessage,
  ERR_PACKAGE_IMPORT_NOT_DEFINED: (specifier, packagePath, base) =>
    `Package import specifier "${specifier}" is not defined` +
    `${packagePath ? ` in package ${packagePath}package.json` : ''} imported from ${base}`,
  ERR_PACKAGE_PATH_NOT_EXPORTED: (packagePath, subpath, base = undefined) => {
    const from = base ? ` imported from ${base}` : '';
    if (subpath === '.') return `No "exports" main defined in ${packagePath}package.json${from}`;
    return `Package subpath '${subpath}' is not defined by "exports" in ` +
      `${packagePath}package.json${from}`;
  },
  ERR_PACKAGE_MAP_EXTERNAL_FILE: (specifier, parentPath, packageMapPath) =>
    `Cannot resolve "${specifier}" from "${parentPath}": file is not within any package ` +
    `defined in ${packageMapPath}`,
  ERR_PACKAGE_MAP_INVALID: (packageMapPath, reason) =>
    `Invalid package-map.json at "${packageMapPath}": ${reason}`,
  ERR_PACKAGE_MAP_KEY_NOT_FOUND: (key, packageMapPath) =>
    `Package key "${key}" referenced in dependencies but not defined in ${packageMapPath}`,
  ERR_PARSE_ARGS_UNKNOWN_OPTION: (option, allowPositionals) => {
    const suggestion = allowPositionals ? ". To specify a positional argument starting with a '-', " +
      `place it at the end of the command after '--', as in '-- ${JSON.stringify(option)}` : '';
    return `Unknown option '${option}'${suggestion}`;
  },
  ERR_REQUIRE_ASYNC_MODULE: (filename = undefined, parentFilename = undefined) => {
    let message = 'require() cannot be used on an ESM graph with top-level await. Use import() ' +
      'instead. To see where the top-level await comes from, use --experimental-print-required-tla.';
    if (filename) message += `\nRequired module: ${filename}`;
    if (parentFilename) message += `\nRequire stack:\n- ${parentFilename}`;
    return message;
  },
  ERR_REQUIRE_ESM: (filename, hasEsmSyntax, parentPath = null, packageJsonPath = null) => {
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
  },
  ERR_REQUIRE_ESM_RACE_CONDITION: (filename, parentFilename, isForAsyncLoaderHookWorker) => {
    let message = `Cannot require() ES Module ${filename} because it is not yet fully loaded.\n` +
      'This may be caused by a race condition if the module is simultaneously dynamically ' +
      'import()-ed via Promise.all().\nTry await-ing the import() sequentially in a loop instead.';
    const from = parentFilename ? `${parentFilename} in ` : ' ';
    const thread = isForAsyncLoaderHookWorker ? 'loader hook worker thread' : 'non-loader-hook thread';
    return `${message}\n (From ${from}${thread})`;
  },
  ERR_SOCKET_BAD_PORT: (name, port, allowZero = true) => {
    if (typeof allowZero !== 'boolean') {
      throw internalAssertionError("The 'allowZero' argument must be of type boolean.");
    }
    const operator = allowZero ? '>=' : '>';
    return `${name} should be ${operator} 0 and < 65536. Received ${determineSpecificType(port)}.`;
  },
  ERR_TEST_FAILURE: function testFailure(error, failureType) {
    this.failureType = failureType;
    this.cause = error;
    return error?.message ?? String(error);
  },
  ERR_TLS_ALPN_CALLBACK_INVALID_RESULT: (value, protocols) =>
    `ALPN callback returned a value (${value}) that did not match any of the client's offered ` +
    `protocols (${protocols.join(', ')})`,
  ERR_TLS_CERT_ALTNAME_INVALID: function altnameInvalid(reason, host, cert) {
    this.reason = reason;
    this.host = host;
    this.cert = cert;
    return `Hostname/IP does not match certificate's altnames: ${reason}`;
  },
  ERR_UNHANDLED_ERROR: (error = undefined) => {
    const message = 'Unhandled error.';
    if (error === undefined) return message;
    return `${message} (${error})`;
  },
  ERR_UNSUPPORTED_DIR_IMPORT: function unsupportedDirImport(path, base, exactUrl) {
    this.url = exactUrl;
    return `Directory import '${path}' is not supported resolving ES modules imported from ${base}`;
  },
  ERR_UNSUPPORTED_ESM_URL_SCHEME: (url, supported) => {
    let message = `Only URLs with a scheme in: ${formatList(supported)} are supported by the ` +
      'default ESM loader';
    if (process.platform === 'win32' && url.protocol.length === 2) {
      message += '. On Windows, absolute paths must be valid file:// URLs';
    }
    return `${message}. Received protocol '${url.protocol}'`;
  },
  ERR_VM_MODULE_LINK_FAILURE: function linkFailure(message, cause) {
    this.cause = cause;
    return message;
  },
  ERR_WORKER_INVALID_EXEC_ARGV: (errors, message = 'invalid execArgv flags') =>
    `Initiated Worker with ${message}: ${errors.join(', ')}`,
  ERR_WORKER_PATH: (filename) => {
    let message = 'The worker script or module filename must be an absolute path or a relative ' +
      "path starting with './' or '../'.";
    filename = String(filename);
    if (filename.startsWith('file://')) {
      message += ' Wrap file:// URLs with `new URL`.';
    } else if (filename.startsWith('data:text/javascript')) {
      message += ' Wrap data: URLs with `new URL`.';
    }
    return `${message} Received "${filename}"`;
  },
};

module.exports = {
  addNumericalSeparator,
  determineSpecificType,
  formatList,
  getMessage,
};
