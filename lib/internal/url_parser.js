'use strict';
// The WHATWG URL parser (https://url.spec.whatwg.org/), for lib/internal/url.js.
//
// It lives in JavaScript because a call into C costs more than a whole parse here (see
// doc/internals.md): only hosts that need UTS #46 processing (non-ASCII, or a label that
// starts with "xn--") cross into the `url` binding.
//
// parse(input, base) runs the basic URL parser into a URL record and serializes it: it
// returns the href, or null when the input is not a URL, and leaves the offsets of the
// components in `components` (indexed by the C_* constants), so the URL class slices its
// getters out of href. update(href, setter, value) reparses href, runs a setter's steps
// (the parser with a state override) and serializes again.
//
// The parser is a state machine over UTF-16 code units. A state that consumes a run of
// characters (authority, host, port, path segment, query, fragment) scans the whole run in
// one loop and slices it out of the input; only runs that hold a character of their
// percent-encode set are rebuilt. Non-ASCII characters appear only in runs that are
// percent-encoded (as UTF-8, a lone surrogate as U+FFFD) or in hosts.

// Indexes into `components`. A missing port, query or fragment is -1.
const C_PROTOCOL_END = 0;
const C_USERNAME_START = 1;
const C_USERNAME_END = 2;
const C_PASSWORD_START = 3;
const C_PASSWORD_END = 4;
const C_HOST_START = 5;
const C_HOST_END = 6;
const C_PORT = 7;
const C_PATH_START = 8;
const C_SEARCH_START = 9;
const C_HASH_START = 10;
const C_SCHEME_TYPE = 11;
const C_HAS_HOST = 12;
const components = new Int32Array(13);

// Scheme types: 0 is any scheme that is not special.
const SCHEME_OTHER = 0;
const SCHEME_HTTP = 1;
const SCHEME_HTTPS = 2;
const SCHEME_WS = 3;
const SCHEME_WSS = 4;
const SCHEME_FTP = 5;
const SCHEME_FILE = 6;

// Setters of update().
const SET_PROTOCOL = 0;
const SET_USERNAME = 1;
const SET_PASSWORD = 2;
const SET_HOST = 3;
const SET_HOSTNAME = 4;
const SET_PORT = 5;
const SET_PATHNAME = 6;
const SET_SEARCH = 7;
const SET_HASH = 8;

// Parser states (the URL Standard's names).
const S_NONE = 0;
const S_SCHEME_START = 1;
const S_SCHEME = 2;
const S_NO_SCHEME = 3;
const S_SPECIAL_RELATIVE_OR_AUTHORITY = 4;
const S_PATH_OR_AUTHORITY = 5;
const S_RELATIVE = 6;
const S_RELATIVE_SLASH = 7;
const S_SPECIAL_AUTHORITY_SLASHES = 8;
const S_SPECIAL_AUTHORITY_IGNORE_SLASHES = 9;
const S_AUTHORITY = 10;
const S_HOST = 11;
const S_HOSTNAME = 12;
const S_PORT = 13;
const S_FILE = 14;
const S_FILE_SLASH = 15;
const S_FILE_HOST = 16;
const S_PATH_START = 17;
const S_PATH = 18;
const S_OPAQUE_PATH = 19;
const S_QUERY = 20;
const S_FRAGMENT = 21;
const S_DONE = 22; // hostAndPort(): the parse with a state override is done

// Bits of charTable for ASCII: the percent-encode sets that contain the character (every
// set also contains all non-ASCII code points), and the forbidden host / domain code points.
const SET_C0 = 1;
const SET_FRAGMENT = 2;
const SET_QUERY = 4;
const SET_SPECIAL_QUERY = 8;
const SET_PATH = 16;
const SET_USERINFO = 32;
const FORBIDDEN_HOST = 64;
const FORBIDDEN_DOMAIN = 128;

const charTable = new Uint8Array(128);
function mark(chars, bits) {
  for (let i = 0; i < chars.length; i++) charTable[chars.charCodeAt(i)] |= bits;
}
for (let c = 0; c < 0x20; c++) charTable[c] = 0xff & ~FORBIDDEN_HOST;
charTable[0x7f] = 0xff & ~FORBIDDEN_HOST;
mark(' "<>`', SET_FRAGMENT | SET_USERINFO | SET_PATH);
mark(' "#<>', SET_QUERY | SET_SPECIAL_QUERY | SET_PATH | SET_USERINFO);
mark("'", SET_SPECIAL_QUERY);
mark('?^`{}', SET_PATH | SET_USERINFO);
mark('/:;=@[\\]|', SET_USERINFO);
mark('\0\t\n\r #/:<>?@[\\]^|', FORBIDDEN_HOST | FORBIDDEN_DOMAIN);
mark('%', FORBIDDEN_DOMAIN);

// The decimal digits of every byte (IPv4 serialization).
const byteStrings = [];
for (let i = 0; i < 256; i++) byteStrings.push(`${i}`);

// '%XX' for every byte.
const hexTable = [];
for (let i = 0; i < 256; i++) hexTable.push(`%${i < 16 ? '0' : ''}${i.toString(16).toUpperCase()}`);

let binding = null;
function urlBinding() {
  binding ??= internalBinding('url');
  return binding;
}

// A URL record. The path of a URL without an opaque path is kept serialized: each segment
// preceded by '/', so the empty list is '' and a list of one empty segment is '/'. A null
// host, query or fragment is absent; a port of -1 is null.
class URLRecord {
  constructor() {
    this.reset();
  }

  reset() {
    this.scheme = '';
    this.username = '';
    this.password = '';
    this.host = null;
    this.port = -1;
    this.path = '';
    this.query = null;
    this.fragment = null;
    this.opaque = false;
    this.type = SCHEME_OTHER;
  }
}

// The parser is not reentrant, so one record serves every parse (bases have their own,
// cached below).
const record = new URLRecord();

function isAlpha(c) {
  return ((c | 0x20) >= 0x61) && ((c | 0x20) <= 0x7a);
}

function isDigit(c) {
  return c >= 0x30 && c <= 0x39;
}

