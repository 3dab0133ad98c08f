'use strict';
// node:child_process — spawn, exec, execFile, fork and their synchronous forms. The child
// itself is internal/child_process (ChildProcess, stdio, the IPC channel); the synchronous
// forms run on a private loop in the spawn_sync binding.

const { Buffer } = require('buffer');
const {
  ChildProcess, getValidStdio, convertToValidSignal, signalName,
} = require('internal/child_process');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE,
    ERR_CHILD_PROCESS_IPC_REQUIRED, ERR_CHILD_PROCESS_STDIO_MAXBUFFER,
  },
  AbortError, genericNodeError,
} = require('internal/errors');
const { errors } = require('internal/errors/lazy');
const {
  validateString, validateObject, validateFunction, validateBoolean, validateArray,
  validateAbortSignal,
} = require('internal/validators');

const MAX_BUFFER = 1024 * 1024;
let shellArgsWarned = false;
const kEmptyObject = Object.freeze({ __proto__: null });

function isInt32(value) {
  return value === (value | 0);
}

function validateArgumentNullCheck(arg, propName) {
  if (typeof arg === 'string' && arg.includes('\u0000')) {
    throw new ERR_INVALID_ARG_VALUE(propName, arg, 'must be a string without null bytes');
  }
}

function validateArgumentsNullCheck(args, propName) {
  for (let i = 0; i < args.length; ++i) validateArgumentNullCheck(args[i], `${propName}[${i}]`);
}

function validateTimeout(timeout) {
  if (timeout != null && !(Number.isInteger(timeout) && timeout >= 0)) {
    throw new ERR_OUT_OF_RANGE('timeout', 'an unsigned integer', timeout);
  }
}

function validateMaxBuffer(maxBuffer) {
  if (maxBuffer != null && !(typeof maxBuffer === 'number' && maxBuffer >= 0)) {
    throw new ERR_OUT_OF_RANGE('options.maxBuffer', 'a positive number', maxBuffer);
  }
}

function sanitizeKillSignal(killSignal) {
  if (typeof killSignal === 'string' || typeof killSignal === 'number') {
    return convertToValidSignal(killSignal);
  } else if (killSignal != null) {
    throw new ERR_INVALID_ARG_TYPE('options.killSignal', ['string', 'number'], killSignal);
  }
  return undefined;
}

function stdioStringToArray(stdio, channel) {
  const options = [];
  switch (stdio) {
    case 'ignore':
    case 'overlapped':
    case 'pipe': options.push(stdio, stdio, stdio); break;
    case 'inherit': options.push(0, 1, 2); break;
    default:
      throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  }
  if (channel) options.push(channel);
  return options;
}

// Validates spawn()'s arguments and turns them into what ChildProcess#spawn takes: file and
// argv after the shell and argv0 rules, envPairs from env, cwd as a string.
function normalizeSpawnArguments(file, args, options) {
  validateString(file, 'file');
  validateArgumentNullCheck(file, 'file');
  if (file.length === 0) throw new ERR_INVALID_ARG_VALUE('file', file, 'cannot be empty');
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args == null) {
    args = [];
  } else if (typeof args !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('args', 'object', args);
  } else {
    options = args;
    args = [];
  }
  validateArgumentsNullCheck(args, 'args');
  // Arguments that are not strings reach the child as their string conversion (a Buffer
  // as its text, a Symbol throws), as in Node.
  for (let i = 0; i < args.length; i++) {
    if (typeof args[i] !== 'string') args[i] = `${args[i]}`;
  }
  if (options === undefined) options = kEmptyObject;
  else validateObject(options, 'options');
  options = { __proto__: null, ...options };

  let cwd = options.cwd;
  if (cwd != null) {
    cwd = require('internal/fs/utils').getValidatedPath(cwd, 'options.cwd');
    cwd = `${cwd}`;
  }
  if (options.detached != null) validateBoolean(options.detached, 'options.detached');
  if (options.uid != null && !isInt32(options.uid)) {
    throw new ERR_INVALID_ARG_TYPE('options.uid', 'int32', options.uid);
  }
  if (options.gid != null && !isInt32(options.gid)) {
    throw new ERR_INVALID_ARG_TYPE('options.gid', 'int32', options.gid);
  }
  if (options.shell != null && typeof options.shell !== 'boolean' &&
      typeof options.shell !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('options.shell', ['boolean', 'string'], options.shell);
  }
  if (options.argv0 != null) {
    validateString(options.argv0, 'options.argv0');
    validateArgumentNullCheck(options.argv0, 'options.argv0');
  }
  if (options.windowsHide != null) validateBoolean(options.windowsHide, 'options.windowsHide');
  if (options.windowsVerbatimArguments != null) {
    validateBoolean(options.windowsVerbatimArguments, 'options.windowsVerbatimArguments');
  }
  if (options.shell) {
    validateArgumentNullCheck(options.shell, 'options.shell');
    if (args.length > 0 && !shellArgsWarned) {
      shellArgsWarned = true;
      process.emitWarning('Passing args to a child process with shell option true can lead to ' +
        'security vulnerabilities, as the arguments are not escaped, only concatenated.',
                          'DeprecationWarning', 'DEP0190');
    }
    const command = args.length > 0 ? `${file} ${args.join(' ')}` : file;
    file = typeof options.shell === 'string' ? options.shell : '/bin/sh';
    args = ['-c', command];
  }
  if (typeof options.argv0 === 'string') args.unshift(options.argv0);
  else args.unshift(file);

  const env = options.env || process.env;
  const envPairs = [];
  for (const key in env) {
    const value = env[key];
    if (value !== undefined) {
      validateArgumentNullCheck(key, `options.env['${key}']`);
      validateArgumentNullCheck(value, `options.env['${key}']`);
      envPairs.push(`${key}=${value}`);
    }
  }
  return {
    ...options,
    args,
    cwd: cwd ?? undefined,
    detached: !!options.detached,
    envPairs,
    file,
    windowsHide: !!options.windowsHide,
    windowsVerbatimArguments: !!options.windowsVerbatimArguments,
  };
}

