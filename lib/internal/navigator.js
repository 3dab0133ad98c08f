'use strict';
// The `navigator` global and its class, Navigator, which programs cannot construct.

const { codes } = require('internal/errors/lazy');
const { stubClass, notImplemented } = require('internal/stub');

const kConstruct = Symbol('kConstruct');
class Navigator {
  #languages;
  #locks;

  constructor(key = undefined) {
    if (key !== kConstruct) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
  }

  // The number of CPUs the process may use, once node:os can tell; 1 until then.
  get hardwareConcurrency() {
    try {
      return require('os').availableParallelism();
    } catch {
      return 1;
    }
  }

  get locks() {
    this.#locks ??= createLockManager();
    return this.#locks;
  }

  get language() {
    try {
      return new Intl.Collator().resolvedOptions().locale || 'en-US';
    } catch {
      return 'en-US';
    }
  }

  get languages() {
    this.#languages ??= Object.freeze([this.language]);
    return this.#languages;
  }

  get userAgent() {
    const version = process.version ?? 'v24.0.0';
    return `Node.js/${version.slice(1, version.indexOf('.'))}`;
  }

  get platform() {
    switch (process.platform) {
      case 'darwin': return 'MacIntel';
      case 'win32': return 'Win32';
      case 'linux': return `Linux ${machine()}`;
      default: {
        const platform = `${process.platform}`;
        return `${platform[0].toUpperCase()}${platform.slice(1)} ${machine()}`;
      }
    }
  }
}
for (const key of ['hardwareConcurrency', 'locks', 'language', 'languages', 'userAgent',
  'platform']) {
  Object.defineProperty(Navigator.prototype, key, { enumerable: true });
}

// The machine name uname(2) reports, from node:os once real, else from process.arch.
function machine() {
  try {
    return require('os').machine();
  } catch {
    const byArch = {
      x64: 'x86_64', arm64: 'aarch64', ia32: 'i686', arm: 'armv7l', ppc64: 'ppc64le',
      s390x: 's390x', riscv64: 'riscv64', loong64: 'loongarch64', mips64el: 'mips64',
    };
    return byArch[process.arch] ?? `${process.arch}`;
  }
}

function createLockManager() {
  const LockManager = stubClass('LockManager');
  const locks = Object.create(LockManager.prototype);
  for (const method of ['request', 'query']) {
    Object.defineProperty(LockManager.prototype, method, {
      value: notImplemented(`navigator.locks.${method}`),
      writable: true,
      enumerable: true,
      configurable: true,
    });
  }
  return locks;
}

const navigator = new Navigator(kConstruct);

module.exports = { Navigator, navigator };
