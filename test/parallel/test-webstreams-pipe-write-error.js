'use strict';
// A pipe whose source closes while a write is in flight, and that write then fails: the
// failure reaches the pipe's promise and the readable side, and nothing is left as an
// unhandled rejection (the pipe waits for the write to settle, not to succeed).
const common = require('../common');
const assert = require('assert');

process.on('unhandledRejection', common.mustNotCall('unhandledRejection'));

function closedSource(chunks) {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
}

(async () => {
  // pipeThrough() with an async transform that throws (through2's web transform does this).
  {
    const ts = new TransformStream({ async transform() { throw new Error('boom'); } });
    const reader = closedSource(['x']).pipeThrough(ts).getReader();
    await assert.rejects(reader.read(), { message: 'boom' });
  }

  // pipeTo() to a sink whose write rejects after the source has closed.
  {
    const seen = [];
    const dest = new WritableStream({
      write(chunk) {
        seen.push(chunk);
        return new Promise((resolve, reject) => setTimeout(() => reject(new Error('late')), 5));
      },
      close: common.mustNotCall('close'),
    });
    await assert.rejects(closedSource(['a', 'b']).pipeTo(dest), { message: 'late' });
    assert.deepStrictEqual(seen, ['a']);
  }

  // Writes that succeed: the pipe closes the destination and resolves.
  {
    const seen = [];
    let closed = false;
    const dest = new WritableStream({
      write(chunk) { seen.push(chunk); return new Promise((resolve) => setTimeout(resolve, 1)); },
      close() { closed = true; },
    });
    await closedSource([1, 2, 3]).pipeTo(dest);
    assert.deepStrictEqual(seen, [1, 2, 3]);
    assert.strictEqual(closed, true);
  }
})().then(common.mustCall());