function hexValue(c) {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  c |= 0x20;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

// The UTF-8 bytes of code point cp (0x80 or above) as '%XX' escapes.
function percentEncodeUtf8(cp) {
  if (cp < 0x800) return hexTable[0xc0 | (cp >> 6)] + hexTable[0x80 | (cp & 0x3f)];
  if (cp < 0x10000) {
    return hexTable[0xe0 | (cp >> 12)] + hexTable[0x80 | ((cp >> 6) & 0x3f)] +
      hexTable[0x80 | (cp & 0x3f)];
  }
  return hexTable[0xf0 | (cp >> 18)] + hexTable[0x80 | ((cp >> 12) & 0x3f)] +
    hexTable[0x80 | ((cp >> 6) & 0x3f)] + hexTable[0x80 | (cp & 0x3f)];
}

// s[start, end) UTF-8 percent-encoded with `set`.
function percentEncode(s, start, end, set) {
  let i = start;
  for (; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80 || (charTable[c] & set) !== 0) break;
  }
  if (i === end) return s.slice(start, end);
  let out = s.slice(start, i);
  let last = i;
  for (; i < end; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x80) {
      if ((charTable[c] & set) === 0) continue;
      if (i > last) out += s.slice(last, i);
      out += hexTable[c];
    } else {
      if (i > last) out += s.slice(last, i);
      if (c >= 0xd800 && c <= 0xdfff) {
        const d = i + 1 < end ? s.charCodeAt(i + 1) : 0;
        if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
          c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          i++;
        } else {
          c = 0xfffd;
        }
      }
      out += percentEncodeUtf8(c);
    }
    last = i + 1;
  }
  if (last < end) out += s.slice(last, end);
  return out;
}

// Decodes UTF-8 bytes, each maximal invalid subpart becoming U+FFFD.
function utf8Decode(bytes) {
  return require('internal/buffer').utf8SliceShort(bytes, 0, bytes.length);
}

// The bytes of s with each %XX decoded and every other character as UTF-8.
function percentDecodeBytes(s) {
  const bytes = [];
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c === 0x25 && i + 2 < s.length) {
      const hi = hexValue(s.charCodeAt(i + 1));
      const lo = hexValue(s.charCodeAt(i + 2));
      if (hi >= 0 && lo >= 0) {
        bytes.push(hi * 16 + lo);
        i += 2;
        continue;
      }
    }
    if (c < 0x80) {
      bytes.push(c);
    } else if (c < 0x800) {
      bytes.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
    } else {
      if (c >= 0xd800 && c <= 0xdfff) {
        const d = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
        if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
          c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          i++;
          bytes.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f),
            0x80 | (c & 0x3f));
          continue;
        }
        c = 0xfffd;
      }
      bytes.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
    }
  }
  return bytes;
}

// ---- Schemes ----

// Scheme names by type, so that a special scheme is always the same flat string.
const schemeNames = ['', 'http', 'https', 'ws', 'wss', 'ftp', 'file'];

function schemeType(s) {
  switch (s) {
    case 'http': return SCHEME_HTTP;
    case 'https': return SCHEME_HTTPS;
    case 'ws': return SCHEME_WS;
    case 'wss': return SCHEME_WSS;
    case 'ftp': return SCHEME_FTP;
    case 'file': return SCHEME_FILE;
    default: return SCHEME_OTHER;
  }
}

// The type of the lowercase scheme s[start, end) (compared by code, with no string made).
function schemeTypeAt(s, start, end) {
  const c = s.charCodeAt(start);
  switch (end - start) {
    case 2:
      return c === 0x77 && s.charCodeAt(start + 1) === 0x73 ? SCHEME_WS : SCHEME_OTHER;
    case 3:
      if (c === 0x77) {
        return s.charCodeAt(start + 1) === 0x73 && s.charCodeAt(start + 2) === 0x73 ?
          SCHEME_WSS : SCHEME_OTHER;
      }
      return c === 0x66 && s.charCodeAt(start + 1) === 0x74 && s.charCodeAt(start + 2) === 0x70 ?
        SCHEME_FTP : SCHEME_OTHER;
    case 4:
      if (c === 0x68) {
        return s.charCodeAt(start + 1) === 0x74 && s.charCodeAt(start + 2) === 0x74 &&
          s.charCodeAt(start + 3) === 0x70 ? SCHEME_HTTP : SCHEME_OTHER;
      }
      return c === 0x66 && s.charCodeAt(start + 1) === 0x69 && s.charCodeAt(start + 2) === 0x6c &&
        s.charCodeAt(start + 3) === 0x65 ? SCHEME_FILE : SCHEME_OTHER;
    case 5:
      return c === 0x68 && s.charCodeAt(start + 1) === 0x74 && s.charCodeAt(start + 2) === 0x74 &&
        s.charCodeAt(start + 3) === 0x70 && s.charCodeAt(start + 4) === 0x73 ?
        SCHEME_HTTPS : SCHEME_OTHER;
    default:
      return SCHEME_OTHER;
  }
}

function defaultPort(type) {
  switch (type) {
    case SCHEME_HTTP:
    case SCHEME_WS: return 80;
    case SCHEME_HTTPS:
    case SCHEME_WSS: return 443;
    case SCHEME_FTP: return 21;
    default: return -1;
  }
}

// ---- Hosts ----

// s[i], or -1 at or after end.
function codeAt(s, i, end) {
  return i < end ? s.charCodeAt(i) : -1;
}

