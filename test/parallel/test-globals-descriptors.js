'use strict';
// The property descriptors of Node's globals: accessors where Node has accessors (with
// Node's function names), data properties elsewhere. Lode installs most globals lazily
// as accessors that turn into data properties on first use, so each is read first.
require('../common');
const assert = require('assert');

function describe(name) {
  const descriptor = Object.getOwnPropertyDescriptor(globalThis, name);
  assert.ok(descriptor, name);
  if ('value' in descriptor) {
    return `value writable=${descriptor.writable} enumerable=${descriptor.enumerable} ` +
      `configurable=${descriptor.configurable}`;
  }
  return `get=${descriptor.get?.name} set=${descriptor.set?.name} ` +
    `enumerable=${descriptor.enumerable} configurable=${descriptor.configurable}`;
}

// Accessors in Node 24.
const accessors = {
  process: 'get=get set=set enumerable=false configurable=true',
  Buffer: 'get=get set=set enumerable=false configurable=true',
  performance: 'get=get performance set=set performance enumerable=true configurable=true',
  crypto: 'get=get crypto set=undefined enumerable=true configurable=true',
  navigator: 'get=get navigator set=undefined enumerable=true configurable=true',
};
for (const [name, expected] of Object.entries(accessors)) {
  assert.strictEqual(describe(name), expected, name);
}

// Data properties once read: enumerable ones, then the rest.
const enumerable = ['global', 'clearImmediate', 'setImmediate', 'clearInterval',
  'clearTimeout', 'setInterval', 'setTimeout', 'queueMicrotask', 'structuredClone', 'atob',
  'btoa', 'fetch'];
const nonEnumerable = ['globalThis', 'console', 'URL', 'URLSearchParams', 'DOMException',
  'AbortController', 'AbortSignal', 'Event', 'EventTarget', 'CustomEvent', 'TextEncoder',
  'TextDecoder', 'Blob', 'File', 'Navigator', 'MessageChannel', 'BroadcastChannel',
  'ReadableStream', 'WritableStream', 'TransformStream', 'Headers', 'Request', 'Response',
  'FormData', 'WebSocket', 'CryptoKey'];
for (const name of [...enumerable, ...nonEnumerable]) {
  void globalThis[name];
  assert.strictEqual(describe(name),
                     `value writable=true enumerable=${enumerable.includes(name)} ` +
                     'configurable=true', name);
}
assert.strictEqual(typeof globalThis.self, 'undefined');
assert.strictEqual(globalThis.global, globalThis);
assert.strictEqual(Object.prototype.toString.call(globalThis), '[object global]');

// Assigning a global replaces what it gives, accessor or not.
const originalProcess = process;
globalThis.process = 5;
assert.strictEqual(globalThis.process, 5);
assert.strictEqual(describe('process'), accessors.process);
globalThis.process = originalProcess;
globalThis.AbortController = 1;
assert.strictEqual(AbortController, 1);
assert.strictEqual(describe('AbortController'),
                   'value writable=true enumerable=false configurable=true');

// The web globals are the classes their modules export.
assert.strictEqual(EventTarget[Symbol.for('nodejs.event_target')], true);
assert.strictEqual(globalThis.URL, require('url').URL);
assert.strictEqual(globalThis.Blob, require('buffer').Blob);
assert.strictEqual(globalThis.atob, require('buffer').atob);

// navigator, as Node fills it in.
assert.strictEqual(navigator.userAgent, `Node.js/${process.versions.node.split('.')[0]}`);
assert.strictEqual(navigator.hardwareConcurrency, require('os').availableParallelism());
assert.strictEqual(typeof navigator.language, 'string');
assert.deepStrictEqual(navigator.languages, [navigator.language]);
assert.strictEqual(Object.isFrozen(navigator.languages), true);
assert.ok(navigator instanceof Navigator);
assert.throws(() => new Navigator(), { name: 'TypeError', code: 'ERR_ILLEGAL_CONSTRUCTOR' });
if (process.platform === 'linux') {
  assert.strictEqual(navigator.platform, `Linux ${require('os').machine()}`);
}
