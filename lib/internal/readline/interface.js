'use strict';
// The readline Interface shared by node:readline and node:readline/promises.
//
// Without a terminal, input bytes are decoded (UTF-8) and split into lines on \n, \r
// and \r\n (a \r ending one chunk and a \n starting the next within crlfDelay ms are
// one line end). With a terminal, input arrives as keypresses (emitKeypressEvents)
// and edits `line` at `cursor`; the prompt and line are echoed to `output` and
// redrawn with ANSI sequences after each edit, as Node draws them.

const EventEmitter = require('events');
const {
  AbortError,
  codes: { ERR_INVALID_ARG_VALUE, ERR_USE_AFTER_CLOSE },
} = require('internal/errors');
const {
  validateAbortSignal, validateString, validateUint32,
} = require('internal/validators');
const { StringDecoder } = require('string_decoder');
const { getStringWidth, stripVTControlCharacters } = require('internal/util/inspect');
const { charLengthAt, charLengthLeft, commonPrefix } = require('internal/readline/utils');
const { clearScreenDown, cursorTo, moveCursor } = require('internal/readline/callbacks');
const { emitKeypressEvents } = require('internal/readline/emitKeypressEvents');

const kHistorySize = 30;
const kMaxHistorySize = 2 ** 32 - 1;
const kMinCrlfDelay = 100;
const kEscapeCodeTimeout = 500;
const kIteratorHighWaterMark = 1024;
const lineEnding = /\r?\n|\r(?!\n)/g;

const kPrompt = Symbol('_prompt');
const kOldPrompt = Symbol('_oldPrompt');
const kQuestionCallback = Symbol('_questionCallback');
const kDecoder = Symbol('_decoder');
const kLineBuffer = Symbol('_line_buffer');
const kSawReturnAt = Symbol('_sawReturnAt');
const kPreviousKey = Symbol('_previousKey');
const kSubstringSearch = Symbol('kSubstringSearch');
const kPrevRows = Symbol('prevRows');
const kListeners = Symbol('listeners');
const kLineIterator = Symbol('line object stream');
const kKillRing = Symbol('_killRing');
const kKillRingCursor = Symbol('_killRingCursor');
const kYanking = Symbol('_yanking');
const kUndoStack = Symbol('_undoStack');
const kRedoStack = Symbol('_redoStack');