// Parses an IPv6 address s[start, end) (without brackets); returns it serialized with
// brackets, or null.
function parseIPv6(s, start, end) {
  const a = [0, 0, 0, 0, 0, 0, 0, 0];
  let piece = 0;
  let compress = -1;
  let p = start;
  if (codeAt(s, p, end) === 0x3a) {
    if (codeAt(s, p + 1, end) !== 0x3a) return null;
    p += 2;
    compress = ++piece;
  }
  while (p < end) {
    if (piece === 8) return null;
    if (codeAt(s, p, end) === 0x3a) {
      if (compress !== -1) return null;
      p++;
      compress = ++piece;
      continue;
    }
    let value = 0;
    let length = 0;
    while (length < 4 && p < end && hexValue(s.charCodeAt(p)) >= 0) {
      value = value * 16 + hexValue(s.charCodeAt(p));
      p++;
      length++;
    }
    if (codeAt(s, p, end) === 0x2e) {
      if (length === 0) return null;
      p -= length;
      if (piece > 6) return null;
      let seen = 0;
      while (p < end) {
        let v4 = -1;
        if (seen > 0) {
          if (codeAt(s, p, end) === 0x2e && seen < 4) p++;
          else return null;
        }
        if (!isDigit(codeAt(s, p, end))) return null;
        while (isDigit(codeAt(s, p, end))) {
          const n = s.charCodeAt(p) - 0x30;
          if (v4 === -1) v4 = n;
          else if (v4 === 0) return null;
          else v4 = v4 * 10 + n;
          if (v4 > 255) return null;
          p++;
        }
        a[piece] = a[piece] * 0x100 + v4;
        seen++;
        if (seen === 2 || seen === 4) piece++;
      }
      if (seen !== 4) return null;
      break;
    } else if (codeAt(s, p, end) === 0x3a) {
      p++;
      if (p >= end) return null;
    } else if (p < end) {
      return null;
    }
    a[piece++] = value;
  }
  if (compress !== -1) {
    let swaps = piece - compress;
    piece = 7;
    while (piece !== 0 && swaps > 0) {
      const t = a[piece];
      a[piece] = a[compress + swaps - 1];
      a[compress + swaps - 1] = t;
      piece--;
      swaps--;
    }
  } else if (piece !== 8) {
    return null;
  }
  // Compress the first longest run of two or more zero pieces.
  let best = -1;
  let bestLength = 1;
  for (let i = 0; i < 8;) {
    if (a[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && a[j] === 0) j++;
    if (j - i > bestLength) {
      best = i;
      bestLength = j - i;
    }
    i = j;
  }
  let out = '[';
  for (let i = 0; i < 8; i++) {
    if (i === best) {
      out += i === 0 ? '::' : ':';
      i += bestLength - 1;
      continue;
    }
    out += a[i].toString(16);
    if (i !== 7) out += ':';
  }
  return `${out}]`;
}

// One IPv4 number of s[start, end), or -1 if it is not one. Values beyond 32 bits are
// saturated, which is enough to reject them.
function parseIPv4Number(s, start, end) {
  if (start === end) return -1;
  let radix = 10;
  if (end - start >= 2 && s.charCodeAt(start) === 0x30) {
    if ((s.charCodeAt(start + 1) | 0x20) === 0x78) {
      start += 2;
      radix = 16;
    } else {
      start++;
      radix = 8;
    }
  }
  let v = 0;
  for (let i = start; i < end; i++) {
    const d = hexValue(s.charCodeAt(i));
    if (d < 0 || d >= radix) return -1;
    v = v * radix + d;
    if (v > 0xffffffffff) v = 0xffffffffff;
  }
  return v;
}

// Whether the ASCII domain s[start, end) ends in a number (and must therefore be an IPv4
// address).
function endsInNumber(s, start, end) {
  if (end > start && s.charCodeAt(end - 1) === 0x2e) end--;
  if (end === start) return false;
  // Most domains end in a letter that no number can end in.
  const last = s.charCodeAt(end - 1);
  if (hexValue(last) < 0 && (last | 0x20) !== 0x78) return false;
  let labelStart = end;
  while (labelStart > start && s.charCodeAt(labelStart - 1) !== 0x2e) labelStart--;
  if (labelStart === end) return false;
  let digits = true;
  for (let i = labelStart; i < end; i++) {
    if (!isDigit(s.charCodeAt(i))) {
      digits = false;
      break;
    }
  }
  return digits || parseIPv4Number(s, labelStart, end) !== -1;
}

// Parses the IPv4 address s[start, end); returns it serialized, or null.
function parseIPv4(s, start, end) {
  if (end > start && s.charCodeAt(end - 1) === 0x2e) end--; // "1.2.3.4." is "1.2.3.4"
  const nums = [];
  let partStart = start;
  for (let i = start; i <= end; i++) {
    if (i === end || s.charCodeAt(i) === 0x2e) {
      if (nums.length === 4) return null;
      const n = parseIPv4Number(s, partStart, i);
      if (n === -1) return null;
      nums.push(n);
      partStart = i + 1;
    }
  }
  const count = nums.length;
  for (let i = 0; i < count - 1; i++) if (nums[i] > 255) return null;
  if (nums[count - 1] >= 2 ** (8 * (5 - count))) return null;
  let v = nums[count - 1];
  for (let i = 0; i < count - 1; i++) v += nums[i] * 2 ** (8 * (3 - i));
  return `${byteStrings[Math.floor(v / 0x1000000)]}.${byteStrings[(v >>> 16) & 255]}.${
    byteStrings[(v >>> 8) & 255]}.${byteStrings[v & 255]}`;
}

// Domain to ASCII (beStrict false) of a domain that is already percent-decoded; null on
// failure. Only a domain with non-ASCII or an "xn--" label needs UTS #46 (in C).
function domainToASCIIString(domain) {
  let idna = false;
  let upper = false;
  for (let i = 0; i < domain.length; i++) {
    const c = domain.charCodeAt(i);
    if (c >= 0x80) {
      idna = true;
      break;
    }
    if (c >= 0x41 && c <= 0x5a) upper = true;
    if ((c | 0x20) === 0x78 && (i === 0 || domain.charCodeAt(i - 1) === 0x2e) &&
        i + 3 < domain.length && (domain.charCodeAt(i + 1) | 0x20) === 0x6e &&
        domain.charCodeAt(i + 2) === 0x2d && domain.charCodeAt(i + 3) === 0x2d) {
      idna = true;
      break;
    }
  }
  let out = domain;
  if (idna) out = urlBinding().toASCIIHost(domain) ?? '';
  else if (upper) out = domain.toLowerCase();
  if (out.length === 0) return null;
  for (let i = 0; i < out.length; i++) {
    const c = out.charCodeAt(i);
    if (c < 0x80 && (charTable[c] & FORBIDDEN_DOMAIN) !== 0) return null;
  }
  return out;
}

// The host parser over s[start, end); returns the serialized host or null.
function parseHost(s, start, end, special) {
  if (start < end && s.charCodeAt(start) === 0x5b) {
    if (s.charCodeAt(end - 1) !== 0x5d) return null;
    return parseIPv6(s, start + 1, end - 1);
  }
  if (!special) {
    for (let i = start; i < end; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x80 && (charTable[c] & FORBIDDEN_HOST) !== 0) return null;
    }
    return percentEncode(s, start, end, SET_C0);
  }
  // A domain of ASCII without '%' or "xn--" labels only needs lowercasing.
  let upper = false;
  let i = start;
  for (; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80 || c === 0x25) break;
    if (c >= 0x41 && c <= 0x5a) {
      upper = true;
    } else if ((charTable[c] & FORBIDDEN_DOMAIN) !== 0) {
      return null;
    }
    if ((c | 0x20) === 0x78 && (i === start || s.charCodeAt(i - 1) === 0x2e) && i + 3 < end &&
        (s.charCodeAt(i + 1) | 0x20) === 0x6e && s.charCodeAt(i + 2) === 0x2d &&
        s.charCodeAt(i + 3) === 0x2d) {
      break;
    }
  }
  if (i === end) {
    if (start === end) return null;
    if (endsInNumber(s, start, end)) return parseIPv4(s, start, end);
    const host = s.slice(start, end);
    return upper ? host.toLowerCase() : host;
  }
  let domain = s.slice(start, end);
  if (domain.indexOf('%') !== -1) domain = utf8Decode(percentDecodeBytes(domain));
  const ascii = domainToASCIIString(domain);
  if (ascii === null) return null;
  return endsInNumber(ascii, 0, ascii.length) ? parseIPv4(ascii, 0, ascii.length) : ascii;
}

// ---- Paths ----

// Whether s[p, len) starts with a Windows drive letter.
function startsWithDriveLetter(s, p, len) {
  if (len - p < 2 || !isAlpha(s.charCodeAt(p))) return false;
  const second = s.charCodeAt(p + 1);
  if (second !== 0x3a && second !== 0x7c) return false;
  if (len - p === 2) return true;
  const c = s.charCodeAt(p + 2);
  return c === 0x2f || c === 0x5c || c === 0x3f || c === 0x23;
}

