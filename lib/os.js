'use strict';
// node:os — operating-system information over internalBinding('os') (libuv), whose functions
// return a negative libuv code on failure; here the codes become ERR_SYSTEM_ERROR.

// internal/errors (with internal/stack, ~6M instructions) is loaded by the first error.
const { errors, codes } = require('internal/errors/lazy');
const { validateInt32 } = require('internal/validators');

const binding = internalBinding('os');

// Linux's numbers, as on x86-64 and arm64 (they share them).
const signals = Object.freeze({ __proto__: null,
  SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGIOT: 6,
  SIGBUS: 7, SIGFPE: 8, SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13,
  SIGALRM: 14, SIGTERM: 15, SIGCHLD: 17, SIGSTKFLT: 16, SIGCONT: 18, SIGSTOP: 19,
  SIGTSTP: 20, SIGTTIN: 21, SIGTTOU: 22, SIGURG: 23, SIGXCPU: 24, SIGXFSZ: 25,
  SIGVTALRM: 26, SIGPROF: 27, SIGWINCH: 28, SIGIO: 29, SIGPOLL: 29, SIGPWR: 30,
  SIGSYS: 31,
});

const errno = { __proto__: null,
  E2BIG: 7, EACCES: 13, EADDRINUSE: 98, EADDRNOTAVAIL: 99, EAFNOSUPPORT: 97, EAGAIN: 11,
  EALREADY: 114, EBADF: 9, EBADMSG: 74, EBUSY: 16, ECANCELED: 125, ECHILD: 10,
  ECONNABORTED: 103, ECONNREFUSED: 111, ECONNRESET: 104, EDEADLK: 35, EDESTADDRREQ: 89,
  EDOM: 33, EDQUOT: 122, EEXIST: 17, EFAULT: 14, EFBIG: 27, EHOSTUNREACH: 113, EIDRM: 43,
  EILSEQ: 84, EINPROGRESS: 115, EINTR: 4, EINVAL: 22, EIO: 5, EISCONN: 106, EISDIR: 21,
  ELOOP: 40, EMFILE: 24, EMLINK: 31, EMSGSIZE: 90, EMULTIHOP: 72, ENAMETOOLONG: 36,
  ENETDOWN: 100, ENETRESET: 102, ENETUNREACH: 101, ENFILE: 23, ENOBUFS: 105, ENODATA: 61,
  ENODEV: 19, ENOENT: 2, ENOEXEC: 8, ENOLCK: 37, ENOLINK: 67, ENOMEM: 12, ENOMSG: 42,
  ENOPROTOOPT: 92, ENOSPC: 28, ENOSR: 63, ENOSTR: 60, ENOSYS: 38, ENOTCONN: 107,
  ENOTDIR: 20, ENOTEMPTY: 39, ENOTSOCK: 88, ENOTSUP: 95, ENOTTY: 25, ENXIO: 6,
  EOPNOTSUPP: 95, EOVERFLOW: 75, EPERM: 1, EPIPE: 32, EPROTO: 71, EPROTONOSUPPORT: 93,
  EPROTOTYPE: 91, ERANGE: 34, EROFS: 30, ESPIPE: 29, ESRCH: 3, ESTALE: 116, ETIME: 62,
  ETIMEDOUT: 110, ETXTBSY: 26, EWOULDBLOCK: 11, EXDEV: 18,
};

const priority = { __proto__: null,
  PRIORITY_LOW: 19, PRIORITY_BELOW_NORMAL: 10, PRIORITY_NORMAL: 0,
  PRIORITY_ABOVE_NORMAL: -7, PRIORITY_HIGH: -14, PRIORITY_HIGHEST: -20,
};

const dlopen = { __proto__: null,
  RTLD_LAZY: 1, RTLD_NOW: 2, RTLD_GLOBAL: 256, RTLD_LOCAL: 0, RTLD_DEEPBIND: 8,
};

const constants = { __proto__: null,
  UV_UDP_REUSEADDR: 4,
  dlopen,
  errno,
  signals,
  priority,
};

// Node's ERR_SYSTEM_ERROR for libuv code `err` from `syscall`:
// "A system error occurred: uv_os_gethostname returned ENOSYS (function not implemented)".
function systemError(err, syscall, caller) {
  const [code, message] = errors.uvErrmapGet(err) ?? ['UNKNOWN', 'unknown error'];
  const error = new codes.ERR_SYSTEM_ERROR({ errno: err, code, message, syscall });
  Error.captureStackTrace(error, caller);
  return error;
}

// The binding's result, or the system error for a negative code.
function checked(result, syscall, caller) {
  if (typeof result === 'number' && result < 0) throw systemError(result, syscall, caller);
  return result;
}

function arch() {
  return process.arch;
}

function platform() {
  return process.platform;
}

const kEndianness = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 'LE' : 'BE';

function endianness() {
  return kEndianness;
}

/** Returns one { model, speed, times } per logical CPU, or [] if the system will not say. */
function cpus() {
  const data = binding.getCPUs();
  const result = [];
  if (typeof data === 'number') return result;
  for (let i = 0; i < data.length; i += 7) {
    result.push({
      model: data[i],
      speed: data[i + 1],
      times: {
        user: data[i + 2],
        nice: data[i + 3],
        sys: data[i + 4],
        idle: data[i + 5],
        irq: data[i + 6],
      },
    });
  }
  return result;
}

function totalmem() {
  return binding.getTotalMem();
}

function freemem() {
  return binding.getFreeMem();
}

