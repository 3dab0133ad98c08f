'use strict';
// fetch() failures and other schemes: bad URLs and init reject with TypeErrors (never
// throw synchronously), network errors are TypeError('fetch failed') with the underlying
// error as `cause` (ECONNREFUSED, a server hanging up), blocked ports, unsupported schemes,
// data: URLs and blob: URLs.
const common = require('../common');
const assert = require('assert');
const net = require('net');

function fetchFailed(check) {
  return (err) => {
    assert(err instanceof TypeError, err);
    assert.strictEqual(err.message, 'fetch failed');
    assert(err.cause instanceof Error);
    if (check) check(err.cause);
    return true;
  };
}

(async () => {
  // Bad input rejects (the call itself does not throw).
  const noArgs = fetch();
  assert(noArgs instanceof Promise);
  await assert.rejects(noArgs, { name: 'TypeError', message: 'Failed to parse URL from undefined' });
  await assert.rejects(fetch('/relative'), (err) => {
    assert(err instanceof TypeError);
    assert.strictEqual(err.message, 'Failed to parse URL from /relative');
    assert.strictEqual(err.cause.code, 'ERR_INVALID_URL');
    return true;
  });
  await assert.rejects(fetch('http://a b/'), TypeError);
  await assert.rejects(fetch('http://u:p@localhost/'), TypeError);
  await assert.rejects(fetch('http://localhost/', { method: 'CONNECT' }), {
    name: 'TypeError', message: "'CONNECT' HTTP method is unsupported.",
  });
  await assert.rejects(fetch('http://localhost/', { body: 'x' }), {
    name: 'TypeError', message: 'Request with GET/HEAD method cannot have body.',
  });
  await assert.rejects(fetch('http://localhost/', { headers: { 'a b': 'c' } }), TypeError);
  await assert.rejects(fetch('http://localhost/', 5), TypeError);
  await assert.rejects(fetch('http://localhost/', { method: 'POST', body: new ReadableStream() }),
                       TypeError);

  // Unsupported schemes and blocked ports are network errors.
  await assert.rejects(fetch('ftp://example.com/'), fetchFailed());
  await assert.rejects(fetch('file:///etc/passwd'), fetchFailed());
  await assert.rejects(fetch('about:blank'), fetchFailed());
  await assert.rejects(fetch('ws://localhost/'), fetchFailed());
  await assert.rejects(fetch('http://127.0.0.1:6000/'), fetchFailed((cause) => {
    assert.strictEqual(cause.message, 'bad port');
  }));

  // Connection refused: cause is the system error.
  const port = await new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
  await assert.rejects(fetch(`http://127.0.0.1:${port}/`), fetchFailed((cause) => {
    assert.strictEqual(cause.code, 'ECONNREFUSED');
    assert.strictEqual(cause.syscall, 'connect');
    assert.strictEqual(cause.address, '127.0.0.1');
    assert.strictEqual(cause.port, port);
  }));

  // The server hangs up before answering, or answers garbage.
  const rude = net.createServer((socket) => {
    socket.once('data', (data) => {
      if (data.includes('/garbage')) socket.end('this is not HTTP\r\n\r\n');
      else socket.destroy();
    });
  });
  await new Promise((resolve) => rude.listen(0, '127.0.0.1', resolve));
  const rudeBase = `http://127.0.0.1:${rude.address().port}`;
  await assert.rejects(fetch(`${rudeBase}/hangup`), fetchFailed());
  await assert.rejects(fetch(`${rudeBase}/garbage`), fetchFailed());
  rude.close();

  // data: URLs.
  let res = await fetch('data:text/plain;base64,aGVsbG8=');
  assert.strictEqual(res.status, 200);
  assert.strictEqual(res.statusText, 'OK');
  assert.strictEqual(res.type, 'basic');
  assert.strictEqual(res.url, 'data:text/plain;base64,aGVsbG8=');
  assert.strictEqual(res.headers.get('content-type'), 'text/plain');
  assert.strictEqual(await res.text(), 'hello');
  res = await fetch('data:,a%20b%FF');
  assert.strictEqual(res.headers.get('content-type'), 'text/plain;charset=US-ASCII');
  assert.deepStrictEqual(await res.bytes(), new Uint8Array([97, 32, 98, 255]));
  res = await fetch('data:application/json;charset=utf-8,{"a":1}');
  assert.strictEqual(res.headers.get('content-type'), 'application/json;charset=utf-8');
  assert.deepStrictEqual(await res.json(), { a: 1 });
  res = await fetch('data:;base64, aG k= ');
  assert.strictEqual(res.headers.get('content-type'), 'text/plain;charset=US-ASCII');
  assert.strictEqual(await res.text(), 'hi');
  await assert.rejects(fetch('data:text/plain;base64,a'), fetchFailed());
  await assert.rejects(fetch('data:no-comma'), fetchFailed());

  // blob: URLs.
  const url = URL.createObjectURL(new Blob(['blob data'], { type: 'text/x-b' }));
  res = await fetch(url);
  assert.strictEqual(res.status, 200);
  assert.strictEqual(res.headers.get('content-type'), 'text/x-b');
  assert.strictEqual(res.headers.get('content-length'), '9');
  assert.strictEqual(await res.text(), 'blob data');
  await assert.rejects(fetch(url, { method: 'POST', body: 'x' }), fetchFailed());
  URL.revokeObjectURL(url);
  await assert.rejects(fetch(url), fetchFailed());
})().then(common.mustCall());
