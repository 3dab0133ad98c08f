'use strict';
// readline.emitKeypressEvents(stream): Node's decoding of terminal input into
// ('keypress', str, key) events: letters, control keys, meta (ESC-prefixed) keys,
// CSI/SS3 escape sequences with modifiers, function keys, paste brackets, non-ASCII
// text; sequences split across chunks; a lone ESC after escapeCodeTimeout.
const common = require('../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

// [input written as one chunk, str argument (null for undefined), key]
const cases = [
  ['a', "a", {sequence: "a", name: "a", ctrl: false, meta: false, shift: false}],
  ['A', "A", {sequence: "A", name: "a", ctrl: false, meta: false, shift: true}],
  ['\r', "\r", {sequence: "\r", name: "return", ctrl: false, meta: false, shift: false}],
  ['\n', "\n", {sequence: "\n", name: "enter", ctrl: false, meta: false, shift: false}],
  ['\t', "\t", {sequence: "\t", name: "tab", ctrl: false, meta: false, shift: false}],
  ['\b', "\b", {sequence: "\b", name: "backspace", ctrl: false, meta: false, shift: false}],
  ['\x7f', "\u007f", {sequence: "\u007f", name: "backspace", ctrl: false, meta: false, shift: false}],
  ['\x1b\x7f', null, {sequence: "\u001b\u007f", name: "backspace", ctrl: false, meta: true, shift: false}],
  [' ', " ", {sequence: " ", name: "space", ctrl: false, meta: false, shift: false}],
  ['\x1b ', null, {sequence: "\u001b ", name: "space", ctrl: false, meta: true, shift: false}],
  ['\x01', "\u0001", {sequence: "\u0001", name: "a", ctrl: true, meta: false, shift: false}],
  ['\x1bb', null, {sequence: "\u001bb", name: "b", ctrl: false, meta: true, shift: false}],
  ['\x1bB', null, {sequence: "\u001bB", name: "b", ctrl: false, meta: true, shift: true}],
  ['\x1b[A', null, {sequence: "\u001b[A", name: "up", ctrl: false, meta: false, shift: false, code: "[A"}],
  ['\x1b[1;5C', null, {sequence: "\u001b[1;5C", name: "right", ctrl: true, meta: false, shift: false, code: "[C"}],
  ['\x1b[1;2D', null, {sequence: "\u001b[1;2D", name: "left", ctrl: false, meta: false, shift: true, code: "[D"}],
  ['\x1bOP', null, {sequence: "\u001bOP", name: "f1", ctrl: false, meta: false, shift: false, code: "OP"}],
  ['\x1b[15~', null, {sequence: "\u001b[15~", name: "f5", ctrl: false, meta: false, shift: false, code: "[15~"}],
  ['\x1b[3~', null, {sequence: "\u001b[3~", name: "delete", ctrl: false, meta: false, shift: false, code: "[3~"}],
  ['\x1b[3;5~', null, {sequence: "\u001b[3;5~", name: "delete", ctrl: true, meta: false, shift: false, code: "[3~"}],
  ['\x1b[200~', null, {sequence: "\u001b[200~", name: "paste-start", ctrl: false, meta: false, shift: false, code: "[200~"}],
  ['\x1b[201~', null, {sequence: "\u001b[201~", name: "paste-end", ctrl: false, meta: false, shift: false, code: "[201~"}],
  ['\x1b\x1b[A', null, {sequence: "\u001b\u001b[A", name: "up", ctrl: false, meta: false, shift: false, code: "[A"}],
  ['é', "\u00e9", {sequence: "\u00e9", ctrl: false, meta: false, shift: false}],
  ['😀', "\ud83d\ude00", {sequence: "\ud83d\ude00", ctrl: false, meta: false, shift: false}],
  ['\x1b[Z', null, {sequence: "\u001b[Z", name: "tab", ctrl: false, meta: false, shift: true, code: "[Z"}],
  ['\x1b[a', null, {sequence: "\u001b[a", name: "up", ctrl: false, meta: false, shift: true, code: "[a"}],
  ['\x1bOa', null, {sequence: "\u001bOa", name: "up", ctrl: true, meta: false, shift: false, code: "Oa"}],
  ['\x1b[2$', null, {sequence: "\u001b[2$", name: "insert", ctrl: false, meta: false, shift: true, code: "[2$"}],
  ['\x1b[5^', null, {sequence: "\u001b[5^", name: "pageup", ctrl: true, meta: false, shift: false, code: "[5^"}],
  ['\x1b[[A', null, {sequence: "\u001b[[A", name: "f1", ctrl: false, meta: false, shift: false, code: "[[A"}],
  ['\x1b[[5~', null, {sequence: "\u001b[[5~", name: "pageup", ctrl: false, meta: false, shift: false, code: "[[5~"}],
  ['\x1b[99Q', null, {sequence: "\u001b[99Q", name: "undefined", ctrl: false, meta: false, shift: false, code: "[99Q"}],
  ['\x1b\x1b!', null, {sequence: "\u001b\u001b!", ctrl: false, meta: true, shift: false}],
  ['\x1b!', null, {sequence: "\u001b!", ctrl: false, meta: true, shift: false}],
  ['\x00', "\u0000", {sequence: "\u0000", name: "`", ctrl: true, meta: false, shift: false}],
  ['\x1c', "\u001c", {sequence: "\u001c", ctrl: false, meta: false, shift: false}],
  ['\x1b[1;3A', null, {sequence: "\u001b[1;3A", name: "up", ctrl: false, meta: true, shift: false, code: "[A"}],
  ['\x1b[1;9A', null, {sequence: "\u001b[1;9A", name: "up", ctrl: false, meta: true, shift: false, code: "[A"}],
  ['\x1bO5P', null, {sequence: "\u001bO5P", name: "f1", ctrl: true, meta: false, shift: false, code: "OP"}],];

{
  const stream = new PassThrough();
  readline.emitKeypressEvents(stream);
  readline.emitKeypressEvents(stream); // A second call changes nothing.
  const seen = [];
  stream.on('keypress', (str, key) => seen.push([str, key]));
  for (const [input] of cases) stream.write(input);
  process.nextTick(common.mustCall(() => {
    assert.strictEqual(seen.length, cases.length);
    for (let i = 0; i < cases.length; i++) {
      const [input, str, key] = cases[i];
      assert.strictEqual(seen[i][0], str ?? undefined, JSON.stringify(input));
      // (name: undefined compares as absent)
      assert.deepStrictEqual(JSON.parse(JSON.stringify(seen[i][1])), key, JSON.stringify(input));
    }
  }));
}

// Decoding starts only once a 'keypress' listener exists; bytes split anywhere
// (inside an escape sequence, inside a UTF-8 character) still make whole keys.
{
  const stream = new PassThrough();
  readline.emitKeypressEvents(stream);
  const seen = [];
  stream.on('keypress', (str, key) => seen.push(key.name ?? key.sequence));
  const bytes = Buffer.from('x\x1b[1;5Dé€😀\x1bOPy');
  for (let i = 0; i < bytes.length; i++) stream.write(bytes.subarray(i, i + 1));
  setImmediate(common.mustCall(() => {
    assert.deepStrictEqual(seen, ['x', 'left', 'é', '€', '😀', 'f1', 'y']);
  }));
}

// A lone ESC ending a chunk becomes an 'escape' key once escapeCodeTimeout passes.
{
  const stream = new PassThrough();
  readline.emitKeypressEvents(stream, { escapeCodeTimeout: 10 });
  const seen = [];
  stream.on('keypress', (str, key) => seen.push([str, { ...key }]));
  stream.write('\x1b');
  setTimeout(common.mustCall(() => {
    assert.deepStrictEqual(seen, [[undefined, {
      sequence: '\x1b', name: 'escape', ctrl: false, meta: true, shift: false,
    }]]);
  }), 200);
}

// An ESC followed by the rest of its sequence in the next chunk is one key.
{
  const stream = new PassThrough();
  readline.emitKeypressEvents(stream, { escapeCodeTimeout: 1000 });
  const seen = [];
  stream.on('keypress', (str, key) => seen.push(key.name));
  stream.write('\x1b');
  setTimeout(common.mustCall(() => {
    stream.write('[B');
    setImmediate(common.mustCall(() => assert.deepStrictEqual(seen, ['down'])));
  }), 5);
}

// A listener that throws does not break decoding of later input.
{
  const stream = new PassThrough();
  readline.emitKeypressEvents(stream);
  const seen = [];
  let first = true;
  stream.on('keypress', (str) => {
    seen.push(str);
    if (first) {
      first = false;
      throw new Error('from listener');
    }
  });
  assert.throws(() => stream.emit('data', 'a'), { message: 'from listener' });
  stream.emit('data', 'b');
  assert.deepStrictEqual(seen, ['a', 'b']);
}

// A terminal interface reads keys from its input through the same decoder.
{
  const input = new PassThrough();
  const output = new PassThrough();
  output.isTTY = true;
  output.resume();
  const rl = readline.createInterface({ input, output, terminal: true });
  rl.on('line', common.mustCall((line) => {
    assert.strictEqual(line, 'hi!');
    rl.close();
  }));
  input.write('hx\x1b[D\x1b[3~i\x1b[F!\r');
}

// Bad input: no stream.
assert.throws(() => readline.emitKeypressEvents(), TypeError);
