'use strict';
// Every built-in module Node 24 has can be required, with and without `node:` (the
// node:-only ones with it), and exports what is true without an implementation. On
// Lode, the parts not implemented yet are stubs that throw ERR_NOT_IMPLEMENTED naming
// themselves; this test lists every stub left (so none is forgotten) and calls each.
require('../common');
const assert = require('assert');

process.noDeprecation = true;

const ids = [
  '_http_agent', '_http_client', '_http_common', '_http_incoming', '_http_outgoing',
  '_http_server', '_stream_duplex', '_stream_passthrough', '_stream_readable',
  '_stream_transform', '_stream_wrap', '_stream_writable', '_tls_common', '_tls_wrap',
  'assert', 'assert/strict', 'async_hooks', 'buffer', 'child_process', 'cluster', 'console',
  'constants', 'crypto', 'dgram', 'diagnostics_channel', 'dns', 'dns/promises', 'domain',
  'events', 'fs', 'fs/promises', 'http', 'http2', 'https', 'inspector', 'inspector/promises',
  'module', 'net', 'os', 'path', 'path/posix', 'path/win32', 'perf_hooks', 'process',
  'punycode', 'querystring', 'readline', 'readline/promises', 'repl', 'stream',
  'stream/consumers', 'stream/promises', 'stream/web', 'string_decoder', 'sys', 'timers',
  'timers/promises', 'tls', 'trace_events', 'tty', 'url', 'util', 'util/types', 'v8', 'vm',
  'wasi', 'worker_threads', 'zlib',
];
const nodeOnlyIds = ['sea', 'sqlite', 'test', 'test/reporters'];

const modules = new Map();
for (const id of ids) {
  const mod = require(id);
  assert.strictEqual(require(`node:${id}`), mod, id);
  modules.set(id, mod);
}
for (const id of nodeOnlyIds) {
  modules.set(id, require(`node:${id}`));
  assert.throws(() => require(id), { code: 'MODULE_NOT_FOUND' });
}
const { builtinModules } = require('module');
if (Array.isArray(builtinModules)) {
  for (const id of ids) assert(builtinModules.includes(id), `builtinModules lacks ${id}`);
}

// What is true without an implementation.
const workerThreads = modules.get('worker_threads');
assert.strictEqual(workerThreads.isMainThread, true);
assert.strictEqual(workerThreads.threadId, 0);
assert.strictEqual(workerThreads.parentPort, null);
assert.strictEqual(workerThreads.workerData, null);
workerThreads.setEnvironmentData('key', 'value');
assert.strictEqual(workerThreads.getEnvironmentData('key'), 'value');

const cluster = modules.get('cluster');
assert.strictEqual(cluster.isPrimary, true);
assert.strictEqual(cluster.isMaster, true);
assert.strictEqual(cluster.isWorker, false);
assert.deepStrictEqual(cluster.workers, {});
assert.strictEqual(typeof cluster.on, 'function');

const os = modules.get('os');
assert.strictEqual(os.EOL, '\n');
assert.strictEqual(os.devNull, '/dev/null');
assert.strictEqual(os.constants.signals.SIGINT, 2);
assert.strictEqual(os.constants.signals.SIGTERM, 15);
assert.strictEqual(os.constants.errno.ENOENT, 2);
assert.strictEqual(os.constants.priority.PRIORITY_HIGHEST, -20);
assert.strictEqual(os.platform(), process.platform);
assert.strictEqual(os.arch(), process.arch);
assert.strictEqual(os.endianness(), 'LE');
assert(Object.isFrozen(os.constants.signals));

const constants = modules.get('constants');
assert.strictEqual(constants.SIGKILL, 9);
assert.strictEqual(constants.EACCES, 13);
assert.strictEqual(constants.O_RDWR, 2);
assert.strictEqual(constants.RSA_PKCS1_PADDING, 1);
assert(Object.isFrozen(constants));

assert.strictEqual(modules.get('fs').constants.F_OK, 0);
assert.strictEqual(modules.get('fs').constants.O_CREAT, 64);
assert.strictEqual(modules.get('fs').promises, modules.get('fs/promises'));
assert.strictEqual(modules.get('fs/promises').constants, modules.get('fs').constants);
assert.strictEqual(modules.get('zlib').constants.Z_BEST_COMPRESSION, 9);
assert.strictEqual(modules.get('zlib').codes.Z_DATA_ERROR, -3);
assert.strictEqual(modules.get('zlib').codes['-3'], 'Z_DATA_ERROR');
assert.strictEqual(modules.get('crypto').constants.POINT_CONVERSION_COMPRESSED, 2);
assert.strictEqual(modules.get('http2').constants.HTTP2_HEADER_STATUS, ':status');
assert.strictEqual(modules.get('dns').NOTFOUND, 'ENOTFOUND');
assert.strictEqual(modules.get('dns/promises').TIMEOUT, 'ETIMEOUT');

