'use strict';
// node:stream/consumers: read a whole stream (Node or web, or any async iterable) into
// one value.

async function bytes(stream) {
  const chunks = [];
  let length = 0;
  const encoder = new (require('internal/encoding').TextEncoder)();
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? encoder.encode(chunk) :
      new Uint8Array(chunk.buffer ?? chunk, chunk.byteOffset ?? 0, chunk.byteLength);
    chunks.push(bytes);
    length += bytes.byteLength;
  }
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

async function arrayBuffer(stream) {
  const data = await bytes(stream);
  return data.buffer.byteLength === data.byteLength ? data.buffer : data.slice().buffer;
}

async function buffer(stream) {
  const { Buffer } = require('buffer');
  const data = await bytes(stream);
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
}

async function blob(stream) {
  const { Blob } = require('buffer');
  return new Blob([await bytes(stream)]);
}

async function text(stream) {
  const decoder = new (require('internal/encoding').TextDecoder)();
  let result = '';
  for await (const chunk of stream) {
    result += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  }
  return result + decoder.decode();
}

async function json(stream) {
  return JSON.parse(await text(stream));
}

module.exports = { arrayBuffer, blob, buffer, bytes, text, json };
