'use strict';
// Reads the answer section of a DNS response (RFC 1035 §4) into the records dns.resolve*()
// return. c-ares sends the query and hands back the raw response; decoding it here costs one
// crossing into JavaScript per query instead of one per field.

const kTypes = {
  A: 1, NS: 2, CNAME: 5, SOA: 6, PTR: 12, MX: 15, TXT: 16, AAAA: 28, SRV: 33, NAPTR: 35,
  TLSA: 52, ANY: 255, CAA: 257,
};

// The order in which resolveAny() lists records: grouped by type, as Node does.
const kAnyOrder = [kTypes.A, kTypes.AAAA, kTypes.CNAME, kTypes.MX, kTypes.NS, kTypes.TXT,
  kTypes.SRV, kTypes.PTR, kTypes.NAPTR, kTypes.SOA, kTypes.CAA, kTypes.TLSA];

const { ipv6WordsToText } = require('internal/net');

class BadResponse extends Error {}

function latin1(bytes, start, end) {
  let text = '';
  for (let i = start; i < end; i++) text += String.fromCharCode(bytes[i]);
  return text;
}

// One label as text, with the characters that would change its meaning escaped.
function labelText(bytes, start, end) {
  let text = '';
  for (let i = start; i < end; i++) {
    const c = bytes[i];
    if (c === 0x2e || c === 0x5c) text += `\\${String.fromCharCode(c)}`;
    else if (c <= 0x20 || c >= 0x7f) text += `\\${String(c).padStart(3, '0')}`;
    else text += String.fromCharCode(c);
  }
  return text;
}

/** Reads a possibly compressed domain name at offset: [name, offset after it]. */
function readName(bytes, offset) {
  const labels = [];
  let end = -1;
  let jumps = 0;
  for (;;) {
    if (offset >= bytes.length) throw new BadResponse();
    const len = bytes[offset];
    if ((len & 0xc0) === 0xc0) {
      if (offset + 1 >= bytes.length || ++jumps > 64) throw new BadResponse();
      if (end < 0) end = offset + 2;
      offset = ((len & 0x3f) << 8) | bytes[offset + 1];
      continue;
    }
    if (len & 0xc0) throw new BadResponse();
    if (len === 0) {
      if (end < 0) end = offset + 1;
      break;
    }
    if (offset + 1 + len > bytes.length) throw new BadResponse();
    labels.push(labelText(bytes, offset + 1, offset + 1 + len));
    offset += 1 + len;
  }
  return [labels.join('.'), end];
}

function u16(bytes, offset) {
  return (bytes[offset] << 8) | bytes[offset + 1];
}

function u32(bytes, offset) {
  return ((bytes[offset] << 24) >>> 0) + (bytes[offset + 1] << 16) + (bytes[offset + 2] << 8) +
    bytes[offset + 3];
}

function ipv4Text(bytes, offset) {
  return `${bytes[offset]}.${bytes[offset + 1]}.${bytes[offset + 2]}.${bytes[offset + 3]}`;
}

// The address's text as inet_ntop writes it.
function ipv6Text(bytes, offset) {
  const words = [];
  for (let i = 0; i < 8; i++) words.push(u16(bytes, offset + 2 * i));
  return ipv6WordsToText(words);
}

// A sequence of <length><bytes> strings filling [start, end).
function characterStrings(bytes, start, end) {
  const out = [];
  let offset = start;
  while (offset < end) {
    const len = bytes[offset];
    if (offset + 1 + len > end) throw new BadResponse();
    out.push(latin1(bytes, offset + 1, offset + 1 + len));
    offset += 1 + len;
  }
  return [out, offset];
}

function characterString(bytes, offset, end) {
  const len = bytes[offset];
  if (offset >= end || offset + 1 + len > end) throw new BadResponse();
  return [latin1(bytes, offset + 1, offset + 1 + len), offset + 1 + len];
}

