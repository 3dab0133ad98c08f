'use strict';
// node:vm — compiling and running code in this context or in new ones.
//
// A context is a second global object of the runtime's engine group (see
// src/bindings/contextify.c): its named globals are read from and written to the
// contextified object (the "sandbox"), and everything the sandbox lacks comes from the
// context's own builtins (its own Object, Array, JSON...). Two WeakMaps link a sandbox
// and its global both ways, so each keeps the other alive and they are collected
// together; the binding holds no strong reference of its own.
//
// What JavaScriptCore's C API cannot give, and what is done instead:
// - No code cache: `cachedData` is accepted and checked against the data Lode makes
//   itself (createCachedData() returns a small Buffer naming the source: a marker, the
//   source's length and hash); data Lode made for the same source is accepted
//   (`cachedDataRejected` false), any other data rejected (true). Nothing is cached: every
//   run compiles (JavaScriptCore keeps its own in-memory cache of compiled sources).
// - `columnOffset` of a Script moves its first line right by that many spaces; a
//   function from compileFunction has its first line's columns shifted by the wrapper
//   text in front of the body (its lines are exact).
// - `timeout` uses the engine's execution time limit (nested limits are clamped to the
//   time left to the outer one), and a script that finishes in time is unaffected. One
//   that overruns is stopped and ERR_SCRIPT_EXECUTION_TIMEOUT thrown (the error is made
//   before the run), but the engine keeps the stop requested until the outermost call into
//   it returns: any later call from native code back into JS (a callback of
//   Array.prototype.map, a Proxy trap) ends the current event-loop callback with an
//   uncatchable "JavaScript execution terminated." The limit also only counts in calls into
//   the engine made after this module loaded (test/pending/test-vm-timeout.js).
//   `breakOnSigint` and `importModuleDynamically` are accepted and validated; a vm
//   script's import() rejects, as the engine has no module loader of its own.
//   `microtaskMode: 'afterEvaluate'` is accepted: the context's microtasks run with the
//   runtime's (the engine has one queue).
// - A script's top-level `var` and function declarations live in the context's own
//   global storage (see syncBefore): the sandbox gets their values after each run, and a
//   value set on the sandbox between runs reaches the next run, but a context's function
//   called from outside updates the sandbox's copy only at the next run. They also come
//   after the sandbox's other keys in Object.keys(sandbox).
// - measureMemory() resolves with an estimate from the engine's heap size
//   (process.memoryUsage().heapUsed), in the documented shape.

const {
  makeContext, evaluate, checkSyntax, declaredNames, ownValue, prepareTimeouts,
} = internalBinding('contextify');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_SCRIPT_EXECUTION_TIMEOUT,
  },
} = require('internal/errors');
const {
  kValidateObjectAllowArray, kValidateObjectAllowObjects, validateBoolean, validateFunction,
  validateInt32,
  validateObject, validateOneOf, validateString, validateUint32,
} = require('internal/validators');
const { installStacks } = require('internal/stack');
const {
  registerEvalSource, unregisterEvalSource, setFirstLineColumnOffset,
} = require('internal/stack/sources');

// The code of scripts and functions by filename, for stacks: they read the line a frame
// points at to report V8's column (internal/stack/format). The latest names are kept, at
// most 1000 of them and 64 Mi characters in all (a program that makes many scripts does not
// keep every source alive).
const kMaxSources = 1000;
const kMaxSourceChars = 64 * 1024 * 1024;
const sourceLengths = new Map();
let sourceChars = 0;
function rememberSource(filename, source, firstLineColumns) {
  forgetSource(filename);
  if (source.length > kMaxSourceChars) return;
  sourceLengths.set(filename, source.length);
  sourceChars += source.length;
  registerEvalSource(filename, source);
  setFirstLineColumnOffset(filename, firstLineColumns);
  while (sourceLengths.size > kMaxSources || sourceChars > kMaxSourceChars) {
    forgetSource(sourceLengths.keys().next().value);
  }
}

function forgetSource(filename) {
  const length = sourceLengths.get(filename);
  if (length === undefined) return;
  sourceLengths.delete(filename);
  sourceChars -= length;
  unregisterEvalSource(filename);
  setFirstLineColumnOffset(filename, 0);
}
const { allowGlobalPrototype } = require('internal/global_prototype');
// This realm's functions too: a context's global reaches code running here (jsdom sets the
// prototype of its window's global with this realm's Object.setPrototypeOf). Not done at
// start-up, where it would cost every program ~0.6M instructions: until node:vm loads, this
// realm's global refuses a new [[Prototype]] (the engine's behaviour, not Node's).
allowGlobalPrototype(Object, Reflect);

