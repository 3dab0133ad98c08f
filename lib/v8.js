'use strict';
// node:v8 — Lode runs on JavaScriptCore, so V8's own interfaces are not implemented
// yet (see internal/stub.js). Real: startupSnapshot.isBuildingSnapshot() is false.

const { stubMembers, attachStubs } = require('internal/stub');

const v8 = stubMembers({}, 'v8', {
  classes: ['DefaultDeserializer', 'DefaultSerializer', 'Deserializer', 'GCProfiler',
    'Serializer'],
  functions: ['cachedDataVersionTag', 'deserialize', 'getCppHeapStatistics',
    'getHeapCodeStatistics', 'getHeapSnapshot', 'getHeapSpaceStatistics', 'getHeapStatistics',
    'isStringOneByteRepresentation', 'queryObjects', 'serialize', 'setFlagsFromString',
    'setHeapSnapshotNearHeapLimit', 'startCpuProfile', 'stopCoverage', 'takeCoverage',
    'writeHeapSnapshot'],
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
