'use strict';
// A gzip member's trailer (CRC-32 and length) and header CRC, and a zlib stream's Adler-32,
// are checked in every form: a corrupt CRC or Adler-32 gives "incorrect data check", a
// corrupt length "incorrect length check", a corrupt header CRC "header crc mismatch" (all
// Z_DATA_ERROR, errno -3), whether the input arrives whole or in pieces that split the header
// or the trailer, in the first or a later member, through gunzip, inflate and unzip. Good
// input (several members, a header CRC, a dictionary, an empty member, every length up to a
// few blocks, large output, output sized from the trailer or not) decompresses exactly.
const common = require('../common');
const assert = require('assert');
const zlib = require('zlib');

// Bytes that compress well but not trivially, so members hold several deflate blocks.
function makeData(n, seed) {
  const out = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out[i] = 97 + ((x >> 16) % 7);
  }
  return out;
}

const big = makeData(300000, 7);
const small = Buffer.from('hello gzip trailer');
const bigGz = zlib.gzipSync(big);
const smallGz = zlib.gzipSync(small);

// A gzip member with FHCRC set: zlib writes none, so build it: the header with the flag, its
// CRC-16 (the low half of the header's CRC-32), then the deflate data and trailer of a member.
function withHeaderCrc(member) {
  const header = Buffer.from(member.subarray(0, 10));
  header[3] |= 2;
  const crc = Buffer.alloc(2);
  crc.writeUInt16LE(zlib.crc32(header) & 0xffff);
  return Buffer.concat([header, crc, member.subarray(10)]);
}

const corrupt = (buf, at) => {
  const copy = Buffer.from(buf);
  copy[at < 0 ? copy.length + at : at] ^= 0x40;
  return copy;
};

const dataCheck = { name: 'Error', code: 'Z_DATA_ERROR', errno: -3, message: 'incorrect data check' };
const lengthCheck = {
  name: 'Error', code: 'Z_DATA_ERROR', errno: -3, message: 'incorrect length check',
};
const headerCheck = {
  name: 'Error', code: 'Z_DATA_ERROR', errno: -3, message: 'header crc mismatch',
};

const cases = [
  // [name, input, expected output or error]
  ['big', bigGz, big],
  ['small', smallGz, small],
  ['empty member', zlib.gzipSync(Buffer.alloc(0)), Buffer.alloc(0)],
  ['two members', Buffer.concat([bigGz, smallGz]), Buffer.concat([big, small])],
  ['three members, empty middle', Buffer.concat([smallGz, zlib.gzipSync(''), bigGz]),
    Buffer.concat([small, big])],
  ['header crc', withHeaderCrc(bigGz), big],
  ['header crc, second member', Buffer.concat([smallGz, withHeaderCrc(smallGz)]),
    Buffer.concat([small, small])],
  ['bad crc', corrupt(bigGz, -8), dataCheck],
  ['bad crc top byte', corrupt(bigGz, -5), dataCheck],
  ['bad crc small', corrupt(smallGz, -6), dataCheck],
  ['bad length', corrupt(bigGz, -4), lengthCheck],
  ['bad length top byte', corrupt(smallGz, -1), lengthCheck],
  ['bad crc, second member', Buffer.concat([smallGz, corrupt(bigGz, -7)]), dataCheck],
  ['bad length, second member', Buffer.concat([bigGz, corrupt(smallGz, -3)]), lengthCheck],
  ['bad header crc', corrupt(withHeaderCrc(smallGz), 10), headerCheck],
  ['bad data under header crc', corrupt(withHeaderCrc(smallGz), -8), dataCheck],
  // A trailer claiming a huge size must not be trusted for sizing the output.
  ['huge length', (() => {
    const b = Buffer.from(smallGz);
    b.writeUInt32LE(0xfffffff0, b.length - 4);
    return b;
  })(), lengthCheck],
];

// zlib streams: through inflate and unzip.
const zcases = [
  ['zlib big', zlib.deflateSync(big), big],
  ['zlib small', zlib.deflateSync(small), small],
  ['zlib empty', zlib.deflateSync(Buffer.alloc(0)), Buffer.alloc(0)],
  ['zlib level 0', zlib.deflateSync(big, { level: 0 }), big],
  ['zlib bad adler', corrupt(zlib.deflateSync(big), -1), dataCheck],
  ['zlib bad adler top byte', corrupt(zlib.deflateSync(small), -4), dataCheck],
  ['zlib bad adler empty', corrupt(zlib.deflateSync(Buffer.alloc(0)), -2), dataCheck],
];
for (let n = 0; n <= 200; n += 7) {
  const bytes = makeData(n, n + 1);
  zcases.push([`zlib ${n} bytes`, zlib.deflateSync(bytes), bytes]);
  zcases.push([`zlib ${n} bytes, bad adler`, corrupt(zlib.deflateSync(bytes), -3), dataCheck]);
}
for (const n of [4095, 16384, 16385, 65537]) {
  const bytes = makeData(n, n);
  zcases.push([`zlib ${n} bytes`, zlib.deflateSync(bytes), bytes]);
}