const http = modules.get('http');
assert.strictEqual(http.STATUS_CODES[404], 'Not Found');
assert.strictEqual(http.STATUS_CODES[418], "I'm a Teapot");
assert.strictEqual(Object.keys(http.STATUS_CODES).length, 63);
assert.deepStrictEqual(http.METHODS, http.METHODS.slice().sort());
for (const method of ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS', 'CONNECT',
  'M-SEARCH', 'QUERY']) {
  assert(http.METHODS.includes(method), method);
}
assert.strictEqual(http.maxHeaderSize, 16384);
assert.strictEqual(modules.get('_http_server').STATUS_CODES, http.STATUS_CODES);
assert.strictEqual(modules.get('_http_agent').Agent, http.Agent);
assert.strictEqual(modules.get('https').Agent.name, 'Agent');

const stream = modules.get('stream');
assert.strictEqual(stream.Stream, stream);
assert.strictEqual(modules.get('_stream_readable'), stream.Readable);
assert.strictEqual(stream.promises, modules.get('stream/promises'));
assert.strictEqual(stream.getDefaultHighWaterMark(false), 65536);
assert.strictEqual(stream.getDefaultHighWaterMark(true), 16);

const net = modules.get('net');
assert.strictEqual(net.isIP('127.0.0.1'), 4);
assert.strictEqual(net.isIP('::1'), 6);
assert.strictEqual(net.isIP('fe80::1%eth0'), 6);
assert.strictEqual(net.isIP('1.2.3'), 0);
assert.strictEqual(net.isIPv4('01.2.3.4'), false);
assert.strictEqual(net.isIPv6('1::2::3'), false);
assert.strictEqual(net.isIPv6('::ffff:1.2.3.4'), true);

assert.strictEqual(modules.get('sea').isSea(), false);
assert.strictEqual(modules.get('inspector').url(), undefined);
assert(!modules.get('v8').startupSnapshot.isBuildingSnapshot());
assert.strictEqual(typeof modules.get('vm').constants.DONT_CONTEXTIFY, 'symbol');
assert.strictEqual(modules.get('sys'), modules.get('util'));
assert.strictEqual(modules.get('assert/strict'), modules.get('assert').strict);
assert.strictEqual(typeof modules.get('test'), 'function');
assert.strictEqual(typeof modules.get('perf_hooks').performance.now(), 'number');
assert.strictEqual(modules.get('tls').DEFAULT_MIN_VERSION, 'TLSv1.2');

if (process.versions.lode === undefined) {
  console.log('Not Lode: no stubs to list.');
  return;
}

// Every stub left, module by module, each called once.
const kStubs = Symbol.for('lode.stubs');

function expectNotImplemented(name, fn) {
  assert.throws(fn, (err) => {
    assert.strictEqual(err.code, 'ERR_NOT_IMPLEMENTED', name);
    assert.strictEqual(err.message, `${name} is not implemented in Lode yet`);
    assert(err instanceof Error);
    return true;
  }, name);
}

// Calls every stub reachable from `value` (its properties, two levels deep).
function checkStubsIn(value, checked, depth = 0) {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return;
  if (checked.has(value)) return;
  checked.add(value);
  // A stub's first recorded name is its own; a real function may carry its stub
  // members' names (node:test's test() lists test.run, test.snapshot.*).
  if (typeof value === 'function' && Object.hasOwn(value, kStubs) &&
      value[kStubs][0].split('.').pop() === value.name) {
    const name = value[kStubs][0];
    expectNotImplemented(name, () => value());
    // A stub class throws when constructed too.
    if (value.prototype !== undefined) expectNotImplemented(name, () => new value());
  }
  if (depth > 2) return;
  for (const key of Reflect.ownKeys(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor.get !== undefined && Object.hasOwn(descriptor.get, kStubs)) {
      expectNotImplemented(descriptor.get[kStubs][0], () => value[key]);
      continue;
    }
    if ('value' in descriptor && key !== 'prototype' && key !== kStubs) {
      checkStubsIn(descriptor.value, checked, depth + 1);
    }
  }
}

const remaining = [];
const checked = new Set();
for (const [id, mod] of modules) {
  const names = mod[kStubs];
  if (names === undefined || names.length === 0) continue;
  assert(Array.isArray(names), id);
  assert(!Object.keys(mod).includes(kStubs), id);
  remaining.push([id, [...new Set(names)]]);
  checkStubsIn(mod, checked);
}

const worker = workerThreads.Worker;
expectNotImplemented('worker_threads.Worker', () => new worker('./x.js'));
class Extended extends worker {}
expectNotImplemented('worker_threads.Worker', () => new Extended());

const total = remaining.reduce((sum, [, names]) => sum + names.length, 0);
console.log(`${total} stubs remain in ${remaining.length} modules:`);
for (const [id, names] of remaining) console.log(`  ${id} (${names.length}): ${names.join(' ')}`);
