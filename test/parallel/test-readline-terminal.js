'use strict';
// Terminal mode: what readline writes to a TTY-like output for each key, byte for byte
// (the expected bytes are those Node 24 writes), with the line, cursor and events after
// it. Keys go through rl.write(data, key), named as Node's keypress decoder names them.
require('../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');
const EventEmitter = require('events');

class FakeTTY extends EventEmitter {
  constructor(columns) {
    super();
    this.isTTY = true;
    this.columns = columns;
    this.written = '';
  }

  write(data) {
    this.written += data;
    return true;
  }
}

const K = (name, extra) => [null, { name, ...extra }];

// Runs steps ([[data, key], expectedOutput, expectedLine, expectedCursor]...) on a
// fresh terminal interface, then checks the events it emitted.
function session(options, firstOutput, steps, expectedEvents) {
  const input = new PassThrough();
  const output = new FakeTTY(options.columns ?? 80);
  const rl = readline.createInterface({ input, output, terminal: true, ...options.rl });
  const events = [];
  rl.on('line', (line) => events.push(['line', line]));
  rl.on('close', () => events.push(['close']));
  rl.on('history', (history) => events.push(['history', [...history]]));
  if (options.sigint) rl.on('SIGINT', () => events.push(['SIGINT']));
  assert.strictEqual(rl.terminal, true);
  rl.prompt();
  assert.strictEqual(output.written, firstOutput);
  output.written = '';
  let closed = false;
  rl.on('close', () => { closed = true; });
  for (const [[data, key], expected, line, cursor] of steps) {
    const what = JSON.stringify([data, key]);
    if (!closed) rl.write(data, key);
    assert.strictEqual(output.written, expected, what);
    assert.strictEqual(rl.line, line, what);
    assert.strictEqual(rl.cursor, cursor, what);
    output.written = '';
  }
  assert.deepStrictEqual(events, expectedEvents);
  if (!closed) rl.close();
}


// Typing, moving with arrows/home/end, inserting in the middle, backspace, delete, wide and astral characters.
session({}, "\u001b[1G\u001b[0J> \u001b[3G", [
  [['abc'], "abc", "abc", 3],
  [K('left'), "\u001b[1D", "abc", 2],
  [K('left'), "\u001b[1D", "abc", 1],
  [['X'], "\u001b[1G\u001b[0J> aXbc\u001b[5G", "aXbc", 2],
  [K('home'), "\u001b[2D", "aXbc", 0],
  [K('end'), "\u001b[4C", "aXbc", 4],
  [K('backspace'), "\u001b[1G\u001b[0J> aXb\u001b[6G", "aXb", 3],
  [K('left'), "\u001b[1D", "aXb", 2],
  [K('delete'), "\u001b[1G\u001b[0J> aX\u001b[5G", "aX", 2],
  [['\r'], "\r\n", "", 0],
  [['é😀x'], "\u00e9\ud83d\ude00x", "\u00e9\ud83d\ude00x", 4],
  [K('left'), "\u001b[1D", "\u00e9\ud83d\ude00x", 3],
  [K('left'), "\u001b[2D", "\u00e9\ud83d\ude00x", 1],
  [K('backspace'), "\u001b[1G\u001b[0J> \ud83d\ude00x\u001b[3G", "\ud83d\ude00x", 0],
  [K('right'), "\u001b[2C", "\ud83d\ude00x", 2],
  [['\n'], "\u001b[1G\u001b[0J> \ud83d\ude00x\u001b[5G\u001b[1C\r\n", "", 0],
], [["history", ["aX"]], ["line", "aX"], ["history", ["\ud83d\ude00x", "aX"]], ["line", "\ud83d\ude00x"]]);