function isNormalizedDrive(seg) {
  return seg.length === 2 && isAlpha(seg.charCodeAt(0)) && seg.charCodeAt(1) === 0x3a;
}

function shortenPath(u) {
  const path = u.path;
  if (path === '') return;
  if (u.type === SCHEME_FILE && path.length === 3 && isNormalizedDrive(path.slice(1))) return;
  u.path = path.slice(0, path.lastIndexOf('/'));
}

// Whether s[i, i + 3) is '%2e' (any case).
function isEncodedDot(s, i) {
  return s.charCodeAt(i) === 0x25 && s.charCodeAt(i + 1) === 0x32 &&
    (s.charCodeAt(i + 2) | 0x20) === 0x65;
}

// 1 if s[start, end) is a single-dot path segment ('.', '%2e'), 2 for a double-dot one,
// else 0.
function dotSegment(s, start, end) {
  switch (end - start) {
    case 1: return s.charCodeAt(start) === 0x2e ? 1 : 0;
    case 2: return s.charCodeAt(start) === 0x2e && s.charCodeAt(start + 1) === 0x2e ? 2 : 0;
    case 3: return isEncodedDot(s, start) ? 1 : 0;
    case 4:
      if (s.charCodeAt(start) === 0x2e) return isEncodedDot(s, start + 1) ? 2 : 0;
      return isEncodedDot(s, start) && s.charCodeAt(start + 3) === 0x2e ? 2 : 0;
    case 6: return isEncodedDot(s, start) && isEncodedDot(s, start + 3) ? 2 : 0;
    default: return 0;
  }
}

// ---- The basic URL parser ----

function includesCredentials(u) {
  return u.username !== '' || u.password !== '';
}

// The position hostAndPort() leaves the parser at (the next character is hostNext + 1).
let hostNext = 0;

// The host, hostname and port states from s[p] (the host or port buffer starting at
// bstart), kept out of basicParse so that each is small enough to optimize soon. Returns
// the next state (hostNext set), S_DONE when a parse with a state override ends there, or
// S_NONE on failure.
function hostAndPort(s, p, len, u, special, override, state, bstart) {
  let c = p < len ? s.charCodeAt(p) : -1;
  if (state !== S_PORT) {
    if (override !== S_NONE && u.type === SCHEME_FILE) {
      hostNext = p - 1;
      return S_FILE_HOST;
    }
    let inBrackets = false;
    while (c !== -1 && c !== 0x2f && c !== 0x3f && c !== 0x23 && (c !== 0x5c || !special) &&
           (c !== 0x3a || inBrackets)) {
      if (c === 0x5b) inBrackets = true;
      else if (c === 0x5d) inBrackets = false;
      c = ++p < len ? s.charCodeAt(p) : -1;
    }
    if (c !== 0x3a) {
      if (special && bstart === p) return S_NONE;
      if (override !== S_NONE && bstart === p && (includesCredentials(u) || u.port !== -1)) {
        return S_NONE;
      }
      const host = parseHost(s, bstart, p, special);
      if (host === null) return S_NONE;
      u.host = host;
      if (override !== S_NONE) return S_DONE;
      hostNext = p - 1;
      return S_PATH_START;
    }
    if (bstart === p || override === S_HOSTNAME) return S_NONE;
    const host = parseHost(s, bstart, p, special);
    if (host === null) return S_NONE;
    u.host = host;
    bstart = p + 1;
    c = ++p < len ? s.charCodeAt(p) : -1;
  }
  while (isDigit(c)) c = ++p < len ? s.charCodeAt(p) : -1;
  if (c !== -1 && c !== 0x2f && c !== 0x3f && c !== 0x23 && (!special || c !== 0x5c) &&
      override === S_NONE) {
    return S_NONE;
  }
  if (bstart !== p) {
    let port = 0;
    for (let i = bstart; i < p; i++) {
      port = port * 10 + s.charCodeAt(i) - 0x30;
      if (port > 65535) return S_NONE;
    }
    u.port = port === defaultPort(u.type) ? -1 : port;
  }
  if (override !== S_NONE) return S_DONE;
  hostNext = p - 1;
  return S_PATH_START;
}

// The path state's shared positions, kept here so that the path state can be a function
// of its own (a small function reaches the optimizing tiers sooner than the whole parser):
// the start of the current segment (-1: the next character), and a run of the input's
// segments [runStart, runEnd) not yet appended to u.path.
let segStart = -1;
let runStart = -1;
let runEnd = -1;

// The path state, one segment from s[p]: scans to its end, then appends it (or applies it
// if it is a dot segment). Segments that are their own serialization, each after a '/',
// gather into one run of the input, appended when the run ends. Returns the position of
// the character that ended the segment (len at the end).
function pathSegment(s, p, len, u, special, override) {
  let c = p < len ? s.charCodeAt(p) : -1;
  if (segStart === -1) segStart = p;
  let plain = true;
  while (c !== -1 && c !== 0x2f && (c !== 0x5c || !special) &&
         ((c !== 0x3f && c !== 0x23) || override !== S_NONE)) {
    if (c >= 0x80 || (charTable[c] & SET_PATH) !== 0) plain = false;
    c = ++p < len ? s.charCodeAt(p) : -1;
  }
  const dots = dotSegment(s, segStart, p);
  const driveQuirk = u.type === SCHEME_FILE && p - segStart === 2 &&
    s.charCodeAt(segStart + 1) === 0x7c && isAlpha(s.charCodeAt(segStart)) &&
    u.path === '' && runStart === -1;
  if (plain && dots === 0 && !driveQuirk && segStart > 0 &&
      s.charCodeAt(segStart - 1) === 0x2f) {
    if (runEnd !== segStart - 1) {
      if (runStart !== -1) u.path += s.slice(runStart, runEnd);
      runStart = segStart - 1;
    }
    runEnd = p;
  } else {
    if (runStart !== -1) {
      u.path += s.slice(runStart, runEnd);
      runStart = -1;
      runEnd = -1;
    }
    if (dots === 2) {
      shortenPath(u);
      if (c !== 0x2f && c !== 0x5c) u.path += '/';
    } else if (dots === 1) {
      if (c !== 0x2f && c !== 0x5c) u.path += '/';
    } else if (driveQuirk) {
      u.path += `/${s[segStart]}:`;
    } else {
      u.path += `/${plain ? s.slice(segStart, p) : percentEncode(s, segStart, p, SET_PATH)}`;
    }
  }
  segStart = -1;
  if (c !== 0x2f && c !== 0x5c && runStart !== -1) {
    u.path += s.slice(runStart, runEnd);
    runStart = -1;
    runEnd = -1;
  }
  return p;
}

