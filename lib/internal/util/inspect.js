'use strict';

// util.inspect and util.format: the text Node prints for any value.
//
// The layout rules (when an object fits on one line, how short array items are grouped into
// aligned columns, when a long string is split) reproduce Node 24's output exactly, since
// programs and tests compare that text. The engine details Node reads from V8 (promise state,
// proxy target) come from internalBinding('util').

const binding = internalBinding('util');
const types = require('internal/util/types');

const {
  isAnyArrayBuffer,
  isArgumentsObject,
  isArrayBuffer,
  isAsyncFunction,
  isBigIntObject,
  isBooleanObject,
  isBoxedPrimitive,
  isDataView,
  isDate,
  isGeneratorFunction,
  isMap,
  isMapIterator,
  isModuleNamespaceObject,
  isNativeError,
  isNumberObject,
  isPromise,
  isRegExp,
  isSet,
  isSetIterator,
  isStringObject,
  isTypedArray,
  isWeakMap,
  isWeakSet,
  typedArrayName,
  isIndexKey,
  kMaxKeyScanLength,
} = types;

const {
  defineProperty,
  getOwnPropertyDescriptor,
  getOwnPropertyNames,
  getOwnPropertySymbols,
  getPrototypeOf,
  keys: objectKeys,
} = Object;
const hasOwn = Object.hasOwn;
const propertyIsEnumerable = Function.prototype.call.bind(Object.prototype.propertyIsEnumerable);
const functionToString = Function.prototype.call.bind(Function.prototype.toString);
const objectToString = Function.prototype.call.bind(Object.prototype.toString);
// The engine's Error, from an error it throws: reading the global Error would install V8-style
// stacks (internal/bootstrap/node), which inspecting no error needs.
const EngineError = (() => {
  try {
    null.toString();
  } catch (err) {
    return getPrototypeOf(getPrototypeOf(err)).constructor;
  }
})();
const dateToISOString = Function.prototype.call.bind(Date.prototype.toISOString);
const dateToString = Function.prototype.call.bind(Date.prototype.toString);
const dateGetTime = Function.prototype.call.bind(Date.prototype.getTime);
const regExpToString = Function.prototype.call.bind(RegExp.prototype.toString);
const symbolToString = Function.prototype.call.bind(Symbol.prototype.toString);
const mapSize = Function.prototype.call.bind(getOwnPropertyDescriptor(Map.prototype, 'size').get);
const setSize = Function.prototype.call.bind(getOwnPropertyDescriptor(Set.prototype, 'size').get);
const mapEntries = Function.prototype.call.bind(Map.prototype.entries);
const setValues = Function.prototype.call.bind(Set.prototype.values);
const typedArrayLength = Function.prototype.call.bind(
  getOwnPropertyDescriptor(getPrototypeOf(Uint8Array.prototype), 'length').get);
const arrayBufferByteLength = Function.prototype.call.bind(
  getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get);
const sharedArrayBufferByteLength = typeof SharedArrayBuffer === 'function' ?
  Function.prototype.call.bind(
    getOwnPropertyDescriptor(SharedArrayBuffer.prototype, 'byteLength').get) : null;
const dataViewProps = ['byteLength', 'byteOffset', 'buffer'];
const dataViewGetters = {};
for (const key of dataViewProps) {
  const get = getOwnPropertyDescriptor(DataView.prototype, key).get;
  dataViewGetters[key] = (view) => {
    try {
      return get.call(view);
    } catch {
      // A detached buffer has no length or offset.
      return 0;
    }
  };
}
const typedArrayProps = ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer'];

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

const inspectDefaultOptions = Object.seal({
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
});

// How a property is printed: as `key: value`, as a bare array item, or as an extra key of an
// array-like value (which also sets the indentation rules for compact mode).
const kObjectType = 0;
const kArrayType = 1;
const kArrayExtrasType = 2;

// Strings shorter than this are never split at their line breaks.
const kMinLineWidth = 16;

