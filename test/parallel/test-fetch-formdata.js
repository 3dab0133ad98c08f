'use strict';
// FormData: entries (append/set/get/getAll/has/delete, iteration), Blob and File values,
// the multipart/form-data encoding of a FormData body, and formData() parsing multipart
// and urlencoded bodies back.
const common = require('../common');
const assert = require('assert');
const util = require('util');

// The list of entries.
{
  const fd = new FormData();
  fd.append('a', '1');
  fd.append('a', 2);
  fd.append('b', '3');
  assert.strictEqual(fd.get('a'), '1');
  assert.deepStrictEqual(fd.getAll('a'), ['1', '2']);
  assert.strictEqual(fd.has('a'), true);
  assert.strictEqual(fd.get('zz'), null);
  assert.deepStrictEqual(fd.getAll('zz'), []);
  assert.strictEqual(fd.has('zz'), false);
  fd.append('a', '4');
  fd.set('a', '5'); // Replaces the first, drops the others.
  assert.deepStrictEqual([...fd], [['a', '5'], ['b', '3']]);
  fd.set('c', '6');
  assert.deepStrictEqual([...fd.keys()], ['a', 'b', 'c']);
  assert.deepStrictEqual([...fd.values()], ['5', '3', '6']);
  fd.delete('a');
  assert.deepStrictEqual([...fd.entries()], [['b', '3'], ['c', '6']]);
  const seen = [];
  fd.forEach((value, name, self) => seen.push([name, value, self === fd]));
  assert.deepStrictEqual(seen, [['b', '3', true], ['c', '6', true]]);
  assert.strictEqual(Object.prototype.toString.call(fd), '[object FormData]');
  assert.strictEqual(Object.prototype.toString.call(fd.entries()), '[object FormData Iterator]');
  assert.strictEqual(FormData.prototype[Symbol.iterator], FormData.prototype.entries);

  // Names and values are USV strings.
  const conv = new FormData();
  conv.append(1, null);
  conv.append('\ud800', '\udc00');
  assert.deepStrictEqual([...conv], [['1', 'null'], ['\ufffd', '\ufffd']]);
  assert.match(util.inspect(conv), /^FormData \{/);
}

// Blob values become Files.
{
  const fd = new FormData();
  fd.append('blob', new Blob(['x'], { type: 'a/b' }));
  fd.append('named', new Blob(['yy']), 'name.txt');
  const file = new File(['z'], 'orig.txt', { type: 'text/plain', lastModified: 42 });
  fd.append('file', file);
  fd.append('renamed', file, 'new.txt');
  const blob = fd.get('blob');
  assert(blob instanceof File);
  assert.strictEqual(blob.name, 'blob');
  assert.strictEqual(blob.type, 'a/b');
  assert.strictEqual(blob.size, 1);
  assert.strictEqual(fd.get('named').name, 'name.txt');
  assert.strictEqual(fd.get('named').size, 2);
  assert.strictEqual(fd.get('file'), file);
  assert.strictEqual(fd.get('renamed').name, 'new.txt');
  assert.strictEqual(fd.get('renamed').lastModified, 42);
  assert.strictEqual(fd.get('renamed').type, 'text/plain');
}

// Bad input.
{
  for (const form of [1, {}, null, 'x']) {
    assert.throws(() => new FormData(form), TypeError);
  }
  const fd = new FormData();
  assert.throws(() => fd.append('a'), {
    name: 'TypeError', message: 'FormData.append: 2 arguments required, but only 1 found.',
  });
  assert.throws(() => fd.set('a'), TypeError);
  assert.throws(() => fd.get(), {
    name: 'TypeError', message: 'FormData.get: 1 argument required, but 0 found.',
  });
  assert.throws(() => fd.getAll(), TypeError);
  assert.throws(() => fd.has(), TypeError);
  assert.throws(() => fd.delete(), TypeError);
  assert.throws(() => fd.append('a', 'not a blob', 'file.txt'), {
    name: 'TypeError', message: /to be an instance of Blob/,
  });
  assert.throws(() => fd.set('a', {}, 'file.txt'), TypeError);
  assert.throws(() => fd.forEach(), TypeError);
  assert.throws(() => FormData(), TypeError);
  assert.throws(() => FormData.prototype.append.call({}, 'a', 'b'), { code: 'ERR_INVALID_THIS' });
}

function multipart(text, boundary = 'B') {
  return new Response(Buffer.from(text, 'utf8'), {
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  }).formData();
}

(async () => {
  // A FormData body is multipart/form-data with a boundary.
  const fd = new FormData();
  fd.append('field', 'value\nwith\rbreaks');
  fd.append('a\r\n"b', 'x');
  fd.append('upload', new File(['file body'], 'a"\nb.txt', { type: 'text/x-test' }));
  fd.append('empty', new Blob([]));
  const response = new Response(fd);
  const contentType = response.headers.get('content-type');
  const match = /^multipart\/form-data; boundary=(.+)$/.exec(contentType);
  assert(match, contentType);
  const boundary = match[1];
  const text = await response.clone().text();
  assert.strictEqual(text,
                     `--${boundary}\r\nContent-Disposition: form-data; name="field"\r\n\r\n` +
                     'value\r\nwith\r\nbreaks\r\n' +
                     `--${boundary}\r\nContent-Disposition: form-data; name="a%0D%0A%22b"\r\n\r\nx\r\n` +
                     `--${boundary}\r\nContent-Disposition: form-data; name="upload"; ` +
                     'filename="a%22%0Ab.txt"\r\nContent-Type: text/x-test\r\n\r\nfile body\r\n' +
                     `--${boundary}\r\nContent-Disposition: form-data; name="empty"; ` +
                     'filename="blob"\r\nContent-Type: application/octet-stream\r\n\r\n\r\n' +
                     `--${boundary}--\r\n`);

  // ...which formData() parses back.
  const parsed = await response.formData();
  const entries = [...parsed];
  assert.deepStrictEqual(entries.map(([name]) => name), ['field', 'a\r\n"b', 'upload', 'empty']);
  assert.strictEqual(entries[0][1], 'value\r\nwith\r\nbreaks');
  const upload = parsed.get('upload');
  assert(upload instanceof File);
  assert.strictEqual(upload.name, 'a"\nb.txt');
  assert.strictEqual(upload.type, 'text/x-test');
  assert.strictEqual(await upload.text(), 'file body');
  assert.strictEqual(parsed.get('empty').size, 0);

  // Multipart parsing: quoted boundary, binary file, UTF-8 names, preamble, filename*.
  const binary = await new Response(Buffer.from(
    '--B\r\nContent-Disposition: form-data; name="a"\r\n\r\nv1\r\n' +
    '--B\r\ncontent-disposition: form-data; name="f"; filename="x.bin"\r\n' +
    'content-type: application/octet-stream\r\n\r\n\x00\x01\xff\r\n--B--\r\n', 'latin1'),
  { headers: { 'content-type': 'multipart/form-data; boundary="B"' } }).formData();
  assert.strictEqual(binary.get('a'), 'v1');
  assert.deepStrictEqual(await binary.get('f').bytes(), new Uint8Array([0, 1, 255]));
  assert.strictEqual(binary.get('f').type, 'application/octet-stream');
  const utf8 = await multipart('--B\r\nContent-Disposition: form-data; name="\u00e9"\r\n\r\nv\u00e9\r\n--B--');
  assert.deepStrictEqual([...utf8], [['\u00e9', 'v\u00e9']]);
  const preamble = await multipart('preamble\r\n--B\r\nContent-Disposition: form-data; name="a"\r\n\r\nv\r\n--B--');
  assert.deepStrictEqual([...preamble], [['a', 'v']]);
  const extended = await multipart('--B\r\nContent-Disposition: form-data; name="a"; ' +
                                   "filename*=utf-8''%C3%A9.txt\r\n\r\nv\r\n--B--");
  assert.strictEqual(extended.get('a').name, '\u00e9.txt');
  assert.strictEqual(extended.get('a').type, 'text/plain');
  assert.deepStrictEqual([...await multipart('--B--\r\n')], []);

  // Malformed multipart bodies.
  for (const bad of [
    '--B\r\nContent-Disposition: form-data; name="a"\r\n\r\nv\r\n--B', // no CRLF or "--"
    '--B\r\nContent-Disposition: form-data\r\n\r\nv\r\n--B--', // no name
    '--B\r\nBad Header: x\r\n\r\nv\r\n--B--',
    '--B\r\nContent-Disposition: form-data; name="a"\r\n\r\nno end',
    'no boundary at all',
  ]) {
    await assert.rejects(multipart(bad), (err) => {
      assert(err instanceof TypeError);
      assert.strictEqual(err.message, 'Failed to parse body as FormData.');
      assert(err.cause instanceof TypeError);
      return true;
    }, bad);
  }
  await assert.rejects(new Response('x', { headers: { 'content-type': 'multipart/form-data' } })
    .formData(), { name: 'TypeError', message: 'Failed to parse body as FormData.' });

  // urlencoded bodies.
  const form = await new Response('a=1&a=2&%zz=%41&+b=c+d&=&x&&', {
    headers: { 'content-type': 'application/x-www-form-urlencoded;charset=UTF-8' },
  }).formData();
  assert.deepStrictEqual([...form], [['a', '1'], ['a', '2'], ['%zz', 'A'], [' b', 'c d'],
    ['', ''], ['x', '']]);
  const fromParams = await new Response(new URLSearchParams({ k: 'v w' })).formData();
  assert.strictEqual(fromParams.get('k'), 'v w');

  // Other types are refused.
  for (const type of [undefined, 'text/plain', 'nonsense']) {
    const headers = type === undefined ? {} : { 'content-type': type };
    await assert.rejects(new Response('a=1', { headers }).formData(), {
      name: 'TypeError',
      message: 'Content-Type was not one of "multipart/form-data" or "application/x-www-form-urlencoded".',
    });
  }
  // A Request's body parses the same way.
  const request = new Request('http://a/', { method: 'POST', body: fd });
  assert.strictEqual((await request.formData()).get('field'), 'value\r\nwith\r\nbreaks');
})().then(common.mustCall());