// Runs the basic URL parser over s (already preprocessed) into u, with base (or null) and
// a state override (S_NONE for none). Returns false on failure.
function basicParse(s, base, u, override) {
  const len = s.length;
  let state = override !== S_NONE ? override : S_SCHEME_START;
  let special = u.type !== SCHEME_OTHER;
  let bstart = 0; // start of the buffer of the scheme, authority, host, port, file host
  segStart = -1;
  runStart = -1;
  runEnd = -1;
  let p = 0;
  for (;;) {
    let c = p < len ? s.charCodeAt(p) : -1;
    switch (state) {
      case S_SCHEME_START:
        if (isAlpha(c)) {
          bstart = p;
          state = S_SCHEME;
        } else if (override === S_NONE) {
          state = S_NO_SCHEME;
          p--;
        } else {
          return false;
        }
        break;

      case S_SCHEME: {
        let upper = s.charCodeAt(bstart) <= 0x5a; // the first letter is uppercase
        while (isAlpha(c) || isDigit(c) || c === 0x2b || c === 0x2d || c === 0x2e) {
          if (c >= 0x41 && c <= 0x5a) upper = true;
          c = ++p < len ? s.charCodeAt(p) : -1;
        }
        if (c === 0x3a) {
          let scheme;
          let type;
          if (upper) {
            scheme = s.slice(bstart, p).toLowerCase();
            type = schemeType(scheme);
          } else {
            type = schemeTypeAt(s, bstart, p);
            scheme = type === SCHEME_OTHER ? s.slice(bstart, p) : schemeNames[type];
          }
          if (override !== S_NONE) {
            if ((u.type !== SCHEME_OTHER) !== (type !== SCHEME_OTHER)) return true;
            if ((includesCredentials(u) || u.port !== -1) && type === SCHEME_FILE) return true;
            if (u.type === SCHEME_FILE && u.host === '') return true;
          }
          u.scheme = scheme;
          u.type = type;
          special = type !== SCHEME_OTHER;
          if (override !== S_NONE) {
            if (u.port === defaultPort(type)) u.port = -1;
            return true;
          }
          if (type === SCHEME_FILE) {
            state = S_FILE;
          } else if (special && base !== null && base.type === type) {
            state = S_SPECIAL_RELATIVE_OR_AUTHORITY;
          } else if (special) {
            state = S_SPECIAL_AUTHORITY_SLASHES;
          } else if (p + 1 < len && s.charCodeAt(p + 1) === 0x2f) {
            state = S_PATH_OR_AUTHORITY;
            p++;
          } else {
            u.opaque = true;
            u.path = '';
            state = S_OPAQUE_PATH;
          }
        } else if (override === S_NONE) {
          state = S_NO_SCHEME;
          p = -1;
        } else {
          return false;
        }
        break;
      }

      case S_NO_SCHEME:
        if (base === null || (base.opaque && c !== 0x23)) return false;
        if (base.opaque) {
          u.scheme = base.scheme;
          u.type = base.type;
          special = u.type !== SCHEME_OTHER;
          u.path = base.path;
          u.opaque = true;
          u.query = base.query;
          u.fragment = '';
          state = S_FRAGMENT;
        } else {
          state = base.type !== SCHEME_FILE ? S_RELATIVE : S_FILE;
          p--;
        }
        break;

      case S_SPECIAL_RELATIVE_OR_AUTHORITY:
        if (c === 0x2f && p + 1 < len && s.charCodeAt(p + 1) === 0x2f) {
          state = S_SPECIAL_AUTHORITY_IGNORE_SLASHES;
          p++;
        } else {
          state = S_RELATIVE;
          p--;
        }
        break;

      case S_PATH_OR_AUTHORITY:
        if (c === 0x2f) {
          state = S_AUTHORITY;
          bstart = p + 1;
        } else {
          state = S_PATH;
          p--;
        }
        break;

      case S_RELATIVE:
        u.scheme = base.scheme;
        u.type = base.type;
        special = u.type !== SCHEME_OTHER;
        if (c === 0x2f || (special && c === 0x5c)) {
          state = S_RELATIVE_SLASH;
        } else {
          u.username = base.username;
          u.password = base.password;
          u.host = base.host;
          u.port = base.port;
          u.path = base.path;
          u.query = base.query;
          if (c === 0x3f) {
            u.query = '';
            state = S_QUERY;
          } else if (c === 0x23) {
            u.fragment = '';
            state = S_FRAGMENT;
          } else if (c !== -1) {
            u.query = null;
            shortenPath(u);
            state = S_PATH;
            p--;
          }
        }
        break;

      case S_RELATIVE_SLASH:
        if (special && (c === 0x2f || c === 0x5c)) {
          state = S_SPECIAL_AUTHORITY_IGNORE_SLASHES;
        } else if (c === 0x2f) {
          state = S_AUTHORITY;
          bstart = p + 1;
        } else {
          u.username = base.username;
          u.password = base.password;
          u.host = base.host;
          u.port = base.port;
          state = S_PATH;
          p--;
        }
        break;

      case S_SPECIAL_AUTHORITY_SLASHES:
        state = S_SPECIAL_AUTHORITY_IGNORE_SLASHES;
        if (c === 0x2f && p + 1 < len && s.charCodeAt(p + 1) === 0x2f) p++;
        else p--;
        break;

      case S_SPECIAL_AUTHORITY_IGNORE_SLASHES:
        if (c !== 0x2f && c !== 0x5c) {
          state = S_AUTHORITY;
          bstart = p;
          p--;
        }
        break;

      case S_AUTHORITY: {
        // The userinfo ends at the authority's last '@'; every earlier '@' is part of it.
        let at = -1;
        while (c !== -1 && c !== 0x2f && c !== 0x3f && c !== 0x23 && (c !== 0x5c || !special)) {
          if (c === 0x40) at = p;
          c = ++p < len ? s.charCodeAt(p) : -1;
        }
        if (at !== -1) {
          const colon = s.indexOf(':', bstart);
          if (colon === -1 || colon >= at) {
            u.username = percentEncode(s, bstart, at, SET_USERINFO);
          } else {
            u.username = percentEncode(s, bstart, colon, SET_USERINFO);
            u.password = percentEncode(s, colon + 1, at, SET_USERINFO);
          }
          bstart = at + 1;
          if (bstart === p) return false;
        }
        p = bstart - 1;
        state = S_HOST;
        break;
      }

      case S_HOST:
      case S_HOSTNAME:
      case S_PORT:
        state = hostAndPort(s, p, len, u, special, override, state, bstart);
        if (state === S_NONE) return false;
        if (state === S_DONE) return true;
        p = hostNext;
        bstart = hostNext + 1;
        c = -2; // never the end: the loop goes on from p + 1
        break;

      case S_FILE:
        u.scheme = 'file';
        u.type = SCHEME_FILE;
        special = true;
        u.host = '';
        if (c === 0x2f || c === 0x5c) {
          state = S_FILE_SLASH;
        } else if (base !== null && base.type === SCHEME_FILE) {
          u.host = base.host;
          u.path = base.path;
          u.query = base.query;
          if (c === 0x3f) {
            u.query = '';
            state = S_QUERY;
          } else if (c === 0x23) {
            u.fragment = '';
            state = S_FRAGMENT;
          } else if (c !== -1) {
            u.query = null;
            if (!startsWithDriveLetter(s, p, len)) shortenPath(u);
            else u.path = '';
            state = S_PATH;
            p--;
          }
        } else {
          state = S_PATH;
          p--;
        }
        break;

      case S_FILE_SLASH:
        if (c === 0x2f || c === 0x5c) {
          state = S_FILE_HOST;
          bstart = p + 1;
        } else {
          if (base !== null && base.type === SCHEME_FILE) {
            u.host = base.host;
            if (!startsWithDriveLetter(s, p, len)) {
              const end = base.path.indexOf('/', 1);
              const first = base.path.slice(1, end === -1 ? base.path.length : end);
              if (isNormalizedDrive(first)) u.path += `/${first}`;
            }
          }
          state = S_PATH;
          p--;
        }
        break;

      case S_FILE_HOST: {
        while (c !== -1 && c !== 0x2f && c !== 0x5c && c !== 0x3f && c !== 0x23) {
          c = ++p < len ? s.charCodeAt(p) : -1;
        }
        if (override === S_NONE && p - bstart === 2 && isAlpha(s.charCodeAt(bstart)) &&
            (s.charCodeAt(bstart + 1) === 0x3a || s.charCodeAt(bstart + 1) === 0x7c)) {
          // The drive letter quirk: the buffer becomes the path state's buffer.
          segStart = bstart;
          state = S_PATH;
        } else if (bstart === p) {
          u.host = '';
          if (override !== S_NONE) return true;
          state = S_PATH_START;
        } else {
          let host = parseHost(s, bstart, p, special);
          if (host === null) return false;
          if (host === 'localhost') host = '';
          u.host = host;
          if (override !== S_NONE) return true;
          state = S_PATH_START;
        }
        p--;
        break;
      }

      case S_PATH_START:
        if (special) {
          state = S_PATH;
          if (c !== 0x2f && c !== 0x5c) p--;
        } else if (override === S_NONE && c === 0x3f) {
          u.query = '';
          state = S_QUERY;
        } else if (override === S_NONE && c === 0x23) {
          u.fragment = '';
          state = S_FRAGMENT;
        } else if (c !== -1) {
          state = S_PATH;
          if (c !== 0x2f) p--;
        } else if (override !== S_NONE && u.host === null) {
          u.path += '/';
        }
        break;

      case S_PATH:
        p = pathSegment(s, p, len, u, special, override);
        c = p < len ? s.charCodeAt(p) : -1;
        if (c === 0x3f) {
          u.query = '';
          state = S_QUERY;
        } else if (c === 0x23) {
          u.fragment = '';
          state = S_FRAGMENT;
        }
        break;

      case S_OPAQUE_PATH: {
        const start = p;
        while (c !== -1 && c !== 0x3f && c !== 0x23) c = ++p < len ? s.charCodeAt(p) : -1;
        let path = percentEncode(s, start, p, SET_C0);
        // A space before a query or fragment is encoded, so it survives serialization.
        if (c !== -1 && p > start && s.charCodeAt(p - 1) === 0x20) {
          path = `${path.slice(0, -1)}%20`;
        }
        u.path += path;
        if (c === 0x3f) {
          u.query = '';
          state = S_QUERY;
        } else if (c === 0x23) {
          u.fragment = '';
          state = S_FRAGMENT;
        }
        break;
      }

      case S_QUERY: {
        const start = p;
        if (override === S_NONE) {
          while (c !== -1 && c !== 0x23) c = ++p < len ? s.charCodeAt(p) : -1;
        } else {
          p = len;
          c = -1;
        }
        u.query += percentEncode(s, start, p, special ? SET_SPECIAL_QUERY : SET_QUERY);
        if (c === 0x23) {
          u.fragment = '';
          state = S_FRAGMENT;
        }
        break;
      }

      case S_FRAGMENT:
        if (c !== -1) {
          u.fragment += percentEncode(s, p, len, SET_FRAGMENT);
          p = len;
          c = -1;
        }
        break;
    }
    if (c === -1 && p >= len) return true;
    p++;
  }
}

