'use strict';
// The bytes of responses written the common ways on one keep-alive connection, one request at
// a time (Lode writes these straight from the parser's scratch bytes, reusing a repeated
// header block): chunked end(string) bodies whose sizes need one to four hex digits, an
// empty body, non-ASCII text in UTF-8 and Latin-1, a body with a Content-Length, and
// writeHead() headers merged into setHeader()'s. Repeated identical requests give the same
// url/headers, and each request's rawHeaders is its own array. The Date header follows the
// clock from one second to the next. An emit nobody listens to returns false; listeners of a
// response's events and a wrapper of res.emit see them. A request without Host gets a 400.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

// Sends each entry of `requests` (one or more pipelined requests) on one connection once
// the answers to the previous one arrived; calls done(responses) with each response's raw
// bytes (Latin-1) once the connection closed.
function converse(port, requests, done) {
  const client = net.connect(port, '127.0.0.1');
  client.setEncoding('latin1');
  const responses = [];
  let got = '';
  let expected = 0;
  let sent = 0;
  let awaited = 0;
  function next() {
    if (responses.length < awaited) return;
    if (sent === requests.length) {
      client.end();
      client.on('close', () => done(responses));
      return;
    }
    awaited += requests[sent].split(' HTTP/1.1\r\n').length - 1;
    client.write(requests[sent++]);
  }
  // A response is complete at its last-chunk, or when its Content-Length is there.
  client.on('data', (d) => {
    got += d;
    for (;;) {
      const headEnd = got.indexOf('\r\n\r\n');
      if (headEnd === -1) return;
      const head = got.slice(0, headEnd);
      const length = /Content-Length: (\d+)/i.exec(head);
      if (length) {
        expected = headEnd + 4 + Number(length[1]);
      } else {
        const last = got.indexOf('\r\n0\r\n\r\n', headEnd);
        const empty = got.startsWith('0\r\n\r\n', headEnd + 4);
        if (empty) expected = headEnd + 9;
        else if (last === -1) return;
        else expected = last + 7;
      }
      if (got.length < expected) return;
      responses.push(got.slice(0, expected));
      got = got.slice(expected);
      next();
    }
  });
  client.on('connect', next);
}

const head = 'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n' +
  'Connection: keep-alive\r\nKeep-Alive: timeout=5\r\nTransfer-Encoding: chunked\r\n\r\n';

function chunked(bytes) {
  return bytes.length.toString(16) + '\r\n' + bytes + '\r\n0\r\n\r\n';
}

