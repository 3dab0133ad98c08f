'use strict';
// Blob and File: construction from parts, type normalisation, endings, slice, the promise
// readers, inspection, blob: URLs through resolveObjectURL, and bad input.
const common = require('../common');
const assert = require('assert');
const { Blob, File, resolveObjectURL } = require('buffer');

assert.strictEqual(globalThis.Blob, Blob);
assert.strictEqual(globalThis.File, File);

const blob = new Blob(['ab', new Uint8Array([99]), 'é', new Blob(['!'])], { type: 'Text/Plain' });
assert.strictEqual(blob.size, 6);
assert.strictEqual(blob.type, 'text/plain');
assert.strictEqual(Object.prototype.toString.call(blob), '[object Blob]');
assert.strictEqual(require('util').inspect(blob), "Blob { size: 6, type: 'text/plain' }");
assert.strictEqual(new Blob().size, 0);
assert.strictEqual(new Blob(undefined).size, 0);
assert.strictEqual(new Blob([{}]).size, 15); // '[object Object]'
assert.strictEqual(new Blob([1, null]).size, 5);
assert.strictEqual(new Blob(['x'], { type: 'a\u0100b' }).type, '');
assert.strictEqual(new Blob(['a\r\nb\nc\r'], { endings: 'native' }).size, 6);
assert.strictEqual(new Blob(['a\r\nb'], { endings: 'transparent' }).size, 4);
assert.strictEqual(new Blob([new ArrayBuffer(3), new DataView(new ArrayBuffer(2))]).size, 5);

// Parts are copied: later changes to the source do not show.
const source = new Uint8Array([1, 2]);
const copied = new Blob([source]);
source[0] = 9;

const sliced = blob.slice(1, -1);
assert.strictEqual(sliced.size, 4);
assert.strictEqual(sliced.type, '');
assert.strictEqual(blob.slice(-2).size, 2);
assert.strictEqual(blob.slice(1, 2, 'X/Y').type, 'x/y');
assert.strictEqual(blob.slice(5, 1).size, 0);
assert.strictEqual(blob.slice(100).size, 0);

Promise.all([blob.text(), sliced.text(), blob.arrayBuffer(), blob.bytes(), copied.bytes()])
  .then(common.mustCall(([text, slicedText, ab, bytes, copiedBytes]) => {
    assert.strictEqual(text, 'abcé!');
    assert.strictEqual(slicedText, 'bcé');
    assert(ab instanceof ArrayBuffer);
    assert.strictEqual(ab.byteLength, 6);
    assert(bytes instanceof Uint8Array);
    assert.deepStrictEqual([...bytes], [97, 98, 99, 0xc3, 0xa9, 33]);
    assert.deepStrictEqual([...copiedBytes], [1, 2]);
  }));

// stream() yields the bytes as Uint8Array chunks.
(async () => {
  const chunks = [];
  for await (const chunk of new Blob(['x'.repeat(70000), 'yz']).stream()) chunks.push(chunk);
  assert(chunks.every((c) => c instanceof Uint8Array));
  assert.strictEqual(Buffer.concat(chunks).toString(), 'x'.repeat(70000) + 'yz');
  const empty = [];
  for await (const chunk of new Blob().stream()) empty.push(chunk);
  assert.strictEqual(empty.length, 0);
})().then(common.mustCall());

const file = new File(['x'], 'a.txt', { lastModified: 5, type: 'text/x' });
assert(file instanceof Blob);
assert.strictEqual(file.name, 'a.txt');
assert.strictEqual(file.lastModified, 5);
assert.strictEqual(file.size, 1);
assert.strictEqual(Object.prototype.toString.call(file), '[object File]');
assert.strictEqual(require('util').inspect(file),
  "File { size: 1, type: 'text/x', name: 'a.txt', lastModified: 5 }");
assert.strictEqual(new File([], 'b', { lastModified: 'x' }).lastModified, 0);
const now = Date.now();
assert(new File([], 'c').lastModified >= now - 1000);

// blob: URLs made by URL.createObjectURL resolve back to their Blob.
if (typeof URL.createObjectURL === 'function') {
  const url = URL.createObjectURL(blob);
  assert(url.startsWith('blob:nodedata:'));
  const resolved = resolveObjectURL(url);
  assert(resolved instanceof Blob);
  assert.strictEqual(resolved.size, blob.size);
  assert.strictEqual(resolved.type, blob.type);
  resolved.text().then(common.mustCall((t) => assert.strictEqual(t, 'abcé!')));
  assert.strictEqual(resolveObjectURL(`${url}#frag`).size, blob.size);
  URL.revokeObjectURL(url);
  assert.strictEqual(resolveObjectURL(url), undefined);
}
assert.strictEqual(resolveObjectURL('blob:nodedata:nope'), undefined);
assert.strictEqual(resolveObjectURL('https://example.com/'), undefined);

for (const bad of ['abc', null, 5]) {
  assert.throws(() => new Blob(bad), {
    code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError', message: 'Value cannot be converted to sequence.',
  });
}
assert.throws(() => new Blob([], 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be a dictionary. Received type number (5)',
});
assert.throws(() => new Blob([], { endings: 'x' }), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The property 'options.endings' is invalid. Received 'x'",
});
assert.throws(() => new File([]), {
  code: 'ERR_MISSING_ARGS', message: 'The "fileBits" and "fileName" arguments must be specified',
});
assert.throws(() => Blob.prototype.slice.call({}), TypeError);