function availableParallelism() {
  return binding.getAvailableParallelism();
}

function loadavg() {
  return binding.getLoadAvg();
}

function uptime() {
  return checked(binding.getUptime(), 'uv_uptime', uptime);
}

function hostname() {
  return checked(binding.getHostname(), 'uv_os_gethostname', hostname);
}

function homedir() {
  return checked(binding.getHomeDirectory(), 'uv_os_homedir', homedir);
}

function uname(caller) {
  return checked(binding.getOSInformation(), 'uv_os_uname', caller);
}

function type() {
  return uname(type)[0];
}

function version() {
  return uname(version)[1];
}

function release() {
  return uname(release)[2];
}

function machine() {
  return uname(machine)[3];
}

// The first of TMPDIR, TMP, TEMP that is set, else /tmp; without a trailing slash.
function tmpdir() {
  const env = process.env;
  let path = env.TMPDIR || env.TMP || env.TEMP || '/tmp';
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path;
}

// The number of leading one bits of a netmask, or null if the mask is not contiguous.
function prefixLength(netmask, family) {
  let bits = 0;
  let ended = false;
  const parts = family === 'IPv4' ?
    netmask.split('.').map((part) => Number(part)) :
    expandIPv6(netmask).map((part) => parseInt(part, 16));
  const width = family === 'IPv4' ? 8 : 16;
  for (const part of parts) {
    for (let bit = width - 1; bit >= 0; bit--) {
      if ((part >> bit) & 1) {
        if (ended) return null;
        bits++;
      } else {
        ended = true;
      }
    }
  }
  return bits;
}

// The eight 16-bit groups of an IPv6 address written with `::`.
function expandIPv6(address) {
  const [head, tail] = address.split('::');
  const headParts = head === '' ? [] : head.split(':');
  if (tail === undefined) return headParts;
  const tailParts = tail === '' ? [] : tail.split(':');
  const zeros = new Array(8 - headParts.length - tailParts.length).fill('0');
  return [...headParts, ...zeros, ...tailParts];
}

/**
 * Returns the network interfaces that have an address, as { name: [{ address, netmask,
 * family, mac, internal, cidr, scopeid (IPv6 only) }] }.
 */
function networkInterfaces() {
  const data = checked(binding.getInterfaceAddresses(), 'uv_interface_addresses',
                       networkInterfaces);
  const result = {};
  for (let i = 0; i < data.length; i += 7) {
    const name = data[i];
    const family = data[i + 3] === 6 ? 'IPv6' : 'IPv4';
    const entry = {
      address: data[i + 1],
      netmask: data[i + 2],
      family,
      mac: data[i + 4],
      internal: data[i + 5],
      cidr: null,
    };
    const bits = prefixLength(entry.netmask, family);
    entry.cidr = bits === null ? null : `${entry.address}/${bits}`;
    if (family === 'IPv6') entry.scopeid = data[i + 6];
    (result[name] ??= []).push(entry);
  }
  return result;
}

/**
 * Returns the effective user's { uid, gid, username, homedir, shell }; with
 * options.encoding 'buffer' the strings are Buffers.
 */
function userInfo(options) {
  if (typeof options !== 'object') options = null;
  const data = checked(binding.getUserInfo(), 'uv_os_get_passwd', userInfo);
  const [uid, gid] = data;
  let [, , username, home, shell] = data;
  if (options?.encoding === 'buffer') {
    const { Buffer } = require('buffer');
    username = Buffer.from(username);
    home = Buffer.from(home);
    shell = shell === null ? null : Buffer.from(shell);
  }
  return { __proto__: null, uid, gid, username, homedir: home, shell };
}

/** Sets the scheduling priority of process `pid` (0: this process). */
function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid');
  validateInt32(priority, 'priority', -20, 19);
  const err = binding.setPriority(pid, priority);
  if (err < 0) throw systemError(err, 'uv_os_setpriority', setPriority);
}

/** Returns the scheduling priority of process `pid` (0: this process). */
function getPriority(pid) {
  if (pid === undefined) pid = 0;
  validateInt32(pid, 'pid');
  const out = [];
  const err = binding.getPriority(pid, out);
  if (err < 0) throw systemError(err, 'uv_os_getpriority', getPriority);
  return out[0];
}

// As in Node, the argument-less getters also convert to their value: `${os.hostname}`.
for (const [fn, value] of [
  [arch, arch], [availableParallelism, availableParallelism], [endianness, endianness],
  [freemem, freemem], [homedir, homedir], [hostname, hostname], [machine, machine],
  [platform, platform], [release, release], [tmpdir, tmpdir], [totalmem, totalmem],
  [type, type], [uptime, uptime], [version, version],
]) {
  Object.defineProperty(fn, Symbol.toPrimitive, {
    value: () => value(),
    writable: false, enumerable: false, configurable: true,
  });
}

module.exports = {
  arch,
  availableParallelism,
  cpus,
  endianness,
  freemem,
  getPriority,
  homedir,
  hostname,
  loadavg,
  networkInterfaces,
  platform,
  release,
  setPriority,
  tmpdir,
  totalmem,
  type,
  userInfo,
  uptime,
  version,
  machine,
};

Object.defineProperties(module.exports, {
  constants: { value: constants, writable: false, enumerable: true, configurable: false },
  EOL: { value: '\n', writable: false, enumerable: true, configurable: true },
  devNull: { value: '/dev/null', writable: false, enumerable: true, configurable: true },
});
