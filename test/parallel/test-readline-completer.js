'use strict';
// Tab completion in terminal mode: the common prefix is inserted on the first tab, the
// candidates are listed in columns on the second (as Node prints them, for the output's
// width), '' entries start a new group, a completion that does not extend the typed
// text replaces it; sync, callback and promise-returning (readline/promises) completers;
// a completer error is printed; a tab inside pasted text is text.
const common = require('../common');
const assert = require('assert');
const readline = require('readline');
const readlinePromises = require('readline/promises');
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

const words = ['apple', 'apricot', 'banana', 'avocado', 'applesauce'];
function completeWord(line) {
  const word = line.split(' ').pop();
  const hits = words.filter((candidate) => candidate.startsWith(word));
  return [hits.length ? hits : words, word];
}

// Writes each chunk as terminal input, waits, and checks [chunk, output, line, cursor].
async function run(mod, completer, steps, columns = 80) {
  const input = new PassThrough();
  const output = new FakeTTY(columns);
  const rl = mod.createInterface({ input, output, completer, terminal: true });
  for (const [chunk, expected, line, cursor] of steps) {
    input.write(chunk);
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (typeof expected === 'function') expected(output.written);
    else assert.strictEqual(output.written, expected, JSON.stringify(chunk));
    assert.strictEqual(rl.line, line, JSON.stringify(chunk));
    assert.strictEqual(rl.cursor, cursor, JSON.stringify(chunk));
    output.written = '';
  }
  rl.close();
}

(async () => {
  await run(readline, completeWord, [
    ["a", "a", "a", 1],
    ["\t", "", "a", 1],
    ["\t", "\r\napple       apricot     avocado     applesauce\r\n\r\n\u001b[1G\u001b[0J> a\u001b[4G", "a", 1],
    ["p", "p", "ap", 2],
    ["\t", "", "ap", 2],
    ["\t", "\r\napple       apricot     applesauce\r\n\r\n\u001b[1G\u001b[0J> ap\u001b[5G", "ap", 2],
    ["r\t", "ricot", "apricot", 7],
    ["\u0015", "\u001b[1G\u001b[0J> \u001b[3G", "", 0],
    ["x\t", "x", "x", 1],
    ["\t", "\r\napple       apricot     banana      avocado     applesauce\r\n\r\n\u001b[1G\u001b[0J> x\u001b[4G", "x", 1],
  ]);
  // A narrow terminal: several rows of columns.
  await run(readline, completeWord, [
    ["\t", "", "", 0],
    ["\t", "\r\napple       apricot\r\nbanana      avocado\r\napplesauce\r\n\r\n\u001b[1G\u001b[0J> \u001b[3G", "", 0],
  ], 30);
  // A callback completer answering later; '' starts a new group.
  await run(readline, common.mustCall((line, callback) => {
    setTimeout(() => callback(null, [['one', '', 'two', 'three'], '']), 1);
  }, 2), [
    ["\t", "", "", 0],
    ["\t", "\r\none\r\n\r\ntwo    three\r\n\r\n\u001b[1G\u001b[0J> \u001b[3G", "", 0],
  ]);
  // A completer error is printed and the line kept.
  await run(readline, (line, callback) => callback(new Error('boom')), [
    ['\t', (written) => assert(written.startsWith('Tab completion error: Error: boom'), written), '', 0],
  ]);
  // readline/promises accepts an async completer.
  await run(readlinePromises, async (line) => [['hello', 'help'], line], [
    ["h", "h", "h", 1],
    ["\t", "el", "hel", 3],
    ["\t", "\r\nhello  help\r\n\r\n\u001b[1G\u001b[0J> hel\u001b[6G", "hel", 3],
    ["x", "x", "helx", 4],
  ]);
  // A completion that does not extend the typed text replaces it.
  await run(readline, () => [['ZZ'], 'ab'], [
    ["xab", "xab", "xab", 3],
    ["\t", "\u001b[1G\u001b[0J> xZZ\u001b[6G", "xZZ", 3],
  ]);
  // A tab inside a pasted chunk is inserted as text.
  await run(readline, common.mustNotCall(), [
    ["b\tq", "b\tq", "b\tq", 3],
  ]);
})().then(common.mustCall());