// Set up an interface: (input, output, completer, terminal) or ({ input, output, ... }).
// A plain function (not a class) so that readline.Interface can be called without new.
function InterfaceConstructor(input, output, completer, terminal) {
  EventEmitter.call(this);

  let history;
  let historySize;
  let removeHistoryDuplicates = false;
  let crlfDelay;
  let prompt = '> ';
  let signal;
  let escapeCodeTimeout = kEscapeCodeTimeout;
  let tabSize = 8;

  if (input?.input) {
    // An options object.
    const options = input;
    output = options.output;
    completer = options.completer;
    terminal = options.terminal;
    history = options.history;
    historySize = options.historySize;
    signal = options.signal;
    if (options.tabSize !== undefined) {
      validateUint32(options.tabSize, 'tabSize', true);
      tabSize = options.tabSize;
    }
    removeHistoryDuplicates = options.removeHistoryDuplicates;
    if (options.prompt !== undefined) prompt = options.prompt;
    if (options.escapeCodeTimeout !== undefined) {
      if (Number.isFinite(options.escapeCodeTimeout)) {
        escapeCodeTimeout = options.escapeCodeTimeout;
      } else {
        throw new ERR_INVALID_ARG_VALUE('input.escapeCodeTimeout', options.escapeCodeTimeout);
      }
    }
    if (signal) validateAbortSignal(signal, 'options.signal');
    crlfDelay = options.crlfDelay;
    input = options.input;
  }

  if (completer !== undefined && typeof completer !== 'function') {
    throw new ERR_INVALID_ARG_VALUE('completer', completer);
  }
  if (history === undefined) {
    history = [];
  } else if (!Array.isArray(history)) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('history', 'Array', history);
  }
  if (historySize === undefined) historySize = kHistorySize;
  validateHistorySize(historySize);
  if (terminal === undefined && output != null) terminal = !!output.isTTY;

  this.isCompletionEnabled = true;
  this.escapeCodeTimeout = escapeCodeTimeout;
  this.tabSize = tabSize;
  this.line = '';
  this.history = history;
  this.historyIndex = -1;
  this.historySize = historySize;
  this.removeHistoryDuplicates = !!removeHistoryDuplicates;
  this.output = output;
  this.input = input;
  this.crlfDelay = crlfDelay ? Math.max(kMinCrlfDelay, crlfDelay) : kMinCrlfDelay;
  this.completer = wrapCompleter(completer);
  this.terminal = !!terminal;

  this[kPrompt] = prompt;
  this[kOldPrompt] = prompt;
  this[kQuestionCallback] = null;
  this[kSawReturnAt] = 0;
  this[kPreviousKey] = null;
  this[kSubstringSearch] = null;
  this[kPrevRows] = 0;
  this[kLineBuffer] = null;
  this[kLineIterator] = undefined;
  this[kKillRing] = [];
  this[kKillRingCursor] = 0;
  this[kYanking] = false;
  this[kUndoStack] = [];
  this[kRedoStack] = [];
  this[kDecoder] = new StringDecoder('utf8');

  const listeners = {
    error: (err) => this.emit('error', err),
    data: (data) => this[kNormalWrite](data),
    end: () => {
      const rest = this[kLineBuffer];
      this[kLineBuffer] = null;
      if (typeof rest === 'string' && rest.length > 0) this.emit('line', rest);
      this.close();
    },
    keypress: (s, key) => {
      this[kTtyWrite](s, key);
      // Half of a surrogate pair was typed: redraw so the terminal shows the whole.
      const ch = key?.sequence?.codePointAt(0);
      if (ch >= 0xd800 && ch <= 0xdfff) this[kRefreshLine]();
    },
    termEnd: () => {
      if (typeof this.line === 'string' && this.line.length > 0) this.emit('line', this.line);
      this.close();
    },
    resize: () => this[kRefreshLine](),
  };
  this[kListeners] = listeners;

  input.on('error', listeners.error);
  if (this.terminal) {
    emitKeypressEvents(input, this);
    input.on('keypress', listeners.keypress);
    input.on('end', listeners.termEnd);
    this[kSetRawMode](true);
    this.cursor = 0;
    output?.on?.('resize', listeners.resize);
  } else {
    input.on('data', listeners.data);
    input.on('end', listeners.end);
  }

  if (signal) {
    const onAbort = () => this.close();
    if (signal.aborted) {
      process.nextTick(onAbort);
    } else {
      signal.addEventListener('abort', onAbort, { once: true });
      this.once('close', () => signal.removeEventListener('abort', onAbort));
    }
  }

  input.resume();
}
Object.setPrototypeOf(InterfaceConstructor.prototype, EventEmitter.prototype);
Object.setPrototypeOf(InterfaceConstructor, EventEmitter);

function validateHistorySize(size) {
  if (typeof size !== 'number' || Number.isNaN(size) || size < 0) {
    // Node reports this through its history manager's names.
    const { codes } = require('internal/errors');
    if (typeof size !== 'number') throw new codes.ERR_INVALID_ARG_TYPE('size', 'number', size);
    throw new codes.ERR_OUT_OF_RANGE('size', '>= 0', size);
  }
  if (size > kMaxHistorySize) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_OUT_OF_RANGE('size', `<= ${kMaxHistorySize}`, size);
  }
}

// Completers are called as (line, callback); a one-argument completer returns its
// result (or a promise of it).
function wrapCompleter(completer) {
  if (typeof completer !== 'function') return undefined;
  if (completer.length === 2) return completer;
  return function completerWrapper(line, callback) {
    let result;
    try {
      result = completer(line);
    } catch (err) {
      callback(err);
      return;
    }
    if (typeof result?.then === 'function') {
      result.then((value) => callback(null, value), callback);
    } else {
      callback(null, result);
    }
  };
}

const kSetRawMode = Symbol('_setRawMode');
const kOnLine = Symbol('_onLine');
const kWriteToOutput = Symbol('_writeToOutput');
const kAddHistory = Symbol('_addHistory');
const kRefreshLine = Symbol('_refreshLine');
const kNormalWrite = Symbol('_normalWrite');
const kInsertString = Symbol('_insertString');
const kTabComplete = Symbol('_tabComplete');
const kWordLeft = Symbol('_wordLeft');
const kWordRight = Symbol('_wordRight');
const kDeleteLeft = Symbol('_deleteLeft');
const kDeleteRight = Symbol('_deleteRight');
const kDeleteWordLeft = Symbol('_deleteWordLeft');
const kDeleteWordRight = Symbol('_deleteWordRight');
const kDeleteLineLeft = Symbol('_deleteLineLeft');
const kDeleteLineRight = Symbol('_deleteLineRight');
const kLine = Symbol('_line');
const kHistoryNext = Symbol('_historyNext');
const kHistoryPrev = Symbol('_historyPrev');
const kGetDisplayPos = Symbol('_getDisplayPos');
const kMoveCursor = Symbol('_moveCursor');
const kTtyWrite = Symbol('_ttyWrite');
const kQuestion = Symbol('kQuestion');
const kQuestionCancel = Symbol('kQuestionCancel');
const kPushToKillRing = Symbol('_pushToKillRing');
const kYank = Symbol('_yank');
const kYankPop = Symbol('_yankPop');
const kBeforeEdit = Symbol('_beforeEdit');
const kUndo = Symbol('_undo');
const kRedo = Symbol('_redo');
const kCtrlKey = Symbol('ctrlKey');
const kInsertText = Symbol('insertText');

