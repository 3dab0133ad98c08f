'use strict';
// node:v8 on JavaScriptCore.
//
// Real: the serialization API (V8's wire format, internal/v8/serdes), heap figures from
// JavaScriptCore and the OS (below), cachedDataVersionTag, isStringOneByteRepresentation,
// setFlagsFromString (accepted, ignored), getCppHeapStatistics (Lode has no C++ heap: all
// zero), startupSnapshot.isBuildingSnapshot() (false). Stubs (internal/stub.js): what needs
// a heap walker, profiler or coverage the C API does not offer — heap snapshots, CPU
// profiles, coverage, queryObjects, GCProfiler, promise hooks, startup snapshots.
//
// The heap figures: JavaScriptCore has one garbage-collected heap (its generations share
// the same blocks) and no V8 spaces, code space or global-handle blocks. So:
// - total_heap_size / total_physical_size: the heap's capacity (bytes it holds, used or
//   not); used_heap_size: bytes in live cells; external_memory: memory the cells report
//   outside the heap (ArrayBuffer contents among it).
// - heap_size_limit: JavaScriptCore has no fixed limit; it grows until memory runs out,
//   so the limit is the smallest of the machine's memory, the cgroup limit and RLIMIT_AS.
// - malloced_memory: bytes allocated through malloc (glibc's mallinfo2), the process's,
//   not only the engine's; peak_malloced_memory: the largest figure seen by this process.
// - number_of_native_contexts: JavaScriptCore's global object count; global handles are
//   its protected values (counted at 8 bytes each, in 8 KiB blocks as V8 allocates them).
// - total_heap_size_executable and the code statistics: not reported by JavaScriptCore, 0.
// - getHeapSpaceStatistics(): Node's 13 spaces, the whole heap reported as old_space.
// Each call walks the live heap (JSGetMemoryUsageStatistics counts objects by type):
// ~100 ns per live object, ~0.1 s with a million (V8 answers from counters).

const { stubMembers, attachStubs } = require('internal/stub');
const { validateString, validateOneOf } = require('internal/validators');
const { Serializer, Deserializer } = require('internal/v8/serdes');
const { FastBuffer } = require('internal/buffer');
const { Buffer } = require('buffer');

let binding;
function heapFigures() {
  binding ??= internalBinding('v8');
  return binding.heapStatistics();
}

let peakMalloced = 0;

function getHeapStatistics() {
  const [heapSize, heapCapacity, extra, , protectedCount, globalCount, malloced, , totalMemory,
    addressSpaceLimit] = heapFigures();
  let limit = totalMemory;
  const constrained = process.constrainedMemory();
  if (constrained > 0 && constrained < limit) limit = constrained;
  if (addressSpaceLimit > 0 && addressSpaceLimit < limit) limit = addressSpaceLimit;
  if (malloced > peakMalloced) peakMalloced = malloced;
  const usedHandles = protectedCount * 8;
  return {
    total_heap_size: heapCapacity,
    total_heap_size_executable: 0,
    total_physical_size: heapCapacity,
    total_available_size: Math.max(limit - heapSize, 0),
    used_heap_size: heapSize,
    heap_size_limit: limit,
    malloced_memory: malloced,
    peak_malloced_memory: peakMalloced,
    does_zap_garbage: 0,
    number_of_native_contexts: globalCount,
    number_of_detached_contexts: 0,
    total_global_handles_size: Math.max(Math.ceil(usedHandles / 8192), 1) * 8192,
    used_global_handles_size: usedHandles,
    external_memory: extra,
  };
}

const spaceNames = [
  'read_only_space', 'new_space', 'old_space', 'code_space', 'shared_space', 'trusted_space',
  'shared_trusted_space', 'new_large_object_space', 'large_object_space',
  'code_large_object_space', 'shared_large_object_space',
  'shared_trusted_large_object_space', 'trusted_large_object_space',
];

function getHeapSpaceStatistics() {
  const [heapSize, heapCapacity] = heapFigures();
  return spaceNames.map((name) => {
    const whole = name === 'old_space';
    return {
      space_name: name,
      space_size: whole ? heapCapacity : 0,
      space_used_size: whole ? heapSize : 0,
      space_available_size: whole ? Math.max(heapCapacity - heapSize, 0) : 0,
      physical_space_size: whole ? heapCapacity : 0,
    };
  });
}

function getHeapCodeStatistics() {
  return {
    code_and_metadata_size: 0,
    bytecode_and_metadata_size: 0,
    external_script_source_size: 0,
    cpu_profiler_metadata_size: 0,
  };
}

function getCppHeapStatistics(type = 'detailed') {
  validateOneOf(type, 'type', ['brief', 'detailed']);
  const stats = {
    __proto__: null,
    committed_size_bytes: 0,
    resident_size_bytes: 0,
    used_size_bytes: 0,
    space_statistics: [],
    type_names: [],
    detail_level: type,
  };
  if (type === 'detailed') {
    for (const name of ['NormalPageSpace0', 'NormalPageSpace1', 'NormalPageSpace2',
      'NormalPageSpace3', 'LargePageSpace']) {
      stats.space_statistics.push({
        __proto__: null,
        name,
        committed_size_bytes: 0,
        resident_size_bytes: 0,
        used_size_bytes: 0,
        page_stats: [],
        free_list_stats: { __proto__: null },
      });
    }
  }
  return stats;
}