function abortChildProcess(child, killSignal, reason) {
  if (!child) return;
  try {
    if (child.kill(killSignal)) child.emit('error', new AbortError(undefined, { cause: reason }));
  } catch (err) {
    child.emit('error', err);
  }
}

function spawn(file, args, options) {
  options = normalizeSpawnArguments(file, args, options);
  validateTimeout(options.timeout);
  validateAbortSignal(options.signal, 'options.signal');
  const killSignal = sanitizeKillSignal(options.killSignal);
  const child = new ChildProcess();
  child.spawn(options);

  if (options.timeout > 0) {
    let timeoutId = setTimeout(() => {
      if (timeoutId) {
        try {
          child.kill(killSignal);
        } catch (err) {
          child.emit('error', err);
        }
        timeoutId = null;
      }
    }, options.timeout);
    child.once('exit', () => {
      if (timeoutId) {
        clearTimeout(timeoutId);
        timeoutId = null;
      }
    });
  }

  if (options.signal) {
    const signal = options.signal;
    const onAbortListener = () => abortChildProcess(child, killSignal, signal.reason);
    if (signal.aborted) {
      process.nextTick(onAbortListener);
    } else {
      signal.addEventListener('abort', onAbortListener, { once: true });
      child.once('exit', () => signal.removeEventListener('abort', onAbortListener));
    }
  }
  return child;
}

function normalizeExecFileArgs(file, args, options, callback) {
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args != null && typeof args === 'object') {
    callback = options;
    options = args;
    args = null;
  } else if (typeof args === 'function') {
    callback = args;
    options = null;
    args = null;
  }
  if (args == null) args = [];
  if (typeof options === 'function') callback = options;
  else if (options != null) validateObject(options, 'options');
  if (options == null) options = kEmptyObject;
  if (callback != null) validateFunction(callback, 'callback');
  if (options.argv0 != null) {
    validateString(options.argv0, 'options.argv0');
    validateArgumentNullCheck(options.argv0, 'options.argv0');
  }
  return { file, args, options, callback };
}

function normalizeExecArgs(command, options, callback) {
  validateString(command, 'command');
  validateArgumentNullCheck(command, 'command');
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  options = { ...options };
  options.shell = typeof options.shell === 'string' ? options.shell : true;
  return { file: command, options, callback };
}

