'use strict';
// UDP datagrams between two sockets on 127.0.0.1 and ::1: strings, Buffers, TypedArrays,
// DataViews, lists of buffers, offset/length, empty datagrams; 'message' with rinfo.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');

function exchange(type, address) {
  const receiver = dgram.createSocket(type);
  const sender = dgram.createSocket({ type });
  const expected = [
    'hello',
    'hello world',
    'abc',
    'listed buffers!',
    '',
    'typed',
    'view',
    'llo w',
  ];
  const received = [];
  receiver.on('message', common.mustCall((msg, rinfo) => {
    assert(Buffer.isBuffer(msg));
    assert.strictEqual(rinfo.address, address);
    assert.strictEqual(rinfo.family, type === 'udp4' ? 'IPv4' : 'IPv6');
    assert.strictEqual(rinfo.port, sender.address().port);
    assert.strictEqual(rinfo.size, msg.length);
    assert.deepStrictEqual(Object.keys(rinfo), ['address', 'family', 'port', 'size']);
    received.push(msg.toString());
    if (received.length === expected.length) {
      assert.deepStrictEqual(received.sort(), expected.slice().sort());
      receiver.close(common.mustCall());
      sender.close();
    }
  }, expected.length));

  receiver.bind(0, address, common.mustCall(() => {
    const { port } = receiver.address();
    assert.deepStrictEqual(receiver.address(), {
      address, family: type === 'udp4' ? 'IPv4' : 'IPv6', port,
    });
    sender.bind(0, address, common.mustCall(() => {
      sender.send('hello', port, address, common.mustSucceed((bytes) => assert.strictEqual(bytes, 5)));
      sender.send(Buffer.from('hello world'), port, address);
      sender.send(Buffer.from('xabcx'), 1, 3, port, address, common.mustSucceed((bytes) => {
        assert.strictEqual(bytes, 3);
      }));
      sender.send(['listed', Buffer.from(' '), new Uint8Array([98, 117, 102]), 'fers!'], port, address,
                  common.mustSucceed((bytes) => assert.strictEqual(bytes, 15)));
      sender.send(Buffer.alloc(0), port, address, common.mustSucceed((bytes) => assert.strictEqual(bytes, 0)));
      sender.send(new Uint8Array([116, 121, 112, 101, 100]), port, address);
      const view = new DataView(new TextEncoder().encode('xxview').buffer, 2, 4);
      sender.send(view, port, address);
      sender.send('hello world', 2, 5, port, address);
    }));
  }));
}

exchange('udp4', '127.0.0.1');
exchange('udp6', '::1');

// A string address is looked up: 'localhost' works as well.
const a = dgram.createSocket('udp4');
a.bind(0, 'localhost', common.mustCall(() => {
  assert.strictEqual(a.address().address, '127.0.0.1');
  a.on('message', common.mustCall((msg) => {
    assert.strictEqual(msg.toString(), 'via name');
    a.close();
  }));
  const b = dgram.createSocket('udp4');
  b.send('via name', a.address().port, 'localhost', common.mustSucceed(() => b.close()));
}));
