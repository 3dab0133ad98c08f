'use strict';
// v8.getHeapStatistics() and friends: Node's shapes, with sane figures, plus the small
// helpers (cachedDataVersionTag, isStringOneByteRepresentation, setFlagsFromString).
require('../common');
const assert = require('assert');
const v8 = require('v8');

const heapKeys = [
  'total_heap_size', 'total_heap_size_executable', 'total_physical_size',
  'total_available_size', 'used_heap_size', 'heap_size_limit', 'malloced_memory',
  'peak_malloced_memory', 'does_zap_garbage', 'number_of_native_contexts',
  'number_of_detached_contexts', 'total_global_handles_size', 'used_global_handles_size',
  'external_memory',
];

function checkHeap(stats) {
  assert.deepStrictEqual(Object.keys(stats), heapKeys);
  for (const key of heapKeys) {
    assert(Number.isSafeInteger(stats[key]) && stats[key] >= 0, `${key}: ${stats[key]}`);
  }
  // AddressSanitizer's allocator reports no malloc statistics.
  const mallocKeys = process.config.variables.asan ? [] : ['malloced_memory', 'peak_malloced_memory'];
  for (const key of ['total_heap_size', 'used_heap_size', 'heap_size_limit',
    'total_available_size', ...mallocKeys, 'total_global_handles_size',
    'number_of_native_contexts']) {
    assert(stats[key] > 0, key);
  }
  assert(stats.used_heap_size <= stats.total_heap_size);
  assert(stats.total_heap_size <= stats.heap_size_limit);
  assert(stats.used_global_handles_size <= stats.total_global_handles_size);
  assert(stats.does_zap_garbage === 0 || stats.does_zap_garbage === 1);
}

const before = v8.getHeapStatistics();
checkHeap(before);

// 100,000 live objects (and their strings) take more than a megabyte.
const keep = [];
for (let i = 0; i < 100000; i++) keep.push({ i, s: `item ${i}` });
const after = v8.getHeapStatistics();
checkHeap(after);
assert(after.used_heap_size > 1e6, `${after.used_heap_size}`);
assert.strictEqual(keep.length, 100000);

// So does a large ArrayBuffer, in external_memory.
const big = new ArrayBuffer(32 * 1024 * 1024);
assert(v8.getHeapStatistics().external_memory >= big.byteLength);

const spaces = v8.getHeapSpaceStatistics();
assert(Array.isArray(spaces));
assert(spaces.length > 0);
assert(spaces.some((space) => space.space_name === 'old_space'));
let used = 0;
for (const space of spaces) {
  assert.deepStrictEqual(Object.keys(space), ['space_name', 'space_size', 'space_used_size',
    'space_available_size', 'physical_space_size']);
  assert.strictEqual(typeof space.space_name, 'string');
  for (const key of ['space_size', 'space_used_size', 'space_available_size',
    'physical_space_size']) {
    assert(Number.isSafeInteger(space[key]) && space[key] >= 0, `${space.space_name} ${key}`);
  }
  assert(space.space_used_size <= space.space_size || space.space_size === 0);
  used += space.space_used_size;
}
assert(used > 0);

const code = v8.getHeapCodeStatistics();
assert.deepStrictEqual(Object.keys(code), ['code_and_metadata_size',
  'bytecode_and_metadata_size', 'external_script_source_size', 'cpu_profiler_metadata_size']);
for (const value of Object.values(code)) assert(Number.isSafeInteger(value) && value >= 0);

for (const type of ['brief', 'detailed']) {
  const cpp = v8.getCppHeapStatistics(type);
  assert.strictEqual(Object.getPrototypeOf(cpp), null);
  assert.strictEqual(cpp.detail_level, type);
  for (const key of ['committed_size_bytes', 'resident_size_bytes', 'used_size_bytes']) {
    assert(Number.isSafeInteger(cpp[key]) && cpp[key] >= 0, key);
  }
  assert(Array.isArray(cpp.space_statistics));
  assert(Array.isArray(cpp.type_names));
}
assert.strictEqual(v8.getCppHeapStatistics().detail_level, 'detailed');
assert.throws(() => v8.getCppHeapStatistics('x'), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'type' must be one of: 'brief', 'detailed'. Received 'x'",
});

// A stable 32-bit integer.
const tag = v8.cachedDataVersionTag();
assert(Number.isInteger(tag) && tag >= 0 && tag <= 0xFFFFFFFF);
assert.strictEqual(v8.cachedDataVersionTag(), tag);

assert.strictEqual(v8.isStringOneByteRepresentation('abc'), true);
assert.strictEqual(v8.isStringOneByteRepresentation('caf\u00e9'), true);
assert.strictEqual(v8.isStringOneByteRepresentation(''), true);
assert.strictEqual(v8.isStringOneByteRepresentation('\u20ac'), false);
assert.strictEqual(v8.isStringOneByteRepresentation('x\ud83d\ude00'), false);
for (const bad of [1, undefined, null, {}, Buffer.from('x')]) {
  assert.throws(() => v8.isStringOneByteRepresentation(bad),
                { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
}

// Accepted (a known flag changes nothing observable here); a non-string is refused.
assert.strictEqual(v8.setFlagsFromString('--allow-natives-syntax'), undefined);
assert.strictEqual(v8.setFlagsFromString('--stack-size=2000'), undefined);
assert.throws(() => v8.setFlagsFromString(1), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "flags" argument must be of type string. Received type number (1)',
});
