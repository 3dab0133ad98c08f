'use strict';
// The JavaScript/TypeScript transform (src/transform, internalBinding('transform')) as the
// module loaders use it; its interface is doc/esm.md. Loaded on first use only.

const binding = internalBinding('transform');

// Returns the transform result for `source` with `flags` (1 TypeScript, 2 ES module,
// 4 detect module syntax, 8 script with dynamic import()).
function transform(source, flags) {
  return binding.transform(source, flags);
}

const kTypeScript = 1;
const kModule = 2;
const kDetect = 4;
const kDynamicImport = 8;

module.exports = { transform, kTypeScript, kModule, kDetect, kDynamicImport };
