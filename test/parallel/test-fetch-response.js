'use strict';
// Response: constructor checks, Response.error/redirect/json, the body mixin (text, json,
// arrayBuffer, bytes, blob, formData), `body` as a byte ReadableStream, bodyUsed and
// "Body is unusable", clone() with a tee.
const common = require('../common');
const assert = require('assert');
const util = require('util');

// Defaults and attributes.
{
  const r = new Response();
  assert.strictEqual(r.status, 200);
  assert.strictEqual(r.ok, true);
  assert.strictEqual(r.statusText, '');
  assert.strictEqual(r.type, 'default');
  assert.strictEqual(r.url, '');
  assert.strictEqual(r.redirected, false);
  assert.strictEqual(r.body, null);
  assert.strictEqual(r.bodyUsed, false);
  assert.deepStrictEqual([...r.headers], []);
  assert.strictEqual(Object.prototype.toString.call(r), '[object Response]');

  const made = new Response('hi', { status: 201, statusText: 'Made', headers: { a: '1' } });
  assert.strictEqual(made.status, 201);
  assert.strictEqual(made.statusText, 'Made');
  assert.strictEqual(made.headers.get('a'), '1');
  assert.strictEqual(made.headers.get('content-type'), 'text/plain;charset=UTF-8');
  assert.strictEqual(made.headers, made.headers);
  assert(made.body instanceof ReadableStream);
  assert.strictEqual(made.body, made.body);
  assert.strictEqual(new Response(null, { status: 404 }).ok, false);
  assert.strictEqual(new Response(null, { status: '204' }).status, 204);
  assert.strictEqual(new Response(null, { status: 299.9 }).status, 299);
  assert.strictEqual(new Response(null, { status: 599 }).status, 599);
  assert.match(util.inspect(made),
               /^Response \{\n {2}status: 201,\n {2}statusText: 'Made',\n {2}headers: Headers \{/);
  for (const name of ['type', 'url', 'redirected', 'status', 'ok', 'statusText', 'headers',
    'body', 'bodyUsed', 'clone', 'text', 'json', 'arrayBuffer', 'blob', 'formData', 'bytes']) {
    assert(Object.getOwnPropertyDescriptor(Response.prototype, name).enumerable, name);
  }
}

// Constructor checks.
{
  for (const status of [0, 99, 199, 600, 1000, NaN, -1]) {
    assert.throws(() => new Response(null, { status }), {
      name: 'RangeError', message: 'init["status"] must be in the range of 200 to 599, inclusive.',
    });
  }
  for (const status of [204, 205, 304]) {
    assert.throws(() => new Response('x', { status }), {
      name: 'TypeError', message: `Response constructor: Invalid response status code ${status}`,
    });
    assert.strictEqual(new Response(null, { status }).status, status);
  }
  assert.throws(() => new Response(null, { statusText: 'a\nb' }), {
    name: 'TypeError', message: 'Invalid statusText',
  });
  assert.throws(() => new Response(null, { statusText: '\u20ac' }), TypeError);
  assert.strictEqual(new Response(null, { statusText: 'caf\u00e9' }).statusText, 'caf\u00e9');
  assert.throws(() => new Response(null, 1), TypeError);
  assert.throws(() => new Response(null, { headers: 1 }), TypeError);
  assert.throws(() => Response(), TypeError);
  assert.throws(() => Object.getOwnPropertyDescriptor(Response.prototype, 'status').get.call({}),
                { code: 'ERR_INVALID_THIS' });
}

// Response.error(), Response.redirect(), Response.json().
{
  const error = Response.error();
  assert.strictEqual(error.type, 'error');
  assert.strictEqual(error.status, 0);
  assert.strictEqual(error.ok, false);
  assert.strictEqual(error.body, null);

  const redirect = Response.redirect('http://example.com/a b', 301);
  assert.strictEqual(redirect.status, 301);
  assert.strictEqual(redirect.headers.get('location'), 'http://example.com/a%20b');
  assert.strictEqual(redirect.body, null);
  assert.strictEqual(Response.redirect('http://example.com/').status, 302);
  for (const status of [301, 302, 303, 307, 308]) {
    assert.strictEqual(Response.redirect('http://e/', status).status, status);
  }
  assert.throws(() => Response.redirect('http://e/', 200), {
    name: 'RangeError', message: 'Invalid status code 200',
  });
  assert.throws(() => Response.redirect('/relative'), (err) => {
    assert(err instanceof TypeError);
    assert.strictEqual(err.message, 'Failed to parse URL from /relative');
    assert.strictEqual(err.cause.code, 'ERR_INVALID_URL');
    return true;
  });

  const json = Response.json({ a: [1, 'x'] }, { status: 202, headers: { 'x-y': 'z' } });
  assert.strictEqual(json.status, 202);
  assert.strictEqual(json.headers.get('content-type'), 'application/json');
  assert.strictEqual(json.headers.get('x-y'), 'z');
  json.text().then(common.mustCall((text) => assert.strictEqual(text, '{"a":[1,"x"]}')));
  assert.strictEqual(Response.json(1, { headers: { 'content-type': 'foo/bar' } })
    .headers.get('content-type'), 'foo/bar');
  assert.throws(() => Response.json(undefined), {
    name: 'TypeError', message: 'Value is not JSON serializable',
  });
  assert.throws(() => Response.json(Symbol('s')), TypeError);
  assert.throws(() => Response.json(1n), TypeError);
  assert.throws(() => Response.json(), TypeError);
  assert.throws(() => Response.json({}, { status: 100 }), RangeError);
}

(async () => {
  // The body mixin.
  assert.strictEqual(await new Response('h\u00e9llo').text(), 'h\u00e9llo');
  assert.strictEqual(await new Response(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])).text(), 'a');
  assert.strictEqual(await new Response(new Uint8Array([0xff])).text(), '\ufffd');
  assert.deepStrictEqual(await new Response('{"x":[1]}').json(), { x: [1] });
  await assert.rejects(new Response('{').json(), SyntaxError);
  const ab = await new Response(new Uint8Array([1, 2])).arrayBuffer();
  assert(ab instanceof ArrayBuffer);
  assert.deepStrictEqual(new Uint8Array(ab), new Uint8Array([1, 2]));
  const bytes = await new Response('ab').bytes();
  assert.strictEqual(bytes.constructor, Uint8Array);
  assert.deepStrictEqual(bytes, new Uint8Array([97, 98]));
  const blob = await new Response('xyz', { headers: { 'content-type': 'Text/Plain; A=B' } }).blob();
  assert(blob instanceof Blob);
  assert.strictEqual(blob.size, 3);
  assert.strictEqual(blob.type, 'text/plain;a=b');
  assert.strictEqual((await new Response('x').blob()).type, 'text/plain;charset=utf-8');
  assert.strictEqual(await new Response(null).text(), '');
  assert.strictEqual((await new Response().arrayBuffer()).byteLength, 0);
  assert.strictEqual(await new Response(new Blob(['from blob'])).text(), 'from blob');
  assert.strictEqual(new Response(new Blob(['x'])).headers.get('content-type'), null);
  assert.strictEqual(await new Response(new ArrayBuffer(3)).text(), '\0\0\0');
  assert.strictEqual(await new Response(new DataView(new ArrayBuffer(1))).text(), '\0');
  assert.strictEqual(await new Response(new URLSearchParams('a=b')).text(), 'a=b');

  // Streams and async iterables as bodies.
  const stream = new ReadableStream({
    start(c) {
      c.enqueue(new TextEncoder().encode('s1'));
      c.enqueue(new TextEncoder().encode('s2'));
      c.close();
    },
  });
  assert.strictEqual(await new Response(stream).text(), 's1s2');
  const strings = new ReadableStream({
    start(c) {
      c.enqueue('not bytes');
      c.close();
    },
  });
  await assert.rejects(new Response(strings).text(), {
    name: 'TypeError', message: 'Received non-Uint8Array chunk',
  });
  async function* gen() {
    yield 'a';
    yield new Uint8Array([98]);
    yield Buffer.from('c');
  }
  assert.strictEqual(await new Response(gen()).text(), 'abc');
  const locked = new ReadableStream();
  locked.getReader();
  assert.throws(() => new Response(locked), TypeError);

  // body is a byte stream; reading it uses the body.
  const r = new Response('abc');
  const reader = r.body.getReader();
  assert.strictEqual(r.bodyUsed, false);
  const first = await reader.read();
  assert.strictEqual(first.value.constructor, Uint8Array);
  assert.deepStrictEqual(first.value, new Uint8Array([97, 98, 99]));
  assert.strictEqual(r.bodyUsed, true);
  assert.strictEqual((await reader.read()).done, true);
  const byob = new Response('byob').body.getReader({ mode: 'byob' });
  const view = (await byob.read(new Uint8Array(16))).value;
  assert.strictEqual(Buffer.from(view).toString(), 'byob');

  // "Body is unusable" once read, or while locked.
  const used = new Response('x');
  await used.text();
  assert.strictEqual(used.bodyUsed, true);
  for (const method of ['text', 'json', 'arrayBuffer', 'bytes', 'blob', 'formData']) {
    await assert.rejects(used[method](), {
      name: 'TypeError', message: 'Body is unusable: Body has already been read',
    });
  }
  const lockedBody = new Response('x');
  lockedBody.body.getReader();
  await assert.rejects(lockedBody.text(), TypeError);
  assert.throws(() => lockedBody.clone(), TypeError);
  assert.throws(() => used.clone(), {
    name: 'TypeError', message: 'Response.clone: Body has already been consumed.',
  });
  const cancelled = new Response('x');
  await cancelled.body.cancel();
  assert.strictEqual(cancelled.bodyUsed, true);
  // The stream of a body read with text() is an empty, disturbed one.
  const readFirst = new Response('x');
  await readFirst.text();
  assert(readFirst.body instanceof ReadableStream);

  // clone() tees: both branches read the whole body, independently.
  const original = new Response('cloned body', { status: 203, headers: { a: 'b' } });
  const copy = original.clone();
  assert.strictEqual(copy.status, 203);
  assert.strictEqual(copy.headers.get('a'), 'b');
  assert.notStrictEqual(copy.headers, original.headers);
  assert.strictEqual(await copy.text(), 'cloned body');
  assert.strictEqual(original.bodyUsed, false);
  assert.strictEqual(await original.text(), 'cloned body');
  const streamed = new Response(gen());
  const streamedCopy = streamed.clone();
  assert.deepStrictEqual(await Promise.all([streamed.text(), streamedCopy.text()]), ['abc', 'abc']);
  const partly = new Response('partly');
  partly.body; // A stream made but not read yet can still be cloned.
  assert.strictEqual(await partly.clone().text(), 'partly');
  assert.strictEqual(await partly.text(), 'partly');
  assert.strictEqual(Response.error().clone().type, 'error');

  await assert.rejects(Response.prototype.text.call({}), { code: 'ERR_INVALID_THIS' });
})().then(common.mustCall());

// A clone's bytes are its own: changing what one consumer got leaves the other intact.
(async () => {
  const original = new Response(new Uint8Array([1, 2, 3]));
  const copy = original.clone();
  const first = await original.bytes();
  first[0] = 99;
  assert.deepStrictEqual(await copy.bytes(), new Uint8Array([1, 2, 3]));
  const a = new Response('abc');
  const b = a.clone();
  new Uint8Array(await a.arrayBuffer())[0] = 0;
  assert.strictEqual(await b.text(), 'abc');
})().then(common.mustCall());
