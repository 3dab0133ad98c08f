'use strict';
// node:repl — the read-eval-print loop: a readline interface that evaluates each complete
// input, prints its value with the writer (util.inspect) and asks for more lines while the
// input is incomplete. `lode` starts one on a terminal or with -i (internal/repl/cli).

const { Interface } = require('readline');
const { InterfaceConstructor, kTtyWrite } = require('internal/readline/interface');
const { inspect } = require('internal/util/inspect');
const {
  codes: { ERR_INVALID_REPL_EVAL_CONFIG, ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { validateFunction, validateObject } = require('internal/validators');
const { isRecoverable, rewriteTopLevelAwait } = require('internal/repl/await');

const REPL_MODE_SLOPPY = Symbol('repl-sloppy');
const REPL_MODE_STRICT = Symbol('repl-strict');

const kBufferedCommand = Symbol('bufferedCommand');
const kContextId = Symbol('contextId');
const kSawSigint = Symbol('sawSigint');
const kPending = Symbol('pending');

// Thrown (or passed to an eval callback) for input that may become valid with more lines.
class Recoverable extends SyntaxError {
  constructor(err) {
    super();
    this.err = err;
  }
}

// The default writer: util.inspect with the REPL's options (writer.options).
function writer(obj) {
  return inspect(obj, writer.options);
}
writer.options = { ...inspect.defaultOptions, showProxy: true };

let evalCount = 0;

// The resource name of the next evaluation: REPL1, REPL2... as stack traces show them.
function nextResourceName() {
  return `REPL${++evalCount}`;
}

// Whether code is a complete script (or an expression with top-level await).
function isValidSyntax(input) {
  const { checkSyntax } = internalBinding('contextify');
  try {
    checkSyntax(input);
    return true;
  } catch {
    return rewriteTopLevelAwait(input) !== null;
  }
}

// Code that starts with `{` and doesn't end with `;` is tried as an object literal first.
function asObjectLiteral(code) {
  if (/^\s*\{/.test(code) && !/;\s*$/.test(code)) return `(${code.trim()})\n`;
  return null;
}

// The stack of err without the frames of the REPL itself: from the first top-level frame
// of an evaluated input (`at REPL3:1:7`) or the first frame of the evaluation machinery on.
function trimStack(stack) {
  const lines = stack.split('\n');
  const cut = lines.findIndex((line, i) => i > 0 &&
    (/^\s+at REPL\d+:\d+:\d+$/.test(line) || /\bat (?:runInThisContext|runInContext) /.test(line)));
  return cut === -1 ? stack : lines.slice(0, cut).join('\n');
}

function REPLServer(prompt, stream, evalFn, useGlobal, ignoreUndefined, replMode) {
  if (!new.target) {
    return new REPLServer(prompt, stream, evalFn, useGlobal, ignoreUndefined, replMode);
  }
  let options;
  if (prompt !== null && typeof prompt === 'object') {
    options = { ...prompt };
    stream = options.stream || options.socket;
    evalFn = options.eval;
    useGlobal = options.useGlobal;
    ignoreUndefined = options.ignoreUndefined;
    prompt = options.prompt;
    replMode = options.replMode;
  } else {
    options = {};
  }
  if (!options.input && !options.output) {
    stream ||= process;
    options.input = stream.stdin || stream;
    options.output = stream.stdout || stream;
  }
  if (options.terminal === undefined) options.terminal = !!options.output?.isTTY;
  if (evalFn !== undefined) validateFunction(evalFn, 'options.eval');
  if (options.breakEvalOnSigint && evalFn) throw new ERR_INVALID_REPL_EVAL_CONFIG();
  if (options.writer !== undefined) validateFunction(options.writer, 'options.writer');

  InterfaceConstructor.call(this, {
    input: options.input,
    output: options.output,
    completer: options.completer || ((line, cb) => this.complete(line, cb)),
    terminal: options.terminal,
    historySize: options.historySize,
    prompt: prompt ?? '> ',
  });

  this.useColors = options.useColors ?? (this.terminal && this.output.hasColors?.() === true);
  this.useGlobal = !!useGlobal;
  this.ignoreUndefined = !!ignoreUndefined;
  this.replMode = replMode || REPL_MODE_SLOPPY;
  this.underscoreAssigned = false;
  this.last = undefined;
  this.underscoreErrAssigned = false;
  this.lastError = undefined;
  this.breakEvalOnSigint = !!options.breakEvalOnSigint;
  this.editorMode = false;
  this.eval = evalFn || defaultEval;
  this.writer = options.writer || writer;
  if (this.writer === writer) writer.options.colors = this.useColors;
  this.commands = { __proto__: null };
  this.lines = [];
  this[kBufferedCommand] = '';
  this[kSawSigint] = false;
  this[kPending] = null; // lines that arrived while an evaluation was running
  defineDefaultCommands(this);
  this.resetContext();

  this.on('line', (line) => onLine(this, line));
  this.on('close', () => {
    if (this[kPending] === null) this.emit('exit');
  });
  this.on('SIGINT', () => onSigint(this));
  if (this.terminal) installEditorKeys(this);
  this.displayPrompt();
}
Object.setPrototypeOf(REPLServer.prototype, Interface.prototype);
Object.setPrototypeOf(REPLServer, Interface);

// The default eval: compiles cmd as a script (an object literal first when it looks like
// one; with top-level await as an async function), runs it in context and calls back with
// its value, a Recoverable for incomplete input, or the error.
function defaultEval(cmd, context, filename, callback) {
  const { checkSyntax } = internalBinding('contextify');
  const strict = this.replMode === REPL_MODE_STRICT ? "'use strict'; " : '';
  let code = cmd;
  const literal = asObjectLiteral(cmd);
  if (literal !== null) {
    try {
      checkSyntax(strict + literal, filename);
      code = literal;
    } catch {
      // Not an object literal after all: a block.
    }
  }
  let awaited = false;
  try {
    checkSyntax(strict + code, filename);
  } catch (err) {
    const rewritten = cmd.includes('await') ? rewriteTopLevelAwait(cmd) : null;
    if (rewritten === null) {
      callback(isRecoverable(err, cmd) ? new Recoverable(err) : err);
      return;
    }
    code = rewritten;
    awaited = true;
  }
  let result;
  try {
    result = runIn(this, strict + code, context, filename);
  } catch (err) {
    callback(err);
    return;
  }
  if (!awaited) {
    callback(null, result);
    return;
  }
  result.then((value) => callback(null, value), (err) => callback(err));
}

// Runs a script in the REPL's context: the global one, or its own vm context.
function runIn(repl, code, context, filename) {
  if (context === globalThis) {
    return internalBinding('contextify').runInThisContext(code, filename);
  }
  return require('vm').runInContext(code, context, { filename, displayErrors: false });
}

function onLine(repl, line) {
  line ||= '';
  if (repl[kPending] !== null) {
    repl[kPending].push(line);
    return;
  }
  if (repl.editorMode) {
    repl[kBufferedCommand] += line + '\n';
    return;
  }
  const trimmed = line.trim();
  // A command: `.name rest`, but not `.5` or `..` (continuing a member expression).
  if (trimmed.startsWith('.') && !trimmed.startsWith('..') && Number.isNaN(parseFloat(trimmed))) {
    const match = /^\.([^\s]+)\s*(.*)$/.exec(trimmed);
    if (match && runCommand(repl, match[1], match[2])) return;
    if (repl[kBufferedCommand] === '') {
      repl.lines.push(line);
      repl.output.write('Invalid REPL keyword\n');
      repl.displayPrompt();
      return;
    }
  }
  if (repl[kBufferedCommand] === '' && trimmed === '') {
    repl.displayPrompt();
    return;
  }
  repl.lines.push(line);
  evaluate(repl, repl[kBufferedCommand] + line + '\n');
}

// Evaluates a complete command and prints what came of it.
// Lines that arrive before the result (of an input with top-level await, say) wait for it.
function evaluate(repl, code) {
  repl[kSawSigint] = false;
  repl[kPending] = [];
  repl.eval(code, repl.context, nextResourceName(), (err, value) => {
    if (err instanceof Recoverable) {
      repl[kBufferedCommand] = code;
    } else {
      repl.clearBufferedCommand();
      if (err !== null && err !== undefined) {
        printError(repl, err, code);
      } else if (!(repl.ignoreUndefined && value === undefined)) {
        if (!repl.underscoreAssigned) repl.last = value;
        repl.output.write(repl.writer(value) + '\n');
      }
    }
    const pending = repl[kPending];
    repl[kPending] = null;
    repl.displayPrompt();
    for (let i = 0; i < pending.length; i++) {
      onLine(repl, pending[i]);
      if (repl[kPending] !== null) {
        repl[kPending].push(...pending.slice(i + 1));
        return;
      }
    }
    // Input that ended while a result was awaited ends the session now.
    if (repl.closed) repl.emit('exit');
  });
}

function printError(repl, err, code) {
  if (!repl.underscoreErrAssigned) repl.lastError = err;
  let text;
  // Errors of a vm context are not instances of this realm's Error.
  if (require('internal/util/types').isNativeError(err) && typeof err.stack === 'string') {
    // In V8's format (an error of a vm context keeps the engine's own in .stack).
    const v8Stack = require('internal/stack').toV8Stack(err);
    const stack = trimStack(typeof v8Stack === 'string' ? v8Stack : err.stack);
    try {
      err.stack = stack;
    } catch {
      // A frozen error keeps its stack.
    }
    // The trimmed stack, then the error's own properties (`{ code: 'X' }`) as inspect shows
    // them.
    const extra = {};
    for (const key of Object.keys(err)) {
      if (key !== 'stack' && key !== 'message') extra[key] = err[key];
    }
    text = stack;
    if (Object.keys(extra).length > 0) {
      // As inspect shows it: bracketed when no frame is left.
      text = `${stack.includes('\n') ? stack : `[${stack}]`} ` +
             inspect(extra, { colors: repl.useColors });
    }
    if (err.name === 'SyntaxError' && typeof err.line === 'number') {
      const source = code.split('\n')[err.line - 1];
      if (source !== undefined) {
        const caret = ' '.repeat(Math.max(0, (err.column || 1) - 1)) + '^';
        repl.output.write(`${source}\n${caret}\n\n`);
      }
      text = `${err.name}: ${err.message}`;
    }
  } else {
    text = inspect(err, { colors: repl.useColors });
  }
  repl.output.write(`Uncaught ${text}\n`);
}

// Runs `.keyword rest`; false when there is no such command.
function runCommand(repl, keyword, rest) {
  const command = repl.commands[keyword];
  if (command === undefined) return false;
  command.action.call(repl, rest);
  return true;
}

function onSigint(repl) {
  const empty = repl.line.length === 0;
  repl.clearLine();
  if (repl.editorMode) {
    repl.editorMode = false;
    repl.clearBufferedCommand();
    repl.displayPrompt();
    return;
  }
  if (repl[kBufferedCommand] === '' && empty) {
    if (repl[kSawSigint]) {
      repl[kSawSigint] = false;
      repl.close();
      return;
    }
    repl.output.write('(To exit, press Ctrl+C again or Ctrl+D or type .exit)\n');
    repl[kSawSigint] = true;
  } else {
    repl[kSawSigint] = false;
  }
  repl.clearBufferedCommand();
  repl.displayPrompt();
}

// In editor mode, Ctrl+D evaluates what was typed and Ctrl+C drops it.
function installEditorKeys(repl) {
  const ttyWrite = repl[kTtyWrite];
  repl[kTtyWrite] = function(data, key) {
    if (repl.editorMode && key?.ctrl && key.name === 'd') {
      repl.editorMode = false;
      if (repl.line) repl[kBufferedCommand] += repl.line;
      repl.line = '';
      repl.output.write('\n');
      const code = repl[kBufferedCommand];
      repl.clearBufferedCommand();
      if (code.trim() === '') repl.displayPrompt();
      else evaluate(repl, code + '\n');
      return;
    }
    ttyWrite.call(this, data, key);
  };
}

function defineDefaultCommands(repl) {
  repl.defineCommand('break', {
    help: 'Sometimes you get stuck, this gets you out',
    action() {
      this.clearBufferedCommand();
      this.displayPrompt();
    },
  });
  repl.defineCommand('clear', {
    help: repl.useGlobal ? 'Alias for .break' : 'Break, and also clear the local context',
    action() {
      this.clearBufferedCommand();
      if (!this.useGlobal) {
        this.output.write('Clearing context...\n');
        this.resetContext();
      }
      this.displayPrompt();
    },
  });
  repl.defineCommand('exit', {
    help: 'Exit the REPL',
    action() { this.close(); },
  });
  repl.defineCommand('help', {
    help: 'Print this help message',
    action() {
      const names = Object.keys(this.commands).sort();
      const width = Math.max(...names.map((n) => n.length));
      for (const name of names) {
        const help = this.commands[name].help || '';
        this.output.write(`.${name}${' '.repeat(width - name.length + 3)}${help}\n`);
      }
      this.output.write('\nPress Ctrl+C to abort current expression, ' +
                        'Ctrl+D to exit the REPL\n');
      this.displayPrompt();
    },
  });
  repl.defineCommand('save', {
    help: 'Save all evaluated commands in this REPL session to a file',
    action(file) {
      try {
        require('fs').writeFileSync(file, this.lines.join('\n'));
        this.output.write(`Session saved to: ${file}\n`);
      } catch {
        this.output.write(`Failed to save: ${file}\n`);
      }
      this.displayPrompt();
    },
  });
  repl.defineCommand('load', {
    help: 'Load JS from a file into the REPL session',
    action(file) {
      let data;
      try {
        const fs = require('fs');
        if (fs.statSync(file).isFile()) data = fs.readFileSync(file, 'utf8');
      } catch {
        // Reported below.
      }
      if (data === undefined) {
        this.output.write(`Failed to load: ${file}\n`);
        this.displayPrompt();
        return;
      }
      this.lines.push(...data.split('\n'));
      evaluate(this, data.endsWith('\n') ? data : data + '\n');
    },
  });
  if (repl.terminal) {
    repl.defineCommand('editor', {
      help: 'Enter editor mode',
      action() {
        this.editorMode = true;
        this.clearBufferedCommand();
        this.output.write('// Entering editor mode (Ctrl+D to finish, Ctrl+C to cancel)\n');
      },
    });
  }
}

// Adds the built-in modules as lazy globals of the REPL's context (`fs`, `http`...), each
// replaced by its value (or by whatever is assigned to it) on first use.
function addBuiltinModules(object) {
  for (const name of builtinModuleNames()) {
    if (Object.prototype.hasOwnProperty.call(object, name)) continue;
    Object.defineProperty(object, name, {
      get() {
        const value = require(name);
        Object.defineProperty(object, name, {
          value, writable: true, enumerable: false, configurable: true,
        });
        return value;
      },
      set(value) {
        Object.defineProperty(object, name, {
          value, writable: true, enumerable: true, configurable: true,
        });
      },
      enumerable: false,
      configurable: true,
    });
  }
}

function builtinModuleNames() {
  return require('module').builtinModules.filter((name) =>
    !name.startsWith('_') && !name.includes('/'));
}

// Defines `_` and `_error` on the context: the last value and the last error, until code
// assigns to them.
function defineUnderscores(repl, context) {
  for (const [name, key, flag] of [['_', 'last', 'underscoreAssigned'],
                                   ['_error', 'lastError', 'underscoreErrAssigned']]) {
    Object.defineProperty(context, name, {
      get: () => repl[key],
      set: (value) => {
        repl[key] = value;
        if (!repl[flag]) {
          repl[flag] = true;
          repl.output.write(`Expression assignment to ${name} now disabled.\n`);
        }
      },
      enumerable: false,
      configurable: true,
    });
  }
}

REPLServer.prototype.createContext = function createContext() {
  let context = globalThis;
  if (!this.useGlobal) {
    const vm = require('vm');
    context = vm.createContext();
    // The new context sees what the main one has beyond the language's own builtins (its
    // own Array, Object... stay, so that `[] instanceof Array` holds inside).
    const builtins = new Set(vm.runInContext('Object.getOwnPropertyNames(globalThis)', context));
    for (const name of Object.getOwnPropertyNames(globalThis)) {
      if (name === 'global' || builtins.has(name) || name in context) continue;
      const desc = Object.getOwnPropertyDescriptor(globalThis, name);
      if (desc !== undefined) Object.defineProperty(context, name, desc);
    }
    Object.defineProperty(context, 'global', {
      value: vm.runInContext('globalThis', context), writable: true, configurable: true,
    });
  }
  // `module` and `require` as if the input were a module in the working directory.
  const { Module, createRequire } = require('module');
  const path = require('path');
  const module = new Module('<repl>');
  module.paths = Module._nodeModulePaths(process.cwd());
  for (const [name, value] of [['module', module],
                               ['require', createRequire(path.join(process.cwd(), '<repl>'))]]) {
    Object.defineProperty(context, name, {
      value, writable: true, enumerable: false, configurable: true,
    });
  }
  return context;
};

REPLServer.prototype.resetContext = function resetContext() {
  const context = this.createContext();
  this.context = context;
  this[kContextId] = (this[kContextId] || 0) + 1;
  this.underscoreAssigned = false;
  this.underscoreErrAssigned = false;
  this.last = undefined;
  this.lastError = undefined;
  this.lines = [];
  addBuiltinModules(context);
  defineUnderscores(this, context);
  this.emit('reset', context);
};

REPLServer.prototype.displayPrompt = function displayPrompt(preserveCursor) {
  if (this.closed) return;
  const prompt = this[kBufferedCommand] !== '' || this.editorMode ? '| ' : this.getPrompt();
  const saved = this.getPrompt();
  if (prompt !== saved) {
    this.setPrompt(prompt);
    this.prompt(preserveCursor);
    this.setPrompt(saved);
  } else {
    this.prompt(preserveCursor);
  }
};

REPLServer.prototype.clearBufferedCommand = function clearBufferedCommand() {
  this[kBufferedCommand] = '';
};

REPLServer.prototype.defineCommand = function defineCommand(keyword, cmd) {
  if (typeof cmd === 'function') {
    cmd = { action: cmd };
  } else {
    validateObject(cmd, 'cmd');
    validateFunction(cmd.action, 'cmd.action');
  }
  this.commands[keyword] = cmd;
};

// Loads the history file (newest entry first, one per line) and saves the history there
// whenever it changes. callback(err, repl) is called once the file is ready.
REPLServer.prototype.setupHistory = function setupHistory(historyPath, callback) {
  if (typeof historyPath === 'function') {
    callback = historyPath;
    historyPath = undefined;
  }
  if (historyPath !== null && typeof historyPath === 'object') {
    historyPath = historyPath.filePath;
  }
  if (typeof callback !== 'function') callback = () => {};
  if (historyPath === undefined || historyPath === null || historyPath === '') {
    process.nextTick(callback, null, this);
    return;
  }
  if (typeof historyPath !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('historyPath', 'string', historyPath);
  }
  // Read at once (the file is small), so that no line typed meanwhile escapes the file.
  const fs = require('fs');
  let data;
  try {
    data = fs.readFileSync(historyPath, 'utf8');
  } catch (err) {
    if (err.code !== 'ENOENT') {
      this.output.write('\nError: Could not open history file.\n' +
                        'REPL session history will not be persisted.\n');
      process.nextTick(callback, null, this);
      return;
    }
  }
  if (data) {
    const saved = data.split(/\r?\n/).filter((l) => l !== '');
    this.history.push(...saved.slice(0, this.historySize - this.history.length));
  }
  this.on('history', (history) => {
    try {
      fs.writeFileSync(historyPath, history.join('\n'), { mode: 0o600 });
    } catch {
      // A history that can't be written is not worth interrupting the user for.
    }
  });
  process.nextTick(callback, null, this);
};

// Tab completion: commands after `.`, built-in module names inside require('...'), global
// names, and the properties of the object before the last `.`.
REPLServer.prototype.complete = function complete(line, callback) {
  let match = /^\s*\.(\w*)$/.exec(line);
  if (match) {
    const names = Object.keys(this.commands).filter((n) => n.startsWith(match[1]));
    callback(null, [names, match[1]]);
    return;
  }
  match = /\brequire\s*\(\s*(['"])([^'"]*)$/.exec(line);
  if (match) {
    const names = builtinModuleNames().filter((n) => n.startsWith(match[2]));
    callback(null, [names, match[2]]);
    return;
  }
  match = /(?:^|[^\w$.])((?:[A-Za-z_$][\w$]*\s*\.\s*)*)([A-Za-z_$][\w$]*)?$/.exec(line);
  if (!match) {
    callback(null, [[], line]);
    return;
  }
  const chain = match[1].replace(/\s*\.\s*$/, '').replace(/\s+/g, '');
  const prefix = match[2] || '';
  let object = this.context;
  if (chain !== '') {
    // A chain of names only (no calls): evaluated, so that let/const bindings are found.
    try {
      object = runIn(this, chain, this.context, 'REPL');
    } catch {
      object = undefined;
    }
  }
  const names = new Set();
  for (let o = object; o !== null && o !== undefined; o = Object.getPrototypeOf(Object(o))) {
    for (const name of Object.getOwnPropertyNames(Object(o))) {
      if (/^[A-Za-z_$][\w$]*$/.test(name) && name.startsWith(prefix)) names.add(name);
    }
  }
  const completions = [...names].sort();
  callback(null, [completions.map((n) => (chain ? `${chain}.${n}` : n)),
    chain ? `${chain}.${prefix}` : prefix]);
};

function start(prompt, source, evalFn, useGlobal, ignoreUndefined, replMode) {
  return new REPLServer(prompt, source, evalFn, useGlobal, ignoreUndefined, replMode);
}

module.exports = {
  start,
  writer,
  REPLServer,
  REPL_MODE_SLOPPY,
  REPL_MODE_STRICT,
  Recoverable,
  isValidSyntax,
};

// repl.builtinModules and repl._builtinLibs (deprecated: DEP0191, DEP0142) share one array
// of the public built-in module names (no `_` ones, no `node:`-only ones), which an
// assignment to either replaces, as in Node.
let publicBuiltins;
for (const name of ['builtinModules', '_builtinLibs']) {
  Object.defineProperty(module.exports, name, {
    get() {
      publicBuiltins ??= require('module').builtinModules.filter((id) =>
        !id.startsWith('_') && !id.startsWith('node:'));
      return publicBuiltins;
    },
    set(value) { publicBuiltins = value; },
    enumerable: false,
    configurable: true,
  });
}
