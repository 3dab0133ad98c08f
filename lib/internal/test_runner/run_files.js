'use strict';
// `lode --test [files, directories or globs]`: finds the test files, runs each in its own
// child process (one after another, in sorted order) with the same reporter, passes
// their output through and prints one summary for all of them. A file that exits without
// reporting (a syntax error, a crash) counts as one failed test named by its path. The
// exit code is 1 when anything failed.

const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');
const { kChildSummaryMarker, readReporterName } = require('internal/test_runner/harness');

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

function runFile(file) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [...childExecArgv(), file], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_TEST_CONTEXT: 'lode-child' },
    });
    let pending = '';
    let counts = null;
    const stderr = [];
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop();
      for (const line of lines) {
        if (line.startsWith(kChildSummaryMarker)) {
          counts = JSON.parse(line.slice(kChildSummaryMarker.length));
        } else {
          process.stdout.write(`${line}\n`);
        }
      }
    });
    child.stderr.on('data', (chunk) => {
      stderr.push(chunk);
      process.stderr.write(chunk);
    });
    child.on('close', (code, signal) => {
      if (pending !== '' && !pending.startsWith(kChildSummaryMarker)) {
        process.stdout.write(pending);
      }
      const duration = Number(process.hrtime.bigint() - started) / 1e6;
      resolve({ file, code, signal, counts, duration, stderr: Buffer.concat(stderr) });
    });
  });
}

async function runFiles(args) {
  const files = findTestFiles(args);
  const reporter = readReporterName();
  const started = process.hrtime.bigint();
  const total = { tests: 0, suites: 0, pass: 0, fail: 0, cancelled: 0, skipped: 0, todo: 0 };
  const failedFiles = [];
  if (reporter === 'tap') process.stdout.write('TAP version 13\n');
  for (const file of files) {
    const result = await runFile(file);
    if (result.counts === null) {
      // The file never reported: it counts as one failed test.
      total.tests++;
      total.fail++;
      failedFiles.push(result);
      const name = path.relative(process.cwd(), file);
      const why = result.signal !== null ? `signal ${result.signal}` : `code ${result.code}`;
      if (reporter === 'tap') {
        process.stdout.write(`not ok - ${name}\n  ---\n  error: 'test failed (${why})'\n  ...\n`);
      } else {
        process.stdout.write(`\u2716 ${name} (${result.duration}ms)\n  'test failed (${why})'\n`);
      }
      continue;
    }
    for (const key of Object.keys(total)) total[key] += result.counts[key] ?? 0;
    if (result.code !== 0 && result.counts.fail === 0 && result.counts.cancelled === 0) {
      // Tests passed but the process failed (an error after the tests, a non-zero exit).
      total.fail++;
      failedFiles.push(result);
    }
  }
  total.duration_ms = Number(process.hrtime.bigint() - started) / 1e6;
  let out = reporter === 'tap' ? `1..${files.length}\n` : '';
  const prefix = reporter === 'tap' ? '#' : '\u2139';
  for (const [key, value] of Object.entries(total)) out += `${prefix} ${key} ${value}\n`;
  process.stdout.write(out);
  if (total.fail > 0 || total.cancelled > 0 || failedFiles.length > 0) process.exitCode = 1;
}

module.exports = { runFiles, findTestFiles };
