'use strict';
// ServerResponse#emit passes every argument on (0 to 5 of them: listeners see the same
// count), returns whether there were listeners, and a wrapped res.emit still sees 'finish'
// before 'close'; the header maps (getHeaders) have no prototype.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  const seen = [];
  res.on('custom', function(...args) {
    assert.strictEqual(arguments.length, args.length);
    seen.push(args);
  });
  assert.strictEqual(res.emit('custom'), true);
  assert.strictEqual(res.emit('custom', 1), true);
  assert.strictEqual(res.emit('custom', 1, 'b'), true);
  assert.strictEqual(res.emit('custom', 1, 'b', null), true);
  assert.strictEqual(res.emit('custom', 1, 'b', null, undefined), true);
  assert.strictEqual(res.emit('custom', 1, 2, 3, 4, 5), true);
  assert.deepStrictEqual(seen, [
    [], [1], [1, 'b'], [1, 'b', null], [1, 'b', null, undefined], [1, 2, 3, 4, 5],
  ]);
  assert.strictEqual(res.emit('nobody-listens', 1), false);

  res.setHeader('X-One', '1');
  res.appendHeader('X-Two', 'a');
  res.appendHeader('X-Two', 'b');
  const headers = res.getHeaders();
  assert.strictEqual(Object.getPrototypeOf(headers), null);
  assert.deepStrictEqual({ ...headers }, { 'x-one': '1', 'x-two': ['a', 'b'] });

  // A wrapper around emit (as frameworks install) sees the events in order.
  const order = [];
  const emit = res.emit;
  res.emit = function(type, ...args) {
    if (type === 'finish' || type === 'close') order.push(type);
    return emit.call(this, type, ...args);
  };
  res.on('close', common.mustCall(() => {
    assert.deepStrictEqual(order, ['finish', 'close']);
  }));
  res.end('ok');
}));

server.listen(0, common.mustCall(() => {
  http.get({ port: server.address().port }, common.mustCall((res) => {
    assert.strictEqual(res.headers['x-one'], '1');
    assert.strictEqual(res.headers['x-two'], 'a, b');
    res.resume();
    res.on('end', common.mustCall(() => server.close()));
  }));
}));
