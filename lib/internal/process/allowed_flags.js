'use strict';
// process.allowedNodeEnvironmentFlags: the flags NODE_OPTIONS may hold, as Node 24 lists them,
// less those Lode refuses (src/main.c accepts the rest, most of them without effect). Loaded
// on the first read of the property. has() accepts a flag the way NODE_OPTIONS does: leading
// dashes optional, '_' for '-', a value after '=' ignored; the set cannot be changed.

const flags = [
  '--abort-on-uncaught-exception', '--conditions', '--diagnostic-dir', '--disable-warning',
  '--dns-result-order', '--enable-fips', '--enable-source-maps',
  '--experimental-abortcontroller', '--experimental-addon-modules',
  '--experimental-detect-module', '--experimental-eventsource', '--experimental-fetch',
  '--experimental-global-customevent', '--experimental-global-navigator',
  '--experimental-global-webcrypto', '--experimental-import-meta-resolve',
  '--experimental-import-text', '--experimental-json-modules', '--experimental-loader',
  '--experimental-modules', '--experimental-package-map', '--experimental-print-required-tla',
  '--experimental-quic', '--experimental-repl-await', '--experimental-report',
  '--experimental-require-module', '--experimental-shadow-realm',
  '--experimental-specifier-resolution', '--experimental-sqlite', '--experimental-stream-iter',
  '--experimental-strip-types', '--experimental-test-isolation',
  '--experimental-top-level-await', '--experimental-transform-types',
  '--experimental-vm-modules', '--experimental-wasi-unstable-preview1',
  '--experimental-wasm-modules', '--experimental-websocket', '--experimental-webstorage',
  '--experimental-worker', '--expose-gc', '--force-context-aware', '--force-fips',
  '--frozen-intrinsics', '--heapsnapshot-signal', '--icu-data-dir', '--import', '--input-type',
  '--insecure-http-parser', '--inspect', '--inspect-brk', '--inspect-port', '--jitless',
  '--loader', '--localstorage-file', '--max-http-header-size', '--max-old-space-size',
  '--max-semi-space-size', '--network-family-autoselection', '--no-addons', '--no-deprecation',
  '--no-enable-fips', '--no-enable-source-maps', '--no-experimental-addon-modules',
  '--no-experimental-detect-module', '--no-experimental-eventsource',
  '--no-experimental-global-navigator', '--no-experimental-import-meta-resolve',
  '--no-experimental-import-text', '--no-experimental-print-required-tla',
  '--no-experimental-repl-await', '--no-experimental-require-module',
  '--no-experimental-shadow-realm', '--no-experimental-sqlite', '--no-experimental-stream-iter',
  '--no-experimental-transform-types', '--no-experimental-vm-modules',
  '--no-experimental-websocket', '--no-experimental-webstorage',
  '--no-extra-info-on-fatal-exception', '--no-force-async-hooks-checks',
  '--no-force-context-aware', '--no-force-fips', '--no-frozen-intrinsics',
  '--no-global-search-paths', '--no-insecure-http-parser', '--no-inspect', '--no-inspect-brk',
  '--no-network-family-autoselection', '--no-node-snapshot', '--no-openssl-legacy-provider',
  '--no-openssl-shared-config', '--no-pending-deprecation', '--no-preserve-symlinks',
  '--no-preserve-symlinks-main', '--no-report-on-fatalerror', '--no-report-on-signal',
  '--no-report-uncaught-exception', '--no-strip-types', '--no-test-only',
  '--no-throw-deprecation', '--no-trace-deprecation', '--no-trace-exit', '--no-trace-sigint',
  '--no-trace-uncaught', '--no-trace-warnings', '--no-use-bundled-ca', '--no-use-openssl-ca',
  '--no-warnings', '--no-watch', '--no-zero-fill-buffers', '--openssl-config',
  '--openssl-legacy-provider', '--openssl-shared-config', '--pending-deprecation',
  '--preserve-symlinks', '--preserve-symlinks-main', '--redirect-warnings',
  '--report-on-fatalerror', '--report-on-signal', '--report-uncaught-exception', '--require',
  '--secure-heap', '--stack-trace-limit', '--strip-types', '--test-coverage-branches',
  '--test-coverage-exclude', '--test-coverage-functions', '--test-coverage-include',
  '--test-coverage-lines', '--test-global-setup', '--test-isolation', '--test-name-pattern', '--test-only',
  '--test-reporter', '--test-reporter-destination', '--test-shard', '--test-skip-pattern',
  '--throw-deprecation', '--title',
  '--tls-min-v1.0', '--trace-deprecation', '--trace-exit', '--trace-sigint', '--trace-uncaught',
  '--trace-warnings', '--use-bundled-ca', '--use-openssl-ca', '--watch', '--watch-path',
  '--zero-fill-buffers', '-C', '-r',
];

function normalize(flag) {
  if (typeof flag !== 'string') return flag;
  let name = flag;
  const eq = name.indexOf('=');
  if (eq !== -1) name = name.slice(0, eq);
  name = name.replaceAll('_', '-');
  if (!name.startsWith('-')) name = (name.length === 1 ? '-' : '--') + name;
  return name;
}

const setAdd = Set.prototype.add;

class NodeEnvironmentFlagsSet extends Set {
  constructor(values) {
    super(); // (Set's constructor would call this.add, which changes nothing)
    for (let i = 0; i < values.length; i++) setAdd.call(this, values[i]);
  }

  add() { return this; }
  delete() { return false; }
  clear() {}
  has(flag) { return super.has(normalize(flag)); }
}

function makeAllowedFlags() {
  return Object.freeze(new NodeEnvironmentFlagsSet(flags));
}

module.exports = { makeAllowedFlags };
