'use strict';
// rl.question(): callback form and readline/promises form, the prompt it writes and the
// prompt it restores, answers not emitted as 'line', AbortSignal cancelling a question,
// util.promisify(rl.question), use after close.
const common = require('../common');
const assert = require('assert');
const readline = require('readline');
const readlinePromises = require('readline/promises');
const util = require('util');
const { PassThrough } = require('stream');

const EventEmitter = require('events');

function makeOutput() {
  const output = new EventEmitter();
  output.written = '';
  output.write = (data) => {
    output.written += data;
    return true;
  };
  return output;
}

// Callback form, without a terminal.
{
  const input = new PassThrough();
  const output = makeOutput();
  const rl = readline.createInterface({ input, output, prompt: '$ ' });
  rl.on('line', common.mustCall((line) => {
    assert.strictEqual(line, 'after');
    rl.close();
  }));
  rl.question('Name? ', common.mustCall((answer) => {
    assert.strictEqual(answer, 'Ada');
    assert.strictEqual(rl.getPrompt(), '$ ');
    assert.strictEqual(output.written, 'Name? ');
  }));
  assert.strictEqual(rl.getPrompt(), 'Name? ');
  input.write('Ada\nafter\n');
}

// A second question while one is pending re-prompts and keeps the first callback.
{
  const input = new PassThrough();
  const output = makeOutput();
  const rl = readline.createInterface({ input, output });
  rl.question('one? ', common.mustCall((answer) => assert.strictEqual(answer, 'x')));
  rl.question('two? ', common.mustNotCall());
  assert.strictEqual(output.written, 'one? one? ');
  rl.write('x\n');
  rl.close();
}

// In a terminal the answer is echoed with the query as prompt.
{
  const input = new PassThrough();
  const output = makeOutput();
  output.isTTY = true;
  const rl = readline.createInterface({ input, output, terminal: true });
  rl.question('Q: ', common.mustCall((answer) => {
    assert.strictEqual(answer, 'yes');
    assert.strictEqual(output.written, '\x1b[1G\x1b[0JQ: \x1b[4Gyes\r\n');
    rl.close();
  }));
  input.write('yes\r');
}

// An aborted signal cancels the question; the callback is never called.
{
  const input = new PassThrough();
  const rl = readline.createInterface({ input, output: makeOutput() });
  const controller = new AbortController();
  rl.question('q? ', { signal: controller.signal }, common.mustNotCall());
  controller.abort();
  rl.on('line', common.mustCall((line) => assert.strictEqual(line, 'plain')));
  rl.write('plain\n');
  rl.question('q? ', { signal: AbortSignal.abort() }, common.mustNotCall());
  rl.write('plain\n'.slice(0, 0));
  assert.throws(() => rl.question('q', { signal: 5 }, () => {}),
                { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
  rl.close();
  assert.throws(() => rl.question('q', () => {}),
                { code: 'ERR_USE_AFTER_CLOSE', message: 'readline was closed' });
}

// util.promisify(rl.question).
{
  const input = new PassThrough();
  const rl = readline.createInterface({ input, output: makeOutput() });
  const question = util.promisify(rl.question).bind(rl);
  question('p? ').then(common.mustCall((answer) => {
    assert.strictEqual(answer, 'promised');
    rl.close();
  }));
  input.write('promised\n');
}

// readline/promises.
(async () => {
  {
    const input = new PassThrough();
    const output = makeOutput();
    const rl = readlinePromises.createInterface({ input, output });
    assert(rl instanceof readlinePromises.Interface);
    assert(rl instanceof readline.Interface === false);
    setImmediate(() => input.write('42\n'));
    assert.strictEqual(await rl.question('Answer? '), '42');
    assert.strictEqual(output.written, 'Answer? ');

    // Aborting rejects with AbortError whose cause is the reason.
    const controller = new AbortController();
    const pending = rl.question('a? ', { signal: controller.signal });
    controller.abort('changed my mind');
    await assert.rejects(pending, (err) => {
      assert.strictEqual(err.name, 'AbortError');
      assert.strictEqual(err.code, 'ABORT_ERR');
      assert.strictEqual(err.cause, 'changed my mind');
      return true;
    });
    await assert.rejects(rl.question('b? ', { signal: AbortSignal.abort() }),
                         { name: 'AbortError', code: 'ABORT_ERR' });
    await assert.rejects(rl.question('c? ', { signal: 'nope' }),
                         { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });

    // After an abort the next answer goes to the next question.
    setImmediate(() => input.write('next\n'));
    assert.strictEqual(await rl.question('d? '), 'next');

    rl.close();
    await assert.rejects(rl.question('late? '),
                         { code: 'ERR_USE_AFTER_CLOSE', name: 'Error' });
  }
  // The options form and line events of the promises Interface.
  {
    const input = new PassThrough();
    const rl = new readlinePromises.Interface({ input });
    const lines = [];
    rl.on('line', (line) => lines.push(line));
    await new Promise((resolve) => {
      rl.on('close', resolve);
      input.end('l1\nl2');
    });
    assert.deepStrictEqual(lines, ['l1', 'l2']);
  }
})().then(common.mustCall());