function check(name, actual, expected) {
  if (Buffer.isBuffer(expected)) {
    assert.ifError(actual.error);
    assert(actual.output.equals(expected), `${name}: output differs`);
  } else {
    assert(actual.error, `${name}: no error`);
    assert.strictEqual(actual.error.name, expected.name, name);
    assert.strictEqual(actual.error.code, expected.code, name);
    assert.strictEqual(actual.error.errno, expected.errno, name);
    assert.strictEqual(actual.error.message, expected.message, name);
  }
}

function runSync(fn, input) {
  try {
    return { output: zlib[fn](input) };
  } catch (error) {
    return { error };
  }
}

// Streams input in pieces of `piece` bytes; done({ output } | { error }).
function runStream(create, input, piece, done) {
  const stream = zlib[create]();
  const chunks = [];
  let finished = false;
  const finish = (result) => {
    if (finished) return;
    finished = true;
    done(result);
  };
  stream.on('data', (c) => chunks.push(c));
  stream.on('error', (error) => finish({ error }));
  stream.on('end', () => finish({ output: Buffer.concat(chunks) }));
  for (let off = 0; off < input.length; off += piece) stream.write(input.subarray(off, off + piece));
  stream.end();
}

for (const [name, input, expected] of cases) {
  for (const fn of ['gunzipSync', 'unzipSync']) check(`${fn} ${name}`, runSync(fn, input), expected);
  for (const fn of ['gunzip', 'unzip']) {
    zlib[fn](input, common.mustCall((error, output) => {
      check(`${fn} ${name}`, { error, output }, expected);
    }));
  }
  // Pieces that split the header before its flags byte, the trailer, and everything else.
  for (const piece of [1, 3, 7, 1000, 65536]) {
    if (piece < 7 && input.length > 1000) continue;
    for (const create of ['createGunzip', 'createUnzip']) {
      runStream(create, input, piece, common.mustCall((result) => {
        check(`${create} ${name} in ${piece}-byte pieces`, result, expected);
      }));
    }
  }
  // The last piece holds only part of the trailer.
  for (const cut of [2, 5, 8, 9]) {
    if (cut >= input.length) continue;
    const stream = zlib.createGunzip();
    const chunks = [];
    let result;
    stream.on('data', (c) => chunks.push(c));
    stream.on('error', (error) => { result = { error }; });
    stream.on('close', common.mustCall(() => {
      check(`split trailer ${cut} ${name}`, result || { output: Buffer.concat(chunks) }, expected);
    }));
    stream.write(input.subarray(0, input.length - cut));
    stream.end(input.subarray(input.length - cut));
  }
}

for (const [name, input, expected] of zcases) {
  for (const fn of ['inflateSync', 'unzipSync']) check(`${fn} ${name}`, runSync(fn, input), expected);
  zlib.inflate(input, common.mustCall((error, output) => {
    check(`inflate ${name}`, { error, output }, expected);
  }));
  for (const piece of [1, 5, 4096]) {
    if (piece < 5 && input.length > 1000) continue;
    for (const create of ['createInflate', 'createUnzip']) {
      runStream(create, input, piece, common.mustCall((result) => {
        check(`${create} ${name} in ${piece}-byte pieces`, result, expected);
      }));
    }
  }
}

// A dictionary: zlib checks its id, and the data's Adler-32 still counts.
{
  const dictionary = Buffer.from('hello gzip trailer dictionary');
  const packed = zlib.deflateSync(small, { dictionary });
  assert(zlib.inflateSync(packed, { dictionary }).equals(small));
  assert.throws(() => zlib.inflateSync(packed), { code: 'Z_NEED_DICT', message: 'Missing dictionary' });
  assert.throws(() => zlib.inflateSync(corrupt(packed, -1), { dictionary }), dataCheck);
  assert.throws(() => zlib.inflateSync(packed, { dictionary: Buffer.from('other') }),
    { code: 'Z_NEED_DICT', message: 'Bad dictionary' });
}

// _processChunk (synchronous writes on a stream) checks the trailer too.
{
  const stream = zlib.createGunzip();
  stream.on('error', common.mustCall((error) => check('_processChunk', { error }, dataCheck)));
  assert.throws(() => stream._processChunk(corrupt(bigGz, -8), zlib.constants.Z_FINISH), dataCheck);
  assert(zlib.createGunzip()._processChunk(bigGz, zlib.constants.Z_FINISH).equals(big));
}

// reset() starts a new member with a fresh check.
{
  const stream = zlib.createGunzip();
  const outputs = [];
  stream.on('data', (c) => outputs.push(c));
  stream.on('error', common.mustCall((error) => {
    assert(Buffer.concat(outputs).equals(small));
    check('after reset', { error }, dataCheck);
  }));
  stream.write(smallGz, common.mustCall(() => {
    stream.reset();
    stream.end(corrupt(smallGz, -8));
  }));
}