const constants = Object.freeze({
  __proto__: null,
  USE_MAIN_CONTEXT_DEFAULT_LOADER: Symbol('vm_dynamic_import_main_context_default'),
  DONT_CONTEXTIFY: Symbol('vm_context_no_contextify'),
});

prepareTimeouts();

const FunctionPrototypeToString = Function.prototype.call.bind(Function.prototype.toString);
const kEmptyObject = Object.freeze({ __proto__: null });
const kTimedOut = Symbol('kTimedOut');
const kDefaultFilename = 'evalmachine.<anonymous>';

// contextified object (or a DONT_CONTEXTIFY global itself) -> the context's global
const globalOf = new WeakMap();
// the context's global -> its contextified object: a function made in the context keeps
// the global alive, and the global must keep its sandbox alive.
const sandboxOf = new WeakMap();
// the context's global -> Map of declared name -> the value both sides had after the last
// run (see syncBefore).
const syncedValues = new WeakMap();

// JavaScriptCore keeps a script's top-level `var` and function names in storage of the real
// global, which the script's functions read and write directly; the sandbox gets the writes
// of top-level code only. Around each run the two are made equal again: before it, a value
// changed on the sandbox since the last run wins; after it, the global's.
function syncBefore(global) {
  const names = declaredNames(global);
  if (names === undefined) return;
  const sandbox = sandboxOf.get(global);
  const last = syncedValues.get(global);
  for (const name of names) {
    if (!Object.hasOwn(sandbox, name)) continue;
    const value = sandbox[name];
    if (last === undefined || !last.has(name) || !Object.is(last.get(name), value)) {
      ownValue(global, name, value);
    }
  }
}

function syncAfter(global) {
  const names = declaredNames(global);
  if (names === undefined) return;
  const sandbox = sandboxOf.get(global);
  let last = syncedValues.get(global);
  if (last === undefined) syncedValues.set(global, last = new Map());
  for (const name of names) {
    const value = ownValue(global, name);
    if (!Object.hasOwn(sandbox, name) || !Object.is(sandbox[name], value)) {
      sandbox[name] = value;
    }
    last.set(name, value);
  }
}

function isContext(object) {
  validateObject(object, 'object', kValidateObjectAllowArray);
  return globalOf.has(object);
}

function validateImportModuleDynamically(value, name) {
  if (value === undefined || value === constants.USE_MAIN_CONTEXT_DEFAULT_LOADER) return;
  validateFunction(value, name);
}

function validateCachedData(value, name) {
  if (value !== undefined && !ArrayBuffer.isView(value)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['Buffer', 'TypedArray', 'DataView'], value);
  }
}

function createContext(contextObject = {}, options = kEmptyObject) {
  if (contextObject !== constants.DONT_CONTEXTIFY && isContext(contextObject)) {
    return contextObject;
  }
  validateObject(options, 'options');
  const {
    name, origin, codeGeneration, microtaskMode, importModuleDynamically,
  } = options;
  if (name !== undefined) validateString(name, 'options.name');
  if (origin !== undefined) validateString(origin, 'options.origin');
  let allowStrings = true;
  if (codeGeneration !== undefined) {
    validateObject(codeGeneration, 'options.codeGeneration');
    const { strings = true, wasm = true } = codeGeneration;
    validateBoolean(strings, 'options.codeGeneration.strings');
    validateBoolean(wasm, 'options.codeGeneration.wasm');
    allowStrings = strings;
  }
  validateOneOf(microtaskMode, 'options.microtaskMode', ['afterEvaluate', undefined]);
  validateImportModuleDynamically(importModuleDynamically, 'options.importModuleDynamically');
  if (contextObject === constants.DONT_CONTEXTIFY) {
    const global = makeContext(undefined, allowStrings);
    installStacks(global);
    allowGlobalPrototype(global.Object, global.Reflect);
    globalOf.set(global, global);
    return global;
  }
  const global = makeContext(contextObject, allowStrings);
  prepareContextGlobal(global);
  globalOf.set(contextObject, global);
  sandboxOf.set(global, contextObject);
  return contextObject;
}

// V8-style stacks for a contextified sandbox's own error constructors (internal/stack), read
// and replaced on its global itself, past the sandbox; and a global that takes a new
// [[Prototype]] (internal/global_prototype).
function prepareContextGlobal(global) {
  installStacks(global, (name) => ownValue(global, name),
    (name, value) => ownValue(global, name, value));
  allowGlobalPrototype(ownValue(global, 'Object'), ownValue(global, 'Reflect'));
}

