'use strict';
// Request: defaults, method normalization, forbidden methods, bodies (GET/HEAD refuse one,
// streams need duplex: 'half'), Content-Type from the body, clone(), signal, construction
// from another Request, and the TypeErrors of bad input.
const common = require('../common');
const assert = require('assert');
const util = require('util');

process.noDeprecation = true;
process.on('warning', () => {}); // Node warns about a lower-case 'patch'.

// Defaults.
{
  const r = new Request('http://example.com/a?b#c');
  assert.strictEqual(r.method, 'GET');
  assert.strictEqual(r.url, 'http://example.com/a?b#c');
  assert.strictEqual(r.mode, 'cors');
  assert.strictEqual(r.credentials, 'same-origin');
  assert.strictEqual(r.cache, 'default');
  assert.strictEqual(r.redirect, 'follow');
  assert.strictEqual(r.referrer, 'about:client');
  assert.strictEqual(r.referrerPolicy, '');
  assert.strictEqual(r.integrity, '');
  assert.strictEqual(r.keepalive, false);
  assert.strictEqual(r.isReloadNavigation, false);
  assert.strictEqual(r.isHistoryNavigation, false);
  assert.strictEqual(r.destination, '');
  assert.strictEqual(r.duplex, 'half');
  assert.strictEqual(r.body, null);
  assert.strictEqual(r.bodyUsed, false);
  assert(r.headers instanceof Headers);
  assert.strictEqual(r.headers, r.headers);
  assert(r.signal instanceof AbortSignal);
  assert.strictEqual(r.signal.aborted, false);
  assert.strictEqual(Object.prototype.toString.call(r), '[object Request]');
  assert.strictEqual(new Request(new URL('http://example.com/x')).url, 'http://example.com/x');
  assert.strictEqual(new Request('HTTP://EXAMPLE.com').url, 'http://example.com/');
  assert.match(util.inspect(r), /^Request \{\n {2}method: 'GET',\n {2}url: 'http:\/\/example\.com\/a\?b#c',/);
}

// Methods: the six standard ones are upper-cased, others kept as given.
{
  for (const [given, expected] of [['get', 'GET'], ['post', 'POST'], ['Put', 'PUT'],
    ['delete', 'DELETE'], ['options', 'OPTIONS'], ['head', 'HEAD'], ['patch', 'patch'],
    ['PATCH', 'PATCH'], ['custom', 'custom']]) {
    assert.strictEqual(new Request('http://a/', { method: given }).method, expected);
  }
  for (const method of ['CONNECT', 'trace', 'TRACK']) {
    assert.throws(() => new Request('http://a/', { method }), {
      name: 'TypeError', message: `'${method}' HTTP method is unsupported.`,
    });
  }
  assert.throws(() => new Request('http://a/', { method: 'a b' }), {
    name: 'TypeError', message: "'a b' is not a valid HTTP method.",
  });
  assert.throws(() => new Request('http://a/', { method: '' }), TypeError);
}

// Bodies and the Content-Type they imply.
(async () => {
  const post = (body, init) => new Request('http://a/', { method: 'POST', body, ...init });
  assert.strictEqual(post('x').headers.get('content-type'), 'text/plain;charset=UTF-8');
  assert.strictEqual(post(new URLSearchParams('a=1')).headers.get('content-type'),
                     'application/x-www-form-urlencoded;charset=UTF-8');
  assert.strictEqual(post(new Blob(['x'], { type: 'a/b' })).headers.get('content-type'), 'a/b');
  assert.strictEqual(post(new Blob(['x'])).headers.get('content-type'), null);
  assert.strictEqual(post(new Uint8Array(2)).headers.get('content-type'), null);
  assert.match(post(new FormData()).headers.get('content-type'),
               /^multipart\/form-data; boundary=-+[0-9A-Za-z-]+$/);
  assert.strictEqual(post('x', { headers: { 'Content-Type': 'mine' } }).headers.get('content-type'),
                     'mine');
  assert.strictEqual(post(42).headers.get('content-type'), 'text/plain;charset=UTF-8');
  assert.strictEqual(await post(42).text(), '42');
  assert.strictEqual(await post(new URLSearchParams({ a: 'b c' })).text(), 'a=b+c');
  assert.deepStrictEqual(await post(new Uint16Array([0x0201])).bytes(), new Uint8Array([1, 2]));
  assert.strictEqual(post(null).body, null);
  assert.strictEqual(new Request('http://a/', { body: null }).body, null);
  assert(post('x').body instanceof ReadableStream);

  // The body is copied from a buffer source when the Request is made.
  const bytes = new Uint8Array([1, 2, 3]);
  const fromBytes = post(bytes);
  bytes[0] = 9;
  assert.deepStrictEqual(await fromBytes.bytes(), new Uint8Array([1, 2, 3]));

  // GET and HEAD take no body.
  for (const method of ['GET', 'HEAD', 'get']) {
    assert.throws(() => new Request('http://a/', { method, body: 'x' }), {
      name: 'TypeError', message: 'Request with GET/HEAD method cannot have body.',
    });
  }
  assert.throws(() => new Request('http://a/', { body: '' }), TypeError);

  // A stream body needs duplex: 'half'.
  assert.throws(() => post(new ReadableStream()), {
    name: 'TypeError', message: 'RequestInit: duplex option is required when sending a body.',
  });
  const streamed = post(new ReadableStream({
    start(c) {
      c.enqueue(new TextEncoder().encode('st'));
      c.close();
    },
  }), { duplex: 'half' });
  assert.strictEqual(streamed.duplex, 'half');
  assert.strictEqual(await streamed.text(), 'st');
  assert.throws(() => post('x', { duplex: 'full' }), { name: 'TypeError', message: /full/ });
  async function* gen() {
    yield 'a';
    yield new Uint8Array([98]);
  }
  assert.throws(() => post(gen()), TypeError);
  assert.strictEqual(await post(gen(), { duplex: 'half' }).text(), 'ab');
  // A locked or disturbed stream is refused.
  const locked = new ReadableStream();
  locked.getReader();
  assert.throws(() => post(locked, { duplex: 'half' }), TypeError);
  assert.throws(() => post(new ReadableStream(), { duplex: 'half', keepalive: true }), TypeError);

  // Body mixin and "body already used".
  const r = post('{"a":1}');
  assert.strictEqual(r.bodyUsed, false);
  assert.deepStrictEqual(await r.json(), { a: 1 });
  assert.strictEqual(r.bodyUsed, true);
  await assert.rejects(r.text(), { name: 'TypeError', message: /Body is unusable/ });
  assert.throws(() => r.clone(), TypeError);
  assert.throws(() => new Request(r), {
    name: 'TypeError',
    message: 'Cannot construct a Request with a Request object that has already been used.',
  });

  // clone() tees the body.
  const original = post('shared', { headers: { 'x-a': '1' } });
  const copy = original.clone();
  assert.notStrictEqual(copy.headers, original.headers);
  assert.strictEqual(copy.headers.get('x-a'), '1');
  assert.strictEqual(copy.method, 'POST');
  assert.deepStrictEqual(await Promise.all([original.text(), copy.text()]), ['shared', 'shared']);

  // Building on another Request moves its body.
  const first = post('moved', { headers: { 'x-b': '2' }, redirect: 'manual' });
  const second = new Request(first);
  assert.strictEqual(first.bodyUsed, true);
  assert.strictEqual(second.bodyUsed, false);
  assert.strictEqual(second.method, 'POST');
  assert.strictEqual(second.redirect, 'manual');
  assert.strictEqual(second.headers.get('x-b'), '2');
  assert.strictEqual(await second.text(), 'moved');
  const third = new Request(new Request('http://a/', { method: 'PUT', body: 'x' }),
                            { headers: { 'x-c': '3' } });
  assert.strictEqual(third.headers.get('x-c'), '3');
  assert.strictEqual(third.headers.get('content-type'), null);
  assert.throws(() => new Request(post('x'), { method: 'GET' }), TypeError);

  // Signals: the request's follows the one given.
  const controller = new AbortController();
  const withSignal = new Request('http://a/', { signal: controller.signal });
  assert.notStrictEqual(withSignal.signal, controller.signal);
  const cloned = withSignal.clone();
  withSignal.signal.onabort = common.mustCall();
  controller.abort('why');
  assert.strictEqual(withSignal.signal.aborted, true);
  assert.strictEqual(withSignal.signal.reason, 'why');
  assert.strictEqual(cloned.signal.aborted, true);
  const aborted = AbortSignal.abort();
  assert.strictEqual(new Request('http://a/', { signal: aborted }).signal.aborted, true);
  assert.strictEqual(new Request('http://a/', { signal: null }).signal.aborted, false);
  assert.throws(() => new Request('http://a/', { signal: 1 }), {
    name: 'TypeError', message: /Expected signal \("1"\) to be an instance of AbortSignal/,
  });
  assert.throws(() => new Request('http://a/', { signal: {} }), TypeError);
})().then(common.mustCall());

// Other init members.
{
  const r = new Request('http://a/', {
    mode: 'same-origin', credentials: 'include', cache: 'no-store', redirect: 'error',
    referrer: 'http://b/x', referrerPolicy: 'no-referrer', integrity: 'sha256-x',
    keepalive: true, window: null,
  });
  assert.strictEqual(r.mode, 'same-origin');
  assert.strictEqual(r.credentials, 'include');
  assert.strictEqual(r.cache, 'no-store');
  assert.strictEqual(r.redirect, 'error');
  assert.strictEqual(r.referrer, 'http://b/x');
  assert.strictEqual(r.referrerPolicy, 'no-referrer');
  assert.strictEqual(r.integrity, 'sha256-x');
  assert.strictEqual(r.keepalive, true);
  assert.strictEqual(new Request('http://a/', { referrer: '' }).referrer, '');
  assert.strictEqual(new Request('http://a/', { referrer: 'about:client' }).referrer, 'about:client');
  assert.strictEqual(new Request('http://a/', { cache: 'only-if-cached', mode: 'same-origin' })
    .cache, 'only-if-cached');
}

// Bad input.
{
  assert.throws(() => new Request(), {
    name: 'TypeError', message: 'Request constructor: 1 argument required, but 0 found.',
  });
  assert.throws(() => Request('http://a/'), TypeError);
  for (const input of ['/relative', 'http://a b', '', 'no-scheme']) {
    assert.throws(() => new Request(input), (err) => {
      assert(err instanceof TypeError);
      assert.strictEqual(err.message, `Failed to parse URL from ${input}`);
      assert.strictEqual(err.cause.code, 'ERR_INVALID_URL');
      return true;
    });
  }
  assert.throws(() => new Request('http://user:pass@a/'), {
    name: 'TypeError',
    message: 'Request cannot be constructed from a URL that includes credentials: http://user:pass@a/',
  });
  assert.throws(() => new Request('http://a/', 1), TypeError);
  assert.throws(() => new Request('http://a/', 'x'), TypeError);
  assert.throws(() => new Request('http://a/', { headers: 1 }), TypeError);
  assert.throws(() => new Request('http://a/', { headers: { 'a b': 'c' } }), TypeError);
  assert.throws(() => new Request('http://a/', { mode: 'navigate' }), {
    name: 'TypeError', message: 'Request constructor: invalid request mode navigate.',
  });
  for (const key of ['mode', 'credentials', 'cache', 'redirect', 'referrerPolicy']) {
    assert.throws(() => new Request('http://a/', { [key]: 'bogus' }), {
      name: 'TypeError', message: /bogus is not an accepted type/,
    });
  }
  assert.throws(() => new Request('http://a/', { cache: 'only-if-cached' }), {
    name: 'TypeError', message: "'only-if-cached' can be set only with 'same-origin' mode",
  });
  assert.throws(() => new Request('http://a/', { window: {} }), {
    name: 'TypeError', message: "'window' option 'client' must be null",
  });
  assert.throws(() => new Request('http://a/', { referrer: 'http://a b' }), {
    name: 'TypeError', message: 'Referrer "http://a b" is not a valid URL.',
  });
  assert.throws(() => new Request('http://a/', { mode: 'no-cors', method: 'PUT' }), TypeError);
  assert.throws(() => Object.getOwnPropertyDescriptor(Request.prototype, 'url').get.call({}),
                { name: 'TypeError', code: 'ERR_INVALID_THIS' });
  assert.rejects(Request.prototype.text.call({}), TypeError).then(common.mustCall());
}
