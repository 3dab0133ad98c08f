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
  const content = internalBinding('fs').readFileUtf8(path);
  for (const line of content.split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([\w.-]+)\s*=\s*(.*)?\s*$/.exec(line);
    if (!m) continue;
    let value = (m[2] || '').trim();
    if (/^(['"`])[\s\S]*\1$/.test(value)) value = value.slice(1, -1);
    else value = value.replace(/\s+#.*$/, '');
    if (binding.getEnv(m[1]) === undefined) binding.setEnv(m[1], value);
  }
}

function processBinding(name) {
  throw new codes.ERR_INVALID_ARG_VALUE('name', name,
    'is not supported by process.binding() in Lode');
}

module.exports = {
  cpuUsage, resourceUsage, kill, chdir, umask, getBuiltinModule, loadEnvFile, processBinding,
};