// ---- Input preprocessing and serialization ----

// s without tabs and newlines and, if trim, without leading and trailing C0 controls and
// spaces.
function prepare(s, trim) {
  let start = 0;
  let end = s.length;
  if (trim) {
    while (start < end && s.charCodeAt(start) <= 0x20) start++;
    while (end > start && s.charCodeAt(end - 1) <= 0x20) end--;
  }
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c <= 0x0d && (c === 0x09 || c === 0x0a || c === 0x0d)) {
      return s.slice(start, end).replace(/[\t\n\r]/g, '');
    }
  }
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

// The href of u; fills `components`.
function serialize(u) {
  const k = components;
  let href = `${u.scheme}:`;
  let n = u.scheme.length + 1;
  k[C_PROTOCOL_END] = n;
  if (u.host !== null) {
    href += '//';
    n += 2;
    k[C_USERNAME_START] = n;
    if (u.username !== '' || u.password !== '') {
      href += u.username;
      n += u.username.length;
      k[C_USERNAME_END] = n;
      if (u.password !== '') {
        href += `:${u.password}`;
        k[C_PASSWORD_START] = n + 1;
        n += u.password.length + 1;
      } else {
        k[C_PASSWORD_START] = n;
      }
      k[C_PASSWORD_END] = n;
      href += '@';
      n++;
    } else {
      k[C_USERNAME_END] = n;
      k[C_PASSWORD_START] = n;
      k[C_PASSWORD_END] = n;
    }
    k[C_HOST_START] = n;
    href += u.host;
    n += u.host.length;
    k[C_HOST_END] = n;
    if (u.port !== -1) {
      const port = `:${u.port}`;
      href += port;
      n += port.length;
    }
  } else {
    k[C_USERNAME_START] = n;
    k[C_USERNAME_END] = n;
    k[C_PASSWORD_START] = n;
    k[C_PASSWORD_END] = n;
    k[C_HOST_START] = n;
    k[C_HOST_END] = n;
    if (!u.opaque && u.path.length > 1 && u.path.charCodeAt(1) === 0x2f) {
      href += '/.';
      n += 2;
    }
  }
  k[C_PORT] = u.port;
  k[C_PATH_START] = n;
  href += u.path;
  n += u.path.length;
  if (u.query !== null) {
    k[C_SEARCH_START] = n;
    href += `?${u.query}`;
    n += u.query.length + 1;
  } else {
    k[C_SEARCH_START] = -1;
  }
  if (u.fragment !== null) {
    k[C_HASH_START] = n;
    href += `#${u.fragment}`;
  } else {
    k[C_HASH_START] = -1;
  }
  k[C_SCHEME_TYPE] = u.type;
  k[C_HAS_HOST] = u.host !== null ? 1 : 0;
  return href;
}

