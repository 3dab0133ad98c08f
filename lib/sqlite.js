'use strict';
// node:sqlite — synchronous SQLite databases (DatabaseSync, StatementSync) over Debian's
// libsqlite3 (internalBinding('sqlite'), src/bindings/sqlite.c). Validation and Node's
// errors live here; the binding prepares, binds, steps and converts values.

const { stubMembers } = require('internal/stub');

// Making the binding does not load SQLite; its first call does.
const binding = internalBinding('sqlite');
const { runResult: shared } = binding;

const constants = {
  SQLITE_CHANGESET_OMIT: 0, SQLITE_CHANGESET_REPLACE: 1, SQLITE_CHANGESET_ABORT: 2,
  SQLITE_CHANGESET_DATA: 1, SQLITE_CHANGESET_NOTFOUND: 2, SQLITE_CHANGESET_CONFLICT: 3,
  SQLITE_CHANGESET_CONSTRAINT: 4, SQLITE_CHANGESET_FOREIGN_KEY: 5, SQLITE_OK: 0,
  SQLITE_DENY: 1, SQLITE_IGNORE: 2, SQLITE_CREATE_INDEX: 1, SQLITE_CREATE_TABLE: 2,
  SQLITE_CREATE_TEMP_INDEX: 3, SQLITE_CREATE_TEMP_TABLE: 4, SQLITE_CREATE_TEMP_TRIGGER: 5,
  SQLITE_CREATE_TEMP_VIEW: 6, SQLITE_CREATE_TRIGGER: 7, SQLITE_CREATE_VIEW: 8,
  SQLITE_DELETE: 9, SQLITE_DROP_INDEX: 10, SQLITE_DROP_TABLE: 11,
  SQLITE_DROP_TEMP_INDEX: 12, SQLITE_DROP_TEMP_TABLE: 13, SQLITE_DROP_TEMP_TRIGGER: 14,
  SQLITE_DROP_TEMP_VIEW: 15, SQLITE_DROP_TRIGGER: 16, SQLITE_DROP_VIEW: 17,
  SQLITE_INSERT: 18, SQLITE_PRAGMA: 19, SQLITE_READ: 20, SQLITE_SELECT: 21,
  SQLITE_TRANSACTION: 22, SQLITE_UPDATE: 23, SQLITE_ATTACH: 24, SQLITE_DETACH: 25,
  SQLITE_ALTER_TABLE: 26, SQLITE_REINDEX: 27, SQLITE_ANALYZE: 28, SQLITE_CREATE_VTABLE: 29,
  SQLITE_DROP_VTABLE: 30, SQLITE_FUNCTION: 31, SQLITE_SAVEPOINT: 32, SQLITE_COPY: 0,
  SQLITE_RECURSIVE: 33,
};

// SQLite's open flags (sqlite3.h).
const OPEN_READONLY = 0x1;
const OPEN_READWRITE = 0x2;
const OPEN_CREATE = 0x4;
const OPEN_URI = 0x40;

// Statement flags. The binding reads F_BIGINTS and F_NAMES (return the column names too);
// rows come from it as arrays of values, which become objects here unless F_ARRAYS.
const F_BIGINTS = 1;
const F_ARRAYS = 2;
const F_NAMES = 4;

// The operations of an aggregate's dispatcher (src/bindings/sqlite.c).
const AGG_STEP = 1;
const AGG_INVERSE = 2;
const AGG_VALUE = 3;

// A row's values as an object with a null prototype. (A store to '__proto__' on such an
// object makes an own property, as a column named so needs.)
function toObject(values, names) {
  const row = { __proto__: null };
  for (let i = 0; i < names.length; i++) row[names[i]] = values[i];
  return row;
}

// Node's sqlite errors come from its C++ layer: the message is bare (no "Invalid state: "
// prefix, no "Received ..." suffix) with a `code` property.
function makeError(Ctor, code, message) {
  const err = new Ctor(message);
  err.code = code;
  return err;
}
function argTypeError(message) {
  return makeError(TypeError, 'ERR_INVALID_ARG_TYPE', message);
}
function stateError(message) {
  return makeError(Error, 'ERR_INVALID_STATE', message);
}