// Word moves and deletions (Ctrl/Meta), Ctrl-A/E/B/F/H/D/K/U/L, Ctrl+Delete, custom prompt.
session({ rl: { prompt: '$ ' } }, "\u001b[1G\u001b[0J$ \u001b[3G", [
  [['foo bar  baz.qux'], "foo bar  baz.qux", "foo bar  baz.qux", 16],
  [K('w', { ctrl: true }), "\u001b[1G\u001b[0J$ foo bar  baz.\u001b[16G", "foo bar  baz.", 13],
  [K('left', {ctrl: true}), "\u001b[1D", "foo bar  baz.", 12],
  [K('left', {ctrl: true}), "\u001b[3D", "foo bar  baz.", 9],
  [K('right', {ctrl: true}), "\u001b[3C", "foo bar  baz.", 12],
  [K('b', { meta: true }), "\u001b[3D", "foo bar  baz.", 9],
  [K('f', { meta: true }), "\u001b[3C", "foo bar  baz.", 12],
  [K('d', { meta: true }), "\u001b[1G\u001b[0J$ foo bar  baz\u001b[15G", "foo bar  baz", 12],
  [K('backspace', { meta: true }), "\u001b[1G\u001b[0J$ foo bar  \u001b[12G", "foo bar  ", 9],
  [K('a', { ctrl: true }), "\u001b[9D", "foo bar  ", 0],
  [K('k', { ctrl: true }), "\u001b[1G\u001b[0J$ \u001b[3G", "", 0],
  [['zz yy'], "zz yy", "zz yy", 5],
  [K('a', { ctrl: true }), "\u001b[5D", "zz yy", 0],
  [K('f', { ctrl: true }), "\u001b[1C", "zz yy", 1],
  [K('u', { ctrl: true }), "\u001b[1G\u001b[0J$ z yy\u001b[3G", "z yy", 0],
  [K('e', { ctrl: true }), "\u001b[4C", "z yy", 4],
  [K('b', { ctrl: true }), "\u001b[1D", "z yy", 3],
  [K('h', { ctrl: true }), "\u001b[1G\u001b[0J$ z y\u001b[5G", "z y", 2],
  [K('d', { ctrl: true }), "\u001b[1G\u001b[0J$ z \u001b[5G", "z ", 2],
  [K('l', { ctrl: true }), "\u001b[1;1H\u001b[0J\u001b[1G\u001b[0J$ z \u001b[5G", "z ", 2],
  [K('delete', {ctrl: true}), "", "z ", 2],
  [K('a', {ctrl:true}), "\u001b[2D", "z ", 0],
  [K('delete', {ctrl: true}), "\u001b[1G\u001b[0J$ \u001b[3G", "", 0],
  [['\r'], "\r\n", "", 0],
], [["line", ""]]);

// A line longer than the terminal width wraps: the cursor moves across rows.
session({ columns: 10 }, "\u001b[1G\u001b[0J> \u001b[3G", [
  [['0123456789abcdef'], "\u001b[1G\u001b[0J> 0123456789abcdef\u001b[9G", "0123456789abcdef", 16],
  [K('home'), "\u001b[1A\u001b[1G\u001b[0J> 0123456789abcdef\u001b[3G\u001b[1A", "0123456789abcdef", 0],
  [K('end'), "\u001b[1G\u001b[0J> 0123456789abcdef\u001b[9G", "0123456789abcdef", 16],
  [K('left'), "\u001b[1D", "0123456789abcdef", 15],
  [['Z'], "\u001b[1A\u001b[1G\u001b[0J> 0123456789abcdeZf\u001b[9G", "0123456789abcdeZf", 16],
  [K('backspace'), "\u001b[1A\u001b[1G\u001b[0J> 0123456789abcdef\u001b[8G", "0123456789abcdef", 15],
  [['\r'], "\u001b[1A\u001b[1G\u001b[0J> 0123456789abcdef\u001b[8G\u001b[1C\r\n", "", 0],
], [["history", ["0123456789abcdef"]], ["line", "0123456789abcdef"]]);