// Decodes one record's data; `any` adds the `type` field resolveAny() reports.
function decodeRecord(bytes, type, ttl, start, end, withTtl, any) {
  switch (type) {
    case kTypes.A:
      if (end - start !== 4) throw new BadResponse();
      if (any) return { address: ipv4Text(bytes, start), ttl, type: 'A' };
      return withTtl ? { address: ipv4Text(bytes, start), ttl } : ipv4Text(bytes, start);
    case kTypes.AAAA:
      if (end - start !== 16) throw new BadResponse();
      if (any) return { address: ipv6Text(bytes, start), ttl, type: 'AAAA' };
      return withTtl ? { address: ipv6Text(bytes, start), ttl } : ipv6Text(bytes, start);
    case kTypes.CNAME:
    case kTypes.NS:
    case kTypes.PTR: {
      const name = readName(bytes, start)[0];
      if (!any) return name;
      return { value: name, type: type === kTypes.CNAME ? 'CNAME' : type === kTypes.NS ? 'NS' : 'PTR' };
    }
    case kTypes.MX: {
      // Node 24 reports the type of MX, SRV and CAA records outside resolveAny() too.
      return { exchange: readName(bytes, start + 2)[0], priority: u16(bytes, start), type: 'MX' };
    }
    case kTypes.TXT: {
      const entries = characterStrings(bytes, start, end)[0];
      return any ? { entries, type: 'TXT' } : entries;
    }
    case kTypes.SRV: {
      const record = {
        name: readName(bytes, start + 6)[0],
        port: u16(bytes, start + 4),
        priority: u16(bytes, start),
        weight: u16(bytes, start + 2),
        type: 'SRV',
      };
      return record;
    }
    case kTypes.SOA: {
      const [nsname, afterNs] = readName(bytes, start);
      const [hostmaster, offset] = readName(bytes, afterNs);
      if (offset + 20 > end) throw new BadResponse();
      const record = {
        nsname,
        hostmaster,
        serial: u32(bytes, offset),
        refresh: u32(bytes, offset + 4),
        retry: u32(bytes, offset + 8),
        expire: u32(bytes, offset + 12),
        minttl: u32(bytes, offset + 16),
        // resolveSoa()'s object has an own `type` property set to undefined in Node 24.
        type: any ? 'SOA' : undefined,
      };
      return record;
    }
    case kTypes.CAA: {
      if (end - start < 2) throw new BadResponse();
      const tagLength = bytes[start + 1];
      if (start + 2 + tagLength > end) throw new BadResponse();
      const tag = latin1(bytes, start + 2, start + 2 + tagLength);
      const record = { critical: bytes[start], type: 'CAA' };
      record[tag] = latin1(bytes, start + 2 + tagLength, end);
      return record;
    }
    case kTypes.NAPTR: {
      let offset = start + 4;
      let flags, service, regexp;
      [flags, offset] = characterString(bytes, offset, end);
      [service, offset] = characterString(bytes, offset, end);
      [regexp, offset] = characterString(bytes, offset, end);
      const record = {
        flags,
        service,
        regexp,
        replacement: readName(bytes, offset)[0],
        order: u16(bytes, start),
        preference: u16(bytes, start + 2),
        type: any ? 'NAPTR' : undefined, // as resolveSoa()'s
      };
      return record;
    }
    case kTypes.TLSA: {
      if (end - start < 3) throw new BadResponse();
      const record = {
        certUsage: bytes[start],
        selector: bytes[start + 1],
        match: bytes[start + 2],
        data: bytes.buffer.slice(bytes.byteOffset + start + 3, bytes.byteOffset + end),
      };
      if (any) record.type = 'TLSA';
      return record;
    }
  }
  return undefined;
}

/**
 * The records of `type` in the answer section of response (a Uint8Array), in the shapes
 * dns.resolve*() return (resolveSoa's single object for SOA). Returns a c-ares error code
 * name instead when the response is malformed ('EBADRESP') or has none ('ENODATA').
 */
function parseAnswer(bytes, type, withTtl) {
  try {
    if (bytes === undefined || bytes.length < 12) return 'EBADRESP';
    const questions = u16(bytes, 4);
    const answers = u16(bytes, 6);
    let offset = 12;
    for (let i = 0; i < questions; i++) offset = readName(bytes, offset)[1] + 4;
    const any = type === kTypes.ANY;
    const found = any ? new Map() : [];
    for (let i = 0; i < answers; i++) {
      offset = readName(bytes, offset)[1];
      if (offset + 10 > bytes.length) return 'EBADRESP';
      const rrType = u16(bytes, offset);
      const ttl = u32(bytes, offset + 4);
      const length = u16(bytes, offset + 8);
      const start = offset + 10;
      const end = start + length;
      if (end > bytes.length) return 'EBADRESP';
      offset = end;
      if (!any && rrType !== type) continue;
      const record = decodeRecord(bytes, rrType, ttl, start, end, withTtl, any);
      if (record === undefined) continue;
      if (any) {
        if (!found.has(rrType)) found.set(rrType, []);
        found.get(rrType).push(record);
      } else {
        found.push(record);
      }
    }
    if (any) {
      const records = [];
      for (const t of kAnyOrder) if (found.has(t)) records.push(...found.get(t));
      return records.length > 0 ? records : 'ENODATA';
    }
    if (found.length === 0) return 'ENODATA';
    return type === kTypes.SOA ? found[0] : found;
  } catch (err) {
    if (err instanceof BadResponse || err instanceof RangeError) return 'EBADRESP';
    throw err;
  }
}

module.exports = { kTypes, parseAnswer };