// The word before the cursor (with the blanks after it), matched on the reversed text.
const kWordBefore = /^\s*(?:[^\w\s]+|\w+)?/;
const kWordAfter = /^(?:\s+|[^\w\s]+|\w+)\s*/;
const kWordAfterForDelete = /^(?:\s+|\W+|\w+)\s*/;

function reversed(str) {
  return [...str].reverse().join('');
}

class Interface extends InterfaceConstructor {
  get columns() {
    if (this.output?.columns) return this.output.columns;
    return Infinity;
  }

  setPrompt(prompt) {
    this[kPrompt] = prompt;
  }

  getPrompt() {
    return this[kPrompt];
  }

  prompt(preserveCursor) {
    if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
    if (this.paused) this.resume();
    if (this.terminal && process.env.TERM !== 'dumb') {
      if (!preserveCursor) this.cursor = 0;
      this[kRefreshLine]();
    } else {
      this[kWriteToOutput](this[kPrompt]);
    }
  }

  [kQuestion](query, cb) {
    if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
    if (this[kQuestionCallback]) {
      this.prompt();
    } else {
      this[kOldPrompt] = this[kPrompt];
      this.setPrompt(query);
      this[kQuestionCallback] = cb;
      this.prompt();
    }
  }

  [kQuestionCancel]() {
    if (this[kQuestionCallback]) {
      this[kQuestionCallback] = null;
      this.setPrompt(this[kOldPrompt]);
      this.clearLine();
    }
  }

  [kOnLine](line) {
    const cb = this[kQuestionCallback];
    if (cb) {
      this[kQuestionCallback] = null;
      this.setPrompt(this[kOldPrompt]);
      cb(line);
    } else {
      this.emit('line', line);
    }
  }

  [kSetRawMode](mode) {
    const wasRaw = this.input.isRaw;
    if (typeof this.input.setRawMode === 'function') this.input.setRawMode(mode);
    return wasRaw;
  }

  [kWriteToOutput](text) {
    validateString(text, 'stringToWrite');
    if (this.output != null) this.output.write(text);
  }

  close() {
    if (this.closed) return;
    this.pause();
    if (this.terminal) this[kSetRawMode](false);
    this.closed = true;
    const { input, output } = this;
    const listeners = this[kListeners];
    input.removeListener('error', listeners.error);
    if (this.terminal) {
      input.removeListener('keypress', listeners.keypress);
      input.removeListener('end', listeners.termEnd);
      output?.removeListener?.('resize', listeners.resize);
    } else {
      input.removeListener('data', listeners.data);
      input.removeListener('end', listeners.end);
    }
    this.emit('close');
  }

  pause() {
    if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
    if (this.paused) return;
    this.input.pause();
    this.paused = true;
    this.emit('pause');
    return this;
  }

  resume() {
    if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
    if (!this.paused) return;
    this.input.resume();
    this.paused = false;
    this.emit('resume');
    return this;
  }

  write(data, key) {
    if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
    if (this.paused) this.resume();
    if (this.terminal) this[kTtyWrite](data, key);
    else this[kNormalWrite](data);
  }

  // Ends the line being edited on screen and clears it (not readline.clearLine).
  clearLine() {
    this[kMoveCursor](+Infinity);
    this[kWriteToOutput]('\r\n');
    this.line = '';
    this.cursor = 0;
    this[kPrevRows] = 0;
  }

  getCursorPos() {
    return this[kGetDisplayPos](this[kPrompt] + this.line.slice(0, this.cursor));
  }