function checkBoolean(value, name) {
  if (typeof value !== 'boolean') {
    throw argTypeError(`The "${name}" argument must be a boolean.`);
  }
}
function checkOptionalBoolean(options, key, fallback) {
  const value = options[key];
  if (value === undefined) return fallback;
  checkBoolean(value, `options.${key}`);
  return value;
}
function checkString(value, name) {
  if (typeof value !== 'string') {
    throw argTypeError(`The "${name}" argument must be a string.`);
  }
}

const kPathMessage = 'The "path" argument must be a string, Uint8Array, or URL without null bytes.';

// Returns [path, isUri] for a string, Uint8Array or file: URL.
function toPath(path) {
  let text;
  let uri = false;
  if (typeof path === 'string') {
    text = path;
  } else if (path instanceof Uint8Array) {
    text = Buffer.from(path.buffer, path.byteOffset, path.byteLength).toString();
  } else if (path !== null && typeof path === 'object' && typeof path.href === 'string' &&
             typeof path.protocol === 'string' && path instanceof URL) {
    if (path.protocol !== 'file:') {
      throw makeError(TypeError, 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file:');
    }
    text = path.href;
    uri = true;
  } else {
    throw argTypeError(kPathMessage);
  }
  if (text.includes('\0')) throw argTypeError(kPathMessage);
  return [text, uri];
}

const kHandle = Symbol('kHandle');
const kState = Symbol('kState');
const kToken = Symbol('kToken');

function invalidThis() {
  return makeError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type DatabaseSync');
}

function handleOf(db) {
  if (db === null || typeof db !== 'object' || !(kState in db)) throw invalidThis();
  const handle = db[kHandle];
  if (handle === null || !binding.isOpen(handle)) throw stateError('database is not open');
  return handle;
}

// DatabaseSync is a plain constructor function, so a call without `new` gets Node's
// ERR_CONSTRUCT_CALL_REQUIRED rather than the engine's class-constructor error.
function DatabaseSync(path, options = undefined) {
  if (new.target === undefined) {
    throw makeError(TypeError, 'ERR_CONSTRUCT_CALL_REQUIRED',
                    'Cannot call constructor without `new`');
  }
  const [location, uri] = toPath(path);
  let open = true;
  const state = {
    location, uri, readOnly: false, foreignKeys: true, dqs: false, allowExtension: false,
    extensionsEnabled: false, timeout: 0, flags: 0, allowBare: true, allowUnknown: false,
    defensive: true,
  };
  if (options !== undefined) {
    if (options === null || typeof options !== 'object') {
      throw argTypeError('The "options" argument must be an object.');
    }
    open = checkOptionalBoolean(options, 'open', true);
    state.readOnly = checkOptionalBoolean(options, 'readOnly', false);
    state.foreignKeys = checkOptionalBoolean(options, 'enableForeignKeyConstraints', true);
    state.dqs = checkOptionalBoolean(options, 'enableDoubleQuotedStringLiterals', false);
    state.allowExtension = checkOptionalBoolean(options, 'allowExtension', false);
    if (options.timeout !== undefined) {
      if (!Number.isInteger(options.timeout)) {
        throw argTypeError('The "options.timeout" argument must be an integer.');
      }
      state.timeout = options.timeout;
    }
    if (checkOptionalBoolean(options, 'readBigInts', false)) state.flags |= F_BIGINTS;
    if (checkOptionalBoolean(options, 'returnArrays', false)) state.flags |= F_ARRAYS;
    state.allowBare = checkOptionalBoolean(options, 'allowBareNamedParameters', true);
    state.allowUnknown = checkOptionalBoolean(options, 'allowUnknownNamedParameters', false);
    state.defensive = checkOptionalBoolean(options, 'defensive', true);
  }
  Object.defineProperty(this, kState, { value: state });
  Object.defineProperty(this, kHandle, { value: null, writable: true });
  if (open) openDatabase(this);
}

function openDatabase(db) {
  const s = db[kState];
  let flags = s.readOnly ? OPEN_READONLY : OPEN_READWRITE | OPEN_CREATE;
  if (s.uri) flags |= OPEN_URI;
  const handle = binding.open(s.location, flags, s.timeout, s.foreignKeys, s.dqs,
                              s.allowExtension, s.defensive);
  handle.fns = [];
  s.extensionsEnabled = s.allowExtension;
  db[kHandle] = handle;
}

const databaseMethods = {
  open() {
    if (this === null || typeof this !== 'object' || !(kState in this)) throw invalidThis();
    if (this[kHandle] !== null && binding.isOpen(this[kHandle])) {
      throw stateError('database is already open');
    }
    openDatabase(this);
  },

  close() {
    binding.close(handleOf(this));
    this[kHandle] = null;
  },

  prepare(sql) {
    const handle = handleOf(this);
    checkString(sql, 'sql');
    const stmt = binding.prepare(handle, sql);
    if (stmt === null) {
      throw makeError(TypeError, 'ERR_INVALID_ARG_VALUE', 'The SQL query contains no statements.');
    }
    return new StatementSync(kToken, this, handle, stmt);
  },

  exec(sql) {
    const handle = handleOf(this);
    checkString(sql, 'sql');
    binding.exec(handle, sql);
  },

  function(name, options, fn) {
    const handle = handleOf(this);
    checkString(name, 'name');
    if (fn === undefined) {
      fn = options;
      options = {};
    } else if (options === null || typeof options !== 'object') {
      throw argTypeError('The "options" argument must be an object.');
    }
    if (typeof fn !== 'function') {
      throw argTypeError('The "function" argument must be a function.');
    }
    const deterministic = checkOptionalBoolean(options, 'deterministic', false);
    const directOnly = checkOptionalBoolean(options, 'directOnly', false);
    const bigints = checkOptionalBoolean(options, 'useBigIntArguments', false);
    const varargs = checkOptionalBoolean(options, 'varargs', false);
    const index = handle.fns.length;
    handle.fns.push((args) => resultValue(fn(...args)));
    binding.createFunction(handle, name, varargs ? -1 : fn.length, deterministic, directOnly,
                           bigints, index, 0);
  },

  aggregate(name, options) {
    const handle = handleOf(this);
    // Node reads the options before it checks the name.
    const { start, step, result, inverse } = options;
    if (start === undefined) {
      throw argTypeError('The "options.start" argument must be a function or a primitive value.');
    }
    if (typeof step !== 'function') {
      throw argTypeError('The "options.step" argument must be a function.');
    }
    if (inverse !== undefined && typeof inverse !== 'function') {
      throw argTypeError('The "options.inverse" argument must be a function.');
    }
    // Node does not check the name's type: it uses its string form.
    name = String(name);
    const finish = typeof result === 'function' ? result : (acc) => acc;
    const initial = typeof start === 'function' ? start : () => start;
    // Each group's accumulator, by the id the binding gives the group (0: no row seen).
    const states = new Map();
    const current = (id) => (states.has(id) ? states.get(id) : initial());
    handle.fns.push((args, op, id) => {
      switch (op) {
        case AGG_STEP: states.set(id, step(current(id), ...args)); return undefined;
        case AGG_INVERSE: states.set(id, inverse(current(id), ...args)); return undefined;
        case AGG_VALUE: return resultValue(finish(current(id)));
        default: {
          const acc = current(id);
          states.delete(id);
          return resultValue(finish(acc));
        }
      }
    });
    const nargs = options.varargs ? -1 :
      Math.max(0, Math.max(step.length, inverse === undefined ? 0 : inverse.length) - 1);
    binding.createFunction(handle, name, nargs, Boolean(options.deterministic),
                           Boolean(options.directOnly), Boolean(options.useBigIntArguments),
                           handle.fns.length - 1, inverse === undefined ? 1 : 2);
  },

  location(dbName = 'main') {
    const handle = handleOf(this);
    checkString(dbName, 'dbName');
    return binding.location(handle, dbName);
  },

  enableLoadExtension(allow) {
    const handle = handleOf(this);
    checkBoolean(allow, 'allow');
    const s = this[kState];
    if (allow && !s.allowExtension) {
      throw stateError('Cannot enable extension loading because it was disabled at database ' +
                       'creation.');
    }
    binding.enableLoadExtension(handle, allow);
    s.extensionsEnabled = allow;
  },

  loadExtension(path, entryPoint = undefined) {
    const handle = handleOf(this);
    const s = this[kState];
    if (!s.allowExtension || !s.extensionsEnabled) {
      throw stateError('extension loading is not allowed');
    }
    checkString(path, 'path');
    if (entryPoint !== undefined) checkString(entryPoint, 'entryPoint');
    const message = binding.loadExtension(handle, path, entryPoint ?? null);
    if (message !== undefined) throw makeError(Error, 'ERR_LOAD_SQLITE_EXTENSION', message);
  },

  enableDefensive(active) {
    const handle = handleOf(this);
    checkBoolean(active, 'active');
    binding.enableDefensive(handle, active);
  },

  [Symbol.dispose]() {
    const handle = this[kHandle];
    if (handle != null && binding.isOpen(handle)) this.close();
  },
};

for (const name of Reflect.ownKeys(databaseMethods)) {
  Object.defineProperty(DatabaseSync.prototype, name, {
    value: databaseMethods[name], writable: true, configurable: true, enumerable: false,
  });
}
Object.defineProperties(DatabaseSync.prototype, {
  isOpen: {
    get() {
      const handle = this[kHandle];
      return handle != null && binding.isOpen(handle);
    },
    configurable: true,
  },
  isTransaction: {
    get() { return binding.isTransaction(handleOf(this)); },
    configurable: true,
  },
});
stubMembers(DatabaseSync.prototype, 'sqlite.DatabaseSync.prototype', {
  functions: ['createSession', 'applyChangeset', 'serialize', 'deserialize',
              'setAuthorizer', 'createTagStore'],
});

// A user function's result as the binding takes it: the bytes of a DataView or ArrayBuffer.
function resultValue(value) {
  if (value !== null && typeof value === 'object') {
    if (value instanceof DataView) {
      return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    }
    if (isArrayBuffer(value)) return new Uint8Array(value);
  }
  return value;
}

// Node's RANGE error for a positional argument beyond the statement's parameters.
function rangeError() {
  const err = makeError(Error, 'ERR_SQLITE_ERROR', 'column index out of range');
  err.errcode = 25;
  err.errstr = 'column index out of range';
  return err;
}

function isArrayBuffer(value) {
  return value instanceof ArrayBuffer ||
    (typeof SharedArrayBuffer === 'function' && value instanceof SharedArrayBuffer);
}

// Whether a first argument holds named parameters rather than a positional value.
function isNamedParameters(value) {
  return ((value !== null && typeof value === 'object') || typeof value === 'function') &&
    !ArrayBuffer.isView(value) && !isArrayBuffer(value);
}

// Returns value as the binding takes it: booleans as the integers 1 and 0, a DataView or an
// ArrayBuffer as the bytes.
function bindable(value, index) {
  if (value === null) return value;
  switch (typeof value) {
    case 'number': case 'string': case 'bigint': return value;
    case 'boolean': return value ? 1n : 0n;
    case 'object':
      if (ArrayBuffer.isView(value)) {
        if (value instanceof DataView) {
          return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
        }
        return value;
      }
      if (isArrayBuffer(value)) return new Uint8Array(value);
  }
  throw argTypeError(`Provided value cannot be bound to SQLite parameter ${index}.`);
}

class StatementSync {
  #handle;
  #db; // the database's handle: keeps it alive as long as the statement
  #flags;
  #allowBare;
  #allowUnknown;
  #names = null; // parameter names by index (null for anonymous ones), read once
  #byName = null;
  #bare = null;
  #anonymousOnly = false;
  #columnNamesCache = null;
  #reprepares = -1;

  constructor(token, db, dbHandle, handle) {
    if (token !== kToken) throw makeError(Error, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
    const s = db[kState];
    this.#handle = handle;
    this.#db = dbHandle;
    this.#flags = s.flags;
    this.#allowBare = s.allowBare;
    this.#allowUnknown = s.allowUnknown;
  }

  // The bare-name map (name without its $, : or @ prefix -> parameter index), built the
  // first time a key does not name a parameter exactly.
  #bareNames() {
    if (this.#bare !== null) return this.#bare;
    const bare = new Map();
    const full = new Map();
    const names = this.#names;
    for (let i = 0; i < names.length; i++) {
      const name = names[i];
      if (name === null || name[0] === '?') continue;
      const key = name.slice(1);
      const seen = full.get(key);
      if (seen !== undefined && seen !== name) {
        throw stateError(`Cannot create bare named parameter '${key}' because of conflicting ` +
                         `names '${seen}' and '${name}'.`);
      }
      full.set(key, name);
      bare.set(key, i);
    }
    this.#bare = bare;
    return bare;
  }

  // The values to bind, as an array whose index i is parameter i + 1 (holes stay unbound).
  #values(args) {
    if (args.length === 0) return args;
    if (this.#names === null) {
      const names = binding.paramNames(this.#handle);
      this.#names = names;
      this.#byName = new Map();
      for (let i = 0; i < names.length; i++) {
        if (names[i] !== null) this.#byName.set(names[i], i);
      }
      this.#anonymousOnly = this.#byName.size === 0;
    }
    const names = this.#names;
    const first = args[0];
    // The common case: only `?` parameters, bound in order.
    if (this.#anonymousOnly && !isNamedParameters(first)) {
      if (args.length > names.length) throw rangeError();
      for (let i = 0; i < args.length; i++) args[i] = bindable(args[i], i + 1);
      return args;
    }
    const values = new Array(names.length);
    let start = 0;
    if (isNamedParameters(first)) {
      start = 1;
      for (const key of Object.keys(first)) {
        let index = this.#byName.get(key);
        if (index === undefined && this.#allowBare) index = this.#bareNames().get(key);
        if (index === undefined) {
          if (this.#allowUnknown) continue;
          throw stateError(`Unknown named parameter '${key}'`);
        }
        values[index] = bindable(first[key], index + 1);
      }
    }
    let index = 0;
    for (let i = start; i < args.length; i++) {
      while (index < names.length && names[index] !== null && names[index][0] !== '?') index++;
      if (index >= names.length) throw rangeError();
      values[index] = bindable(args[i], index + 1);
      index++;
    }
    return values;
  }

  run(...args) {
    const flags = this.#flags;
    const pair = binding.run(this.#handle, flags, ...this.#values(args));
    if (flags & F_BIGINTS) return { changes: pair[0], lastInsertRowid: pair[1] };
    return { changes: shared[0], lastInsertRowid: shared[1] };
  }

  // The column names, kept between calls while the statement is not re-prepared (after a
  // schema change its columns may differ): the binding reports its re-prepare count.
  #columnNames() {
    if (this.#columnNamesCache === null || shared[2] !== this.#reprepares) {
      this.#columnNamesCache = binding.columnNames(this.#handle);
      this.#reprepares = shared[2];
    }
    return this.#columnNamesCache;
  }

  get(...args) {
    const flags = this.#flags;
    if (flags & F_ARRAYS) return binding.get(this.#handle, flags, ...this.#values(args));
    if (this.#columnNamesCache === null) {
      const pair = binding.get(this.#handle, flags | F_NAMES, ...this.#values(args));
      if (pair === undefined) return pair;
      this.#columnNamesCache = pair[1];
      this.#reprepares = shared[2];
      return toObject(pair[0], pair[1]);
    }
    const values = binding.get(this.#handle, flags, ...this.#values(args));
    return values === undefined ? values : toObject(values, this.#columnNames());
  }

  all(...args) {
    const flags = this.#flags;
    if (flags & F_ARRAYS) return binding.all(this.#handle, flags, ...this.#values(args));
    let rows;
    let names;
    if (this.#columnNamesCache === null) {
      rows = binding.all(this.#handle, flags | F_NAMES, ...this.#values(args));
      names = rows.pop();
      this.#columnNamesCache = names;
      this.#reprepares = shared[2];
    } else {
      rows = binding.all(this.#handle, flags, ...this.#values(args));
      if (rows.length === 0) return rows;
      names = this.#columnNames();
    }
    for (let i = 0; i < rows.length; i++) rows[i] = toObject(rows[i], names);
    return rows;
  }

  iterate(...args) {
    binding.bind(this.#handle, 0, ...this.#values(args));
    return new StatementSyncIterator(kToken, this.#handle, this.#flags);
  }

  columns() {
    return binding.columns(this.#handle);
  }

  setReadBigInts(readBigInts) {
    this.#check();
    checkBoolean(readBigInts, 'readBigInts');
    this.#flags = readBigInts ? this.#flags | F_BIGINTS : this.#flags & ~F_BIGINTS;
  }

  setReturnArrays(returnArrays) {
    this.#check();
    checkBoolean(returnArrays, 'returnArrays');
    this.#flags = returnArrays ? this.#flags | F_ARRAYS : this.#flags & ~F_ARRAYS;
  }

  setAllowBareNamedParameters(enabled) {
    this.#check();
    checkBoolean(enabled, 'allowBareNamedParameters');
    this.#allowBare = enabled;
  }

  setAllowUnknownNamedParameters(enabled) {
    this.#check();
    checkBoolean(enabled, 'enabled');
    this.#allowUnknown = enabled;
  }

  get sourceSQL() {
    return binding.sourceSQL(this.#handle);
  }

  get expandedSQL() {
    return binding.expandedSQL(this.#handle);
  }

  // Throws "statement has been finalized" once the database was closed.
  #check() {
    binding.sourceSQL(this.#handle);
  }
}

// What iterate() returns: an Iterator (so the iterator helpers work) that steps the
// statement one row per next() and resets it when done or returned early.
const IteratorPrototype = typeof Iterator === 'function' ?
  Iterator.prototype : Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
class StatementSyncIterator {
  #handle;
  #flags;
  #done = false;
  #names = null; // the column names, read with the first row

  constructor(token, handle, flags) {
    if (token !== kToken) throw makeError(Error, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
    this.#handle = handle;
    this.#flags = flags;
  }

  next() {
    if (this.#done) return { __proto__: null, done: true, value: null };
    const flags = this.#flags;
    let row;
    if (flags & F_ARRAYS) {
      row = binding.step(this.#handle, flags);
    } else if (this.#names === null) {
      const pair = binding.step(this.#handle, flags | F_NAMES);
      if (pair !== null) {
        this.#names = pair[1];
        row = toObject(pair[0], pair[1]);
      } else {
        row = null;
      }
    } else {
      row = binding.step(this.#handle, flags);
      if (row !== null) row = toObject(row, this.#names);
    }
    if (row === null) {
      this.#done = true;
      return { __proto__: null, done: true, value: null };
    }
    return { __proto__: null, done: false, value: row };
  }

  return() {
    if (!this.#done) {
      this.#done = true;
      binding.reset(this.#handle);
    }
    return { __proto__: null, done: true, value: null };
  }
}
Object.setPrototypeOf(StatementSyncIterator.prototype, IteratorPrototype);

// backup(sourceDb, path[, options]) copies a database into the file at path; the promise
// settles with the number of pages copied.
function backup(sourceDb, path, options = undefined) {
  if (sourceDb === null || typeof sourceDb !== 'object') {
    throw argTypeError('The "sourceDb" argument must be an object.');
  }
  const handle = handleOf(sourceDb);
  const [target] = toPath(path);
  let source = 'main';
  let targetDb = 'main';
  let rate = 100;
  let progress;
  if (options !== undefined) {
    if (options === null || typeof options !== 'object') {
      throw argTypeError('The "options" argument must be an object.');
    }
    if (options.source !== undefined) {
      checkString(options.source, 'options.source');
      source = options.source;
    }
    if (options.target !== undefined) {
      checkString(options.target, 'options.target');
      targetDb = options.target;
    }
    if (options.rate !== undefined) {
      if (!Number.isInteger(options.rate)) {
        throw argTypeError('The "options.rate" argument must be an integer.');
      }
      rate = options.rate;
    }
    if (options.progress !== undefined) {
      if (typeof options.progress !== 'function') {
        throw argTypeError('The "options.progress" argument must be a function.');
      }
      progress = options.progress;
    }
  }
  // The copy runs now, on this thread (Node runs it on its thread pool); the promise
  // settles afterwards.
  let pages;
  try {
    pages = binding.backup(handle, target, source, targetDb, rate);
  } catch (err) {
    return Promise.reject(err);
  }
  return new Promise((resolve) => {
    if (progress !== undefined) progress({ totalPages: pages, remainingPages: 0 });
    resolve(pages);
  });
}

module.exports = stubMembers({ DatabaseSync, StatementSync, constants, backup }, 'sqlite', {
  classes: ['Session'],
});
// The module's list of stubs names the DatabaseSync methods still missing too.
const kStubs = Symbol.for('lode.stubs');
module.exports[kStubs].push(...DatabaseSync.prototype[kStubs]);
