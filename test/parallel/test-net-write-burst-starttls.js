'use strict';
// Plain writes and a TLS handshake started on the same socket in one callback (a STARTTLS
// shape that does not wait for the peer): the peer reads the plain bytes first, in order,
// then the handshake, and both sides exchange data over TLS.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const net = require('net');
const path = require('path');
const tls = require('tls');

const dir = path.join(__dirname, '..', 'fixtures', 'tls');
const key = fs.readFileSync(path.join(dir, 'server-key.pem'));
const cert = fs.readFileSync(path.join(dir, 'server-cert.pem'));
const ca = fs.readFileSync(path.join(dir, 'ca-cert.pem'));
const PLAIN = 'HELLO,STARTTLS,NOW\n';

const server = net.createServer(common.mustCall((raw) => {
  let got = Buffer.alloc(0);
  raw.on('data', function onData(d) {
    got = Buffer.concat([got, d]);
    const nl = got.indexOf(10);
    if (nl === -1) return;
    raw.removeListener('data', onData);
    raw.pause();
    assert.strictEqual(got.subarray(0, nl + 1).toString(), PLAIN);
    const rest = got.subarray(nl + 1);
    if (rest.length > 0) raw.unshift(rest);
    const secure = new tls.TLSSocket(raw, { isServer: true, key, cert });
    secure.setEncoding('utf8');
    secure.on('data', common.mustCall((text) => {
      assert.strictEqual(text, 'over tls');
      secure.end('reply');
    }));
    secure.on('error', common.mustNotCall());
  });
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const c = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
    c.write('HELLO,');
    c.write('STARTTLS,');
    c.write(Buffer.from('NOW\n'));
    const secure = tls.connect({ socket: c, ca, servername: 'localhost' }, common.mustCall(() => {
      secure.write('over tls');
    }));
    let reply = '';
    secure.setEncoding('utf8');
    secure.on('data', (d) => { reply += d; });
    secure.on('end', common.mustCall(() => {
      assert.strictEqual(reply, 'reply');
      secure.end();
      server.close();
    }));
    secure.on('error', common.mustNotCall());
  }));
}));