// History: up/down, prefix search, historySize, removeHistoryDuplicates, blank lines not kept.
session({ rl: { history: ['older', 'old'], historySize: 3, removeHistoryDuplicates: true } }, "\u001b[1G\u001b[0J> \u001b[3G", [
  [['one\r'], "one\r\n", "", 0],
  [['two\r'], "two\r\n", "", 0],
  [['one\r'], "one\r\n", "", 0],
  [K('up'), "\u001b[1G\u001b[0J> one\u001b[6G", "one", 3],
  [K('up'), "\u001b[1G\u001b[0J> two\u001b[6G", "two", 3],
  [K('up'), "\u001b[1G\u001b[0J> older\u001b[8G", "older", 5],
  [K('up'), "\u001b[1G\u001b[0J> \u001b[3G", "", 0],
  [K('down'), "\u001b[1G\u001b[0J> older\u001b[8G", "older", 5],
  [K('down'), "\u001b[1G\u001b[0J> two\u001b[6G", "two", 3],
  [K('down'), "\u001b[1G\u001b[0J> one\u001b[6G", "one", 3],
  [['o'], "o", "oneo", 4],
  [K('up'), "\u001b[1G\u001b[0J> oneo\u001b[7G", "oneo", 4],
  [K('up'), "", "oneo", 4],
  [K('down'), "\u001b[1G\u001b[0J> oneo\u001b[7G", "oneo", 4],
  [K('down'), "", "oneo", 4],
  [['\r'], "\r\n", "", 0],
  [['   \r'], "   \r\n", "", 0],
  [['\r'], "\r\n", "", 0],
], [["history", ["one", "older", "old"]], ["line", "one"], ["history", ["two", "one", "older"]], ["line", "two"], ["history", ["one", "two", "older"]], ["line", "one"], ["history", ["oneo", "one", "two"]], ["line", "oneo"], ["line", "   "], ["line", ""]]);

// Ctrl-C with a 'SIGINT' listener, Ctrl-D deleting to the right, Ctrl-D on an empty line closes.
session({ sigint: 1 }, "\u001b[1G\u001b[0J> \u001b[3G", [
  [['ab'], "ab", "ab", 2],
  [K('c', { ctrl: true }), "", "ab", 2],
  [K('d', { ctrl: true }), "", "ab", 2],
  [K('a', {ctrl:true}), "\u001b[2D", "ab", 0],
  [K('d', { ctrl: true }), "\u001b[1G\u001b[0J> b\u001b[3G", "b", 0],
  [K('d', { ctrl: true }), "\u001b[1G\u001b[0J> \u001b[3G", "", 0],
  [K('d', { ctrl: true }), "", "", 0],
], [["SIGINT"], ["close"]]);

// Ctrl-C without a 'SIGINT' listener closes.
session({}, "\u001b[1G\u001b[0J> \u001b[3G", [
  [['ab'], "ab", "ab", 2],
  [K('c', { ctrl: true }), "", "ab", 2],
  [['x'], "", "ab", 2],
], [["close"]]);

// Ctrl-D on an empty line closes.
session({}, "\u001b[1G\u001b[0J> \u001b[3G", [
  [K('d', { ctrl: true }), "", "", 0],
], [["close"]]);

// Tab without completer is text; pasted line ends (\r\n, \r, \n) end lines; escape and unknown keys do nothing; Ctrl+_ undo, Ctrl+^ redo.
session({}, "\u001b[1G\u001b[0J> \u001b[3G", [
  [['a\tb'], "a\tb", "a\tb", 3],
  [['x\r\ny\rz\n'], "x\r\ny\r\nz\r\n", "", 0],
  [K('escape'), "", "", 0],
  [K('undefined', {sequence: '\x1b[99Q'}), "", "", 0],
  [['\x1f', {sequence: '\x1f'}], "\u001b[1G\u001b[0J> \u001b[3G", "", 0],
  [['\x1e', {sequence: '\x1e'}], "\u001b[1G\u001b[0J> \u001b[3G", "", 0],
], [["history", ["a\tbx"]], ["line", "a\tbx"], ["history", ["y", "a\tbx"]], ["line", "y"], ["history", ["z", "y", "a\tbx"]], ["line", "z"]]);

// historySize 0 keeps no history.
session({ rl: { historySize: 0 } }, "\u001b[1G\u001b[0J> \u001b[3G", [
  [['q\r'], "q\r\n", "", 0],
  [K('up'), "", "", 0],
], [["line", "q"]]);

// tabSize sets the tab stops used for cursor positions.
session({ rl: { tabSize: 4 } }, "\u001b[1G\u001b[0J> \u001b[3G", [
  [['\tx'], "\tx", "\tx", 2],
  [K('left'), "\u001b[1D", "\tx", 1],
  [K('left'), "\u001b[2D", "\tx", 0],
], []);