  [kNormalWrite](data) {
    if (data === undefined) return;
    let string = typeof data === 'string' ? data : this[kDecoder].write(data);
    if (this[kSawReturnAt] && Date.now() - this[kSawReturnAt] <= this.crlfDelay) {
      if (string.charCodeAt(0) === 10) string = string.slice(1);
      this[kSawReturnAt] = 0;
    }
    // A chunk without a line end only grows the pending line (no rescan of it).
    if (string.indexOf('\n') === -1 && string.indexOf('\r') === -1) {
      if (string) this[kLineBuffer] = (this[kLineBuffer] ?? '') + string;
      return;
    }
    if (this[kLineBuffer]) {
      string = this[kLineBuffer] + string;
      this[kLineBuffer] = null;
    }
    // Split at \n, \r\n and \r (indexOf is much faster than a regular expression here).
    const lines = [];
    let start = 0;
    let nl = string.indexOf('\n');
    let cr = string.indexOf('\r');
    while (nl !== -1 || cr !== -1) {
      if (cr === -1 || (nl !== -1 && nl < cr)) {
        lines.push(string.slice(start, nl));
        start = nl + 1;
      } else {
        lines.push(string.slice(start, cr));
        start = string.charCodeAt(cr + 1) === 10 ? cr + 2 : cr + 1;
      }
      if (nl !== -1 && nl < start) nl = string.indexOf('\n', start);
      if (cr !== -1 && cr < start) cr = string.indexOf('\r', start);
    }
    if (lines.length === 0) {
      if (string) this[kLineBuffer] = string;
      return;
    }
    this[kSawReturnAt] = string.endsWith('\r') ? Date.now() : 0;
    if (start < string.length) this[kLineBuffer] = string.slice(start);
    for (const line of lines) this[kOnLine](line);
  }

  [kAddHistory]() {
    if (this.line.length === 0) return '';
    if (this.historySize === 0) return this.line;
    if (this.line.trim().length === 0) return this.line;
    if (this.history.length === 0 || this.history[0] !== this.line) {
      if (this.removeHistoryDuplicates) {
        const index = this.history.indexOf(this.line);
        if (index !== -1) this.history.splice(index, 1);
      }
      this.history.unshift(this.line);
      if (this.history.length > this.historySize) this.history.pop();
    }
    this.historyIndex = -1;
    // A 'history' listener may edit the array (to drop a secret): answer what is left.
    const line = this.history[0];
    this.emit('history', this.history);
    return line;
  }

  [kGetDisplayPos](str) {
    let offset = 0;
    const col = this.columns;
    let rows = 0;
    for (const char of stripVTControlCharacters(str)) {
      if (char === '\n') {
        rows += Math.ceil(offset / col) || 1;
        offset = 0;
        continue;
      }
      if (char === '\t') {
        offset += this.tabSize - (offset % this.tabSize);
        continue;
      }
      const width = getStringWidth(char, false);
      if (width === 0 || width === 1) {
        offset += width;
      } else {
        // A wide character never straddles the right edge.
        if ((offset + 1) % col === 0) offset++;
        offset += 2;
      }
    }
    const cols = offset % col;
    rows += (offset - cols) / col;
    return { cols, rows };
  }

  [kRefreshLine]() {
    const line = this[kPrompt] + this.line;
    const { cols: lineCols, rows: lineRows } = this[kGetDisplayPos](line);
    const cursorPos = this.getCursorPos();
    // Up to the row the prompt starts on, then left and clear everything below.
    if (this[kPrevRows] > 0) moveCursor(this.output, 0, -this[kPrevRows]);
    cursorTo(this.output, 0);
    clearScreenDown(this.output);
    this[kWriteToOutput](line);
    // At the right edge, make the terminal wrap to the next row now.
    if (lineCols === 0) this[kWriteToOutput](' ');
    cursorTo(this.output, cursorPos.cols);
    const diff = lineRows - cursorPos.rows;
    if (diff > 0) moveCursor(this.output, 0, -diff);
    this[kPrevRows] = cursorPos.rows;
  }

  [kBeforeEdit](line, cursor) {
    this[kUndoStack].push({ line, cursor });
    if (this[kUndoStack].length > 2048) this[kUndoStack].shift();
    this[kRedoStack] = [];
  }

  [kUndo]() {
    if (this[kUndoStack].length === 0) return;
    this[kRedoStack].push({ line: this.line, cursor: this.cursor });
    const { line, cursor } = this[kUndoStack].pop();
    this.line = line;
    this.cursor = cursor;
    this[kRefreshLine]();
  }

