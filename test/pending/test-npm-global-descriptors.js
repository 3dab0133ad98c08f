'use strict';
// Node's web-platform globals are plain data properties (writable, configurable, not
// enumerable), so polyfills and test environments that copy or check globals with
// Object.getOwnPropertyDescriptor(globalThis, name).value / .writable find them.
// Only a few (process, Buffer, crypto, navigator, performance) are accessors in Node.
const assert = require('assert');

const names = [
  'console', 'URL', 'URLSearchParams', 'TextEncoder', 'TextDecoder', 'AbortController',
  'AbortSignal', 'EventTarget', 'Event', 'DOMException', 'Blob', 'Headers', 'Request',
  'Response', 'ReadableStream', 'WritableStream', 'MessageChannel', 'BroadcastChannel',
];
for (const name of names) {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  assert.ok(d, `${name} is missing`);
  assert.strictEqual(typeof d.value, name === 'console' ? 'object' : 'function',
                     `${name} is not a data property`);
  assert.strictEqual(d.writable, true, name);
  assert.strictEqual(d.enumerable, false, name);
  assert.strictEqual(d.configurable, true, name);
}
for (const name of ['structuredClone', 'atob', 'btoa', 'fetch']) {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  assert.strictEqual(typeof d.value, 'function', `${name} is not a data property`);
  assert.strictEqual(d.writable, true, name);
  assert.strictEqual(d.enumerable, true, name);
}
