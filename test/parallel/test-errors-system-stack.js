'use strict';
// The stacks of system errors (fs, net...) start at the API the program called: the helpers
// that build them (uvException, exceptionWithHostPort...) leave no frame, and
// Error.stackTraceLimit and Error.prepareStackTrace apply as to any error.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const net = require('net');

function userFn() { return fs.statSync('/nonexistent-lode-dir/x'); }

function thrown(fn) {
  try { fn(); } catch (err) { return err; }
  assert.fail('did not throw');
}

const err = thrown(userFn);
assert.strictEqual(err.code, 'ENOENT');
const lines = err.stack.split('\n');
assert.strictEqual(lines[0], "Error: ENOENT: no such file or directory, stat '/nonexistent-lode-dir/x'");
assert.ok(lines.length > 2);
assert.ok(lines.slice(1).every((line) => line.startsWith('    at ')), err.stack);
assert.ok(!/uvException|captureCallerStackTrace|captureStackTrace/.test(err.stack), err.stack);
assert.ok(lines.some((line) => line.includes('userFn')), err.stack);
assert.ok(lines.findIndex((l) => l.includes('statSync')) <
          lines.findIndex((l) => l.includes('userFn')), err.stack);

const savedLimit = Error.stackTraceLimit;
Error.stackTraceLimit = 1;
assert.strictEqual(thrown(userFn).stack.split('\n').length, 2);
Error.stackTraceLimit = 0;
assert.strictEqual(thrown(userFn).stack.split('\n').length, 1);
Error.stackTraceLimit = savedLimit;

Error.prepareStackTrace = (error, callSites) => callSites.map((s) => s.getFunctionName());
const names = thrown(userFn).stack;
Error.prepareStackTrace = undefined;
assert.ok(Array.isArray(names));
assert.ok(!names.includes('uvException'), names);
assert.ok(names.includes('userFn'), names);

// The stack assigned, then read back.
const assigned = thrown(userFn);
assigned.stack = 'custom';
assert.strictEqual(assigned.stack, 'custom');

// Asynchronous: a refused connection.
const server = net.createServer();
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  server.close(common.mustCall(() => {
    net.connect(port, '127.0.0.1').on('error', common.mustCall((e) => {
      assert.strictEqual(e.code, 'ECONNREFUSED');
      assert.match(e.stack, /^Error: connect ECONNREFUSED 127\.0\.0\.1:\d+\n {4}at /);
      assert.ok(!/exceptionWithHostPort|captureCallerStackTrace/.test(e.stack), e.stack);
    }));
  }));
}));
