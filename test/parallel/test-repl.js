'use strict';
// node:repl driven through streams: values printed with the writer, multi-line input with
// the `| ` prompt, commands, `_` and `_error`, top-level await, errors, custom eval and
// writer, Recoverable, defineCommand, .save/.load, ignoreUndefined, completion.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const repl = require('repl');
const { PassThrough } = require('stream');

// Starts a REPL on streams, feeds it lines one after another, each once the REPL prompts
// for it as a user would, and resolves with everything it wrote.
function session(options, lines) {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  let next = 0;
  output.setEncoding('utf8');
  output.on('data', (d) => {
    text += d;
    if (!text.endsWith('> ') && !text.endsWith('| ')) return;
    if (next < lines.length) input.write(lines[next++] + '\n');
    else if (next++ === lines.length) input.end();
  });
  const server = repl.start({ input, output, terminal: false, prompt: '> ', ...options });
  return new Promise((resolve) => {
    server.on('exit', () => resolve({ text, server }));
  });
}

(async () => {
  // Values, declarations kept between inputs, object literals, multi-line input.
  {
    const { text } = await session({ useGlobal: true }, [
      '1 + 1', 'var replA = 5', 'replA * 2', '{ a: 1 }', 'function replF() {', 'return 3', '}',
      'replF()', '"str"', '[1, 2, { b: [3] }]', 'let replL = 4', 'replL + 1',
    ]);
    assert.strictEqual(text, '> 2\n> undefined\n> 10\n> { a: 1 }\n> | | undefined\n> 3\n' +
      "> 'str'\n> [ 1, 2, { b: [ 3 ] } ]\n> undefined\n> 5\n> ");
    assert.strictEqual(globalThis.replA, 5);
  }

  // `_` holds the last value and `_error` the last error until code assigns to them.
  {
    const { text } = await session({ useGlobal: true }, [
      '6 * 7', '_', 'throw new Error("boom")', '_error.message', '_ = 4', '_', '10', '_',
    ]);
    const lines = text.split('\n');
    assert.strictEqual(lines[0], '> 42');
    assert.strictEqual(lines[1], '> 42');
    assert.match(lines[2], /^> Uncaught Error: boom/);
    assert.ok(text.includes("> 'boom'\n"));
    assert.ok(text.includes('> Expression assignment to _ now disabled.\n4\n> 4\n> 10\n> 4\n'));
  }

  // Errors: thrown values are printed after "Uncaught", syntax errors too; the REPL goes on.
  {
    const { text } = await session({ useGlobal: true }, [
      'throw 5', 'null.x', 'replNoSuchVariable', 'var s = "a', 'let replDup = 1',
      'let replDup = 2', '1 + 1',
    ]);
    assert.match(text, /> Uncaught 5\n/);
    assert.match(text, /> Uncaught TypeError: [^\n]+\n/);
    assert.match(text, /> Uncaught ReferenceError: [^\n]*replNoSuchVariable[^\n]*\n/);
    assert.match(text, /Uncaught SyntaxError: [^\n]+\n/);
    assert.ok(text.endsWith('> 2\n> '), text);
  }

  // Top-level await: the value is printed, declarations stay visible to later inputs, and
  // later lines wait for the result.
  {
    const { text } = await session({ useGlobal: true }, [
      'await Promise.resolve(7)',
      'const replY = await new Promise((r) => setTimeout(r, 5, 8))',
      'replY',
      'const { replP, q: [replQ] } = await Promise.resolve({ replP: 1, q: [2] })',
      'replP + replQ',
      'await Promise.reject(new Error("nope"))',
    ]);
    assert.match(text, /^> 7\n> undefined\n> 8\n> undefined\n> 3\n> Uncaught Error: nope/);
  }

  // Commands: .break drops a half-typed input, .help lists commands, unknown commands are
  // reported, defineCommand adds one, .exit ends the session.
  {
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.setEncoding('utf8');
    output.on('data', (d) => { text += d; });
    const server = repl.start({ input, output, terminal: false, useGlobal: true });
    server.defineCommand('sayhi', {
      help: 'Say hello',
      action: common.mustCall(function(name) {
        this.clearBufferedCommand();
        this.output.write(`hi ${name}\n`);
        this.displayPrompt();
      }),
    });
    assert.throws(() => server.defineCommand('bad', {}), { code: 'ERR_INVALID_ARG_TYPE' });
    server.on('exit', common.mustCall(() => {
      assert.match(text, /> \| > 3\n/);
      assert.match(text, /> Invalid REPL keyword\n/);
      assert.match(text, /> hi bob\n/);
      assert.match(text, /\.break +Sometimes you get stuck, this gets you out\n/);
      assert.match(text, /\.sayhi +Say hello\n/);
      assert.match(text, /\.exit +Exit the REPL\n/);
    }));
    input.write('(1 +\n.break\n3\n.nosuch\n.sayhi bob\n.help\n.exit\n');
  }

  // .save writes the session's lines; .load evaluates a file; a missing file is reported.
  {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-repl-'));
    const saved = path.join(dir, 'saved.js');
    const loaded = path.join(dir, 'load.js');
    fs.writeFileSync(loaded, 'var replLoaded = 21;\nreplLoaded * 2\n');
    const { text } = await session({ useGlobal: true }, [
      'var replSaved = 1', `.save ${saved}`, `.load ${loaded}`, 'replLoaded',
      `.load ${path.join(dir, 'missing.js')}`,
    ]);
    assert.ok(text.includes(`Session saved to: ${saved}\n`));
    assert.ok(fs.readFileSync(saved, 'utf8').includes('var replSaved = 1'));
    assert.match(text, /> 42\n(?:> )+21\n/);
    assert.ok(text.includes(`Failed to load: ${path.join(dir, 'missing.js')}\n`));
    fs.rmSync(dir, { recursive: true });
  }

  // ignoreUndefined, a custom writer, a custom eval with Recoverable for more lines.
  {
    const { text } = await session({ useGlobal: true, ignoreUndefined: true }, [
      'var replU = 1', 'replU',
    ]);
    assert.strictEqual(text, '> > 1\n> ');
  }
  {
    const { text } = await session({ useGlobal: true, writer: (v) => `<<${typeof v}>>` },
                                   ['1', '"x"']);
    assert.strictEqual(text, '> <<number>>\n> <<string>>\n> ');
  }
  {
    const seen = [];
    const evalFn = (cmd, context, filename, callback) => {
      seen.push(cmd);
      if (!cmd.trim().endsWith(';')) return callback(new repl.Recoverable(new SyntaxError('more')));
      callback(null, cmd.trim().toUpperCase());
    };
    const { text } = await session({ eval: evalFn, useGlobal: true }, ['a', 'b;']);
    assert.deepStrictEqual(seen, ['a\n', 'a\nb;\n']);
    assert.strictEqual(text, "> | 'A\\nB;'\n> ");
  }

  // Recoverable wraps the error; isValidSyntax; the writer is util.inspect with options.
  {
    const err = new SyntaxError('x');
    const r = new repl.Recoverable(err);
    assert.ok(r instanceof SyntaxError);
    assert.strictEqual(r.err, err);
    assert.deepStrictEqual(Object.keys(r), ['err']);
    assert.strictEqual(repl.isValidSyntax('1 +'), false);
    assert.strictEqual(repl.isValidSyntax('1 + 1'), true);
    assert.strictEqual(repl.writer({ a: [1] }), '{ a: [ 1 ] }');
    assert.strictEqual(typeof repl.writer.options, 'object');
    assert.strictEqual(typeof repl.REPL_MODE_SLOPPY, 'symbol');
    assert.strictEqual(typeof repl.REPL_MODE_STRICT, 'symbol');
  }

  // Strict mode: assigning an undeclared variable throws.
  {
    const { text } = await session({ useGlobal: true, replMode: repl.REPL_MODE_STRICT },
                                   ['replUndeclared = 1']);
    assert.match(text, /Uncaught ReferenceError/);
  }

  // Completion: commands, built-in module names, properties, globals.
  {
    const input = new PassThrough();
    const output = new PassThrough();
    const server = repl.start({ input, output, terminal: false, useGlobal: true });
    globalThis.replCompleteMe = { abc: 1, abd: 2 };
    const complete = (line) => new Promise((resolve, reject) => {
      server.complete(line, (err, result) => (err ? reject(err) : resolve(result)));
    });
    assert.deepStrictEqual(await complete('replCompleteMe.ab'),
                           [['replCompleteMe.abc', 'replCompleteMe.abd'], 'replCompleteMe.ab']);
    assert.deepStrictEqual(await complete('.he'), [['help'], 'he']);
    const [mods] = await complete("require('ht");
    assert.deepStrictEqual(mods.filter((m) => m.startsWith('http')).sort(),
                           ['http', 'http2', 'https']);
    const [globals] = await complete('replComp');
    assert.ok(globals.includes('replCompleteMe'));
    server.close();
    delete globalThis.replCompleteMe;
  }

  // Built-in modules are globals of the REPL's context; `module` and `require` exist.
  {
    const { text } = await session({ useGlobal: true }, [
      'typeof fs.readFileSync', 'typeof require("path").join', 'path.sep',
    ]);
    assert.strictEqual(text, "> 'function'\n> 'function'\n> '/'\n> ");
  }

  // Without useGlobal, the REPL has a context of its own: its declarations stay there, its
  // builtins are its own, the main context's globals are visible, and .clear makes a new one.
  {
    const { text, server } = await session({}, [
      'var replIsolated = 7', 'replIsolated * 2', '[] instanceof Array', 'typeof setTimeout',
      'typeof require', 'throw new Error("inside")', '.clear', 'typeof replIsolated',
    ]);
    assert.strictEqual(globalThis.replIsolated, undefined);
    assert.notStrictEqual(server.context, globalThis);
    assert.match(text, /^> undefined\n> 14\n> true\n> 'function'\n> 'function'\n> Uncaught Error: inside\n/);
    assert.match(text, /Clearing context\.\.\.\n> 'undefined'\n> $/);
  }

  // Bad options.
  assert.throws(() => repl.start({ eval: () => {}, breakEvalOnSigint: true,
                                   input: new PassThrough(), output: new PassThrough() }),
                { code: 'ERR_INVALID_REPL_EVAL_CONFIG', name: 'TypeError' });
})().then(common.mustCall());
