'use strict';
// fetch() and AbortSignal: an aborted signal rejects at once with its reason (an
// AbortError DOMException by default), aborting while waiting for headers or while
// reading the body (even one that has fully arrived but is not read yet) fails with the
// reason, AbortSignal.timeout gives a TimeoutError, and aborting after the body was read
// changes nothing.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer((req, res) => {
  if (req.url === '/never') return; // No answer at all.
  if (req.url === '/slow-body') {
    res.writeHead(200);
    res.write('first');
    setTimeout(() => res.end('last'), 500).unref();
    return;
  }
  res.end('fine');
});

function isAbortError(err) {
  assert(err instanceof DOMException);
  assert.strictEqual(err.name, 'AbortError');
  assert.strictEqual(err.code, 20);
  return true;
}

server.listen(0, '127.0.0.1', common.mustCall(async () => {
  const base = `http://127.0.0.1:${server.address().port}`;

  // Already aborted: the reason, or an AbortError.
  await assert.rejects(fetch(base, { signal: AbortSignal.abort() }), isAbortError);
  const reason = new Error('my reason');
  await assert.rejects(fetch(base, { signal: AbortSignal.abort(reason) }), (err) => err === reason);
  await assert.rejects(fetch(base, { signal: AbortSignal.abort('a string') }),
                       (err) => err === 'a string');
  await assert.rejects(fetch(new Request(base, { signal: AbortSignal.abort() })), isAbortError);

  // Aborted while waiting for the response.
  let controller = new AbortController();
  let pending = fetch(`${base}/never`, { signal: controller.signal });
  setTimeout(() => controller.abort(), 20);
  await assert.rejects(pending, isAbortError);
  controller = new AbortController();
  pending = fetch(`${base}/never`, { signal: controller.signal });
  setTimeout(() => controller.abort(reason), 20);
  await assert.rejects(pending, (err) => err === reason);

  // A timeout signal.
  await assert.rejects(fetch(`${base}/never`, { signal: AbortSignal.timeout(30) }), (err) => {
    assert(err instanceof DOMException);
    assert.strictEqual(err.name, 'TimeoutError');
    return true;
  });

  // The signal of a Request given as input counts.
  controller = new AbortController();
  pending = fetch(new Request(`${base}/never`, { signal: controller.signal }));
  controller.abort();
  await assert.rejects(pending, isAbortError);

  // Aborted while the body is read: text() and a reader fail with the reason.
  controller = new AbortController();
  let res = await fetch(`${base}/slow-body`, { signal: controller.signal });
  setTimeout(() => controller.abort(), 30);
  await assert.rejects(res.text(), isAbortError);
  controller = new AbortController();
  res = await fetch(`${base}/slow-body`, { signal: controller.signal });
  const reader = res.body.getReader();
  assert.strictEqual(Buffer.from((await reader.read()).value).toString(), 'first');
  controller.abort(reason);
  await assert.rejects(reader.read(), (err) => err === reason);

  // Aborted after the response but before its (small, already received) body is read.
  controller = new AbortController();
  res = await fetch(base, { signal: controller.signal });
  await new Promise((resolve) => setTimeout(resolve, 20));
  controller.abort();
  await assert.rejects(res.text(), isAbortError);
  controller = new AbortController();
  res = await fetch(base, { signal: controller.signal });
  const unread = res.body;
  controller.abort(reason);
  await assert.rejects(unread.getReader().read(), (err) => err === reason);

  // Aborting after the body was read does nothing.
  controller = new AbortController();
  res = await fetch(base, { signal: controller.signal });
  assert.strictEqual(await res.text(), 'fine');
  controller.abort();
  // One long-lived signal for many fetches.
  controller = new AbortController();
  for (let i = 0; i < 20; i++) {
    await (await fetch(base, { signal: controller.signal })).text();
  }
  server.close();
}));

// Aborted while sending a stream body whose source never produces: the fetch rejects and
// nothing is left waiting (the process exits).
{
  const upload = http.createServer(() => {});
  upload.listen(0, '127.0.0.1', common.mustCall(async () => {
    const controller = new AbortController();
    const body = new ReadableStream({ pull() {} });
    const pending = fetch(`http://127.0.0.1:${upload.address().port}/`, {
      method: 'POST', body, duplex: 'half', signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 50);
    await assert.rejects(pending, isAbortError);
    upload.close();
    upload.closeAllConnections?.();
  }));
}
