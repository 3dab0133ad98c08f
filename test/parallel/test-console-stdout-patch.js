'use strict';
// The global console writes through process.stdout / process.stderr: a program (or a test
// framework) that replaces their write() sees console output, before and after the streams
// were first used, and console.log does not replace process.stdout.
require('../common');
const assert = require('assert');

console.log('before the stream exists');

const captured = [];
const stdoutWrite = process.stdout.write;
const stderrWrite = process.stderr.write;
process.stdout.write = (chunk) => { captured.push(['out', String(chunk)]); return true; };
process.stderr.write = (chunk) => { captured.push(['err', String(chunk)]); return true; };
console.log('a', 1, { b: 2 });
console.error('c');
console.info('d');
console.warn('e');
process.stdout.write = stdoutWrite;
process.stderr.write = stderrWrite;

assert.deepStrictEqual(captured, [
  ['out', 'a 1 { b: 2 }\n'],
  ['err', 'c\n'],
  ['out', 'd\n'],
  ['err', 'e\n'],
]);
assert.strictEqual(typeof process.stdout.on, 'function');
assert.strictEqual(process.stdout.fd, 1);
assert.strictEqual(process.stderr.fd, 2);
console.log('after');

// console._stdout / _stderr are the process streams; setting one redirects the console.
assert.strictEqual(console._stdout, process.stdout);
assert.strictEqual(console._stderr, process.stderr);
const lines = [];
console._stdout = new (require('stream').Writable)({
  write(chunk, encoding, callback) { lines.push(String(chunk)); callback(); },
});
console.log('redirected');
console._stdout = process.stdout;
assert.deepStrictEqual(lines, ['redirected\n']);