// ---- The fast path ----

// Bits of fastTable: ASCII characters that a component keeps as they are (no percent-
// encoding, no lowercasing, no special meaning inside that component).
const FAST_HOST = 1;
const FAST_USERINFO = 2;
const FAST_PATH = 4;
const FAST_SPECIAL_QUERY = 8;
const FAST_QUERY = 16;
const FAST_FRAGMENT = 32;
const FAST_OPAQUE = 64;
const fastTable = new Uint8Array(128);
for (let c = 0x21; c < 0x7f; c++) {
  const t = charTable[c];
  let bits = FAST_OPAQUE;
  if ((t & FORBIDDEN_DOMAIN) === 0 && !(c >= 0x41 && c <= 0x5a)) bits |= FAST_HOST;
  if ((t & SET_USERINFO) === 0) bits |= FAST_USERINFO;
  if ((t & SET_PATH) === 0 && c !== 0x5c) bits |= FAST_PATH;
  if ((t & SET_SPECIAL_QUERY) === 0) bits |= FAST_SPECIAL_QUERY;
  if ((t & SET_QUERY) === 0) bits |= FAST_QUERY;
  if ((t & SET_FRAGMENT) === 0) bits |= FAST_FRAGMENT;
  if (c === 0x3f || c === 0x23) bits &= ~FAST_OPAQUE;
  fastTable[c] = bits;
}

// The parse of an input that is already a serialized URL (the common case), with no
// string made: a special URL with a domain, or a URL with an opaque path, whose every
// component needs no change. Fills `components` and returns true, or returns false and the
// full parser runs.
function fastParse(s) {
  const len = s.length;
  let p = 0;
  let c = len > 0 ? s.charCodeAt(0) : 0;
  while (c >= 0x61 && c <= 0x7a) c = ++p < len ? s.charCodeAt(p) : 0;
  if (p === 0) return false;
  while ((c >= 0x61 && c <= 0x7a) || isDigit(c) || c === 0x2b || c === 0x2d || c === 0x2e) {
    c = ++p < len ? s.charCodeAt(p) : 0;
  }
  if (c !== 0x3a) return false;
  const protocolEnd = p + 1;
  const type = schemeTypeAt(s, 0, p);
  if (type === SCHEME_FILE) return false;
  const k = components;
  p++;
  c = p < len ? s.charCodeAt(p) : -1;
  let queryBit = FAST_QUERY;
  if (type === SCHEME_OTHER) {
    // An opaque path: not empty (the serialization keeps a space before ? or # only
    // encoded).
    if (c === 0x2f || c === -1) return false;
    while (c > 0x20 && c < 0x7f && (fastTable[c] & FAST_OPAQUE) !== 0) {
      c = ++p < len ? s.charCodeAt(p) : -1;
    }
    if (c !== -1 && c !== 0x3f && c !== 0x23) return false;
    k[C_USERNAME_START] = protocolEnd;
    k[C_USERNAME_END] = protocolEnd;
    k[C_PASSWORD_START] = protocolEnd;
    k[C_PASSWORD_END] = protocolEnd;
    k[C_HOST_START] = protocolEnd;
    k[C_HOST_END] = protocolEnd;
    k[C_PORT] = -1;
    k[C_PATH_START] = protocolEnd;
    k[C_HAS_HOST] = 0;
  } else {
    queryBit = FAST_SPECIAL_QUERY;
    if (c !== 0x2f || p + 1 >= len || s.charCodeAt(p + 1) !== 0x2f) return false;
    p += 2;
    const authorityStart = p;
    // The authority: [username[:password]@]host[:port], each part already normalized.
    let at = -1;
    let colon = -1;
    c = p < len ? s.charCodeAt(p) : -1;
    while (c !== -1 && c !== 0x2f && c !== 0x3f && c !== 0x23) {
      if (c === 0x40) {
        if (at !== -1) return false;
        at = p;
      } else if (c === 0x3a) {
        if (colon === -1 || (at !== -1 && colon < at)) colon = p;
      } else if (c <= 0x20 || c >= 0x7f || c === 0x5c) {
        return false;
      }
      c = ++p < len ? s.charCodeAt(p) : -1;
    }
    const authorityEnd = p;
    let hostStart = authorityStart;
    k[C_USERNAME_START] = authorityStart;
    if (at !== -1) {
      const userEnd = colon !== -1 && colon < at ? colon : at;
      if (userEnd === at ? userEnd === authorityStart : colon + 1 === at) return false;
      for (let i = authorityStart; i < at; i++) {
        const d = s.charCodeAt(i);
        if ((fastTable[d] & FAST_USERINFO) === 0 && i !== userEnd) return false;
      }
      k[C_USERNAME_END] = userEnd;
      k[C_PASSWORD_START] = userEnd === at ? at : userEnd + 1;
      k[C_PASSWORD_END] = at;
      hostStart = at + 1;
    } else {
      k[C_USERNAME_END] = authorityStart;
      k[C_PASSWORD_START] = authorityStart;
      k[C_PASSWORD_END] = authorityStart;
    }
    const hostEnd = colon > hostStart ? colon : authorityEnd;
    if (hostEnd === hostStart) return false;
    let labelStart = true;
    for (let i = hostStart; i < hostEnd; i++) {
      const d = s.charCodeAt(i);
      if ((fastTable[d] & FAST_HOST) === 0) return false;
      if (labelStart && d === 0x78 && s.charCodeAt(i + 1) === 0x6e &&
          s.charCodeAt(i + 2) === 0x2d && s.charCodeAt(i + 3) === 0x2d) {
        return false;
      }
      labelStart = d === 0x2e;
    }
    if (endsInNumber(s, hostStart, hostEnd)) return false;
    let port = -1;
    if (hostEnd < authorityEnd) {
      // A port: digits without a leading zero, not the scheme's default.
      const start = hostEnd + 1;
      if (start === authorityEnd || (s.charCodeAt(start) === 0x30 && authorityEnd - start > 1)) {
        return false;
      }
      port = 0;
      for (let i = start; i < authorityEnd; i++) {
        const d = s.charCodeAt(i);
        if (!isDigit(d)) return false;
        port = port * 10 + d - 0x30;
        if (port > 65535) return false;
      }
      if (port === defaultPort(type)) return false;
    }
    k[C_HOST_START] = hostStart;
    k[C_HOST_END] = hostEnd;
    k[C_PORT] = port;
    k[C_PATH_START] = authorityEnd;
    k[C_HAS_HOST] = 1;
    // The path: '/' and segments that are neither dot segments nor need encoding.
    if (c !== 0x2f) return false;
    let segStart = p + 1;
    for (;;) {
      c = ++p < len ? s.charCodeAt(p) : -1;
      if (c === 0x2f || c === -1 || c === 0x3f || c === 0x23) {
        if (dotSegment(s, segStart, p) !== 0) return false;
        if (c !== 0x2f) break;
        segStart = p + 1;
      } else if (c >= 0x7f || (fastTable[c] & FAST_PATH) === 0) {
        return false;
      }
    }
  }
  k[C_PROTOCOL_END] = protocolEnd;
  k[C_SEARCH_START] = -1;
  k[C_HASH_START] = -1;
  if (c === 0x3f) {
    k[C_SEARCH_START] = p;
    c = ++p < len ? s.charCodeAt(p) : -1;
    while (c !== -1 && c !== 0x23) {
      if (c >= 0x7f || (fastTable[c] & queryBit) === 0) return false;
      c = ++p < len ? s.charCodeAt(p) : -1;
    }
  }
  if (c === 0x23) {
    k[C_HASH_START] = p;
    while (++p < len) {
      c = s.charCodeAt(p);
      if (c >= 0x7f || (fastTable[c] & FAST_FRAGMENT) === 0) return false;
    }
  }
  k[C_SCHEME_TYPE] = type;
  return true;
}