// The global of a contextified object, or Node's error.
function contextGlobal(contextifiedObject) {
  validateObject(contextifiedObject, 'object', kValidateObjectAllowArray);
  const global = globalOf.get(contextifiedObject);
  if (global === undefined) {
    throw new ERR_INVALID_ARG_TYPE('contextifiedObject', 'vm.Context', contextifiedObject);
  }
  return global;
}

// The options of runIn*Context: a string is the filename (Node's older signature).
function runOptions(options) {
  if (options === undefined || typeof options === 'string') return kEmptyObject;
  validateObject(options, 'options');
  const { displayErrors = true, breakOnSigint = false, timeout } = options;
  validateBoolean(displayErrors, 'options.displayErrors');
  validateBoolean(breakOnSigint, 'options.breakOnSigint');
  if (timeout !== undefined) validateUint32(timeout, 'options.timeout', true);
  return options;
}

// createContext's options from runInNewContext's.
function newContextOptions(options) {
  if (options === undefined || typeof options === 'string') return kEmptyObject;
  validateObject(options, 'options');
  const {
    contextName: name, contextOrigin: origin, contextCodeGeneration: codeGeneration,
    microtaskMode, importModuleDynamically,
  } = options;
  return { name, origin, codeGeneration, microtaskMode, importModuleDynamically };
}

// Cached data: what createCachedData() returns for a source.
function sourceHash(source) {
  let h = 0x811c9dc5;
  for (let i = 0; i < source.length; i++) {
    h = Math.imul(h ^ source.charCodeAt(i), 0x01000193);
  }
  return h >>> 0;
}

function makeCachedData(source) {
  const data = Buffer.alloc(16);
  data.write('LODEVM01', 0, 'latin1');
  data.writeUInt32LE(source.length >>> 0, 8);
  data.writeUInt32LE(sourceHash(source), 12);
  return data;
}

function cachedDataMatches(data, source) {
  if (data.byteLength !== 16) return false;
  const bytes = Buffer.from(data.buffer, data.byteOffset, 16);
  return bytes.toString('latin1', 0, 8) === 'LODEVM01' &&
    bytes.readUInt32LE(8) === source.length >>> 0 &&
    bytes.readUInt32LE(12) === sourceHash(source);
}

// `//# sourceMappingURL=` / `//# sourceURL=` magic comments (the last one wins).
const kMagicComment =
  /\/[*/][#@][ \t]+(sourceMappingURL|sourceURL)=([^\s'"*]+)[ \t]*(?:\*\/[ \t]*)?$/gm;

function magicComments(source) {
  const found = { sourceURL: undefined, sourceMappingURL: undefined };
  if (!source.includes('URL=')) return found;
  for (const m of source.matchAll(kMagicComment)) found[m[1]] = m[2];
  return found;
}

// Node shows `file:line`, the source line and a caret above a SyntaxError's message, and
// above an error thrown by the script when displayErrors is on.
function decorate(err, source, filename, lineOffset, columnOffset) {
  if (err === null || typeof err !== 'object') return;
  let stack;
  // Where the error happened: its first frame in this script (V8's columns), or else the
  // engine's own line (a SyntaxError, or an error without such a frame).
  let line;
  let frameColumn;
  const fatal = require('internal/process/fatal');
  try {
    if (err[fatal.kDecorated]) return;
    if (err.sourceURL !== undefined && err.sourceURL !== filename) return;
    const { toV8Stack } = require('internal/stack');
    stack = toV8Stack(err);
    if (typeof stack !== 'string') stack = `${err.name}: ${err.message}`;
    const frame = err.name === 'SyntaxError' ? undefined :
      fatal.firstFrameWhere(stack, (file) => file === filename);
    if (frame !== undefined) {
      ({ line, column: frameColumn } = frame);
    } else if (typeof err.line === 'number') {
      line = err.line;
    } else {
      return;
    }
  } catch {
    return;
  }
  const text = source.split('\n', line - lineOffset)[line - lineOffset - 1];
  let header = `${filename}:${line}\n`;
  if (text !== undefined) {
    const src = text.replace(/\r$/, '');
    let column = 1;
    const token = /'([^']+)'/.exec(err.message)?.[1];
    if (err.name === 'SyntaxError' && token !== undefined && src.includes(token)) {
      column = src.lastIndexOf(token) + 1;
    } else if (frameColumn !== undefined) {
      const inLine = Math.max(1, frameColumn - (line === lineOffset + 1 ? columnOffset : 0));
      column = fatal.throwSiteColumn(src, inLine);
    } else if (err.name !== 'SyntaxError' && typeof err.column === 'number') {
      column = Math.max(1, err.column - (line === lineOffset + 1 ? columnOffset : 0));
    }
    column = Math.min(column, src.length + 1);
    header += `${src}\n${src.slice(0, column - 1).replace(/[^\t]/g, ' ')}^\n\n`;
  }
  for (const key of ['line', 'column', 'sourceURL']) {
    if (Object.hasOwn(err, key)) {
      try {
        Object.defineProperty(err, key, { enumerable: false });
      } catch {
        // A frozen error keeps what it has.
      }
    }
  }
  try {
    Object.defineProperty(err, 'stack', {
      value: header + stack, writable: true, enumerable: false, configurable: true,
    });
    Object.defineProperty(err, fatal.kDecorated, { value: true });
  } catch {
    // As above.
  }
}