function shapes(next) {
  const bodies = ['x', 'abcdefghij', 'y'.repeat(255), 'z'.repeat(4096), 'q'.repeat(15),
                  'hello world\n', 'hello world\n', 'h\u00e9llo \u20ac', ''];
  let i = 0;
  const server = http.createServer((req, res) => {
    res.sendDate = false;
    const n = i++;
    if (n < bodies.length) {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.end(bodies[n]);
    } else if (n === bodies.length) {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.end('\u00e9t\u00e9', 'latin1');
    } else if (n === bodies.length + 1) {
      res.setHeader('X-A', 'a');
      res.writeHead(201, { 'X-B': 'b' });
      res.end('merged');
    } else {
      res.setHeader('Content-Type', 'text/plain');
      res.end('fixed');
    }
  });
  server.listen(0, common.mustCall(() => {
    const requests = [];
    for (let k = 0; k < bodies.length + 3; k++) requests.push('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
    converse(server.address().port, requests, common.mustCall((responses) => {
      for (let k = 0; k < bodies.length; k++) {
        const bytes = Buffer.from(bodies[k]).toString('latin1');
        const want = bodies[k] === '' ? head + '0\r\n\r\n' : head + chunked(bytes);
        assert.strictEqual(responses[k], want, `body ${k}`);
      }
      assert.strictEqual(responses[bodies.length], head + chunked('\u00e9t\u00e9'));
      assert.strictEqual(responses[bodies.length + 1],
                         'HTTP/1.1 201 Created\r\nX-A: a\r\nX-B: b\r\n' +
                         'Connection: keep-alive\r\nKeep-Alive: timeout=5\r\n' +
                         'Transfer-Encoding: chunked\r\n\r\n' + chunked('merged'));
      assert.strictEqual(responses[bodies.length + 2],
                         'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n' +
                         'Connection: keep-alive\r\nKeep-Alive: timeout=5\r\n' +
                         'Content-Length: 5\r\n\r\nfixed');
      server.close(next);
    }));
  }));
}

function repeatedRequests(next) {
  // The same bytes again and again (and a different request between), some pipelined.
  const seen = [];
  const server = http.createServer((req, res) => {
    seen.push([req.method, req.url, req.rawHeaders.slice(), req.headers.accept]);
    req.rawHeaders.push('Mutated', 'yes');
    req.rawHeaders[1] = 'changed';
    res.end('ok');
  });
  const same = 'GET /same?q=1 HTTP/1.1\r\nHost: h\r\nAccept: */*\r\n\r\n';
  const other = 'POST /other HTTP/1.1\r\nHost: h\r\nContent-Length: 0\r\n\r\n';
  server.listen(0, common.mustCall(() => {
    const requests = [same, same, same, other, same, same + same, same];
    converse(server.address().port, requests, common.mustCall((responses) => {
      assert.strictEqual(responses.length, 8);
      setImmediate(common.mustCall(() => {
        const sameSeen = ['GET', '/same?q=1', ['Host', 'h', 'Accept', '*/*'], '*/*'];
        const otherSeen = ['POST', '/other', ['Host', 'h', 'Content-Length', '0'], undefined];
        assert.deepStrictEqual(seen.slice(0, 3), [sameSeen, sameSeen, sameSeen]);
        assert.deepStrictEqual(seen[3], otherSeen);
        assert.deepStrictEqual(seen.slice(4), [sameSeen, sameSeen, sameSeen, sameSeen]);
        server.close(next);
      }));
    }));
  }));
}

function dateHeader(next) {
  const server = http.createServer((req, res) => res.end('d'));
  server.listen(0, common.mustCall(() => {
    const port = server.address().port;
    const agent = new http.Agent({ keepAlive: true });
    const get = (cb) => http.get({ port, agent }, (res) => {
      res.resume();
      res.on('end', () => cb(res.headers.date));
    });
    get(common.mustCall((first) => {
      const before = Date.parse(first);
      assert(Math.abs(before - Date.now()) < 2000, first);
      setTimeout(common.mustCall(() => {
        get(common.mustCall((second) => {
          assert.notStrictEqual(second, first);
          assert(Date.parse(second) > before);
          assert(Math.abs(Date.parse(second) - Date.now()) < 2000, second);
          agent.destroy();
          server.close(next);
        }));
      }), 1100);
    }));
  }));
}

function events(next) {
  const server = http.createServer(common.mustCall((req, res) => {
    assert.strictEqual(res.emit('nobody-listens', 1, 2, 3), false);
    assert.throws(() => res.emit('error', new Error('boom')), /boom/);
    res.on('custom', common.mustCall((a, b, c, d) => {
      assert.deepStrictEqual([a, b, c, d], [1, 2, 3, 4]);
    }));
    assert.strictEqual(res.emit('custom', 1, 2, 3, 4), true);
    const order = [];
    res.on('prefinish', () => order.push('prefinish'));
    res.on('finish', () => order.push('finish'));
    res.on('close', common.mustCall(() => {
      order.push('close');
      assert.deepStrictEqual(order, ['prefinish', 'emit finish', 'finish', 'close']);
    }));
    const emit = res.emit;
    res.emit = function(type, ...args) {
      if (type === 'finish') order.push('emit finish');
      return emit.call(this, type, ...args);
    };
    res.end('e');
  }));
  server.on('close', common.mustCall(next));
  server.listen(0, common.mustCall(() => {
    http.get({ port: server.address().port }, common.mustCall((res) => {
      res.resume();
      res.on('end', common.mustCall(() => server.close()));
    }));
  }));
}

function noHost(next) {
  const server = http.createServer(common.mustNotCall());
  server.listen(0, common.mustCall(() => {
    const client = net.connect(server.address().port, '127.0.0.1', () => {
      client.end('GET / HTTP/1.1\r\n\r\n');
    });
    let got = '';
    client.setEncoding('latin1');
    client.on('data', (d) => { got += d; });
    client.on('close', common.mustCall(() => {
      assert.match(got, /^HTTP\/1\.1 400 Bad Request\r\n/);
      server.close(next);
    }));
  }));
}

shapes(() => repeatedRequests(() => dateHeader(() => events(() => noHost(() => {})))));
