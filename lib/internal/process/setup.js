'use strict';
// Fills in the process object that C created: identity, command line, environment, clocks,
// resources, exit, warnings, signals and the standard streams.

const binding = internalBinding('process');
const EventEmitter = require('events');
const { codes, errors } = require('internal/errors/lazy');
const {
  validateString, validateFunction, validateUint32, validateObject, validateNumber,
  validateBoolean,
} = require('internal/validators');

const { signals } = internalBinding('signal');

// Defines each property of `values` on obj, in order, as a writable, configurable data
// property (enumerable unless `enumerable` is false). One call per group, not one per
// property: a function called ~60 times at start-up gets compiled by the engine's baseline
// JIT, which costs more (~0.5 ms of start-up) than the calls do.
function defineValues(obj, values, enumerable = true) {
  for (const name of Object.keys(values)) {
    Object.defineProperty(obj, name, {
      value: values[name], writable: true, configurable: true, enumerable,
    });
  }
}

function defineGetter(obj, name, get, set, enumerable = true) {
  Object.defineProperty(obj, name, { get, set, configurable: true, enumerable });
}

// Converts a process.env key or value to a string as V8's ToString does, with V8's message
// for a symbol (the engine's own message differs).
function envString(value) {
  if (typeof value === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
  return `${value}`;
}

// process.env: a live view of the C environment; values are coerced to strings. Like Node's
// interceptor object it inherits from Object.prototype (`process.env.hasOwnProperty(...)`,
// `String(process.env)`): a name that is not a variable falls through to the prototype.
function makeEnv() {
  const target = {};
  return new Proxy(target, {
    get(t, key, receiver) {
      if (typeof key === 'string') {
        const value = binding.getEnv(key);
        if (value !== undefined) return value;
      }
      return Reflect.get(t, key, receiver);
    },
    set(t, key, value) {
      binding.setEnv(envString(key), envString(value));
      return true;
    },
    has(t, key) {
      return (typeof key === 'string' && binding.getEnv(key) !== undefined) ||
        Reflect.has(t, key);
    },
    deleteProperty(t, key) {
      if (typeof key === 'string') binding.unsetEnv(key);
      return true;
    },
    ownKeys() {
      return binding.envKeys();
    },
    getOwnPropertyDescriptor(t, key) {
      if (typeof key !== 'string') return undefined;
      const value = binding.getEnv(key);
      if (value === undefined) return undefined;
      return { value, writable: true, enumerable: true, configurable: true };
    },
    defineProperty(t, key, desc) {
      if ('get' in desc || 'set' in desc) {
        throw new codes.ERR_INVALID_OBJECT_DEFINE_PROPERTY(
          "'process.env' does not accept an accessor(getter/setter) descriptor");
      }
      if (!('value' in desc) || desc.configurable !== true || desc.writable !== true ||
          desc.enumerable !== true) {
        throw new codes.ERR_INVALID_OBJECT_DEFINE_PROPERTY(
          "'process.env' only accepts a configurable, writable, and enumerable data descriptor");
      }
      binding.setEnv(envString(key), envString(desc.value));
      return true;
    },
    // The environment cannot be frozen, sealed or made non-extensible (the target must stay
    // extensible, or every variable would break the ownKeys invariant).
    preventExtensions() {
      return false;
    },
  });
}

function hrtime(prev) {
  const [sec, nsec] = binding.hrtime();
  if (prev === undefined) return [sec, nsec];
  if (!Array.isArray(prev)) throw new codes.ERR_INVALID_ARG_TYPE('time', 'Array', prev);
  if (prev.length !== 2) throw new codes.ERR_OUT_OF_RANGE('time', 2, prev.length);
  let s = sec - prev[0];
  let n = nsec - prev[1];
  if (n < 0) { s -= 1; n += 1e9; }
  return [s, n];
}
hrtime.bigint = binding.hrtimeBigInt;

function memoryUsage() {
  const [rss, heapTotal, heapUsed, external, arrayBuffers] = binding.memoryUsage();
  return { rss, heapTotal, heapUsed, external, arrayBuffers };
}
memoryUsage.rss = binding.rss;

// A previous reading's field is valid when it is a number in [0, 2^53 - 1].
function isValidCpuTime(value) {
  return typeof value === 'number' && value >= 0 && value <= Number.MAX_SAFE_INTEGER;
}

function cpuUsage(prev) {
  const [user, system] = binding.cpuUsage();
  // Like Node, any falsy previous value (null, 0, '') means "since start-up".
  if (!prev) return { user, system };
  for (const key of ['user', 'system']) {
    const value = prev[key];
    if (!isValidCpuTime(value)) {
      validateObject(prev, 'prevValue');
      validateNumber(value, `prevValue.${key}`);
      throw new codes.ERR_INVALID_ARG_VALUE.RangeError(`prevValue.${key}`, value);
    }
  }
  return { user: user - prev.user, system: system - prev.system };
}

const resourceUsageNames = [
  'userCPUTime', 'systemCPUTime', 'maxRSS', 'sharedMemorySize', 'unsharedDataSize',
  'unsharedStackSize', 'minorPageFault', 'majorPageFault', 'swappedOut', 'fsRead', 'fsWrite',
  'ipcSent', 'ipcReceived', 'signalsCount', 'voluntaryContextSwitches',
  'involuntaryContextSwitches',
];

function resourceUsage() {
  const values = binding.resourceUsage();
  const out = {};
  resourceUsageNames.forEach((name, i) => { out[name] = values[i]; });
  return out;
}

// A signal name or number as process.kill() and the 'exit' machinery take it.
function signalNumber(sig) {
  if (typeof sig === 'number') return sig;
  if (typeof sig === 'string') {
    const n = signals[sig];
    if (n !== undefined) return n;
  }
  throw new codes.ERR_UNKNOWN_SIGNAL(sig);
}

// As in Node: pid is anything loosely equal to an int32 (`'12'`, `true`); an int32 signal is
// passed through (the kernel rejects a bad one with EINVAL), a falsy one means SIGTERM, and
// anything else must name a signal.
function kill(pid, sig) {
  if (pid != (pid | 0)) { // eslint-disable-line eqeqeq
    throw new codes.ERR_INVALID_ARG_TYPE('pid', 'number', pid);
  }
  let signum;
  if (sig === (sig | 0)) {
    signum = sig;
  } else {
    sig ||= 'SIGTERM';
    signum = typeof sig === 'string' && Object.hasOwn(signals, sig) ? signals[sig] : undefined;
    if (signum === undefined) throw new codes.ERR_UNKNOWN_SIGNAL(sig);
  }
  const err = binding.kill(pid | 0, signum);
  if (err) throw errors.errnoException(err, 'kill');
  return true;
}

function chdir(directory) {
  validateString(directory, 'directory');
  const err = binding.chdir(directory);
  if (err) {
    throw new errors.UVException({
      errno: err, syscall: 'chdir', path: process.cwd(), dest: directory,
    });
  }
}

function umask(mask) {
  if (mask === undefined) return binding.umask();
  // null counts as "no mask given" for the check, so it is reported as undefined, as in Node.
  if (mask === null) mask = undefined;
  if (typeof mask === 'string') {
    if (!/^[0-7]+$/.test(mask)) {
      throw new codes.ERR_INVALID_ARG_VALUE('mask', mask,
        'must be a 32-bit unsigned integer or an octal string');
    }
    mask = parseInt(mask, 8);
  }
  validateUint32(mask, 'mask');
  return binding.umask(mask & 0o777);
}

// Signal events: the first listener installs a watcher; removing the last restores the
// default disposition.
function isSignalName(name) {
  return typeof name === 'string' && name.startsWith('SIG') && signals[name] !== undefined;
}

//
// The two watchers go straight into the emitter's storage (Node's layout, see events.js),
// as process.on() would put them on a fresh emitter: going through on() made start-up
// compile addListener and emit (~1.5M instructions) for programs that never use an emitter.
function setupSignals(process) {
  const sig = internalBinding('signal');
  sig.onsignal = (signum) => {
    for (const [name, n] of Object.entries(signals)) {
      if (n === signum && process.listenerCount(name) > 0) {
        process.emit(name, name, signum);
        return;
      }
    }
  };
  const events = process._events;
  events.newListener = (event) => {
    if (isSignalName(event) && process.listenerCount(event) === 0) {
      const err = sig.start(signals[event]);
      if (err) throw errors.errnoException(err, 'uv_signal_start');
    }
  };
  events.removeListener = (event) => {
    if (isSignalName(event) && process.listenerCount(event) === 0) {
      sig.stop(signals[event]);
    }
  };
  process._eventsCount += 2;
}

const kFeatures = {
  inspector: false,
  debug: false,
  uv: true,
  ipv6: true,
  tls_alpn: true,
  tls_sni: true,
  tls_ocsp: true,
  tls: true,
  cached_builtins: true,
  require_module: true,
  typescript: 'strip',
};

function setupProcessObject(process) {
  // process is an instance of a `process` class deriving from EventEmitter, as in Node.
  const proto = Object.create(EventEmitter.prototype, {
    constructor: { value: function process() {}, writable: true, configurable: true },
    [Symbol.toStringTag]: { value: 'process', configurable: true },
  });
  Object.setPrototypeOf(process, proto);
  EventEmitter.call(process);

  // The properties, in this order (Object.keys(process) shows it).
  const version = binding.version;
  defineValues(process, {
    version,
    versions: Object.freeze({
      node: version.slice(1),
      lode: binding.lodeVersion,
      uv: binding.uvVersion,
      modules: '137',
      napi: '10',
      javascriptcore: '2.50',
    }),
    arch: 'x64',
    platform: 'linux',
    release: Object.freeze({
      name: 'node',
      lts: 'Krypton',
      sourceUrl: `https://nodejs.org/download/release/${version}/node-${version}.tar.gz`,
      headersUrl: `https://nodejs.org/download/release/${version}/node-${version}-headers.tar.gz`,
    }),
    execPath: binding.execPath,
  });
  defineValues(process, { argv0: binding.argv0 }, false);
  defineValues(process, {
    execArgv: binding.execArgv,
    argv: [binding.execPath],
    pid: binding.pid,
  });
  defineGetter(process, 'ppid', binding.getPpid);
  defineValues(process, {
    env: makeEnv(),
    features: Object.freeze(kFeatures),
    config: Object.freeze({
      target_defaults: {},
      variables: { node_shared_openssl: true, node_shared_libuv: true, v8_enable_i18n_support: 1 },
    }),
    moduleLoadList: [],
  });
  // An accessor that builds the set on first read, as in Node (an assignment replaces it
  // with a data property).
  let allowedFlags;
  defineGetter(process, 'allowedNodeEnvironmentFlags', function get() {
    allowedFlags ??= new Set([
      '--require', '-r', '--no-warnings', '--no-deprecation', '--throw-deprecation',
      '--trace-deprecation', '--expose-gc', '--input-type', '--max-old-space-size',
    ]);
    return allowedFlags;
  }, function set(value) {
    defineValues(this, { allowedNodeEnvironmentFlags: value });
  });
  defineValues(process, { debugPort: 9229 });
  if (binding.options.noDeprecation) defineValues(process, { noDeprecation: true });
  if (binding.options.throwDeprecation) defineValues(process, { throwDeprecation: true });
  if (binding.options.traceDeprecation) defineValues(process, { traceDeprecation: true });

  defineGetter(process, 'title', binding.getTitle, (title) => binding.setTitle(envString(title)));
  defineValues(process, {
    cwd: function cwd() { return binding.cwd(); },
    chdir,
    umask,
    hrtime,
    uptime: function uptime() { return binding.uptime(); },
    memoryUsage,
    cpuUsage,
    resourceUsage,
    constrainedMemory: function constrainedMemory() { return 0; },
    availableMemory: function availableMemory() {
      return require('os').freemem ? require('os').freemem() : 0;
    },
    kill,
    abort: function abort() { binding.abort(); },
  });
  defineValues(process, { _rawDebug: binding.rawDebug }, false);
  const [uid, euid, gid, egid] = binding.getIds();
  defineValues(process, {
    getuid: function getuid() { return uid; },
    geteuid: function geteuid() { return euid; },
    getgid: function getgid() { return gid; },
    getegid: function getegid() { return egid; },
    getgroups: function getgroups() { return binding.getGroups(); },
    getBuiltinModule: function getBuiltinModule(id) {
      validateString(id, 'id');
      const { loader } = require;
      const bare = id.startsWith('node:') ? id.slice(5) : id;
      if (!loader.canBeRequiredByUsers(bare)) return undefined;
      if (!id.startsWith('node:') && loader.nodeOnlyIds.includes(bare)) return undefined;
      return loader.requireBuiltin(bare);
    },
    setSourceMapsEnabled: function setSourceMapsEnabled(enabled) {
      validateBoolean(enabled, 'enabled');
    },
    sourceMapsEnabled: false,
    getActiveResourcesInfo: function getActiveResourcesInfo() {
      return require('internal/timers').activeResources();
    },
  });

  const execution = require('internal/process/execution');
  defineValues(process, { exit: execution.exit });
  defineValues(process, {
    reallyExit: function reallyExit(code) { binding.reallyExit(code | 0); },
  }, false);
  defineGetter(process, 'exitCode', execution.getExitCode, execution.setExitCode);
  defineValues(process, { _exiting: false }, false);
  const { nextTick } = require('internal/process/task_queues');
  defineValues(process, {
    setUncaughtExceptionCaptureCallback: execution.setUncaughtExceptionCaptureCallback,
    hasUncaughtExceptionCaptureCallback: execution.hasUncaughtExceptionCaptureCallback,
    nextTick,
    // The warning module loads on the first warning; its stack capture hides this frame too,
    // since it cuts at process.emitWarning.
    emitWarning: function emitWarning(warning, type, code, ctor) {
      return require('internal/process/warning').emitWarning(warning, type, code, ctor);
    },
  });

  const stdio = () => require('internal/process/stdio');
  defineGetter(process, 'stdout', () => stdio().getStdout(), undefined);
  defineGetter(process, 'stderr', () => stdio().getStderr(), undefined);
  defineGetter(process, 'stdin', () => stdio().getStdin(), undefined);

  defineValues(process, {
    binding: function binding(name) {
      throw new codes.ERR_INVALID_ARG_VALUE('name', name,
        'is not supported by process.binding() in Lode');
    },
    report: Object.freeze({
      getReport() { return {}; }, writeReport() { return ''; }, directory: '', filename: '',
      compact: false, signal: 'SIGUSR2', reportOnFatalError: false, reportOnSignal: false,
      reportOnUncaughtException: false, excludeNetwork: false,
    }),
  }, false);
  defineValues(process, {
    loadEnvFile: function loadEnvFile(path) {
      // The binding also reads numbers as descriptors and stops at a NUL: only a clean path
      // may reach it. null, like undefined, means ".env".
      path ??= '.env';
      if (typeof path !== 'string') {
        throw new codes.ERR_INVALID_ARG_TYPE('path', ['string', 'Buffer', 'URL'], path);
      }
      if (path.includes('\0')) {
        throw new codes.ERR_INVALID_ARG_VALUE('path', path,
          'must be a string, Uint8Array, or URL without null bytes');
      }
      const content = internalBinding('fs').readFileUtf8(path);
      for (const line of content.split(/\r?\n/)) {
        const m = /^\s*(?:export\s+)?([\w.-]+)\s*=\s*(.*)?\s*$/.exec(line);
        if (!m) continue;
        let value = (m[2] || '').trim();
        if (/^(['"`])[\s\S]*\1$/.test(value)) value = value.slice(1, -1);
        else value = value.replace(/\s+#.*$/, '');
        if (binding.getEnv(m[1]) === undefined) binding.setEnv(m[1], value);
      }
    },
  });
  setupSignals(process);
  validateFunction(process.emit, 'emit');
}

module.exports = { setupProcessObject, signalNumber };
