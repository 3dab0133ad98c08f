'use strict';
// `lode --test [files, directories or globs]`: finds the test files, runs each in its own
// child process (one after another, in sorted order) with the same reporter, passes
// their output through and prints one summary for all of them. A file that exits without
// reporting (a syntax error, a crash) counts as one failed test named by its path. The
// exit code is 1 when anything failed.

const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');
const {
  flagValues, kChildSummaryMarker, kColors, kTapLineMarker, readReporterName, reporterUsesColors,
} = require('internal/test_runner/harness');

// Children report in color when this process would; like Node, they also get FORCE_COLOR=1
// when stdout is a terminal (and FORCE_COLOR is unset) for their own output.
let childEnv;
function childEnvironment() {
  if (childEnv !== undefined) return childEnv;
  childEnv = { ...process.env, NODE_TEST_CONTEXT: 'lode-child' };
  if (reporterUsesColors()) childEnv.LODE_TEST_COLORS = '1';
  else delete childEnv.LODE_TEST_COLORS;
  if (childEnv.FORCE_COLOR === undefined && process.stdout.isTTY) childEnv.FORCE_COLOR = '1';
  return childEnv;
}

const kNoColors = Object.fromEntries(Object.keys(kColors).map((name) => [name, '']));

const kExtensions = '{cjs,mjs,js,cts,mts,ts}';
// Node 24's default patterns when no file is named.
const kDefaultPatterns = [
  `**/*.test.${kExtensions}`, `**/*-test.${kExtensions}`, `**/*_test.${kExtensions}`,
  `**/test-*.${kExtensions}`, `**/test.${kExtensions}`, `**/test/**/*.${kExtensions}`,
];

function isExcluded(file) {
  return file.split(path.sep).includes('node_modules');
}

// Returns the absolute paths of the test files `args` name, sorted.
function findTestFiles(args) {
  const cwd = process.cwd();
  const found = new Set();
  const addGlob = (pattern, base) => {
    for (const file of fs.globSync(pattern, { cwd: base })) {
      const full = path.resolve(base, file);
      if (!isExcluded(path.relative(cwd, full)) && fs.statSync(full).isFile()) found.add(full);
    }
  };
  if (args.length === 0) {
    for (const pattern of kDefaultPatterns) addGlob(pattern, cwd);
  }
  for (const arg of args) {
    const full = path.resolve(cwd, arg);
    let stat;
    try {
      stat = fs.statSync(full);
    } catch {
      stat = undefined;
    }
    if (stat?.isFile()) {
      found.add(full);
    } else if (stat?.isDirectory()) {
      for (const pattern of kDefaultPatterns) addGlob(pattern, full);
    } else {
      addGlob(arg, cwd);
    }
  }
  return [...found].sort();
}

// The options a child gets: this process's, without --test.
function childExecArgv() {
  return process.execArgv.filter((arg) => arg !== '--test');
}

// The child's stderr is passed through, except under the dot reporter, which shows no output
// of the tests (as Node's). Under the TAP reporter the child numbers its tests from
// `tapOffset` + 1 and marks its own lines; the others (the tests' output) become comments.
function runFile(file, showStderr, tap, tapOffset) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const env = tap ? { ...childEnvironment(), LODE_TEST_TAP_OFFSET: `${tapOffset}` } :
      childEnvironment();
    const child = spawn(process.execPath, [...childExecArgv(), file], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env,
    });
    const passLine = (line) => {
      if (!tap) process.stdout.write(`${line}\n`);
      else if (line.startsWith(kTapLineMarker)) process.stdout.write(`${line.slice(1)}\n`);
      else process.stdout.write(`# ${line}\n`);
    };
    let pending = '';
    let counts = null;
    const stderr = [];
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop();
      for (const line of lines) {
        // The marker may follow output that ends without a line break (the dot reporter's).
        const at = line.indexOf(kChildSummaryMarker);
        if (at !== -1) {
          if (at > 0) process.stdout.write(line.slice(0, at));
          counts = JSON.parse(line.slice(at + kChildSummaryMarker.length));
        } else {
          passLine(line);
        }
      }
    });
    // Under TAP the child's stderr becomes comments too, line by line.
    let pendingErr = '';
    child.stderr.on('data', (chunk) => {
      stderr.push(chunk);
      if (tap) {
        const lines = (pendingErr + chunk).split('\n');
        pendingErr = lines.pop();
        for (const line of lines) if (line !== '') process.stdout.write(`# ${line}\n`);
      } else if (showStderr) {
        process.stderr.write(chunk);
      }
    });
    child.on('close', (code, signal) => {
      if (pending !== '' && !pending.startsWith(kChildSummaryMarker)) {
        if (tap) passLine(pending);
        else process.stdout.write(pending);
      }
      if (tap && pendingErr !== '') process.stdout.write(`# ${pendingErr}\n`);
      const duration = Number(process.hrtime.bigint() - started) / 1e6;
      resolve({ file, code, signal, counts, duration, stderr: Buffer.concat(stderr) });
    });
  });
}