  [kRedo]() {
    if (this[kRedoStack].length === 0) return;
    this[kUndoStack].push({ line: this.line, cursor: this.cursor });
    const { line, cursor } = this[kRedoStack].pop();
    this.line = line;
    this.cursor = cursor;
    this[kRefreshLine]();
  }

  [kInsertString](c) {
    this[kBeforeEdit](this.line, this.cursor);
    if (this.cursor < this.line.length) {
      this.line = this.line.slice(0, this.cursor) + c + this.line.slice(this.cursor);
      this.cursor += c.length;
      this[kRefreshLine]();
    } else {
      const oldPos = this.getCursorPos();
      this.line += c;
      this.cursor += c.length;
      const newPos = this.getCursorPos();
      if (oldPos.rows < newPos.rows) this[kRefreshLine]();
      else this[kWriteToOutput](c);
    }
  }

  [kTabComplete](lastKeypressWasTab) {
    this.pause();
    const string = this.line.slice(0, this.cursor);
    this.completer(string, (err, value) => {
      if (this.closed) return;
      this.resume();
      if (err) {
        const { inspect } = require('internal/util/inspect');
        this[kWriteToOutput](`Tab completion error: ${inspect(err)}`);
        return;
      }
      const [completions, completeOn] = value;
      if (!completions || completions.length === 0) return;
      const prefix = commonPrefix(completions.filter((entry) => entry !== ''));
      if (prefix.startsWith(completeOn) && prefix.length > completeOn.length) {
        this[kInsertString](prefix.slice(completeOn.length));
        return;
      } else if (!completeOn.startsWith(prefix)) {
        this.line = this.line.slice(0, this.cursor - completeOn.length) + prefix +
          this.line.slice(this.cursor);
        this.cursor = this.cursor - completeOn.length + prefix.length;
        this[kRefreshLine]();
        return;
      }
      if (!lastKeypressWasTab) return;
      this[kBeforeEdit](this.line, this.cursor);
      // A second tab lists the completions in columns ('' starts a new group).
      const widths = completions.map((entry) => getStringWidth(entry));
      const width = Math.max(...widths) + 2;
      let maxColumns = Math.floor(this.columns / width) || 1;
      if (maxColumns === Infinity) maxColumns = 1;
      let output = '\r\n';
      let column = 0;
      let padding = 0;
      for (let i = 0; i < completions.length; i++) {
        const completion = completions[i];
        if (completion === '' || column === maxColumns) {
          output += '\r\n';
          column = 0;
          padding = 0;
        } else {
          output += ' '.repeat(padding);
        }
        if (completion !== '') {
          output += completion;
          padding = width - widths[i];
          column++;
        } else {
          output += '\r\n';
        }
      }
      if (column !== 0) output += '\r\n\r\n';
      this[kWriteToOutput](output);
      this[kRefreshLine]();
    });
  }

  [kWordLeft]() {
    if (this.cursor > 0) {
      const match = reversed(this.line.slice(0, this.cursor)).match(kWordBefore);
      this[kMoveCursor](-match[0].length);
    }
  }

  [kWordRight]() {
    if (this.cursor < this.line.length) {
      const match = this.line.slice(this.cursor).match(kWordAfter);
      this[kMoveCursor](match[0].length);
    }
  }

  [kDeleteLeft]() {
    if (this.cursor > 0 && this.line.length > 0) {
      this[kBeforeEdit](this.line, this.cursor);
      const size = charLengthLeft(this.line, this.cursor);
      this.line = this.line.slice(0, this.cursor - size) + this.line.slice(this.cursor);
      this.cursor -= size;
      this[kRefreshLine]();
    }
  }

  [kDeleteRight]() {
    if (this.cursor < this.line.length) {
      this[kBeforeEdit](this.line, this.cursor);
      const size = charLengthAt(this.line, this.cursor);
      this.line = this.line.slice(0, this.cursor) + this.line.slice(this.cursor + size);
      this[kRefreshLine]();
    }
  }

  [kDeleteWordLeft]() {
    if (this.cursor > 0) {
      this[kBeforeEdit](this.line, this.cursor);
      let leading = this.line.slice(0, this.cursor);
      const match = reversed(leading).match(kWordBefore);
      leading = leading.slice(0, leading.length - match[0].length);
      this.line = leading + this.line.slice(this.cursor);
      this.cursor = leading.length;
      this[kRefreshLine]();
    }
  }

  [kDeleteWordRight]() {
    if (this.cursor < this.line.length) {
      this[kBeforeEdit](this.line, this.cursor);
      const trailing = this.line.slice(this.cursor);
      const match = trailing.match(kWordAfterForDelete);
      this.line = this.line.slice(0, this.cursor) + trailing.slice(match[0].length);
      this[kRefreshLine]();
    }
  }

