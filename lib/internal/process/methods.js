'use strict';
// The bodies of process methods that start-up never calls, loaded on the first call of
// one of them (lib/internal/process/setup.js installs small forwarding functions).

const binding = internalBinding('process');
const { codes, errors } = require('internal/errors/lazy');
const {
  validateString, validateUint32, validateObject, validateNumber,
} = require('internal/validators');

const { signals } = internalBinding('signal');

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

function getBuiltinModule(id) {
  validateString(id, 'id');
  const { loader } = require;
  const bare = id.startsWith('node:') ? id.slice(5) : id;
  if (!loader.canBeRequiredByUsers(bare)) return undefined;
  if (!id.startsWith('node:') && loader.nodeOnlyIds.includes(bare)) return undefined;
  return loader.requireBuiltin(bare);
}

function loadEnvFile(path) {
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
  const content = internalBinding('fs_core').readFileUtf8(path);
  for (const line of content.split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([\w.-]+)\s*=\s*(.*)?\s*$/.exec(line);
    if (!m) continue;
    let value = (m[2] || '').trim();
    if (/^(['"`])[\s\S]*\1$/.test(value)) value = value.slice(1, -1);
    else value = value.replace(/\s+#.*$/, '');
    if (binding.getEnv(m[1]) === undefined) binding.setEnv(m[1], value);
  }
}

// process.binding() (deprecated, DEP0111) answers the names of Node's allow list; Lode has
// 'constants' (the public constants objects themselves, as in Node) and 'util' (type
// checks). Another listed name is an ERR_INVALID_ARG_VALUE, any other name the plain Error
// Node throws.
const kProcessBindingNames = new Set([
  'async_wrap', 'buffer', 'cares_wrap', 'config', 'constants', 'contextify', 'crypto', 'fs',
  'fs_event_wrap', 'http_parser', 'icu', 'inspector', 'js_stream', 'natives', 'os',
  'pipe_wrap', 'process_wrap', 'signal_wrap', 'spawn_sync', 'stream_wrap', 'tcp_wrap',
  'tls_wrap', 'tty_wrap', 'udp_wrap', 'url', 'util', 'uv', 'v8', 'zlib',
]);
let constantsBinding;
const kUtilBindingNames = [
  'isArrayBuffer', 'isAsyncFunction', 'isDate', 'isExternal', 'isMap', 'isMapIterator',
  'isNativeError', 'isPromise', 'isRegExp', 'isSet', 'isSetIterator', 'isAnyArrayBuffer',
  'isArrayBufferView', 'isDataView', 'isTypedArray', 'isUint8Array',
];

function processBinding(name) {
  name = `${name}`;
  if (name === 'constants') {
    if (constantsBinding === undefined) {
      const trace = { __proto__: null };
      const phases = [['BEGIN', 66], ['END', 69], ['COMPLETE', 88], ['INSTANT', 73],
        ['ASYNC_BEGIN', 83], ['ASYNC_STEP_INTO', 84], ['ASYNC_STEP_PAST', 112],
        ['ASYNC_END', 70], ['NESTABLE_ASYNC_BEGIN', 98], ['NESTABLE_ASYNC_END', 101],
        ['NESTABLE_ASYNC_INSTANT', 110], ['FLOW_BEGIN', 115], ['FLOW_STEP', 116],
        ['FLOW_END', 102], ['METADATA', 77], ['COUNTER', 67], ['SAMPLE', 80],
        ['CREATE_OBJECT', 78], ['SNAPSHOT_OBJECT', 79], ['DELETE_OBJECT', 68],
        ['MEMORY_DUMP', 118], ['MARK', 82], ['CLOCK_SYNC', 99], ['ENTER_CONTEXT', 40],
        ['LEAVE_CONTEXT', 41], ['LINK_IDS', 61]];
      for (const [phase, code] of phases) trace[`TRACE_EVENT_PHASE_${phase}`] = code;
      constantsBinding = {
        os: require('os').constants,
        fs: require('fs').constants,
        crypto: require('crypto').constants,
        zlib: require('zlib').constants,
        trace,
        internal: { __proto__: null, EXTENSIONLESS_FORMAT_JAVASCRIPT: 0,
          EXTENSIONLESS_FORMAT_WASM: 1 },
      };
    }
    return constantsBinding;
  }
  if (name === 'util') {
    const types = require('internal/util/types');
    const util = {};
    for (const key of kUtilBindingNames) util[key] = types[key];
    return util;
  }
  if (kProcessBindingNames.has(name)) {
    throw new codes.ERR_INVALID_ARG_VALUE('name', name,
      'is not supported by process.binding() in Lode');
  }
  // eslint-disable-next-line no-restricted-syntax
  throw new Error(`No such module: ${name}`);
}

module.exports = {
  cpuUsage, resourceUsage, kill, chdir, umask, getBuiltinModule, loadEnvFile, processBinding,
};
