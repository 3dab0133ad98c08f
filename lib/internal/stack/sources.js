'use strict';
// What the module loaders record for stack traces, kept apart from internal/stack (which they
// would otherwise load at every start, and with it the V8-style stacks that the bootstrap
// installs only when a program first uses an error constructor): the column offsets of
// wrapped first lines, the source of code that has no file, and the name of module wrappers.

// The name a module wrapper can carry (as its `displayName`, which JSC shows
// in stacks) so that module top-level frames read `Object.<anonymous>`, as
// Node's CommonJS frames do.
const kModuleWrapperName = 'Object.<anonymous>';

// Module wrappers put code before a file's first line, which shifts the
// columns JSC reports on that line.
const firstLineColumnOffsets = new Map();

/**
 * Records that `columns` characters of wrapper precede line 1 of fileName,
 * so that frames on that line report the column in the file itself.
 */
function setFirstLineColumnOffset(fileName, columns) {
  if (columns > 0) firstLineColumnOffsets.set(fileName, columns);
  else firstLineColumnOffsets.delete(fileName);
}

function getFirstLineColumnOffset(fileName) {
  return firstLineColumnOffsets.get(fileName) ?? 0;
}

// The ES module transform writes a reference to an imported binding as a longer expression,
// which moves the engine's columns after it on that line. By file name: the transform's flat
// list of [line, start column, end column, growth] per such reference, in source order.
const columnShifts = new Map();

function setColumnShifts(fileName, shifts) {
  if (shifts.length > 0) columnShifts.set(fileName, shifts);
  else columnShifts.delete(fileName);
}

// The source of code that has no file (-e, -p, stdin), by the name its frames carry, so that
// stacks and the uncaught-error header can quote it like a file's.
const evalSources = new Map();

function registerEvalSource(name, source) {
  evalSources.set(name, source);
}

function getEvalSource(name) {
  return evalSources.get(name);
}

function unregisterEvalSource(name) {
  evalSources.delete(name);
}

module.exports = {
  kModuleWrapperName,
  firstLineColumnOffsets,
  setFirstLineColumnOffset,
  getFirstLineColumnOffset,
  columnShifts,
  setColumnShifts,
  registerEvalSource,
  unregisterEvalSource,
  getEvalSource,
};
