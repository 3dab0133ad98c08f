'use strict';
// Placeholders for the parts of Node's API that Lode does not implement yet.
//
// Every built-in module id resolves from day one. Until a module's issue lands, its
// file exports what is already true without an implementation (constants, flags such
// as `cluster.isPrimary`) and, for every other documented function or class, a stub
// that throws ERR_NOT_IMPLEMENTED naming it: "worker_threads.Worker is not implemented
// in Lode yet". Loading a module therefore always works; using a missing part fails
// loudly, never with MODULE_NOT_FOUND or a silent no-op.
//
// The scheme:
// - A stub is named by its qualified name, `<module id>.<member>` as a program spells
//   it: 'fs.readFile', 'fs/promises.open', 'crypto.subtle.digest', 'stream.Readable.from'.
//   Globals with no module of their own are named bare: 'fetch', 'TextEncoder'.
// - notImplemented(name) makes a throwing function, stubClass(name) a throwing
//   constructor (it throws whether called or constructed, so `class X extends Stub {}`
//   still loads). Both are named after their last member, as a real one would be.
// - Each stub is recorded once in `stubs`, the process-wide list in creation order.
// - Every stub carries its own name (and a stub class those of its static stubs) in
//   stub[kStubs], an array under Symbol.for('lode.stubs'), non-enumerable.
// - stubMembers(target, prefix, { functions, classes }) defines stubs on a module's
//   exports (or on a nested object) and appends their names to target[kStubs]. A
//   module whose exports carry no such array, or an empty one, has no stubs left. User
//   code and the tests read it with `require(id)[Symbol.for('lode.stubs')]`; nested
//   objects (`crypto.subtle`) keep their own list and the module's list includes
//   theirs too.
// When a module becomes real, its file stops using this helper and its names leave
// the list: test/parallel/test-builtin-stubs.js prints what remains.

const { codes } = require('internal/errors/lazy');

const kStubs = Symbol.for('lode.stubs');
const stubs = [];

function lastMember(qualifiedName) {
  const dot = qualifiedName.lastIndexOf('.');
  return dot === -1 ? qualifiedName : qualifiedName.slice(dot + 1);
}

// Returns a function that throws ERR_NOT_IMPLEMENTED for `qualifiedName` whenever it is
// called. It is not a constructor (like most Node functions).
function notImplemented(qualifiedName) {
  const name = lastMember(qualifiedName);
  // A method in an object literal with a computed key gets that key as its name.
  const fn = {
    [name]() {
      throw new codes.ERR_NOT_IMPLEMENTED(qualifiedName);
    },
  }[name];
  stubs.push(qualifiedName);
  recordStubs(fn, [qualifiedName]);
  return fn;
}

// Returns a constructor that throws ERR_NOT_IMPLEMENTED for `qualifiedName` when
// called or constructed. `statics` names static methods to stub as well
// ('Buffer.from'); they are recorded under `<qualifiedName>.<static>`.
function stubClass(qualifiedName, statics = []) {
  const name = lastMember(qualifiedName);
  // A plain function, not a class: Node's older constructors (Buffer, Hash, Readable)
  // may be called without `new`, and either way the caller must see the clear error.
  const ctor = {
    [name]: function() {
      throw new codes.ERR_NOT_IMPLEMENTED(qualifiedName);
    },
  }[name];
  stubs.push(qualifiedName);
  recordStubs(ctor, [qualifiedName]);
  for (const member of statics) {
    Object.defineProperty(ctor, member, {
      value: notImplemented(`${qualifiedName}.${member}`),
      writable: true,
      enumerable: false,
      configurable: true,
    });
    recordStubs(ctor, [`${qualifiedName}.${member}`]);
  }
  return ctor;
}

// Returns target[kStubs], creating it (non-enumerable) when missing.
function stubListOf(target) {
  if (!Object.hasOwn(target, kStubs)) {
    Object.defineProperty(target, kStubs, {
      value: [],
      writable: false,
      enumerable: false,
      configurable: true,
    });
  }
  return target[kStubs];
}

// Records qualified names as stubs reachable from `target`.
function recordStubs(target, names) {
  stubListOf(target).push(...names);
}

// Defines on `target`, as enumerable data properties, a stub function for each name in
// `functions` and a stub class for each name in `classes` (a class entry may be
// [name, [statics...]]). Returns target.
function stubMembers(target, prefix, { functions = [], classes = [] } = {}) {
  const names = [];
  for (const entry of classes) {
    const [name, statics] = Array.isArray(entry) ? entry : [entry, []];
    const qualified = `${prefix}.${name}`;
    target[name] = stubClass(qualified, statics);
    names.push(qualified, ...statics.map((member) => `${qualified}.${member}`));
  }
  for (const name of functions) {
    const qualified = `${prefix}.${name}`;
    target[name] = notImplemented(qualified);
    names.push(qualified);
  }
  recordStubs(target, names);
  return target;
}

// Defines on `target` an enumerable getter that throws ERR_NOT_IMPLEMENTED for
// `<prefix>.<name>`: for a documented value that cannot exist yet (tls.rootCertificates).
// Returns target.
function stubProperty(target, prefix, name) {
  const qualified = `${prefix}.${name}`;
  const get = notImplemented(qualified);
  Object.defineProperty(target, name, { get, enumerable: true, configurable: true });
  recordStubs(target, [qualified]);
  return target;
}

// Makes `nested` (already holding stubs) reachable as target[key] and adds its stubs to
// target's list.
function attachStubs(target, key, nested) {
  target[key] = nested;
  if (Object.hasOwn(nested, kStubs)) recordStubs(target, nested[kStubs]);
  return target;
}

module.exports = {
  kStubs,
  stubs,
  notImplemented,
  stubClass,
  stubMembers,
  stubProperty,
  attachStubs,
  recordStubs,
};
