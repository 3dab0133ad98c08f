'use strict';
// The first JavaScript that runs: the loader of built-in modules. Loading it runs the
// bootstrap; its exports are the hooks object of internal/bootstrap/node, which C reads.

const { runBuiltin, has: isBuiltinId, ids: listBuiltinIds } = internalBinding('natives');

// Explicit resource management symbols, which Node 24 has and this engine does not yet.
for (const name of ['dispose', 'asyncDispose']) {
  if (typeof Symbol[name] !== 'symbol') {
    Object.defineProperty(Symbol, name, { value: Symbol(`Symbol.${name}`) });
  }
}

// Built-ins reachable only with the node: prefix. An array, not a Set: building a Set from
// a list runs the engine's iteration builtins, which start-up has no other use for.
const nodeOnlyIds = Object.freeze(['sea', 'sqlite', 'test', 'test/reporters']);
const cache = new Map();

function requireBuiltin(id) {
  const cached = cache.get(id);
  if (cached !== undefined) return cached.exports;
  const mod = { id, exports: {}, loaded: false };
  cache.set(id, mod);
  try {
    runBuiltin(id, {
      exports: mod.exports, require: requireBuiltin, module: mod, process, internalBinding,
    });
  } catch (err) {
    cache.delete(id);
    throw err;
  }
  mod.loaded = true;
  return mod.exports;
}

// Whether user code may require the built-in `id` (given without the node: prefix).
function canBeRequiredByUsers(id) {
  return !id.startsWith('internal/') && id !== 'internal' && isBuiltinId(id);
}

// Built-ins requirable with or without the node: prefix, listed when first asked for (by
// the CommonJS loader). A plain loop with canBeRequiredByUsers() inlined: at start-up the
// engine still interprets, and a call per id (ids.filter with a callback) costs ~0.4 ms.
let publicIds;

function listPublicIds() {
  const ids = listBuiltinIds();
  const list = [];
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    if (!id.startsWith('internal/') && id !== 'internal' && !nodeOnlyIds.includes(id)) list.push(id);
  }
  return list;
}

requireBuiltin.loader = {
  requireBuiltin,
  canBeRequiredByUsers,
  get publicIds() {
    publicIds ??= listPublicIds();
    return publicIds;
  },
  nodeOnlyIds,
  isLoaded: (id) => cache.has(id),
};

// (Not a start() function for C to call: the first call of each function costs ~45k
// instructions, whatever its size.)
module.exports = requireBuiltin('internal/bootstrap/node');
