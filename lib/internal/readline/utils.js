'use strict';
// Helpers shared by readline's pieces: the ANSI control sequences, UTF-16 character
// lengths around a position, the common prefix of completions, and the keypress
// decoder (a generator fed one character at a time, emitting 'keypress' on a stream).

const kEscape = '\x1b';
const kClearToLineBeginning = '\x1b[1K';
const kClearToLineEnd = '\x1b[0K';
const kClearLine = '\x1b[2K';
const kClearScreenDown = '\x1b[0J';

// The number of UTF-16 code units of the character starting at index i.
function charLengthAt(str, i) {
  if (str.length <= i) return 1;
  return str.codePointAt(i) >= 0x10000 ? 2 : 1;
}

// The number of UTF-16 code units of the character ending just before index i.
function charLengthLeft(str, i) {
  if (i <= 0) return 0;
  if (i > 1 && str.codePointAt(i - 2) >= 0x10000) return 2;
  return 1;
}

// The longest string every entry of `strings` starts with.
function commonPrefix(strings) {
  if (strings.length === 0) return '';
  if (strings.length === 1) return strings[0];
  let min = strings[0];
  let max = strings[0];
  for (const s of strings) {
    if (s < min) min = s;
    if (s > max) max = s;
  }
  let i = 0;
  while (i < min.length && min[i] === max[i]) i++;
  return min.slice(0, i);
}

// Key names of escape sequences, keyed by the sequence's code (what follows ESC,
// modifiers removed). An entry may carry an implied modifier: 's' shift, 'c' ctrl.
const keyNames = {
  __proto__: null,
  'OP': 'f1', 'OQ': 'f2', 'OR': 'f3', 'OS': 'f4',
  '[11~': 'f1', '[12~': 'f2', '[13~': 'f3', '[14~': 'f4',
  '[[A': 'f1', '[[B': 'f2', '[[C': 'f3', '[[D': 'f4', '[[E': 'f5',
  '[15~': 'f5', '[17~': 'f6', '[18~': 'f7', '[19~': 'f8', '[20~': 'f9',
  '[21~': 'f10', '[23~': 'f11', '[24~': 'f12',
  '[A': 'up', '[B': 'down', '[C': 'right', '[D': 'left', '[E': 'clear', '[F': 'end',
  '[H': 'home',
  'OA': 'up', 'OB': 'down', 'OC': 'right', 'OD': 'left', 'OE': 'clear', 'OF': 'end',
  'OH': 'home',
  '[1~': 'home', '[2~': 'insert', '[3~': 'delete', '[4~': 'end', '[5~': 'pageup',
  '[6~': 'pagedown', '[[5~': 'pageup', '[[6~': 'pagedown', '[7~': 'home', '[8~': 'end',
  '[200~': 'paste-start', '[201~': 'paste-end',
};
const shiftedKeyNames = {
  __proto__: null,
  '[a': 'up', '[b': 'down', '[c': 'right', '[d': 'left', '[e': 'clear',
  '[2$': 'insert', '[3$': 'delete', '[5$': 'pageup', '[6$': 'pagedown', '[7$': 'home',
  '[8$': 'end', '[Z': 'tab',
};
const ctrlKeyNames = {
  __proto__: null,
  'Oa': 'up', 'Ob': 'down', 'Oc': 'right', 'Od': 'left', 'Oe': 'clear',
  '[2^': 'insert', '[3^': 'delete', '[5^': 'pageup', '[6^': 'pagedown', '[7^': 'home',
  '[8^': 'end',
};

const isDigit = (ch) => ch >= '0' && ch <= '9';
const kTildeForm = /^(?:(\d\d?)(?:;(\d))?([~^$])|(\d{3}~))$/;
const kLetterForm = /^((\d;)?(\d))?([A-Za-z])$/;

