'use strict';
// Responses are written in request order and reach the client before whatever the server
// does next with the connection, however each is written: pipelined requests answered with
// string bodies, Buffer bodies, writes to req.socket itself, an upgrade after answered
// requests, a socket destroyed or ended right after end(), and a process that exits right
// after end() (Lode holds short responses until the loop phase ends; none of this may show).
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');
const { spawn } = require('child_process');

function body(res) {
  return res.replace(/^[\s\S]*?\r\n\r\n/, '');
}

// Sends raw to the server and calls done(all bytes received) once the server closes.
function exchange(port, raw, done) {
  const client = net.connect(port, '127.0.0.1', () => client.end(raw));
  let got = '';
  client.setEncoding('latin1');
  client.on('data', (d) => { got += d; });
  client.on('close', common.mustCall(() => done(got)));
}

function pipelined(next) {
  // Twelve pipelined requests in one write, answered in four ways that alternate.
  const server = http.createServer((req, res) => {
    const n = Number(req.url.slice(1));
    res.setHeader('Content-Type', 'text/plain');
    switch (n % 4) {
      case 0: res.end(`s${n};`); break;
      case 1: res.end(Buffer.from(`b${n};`)); break;
      case 2: res.write(`w${n};`); res.end(); break;
      default:
        res.writeHead(200, { 'Content-Length': String(`r${n};`.length) });
        res.end(`r${n};`);
    }
  });
  server.listen(0, common.mustCall(() => {
    let raw = '';
    for (let i = 0; i < 12; i++) raw += `GET /${i} HTTP/1.1\r\nHost: x\r\n\r\n`;
    raw += 'GET /close HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n';
    exchange(server.address().port, raw, (got) => {
      const statuses = got.match(/HTTP\/1\.1 200 OK/g);
      assert.strictEqual(statuses.length, 13);
      const seen = got.match(/[sbwr]\d+;/g);
      assert.deepStrictEqual(seen, ['s0;', 'b1;', 'w2;', 'r3;', 's4;', 'b5;', 'w6;', 'r7;',
                                    's8;', 'b9;', 'w10;', 'r11;']);
      server.close(next);
    });
  }));
}

function rawAfterResponse(next) {
  // The handler answers, then writes bytes of its own to the socket and closes it.
  const server = http.createServer(common.mustCall((req, res) => {
    res.writeHead(200, { 'Content-Length': '2' });
    res.end('ok');
    req.socket.write('RAW');
    req.socket.end();
  }));
  server.listen(0, common.mustCall(() => {
    exchange(server.address().port, 'GET / HTTP/1.1\r\nHost: x\r\n\r\n', (got) => {
      assert.match(got, /^HTTP\/1\.1 200 OK\r\n/);
      assert.strictEqual(body(got), 'okRAW');
      server.close(next);
    });
  }));
}

function destroyAfterEnd(next) {
  // end() then destroy() in the same tick: the response still arrives.
  const server = http.createServer(common.mustCall((req, res) => {
    res.writeHead(200, { 'Content-Length': '5' });
    res.end('fine!');
    res.socket.destroy();
  }));
  server.listen(0, common.mustCall(() => {
    exchange(server.address().port, 'GET / HTTP/1.1\r\nHost: x\r\n\r\n', (got) => {
      assert.strictEqual(body(got), 'fine!');
      server.close(next);
    });
  }));
}

function upgradeAfterAnswers(next) {
  // An answered request, then an upgrade, in one write: the answer comes before the 101 the
  // 'upgrade' listener writes.
  const server = http.createServer((req, res) => res.end(`a${req.url.slice(1)};`));
  server.on('upgrade', common.mustCall((req, socket, head) => {
    socket.end('HTTP/1.1 101 Switching Protocols\r\nUpgrade: x\r\nConnection: Upgrade\r\n\r\nup');
  }));
  server.listen(0, common.mustCall(() => {
    const raw = 'GET /1 HTTP/1.1\r\nHost: x\r\n\r\n' +
      'GET /u HTTP/1.1\r\nHost: x\r\nUpgrade: x\r\nConnection: Upgrade\r\n\r\n';
    exchange(server.address().port, raw, (got) => {
      const a1 = got.indexOf('a1;');
      const up = got.indexOf('HTTP/1.1 101');
      assert.ok(a1 !== -1 && up > a1, got);
      assert.ok(got.endsWith('\r\n\r\nup'), got);
      server.close(next);
    });
  }));
}

function exitAfterEnd(next) {
  // A child server answers and exits at once, in the same callback.
  const child = spawn(process.execPath, ['-e', `
    const http = require('http');
    const server = http.createServer((req, res) => {
      res.writeHead(200, { 'Content-Length': '4' });
      res.end('bye!');
      process.exit(0);
    });
    server.listen(0, '127.0.0.1', () => console.log(server.address().port));
  `], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', common.mustCallAtLeast((d) => {
    out += d;
    if (!out.endsWith('\n')) return;
    exchange(Number(out), 'GET / HTTP/1.1\r\nHost: x\r\n\r\n', (got) => {
      assert.strictEqual(body(got), 'bye!');
    });
  }));
  child.on('exit', common.mustCall((code) => {
    assert.strictEqual(code, 0);
    next();
  }));
}

pipelined(() => rawAfterResponse(() => destroyAfterEnd(() => upgradeAfterAnswers(
  () => exitAfterEnd(common.mustCall())))));
