'use strict';
// The first JavaScript that runs: the loader of built-in modules. C calls the exported start()
// and receives the hooks object of internal/bootstrap/node.

const { compile, ids } = internalBinding('natives');

// Explicit resource management symbols, which Node 24 has and this engine does not yet.
for (const name of ['dispose', 'asyncDispose']) {
  if (typeof Symbol[name] !== 'symbol') {
    Object.defineProperty(Symbol, name, { value: Symbol(`Symbol.${name}`) });
  }
}

// Built-ins reachable only with the node: prefix.
const nodeOnlyIds = new Set(['sea', 'sqlite', 'test', 'test/reporters']);
const builtinIds = new Set(ids);
const cache = new Map();

function requireBuiltin(id) {
  const cached = cache.get(id);
  if (cached !== undefined) return cached.exports;
  const mod = { id, exports: {}, loaded: false };
  cache.set(id, mod);
  const fn = compile(id);
  try {
    fn.call(undefined, mod.exports, requireBuiltin, mod, process, internalBinding);
  } catch (err) {
    cache.delete(id);
    throw err;
  }
  mod.loaded = true;
  return mod.exports;
}

// Whether user code may require the built-in `id` (given without the node: prefix).
function canBeRequiredByUsers(id) {
  return builtinIds.has(id) && !id.startsWith('internal/') && id !== 'internal';
}

const publicIds = ids.filter((id) => canBeRequiredByUsers(id) && !nodeOnlyIds.has(id));

requireBuiltin.loader = {
  requireBuiltin,
  canBeRequiredByUsers,
  publicIds,
  nodeOnlyIds: [...nodeOnlyIds],
  isLoaded: (id) => cache.has(id),
};

module.exports = function start() {
  return requireBuiltin('internal/bootstrap/node').start();
};
