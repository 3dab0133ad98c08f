'use strict';
// Node-API (native addons): process.dlopen, and the helpers src/napi calls for what is
// simpler in JavaScript than through the C API — property enumeration with Node-API's
// filters, class constructors that see new.target, the weak map that holds native data of
// ordinary objects, errors with codes, BigInt words.

const infos = new WeakMap();

// Key filters of napi_get_all_property_names.
const kWritable = 1;
const kEnumerable = 2;
const kConfigurable = 4;
const kSkipStrings = 8;
const kSkipSymbols = 16;

const helpers = {
  __proto__: null,
  functionPrototype: Function.prototype,
  externalPrototype: Object.prototype,
  get bufferPrototype() {
    return require('buffer').Buffer.prototype;
  },
  symbolFor: (description) => Symbol.for(description),
  hasOwn: (object, key) => Object.prototype.hasOwnProperty.call(object, key),
  define: (object, key, descriptor) => Object.defineProperty(object, key, descriptor),
  freeze: (object) => Object.freeze(object),
  seal: (object) => Object.seal(object),
  callWith: (fn, receiver, args) => Reflect.apply(fn, receiver, args),
  getInfo: (object) => infos.get(object),
  setInfo: (object, holder) => infos.set(object, holder),
  isError: (value) => value instanceof Error ||
    Object.prototype.toString.call(value) === '[object Error]',
  isPromise: (value) => require('internal/util/types').isPromise(value),
  isDataView: (value) => require('internal/util/types').isDataView(value),
  dataView: (buffer, offset, length) => new DataView(buffer, offset, length),
  detach(buffer) {
    buffer.transfer();
  },
  makeError(ctor, message, code) {
    const err = new globalThis[ctor](message);
    if (code !== undefined) err.code = code;
    return err;
  },
  bigintFromHex: (negative, hex) => (negative ? -BigInt(hex) : BigInt(hex)),
  bigintToHex: (value) => (value < 0n ? '-' + (-value).toString(16) : value.toString(16)),

  // The keys of object for napi_get_all_property_names.
  keys(object, ownOnly, filter, numbersToStrings) {
    const keys = [];
    const seen = new Set();
    for (let o = object; o !== null; o = ownOnly ? null : Object.getPrototypeOf(o)) {
      for (const key of Reflect.ownKeys(o)) {
        if (seen.has(key)) continue;
        seen.add(key);
        const desc = Object.getOwnPropertyDescriptor(o, key);
        if (typeof key === 'symbol' ? filter & kSkipSymbols : filter & kSkipStrings) continue;
        if ((filter & kEnumerable) && !desc.enumerable) continue;
        if ((filter & kWritable) && !desc.writable) continue;
        if ((filter & kConfigurable) && !desc.configurable) continue;
        keys.push(!numbersToStrings && typeof key === 'string' && /^(?:0|[1-9]\d*)$/.test(key) &&
                  Number(key) < 2 ** 32 - 1 ? Number(key) : key);
      }
    }
    return keys;
  },

  // A class whose constructor hands new.target and the arguments to the native one
  // (construct is callable: construct(newTarget, this, args)).
  makeClass(name, construct) {
    const cls = {
      [name]: function(...args) {
        return construct(new.target, this, args);
      },
    }[name];
    return cls;
  },
};

// process.dlopen(module, filename[, flags]): loads a native addon into module.exports.
// As in Node, the filename is converted to a string and the flags to an int32 (so that a
// non-number gives dlopen()'s own "invalid mode" error); no flags means RTLD_LAZY.
function dlopen(module, filename, flags) {
  const exports = module.exports;
  module.exports = internalBinding('napi').dlopen(exports, `${filename}`,
                                                  flags === undefined ? -1 : flags | 0, helpers);
}

module.exports = { dlopen };