// False while vm.runInThisContext() makes its Script: the run that follows reports a
// syntax error the same way (in this realm), so the code is parsed once instead of twice.
let checkNextScript = true;

class Script {
  #source;
  #filename;
  #lineOffset;
  #columnOffset;

  constructor(code, options = kEmptyObject) {
    code = `${code}`;
    if (typeof options === 'string') options = { filename: options };
    else validateObject(options, 'options');
    const {
      filename = kDefaultFilename, lineOffset = 0, columnOffset = 0, cachedData,
      produceCachedData = false, importModuleDynamically,
    } = options;
    validateString(filename, 'options.filename');
    validateInt32(lineOffset, 'options.lineOffset');
    validateInt32(columnOffset, 'options.columnOffset');
    validateCachedData(cachedData, 'options.cachedData');
    validateBoolean(produceCachedData, 'options.produceCachedData');
    validateImportModuleDynamically(importModuleDynamically, 'options.importModuleDynamically');
    const source = columnOffset > 0 ? ' '.repeat(columnOffset) + code : code;
    if (checkNextScript) {
      try {
        checkSyntax(source, filename, lineOffset + 1);
      } catch (err) {
        decorate(err, code, filename, lineOffset, 0);
        throw err;
      }
    }
    checkNextScript = true;
    this.#source = source;
    this.#filename = filename;
    this.#lineOffset = lineOffset;
    this.#columnOffset = columnOffset > 0 ? columnOffset : 0;
    if (lineOffset >= 0 && lineOffset <= 10000) {
      rememberSource(filename, lineOffset === 0 ? source : '\n'.repeat(lineOffset) + source, 0);
    }
    const comments = magicComments(code);
    this.sourceURL = comments.sourceURL;
    this.sourceMapURL = comments.sourceMappingURL;
    if (cachedData !== undefined) this.cachedDataRejected = !cachedDataMatches(cachedData, code);
    if (produceCachedData) {
      this.cachedDataProduced = true;
      this.cachedData = makeCachedData(code);
    }
  }

  runInThisContext(options) {
    return this.#run(undefined, runOptions(options));
  }

  runInContext(contextifiedObject, options) {
    const global = contextGlobal(contextifiedObject);
    return this.#run(global, runOptions(options));
  }

  runInNewContext(contextObject, options) {
    const context = createContext(contextObject, newContextOptions(options));
    return this.runInContext(context, options);
  }