// --test-shard=<index>/<total>: this run takes the sorted files whose position modulo
// total is index - 1.
function shardOf(files) {
  const value = flagValues('--test-shard').at(-1);
  if (value === undefined) return files;
  const { codes: { ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE } } = require('internal/errors');
  const match = /^(\d+)\/(\d+)$/.exec(value);
  if (match === null) {
    throw new ERR_INVALID_ARG_VALUE('--test-shard', value,
                                    'must be in the form of <index>/<total>');
  }
  const index = Number(match[1]);
  const total = Number(match[2]);
  if (total < 1) {
    throw new ERR_OUT_OF_RANGE('options.shard.total', `>= 1 && <= ${Number.MAX_SAFE_INTEGER}`,
                               total);
  }
  if (index < 1 || index > total) {
    throw new ERR_OUT_OF_RANGE('options.shard.index', `>= 1 && <= ${total}`, index);
  }
  return files.filter((_, i) => i % total === index - 1);
}

async function runFiles(args) {
  const files = shardOf(findTestFiles(args));
  const reporter = readReporterName();
  const started = process.hrtime.bigint();
  const total = { tests: 0, suites: 0, pass: 0, fail: 0, cancelled: 0, skipped: 0, todo: 0 };
  const failedFiles = [];
  const failureEntries = [];
  const colors = reporter !== 'tap' && reporterUsesColors();
  const { blue, red, green, gray, white, reset } = colors ? kColors : kNoColors;
  let tapCount = 0;
  const { runGlobalHook } = require('internal/test_runner/global_setup');
  // --test-global-setup: once here, before the first file (children inherit its env).
  await runGlobalHook('globalSetup');
  if (reporter === 'tap') process.stdout.write('TAP version 13\n');
  for (const file of files) {
    const result = await runFile(file, reporter !== 'dot', reporter === 'tap', tapCount);
    tapCount += result.counts?.topLevel ?? (result.counts === null ? 1 : 0);
    if (result.counts === null) {
      // The file never reported: it counts as one failed test.
      total.tests++;
      total.fail++;
      failedFiles.push(result);
      const name = path.relative(process.cwd(), file);
      const entry = `${red}\u2716 ${name} ${gray}(${result.duration}ms)${white}${white}\n`;
      if (reporter === 'tap') {
        const signal = result.signal === null ? '~' : `'${result.signal}'`;
        process.stdout.write(`# Subtest: ${name}\nnot ok ${tapCount} - ${name}\n  ---\n` +
          `  duration_ms: ${result.duration}\n  type: 'test'\n  location: '${file}:1:1'\n` +
          `  failureType: 'testCodeFailure'\n  exitCode: ${result.code}\n  signal: ${signal}\n` +
          "  error: 'test failed'\n  code: 'ERR_TEST_FAILURE'\n  ...\n");
      } else if (reporter === 'dot') {
        process.stdout.write(`${red}X${reset}`);
        failureEntries.push(`${entry}  ${green}'test failed'${white}\n`);
      } else {
        process.stdout.write(entry);
        failureEntries.push(`test at ${name}:1:1\n${entry}  ${green}'test failed'${white}\n`);
      }
      continue;
    }
    if (result.counts.failuresText) failureEntries.push(result.counts.failuresText);
    for (const key of Object.keys(total)) total[key] += result.counts[key] ?? 0;
    if (result.code !== 0 && result.counts.fail === 0 && result.counts.cancelled === 0) {
      // Tests passed but the process failed (an error after the tests, a non-zero exit).
      total.fail++;
      failedFiles.push(result);
    }
  }
  total.duration_ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (reporter === 'dot') {
    // The dot reporter prints no totals: the marks, then the failed tests.
    process.stdout.write(failureEntries.length === 0 ? '\n' :
      `\n\n${red}Failed tests:${white}\n\n${failureEntries.join('')}`);
    if (total.fail > 0 || total.cancelled > 0 || failedFiles.length > 0) process.exitCode = 1;
    await runGlobalHook('globalTeardown');
    return;
  }
  let out = reporter === 'tap' ? `1..${tapCount}\n` : '';
  const prefix = reporter === 'tap' ? '#' : '\u2139';
  for (const [key, value] of Object.entries(total)) {
    out += `${blue}${prefix} ${key} ${value}${white}\n`;
  }
  if (failureEntries.length > 0) {
    out += `\n${red}\u2716 failing tests:${white}\n\n${failureEntries.join('\n')}`;
  }
  process.stdout.write(out);
  if (total.fail > 0 || total.cancelled > 0 || failedFiles.length > 0) process.exitCode = 1;
  await runGlobalHook('globalTeardown');
}

module.exports = { runFiles, findTestFiles };
