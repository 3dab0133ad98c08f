'use strict';
// What the global console writes to: process.stdout and process.stderr, made lazily.
// process.stdout and stderr write synchronously to files, pipes and terminals alike, so until
// a program touches one of them, console output can go straight to its file descriptor with
// the same synchronous write — and `console.log('hi')` need not load the streams (about two
// thirds of a hello world's start-up). Once the real stream exists (a program read
// process.stdout, perhaps to patch its write()), everything goes through it, as in Node.

const fsBinding = internalBinding('fs');
const { loader } = require;

function realStream(fd) {
  if (!loader.isLoaded('internal/process/stdio')) return undefined;
  return require('internal/process/stdio').peekWritable(fd);
}

function makeStream(fd) {
  let isTTY;
  const stream = {
    get isTTY() {
      const real = realStream(fd);
      if (real !== undefined) return real.isTTY;
      isTTY ??= fsBinding.guessHandleType(fd) === 'TTY';
      return isTTY;
    },
    getColorDepth(env) {
      const real = realStream(fd);
      if (real !== undefined) return real.getColorDepth(env);
      return require('internal/tty').getColorDepth(env);
    },
    hasColors(count, env) {
      const real = realStream(fd);
      if (real !== undefined) return real.hasColors(count, env);
      return require('internal/tty').hasColors.call(stream, count, env);
    },
    // The global console's plain path: false once the real stream exists (the console then
    // goes through it as usual), else as write().
    writeDirect(text) {
      if (realStream(fd) !== undefined) return false;
      if (fsBinding.writeString(fd, text) < 0) {
        (fd === 1 ? process.stdout : process.stderr).write(text);
      }
      return true;
    },
    write(text) {
      const real = realStream(fd);
      // A failed direct write (EPIPE, a closed descriptor…) is retried through the real
      // stream, which reports it the way Node does.
      if (real !== undefined || fsBinding.writeString(fd, text) < 0) {
        return (real ?? (fd === 1 ? process.stdout : process.stderr)).write(text);
      }
      return true;
    },
    // The console's error handling: while the stream is not made, a write either succeeded
    // or went to the real stream, so one listener is as good as any.
    listenerCount(name) {
      return realStream(fd)?.listenerCount(name) ?? 1;
    },
    once(name, listener) {
      realStream(fd)?.once(name, listener);
      return stream;
    },
    removeListener(name, listener) {
      realStream(fd)?.removeListener(name, listener);
      return stream;
    },
  };
  return stream;
}

module.exports = { stdout: makeStream(1), stderr: makeStream(2) };
