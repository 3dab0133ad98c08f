'use strict';
// fs.rm and the recursive fs.rmdir: remove a file, or a directory tree depth first, retrying
// the errors a busy file system reports (EBUSY, EMFILE, ENFILE, ENOTEMPTY, EPERM) up to
// maxRetries times with a linear back-off of retryDelay ms.

const { codes: { ERR_FS_EISDIR } } = require('internal/errors');
const pathModule = require('path');
const { binding, callPromise, check, fsError, identity, splitReaddir } =
  require('internal/fs/utils');
const { S_IFMT, S_IFDIR } = require('internal/fs/constants');

const kENOENT = -2;
const retryCodes = new Set([-16 /* EBUSY */, -24 /* EMFILE */, -23 /* ENFILE */,
  -39 /* ENOTEMPTY */, -1 /* EPERM */]);

function pathString(path) {
  return typeof path === 'string' ? path : require('buffer').Buffer.prototype.toString.call(path);
}

function isDirectory(values) {
  return (values[1] & S_IFMT) === S_IFDIR;
}

function eisdir(path) {
  return new ERR_FS_EISDIR({ code: 'EISDIR', message: 'is a directory', path, syscall: 'rm',
                             errno: 21 });
}

function sleepSync(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

// Removes path (a file, link or directory tree) synchronously; returns 0 or a code.
function removeTreeSync(path) {
  const stat = binding.lstat(path);
  if (typeof stat === 'number') return stat;
  if (!isDirectory(stat)) return binding.unlink(path);
  const result = binding.readdir(path, false, false, undefined);
  if (typeof result === 'number') return result;
  const [names] = splitReaddir(result);
  for (const name of names) {
    const r = removeTreeSync(pathModule.join(path, name));
    if (r < 0 && r !== kENOENT) return r;
  }
  return binding.rmdir(path);
}

function rimrafSync(path, options) {
  path = pathString(path);
  let r;
  for (let attempt = 0; ; attempt++) {
    r = removeTreeSync(path);
    if (r >= 0 || !retryCodes.has(r) || attempt >= options.maxRetries) break;
    sleepSync(options.retryDelay * (attempt + 1));
  }
  if (r === kENOENT && options.force) return;
  if (r < 0) {
    const stat = binding.lstat(path);
    const syscall = typeof stat === 'number' ? 'lstat' : isDirectory(stat) ? 'rmdir' : 'unlink';
    check(r, syscall, path);
  }
}

function rmSync(path, options) {
  path = pathString(path);
  const stat = binding.lstat(path);
  if (typeof stat === 'number') {
    if (stat === kENOENT && options.force) return;
    check(stat, 'lstat', path);
  }
  if (isDirectory(stat)) {
    if (!options.recursive) throw eisdir(path);
    rimrafSync(path, options);
    return;
  }
  check(binding.unlink(path), 'unlink', path);
}

function call(name, args) {
  return new Promise((resolve) => {
    // The binding's lstat values are its shared array, valid only during the callback.
    const req = { oncomplete: (r) => resolve(r instanceof Float64Array ? r.slice() : r) };
    const r = binding[name](...args, req);
    if (r !== undefined) resolve(r);
  });
}

async function removeTree(path) {
  const stat = await call('lstat', [path]);
  if (typeof stat === 'number') return stat;
  if (!isDirectory(stat)) return call('unlink', [path]);
  const result = await call('readdir', [path, false, false]);
  if (typeof result === 'number') return result;
  const [names] = splitReaddir(result);
  const results = await Promise.all(names.map((name) => removeTree(pathModule.join(path, name))));
  for (const r of results) if (r < 0 && r !== kENOENT) return r;
  return call('rmdir', [path]);
}

async function rimrafPromise(path, options) {
  path = pathString(path);
  let r;
  for (let attempt = 0; ; attempt++) {
    r = await removeTree(path);
    if (r >= 0 || !retryCodes.has(r) || attempt >= options.maxRetries) break;
    await new Promise((resolve) => setTimeout(resolve, options.retryDelay * (attempt + 1)));
  }
  if (r === kENOENT && options.force) return;
  if (r < 0) {
    const stat = await call('lstat', [path]);
    const syscall = typeof stat === 'number' ? 'lstat' : isDirectory(stat) ? 'rmdir' : 'unlink';
    throw fsError(r, syscall, path);
  }
}

async function rm(path, options) {
  path = pathString(path);
  const stat = await call('lstat', [path]);
  if (typeof stat === 'number') {
    if (stat === kENOENT && options.force) return;
    throw fsError(stat, 'lstat', path);
  }
  if (isDirectory(stat)) {
    if (!options.recursive) throw eisdir(path);
    await rimrafPromise(path, options);
    return;
  }
  await callPromise('unlink', [path], 'unlink', path, undefined, identity);
}

module.exports = { rimrafPromise, rimrafSync, rm, rmSync };