let versionTag;
// A 32-bit hash of the engine and runtime versions: it changes when cached data made by
// one build could not be used by another (Lode has no code cache to reject anyway).
function cachedDataVersionTag() {
  if (versionTag === undefined) {
    const text = `lode ${process.versions.lode} javascriptcore ${process.versions.javascriptcore}`;
    let hash = 0x811C9DC5;
    for (let i = 0; i < text.length; i++) {
      hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    }
    versionTag = hash >>> 0;
  }
  return versionTag;
}

const notOneByte = /[^\x00-\xff]/;
// JavaScriptCore does not tell how a string is stored; a string whose code units all fit
// in a byte is reported one-byte, as V8 stores such strings in practice.
function isStringOneByteRepresentation(content) {
  validateString(content, 'content');
  return !notOneByte.test(content);
}

// V8 flags have no JavaScriptCore equivalent that can change once the engine runs: the
// string is checked and ignored.
function setFlagsFromString(flags) {
  validateString(flags, 'flags');
}

// The ArrayBufferView kinds by the index DefaultSerializer writes for them (10 is Buffer).
const viewConstructors = [
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  Float32Array, Float64Array, DataView, FastBuffer, BigInt64Array, BigUint64Array,
];
if (typeof Float16Array === 'function') viewConstructors.push(Float16Array);
const viewIndexByKind = new Map([
  ['Int8Array', 0], ['Uint8Array', 1], ['Uint8ClampedArray', 2], ['Int16Array', 3],
  ['Uint16Array', 4], ['Int32Array', 5], ['Uint32Array', 6], ['Float32Array', 7],
  ['Float64Array', 8], ['BigInt64Array', 11], ['BigUint64Array', 12], ['Float16Array', 13],
]);
const typedArrayKind = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array).prototype, Symbol.toStringTag).get;
const { isDataView } = require('internal/util/types');

function viewIndex(view) {
  if (view.constructor === Buffer) return 10;
  if (isDataView(view)) return 9;
  return viewIndexByKind.get(typedArrayKind.call(view)) ?? -1;
}

// Writes ArrayBufferViews as host objects (kind index, byte length, bytes), so that a
// Buffer from the pool carries only its own bytes, not the whole pool.
class DefaultSerializer extends Serializer {
  constructor() {
    super();
    this._setTreatArrayBufferViewsAsHostObjects(true);
  }

  _writeHostObject(abView) {
    const index = viewIndex(abView);
    if (index === -1) {
      const make = this._getDataCloneError;
      throw new make(`Unserializable host object: ${Object.prototype.toString.call(abView)}`);
    }
    this.writeUint32(index);
    this.writeUint32(abView.byteLength);
    this.writeRawBytes(new Uint8Array(abView.buffer, abView.byteOffset, abView.byteLength));
  }
}

class DefaultDeserializer extends Deserializer {
  _readHostObject() {
    const index = this.readUint32();
    const byteLength = this.readUint32();
    const offset = this._readRawBytes(byteLength);
    const Ctor = viewConstructors[index];
    if (Ctor === undefined) {
      throw new TypeError(`Unknown ArrayBufferView kind in host object: ${index}`);
    }
    const elementSize = Ctor.BYTES_PER_ELEMENT ?? 1;
    const start = this.buffer.byteOffset + offset;
    // An aligned view shares the input's memory; a misaligned one gets a copy.
    if (start % elementSize === 0) {
      return new Ctor(this.buffer.buffer, start, byteLength / elementSize);
    }
    const copy = new Uint8Array(this.buffer.buffer, start, byteLength).slice();
    return new Ctor(copy.buffer, 0, byteLength / elementSize);
  }
}

function serialize(value) {
  const serializer = new DefaultSerializer();
  serializer.writeHeader();
  serializer.writeValue(value);
  return serializer.releaseBuffer();
}

function deserialize(buffer) {
  const deserializer = new DefaultDeserializer(buffer);
  deserializer.readHeader();
  return deserializer.readValue();
}

const v8 = {
  cachedDataVersionTag,
  getHeapStatistics,
  getHeapSpaceStatistics,
  getHeapCodeStatistics,
  getCppHeapStatistics,
  isStringOneByteRepresentation,
  setFlagsFromString,
  Serializer,
  Deserializer,
  DefaultSerializer,
  DefaultDeserializer,
  serialize,
  deserialize,
};
stubMembers(v8, 'v8', {
  classes: ['GCProfiler'],
  functions: ['getHeapSnapshot', 'queryObjects', 'setHeapSnapshotNearHeapLimit',
    'startCpuProfile', 'stopCoverage', 'takeCoverage', 'writeHeapSnapshot'],
});
attachStubs(v8, 'promiseHooks', stubMembers({}, 'v8.promiseHooks', {
  functions: ['createHook', 'onAfter', 'onBefore', 'onInit', 'onSettled'],
}));
const startupSnapshot = stubMembers({
  isBuildingSnapshot() {
    return false;
  },
}, 'v8.startupSnapshot', {
  functions: ['addDeserializeCallback', 'addSerializeCallback', 'setDeserializeMainFunction'],
});
attachStubs(v8, 'startupSnapshot', startupSnapshot);

module.exports = v8;
