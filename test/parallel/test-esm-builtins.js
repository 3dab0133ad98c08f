'use strict';
// Built-in modules as ES modules: default is module.exports, named exports are its keys,
// with and without the node: prefix.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const events = require('events');

import('../fixtures/esm/builtins.mjs').then(common.mustCall((m) => {
  assert.strictEqual(m.fs, fs);
  assert.strictEqual(m.readFileSync, fs.readFileSync);
  assert.strictEqual(m.pathNs.default, path);
  assert.strictEqual(m.pathNs.join, path.join);
  assert.strictEqual(m.EventEmitter, events.EventEmitter);
  assert.strictEqual(m.defaultEvents, events);
  assert.strictEqual(Object.prototype.toString.call(m.pathNs), '[object Module]');
}));

import('node:path').then(common.mustCall((ns) => {
  assert.strictEqual(ns.default, path);
  assert.ok(Object.keys(ns).includes('resolve'));
}));

assert.rejects(import('node:no-such-builtin'), { code: 'ERR_UNKNOWN_BUILTIN_MODULE' })
  .then(common.mustCall());