  createCachedData() {
    return makeCachedData(this.#source.slice(this.#columnOffset));
  }

  #run(global, { timeout, displayErrors = true }) {
    // Made before the run: see the timeout note at the top of this file.
    const timeoutError = timeout === undefined ? undefined :
      new ERR_SCRIPT_EXECUTION_TIMEOUT(timeout);
    const contextified = global !== undefined && sandboxOf.has(global);
    if (contextified) syncBefore(global);
    let result;
    try {
      result = evaluate(global, this.#source, this.#filename, this.#lineOffset + 1, timeout,
                        kTimedOut);
    } catch (err) {
      if (contextified) syncAfter(global);
      if (displayErrors) {
        decorate(err, this.#source.slice(this.#columnOffset), this.#filename, this.#lineOffset,
                 this.#columnOffset);
      }
      throw err;
    }
    if (contextified) syncAfter(global);
    if (result === kTimedOut) throw timeoutError;
    return result;
  }
}

function createScript(code, options) {
  return new Script(code, options);
}

function runInThisContext(code, options) {
  checkNextScript = false;
  let script;
  try {
    script = new Script(code, options);
  } finally {
    checkNextScript = true;
  }
  return script.runInThisContext(options);
}

function runInContext(code, contextifiedObject, options) {
  return createScript(code, options).runInContext(contextifiedObject, options);
}

function runInNewContext(code, contextObject, options) {
  return createScript(code, options).runInNewContext(contextObject, options);
}

function compileFunction(code, params = [], options = kEmptyObject) {
  validateString(code, 'code');
  if (!Array.isArray(params)) throw new ERR_INVALID_ARG_TYPE('params', 'Array', params);
  for (let i = 0; i < params.length; i++) validateString(params[i], `params[${i}]`);
  validateObject(options, 'options');
  const {
    filename = '', columnOffset = 0, lineOffset = 0, cachedData, produceCachedData = false,
    parsingContext, contextExtensions = [], importModuleDynamically,
  } = options;
  validateString(filename, 'options.filename');
  validateInt32(columnOffset, 'options.columnOffset');
  validateInt32(lineOffset, 'options.lineOffset');
  validateCachedData(cachedData, 'options.cachedData');
  validateBoolean(produceCachedData, 'options.produceCachedData');
  let global;
  if (parsingContext !== undefined) {
    if (typeof parsingContext !== 'object' || parsingContext === null ||
        !globalOf.has(parsingContext)) {
      throw new ERR_INVALID_ARG_TYPE('options.parsingContext', 'Context', parsingContext);
    }
    global = globalOf.get(parsingContext);
  }
  if (!Array.isArray(contextExtensions)) {
    throw new ERR_INVALID_ARG_TYPE('options.contextExtensions', 'Array', contextExtensions);
  }
  for (let i = 0; i < contextExtensions.length; i++) {
    validateObject(contextExtensions[i], `options.contextExtensions[${i}]`,
                   kValidateObjectAllowObjects);
  }
  validateImportModuleDynamically(importModuleDynamically, 'options.importModuleDynamically');

  // The body is compiled as the one script `(function (params) {body\n})` on the body's
  // first line, so its lines are exact. Context extensions are objects in scope around
  // the function: an outer sloppy function takes them and puts each in a `with`.
  let head = `(function (${params.join(', ')}) {`;
  let tail = '\n})';
  const extensions = contextExtensions.length;
  if (extensions > 0) {
    const names = [];
    for (let i = 0; i < extensions; i++) names.push(`$lodeVmExtension${i}`);
    head = `(function (${names.join(', ')}) { ${names.map((n) => `with (${n}) `).join('')}` +
      `return function (${params.join(', ')}) {`;
    tail = '\n}})';
  }
  // Frames on the body's first line report columns past the wrapper head.
  if (filename !== '' && lineOffset === 0 && columnOffset === 0) {
    rememberSource(filename, code, head.length);
  }
  let fn;
  try {
    fn = evaluate(global, head + code + tail, filename || kDefaultFilename, lineOffset + 1);
    // A body that closes the wrapper early (`}); more(); (function () {`) leaves some other
    // value or function as the result: the wrapper's own function is the only one whose
    // text spans the whole script but its parentheses. (The code such a body put between
    // has run by then: known limitation.)
    if (typeof fn !== 'function' ||
        FunctionPrototypeToString(fn).length !== head.length + code.length + tail.length - 2) {
      throw new SyntaxError('Unexpected token \'}\'');
    }
    if (extensions > 0) fn = fn(...contextExtensions);
  } catch (err) {
    decorate(err, code, filename || kDefaultFilename, lineOffset, head.length);
    throw err;
  }
  if (cachedData !== undefined) fn.cachedDataRejected = !cachedDataMatches(cachedData, code);
  if (produceCachedData) {
    fn.cachedDataProduced = true;
    fn.cachedData = makeCachedData(code);
  }
  return fn;
}

let warnedMeasureMemory = false;

function measureMemory(options = kEmptyObject) {
  if (!warnedMeasureMemory) {
    warnedMeasureMemory = true;
    process.emitWarning('vm.measureMemory is an experimental feature and might change at ' +
                        'any time', 'ExperimentalWarning');
  }
  validateObject(options, 'options');
  const { mode = 'summary', execution = 'default' } = options;
  validateOneOf(mode, 'options.mode', ['summary', 'detailed']);
  validateOneOf(execution, 'options.execution', ['default', 'eager']);
  // An estimate: the engine's heap as a whole, which holds every context's objects.
  const used = process.memoryUsage().heapUsed;
  const estimate = () => ({ jsMemoryEstimate: used, jsMemoryRange: [0, used] });
  const result = { total: estimate() };
  if (mode === 'detailed') {
    result.current = estimate();
    result.other = [];
  }
  return Promise.resolve(result);
}

module.exports = {
  Script,
  createContext,
  createScript,
  runInContext,
  runInNewContext,
  runInThisContext,
  isContext,
  compileFunction,
  measureMemory,
  constants,
};
