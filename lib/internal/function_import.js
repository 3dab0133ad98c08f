'use strict';
// import() in code made by the Function constructor. JavaScriptCore's own import() cannot
// load modules (its C API has no module loader hook), so the module loaders rewrite import()
// in the sources they compile — but packages also build `new Function('m', 'return
// import(m)')` to hide import() from bundlers (prettier, TypeScript's CommonJS output). The
// global Function is therefore a Proxy of the engine's: a body that calls import() is
// compiled with the call rewritten, resolving against the file that called the constructor
// (the "active script", as in V8); every other body goes straight to the engine.
// `(function () {}).constructor === Function` still holds: Function.prototype.constructor is
// the Proxy too.

const NativeFunction = globalThis.Function;
const ReflectConstruct = Reflect.construct;

// The file of the innermost stack frame outside Lode's built-ins, or undefined.
function callerFile() {
  const holder = {};
  Error.captureStackTrace(holder, callerFile);
  for (const line of `${holder.stack}`.split('\n')) {
    const match = /\(([^()]+):\d+:\d+\)$/.exec(line) ?? /^\s+at ([^()]+):\d+:\d+$/.exec(line);
    if (match === null) continue;
    const file = match[1];
    if (file.startsWith('node:') || file === '<anonymous>') continue;
    return file.startsWith('file:') ? require('internal/url').fileURLToPath(file) : file;
  }
  return undefined;
}

function construct(target, args, newTarget) {
  const n = args.length;
  if (n !== 0) {
    const strings = new Array(n);
    for (let i = 0; i < n; i++) strings[i] = `${args[i]}`;
    const body = strings[n - 1];
    if (body.includes('import') && /\bimport\s*\(/.test(body)) {
      const made = compileWithImport(strings, callerFile() ?? '[eval]');
      if (made !== undefined) return made;
    }
    args = strings;
  }
  return ReflectConstruct(target, args, newTarget);
}

// The function `new Function(...strings)` makes, with import() going to the module loader;
// undefined if the source does not parse (the engine then reports the error itself).
function compileWithImport(strings, referrer) {
  const params = strings.slice(0, -1).join(',');
  const source = `(function anonymous(${params}\n) {\n${strings[strings.length - 1]}\n})`;
  const { rewriteDynamicImport } = require('internal/modules/esm/interop');
  const rewritten = rewriteDynamicImport(source, referrer);
  if (rewritten === undefined) return undefined;
  const [code, context] = rewritten;
  return ReflectConstruct(NativeFunction, ['$lode', `return ${code}`], NativeFunction)(context);
}

module.exports = { construct };
