'use strict';
// The parts of linking an ES module graph that a main file importing only built-ins does not
// need: import cycles (Tarjan's algorithm), export names through re-exports and star
// exports (ResolveExport), and the check of named imports. Loaded by
// internal/modules/esm/loader on first use.

const {
  internals: { kNew, kEvaluating },
  extra,
} = require('internal/modules/esm/loader');

// Sets `inCycle` on the ES modules of `fresh` that import themselves or belong to a strongly
// connected component of more than one module (Tarjan's algorithm). Records loaded earlier
// cannot be in a cycle with fresh ones: their dependencies were all loaded before them.
function markCycles(fresh) {
  let index = 0;
  const stack = [];
  const visit = (record) => {
    record.dfsIndex = index;
    record.dfsAncestorIndex = index;
    index++;
    stack.push(record);
    record.status = kEvaluating; // "on the stack" during this search only
    const deps = record.dependencies;
    for (let i = 0; i < deps.length; i++) {
      const dep = deps[i];
      if (dep.status !== kNew && dep.status !== kEvaluating) continue;
      if (dep === record) {
        record.inCycle = true;
      } else if (dep.status === kNew) {
        if (dep.dfsIndex !== -1) continue; // not fresh
        visit(dep);
        if (dep.dfsAncestorIndex < record.dfsAncestorIndex) {
          record.dfsAncestorIndex = dep.dfsAncestorIndex;
        }
      } else if (dep.dfsIndex < record.dfsAncestorIndex) {
        record.dfsAncestorIndex = dep.dfsIndex;
      }
    }
    if (record.dfsAncestorIndex === record.dfsIndex) {
      let member = stack.pop();
      member.status = kNew;
      if (member !== record) {
        record.inCycle = true;
        do {
          member.inCycle = true;
          member = stack.pop();
          member.status = kNew;
        } while (member !== record);
      }
    }
  };
  for (let i = 0; i < fresh.length; i++) fresh[i].dfsIndex = -1;
  for (let i = 0; i < fresh.length; i++) {
    if (fresh[i].dfsIndex === -1) visit(fresh[i]);
  }
}
// The export names of `record`, star exports included (ExportedNames).
function exportedNames(record, visited) {
  if (visited.has(record)) return [];
  visited.add(record);
  const names = [...record.localExports];
  const reexports = record.reexports;
  for (let i = 0; i < reexports.length; i += 3) names.push(reexports[i]);
  for (const index of record.starExports) {
    for (const name of exportedNames(record.dependencies[index], visited)) {
      if (name !== 'default' && !names.includes(name)) names.push(name);
    }
  }
  return names;
}

const kAmbiguous = Symbol('ambiguous');

// ResolveExport: the record and name of the binding that `name` of `record` stands for
// (name '*' for a namespace), null when there is none, kAmbiguous when star exports give
// two.
function resolveExport(record, name, resolveSet = []) {
  for (let i = 0; i < resolveSet.length; i += 2) {
    if (resolveSet[i] === record && resolveSet[i + 1] === name) return null; // a cycle
  }
  resolveSet.push(record, name);
  if (record.localExports.includes(name)) return { record, name };
  const reexports = record.reexports;
  for (let i = 0; i < reexports.length; i += 3) {
    if (reexports[i] !== name) continue;
    const target = record.dependencies[reexports[i + 1]];
    if (reexports[i + 2] === '*') return { record: target, name: '*' };
    return resolveExport(target, reexports[i + 2], resolveSet);
  }
  if (name === 'default') return null;
  let star = null;
  for (const index of record.starExports) {
    const resolution = resolveExport(record.dependencies[index], name, resolveSet);
    if (resolution === kAmbiguous) return kAmbiguous;
    if (resolution === null) continue;
    if (star === null) {
      star = resolution;
    } else if (star.record !== resolution.record || star.name !== resolution.name) {
      return kAmbiguous;
    }
  }
  return star;
}

// The getter of a resolved binding, reading the target's getters when called (the target
// may be a module whose prologue has not run yet).
function getterOf({ record, name }) {
  if (name === '*') return () => record.namespace;
  return () => record.getters[name]();
}
// Every named import must name a binding the imported module provides.
function checkImports(record) {
  const imports = record.imports;
  for (let i = 0; i < imports.length; i += 4) {
    const dep = record.dependencies[imports[i]];
    const name = imports[i + 1];
    if (dep.localExports.includes(name)) continue;
    const resolution = resolveExport(dep, name);
    if (resolution !== null && resolution !== kAmbiguous) continue;
    throw extra().importError(record, dep, imports, i, resolution === kAmbiguous);
  }
}

module.exports = { markCycles, exportedNames, resolveExport, getterOf, checkImports, kAmbiguous };