// Parsed base URLs by their input, so that many URLs against one base parse it once. The
// records are never changed once made.
const baseCache = new Map();

function parseBase(base) {
  let b = baseCache.get(base);
  if (b === undefined) {
    b = new URLRecord();
    if (!basicParse(prepare(base, true), null, b, S_NONE)) b = null;
    if (baseCache.size >= 32) baseCache.clear();
    baseCache.set(base, b);
  }
  return b;
}

// Parses input (a string) against base (a string, or undefined) into `record`.
function parseRecord(input, base) {
  let b = null;
  if (base !== undefined) {
    b = parseBase(base);
    if (b === null) return false;
  }
  record.reset();
  return basicParse(prepare(input, true), b, record, S_NONE);
}

// The href of input parsed against base (strings; base may be undefined), or null when it
// is not a URL; the offsets of its components are left in `components`.
function parse(input, base) {
  if (base !== undefined && parseBase(base) === null) return null;
  if (fastParse(input)) return input;
  return parseRecord(input, base) ? serialize(record) : null;
}

function canParse(input, base) {
  if (base !== undefined && parseBase(base) === null) return false;
  return fastParse(input) || parseRecord(input, base);
}

function cannotHaveCredentialsOrPort(u) {
  return u.host === null || u.host === '' || u.type === SCHEME_FILE;
}

// Runs setter `action` with value (a well-formed string) on the URL href; returns the new
// href (components filled), or null if href is not a URL.
function update(href, action, value) {
  const u = record;
  u.reset();
  if (!basicParse(prepare(href, true), null, u, S_NONE)) return null;
  switch (action) {
    case SET_PROTOCOL:
      basicParse(prepare(`${value}:`, false), null, u, S_SCHEME_START);
      break;
    case SET_USERNAME:
      // These setters do not run the parser: tabs and newlines are encoded, not removed.
      if (!cannotHaveCredentialsOrPort(u)) {
        u.username = percentEncode(value, 0, value.length, SET_USERINFO);
      }
      break;
    case SET_PASSWORD:
      if (!cannotHaveCredentialsOrPort(u)) {
        u.password = percentEncode(value, 0, value.length, SET_USERINFO);
      }
      break;
    case SET_HOST:
    case SET_HOSTNAME:
      if (!u.opaque) {
        basicParse(prepare(value, false), null, u, action === SET_HOST ? S_HOST : S_HOSTNAME);
      }
      break;
    case SET_PORT:
      if (cannotHaveCredentialsOrPort(u)) break;
      if (value === '') u.port = -1;
      else basicParse(prepare(value, false), null, u, S_PORT);
      break;
    case SET_PATHNAME:
      if (u.opaque) break;
      u.path = '';
      basicParse(prepare(value, false), null, u, S_PATH_START);
      break;
    case SET_SEARCH:
      if (value === '') {
        u.query = null;
        break;
      }
      u.query = '';
      basicParse(prepare(value.charCodeAt(0) === 0x3f ? value.slice(1) : value, false), null,
        u, S_QUERY);
      break;
    case SET_HASH:
      if (value === '') {
        u.fragment = null;
        break;
      }
      u.fragment = '';
      basicParse(prepare(value.charCodeAt(0) === 0x23 ? value.slice(1) : value, false), null,
        u, S_FRAGMENT);
      break;
  }
  return serialize(u);
}

// Node's domainToASCII: the hostname setter applied to "ws://x"; the resulting hostname, or
// '' if the setter fails.
function domainToASCII(domain) {
  const u = record;
  u.reset();
  u.scheme = 'ws';
  u.type = SCHEME_WS;
  u.host = 'x';
  u.path = '/';
  const input = prepare(domain, false);
  if (input === '' || !basicParse(input, null, u, S_HOSTNAME)) return '';
  return u.host;
}

function domainToUnicode(domain) {
  const ascii = domainToASCII(domain);
  return ascii === '' ? '' : toUnicodeHost(ascii);
}

// UTS #46 ToASCII of a domain ('' on error) and ToUnicode of a serialized host (unchanged
// if ICU fails), also for the legacy url API.
function toASCIIHost(domain) {
  return urlBinding().toASCIIHost(domain) ?? '';
}

function toUnicodeHost(host) {
  return urlBinding().toUnicodeHost(host) ?? host;
}

module.exports = {
  components,
  C_PROTOCOL_END,
  C_USERNAME_START,
  C_USERNAME_END,
  C_PASSWORD_START,
  C_PASSWORD_END,
  C_HOST_START,
  C_HOST_END,
  C_PORT,
  C_PATH_START,
  C_SEARCH_START,
  C_HASH_START,
  C_SCHEME_TYPE,
  SCHEME_OTHER,
  SCHEME_FILE,
  SET_PROTOCOL,
  SET_USERNAME,
  SET_PASSWORD,
  SET_HOST,
  SET_HOSTNAME,
  SET_PORT,
  SET_PATHNAME,
  SET_SEARCH,
  SET_HASH,
  parse,
  canParse,
  update,
  domainToASCII,
  domainToUnicode,
  toASCIIHost,
  toUnicodeHost,
  utf8Decode,
  hexValue,
  hexTable,
  percentEncodeUtf8,
  percentDecodeBytes,
};