  [kDeleteLineLeft]() {
    this[kBeforeEdit](this.line, this.cursor);
    this[kPushToKillRing](this.line.slice(0, this.cursor));
    this.line = this.line.slice(this.cursor);
    this.cursor = 0;
    this[kRefreshLine]();
  }

  [kDeleteLineRight]() {
    this[kBeforeEdit](this.line, this.cursor);
    this[kPushToKillRing](this.line.slice(this.cursor));
    this.line = this.line.slice(0, this.cursor);
    this[kRefreshLine]();
  }

  [kPushToKillRing](text) {
    if (!text || text === this[kKillRing][0]) return;
    this[kKillRing].unshift(text);
    this[kKillRingCursor] = 0;
    while (this[kKillRing].length > kHistorySize) this[kKillRing].pop();
  }

  [kYank]() {
    if (this[kKillRing].length > 0) {
      this[kYanking] = true;
      this[kInsertString](this[kKillRing][this[kKillRingCursor]]);
    }
  }

  [kYankPop]() {
    if (!this[kYanking] || this[kKillRing].length <= 1) return;
    const last = this[kKillRing][this[kKillRingCursor]];
    this[kKillRingCursor] = (this[kKillRingCursor] + 1) % this[kKillRing].length;
    const next = this[kKillRing][this[kKillRingCursor]];
    const head = this.line.slice(0, this.cursor - last.length);
    this.line = head + next + this.line.slice(this.cursor);
    this.cursor = head.length + next.length;
    this[kRefreshLine]();
  }

  [kLine]() {
    const line = this[kAddHistory]();
    this[kUndoStack] = [];
    this[kRedoStack] = [];
    this.clearLine();
    this[kOnLine](line);
  }

  [kHistoryNext]() {
    if (this.historyIndex >= 0) {
      this[kBeforeEdit](this.line, this.cursor);
      const search = this[kSubstringSearch] || '';
      let index = this.historyIndex - 1;
      while (index >= 0 &&
             (!this.history[index].startsWith(search) || this.line === this.history[index])) {
        index--;
      }
      this.line = index === -1 ? search : this.history[index];
      this.historyIndex = index;
      this.cursor = this.line.length;
      this[kRefreshLine]();
    }
  }

  [kHistoryPrev]() {
    if (this.historyIndex < this.history.length && this.history.length) {
      this[kBeforeEdit](this.line, this.cursor);
      const search = this[kSubstringSearch] || '';
      let index = this.historyIndex + 1;
      while (index < this.history.length &&
             (!this.history[index].startsWith(search) || this.line === this.history[index])) {
        index++;
      }
      this.line = index === this.history.length ? search : this.history[index];
      this.historyIndex = index;
      this.cursor = this.line.length;
      this[kRefreshLine]();
    }
  }

  [kMoveCursor](dx) {
    if (dx === 0) return;
    const oldPos = this.getCursorPos();
    this.cursor = Math.min(Math.max(this.cursor + dx, 0), this.line.length);
    const newPos = this.getCursorPos();
    if (oldPos.rows === newPos.rows) moveCursor(this.output, newPos.cols - oldPos.cols, 0);
    else this[kRefreshLine]();
  }