const identifierKey = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
const needsEscapeSingle =
  /[\x00-\x1f\x27\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const needsEscapeSingleAll =
  /[\x00-\x1f\x27\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const needsEscape =
  /[\x00-\x1f\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const needsEscapeAll =
  /[\x00-\x1f\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

// The escape for each code unit below 0xa0 that is escaped.
const escapes = [];
escapes[8] = '\\b';
escapes[9] = '\\t';
escapes[10] = '\\n';
escapes[12] = '\\f';
escapes[13] = '\\r';
escapes[0x27] = "\\'";
escapes[0x5c] = '\\\\';

function escapeChar(ch) {
  const code = ch.charCodeAt(0);
  if (code >= 0xa0) return `\\u${code.toString(16)}`;
  // The others below 0xa0 are made when first needed (a table made up front costs ~1M).
  return escapes[code] ??= `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`;
}

// Quotes a string the way Node does: single quotes unless the string contains one, then
// double quotes, then backticks, and escapes what remains ambiguous or invisible.
function strEscape(str) {
  let quote = "'";
  let test = needsEscapeSingle;
  let replacer = needsEscapeSingleAll;
  if (str.includes("'")) {
    if (!str.includes('"')) {
      quote = '"';
      test = needsEscape;
      replacer = needsEscapeAll;
    } else if (!str.includes('`') && !str.includes('${')) {
      quote = '`';
      test = needsEscape;
      replacer = needsEscapeAll;
    }
  }
  if (!test.test(str)) return `${quote}${str}${quote}`;
  return `${quote}${str.replace(replacer, escapeChar)}${quote}`;
}

// Names of the global constructors (Object, Map, Error...): a class found on the prototype
// chain under one of these names is the engine's, not the program's. The runtime's own
// globals (Buffer, URL, Blob...) are not: they start as lazy accessors, the engine's are
// data properties, except the error constructors (accessors until the first read installs
// V8-style stacks, internal/bootstrap/node). Listed on first use (~1.5M instructions: only
// showHidden and %s of objects ask).
let builtInObjects;

function isBuiltInName(name) {
  builtInObjects ??= new Set(
    getOwnPropertyNames(globalThis).filter((name) => /^[A-Z][a-zA-Z0-9]+$/.test(name) &&
      ('value' in getOwnPropertyDescriptor(globalThis, name) || name.endsWith('Error'))));
  return builtInObjects.has(name);
}

// -- Styles ---------------------------------------------------------------------------------

const colors = {
  __proto__: null,
  reset: [0, 0],
  bold: [1, 22],
  dim: [2, 22],
  italic: [3, 23],
  underline: [4, 24],
  blink: [5, 25],
  inverse: [7, 27],
  hidden: [8, 28],
  strikethrough: [9, 29],
  doubleunderline: [21, 24],
  black: [30, 39],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  blue: [34, 39],
  magenta: [35, 39],
  cyan: [36, 39],
  white: [37, 39],
  bgBlack: [40, 49],
  bgRed: [41, 49],
  bgGreen: [42, 49],
  bgYellow: [43, 49],
  bgBlue: [44, 49],
  bgMagenta: [45, 49],
  bgCyan: [46, 49],
  bgWhite: [47, 49],
  framed: [51, 54],
  overlined: [53, 55],
  gray: [90, 39],
  redBright: [91, 39],
  greenBright: [92, 39],
  yellowBright: [93, 39],
  blueBright: [94, 39],
  magentaBright: [95, 39],
  cyanBright: [96, 39],
  whiteBright: [97, 39],
  bgGray: [100, 49],
  bgRedBright: [101, 49],
  bgGreenBright: [102, 49],
  bgYellowBright: [103, 49],
  bgBlueBright: [104, 49],
  bgMagentaBright: [105, 49],
  bgCyanBright: [106, 49],
  bgWhiteBright: [107, 49],
};

const colorAliases = [
  ['grey', 'gray'],
  ['blackBright', 'gray'],
  ['bgGrey', 'bgGray'],
  ['bgBlackBright', 'bgGray'],
  ['faint', 'dim'],
  ['crossedout', 'strikethrough'],
  ['strikeThrough', 'strikethrough'],
  ['crossedOut', 'strikethrough'],
  ['conceal', 'hidden'],
  ['swapColors', 'inverse'],
  ['swapcolors', 'inverse'],
  ['doubleUnderline', 'doubleunderline'],
];
for (const [alias, target] of colorAliases) {
  defineProperty(colors, alias, {
    get() { return this[target]; },
    set(value) { defineProperty(this, target, { value, configurable: true, writable: true, enumerable: true }); },
    configurable: true,
    enumerable: false,
  });
}

const styles = Object.assign({ __proto__: null }, {
  special: 'cyan',
  number: 'yellow',
  bigint: 'yellow',
  boolean: 'yellow',
  undefined: 'grey',
  null: 'bold',
  string: 'green',
  symbol: 'green',
  date: 'magenta',
  regexp: 'red',
  module: 'underline',
});

function stylizeWithColor(str, styleType) {
  const style = styles[styleType];
  if (style !== undefined) {
    const color = colors[style];
    if (color !== undefined) return `\u001b[${color[0]}m${str}\u001b[${color[1]}m`;
  }
  return str;
}

function stylizeNoColor(str) {
  return str;
}

// -- Entry points ---------------------------------------------------------------------------

/**
 * Returns a string representation of `value` for debugging, as Node's util.inspect does.
 * `opts` is an options object or, in the legacy form, `showHidden` followed by depth and
 * colors as further arguments.
 */
function inspect(value, opts) {
  const ctx = {
    budget: {},
    indentationLvl: 0,
    seen: [],
    currentDepth: 0,
    stylize: stylizeNoColor,
    showHidden: inspectDefaultOptions.showHidden,
    depth: inspectDefaultOptions.depth,
    colors: inspectDefaultOptions.colors,
    customInspect: inspectDefaultOptions.customInspect,
    showProxy: inspectDefaultOptions.showProxy,
    maxArrayLength: inspectDefaultOptions.maxArrayLength,
    maxStringLength: inspectDefaultOptions.maxStringLength,
    breakLength: inspectDefaultOptions.breakLength,
    compact: inspectDefaultOptions.compact,
    sorted: inspectDefaultOptions.sorted,
    getters: inspectDefaultOptions.getters,
    numericSeparator: inspectDefaultOptions.numericSeparator,
    circular: undefined,
    userOptions: undefined,
  };
  if (arguments.length > 1) {
    if (arguments.length > 2) {
      if (arguments[2] !== undefined) ctx.depth = arguments[2];
      if (arguments.length > 3 && arguments[3] !== undefined) ctx.colors = arguments[3];
    }
    if (typeof opts === 'boolean') {
      ctx.showHidden = opts;
    } else if (opts) {
      for (const key of objectKeys(opts)) {
        if (hasOwn(inspectDefaultOptions, key) || key === 'stylize') {
          ctx[key] = opts[key];
        } else if (ctx.userOptions === undefined) {
          // Unknown options are handed on to custom inspect functions.
          ctx.userOptions = opts;
        }
      }
    }
  }
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  return formatValue(ctx, value, 0);
}

inspect.custom = customInspectSymbol;

defineProperty(inspect, 'defaultOptions', {
  get() {
    return inspectDefaultOptions;
  },
  set(options) {
    if (options === null || typeof options !== 'object') {
      const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    Object.assign(inspectDefaultOptions, options);
  },
  enumerable: true,
  configurable: true,
});

inspect.colors = colors;
inspect.styles = styles;

// -- Values ---------------------------------------------------------------------------------

function formatValue(ctx, value, recurseTimes, typedArray) {
  if (typeof value !== 'object' && typeof value !== 'function') {
    return formatPrimitive(ctx.stylize, value, ctx);
  }
  if (value === null) return ctx.stylize('null', 'null');

  const context = value;
  const proxy = binding.getProxyDetails(value);
  if (proxy !== undefined) {
    // A revoked proxy has lost its handler (and, in V8, its target too).
    if (proxy === null || proxy[0] === null || proxy[1] === null) {
      return ctx.stylize('<Revoked Proxy>', 'special');
    }
    if (ctx.showProxy) return formatProxy(ctx, proxy, recurseTimes);
    value = proxy[0];
  }

  if (ctx.customInspect) {
    const maybeCustom = value[customInspectSymbol];
    if (typeof maybeCustom === 'function' && maybeCustom !== inspect &&
        !(value.constructor && value.constructor.prototype === value)) {
      const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
      const isCrossContext = proxy !== undefined || !(context instanceof Object);
      const ret = maybeCustom.call(context, depth, getUserOptions(ctx, isCrossContext), inspect);
      if (ret !== context) {
        if (typeof ret !== 'string') return formatValue(ctx, ret, recurseTimes);
        return ret.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
      }
    }
  }

  if (ctx.seen.includes(value)) {
    let index = 1;
    if (ctx.circular === undefined) {
      ctx.circular = new Map();
      ctx.circular.set(value, index);
    } else {
      index = ctx.circular.get(value);
      if (index === undefined) {
        index = ctx.circular.size + 1;
        ctx.circular.set(value, index);
      }
    }
    return ctx.stylize(`[Circular *${index}]`, 'special');
  }

  return formatRaw(ctx, value, recurseTimes, typedArray);
}

// The options object a custom inspect function receives.
function getUserOptions(ctx, isCrossContext) {
  const ret = {
    stylize: ctx.stylize,
    showHidden: ctx.showHidden,
    depth: ctx.depth,
    colors: ctx.colors,
    customInspect: ctx.customInspect,
    showProxy: ctx.showProxy,
    maxArrayLength: ctx.maxArrayLength,
    maxStringLength: ctx.maxStringLength,
    breakLength: ctx.breakLength,
    compact: ctx.compact,
    sorted: ctx.sorted,
    getters: ctx.getters,
    numericSeparator: ctx.numericSeparator,
    ...ctx.userOptions,
  };
  if (isCrossContext) {
    // Objects from elsewhere must not reach our objects through the options.
    Object.setPrototypeOf(ret, null);
    for (const key of objectKeys(ret)) {
      if ((typeof ret[key] === 'object' || typeof ret[key] === 'function') && ret[key] !== null) {
        delete ret[key];
      }
    }
    ret.stylize = Object.setPrototypeOf((value, flavour) => {
      let stylized;
      try {
        stylized = `${ctx.stylize(value, flavour)}`;
      } catch {
        // Fall through to the unstyled value.
      }
      return typeof stylized === 'string' ? stylized : value;
    }, null);
  }
  return ret;
}

function formatProxy(ctx, proxy, recurseTimes) {
  if (ctx.depth !== null && recurseTimes > ctx.depth) {
    return ctx.stylize('Proxy [Array]', 'special');
  }
  recurseTimes += 1;
  ctx.indentationLvl += 2;
  const res = [
    formatValue(ctx, proxy[0], recurseTimes),
    formatValue(ctx, proxy[1], recurseTimes),
  ];
  ctx.indentationLvl -= 2;
  return reduceToSingleString(ctx, res, '', ['Proxy [', ']'], kArrayExtrasType, recurseTimes);
}

// The name of the nearest constructor on the prototype chain that really constructed this
// kind of object, or null for an object without prototype. With showHidden, collects the
// accessors that user-defined prototypes contribute into protoProps.
function getConstructorName(obj, ctx, recurseTimes, protoProps) {
  let firstProto;
  const tmp = obj;
  while (obj) {
    const descriptor = getOwnPropertyDescriptor(obj, 'constructor');
    if (descriptor !== undefined && typeof descriptor.value === 'function' &&
        descriptor.value.name !== '' && isInstanceof(tmp, descriptor.value)) {
      if (protoProps !== undefined &&
          (firstProto !== obj || !isBuiltInName(descriptor.value.name))) {
        addPrototypeProperties(ctx, tmp, firstProto || tmp, recurseTimes, protoProps);
      }
      return String(descriptor.value.name);
    }
    obj = getPrototypeOf(obj);
    if (firstProto === undefined) firstProto = obj;
  }
  if (firstProto === null) return null;

  const res = engineClassName(tmp);
  if (ctx.depth !== null && recurseTimes > ctx.depth) return `${res} <Complex prototype>`;
  const protoConstr = getConstructorName(firstProto, ctx, recurseTimes + 1, protoProps);
  if (protoConstr === null) {
    return `${res} <${inspect(firstProto, {
      ...ctx,
      customInspect: false,
      depth: -1,
    })}>`;
  }
  return `${res} <${protoConstr}>`;
}

// What V8 would call the object's class when no constructor on its chain claims it: a
// non-empty string Symbol.toStringTag held as a data property on the chain, else the kind
// of object.
function engineClassName(obj) {
  const tag = dataToStringTag(obj);
  if (tag !== undefined) return tag;
  if (Array.isArray(obj)) return 'Array';
  if (typeof obj === 'function') return 'Function';
  if (isNativeError(obj)) return 'Error';
  return 'Object';
}

// The first Symbol.toStringTag on the prototype chain when it is a data property holding a
// non-empty string (getters are not run), else undefined.
function dataToStringTag(obj) {
  try {
    for (; obj !== null; obj = getPrototypeOf(obj)) {
      const desc = getOwnPropertyDescriptor(obj, Symbol.toStringTag);
      if (desc !== undefined) {
        return typeof desc.value === 'string' && desc.value !== '' ? desc.value : undefined;
      }
    }
  } catch {
    // A proxy on the chain: no tag.
  }
  return undefined;
}

function isInstanceof(object, proto) {
  try {
    return object instanceof proto;
  } catch {
    return false;
  }
}

// Adds the accessors of up to three user-defined prototypes above `obj` (for showHidden).
function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
  let seenKeys;
  let keys;
  for (let depth = 0; depth < 3; depth++) {
    if (depth !== 0 || main === obj) {
      obj = getPrototypeOf(obj);
      if (obj === null) return;
      const descriptor = getOwnPropertyDescriptor(obj, 'constructor');
      if (descriptor !== undefined && typeof descriptor.value === 'function' &&
          isBuiltInName(descriptor.value.name)) {
        return;
      }
    }
    if (depth === 0) {
      seenKeys = new Set();
    } else {
      for (const key of keys) seenKeys.add(key);
    }
    keys = Reflect.ownKeys(obj);
    ctx.seen.push(main);
    for (const key of keys) {
      if (key === 'constructor' || hasOwn(main, key) || (depth !== 0 && seenKeys.has(key))) {
        continue;
      }
      const desc = getOwnPropertyDescriptor(obj, key);
      if (typeof desc.value === 'function') continue;
      const value = formatProperty(ctx, obj, recurseTimes, key, kObjectType, desc, main);
      output.push(ctx.colors ? `\u001b[2m${value}\u001b[22m` : value);
    }
    ctx.seen.pop();
  }
}

// The name in "[Name: null prototype]" of an object without prototype: its own tag when
// that is printed with the keys (so not as a prefix), as Node shows it.
function plainObjectName(value, constructor, tag) {
  if (constructor !== null || tag !== '') return 'Object';
  return dataToStringTag(value) ?? 'Object';
}

function getPrefix(constructor, tag, fallback, size = '') {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
    return `[${fallback}${size}: null prototype] `;
  }
  // Node leaves out a tag that a constructor's name already contains (class MyMap extends
  // Map, ObjHolder with tag 'Obj'), but not after a name found past the prototypes
  // (`Name <[Object: null prototype] ...>`).
  const named = constructor.endsWith('>') ? constructor === tag : constructor.includes(tag);
  if (tag !== '' && !named) return `${constructor}${size} [${tag}] `;
  return `${constructor}${size} `;
}

// The own keys to print: enumerable ones (symbols included), or all with showHidden.
function getKeys(value, showHidden) {
  let keys;
  const symbols = getOwnPropertySymbols(value);
  if (showHidden) {
    keys = getOwnPropertyNames(value);
    if (symbols.length !== 0) keys.push(...symbols);
  } else {
    keys = objectKeys(value);
    for (const symbol of symbols) {
      if (propertyIsEnumerable(value, symbol)) keys.push(symbol);
    }
  }
  return keys;
}


// The own keys of an array-like value that are not indices.
function getOwnNonIndexProperties(value, showHidden, length) {
  const keys = [];
  if (!showHidden && length > kMaxKeyScanLength) {
    for (const symbol of getOwnPropertySymbols(value)) {
      if (propertyIsEnumerable(value, symbol)) keys.push(symbol);
    }
    return keys;
  }
  const names = showHidden ? getOwnPropertyNames(value) : objectKeys(value);
  for (let i = 0; i < names.length; i++) {
    if (!isIndexKey(names[i])) keys.push(names[i]);
  }
  for (const symbol of getOwnPropertySymbols(value)) {
    if (showHidden || propertyIsEnumerable(value, symbol)) keys.push(symbol);
  }
  return keys;
}

function formatRaw(ctx, value, recurseTimes, typedArray) {
  let keys;
  let protoProps;
  if (ctx.showHidden && (ctx.depth === null || recurseTimes <= ctx.depth)) protoProps = [];

  const constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
  if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;

  let tag;
  try {
    tag = value[Symbol.toStringTag];
  } catch {
    // A throwing getter is no tag (the property still shows as [Getter]).
  }
  // A tag that is an own enumerable property is printed with the keys, not as a prefix.
  if (typeof tag !== 'string' ||
      (tag !== '' && (ctx.showHidden ? hasOwn(value, Symbol.toStringTag) :
        propertyIsEnumerable(value, Symbol.toStringTag)))) {
    tag = '';
  }

  let base = '';
  let formatter = getEmptyFormatArray;
  let braces;
  let noIterator = true;
  let extrasType = kObjectType;

  if (Symbol.iterator in value || constructor === null) {
    noIterator = false;
    if (Array.isArray(value)) {
      const prefix = (constructor !== 'Array' || tag !== '') ?
        getPrefix(constructor, tag, 'Array', `(${value.length})`) : '';
      keys = getOwnNonIndexProperties(value, ctx.showHidden, value.length);
      braces = [`${prefix}[`, ']'];
      if (value.length === 0 && keys.length === 0 && protoProps === undefined) {
        return `${braces[0]}]`;
      }
      extrasType = kArrayExtrasType;
      formatter = formatArray;
    } else if (isSet(value)) {
      const size = setSize(value);
      const prefix = getPrefix(constructor, tag, 'Set', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      formatter = formatSet;
      if (size === 0 && keys.length === 0 && protoProps === undefined) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if (isMap(value)) {
      const size = mapSize(value);
      const prefix = getPrefix(constructor, tag, 'Map', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      formatter = formatMap;
      if (size === 0 && keys.length === 0 && protoProps === undefined) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if (isTypedArray(value)) {
      const size = typedArrayLength(value);
      keys = getOwnNonIndexProperties(value, ctx.showHidden, size);
      const fallback = constructor === null ? typedArrayName(value) : '';
      const prefix = getPrefix(constructor, tag, fallback, `(${size})`);
      braces = [`${prefix}[`, ']'];
      if (size === 0 && keys.length === 0 && !ctx.showHidden) return `${braces[0]}]`;
      formatter = (c, v, r) => formatTypedArray(v, size, c, r);
      extrasType = kArrayExtrasType;
    } else if (isMapIterator(value)) {
      keys = getKeys(value, ctx.showHidden);
      braces = getIteratorBraces('Map', tag);
      formatter = formatUnknownItems;
    } else if (isSetIterator(value)) {
      keys = getKeys(value, ctx.showHidden);
      braces = getIteratorBraces('Set', tag);
      formatter = formatUnknownItems;
    } else {
      noIterator = true;
    }
  }

  if (noIterator) {
    keys = getKeys(value, ctx.showHidden);
    braces = ['{', '}'];
    if (typeof value === 'function') {
      base = getFunctionBase(ctx, value, constructor, tag);
      if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'special');
    } else if (constructor === 'Object') {
      if (isArgumentsObject(value)) {
        braces[0] = '[Arguments] {';
      } else if (tag !== '') {
        braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
      }
      if (keys.length === 0 && protoProps === undefined) return `${braces[0]}}`;
    } else if (isRegExp(value)) {
      base = regExpToString(constructor !== null ? value : new RegExp(value));
      const prefix = getPrefix(constructor, tag, 'RegExp');
      if (prefix !== 'RegExp ') base = `${prefix}${base}`;
      if ((keys.length === 0 && protoProps === undefined) ||
          (ctx.depth !== null && recurseTimes > ctx.depth)) {
        return ctx.stylize(base, 'regexp');
      }
    } else if (isDate(value)) {
      base = Number.isNaN(dateGetTime(value)) ? dateToString(value) : dateToISOString(value);
      const prefix = getPrefix(constructor, tag, 'Date');
      if (prefix !== 'Date ') base = `${prefix}${base}`;
      if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'date');
    } else if (isNativeError(value) || value instanceof EngineError) {
      base = formatError(value, constructor, tag, ctx, keys);
      if (keys.length === 0 && protoProps === undefined) return base;
    } else if (isAnyArrayBuffer(value)) {
      const arrayType = isArrayBuffer(value) ? 'ArrayBuffer' : 'SharedArrayBuffer';
      const prefix = getPrefix(constructor, tag, arrayType);
      if (typedArray === undefined) formatter = formatArrayBuffer;
      braces[0] = `${prefix}{`;
      const byteLength = arrayType === 'ArrayBuffer' ? arrayBufferByteLength(value) :
        sharedArrayBufferByteLength(value);
      keys.unshift(['byteLength', { value: byteLength, enumerable: false }]);
    } else if (isDataView(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'DataView')}{`;
      keys.unshift(...dataViewProps.map((key) => [key, {
        value: dataViewGetters[key](value),
        enumerable: false,
      }]));
    } else if (isPromise(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'Promise')}{`;
      formatter = formatPromise;
    } else if (isWeakSet(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'WeakSet')}{`;
      formatter = formatUnknownItems;
    } else if (isWeakMap(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'WeakMap')}{`;
      formatter = formatUnknownItems;
    } else if (isModuleNamespaceObject(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'Module')}{`;
      const names = keys;
      keys = [];
      formatter = (c, v, r) => formatNamespaceObject(names, c, v, r);
    } else if (isBoxedPrimitive(value)) {
      base = getBoxedBase(value, ctx, keys, constructor, tag);
      if (keys.length === 0 && protoProps === undefined) return base;
    } else {
      if (keys.length === 0 && protoProps === undefined) {
        return `${getPrefix(constructor, tag, plainObjectName(value, constructor, tag))}{}`;
      }
      braces[0] = `${getPrefix(constructor, tag, plainObjectName(value, constructor, tag))}{`;
    }
  }

  if (ctx.depth !== null && recurseTimes > ctx.depth) {
    let constructorName =
      getPrefix(constructor, tag, plainObjectName(value, constructor, tag)).slice(0, -1);
    if (constructor !== null) constructorName = `[${constructorName}]`;
    return ctx.stylize(constructorName, 'special');
  }
  recurseTimes += 1;

  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  let output;
  const indentationLvl = ctx.indentationLvl;
  try {
    output = formatter(ctx, value, recurseTimes);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (typeof key === 'object') {
        // [name, descriptor]: a prototype accessor shown as a hidden own property.
        output.push(formatProperty(ctx, value, recurseTimes, key[0], extrasType, key[1]));
      } else {
        output.push(formatProperty(ctx, value, recurseTimes, key, extrasType));
      }
    }
    if (protoProps !== undefined) output.push(...protoProps);
  } catch (err) {
    if (!isStackOverflowError(err)) throw err;
    ctx.seen.pop();
    ctx.indentationLvl = indentationLvl;
    const constructorName = getPrefix(constructor, tag, 'Object').slice(0, -1);
    return ctx.stylize(`[${constructorName}: Inspection interrupted prematurely. ` +
                       'Maximum call stack size exceeded.]', 'special');
  }

  if (ctx.circular !== undefined) {
    const index = ctx.circular.get(value);
    if (index !== undefined) {
      const reference = ctx.stylize(`<ref *${index}>`, 'special');
      if (ctx.compact !== true) {
        base = base === '' ? reference : `${reference} ${base}`;
      } else {
        braces[0] = `${reference} ${braces[0]}`;
      }
    }
  }
  ctx.seen.pop();

  if (ctx.sorted) {
    const comparator = ctx.sorted === true ? undefined : ctx.sorted;
    if (extrasType === kObjectType) {
      output.sort(comparator);
    } else if (keys.length > 1) {
      const sorted = output.slice(output.length - keys.length).sort(comparator);
      output.splice(output.length - keys.length, keys.length, ...sorted);
    }
  }

  const res = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
  // Stop descending once a huge amount of text has been produced at one level.
  const newLength = (ctx.budget[ctx.indentationLvl] || 0) + res.length;
  ctx.budget[ctx.indentationLvl] = newLength;
  if (newLength > 2 ** 27) ctx.depth = -1;
  return res;
}

function isStackOverflowError(err) {
  return err instanceof RangeError && /call stack/i.test(err.message);
}

function getIteratorBraces(type, tag) {
  if (tag !== `${type} Iterator`) {
    return [`[${tag === '' ? `${type} Iterator` : tag}] {`, '}'];
  }
  return [`[${tag}] {`, '}'];
}

function getEmptyFormatArray() {
  return [];
}

// The engine offers no way to read a weak collection's or an iterator's items without
// consuming them.
function formatUnknownItems(ctx) {
  return [ctx.stylize('<items unknown>', 'special')];
}

// Whether `str` (a class's source) is a class declaration rather than a method named class.
// Made by the first class shown: a Unicode property class in a regular expression literal
// costs ~2.2M instructions where the literal is evaluated.
let classSource;

function getFunctionBase(ctx, value, constructor, tag) {
  let source;
  try {
    source = functionToString(value);
  } catch {
    source = '';
  }
  if (source.startsWith('class') && source.endsWith('}') &&
      (classSource ??=
        /^class(?=[\s{/])(?:\s|\/\*[\s\S]*?\*\/|\/\/[^\n]*\n)*[{\p{ID_Start}$_]/u).test(source)) {
    return getClassBase(value, constructor, tag);
  }
  let type = 'Function';
  if (isGeneratorFunction(value)) type = `Generator${type}`;
  if (isAsyncFunction(value)) type = `Async${type}`;
  let base = `[${type}`;
  if (constructor === null) base += ' (null prototype)';
  if (value.name === '') {
    base += ' (anonymous)';
  } else {
    base += `: ${typeof value.name === 'string' ? value.name : formatValue(ctx, value.name, 0)}`;
  }
  base += ']';
  if (constructor !== type && constructor !== null) base += ` ${constructor}`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  return base;
}

function getClassBase(value, constructor, tag) {
  const name = hasOwn(value, 'name') && value.name;
  let base = `[class ${name ? String(name) : '(anonymous)'}`;
  if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  if (constructor !== null) {
    const superName = getPrototypeOf(value).name;
    if (superName) base += ` extends ${superName}`;
  } else {
    base += ' extends [null prototype]';
  }
  return `${base}]`;
}

function getBoxedBase(value, ctx, keys, constructor, tag) {
  let type;
  let primitive;
  if (isNumberObject(value)) {
    type = 'Number';
    primitive = Number.prototype.valueOf.call(value);
  } else if (isStringObject(value)) {
    type = 'String';
    primitive = String.prototype.valueOf.call(value);
    // The characters are own index properties; they are shown as the value instead.
    keys.splice(0, primitive.length);
  } else if (isBooleanObject(value)) {
    type = 'Boolean';
    primitive = Boolean.prototype.valueOf.call(value);
  } else if (isBigIntObject(value)) {
    type = 'BigInt';
    primitive = BigInt.prototype.valueOf.call(value);
  } else {
    type = 'Symbol';
    primitive = Symbol.prototype.valueOf.call(value);
  }
  let base = `[${type}`;
  if (type !== constructor) {
    base += constructor === null ? ' (null prototype)' : ` (${constructor})`;
  }
  base += `: ${formatPrimitive(stylizeNoColor, primitive, ctx)}]`;
  if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
  if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
  return ctx.stylize(base, type.toLowerCase());
}

// -- Errors ---------------------------------------------------------------------------------

// Errors are formatted by internal/util/inspect_error, loaded by the first error shown.
let errorModule;

function formatError(err, constructor, tag, ctx, keys) {
  if (errorModule === undefined) {
    errorModule = require('internal/util/inspect_error');
    errorModule.setup({ inspect, getPrefix });
  }
  return errorModule.formatError(err, constructor, tag, ctx, keys);
}

// -- Primitives -----------------------------------------------------------------------------

function addNumericSeparator(integerString) {
  let result = '';
  let i = integerString.length;
  const start = integerString.startsWith('-') ? 1 : 0;
  for (; i >= start + 4; i -= 3) result = `_${integerString.slice(i - 3, i)}${result}`;
  return i === integerString.length ? integerString : `${integerString.slice(0, i)}${result}`;
}

function addNumericSeparatorEnd(fraction) {
  let result = '';
  let i = 0;
  for (; i < fraction.length - 3; i += 3) result += `${fraction.slice(i, i + 3)}_`;
  return i === 0 ? fraction : `${result}${fraction.slice(i)}`;
}

function formatNumber(fn, number, numericSeparator) {
  if (!numericSeparator) {
    if (Object.is(number, -0)) return fn('-0', 'number');
    return fn(`${number}`, 'number');
  }
  if (Object.is(number, -0)) return fn('-0', 'number');
  const string = `${number}`;
  if (!Number.isFinite(number) || string.includes('e')) return fn(string, 'number');
  const dot = string.indexOf('.');
  if (dot === -1) return fn(addNumericSeparator(string), 'number');
  return fn(`${addNumericSeparator(string.slice(0, dot))}.` +
            `${addNumericSeparatorEnd(string.slice(dot + 1))}`, 'number');
}

function formatBigInt(fn, bigint, numericSeparator) {
  const string = `${bigint}`;
  return fn(`${numericSeparator ? addNumericSeparator(string) : string}n`, 'bigint');
}

function formatPrimitive(fn, value, ctx) {
  switch (typeof value) {
    case 'string': {
      let trailer = '';
      if (value.length > ctx.maxStringLength) {
        const remaining = value.length - ctx.maxStringLength;
        value = value.slice(0, ctx.maxStringLength);
        trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
      }
      if (ctx.compact !== true && value.length > kMinLineWidth &&
          value.length > ctx.breakLength - ctx.indentationLvl - 4) {
        // Long text is shown one line per source line, joined with `+`.
        return value.split(/(?<=\n)/)
          .map((line) => fn(strEscape(line), 'string'))
          .join(` +\n${' '.repeat(ctx.indentationLvl + 2)}`) + trailer;
      }
      return fn(strEscape(value), 'string') + trailer;
    }
    case 'number':
      return formatNumber(fn, value, ctx.numericSeparator);
    case 'bigint':
      return formatBigInt(fn, value, ctx.numericSeparator);
    case 'boolean':
      return fn(`${value}`, 'boolean');
    case 'undefined':
      return fn('undefined', 'undefined');
    default:
      return fn(symbolToString(value), 'symbol');
  }
}

// -- Collections ----------------------------------------------------------------------------

function remainingText(remaining) {
  return `... ${remaining} more item${remaining > 1 ? 's' : ''}`;
}

function formatArray(ctx, value, recurseTimes) {
  const valLen = value.length;
  const len = Math.min(Math.max(0, ctx.maxArrayLength), valLen);
  const remaining = valLen - len;
  const output = [];
  for (let i = 0; i < len; i++) {
    const desc = getOwnPropertyDescriptor(value, i);
    if (desc === undefined) return formatSparseArray(ctx, value, recurseTimes, len, output, i);
    output.push(formatProperty(ctx, value, recurseTimes, i, kArrayType, desc));
  }
  if (remaining > 0) output.push(remainingText(remaining));
  return output;
}

// Continues formatArray from the first hole at `index`: runs of holes read "<n empty items>".
function formatSparseArray(ctx, value, recurseTimes, maxLength, output, index) {
  const keys = objectKeys(value);
  // Object.keys lists the indices first, in order; the first `index` of them are done.
  let i = index;
  for (; i < keys.length && output.length < maxLength; i++) {
    const key = keys[i];
    if (!isIndexKey(key)) break;
    const position = +key;
    if (position !== index) {
      const emptyItems = position - index;
      output.push(ctx.stylize(`<${emptyItems} empty item${emptyItems > 1 ? 's' : ''}>`,
                              'undefined'));
      index = position;
      if (output.length === maxLength) break;
    }
    output.push(formatProperty(ctx, value, recurseTimes, key, kArrayType));
    index++;
  }
  const remaining = value.length - index;
  if (output.length !== maxLength) {
    if (remaining > 0) {
      output.push(ctx.stylize(`<${remaining} empty item${remaining > 1 ? 's' : ''}>`,
                              'undefined'));
    }
  } else if (remaining > 0) {
    output.push(remainingText(remaining));
  }
  return output;
}

function formatTypedArray(value, length, ctx, recurseTimes) {
  const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const remaining = length - maxLength;
  const output = new Array(maxLength);
  const bigint = length > 0 && typeof value[0] === 'bigint';
  for (let i = 0; i < maxLength; ++i) {
    output[i] = bigint ? formatBigInt(ctx.stylize, value[i], ctx.numericSeparator) :
      formatNumber(ctx.stylize, value[i], ctx.numericSeparator);
  }
  if (remaining > 0) output[maxLength] = remainingText(remaining);
  if (ctx.showHidden) {
    // Shown like hidden own properties although they are prototype getters.
    ctx.indentationLvl += 2;
    for (const key of typedArrayProps) {
      const str = formatValue(ctx, value[key], recurseTimes, true);
      output.push(`[${key}]: ${str}`);
    }
    ctx.indentationLvl -= 2;
  }
  return output;
}

// '00'..'ff', made by the first array buffer shown (256 padStart calls cost ~0.3M
// instructions wherever inspect is loaded).
let hexBytes;

function formatArrayBuffer(ctx, value) {
  let bytes;
  try {
    bytes = new Uint8Array(value);
  } catch {
    return [ctx.stylize('(detached)', 'special')];
  }
  if (hexBytes === undefined) {
    hexBytes = [];
    for (let i = 0; i < 256; i++) hexBytes.push(i.toString(16).padStart(2, '0'));
  }
  const shown = Math.min(ctx.maxArrayLength, bytes.length);
  let str = '';
  for (let i = 0; i < shown; i++) str += i === 0 ? hexBytes[bytes[i]] : ` ${hexBytes[bytes[i]]}`;
  const remaining = bytes.length - ctx.maxArrayLength;
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${str}>`];
}

function formatSet(ctx, value, recurseTimes) {
  const length = setSize(value);
  const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const remaining = length - maxLength;
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const item of setValues(value)) {
    if (i >= maxLength) break;
    output.push(formatValue(ctx, item, recurseTimes));
    i++;
  }
  if (remaining > 0) output.push(remainingText(remaining));
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(ctx, value, recurseTimes) {
  const length = mapSize(value);
  const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const remaining = length - maxLength;
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const { 0: k, 1: v } of mapEntries(value)) {
    if (i >= maxLength) break;
    output.push(`${formatValue(ctx, k, recurseTimes)} => ${formatValue(ctx, v, recurseTimes)}`);
    i++;
  }
  if (remaining > 0) output.push(remainingText(remaining));
  ctx.indentationLvl -= 2;
  return output;
}

function formatPromise(ctx, value, recurseTimes) {
  const details = binding.getPromiseState(value);
  if (details === undefined) return formatUnknownItems(ctx);
  const { 0: state, 1: result } = details;
  if (state === 0) return [ctx.stylize('<pending>', 'special')];
  ctx.indentationLvl += 2;
  const str = formatValue(ctx, result, recurseTimes);
  ctx.indentationLvl -= 2;
  return [state === 2 ? `${ctx.stylize('<rejected>', 'special')} ${str}` : str];
}

// Namespace bindings are read by value (the loader may implement them as getters); a binding
// still in its temporal dead zone reads "<uninitialized>".
function formatNamespaceObject(keys, ctx, value, recurseTimes) {
  const output = new Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    let item;
    try {
      item = value[keys[i]];
    } catch (err) {
      if (!(isNativeError(err) && err.name === 'ReferenceError')) throw err;
      const str = formatProperty(ctx, { [keys[i]]: '' }, recurseTimes, keys[i], kObjectType);
      output[i] = str.slice(0, str.lastIndexOf(' ') + 1) + ctx.stylize('<uninitialized>', 'special');
      continue;
    }
    output[i] = formatProperty(ctx, value, recurseTimes, keys[i], kObjectType,
                               { value: item, enumerable: true });
  }
  return output;
}

function formatProperty(ctx, value, recurseTimes, key, type, desc, original = value) {
  let name;
  let str;
  let extra = ' ';
  desc = desc || getOwnPropertyDescriptor(value, key) || { value: value[key], enumerable: true };
  if (desc.value !== undefined) {
    const diff = (ctx.compact !== true || type !== kObjectType) ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, recurseTimes);
    if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors)) {
      extra = `\n${' '.repeat(ctx.indentationLvl)}`;
    }
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
    const s = ctx.stylize;
    const sp = 'special';
    if (ctx.getters && (ctx.getters === true ||
          (ctx.getters === 'get' && desc.set === undefined) ||
          (ctx.getters === 'set' && desc.set !== undefined))) {
      ctx.indentationLvl += 2;
      try {
        const tmp = desc.get.call(original);
        if (tmp === null) {
          str = `${s(`[${label}:`, sp)} ${s('null', 'null')}${s(']', sp)}`;
        } else if (typeof tmp === 'object') {
          str = `${s(`[${label}]`, sp)} ${formatValue(ctx, tmp, recurseTimes)}`;
        } else {
          str = `${s(`[${label}:`, sp)} ${formatPrimitive(s, tmp, ctx)}${s(']', sp)}`;
        }
      } catch (err) {
        const message = `<Inspection threw (${formatValue(ctx, err, recurseTimes)})>`;
        str = `${s(`[${label}:`, sp)} ${message}${s(']', sp)}`;
      }
      ctx.indentationLvl -= 2;
    } else {
      str = ctx.stylize(`[${label}]`, sp);
    }
  } else if (desc.set !== undefined) {
    str = ctx.stylize('[Setter]', 'special');
  } else {
    str = ctx.stylize('undefined', 'undefined');
  }
  if (type === kArrayType) return str;

  if (typeof key === 'symbol') {
    name = ctx.stylize(symbolToString(key), 'symbol');
  } else if (key === '__proto__') {
    name = "['__proto__']";
  } else if (identifierKey.test(key)) {
    name = ctx.stylize(key, 'name');
  } else {
    name = ctx.stylize(strEscape(key), 'string');
  }
  if (desc.enumerable === false) name = `[${name}]`;
  return `${name}:${extra}${str}`;
}

// -- Layout ---------------------------------------------------------------------------------

function isBelowBreakLength(ctx, output, start, base) {
  // Each entry is followed by a separator, so count one character per entry as well.
  let totalLength = output.length + start;
  if (totalLength + output.length > ctx.breakLength) return false;
  for (let i = 0; i < output.length; i++) {
    totalLength += ctx.colors ? removeColors(output[i]).length : output[i].length;
    if (totalLength > ctx.breakLength) return false;
  }
  return base === '' || !base.includes('\n');
}

function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      const entries = output.length;
      if (extrasType === kArrayExtrasType && entries > 6) {
        output = groupArrayElements(ctx, output, value);
      }
      // Objects whose nesting goes at most `compact` levels deeper may share one line.
      if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
        const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          const joined = output.join(', ');
          if (!joined.includes('\n')) {
            return `${base ? `${base} ` : ''}${braces[0]} ${joined} ${braces[1]}`;
          }
        }
      }
    }
    const indentation = `\n${' '.repeat(ctx.indentationLvl)}`;
    return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ${
      output.join(`,${indentation}  `)}${indentation}${braces[1]}`;
  }
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return `${braces[0]}${base ? ` ${base}` : ''} ${output.join(', ')} ${braces[1]}`;
  }
  const indentation = ' '.repeat(ctx.indentationLvl);
  const ln = base === '' && braces[0].length === 1 ?
    ' ' : `${base ? ` ${base}` : ''}\n${indentation}  `;
  return `${braces[0]}${ln}${output.join(`,\n${indentation}  `)} ${braces[1]}`;
}

// Lays out many short array items in columns: numbers right-aligned, anything else left.
// The column count balances the items' widths against an approximate square shape.
function groupArrayElements(ctx, output, value) {
  let totalLength = 0;
  let maxLength = 0;
  let outputLength = output.length;
  // The "... more items" entry stays on its own line.
  if (ctx.maxArrayLength < output.length) outputLength--;
  const separatorSpace = 2;
  const dataLen = new Array(outputLength);
  for (let i = 0; i < outputLength; i++) {
    const len = getStringWidth(output[i], ctx.colors);
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  const actualMax = maxLength + separatorSpace;
  if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
      (totalLength / actualMax > 5 || maxLength <= 6)) {
    const averageBias = Math.sqrt(actualMax - totalLength / output.length);
    const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
    const columns = Math.min(
      Math.round(Math.sqrt(2.5 * biasedMax * outputLength) / biasedMax),
      Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
      ctx.compact * 4,
      15,
    );
    if (columns <= 1) return output;
    const maxLineLength = [];
    for (let i = 0; i < columns; i++) {
      let lineLength = 0;
      for (let j = i; j < output.length; j += columns) {
        if (dataLen[j] > lineLength) lineLength = dataLen[j];
      }
      maxLineLength.push(lineLength + separatorSpace);
    }
    let padStart = true;
    if (value !== undefined) {
      for (let i = 0; i < output.length; i++) {
        if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') {
          padStart = false;
          break;
        }
      }
    }
    const grouped = [];
    for (let i = 0; i < outputLength; i += columns) {
      const max = Math.min(i + columns, outputLength);
      let str = '';
      let j = i;
      for (; j < max - 1; j++) {
        const padding = maxLineLength[j - i] + output[j].length - dataLen[j];
        str += padStart ? `${output[j]}, `.padStart(padding, ' ') :
          `${output[j]}, `.padEnd(padding, ' ');
      }
      if (padStart) {
        const padding = maxLineLength[j - i] + output[j].length - dataLen[j] - separatorSpace;
        str += output[j].padStart(padding, ' ');
      } else {
        str += output[j];
      }
      grouped.push(str);
    }
    if (ctx.maxArrayLength < output.length) grouped.push(output[outputLength]);
    output = grouped;
  }
  return output;
}

// -- Text width -----------------------------------------------------------------------------

// ANSI escape sequences: CSI sequences (colors, cursor moves) and OSC strings (hyperlinks,
// titles) ended by BEL or ST.
const ansiPattern = new RegExp(
  '[\\u001B\\u009B][[\\]()#;?]*' +
  '(?:(?:(?:(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]+)*' +
  '|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]*)*)?' +
  '(?:\\u0007|\\u001B\\u005C|\\u009C))' +
  '|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-nq-uy=><~]))', 'g');

const colorPattern = /\u001b\[\d\d?m/g;

function removeColors(str) {
  return str.replace(colorPattern, '');
}

/** Returns `str` without ANSI escape sequences. */
function stripVTControlCharacters(str) {
  if (typeof str !== 'string') {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('str', 'string', str);
  }
  return str.replace(ansiPattern, '');
}

// Made by the first non-ASCII width asked (Unicode property classes cost ~0.6M instructions
// to compile, even as literals nothing uses).
let zeroWidth;
let emojiPresentation;

// East Asian Wide (W) and Fullwidth (F) ranges of Unicode's EastAsianWidth.txt.
const wideRanges = [
  0x1100, 0x115f, 0x231a, 0x231b, 0x2329, 0x232a, 0x23e9, 0x23ec, 0x23f0, 0x23f0,
  0x23f3, 0x23f3, 0x25fd, 0x25fe, 0x2614, 0x2615, 0x2648, 0x2653, 0x267f, 0x267f,
  0x2693, 0x2693, 0x26a1, 0x26a1, 0x26aa, 0x26ab, 0x26bd, 0x26be, 0x26c4, 0x26c5,
  0x26ce, 0x26ce, 0x26d4, 0x26d4, 0x26ea, 0x26ea, 0x26f2, 0x26f3, 0x26f5, 0x26f5,
  0x26fa, 0x26fa, 0x26fd, 0x26fd, 0x2705, 0x2705, 0x270a, 0x270b, 0x2728, 0x2728,
  0x274c, 0x274c, 0x274e, 0x274e, 0x2753, 0x2755, 0x2757, 0x2757, 0x2795, 0x2797,
  0x27b0, 0x27b0, 0x27bf, 0x27bf, 0x2b1b, 0x2b1c, 0x2b50, 0x2b50, 0x2b55, 0x2b55,
  0x2e80, 0x303e, 0x3041, 0x33ff, 0x3400, 0x4dbf, 0x4e00, 0x9fff, 0xa000, 0xa4cf,
  0xa960, 0xa97f, 0xac00, 0xd7a3, 0xf900, 0xfaff, 0xfe10, 0xfe19, 0xfe30, 0xfe6f,
  0xff00, 0xff60, 0xffe0, 0xffe6, 0x16fe0, 0x16fe4, 0x17000, 0x18cff, 0x1b000, 0x1b2ff,
  0x1f004, 0x1f004, 0x1f0cf, 0x1f0cf, 0x1f18e, 0x1f18e, 0x1f191, 0x1f19a, 0x1f200, 0x1f251,
  0x1f260, 0x1f265, 0x1f300, 0x1f64f, 0x1f680, 0x1f6ff, 0x1f7e0, 0x1f7eb, 0x1f90c, 0x1f9ff,
  0x1fa70, 0x1faff, 0x20000, 0x2fffd, 0x30000, 0x3fffd,
];

function isWideCodePoint(code, ch) {
  if (code < 0x1100) return false;
  for (let i = 0; i < wideRanges.length; i += 2) {
    if (code < wideRanges[i]) break;
    if (code <= wideRanges[i + 1]) {
      // The emoji blocks also hold symbols that default to text presentation.
      if (code < 0x1f300) return true;
      emojiPresentation ??= new RegExp('\\p{Emoji_Presentation}', 'u');
      return emojiPresentation.test(ch);
    }
  }
  return false;
}

/**
 * Returns the number of terminal columns `str` takes: East Asian wide and fullwidth
 * characters count two, combining marks and format characters none.
 */
function getStringWidth(str, removeControlChars = true) {
  let width = 0;
  if (removeControlChars) str = stripVTControlCharacters(str);
  for (let i = 0; i < str.length; i++) {
    const code = str.charCodeAt(i);
    if (code >= 127) return width + getWideStringWidth(str.slice(i).normalize('NFC'));
    if (code >= 32) width++;
  }
  return width;
}

function getWideStringWidth(str) {
  zeroWidth ??= new RegExp(
    '[\\p{Mn}\\p{Me}\\p{Cf}\\u200b\\u1160-\\u11ff\\ufe00-\\ufe0f]|[\\u{e0100}-\\u{e01ef}]', 'u');
  let width = 0;
  for (const ch of str) {
    const code = ch.codePointAt(0);
    if (code < 32 || (code >= 0x7f && code < 0xa0) || zeroWidth.test(ch)) continue;
    width += isWideCodePoint(code, ch) ? 2 : 1;
  }
  return width;
}

// -- format ---------------------------------------------------------------------------------

// Whether String(value) would print the engine's default text (then %s inspects instead).
function hasBuiltInToString(value) {
  const proxy = binding.getProxyDetails(value);
  if (proxy !== undefined) {
    if (proxy === null || proxy[0] === null || proxy[1] === null) return true;
    value = proxy[0];
  }
  // A Symbol.toPrimitive of the program's own (not Date's or Symbol's) decides the text.
  if (typeof value[Symbol.toPrimitive] === 'function' &&
      !isBuiltInHolder(value, Symbol.toPrimitive)) {
    return false;
  }
  if (typeof value.toString !== 'function') return true;
  if (hasOwn(value, 'toString')) return false;
  let pointer = value;
  do {
    pointer = getPrototypeOf(pointer);
  } while (!hasOwn(pointer, 'toString'));
  const descriptor = getOwnPropertyDescriptor(pointer, 'constructor');
  return descriptor !== undefined && typeof descriptor.value === 'function' &&
    isBuiltInName(descriptor.value.name);
}

// Whether the object on the chain that holds `key` belongs to a built-in constructor.
function isBuiltInHolder(value, key) {
  let holder = value;
  while (holder !== null && !hasOwn(holder, key)) holder = getPrototypeOf(holder);
  if (holder === null) return false;
  const descriptor = getOwnPropertyDescriptor(holder, 'constructor');
  return descriptor !== undefined && typeof descriptor.value === 'function' &&
    isBuiltInName(descriptor.value.name);
}

function tryStringify(arg) {
  try {
    return JSON.stringify(arg);
  } catch (err) {
    if (err instanceof TypeError && /circular|cyclic/i.test(err.message)) return '[Circular]';
    throw err;
  }
}

/** Formats like printf: see util.format. */
function format(...args) {
  return formatWithOptionsInternal(undefined, args);
}

/** util.format with inspect options for the values it inspects. */
function formatWithOptions(inspectOptions, ...args) {
  if (inspectOptions === null || typeof inspectOptions !== 'object') {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('inspectOptions', 'object', inspectOptions);
  }
  return formatWithOptionsInternal(inspectOptions, args);
}

function formatWithOptionsInternal(inspectOptions, args) {
  const first = args[0];
  let a = 0;
  let str = '';
  let join = '';

  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let tempStr;
    let lastPos = 0;
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue; // '%'
      const nextChar = first.charCodeAt(++i);
      if (a + 1 !== args.length) {
        switch (nextChar) {
          case 115: { // 's'
            const tempArg = args[++a];
            if (typeof tempArg === 'number') {
              tempStr = formatNumber(stylizeNoColor, tempArg, false);
            } else if (typeof tempArg === 'bigint') {
              tempStr = formatBigInt(stylizeNoColor, tempArg, false);
            } else if (typeof tempArg !== 'object' || tempArg === null ||
                       !hasBuiltInToString(tempArg)) {
              tempStr = String(tempArg);
            } else {
              tempStr = inspect(tempArg, { ...inspectOptions, depth: 0, colors: false, compact: 3 });
            }
            break;
          }
          case 106: // 'j'
            tempStr = tryStringify(args[++a]);
            break;
          case 100: { // 'd'
            const tempNum = args[++a];
            if (typeof tempNum === 'bigint') {
              tempStr = formatBigInt(stylizeNoColor, tempNum, false);
            } else if (typeof tempNum === 'symbol') {
              tempStr = 'NaN';
            } else {
              tempStr = formatNumber(stylizeNoColor, Number(tempNum), false);
            }
            break;
          }
          case 79: // 'O'
            tempStr = inspect(args[++a], inspectOptions);
            break;
          case 111: // 'o'
            tempStr = inspect(args[++a], {
              ...inspectOptions,
              showHidden: true,
              showProxy: true,
              depth: 4,
            });
            break;
          case 105: { // 'i'
            const tempInteger = args[++a];
            if (typeof tempInteger === 'bigint') {
              tempStr = formatBigInt(stylizeNoColor, tempInteger, false);
            } else if (typeof tempInteger === 'symbol') {
              tempStr = 'NaN';
            } else {
              tempStr = formatNumber(stylizeNoColor, Number.parseInt(tempInteger), false);
            }
            break;
          }
          case 102: { // 'f'
            const tempFloat = args[++a];
            tempStr = typeof tempFloat === 'symbol' ? 'NaN' :
              formatNumber(stylizeNoColor, Number.parseFloat(tempFloat), false);
            break;
          }
          case 99: // 'c': CSS is ignored.
            a += 1;
            tempStr = '';
            break;
          case 37: // '%'
            str += first.slice(lastPos, i);
            lastPos = i + 1;
            continue;
          default:
            continue;
        }
        if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
        str += tempStr;
        lastPos = i + 1;
      } else if (nextChar === 37) {
        str += first.slice(lastPos, i);
        lastPos = i + 1;
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) str += first.slice(lastPos);
    }
  }

  while (a < args.length) {
    const value = args[a];
    str += join;
    str += typeof value !== 'string' ? inspect(value, inspectOptions) : value;
    join = ' ';
    a++;
  }
  return str;
}

module.exports = {
  inspect,
  inspectDefaultOptions,
  format,
  formatWithOptions,
  getStringWidth,
  stripVTControlCharacters,
  stylizeWithColor,
  stylizeNoColor,
};
