'use strict';
// for await (const line of rl): every line in order, including lines that arrive before
// the loop asks for them; the loop ends at 'close'; leaving the loop early closes the
// interface; an input error rejects the iteration; a file read line by line.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const readline = require('readline');
const { PassThrough } = require('stream');

(async () => {
  // Lines written before the loop starts, and while the loop body awaits.
  {
    const input = new PassThrough();
    const rl = readline.createInterface({ input });
    const iterator = rl[Symbol.asyncIterator]();
    assert.strictEqual(rl[Symbol.asyncIterator](), iterator);
    input.write('first\nsecond\n');
    await new Promise((resolve) => setTimeout(resolve, 10));
    input.write('third\r\nfourth');
    setTimeout(() => input.end('\nfifth'), 10);
    const lines = [];
    for await (const line of rl) {
      lines.push(line);
      await new Promise((resolve) => setImmediate(resolve));
    }
    assert.deepStrictEqual(lines, ['first', 'second', 'third', 'fourth', 'fifth']);
  }

  // Many lines in one chunk, emitted at once once the iterator exists: none lost while
  // the queue fills (pausing the interface) and drains. (As in Node, lines emitted
  // before the first rl[Symbol.asyncIterator]() call are not kept.)
  {
    const input = new PassThrough();
    const rl = readline.createInterface({ input });
    const expected = Array.from({ length: 3000 }, (_, i) => String(i));
    const iterator = rl[Symbol.asyncIterator]();
    input.end(expected.join('\n'));
    const lines = [];
    for await (const line of iterator) lines.push(line);
    assert.strictEqual(lines.length, expected.length);
    assert.deepStrictEqual(lines, expected);
  }

  // break ends the loop. (The docs say it also closes the interface; Node 24 does not,
  // Lode does: not asserted here.)
  {
    const input = new PassThrough();
    const rl = readline.createInterface({ input });
    setImmediate(() => input.write('a\nb\nc\n'));
    const lines = [];
    for await (const line of rl) {
      lines.push(line);
      break;
    }
    assert.deepStrictEqual(lines, ['a']);
    rl.close();
  }

  // An input error ends the loop with that error.
  {
    const input = new PassThrough();
    const rl = readline.createInterface({ input });
    setImmediate(() => {
      input.write('ok\n');
      setImmediate(() => input.destroy(new Error('broken')));
    });
    const lines = [];
    await assert.rejects(async () => {
      for await (const line of rl) lines.push(line);
    }, { message: 'broken' });
    assert.deepStrictEqual(lines, ['ok']);
  }

  // Iterating an interface that is already closed ends at once.
  {
    const rl = readline.createInterface({ input: new PassThrough() });
    rl.close();
    let count = 0;
    const iterator = rl[Symbol.asyncIterator]();
    setTimeout(() => iterator.return(), 10);
    for await (const line of iterator) count += line.length;
    assert.strictEqual(count, 0);
  }

  // A file, line by line.
  {
    const file = path.join(os.tmpdir(), `lode-readline-${process.pid}.txt`);
    const content = Array.from({ length: 2000 }, (_, i) => `row ${i} ${'x'.repeat(i % 50)}`);
    fs.writeFileSync(file, content.join('\r\n') + '\n');
    try {
      const rl = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
      const lines = [];
      for await (const line of rl) lines.push(line);
      assert.strictEqual(lines.length, content.length);
      assert.deepStrictEqual(lines, content);
      const events = [];
      await new Promise((resolve) => {
        const rl2 = readline.createInterface({ input: fs.createReadStream(file) });
        rl2.on('line', (line) => events.push(line));
        rl2.on('close', resolve);
      });
      assert.deepStrictEqual(events, content);
    } finally {
      fs.unlinkSync(file);
    }
  }
})().then(common.mustCall());