  // Handles one key of terminal input: `s` is the text typed, `key` what it means.
  [kTtyWrite](s, key) {
    const previousKey = this[kPreviousKey];
    key = key || {};
    this[kPreviousKey] = key;
    if (!key.meta || key.name !== 'y') this[kYanking] = false;

    // Up/down search the history for lines starting with what precedes the cursor.
    if ((key.name === 'up' || key.name === 'down') && !key.ctrl && !key.meta && !key.shift) {
      if (this[kSubstringSearch] === null) {
        this[kSubstringSearch] = this.line.slice(0, this.cursor);
      }
    } else if (this[kSubstringSearch] !== null) {
      this[kSubstringSearch] = null;
      if (this.history.length === this.historyIndex) this.historyIndex = -1;
    }

    // Ctrl+_ undoes, Ctrl+^ redoes.
    if (typeof key.sequence === 'string') {
      const code = key.sequence.codePointAt(0);
      if (code === 0x1f) {
        this[kUndo]();
        return;
      }
      if (code === 0x1e) {
        this[kRedo]();
        return;
      }
    }

    if (key.name === 'escape') return;

    if (key.ctrl && key.shift) {
      if (key.name === 'backspace') this[kDeleteLineLeft]();
      else if (key.name === 'delete') this[kDeleteLineRight]();
    } else if (key.ctrl) {
      this[kCtrlKey](key);
    } else if (key.meta) {
      switch (key.name) {
        case 'b': this[kWordLeft](); break;
        case 'f': this[kWordRight](); break;
        case 'd':
        case 'delete': this[kDeleteWordRight](); break;
        case 'backspace': this[kDeleteWordLeft](); break;
        case 'y': this[kYankPop](); break;
      }
    } else {
      // A \r counts for a following \n only if that comes next.
      if (this[kSawReturnAt] && key.name !== 'enter') this[kSawReturnAt] = 0;
      switch (key.name) {
        case 'return':
          this[kSawReturnAt] = Date.now();
          this[kLine]();
          break;
        case 'enter':
          if (this[kSawReturnAt] === 0 || Date.now() - this[kSawReturnAt] > this.crlfDelay) {
            this[kLine]();
          }
          this[kSawReturnAt] = 0;
          break;
        case 'backspace': this[kDeleteLeft](); break;
        case 'delete': this[kDeleteRight](); break;
        case 'left': this[kMoveCursor](-charLengthLeft(this.line, this.cursor)); break;
        case 'right': this[kMoveCursor](+charLengthAt(this.line, this.cursor)); break;
        case 'home': this[kMoveCursor](-Infinity); break;
        case 'end': this[kMoveCursor](+Infinity); break;
        case 'up': this[kHistoryPrev](); break;
        case 'down': this[kHistoryNext](); break;
        case 'tab':
          if (typeof this.completer === 'function' && this.isCompletionEnabled) {
            this[kTabComplete](previousKey?.name === 'tab');
            break;
          }
          // Without completion a tab is text.
          // falls through
        default:
          if (typeof s === 'string' && s) this[kInsertText](s);
      }
    }
  }

  // Inserts typed (or pasted) text; each line end in it ends a line.
  [kInsertText](s) {
    lineEnding.lastIndex = 0;
    let start = 0;
    let match;
    while ((match = lineEnding.exec(s)) !== null) {
      this[kInsertString](s.slice(start, match.index));
      start = lineEnding.lastIndex;
      this[kLine]();
      lineEnding.lastIndex = start;
    }
    this[kInsertString](s.slice(start));
  }

  [kCtrlKey](key) {
    switch (key.name) {
      case 'c':
        if (this.listenerCount('SIGINT') > 0) this.emit('SIGINT');
        else this.close();
        break;
      case 'h': this[kDeleteLeft](); break;
      case 'd':
        if (this.cursor === 0 && this.line.length === 0) this.close();
        else if (this.cursor < this.line.length) this[kDeleteRight]();
        break;
      case 'u': this[kDeleteLineLeft](); break;
      case 'k': this[kDeleteLineRight](); break;
      case 'a': this[kMoveCursor](-Infinity); break;
      case 'e': this[kMoveCursor](+Infinity); break;
      case 'b': this[kMoveCursor](-charLengthLeft(this.line, this.cursor)); break;
      case 'f': this[kMoveCursor](+charLengthAt(this.line, this.cursor)); break;
      case 'l':
        cursorTo(this.output, 0, 0);
        clearScreenDown(this.output);
        this[kRefreshLine]();
        break;
      case 'n': this[kHistoryNext](); break;
      case 'p': this[kHistoryPrev](); break;
      case 'y': this[kYank](); break;
      case 'z':
        if (process.platform === 'win32') break;
        if (this.listenerCount('SIGTSTP') > 0) {
          this.emit('SIGTSTP');
        } else {
          process.once('SIGCONT', () => {
            if (!this.paused) {
              // Pause and resume so that SIGINT, SIGTSTP and EOF are seen again.
              this.pause();
              this.emit('SIGCONT');
            }
            this[kSetRawMode](true);
            this[kRefreshLine]();
          });
          this[kSetRawMode](false);
          process.kill(process.pid, 'SIGTSTP');
        }
        break;
      case 'w':
      case 'backspace': this[kDeleteWordLeft](); break;
      case 'delete': this[kDeleteWordRight](); break;
      case 'left': this[kWordLeft](); break;
      case 'right': this[kWordRight](); break;
    }
  }

  // Lines as an async iterator. Lines arriving before the consumer asks are queued;
  // past kIteratorHighWaterMark queued lines the interface pauses until they drain.
  // Ending the iteration early (break, return, throw) closes the interface.
  [Symbol.asyncIterator]() {
    if (this[kLineIterator] === undefined) this[kLineIterator] = makeLineIterator(this);
    return this[kLineIterator];
  }