function execFile(file, args, options, callback) {
  ({ file, args, options, callback } = normalizeExecFileArgs(file, args, options, callback));
  options = {
    encoding: 'utf8', timeout: 0, maxBuffer: MAX_BUFFER, killSignal: 'SIGTERM', cwd: null,
    env: null, shell: false, ...options,
  };
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  options.killSignal = sanitizeKillSignal(options.killSignal);

  const child = spawn(file, args, {
    cwd: options.cwd, env: options.env, gid: options.gid, shell: options.shell,
    signal: options.signal, uid: options.uid, windowsHide: !!options.windowsHide,
    windowsVerbatimArguments: !!options.windowsVerbatimArguments, argv0: options.argv0,
  });

  const encoding = options.encoding !== 'buffer' && Buffer.isEncoding(options.encoding) ?
    options.encoding : null;
  const stdoutChunks = [];
  const stderrChunks = [];
  let stdoutLen = 0;
  let stderrLen = 0;
  let killed = false;
  let exited = false;
  let timeoutId;
  let ex = null;
  let cmd = file;

  function exithandler(code, signal) {
    if (exited) return;
    exited = true;
    if (timeoutId) {
      clearTimeout(timeoutId);
      timeoutId = null;
    }
    if (!callback) return;
    const stdout = encoding || child.stdout?.readableEncoding ? stdoutChunks.join('') :
      Buffer.concat(stdoutChunks);
    const stderr = encoding || child.stderr?.readableEncoding ? stderrChunks.join('') :
      Buffer.concat(stderrChunks);
    if (!ex && code === 0 && signal === null) {
      callback(null, stdout, stderr);
      return;
    }
    if (args?.length) cmd += ` ${args.join(' ')}`;
    if (!ex) {
      ex = genericNodeError(`Command failed: ${cmd}\n${stderr}`, {
        code: code < 0 ? require('util').getSystemErrorName(code) : code,
        killed: child.killed || killed,
        signal,
      });
    }
    ex.cmd = cmd;
    callback(ex, stdout, stderr);
  }

  function errorhandler(e) {
    ex = e;
    child.stdout?.destroy();
    child.stderr?.destroy();
    exithandler();
  }

  function kill() {
    child.stdout?.destroy();
    child.stderr?.destroy();
    killed = true;
    try {
      child.kill(options.killSignal);
    } catch (e) {
      ex = e;
      exithandler();
    }
  }

  if (options.timeout > 0) {
    timeoutId = setTimeout(() => {
      kill();
      timeoutId = null;
    }, options.timeout);
  }

  function collect(stream, chunks, name) {
    if (encoding) stream.setEncoding(encoding);
    stream.on('data', (chunk) => {
      if (options.maxBuffer === Infinity) {
        chunks.push(chunk);
        return;
      }
      const enc = stream.readableEncoding;
      const length = enc ? Buffer.byteLength(chunk, enc) : chunk.length;
      const before = name === 'stdout' ? stdoutLen : stderrLen;
      const total = before + length;
      if (name === 'stdout') stdoutLen = total;
      else stderrLen = total;
      if (total > options.maxBuffer) {
        const truncatedLen = options.maxBuffer - before;
        chunks.push(chunk.slice(0, truncatedLen));
        ex = new ERR_CHILD_PROCESS_STDIO_MAXBUFFER(name);
        kill();
      } else {
        chunks.push(chunk);
      }
    });
  }
  if (child.stdout) collect(child.stdout, stdoutChunks, 'stdout');
  if (child.stderr) collect(child.stderr, stderrChunks, 'stderr');

  child.addListener('close', exithandler);
  child.addListener('error', errorhandler);
  return child;
}

function exec(command, options, callback) {
  const opts = normalizeExecArgs(command, options, callback);
  return execFile(opts.file, opts.options, opts.callback);
}

const customPromisify = Symbol.for('nodejs.util.promisify.custom');

// util.promisify(exec) / (execFile): a promise of { stdout, stderr } with the child as
// promise.child; a failure's error carries stdout and stderr.
function customPromiseExecFunction(orig) {
  return (...args) => {
    const { promise, resolve, reject } = Promise.withResolvers();
    promise.child = orig(...args, (err, stdout, stderr) => {
      if (err !== null) {
        err.stdout = stdout;
        err.stderr = stderr;
        reject(err);
      } else {
        resolve({ stdout, stderr });
      }
    });
    return promise;
  };
}

Object.defineProperty(exec, customPromisify, {
  enumerable: false, value: customPromiseExecFunction(exec),
});
Object.defineProperty(execFile, customPromisify, {
  enumerable: false, value: customPromiseExecFunction(execFile),
});

function fork(modulePath, args, options) {
  modulePath = require('internal/fs/utils').getValidatedPath(modulePath, 'modulePath');
  if (args == null) {
    args = [];
  } else if (typeof args === 'object' && !Array.isArray(args)) {
    options = args;
    args = [];
  } else {
    validateArray(args, 'args');
  }
  if (options != null) validateObject(options, 'options');
  options = { __proto__: null, ...options, shell: false };
  options.execPath = options.execPath || process.execPath;
  validateArgumentNullCheck(options.execPath, 'options.execPath');
  let execArgv = options.execArgv || process.execArgv;
  validateArgumentsNullCheck(execArgv, 'options.execArgv');
  // A parent started with -e/-p must not pass its code on: the child would run it (and
  // fork again) instead of modulePath.
  const evalSource = process._eval;
  if (execArgv === process.execArgv && evalSource != null) {
    const index = execArgv.lastIndexOf(evalSource);
    if (index > 0) {
      execArgv = execArgv.slice();
      execArgv.splice(index - 1, 2);
    }
  }
  args = [...execArgv, modulePath, ...args];
  if (typeof options.stdio === 'string') {
    options.stdio = stdioStringToArray(options.stdio, 'ipc');
  } else if (!Array.isArray(options.stdio)) {
    options.stdio = stdioStringToArray(options.silent ? 'pipe' : 'inherit', 'ipc');
  } else if (!options.stdio.includes('ipc')) {
    throw new ERR_CHILD_PROCESS_IPC_REQUIRED('options.stdio');
  }
  return spawn(options.execPath, args, options);
}

