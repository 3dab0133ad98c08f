'use strict';
// Fills in the process object that C created: identity, command line, environment, clocks,
// resources, exit, warnings, signals and the standard streams.

const binding = internalBinding('process');
const EventEmitter = require('events');
const { codes, errors } = require('internal/errors/lazy');
// internal/validators is required where a check runs: start-up does not need it otherwise.

// The signal binding and its table of signal numbers (~0.15M instructions to make), got when
// first needed: process.kill(), or a listener for an event named like a signal.
let signalBinding;
function signals() {
  if (signalBinding === undefined) {
    signalBinding = internalBinding('signal');
    signalBinding.onsignal = onSignal;
  }
  return signalBinding.signals;
}

function onSignal(signum) {
  for (const [name, n] of Object.entries(signals())) {
    if (n === signum && process.listenerCount(name) > 0) {
      process.emit(name, name, signum);
      return;
    }
  }
}

// Defines each property of `values` on obj, in order, as a writable, configurable data
// property (enumerable unless `enumerable` is false). One call per group, not one per
// property: a function called ~60 times at start-up gets compiled by the engine's baseline
// JIT, which costs more (~0.5 ms of start-up) than the calls do.
function defineValues(obj, values, enumerable = true, writable = true) {
  for (const name of Object.keys(values)) {
    Object.defineProperty(obj, name, {
      value: values[name], writable, configurable: true, enumerable,
    });
  }
  return obj;
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

// The heap figures are JavaScriptCore's (the v8 binding's walk of the live heap, as
// v8.getHeapStatistics()): heapTotal its capacity, heapUsed the bytes in the cells live at the
// last collection (JavaScriptCore counts marked cells: small before the first one), external
// the memory cells report outside the heap. JavaScriptCore does not tell ArrayBuffer contents
// apart from the rest of that, so arrayBuffers is the same figure (Node's is part of external).
function memoryUsage() {
  const [heapUsed, heapTotal, external, , , , , rss] = internalBinding('v8').heapStatistics();
  return { rss, heapTotal, heapUsed, external, arrayBuffers: external };
}
memoryUsage.rss = binding.rss;

// A signal name or number as process.kill() and the 'exit' machinery take it.
function signalNumber(sig) {
  if (typeof sig === 'number') return sig;
  if (typeof sig === 'string') {
    const n = signals()[sig];
    if (n !== undefined) return n;
  }
  throw new codes.ERR_UNKNOWN_SIGNAL(sig);
}

// The bodies of the methods below live in internal/process/methods, loaded on first call.
let methodsModule;
function methods() {
  methodsModule ??= require('internal/process/methods');
  return methodsModule;
}

function cpuUsage(prevValue) {
  return methods().cpuUsage(prevValue);
}

function resourceUsage() {
  return methods().resourceUsage();
}

function kill(pid, sig) {
  return methods().kill(pid, sig);
}

function chdir(directory) {
  methods().chdir(directory);
}

function umask(mask) {
  return methods().umask(mask);
}

function getBuiltinModule(id) {
  return methods().getBuiltinModule(id);
}

function dlopen(module, filename, flags = undefined) {
  require('internal/napi').dlopen(module, filename, flags);
}

function loadEnvFile(path = undefined) {
  methods().loadEnvFile(path);
}

// Signal events: the first listener installs a watcher; removing the last restores the
// default disposition.
function isSignalName(name) {
  return typeof name === 'string' && name.startsWith('SIG') && signals()[name] !== undefined;
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

// An accessor that builds the set on first read, as in Node (an assignment replaces it
// with a data property).
let allowedFlags;
function getAllowedFlags() {
  allowedFlags ??= require('internal/process/allowed_flags').makeAllowedFlags();
  return allowedFlags;
}
function setAllowedFlags(value) {
  defineValues(this, { allowedNodeEnvironmentFlags: value });
}

// process.binding(): the few bindings internal/process/methods answers.
function processBinding(name) { return methods().processBinding(name); }
Object.defineProperty(processBinding, 'name', { value: 'binding' });

const kReport = Object.freeze({
  getReport() { return {}; }, writeReport() { return ''; }, directory: '', filename: '',
  compact: false, signal: 'SIGUSR2', reportOnFatalError: false, reportOnSignal: false,
  reportOnUncaughtException: false, excludeNetwork: false,
});

// Fills in the process object when this module loads (internal/bootstrap/node requires it
// first thing), with the properties in this order (Object.keys(process) shows it). Top-level
// code is parsed once, where the body of a function called once is parsed twice.
{
  // process is an instance of a `process` class deriving from EventEmitter, as in Node.
  const proto = Object.create(EventEmitter.prototype, {
    constructor: { value: function process() {}, writable: true, configurable: true },
    [Symbol.toStringTag]: { value: 'process', configurable: true },
  });
  Object.setPrototypeOf(process, proto);
  // (What EventEmitter's constructor does, without its own first call.)
  EventEmitter.init.call(process);

  const version = binding.version;
  // Read-only but configurable, as in Node: version, versions, arch, platform, release.
  // versions has Node's names, in Node's order, for the libraries Lode has (their real
  // versions) and Node 24's ABI numbers (modules, napi) that prebuilt-binary loaders check;
  // then Lode's own. (Node's versions and release are extensible objects with read-only,
  // configurable entries; defining them so cost ~60k instructions of start-up more than
  // freezing them.)
  defineValues(process, {
    version,
    versions: Object.freeze({
      node: version.slice(1),
      ares: binding.aresVersion,
      brotli: binding.brotliVersion,
      icu: binding.icuVersion,
      llhttp: binding.llhttpVersion,
      modules: '137',
      napi: '10',
      openssl: binding.opensslVersion,
      sqlite: binding.sqliteVersion,
      unicode: binding.unicodeVersion,
      uv: binding.uvVersion,
      zlib: binding.zlibVersion,
      zstd: binding.zstdVersion,
      lode: binding.lodeVersion,
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
  }, true, false);
  defineValues(process, { argv0: binding.argv0 }, false);
  defineValues(process, {
    execPath: binding.execPath,
    execArgv: binding.execArgv,
    argv: [binding.execPath],
    pid: binding.pid,
  });
  defineGetter(process, 'ppid', binding.getPpid);
  // process.env: a live view of the C environment; values are coerced to strings. Like Node's
  // interceptor object it inherits from Object.prototype (`process.env.hasOwnProperty(...)`,
  // `String(process.env)`): a name that is not a variable falls through to the prototype.
  const env = new Proxy({}, {
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
  defineValues(process, {
    env,
    features: Object.freeze(kFeatures),
    config: Object.freeze({
      target_defaults: {},
      variables: {
        asan: binding.asan ?? 0, node_shared_openssl: true, node_shared_libuv: true,
        v8_enable_i18n_support: 1,
      },
    }),
    moduleLoadList: [],
  });
  defineGetter(process, 'allowedNodeEnvironmentFlags', getAllowedFlags, setAllowedFlags);
  defineValues(process, { debugPort: 9229 });
  const { options } = binding;
  if (options.noDeprecation) defineValues(process, { noDeprecation: true });
  if (options.throwDeprecation) defineValues(process, { throwDeprecation: true });
  if (options.traceDeprecation) defineValues(process, { traceDeprecation: true });
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
    getBuiltinModule,
    dlopen,
    setSourceMapsEnabled: function setSourceMapsEnabled(enabled) {
      require('internal/validators').validateBoolean(enabled, 'enabled');
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
  defineValues(process, { binding: processBinding, report: kReport }, false);
  defineValues(process, { loadEnvFile });
  // Signal events: the two watchers go straight into the emitter's storage (Node's layout,
  // see events.js), as process.on() would put them on a fresh emitter: going through on()
  // made start-up compile addListener and emit (~1.5M instructions) for programs that never
  // use an emitter.
  const events = process._events;
  events.newListener = (event) => {
    if (isSignalName(event) && process.listenerCount(event) === 0) {
      const err = signalBinding.start(signals()[event]);
      if (err) throw errors.errnoException(err, 'uv_signal_start');
    }
  };
  events.removeListener = (event) => {
    if (isSignalName(event) && process.listenerCount(event) === 0) {
      signalBinding.stop(signals()[event]);
    }
  };
  process._eventsCount += 2;
  if (typeof process.emit !== 'function') {
    require('internal/validators').validateFunction(process.emit, 'emit');
  }
}

module.exports = { signalNumber };
