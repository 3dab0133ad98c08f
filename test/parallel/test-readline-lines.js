'use strict';
// readline without a terminal: input split into 'line' events on \n, \r and \r\n (also
// when a chunk boundary falls between \r and \n, within crlfDelay), a last line without
// a line end emitted at 'end', UTF-8 split across chunks, string chunks, 'close',
// pause/resume events, use after close, Symbol.dispose, AbortSignal, bad options.
const common = require('../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

// Feeds chunks (each written synchronously) and resolves with the lines at 'close'.
function collect(chunks, options = {}) {
  return new Promise((resolve) => {
    const input = new PassThrough();
    const rl = readline.createInterface({ input, ...options });
    const lines = [];
    rl.on('line', (line) => lines.push(line));
    rl.on('close', () => resolve(lines));
    for (const chunk of chunks) input.write(chunk);
    input.end();
  });
}

(async () => {
  assert.deepStrictEqual(await collect(['a\nb\r\nc\rd']), ['a', 'b', 'c', 'd']);
  assert.deepStrictEqual(await collect(['one\n', 'two\n']), ['one', 'two']);
  assert.deepStrictEqual(await collect(['\n\n\r\r\n']), ['', '', '', '']);
  assert.deepStrictEqual(await collect(['no end']), ['no end']);
  assert.deepStrictEqual(await collect(['end\n']), ['end']);
  assert.deepStrictEqual(await collect([]), []);
  assert.deepStrictEqual(await collect(['par', 'tial', ' line\nnext', '\n']),
                         ['partial line', 'next']);
  // \r at the end of one chunk and \n at the start of the next: one line end.
  assert.deepStrictEqual(await collect(['a\r', '\nb\r', '\n']), ['a', 'b']);
  assert.deepStrictEqual(await collect(['a\r', '\nb'], { crlfDelay: Infinity }), ['a', 'b']);
  // A multi-byte character split between chunks.
  const bytes = Buffer.from('héllo wörld €\n😀');
  const chunks = [];
  for (let i = 0; i < bytes.length; i++) chunks.push(bytes.subarray(i, i + 1));
  assert.deepStrictEqual(await collect(chunks), ['héllo wörld €', '😀']);
  // A long input of many lines.
  const many = Array.from({ length: 5000 }, (_, i) => `line ${i}`);
  assert.deepStrictEqual(await collect([many.join('\n')]), many);

  // A \n arriving more than crlfDelay ms after a \r is a line end of its own.
  {
    const input = new PassThrough();
    const rl = readline.createInterface({ input, crlfDelay: 100 });
    assert.strictEqual(rl.crlfDelay, 100);
    const lines = [];
    rl.on('line', (line) => lines.push(line));
    input.write('x\r');
    await new Promise((resolve) => setTimeout(resolve, 250));
    input.write('\ny\n');
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepStrictEqual(lines, ['x', '', 'y']);
    rl.close();
  }

  // crlfDelay is at least 100.
  assert.strictEqual(readline.createInterface({ input: new PassThrough(), crlfDelay: 5 })
    .crlfDelay, 100);
  assert.strictEqual(readline.createInterface({ input: new PassThrough(), crlfDelay: 500 })
    .crlfDelay, 500);

  // rl.write() feeds the same line splitting.
  {
    const rl = readline.createInterface({ input: new PassThrough() });
    const lines = [];
    rl.on('line', (line) => lines.push(line));
    rl.write('a\nb');
    rl.write('c\n');
    assert.deepStrictEqual(lines, ['a', 'bc']);
    rl.close();
  }

  // A stream with an encoding gives strings.
  {
    const input = new PassThrough();
    input.setEncoding('utf8');
    const rl = readline.createInterface({ input });
    const lines = [];
    rl.on('line', (line) => lines.push(line));
    await new Promise((resolve) => {
      rl.on('close', resolve);
      input.end('s1\ns2');
    });
    assert.deepStrictEqual(lines, ['s1', 's2']);
  }
  console.log('lines ok');
})().then(common.mustCall());

// The documented defaults, the output, prompt and pause/resume events.
{
  const input = new PassThrough();
  const written = [];
  const output = { write(data) { written.push(data); return true; }, on() {} };
  const rl = readline.createInterface(input, output);
  assert(rl instanceof readline.Interface);
  assert(rl instanceof require('events'));
  assert.strictEqual(rl.terminal, false);
  assert.strictEqual(rl.input, input);
  assert.strictEqual(rl.output, output);
  assert.strictEqual(rl.line, '');
  assert.strictEqual(rl.getPrompt(), '> ');
  rl.setPrompt('P: ');
  assert.strictEqual(rl.getPrompt(), 'P: ');
  rl.prompt();
  assert.deepStrictEqual(written, ['P: ']);
  const events = [];
  rl.on('pause', () => events.push('pause'));
  rl.on('resume', () => events.push('resume'));
  rl.pause();
  rl.pause();
  assert.strictEqual(input.isPaused(), true);
  rl.resume();
  rl.resume();
  assert.strictEqual(input.isPaused(), false);
  rl.pause();
  rl.prompt(); // prompt() resumes.
  assert.deepStrictEqual(events, ['pause', 'resume', 'pause', 'resume']);
  rl.on('close', common.mustCall());
  rl.close();
  rl.close(); // Closing twice is fine and emits once.
  assert.strictEqual(rl.closed, true);
  assert.strictEqual(input.listenerCount('data'), 0);
  for (const use of [() => rl.write('x'), () => rl.prompt(), () => rl.pause(),
    () => rl.resume(), () => rl.question('q', () => {})]) {
    assert.throws(use, { code: 'ERR_USE_AFTER_CLOSE', name: 'Error', message: 'readline was closed' });
  }
}

// Calling Interface without new works; Symbol.dispose closes.
{
  const rl = readline.Interface({ input: new PassThrough() });
  assert(rl instanceof readline.Interface);
  rl.on('close', common.mustCall());
  rl[Symbol.dispose]();
}

// An AbortSignal closes the interface (also one aborted already).
{
  const controller = new AbortController();
  const rl = readline.createInterface({ input: new PassThrough(), signal: controller.signal });
  rl.on('close', common.mustCall());
  controller.abort();
  const rl2 = readline.createInterface({ input: new PassThrough(), signal: AbortSignal.abort() });
  rl2.on('close', common.mustCall());
}

// An input error is an 'error' on the interface.
{
  const input = new PassThrough();
  const rl = readline.createInterface({ input });
  rl.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'bad input')));
  input.emit('error', new Error('bad input'));
  rl.close();
}

// Bad options.
{
  const input = new PassThrough();
  assert.throws(() => readline.createInterface({ input, completer: 5 }),
                { code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError' });
  assert.throws(() => readline.createInterface({ input, history: 'x' }),
                { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
  assert.throws(() => readline.createInterface({ input, historySize: -1 }),
                { code: 'ERR_OUT_OF_RANGE', name: 'RangeError' });
  assert.throws(() => readline.createInterface({ input, historySize: 'x' }),
                { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
  assert.throws(() => readline.createInterface({ input, tabSize: 0 }),
                { code: 'ERR_OUT_OF_RANGE', name: 'RangeError' });
  assert.throws(() => readline.createInterface({ input, tabSize: 'x' }),
                { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
  assert.throws(() => readline.createInterface({ input, signal: 'x' }),
                { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
  assert.throws(() => readline.createInterface({ input, escapeCodeTimeout: NaN }),
                { code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError' });
  assert.throws(() => readline.createInterface({}), TypeError);
  assert.throws(() => readline.createInterface(), TypeError);
}