function spawnSyncInternal(options) {
  const raw = internalBinding('spawn_sync').spawn(options);
  let output = raw.output;
  if (output && options.encoding && options.encoding !== 'buffer') {
    output = output.map((o) => (o ? Buffer.from(o.buffer, o.byteOffset, o.byteLength)
      .toString(options.encoding) : o));
  } else if (output) {
    output = output.map((o) => (o ? Buffer.from(o.buffer, o.byteOffset, o.byteLength) : o));
  }
  const result = {
    error: undefined,
    status: raw.status ?? null,
    signal: raw.output ? signalName(raw.signal) : null,
    output: output ?? null,
    pid: raw.pid,
    // No output at all (the child never started): undefined, as Node's `output?.[1]`.
    stdout: output ? output[1] : undefined,
    stderr: output ? output[2] : undefined,
  };
  if (raw.error) {
    const err = errors.errnoException(raw.error, `spawnSync ${options.file}`);
    err.path = options.file;
    err.spawnargs = options.args.slice(1);
    result.error = err;
  } else {
    delete result.error;
  }
  return result;
}

function spawnSync(file, args, options) {
  options = { __proto__: null, maxBuffer: MAX_BUFFER, ...normalizeSpawnArguments(file, args, options) };
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  options.killSignal = sanitizeKillSignal(options.killSignal);
  options.stdio = getValidStdio(options.stdio || 'pipe', true).stdio;
  if (options.input != null) {
    let input = options.input;
    if (typeof input === 'string') {
      input = Buffer.from(input, options.encoding && options.encoding !== 'buffer' ?
        options.encoding : 'utf8');
    } else if (ArrayBuffer.isView(input)) {
      input = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    } else {
      throw new ERR_INVALID_ARG_TYPE('options.stdio[0]',
                                     ['Buffer', 'TypedArray', 'DataView', 'string'], input);
    }
    options.input = input;
  }
  return spawnSyncInternal(options);
}

function checkExecSyncError(ret, args, cmd) {
  let err;
  if (ret.error) {
    err = ret.error;
    Object.assign(err, ret);
  } else if (ret.status !== 0) {
    let msg = 'Command failed: ';
    msg += cmd || args.join(' ');
    if (ret.stderr && ret.stderr.length > 0) msg += `\n${ret.stderr.toString()}`;
    err = genericNodeError(msg, ret);
  }
  return err;
}

function execFileSync(file, args, options) {
  ({ file, args, options } = normalizeExecFileArgs(file, args, options));
  const inheritStderr = !options.stdio;
  const ret = spawnSync(file, args, options);
  if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
  const errArgs = [options.argv0 || file, ...args];
  const err = checkExecSyncError(ret, errArgs);
  if (err) throw err;
  return ret.stdout;
}

function execSync(command, options) {
  const opts = normalizeExecArgs(command, options, null);
  const inheritStderr = !opts.options.stdio;
  const ret = spawnSync(opts.file, opts.options);
  if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
  const err = checkExecSyncError(ret, undefined, command);
  if (err) throw err;
  return ret.stdout;
}

// Called at start-up (internal/main/run) in a child whose parent opened an IPC channel:
// sets up process.send & co. on the fd in NODE_CHANNEL_FD. As in Node, the variables are
// removed from the environment once used.
function _forkChild() {
  const { env } = process;
  const fd = Number(env.NODE_CHANNEL_FD);
  const mode = env.NODE_CHANNEL_SERIALIZATION_MODE || 'json';
  delete env.NODE_CHANNEL_FD;
  delete env.NODE_CHANNEL_SERIALIZATION_MODE;
  if (Number.isInteger(fd) && fd >= 0) {
    require('internal/child_process').setupChildChannel(fd, mode);
  }
}

module.exports = {
  _forkChild,
  ChildProcess,
  exec,
  execFile,
  execFileSync,
  execSync,
  fork,
  spawn,
  spawnSync,
};