  [Symbol.dispose]() {
    this.close();
  }
}

function makeLineIterator(rl) {
  const queue = [];
  const waiting = [];
  let finished = false;
  let failure = null;
  let pausedByUs = false;

  const onLine = (line) => {
    if (waiting.length > 0) {
      waiting.shift().resolve({ value: line, done: false });
      return;
    }
    queue.push(line);
    if (queue.length >= kIteratorHighWaterMark && !rl.paused && !rl.closed) {
      pausedByUs = true;
      rl.pause();
    }
  };
  const onError = (err) => {
    stop();
    if (waiting.length > 0) waiting.shift().reject(err);
    else failure = err;
    for (const request of waiting.splice(0)) request.resolve({ value: undefined, done: true });
  };
  const onClose = () => {
    stop();
    for (const request of waiting.splice(0)) request.resolve({ value: undefined, done: true });
  };
  function stop() {
    finished = true;
    rl.removeListener('line', onLine);
    rl.removeListener('error', onError);
    rl.removeListener('close', onClose);
  }
  // The consumer is done: drop what is queued, end pending reads, close the interface.
  function finish() {
    stop();
    queue.length = 0;
    for (const request of waiting.splice(0)) request.resolve({ value: undefined, done: true });
    rl.close();
  }
  rl.on('line', onLine);
  rl.on('error', onError);
  rl.on('close', onClose);

  const iterator = {
    __proto__: Object.getPrototypeOf(Object.getPrototypeOf((async function* () {})())),
    next() {
      if (queue.length > 0) {
        const value = queue.shift();
        if (pausedByUs && queue.length < kIteratorHighWaterMark / 2 && !rl.closed) {
          pausedByUs = false;
          rl.resume();
        }
        return Promise.resolve({ value, done: false });
      }
      if (failure !== null) {
        const err = failure;
        failure = null;
        return Promise.reject(err);
      }
      if (finished) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    return() {
      finish();
      return Promise.resolve({ value: undefined, done: true });
    },
    throw(err) {
      finish();
      return Promise.reject(err);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
  return iterator;
}

// Node's pre-symbol method names, kept for programs that call them (rl._ttyWrite...).
const legacyNames = {
  _setRawMode: kSetRawMode, _onLine: kOnLine, _writeToOutput: kWriteToOutput,
  _addHistory: kAddHistory, _refreshLine: kRefreshLine, _normalWrite: kNormalWrite,
  _insertString: kInsertString, _tabComplete: kTabComplete, _wordLeft: kWordLeft,
  _wordRight: kWordRight, _deleteLeft: kDeleteLeft, _deleteRight: kDeleteRight,
  _deleteWordLeft: kDeleteWordLeft, _deleteWordRight: kDeleteWordRight,
  _deleteLineLeft: kDeleteLineLeft, _deleteLineRight: kDeleteLineRight, _line: kLine,
  _historyNext: kHistoryNext, _historyPrev: kHistoryPrev, _getDisplayPos: kGetDisplayPos,
  _moveCursor: kMoveCursor, _ttyWrite: kTtyWrite,
};

// Defines the legacy underscore names on `proto` (readline.Interface.prototype).
function defineLegacyMethods(proto) {
  for (const [name, symbol] of Object.entries(legacyNames)) {
    Object.defineProperty(proto, name, {
      value(...args) {
        return this[symbol](...args);
      },
      writable: true,
      enumerable: false,
      configurable: true,
    });
  }
  Object.defineProperty(proto, '_getCursorPos', {
    value: Interface.prototype.getCursorPos, writable: true, enumerable: false, configurable: true,
  });
  for (const [name, symbol] of [['_prompt', kPrompt], ['_oldPrompt', kOldPrompt],
    ['_questionCallback', kQuestionCallback], ['_sawReturnAt', kSawReturnAt],
    ['_previousKey', kPreviousKey], ['_decoder', kDecoder], ['_line_buffer', kLineBuffer],
    ['prevRows', kPrevRows]]) {
    Object.defineProperty(proto, name, {
      get() { return this[symbol]; },
      set(value) { this[symbol] = value; },
      enumerable: false,
      configurable: true,
    });
  }
}

module.exports = {
  AbortError,
  Interface,
  InterfaceConstructor,
  defineLegacyMethods,
  kQuestion,
  kQuestionCancel,
  kTtyWrite,
};
