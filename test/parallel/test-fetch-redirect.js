'use strict';
// fetch() redirects: followed (url, redirected), 301/302 POST and 303 become GET without a
// body, 307/308 keep method and body, Authorization dropped across origins only,
// redirect: 'manual' returns the 3xx, redirect: 'error' and too many redirects reject,
// a non-HTTP Location rejects, a 3xx without Location is returned as is.
const common = require('../common');
const assert = require('assert');
const http = require('http');

function handler(req, res) {
  const url = new URL(req.url, 'http://x');
  const to = url.searchParams.get('to');
  switch (url.pathname) {
    case '/redirect':
      res.writeHead(Number(url.searchParams.get('code') ?? 302), { location: to ?? '/echo' });
      res.end('redirect body');
      return;
    case '/count': {
      const n = Number(url.searchParams.get('n'));
      res.writeHead(302, { location: n === 0 ? '/echo' : `/count?n=${n - 1}` });
      res.end();
      return;
    }
    case '/nolocation':
      res.writeHead(302);
      res.end('no location');
      return;
  }
  let body = '';
  req.setEncoding('latin1');
  req.on('data', (chunk) => { body += chunk; });
  req.on('end', () => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ method: req.method, url: req.url, headers: req.headers, body }));
  });
}

const server = http.createServer(handler);
const other = http.createServer(handler);

server.listen(0, '127.0.0.1', common.mustCall(() => other.listen(0, '127.0.0.1', common.mustCall(async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const otherBase = `http://127.0.0.1:${other.address().port}`;

  // Followed: the final URL, redirected, and the final response.
  let res = await fetch(`${base}/redirect`);
  assert.strictEqual(res.status, 200);
  assert.strictEqual(res.url, `${base}/echo`);
  assert.strictEqual(res.redirected, true);
  assert.strictEqual((await res.json()).method, 'GET');
  res = await fetch(`${base}/count?n=3`);
  assert.strictEqual(res.url, `${base}/echo`);
  await res.text();

  // 301/302 turn a POST into a GET without body; 303 any method but HEAD.
  for (const [code, method, expected] of [[301, 'POST', 'GET'], [302, 'POST', 'GET'],
    [303, 'PUT', 'GET'], [303, 'POST', 'GET'], [302, 'PUT', 'PUT'], [307, 'POST', 'POST'],
    [308, 'PUT', 'PUT']]) {
    res = await fetch(`${base}/redirect?code=${code}`, {
      method, body: 'payload', headers: { 'x-keep': 'yes' },
    });
    const echo = await res.json();
    assert.strictEqual(echo.method, expected, `${code} ${method}`);
    assert.strictEqual(echo.headers['x-keep'], 'yes');
    if (expected === 'GET') {
      assert.strictEqual(echo.body, '');
      assert.strictEqual(echo.headers['content-type'], undefined);
      assert.strictEqual(echo.headers['content-length'], undefined);
    } else {
      assert.strictEqual(echo.body, 'payload');
      assert.strictEqual(echo.headers['content-type'], 'text/plain;charset=UTF-8');
    }
  }
  const head = await fetch(`${base}/redirect?code=303`, { method: 'HEAD' });
  assert.strictEqual(head.url, `${base}/echo`);

  // Authorization is kept on the same origin, dropped on another.
  res = await fetch(`${base}/redirect?to=/echo`, { headers: { authorization: 'secret' } });
  assert.strictEqual((await res.json()).headers.authorization, 'secret');
  res = await fetch(`${base}/redirect?to=${encodeURIComponent(`${otherBase}/echo`)}`, {
    headers: { authorization: 'secret', 'x-other': 'kept' },
  });
  const crossed = await res.json();
  assert.strictEqual(res.url, `${otherBase}/echo`);
  assert.strictEqual(crossed.headers.authorization, undefined);
  assert.strictEqual(crossed.headers['x-other'], 'kept');
  assert.strictEqual(crossed.headers.host, `127.0.0.1:${other.address().port}`);

  // redirect: 'manual' returns the redirect itself.
  res = await fetch(`${base}/redirect?code=301`, { redirect: 'manual' });
  assert.strictEqual(res.status, 301);
  assert.strictEqual(res.headers.get('location'), '/echo');
  assert.strictEqual(res.redirected, false);
  assert.strictEqual(res.url, `${base}/redirect?code=301`);
  assert.strictEqual(await res.text(), 'redirect body');

  // A 3xx without Location is the response.
  res = await fetch(`${base}/nolocation`);
  assert.strictEqual(res.status, 302);
  assert.strictEqual(await res.text(), 'no location');

  // Failures are network errors: TypeError('fetch failed') with a cause.
  async function failsWith(promise, causeMessage) {
    await assert.rejects(promise, (err) => {
      assert(err instanceof TypeError);
      assert.strictEqual(err.message, 'fetch failed');
      assert(err.cause instanceof Error);
      if (causeMessage !== undefined) assert.match(err.cause.message, causeMessage);
      return true;
    });
  }
  await failsWith(fetch(`${base}/redirect`, { redirect: 'error' }), /unexpected redirect/);
  await failsWith(fetch(`${base}/count?n=20`), /redirect count exceeded/);
  res = await fetch(`${base}/count?n=19`);
  assert.strictEqual(res.status, 200);
  await res.text();
  await failsWith(fetch(`${base}/redirect?to=ftp://example.com/`), /scheme/);
  // A streamed body cannot be sent again (a 303 drops it instead).
  const stream = () => new ReadableStream({
    start(controller) {
      controller.enqueue(new Uint8Array([120]));
      controller.close();
    },
  });
  await failsWith(fetch(`${base}/redirect?code=307`, { method: 'POST', body: stream(), duplex: 'half' }));
  res = await fetch(`${base}/redirect?code=303`, { method: 'POST', body: stream(), duplex: 'half' });
  assert.strictEqual((await res.json()).method, 'GET');

  server.close();
  other.close();
}))));