// A generator that receives characters through next(ch) (one code point each, '' when
// a lone ESC timed out) and emits ('keypress', str, key) on `stream` for each key.
function* emitKeys(stream) {
  while (true) {
    let ch = yield;
    let s = ch;
    let escaped = false;
    const key = { sequence: null, name: undefined, ctrl: false, meta: false, shift: false };

    if (ch === kEscape) {
      escaped = true;
      s += (ch = yield);
      if (ch === kEscape) s += (ch = yield);
    }

    if (escaped && (ch === 'O' || ch === '[')) {
      // ESC O <mod>? letter, ESC [ [? digits (; mod)? (~ ^ $ or letter).
      let code = ch;
      let modifier = 0;
      if (ch === 'O') {
        s += (ch = yield);
        if (isDigit(ch)) {
          modifier = Number(ch) - 1;
          s += (ch = yield);
        }
        code += ch;
      } else {
        s += (ch = yield);
        if (ch === '[') {
          code += ch;
          s += (ch = yield);
        }
        const start = s.length - 1;
        for (let digits = 0; digits < 3 && isDigit(ch); digits++) s += (ch = yield);
        if (ch === ';') {
          s += (ch = yield);
          if (isDigit(ch)) s += (ch = yield);
        }
        const cmd = s.slice(start);
        let match;
        if ((match = kTildeForm.exec(cmd)) !== null) {
          if (match[4] !== undefined) {
            code += match[4];
          } else {
            code += match[1] + match[3];
            modifier = (Number(match[2]) || 1) - 1;
          }
        } else if ((match = kLetterForm.exec(cmd)) !== null) {
          code += match[4];
          modifier = (Number(match[3]) || 1) - 1;
        } else {
          code += cmd;
        }
      }
      key.ctrl = (modifier & 4) !== 0;
      key.meta = (modifier & 10) !== 0;
      key.shift = (modifier & 1) !== 0;
      key.code = code;
      if (code in keyNames) {
        key.name = keyNames[code];
      } else if (code in shiftedKeyNames) {
        key.name = shiftedKeyNames[code];
        key.shift = true;
      } else if (code in ctrlKeyNames) {
        key.name = ctrlKeyNames[code];
        key.ctrl = true;
      } else {
        key.name = 'undefined';
      }
    } else if (ch === '\r') {
      key.name = 'return';
      key.meta = escaped;
    } else if (ch === '\n') {
      key.name = 'enter';
      key.meta = escaped;
    } else if (ch === '\t') {
      key.name = 'tab';
      key.meta = escaped;
    } else if (ch === '\b' || ch === '\x7f') {
      key.name = 'backspace';
      key.meta = escaped;
    } else if (ch === kEscape) {
      key.name = 'escape';
      key.meta = escaped;
    } else if (ch === ' ') {
      key.name = 'space';
      key.meta = escaped;
    } else if (!escaped && ch <= '\x1a') {
      // Ctrl+letter: \x01 is Ctrl+A, and \x00 reads as Ctrl+`.
      key.name = String.fromCharCode(ch.charCodeAt(0) + 96);
      key.ctrl = true;
    } else if (/^[0-9A-Za-z]$/.test(ch)) {
      key.name = ch.toLowerCase();
      key.shift = ch !== key.name;
      key.meta = escaped;
    } else if (escaped) {
      // ESC followed by another character, or a lone ESC whose wait timed out ('').
      key.name = ch.length > 0 ? undefined : 'escape';
      key.meta = true;
    }

    key.sequence = s;
    if (s.length !== 0 && (key.name !== undefined || escaped)) {
      stream.emit('keypress', escaped ? undefined : s, key);
    } else if (charLengthAt(s, 0) === s.length) {
      stream.emit('keypress', s, key);
    }
  }
}

module.exports = {
  charLengthAt,
  charLengthLeft,
  commonPrefix,
  emitKeys,
  kClearLine,
  kClearScreenDown,
  kClearToLineBeginning,
  kClearToLineEnd,
  kEscape,
};
