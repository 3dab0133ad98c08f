/* Buffer binding: the byte work behind node:buffer, string_decoder and TextDecoder. Strings are
 * encoded into and decoded from the bytes of Uint8Arrays in every encoding Buffer knows; lib/
 * validates arguments, picks the encoding and builds Node's errors, and handles short inputs
 * in JavaScript, because a call into C costs more than the work on a few bytes.
 *
 * Every function accepts any JS input without crashing: a view argument that is not a typed
 * array throws a TypeError, and offsets are clamped to the view.
 *
 * Encoding ids (lib/internal/buffer.js mirrors them): 1 utf8, 2 utf16le, 3 latin1, 4 ascii,
 * 5 base64, 6 base64url, 7 hex. */
#include <stdlib.h>
#include <string.h>

#include "index.h"

enum { ENC_UTF8 = 1, ENC_UTF16LE, ENC_LATIN1, ENC_ASCII, ENC_BASE64, ENC_BASE64URL, ENC_HEX };

/* The bytes of a typed-array view. */
typedef struct view_s {
  uint8_t *data;
  size_t len;
} view_t;

static bool get_view(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i, view_t *out,
                     JSValueRef *exc) {
  JSValueRef v = i < argc ? argv[i] : JSValueMakeUndefined(ctx);
  if (lode_js_bytes_now(ctx, v, false, &out->data, &out->len)) return true;
  lode_js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "argument %zu must be a TypedArray",
                i);
  return false;
}

/* Argument i as an offset clamped to [0, max]; missing or NaN gives dflt. */
static size_t get_index(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i,
                        size_t dflt, size_t max) {
  if (i >= argc) return dflt;
  double d = lode_js_to_number(ctx, argv[i], NULL);
  if (d != d) return dflt;
  if (d <= 0) return 0;
  if (d >= (double)max) return max;
  return (size_t)d;
}

static int get_int(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i) {
  if (i >= argc) return 0;
  double d = lode_js_to_number(ctx, argv[i], NULL);
  return d == d && d > -1e9 && d < 1e9 ? (int)d : 0;
}

/* The characters of argument i (ToString'd). The caller releases *c. */
static bool get_chars(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i,
                      lode_js_chars_t *c, JSValueRef *exc) {
  return lode_js_chars(ctx, i < argc ? argv[i] : JSValueMakeUndefined(ctx), c, exc);
}

/* ---- Making strings ---- */

/* True if the n bytes at s are all ASCII; checks eight at a time. */
static bool all_ascii(const uint8_t *s, size_t n) {
  size_t i = 0;
  uint64_t acc = 0;
  for (; i + 32 <= n; i += 32) {
    uint64_t a, b, c, d;
    memcpy(&a, s + i, 8);
    memcpy(&b, s + i + 8, 8);
    memcpy(&c, s + i + 16, 8);
    memcpy(&d, s + i + 24, 8);
    acc |= a | b | c | d;
    if (acc & 0x8080808080808080ull) return false;
  }
  for (; i + 8 <= n; i += 8) {
    uint64_t a;
    memcpy(&a, s + i, 8);
    acc |= a;
  }
  if (acc & 0x8080808080808080ull) return false;
  for (; i < n; i++)
    if (s[i] & 0x80) return false;
  return true;
}

/* True if the n bytes at s are well-formed UTF-8. */
static bool utf8_valid(const uint8_t *s, size_t n) {
  size_t i = 0;
  while (i < n) {
    while (i + 8 <= n) {
      uint64_t w;
      memcpy(&w, s + i, 8);
      if (w & 0x8080808080808080ull) break;
      i += 8;
    }
    if (i >= n) break;
    unsigned c = s[i++];
    if (c < 0x80) continue;
    unsigned need, lower = 0x80, upper = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      need = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
      need = 2;
      if (c == 0xE0) lower = 0xA0;
      if (c == 0xED) upper = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      need = 3;
      if (c == 0xF0) lower = 0x90;
      if (c == 0xF4) upper = 0x8F;
    } else {
      return false;
    }
    for (unsigned k = 0; k < need; k++, i++) {
      if (i >= n || s[i] < lower || s[i] > upper) return false;
      lower = 0x80;
      upper = 0xBF;
    }
  }
  return true;
}

static const char b64_std[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
static const char b64_url[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
static const char hex_digits[] = "0123456789abcdef";

/* Encodes n bytes as base64 into out (room for 4 * ceil(n / 3) units); url selects base64url
 * without padding. Returns the units written. */
static size_t base64_encode(const uint8_t *restrict s, size_t n, uint8_t *restrict out, bool url) {
  const char *t = url ? b64_url : b64_std;
  size_t i = 0, o = 0;
  for (; i + 3 <= n; i += 3) {
    uint32_t v = (uint32_t)s[i] << 16 | (uint32_t)s[i + 1] << 8 | s[i + 2];
    out[o] = (uint8_t)t[v >> 18];
    out[o + 1] = (uint8_t)t[(v >> 12) & 63];
    out[o + 2] = (uint8_t)t[(v >> 6) & 63];
    out[o + 3] = (uint8_t)t[v & 63];
    o += 4;
  }
  if (n - i == 1) {
    uint32_t v = (uint32_t)s[i] << 16;
    out[o++] = (uint8_t)t[v >> 18];
    out[o++] = (uint8_t)t[(v >> 12) & 63];
    if (!url) {
      out[o++] = '=';
      out[o++] = '=';
    }
  } else if (n - i == 2) {
    uint32_t v = (uint32_t)s[i] << 16 | (uint32_t)s[i + 1] << 8;
    out[o++] = (uint8_t)t[v >> 18];
    out[o++] = (uint8_t)t[(v >> 12) & 63];
    out[o++] = (uint8_t)t[(v >> 6) & 63];
    if (!url) out[o++] = '=';
  }
  return o;
}

/* ---- Reading strings into bytes ---- */

/* Maps a character to its base64 value (both alphabets), or -1. */
static int8_t b64_value[256];

static void init_tables(void) {
  memset(b64_value, -1, sizeof b64_value);
  for (int i = 0; i < 64; i++) {
    b64_value[(uint8_t)b64_std[i]] = (int8_t)i;
    b64_value[(uint8_t)b64_url[i]] = (int8_t)i;
  }
}

/* Decodes base64 leniently, as Node does: characters of neither alphabet are skipped, the
 * first '=' ends the input, and bits that do not fill a byte are dropped. As in Node, a unit
 * above U+00FF counts as its low byte (Node narrows the string first). Writes at most cap
 * bytes. Returns the bytes written. */
static size_t base64_decode(const JSChar *s, size_t n, uint8_t *out, size_t cap) {
  size_t o = 0;
  uint32_t acc = 0;
  int bits = 0;
  for (size_t i = 0; i < n && o < cap; i++) {
    uint8_t c = (uint8_t)s[i];
    if (c == '=') break;
    int v = b64_value[c];
    if (v < 0) continue;
    acc = (acc << 6) | (uint32_t)v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (uint8_t)(acc >> bits);
      acc &= (1u << bits) - 1;
    }
  }
  return o;
}

/* (A unit above U+00FF counts as its low byte, as in Node.) */
static int hex_value(JSChar unit) {
  uint8_t c = (uint8_t)unit;
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/* Decodes hex pairs until the first invalid one. Returns the bytes written (at most cap). */
static size_t hex_decode(const JSChar *s, size_t n, uint8_t *out, size_t cap) {
  size_t o = 0;
  for (size_t i = 0; i + 1 < n && o < cap; i += 2) {
    int hi = hex_value(s[i]), lo = hex_value(s[i + 1]);
    if (hi < 0 || lo < 0) break;
    out[o++] = (uint8_t)(hi << 4 | lo);
  }
  return o;
}

/* The UTF-8 length of n UTF-16 units (a lone surrogate takes the 3 bytes of U+FFFD). */
static size_t utf8_length(const JSChar *s, size_t n) {
  size_t len = n;
  for (size_t i = 0; i < n; i++) {
    JSChar c = s[i];
    if (c < 0x80) continue;
    if (c < 0x800) {
      len += 1;
    } else if (c >= 0xD800 && c <= 0xDBFF && i + 1 < n && s[i + 1] >= 0xDC00 &&
               s[i + 1] <= 0xDFFF) {
      len += 2; /* four bytes for two units */
      i++;
    } else {
      len += 2;
    }
  }
  return len;
}

/* Narrows UTF-16 units to their low bytes (latin1, ascii and binary writes). */
static void narrow(uint8_t *restrict out, const JSChar *restrict s, size_t n) {
  for (size_t i = 0; i < n; i++)
    out[i] = (uint8_t)s[i];
}

/* Writes the n units at s in encoding enc into out (cap bytes). Returns the bytes written. */
static size_t encode_units_into(int enc, const JSChar *s, size_t n, uint8_t *out, size_t cap) {
  switch (enc) {
  case ENC_UTF16LE: {
    size_t units = n < cap / 2 ? n : cap / 2;
    for (size_t i = 0; i < units; i++) {
      out[2 * i] = (uint8_t)s[i];
      out[2 * i + 1] = (uint8_t)(s[i] >> 8);
    }
    return units * 2;
  }
  case ENC_LATIN1:
  case ENC_ASCII: {
    size_t m = n < cap ? n : cap;
    narrow(out, s, m);
    return m;
  }
  case ENC_BASE64:
  case ENC_BASE64URL: return base64_decode(s, n, out, cap);
  case ENC_HEX: return hex_decode(s, n, out, cap);
  default: return lode_utf16_to_utf8(s, n, out, cap, NULL);
  }
}

/* Writes the characters of c from `from` on in encoding enc into out (cap bytes): Latin-1
 * ones directly for UTF-8, Latin-1 and ASCII. Returns the bytes written. */
static size_t encode_into(int enc, lode_js_chars_t *c, size_t from, uint8_t *out, size_t cap) {
  size_t n = c->length - from;
  if (c->latin1 != NULL) {
    if (enc == ENC_UTF8) return lode_latin1_to_utf8(c->latin1 + from, n, out, cap, NULL);
    if (enc == ENC_LATIN1 || enc == ENC_ASCII) {
      size_t m = n < cap ? n : cap;
      memcpy(out, c->latin1 + from, m);
      return m;
    }
  }
  return encode_units_into(enc, lode_js_chars_utf16(c) + from, n, out, cap);
}

/* ---- Binding functions ---- */


/* byteLengthUtf8(string) → the UTF-8 length of string. */
LODE_LOCKED_CB(byte_length_utf8_cb) {
  LODE_CB_UNUSED;
  lode_js_chars_t c;
  if (!get_chars(ctx, argc, argv, 0, &c, exc)) return NULL;
  size_t len = c.latin1 != NULL ? lode_latin1_utf8_length(c.latin1, c.length)
                                : utf8_length(c.utf16, c.length);
  lode_js_chars_release(&c);
  return lode_js_number(ctx, (double)len);
}

/* write(view, string, offset, maxLength, enc[, from]) → bytes written at view[offset...], at
 * most maxLength, never a partial character, encoding string from its unit `from` on. */
LODE_LOCKED_CB(write_cb) {
  LODE_CB_UNUSED;
  view_t v;
  if (!get_view(ctx, argc, argv, 0, &v, exc)) return NULL;
  size_t off = get_index(ctx, argc, argv, 2, 0, v.len);
  size_t cap = get_index(ctx, argc, argv, 3, v.len - off, v.len - off);
  int enc = get_int(ctx, argc, argv, 4);
  lode_js_chars_t c;
  if (!get_chars(ctx, argc, argv, 1, &c, exc)) return NULL;
  size_t from = get_index(ctx, argc, argv, 5, 0, c.length);
  size_t written = cap ? encode_into(enc, &c, from, v.data + off, cap) : 0;
  lode_js_chars_release(&c);
  return lode_js_number(ctx, (double)written);
}

/* encodeInto(view, string) → [units read, bytes written]: string as UTF-8 at view's start,
 * never a partial character (TextEncoder.encodeInto). */
LODE_LOCKED_CB(encode_into_cb) {
  LODE_CB_UNUSED;
  view_t v;
  if (!get_view(ctx, argc, argv, 0, &v, exc)) return NULL;
  lode_js_chars_t c;
  size_t read = 0, written = 0;
  if (!get_chars(ctx, argc, argv, 1, &c, exc)) return NULL;
  if (v.len > 0 && c.latin1 != NULL)
    written = lode_latin1_to_utf8(c.latin1, c.length, v.data, v.len, &read);
  else if (v.len > 0)
    written = lode_utf16_to_utf8(c.utf16, c.length, v.data, v.len, &read);
  lode_js_chars_release(&c);
  JSObjectRef result = JSObjectMakeArray(ctx, 0, NULL, NULL);
  JSObjectSetPropertyAtIndex(ctx, result, 0, lode_js_number(ctx, (double)read), NULL);
  JSObjectSetPropertyAtIndex(ctx, result, 1, lode_js_number(ctx, (double)written), NULL);
  return result;
}

static void free_bytes(void *bytes, void *context) {
  (void)context;
  free(bytes);
}

/* fromString(string, enc) → a new ArrayBuffer holding string encoded in enc, its memory
 * malloc'd here and handed to JS without a copy. */
LODE_LOCKED_CB(from_string_cb) {
  LODE_CB_UNUSED;
  int enc = get_int(ctx, argc, argv, 1);
  lode_js_chars_t c;
  if (!get_chars(ctx, argc, argv, 0, &c, exc)) return NULL;
  size_t n = c.length;
  size_t cap;
  switch (enc) {
  case ENC_UTF16LE: cap = n * 2; break;
  case ENC_LATIN1:
  case ENC_ASCII: cap = n; break;
  case ENC_BASE64:
  case ENC_BASE64URL: cap = n / 4 * 3 + 3; break;
  case ENC_HEX: cap = n / 2; break;
  default:
    cap = c.latin1 != NULL ? lode_latin1_utf8_length(c.latin1, n)
                           : utf8_length(lode_js_chars_utf16(&c), n);
    break;
  }
  uint8_t *out = malloc(cap ? cap : 1);
  CHECK(out != NULL);
  size_t len = encode_into(enc, &c, 0, out, cap);
  lode_js_chars_release(&c);
  return JSObjectMakeArrayBufferWithBytesNoCopy(ctx, out, len, free_bytes, NULL, exc);
}

/* toString(view, start, end, enc) → the bytes view[start, end) decoded from enc. */
LODE_LOCKED_CB(to_string_cb) {
  LODE_CB_UNUSED;
  lode_js_collect_strings_if_due(ctx);
  view_t v;
  if (!get_view(ctx, argc, argv, 0, &v, exc)) return NULL;
  size_t start = get_index(ctx, argc, argv, 1, 0, v.len);
  size_t end = get_index(ctx, argc, argv, 2, v.len, v.len);
  int enc = get_int(ctx, argc, argv, 3);
  if (end < start) end = start;
  const uint8_t *s = v.data + start;
  size_t n = end - start;
  /* Every encoding but UTF-16 (and UTF-8 beyond U+00FF) gives an 8-bit string, written in
   * place (lode_js_str8_begin): half the memory of a UTF-16 one and no copies. */
  size_t units;
  switch (enc) {
  case ENC_UTF16LE: units = n / 2; break;
  case ENC_BASE64: units = (n + 2) / 3 * 4; break;
  case ENC_BASE64URL: units = n / 3 * 4 + (n % 3 ? n % 3 + 1 : 0); break;
  case ENC_HEX: units = n * 2; break;
  default: units = n; break;
  }
  if (units > LODE_JS_STRING_MAX)
    return lode_js_throw(ctx, exc, "Error", "ERR_STRING_TOO_LONG",
                         "Cannot create a string longer than 0x%zx characters", LODE_JS_STRING_MAX);
  lode_js_str_t str;
  switch (enc) {
  case ENC_UTF16LE: {
    JSChar *o = lode_js_str16_begin(&str, units);
    for (size_t i = 0; i < units; i++)
      o[i] = (JSChar)(s[2 * i] | s[2 * i + 1] << 8);
    break;
  }
  case ENC_LATIN1:
    memcpy(lode_js_str8_begin(&str, n), s, n);
    break;
  case ENC_ASCII: {
    uint8_t *restrict o = lode_js_str8_begin(&str, n);
    for (size_t i = 0; i < n; i++)
      o[i] = s[i] & 0x7F;
    break;
  }
  case ENC_BASE64:
  case ENC_BASE64URL:
    base64_encode(s, n, lode_js_str8_begin(&str, units), enc == ENC_BASE64URL);
    break;
  case ENC_HEX: {
    uint8_t *restrict o = lode_js_str8_begin(&str, units);
    for (size_t i = 0; i < n; i++) {
      o[2 * i] = (uint8_t)hex_digits[s[i] >> 4];
      o[2 * i + 1] = (uint8_t)hex_digits[s[i] & 15];
    }
    break;
  }
  default:
    return lode_js_value_from_utf8(ctx, (const char *)s, n);
  }
  return lode_js_str_finish(ctx, &str);
}

/* indexOf(haystack, needle, byteOffset, forward) → the first (or, backwards, last) index at
 * or from byteOffset where needle's bytes occur in haystack, or -1. */
LODE_LOCKED_CB(index_of_cb) {
  LODE_CB_UNUSED;
  view_t h, nd;
  if (!get_view(ctx, argc, argv, 0, &h, exc) || !get_view(ctx, argc, argv, 1, &nd, exc))
    return NULL;
  bool forward = argc > 3 && JSValueToBoolean(ctx, argv[3]);
  double off = argc > 2 ? lode_js_to_number(ctx, argv[2], NULL) : 0;
  if (off != off) off = forward ? 0 : (double)h.len;
  if (nd.len > h.len) return lode_js_number(ctx, -1);
  size_t last = h.len - nd.len; /* the last position a match can start at */
  if (forward) {
    if (off < 0) off = 0;
    if (off > (double)last) return lode_js_number(ctx, -1);
    size_t from = (size_t)off;
    if (nd.len == 0) return lode_js_number(ctx, (double)from);
    const uint8_t *p = memmem(h.data + from, h.len - from, nd.data, nd.len);
    return lode_js_number(ctx, p ? (double)(p - h.data) : -1);
  }
  if (off < 0) return lode_js_number(ctx, -1);
  size_t from = off > (double)last ? last : (size_t)off;
  if (nd.len == 0) return lode_js_number(ctx, (double)from);
  for (size_t i = from + 1; i-- > 0;) {
    if (h.data[i] == nd.data[0] && memcmp(h.data + i, nd.data, nd.len) == 0)
      return lode_js_number(ctx, (double)i);
  }
  return lode_js_number(ctx, -1);
}

/* compare(a, aStart, aEnd, b, bStart, bEnd) → -1, 0 or 1 comparing the byte ranges. */
LODE_LOCKED_CB(compare_cb) {
  LODE_CB_UNUSED;
  view_t a, b;
  if (!get_view(ctx, argc, argv, 0, &a, exc) || !get_view(ctx, argc, argv, 3, &b, exc)) return NULL;
  size_t as = get_index(ctx, argc, argv, 1, 0, a.len),
         ae = get_index(ctx, argc, argv, 2, a.len, a.len);
  size_t bs = get_index(ctx, argc, argv, 4, 0, b.len),
         be = get_index(ctx, argc, argv, 5, b.len, b.len);
  size_t an = ae > as ? ae - as : 0, bn = be > bs ? be - bs : 0;
  size_t m = an < bn ? an : bn;
  int r = m ? memcmp(a.data + as, b.data + bs, m) : 0;
  if (r == 0) r = an < bn ? -1 : an > bn ? 1 : 0;
  return lode_js_number(ctx, r < 0 ? -1 : r > 0 ? 1 : 0);
}

/* fill(view, pattern, start, end): repeats pattern's bytes over view[start, end). */
LODE_LOCKED_CB(fill_cb) {
  LODE_CB_UNUSED;
  view_t v, p;
  if (!get_view(ctx, argc, argv, 0, &v, exc) || !get_view(ctx, argc, argv, 1, &p, exc)) return NULL;
  size_t start = get_index(ctx, argc, argv, 2, 0, v.len),
         end = get_index(ctx, argc, argv, 3, v.len, v.len);
  if (end <= start || p.len == 0) return JSValueMakeUndefined(ctx);
  size_t n = end - start;
  uint8_t *d = v.data + start;
  /* The pattern may live in the same memory: copy it first, then double what is filled. */
  size_t first = p.len < n ? p.len : n;
  memmove(d, p.data, first);
  size_t done = first;
  while (done < n) {
    size_t k = done < n - done ? done : n - done;
    memcpy(d + done, d, k);
    done += k;
  }
  return JSValueMakeUndefined(ctx);
}

/* swap(view, size): reverses the byte order of each size-byte group (2, 4 or 8). */
LODE_LOCKED_CB(swap_cb) {
  LODE_CB_UNUSED;
  view_t v;
  if (!get_view(ctx, argc, argv, 0, &v, exc)) return NULL;
  int size = get_int(ctx, argc, argv, 1);
  if (size != 2 && size != 4 && size != 8) return JSValueMakeUndefined(ctx);
  size_t n = v.len - v.len % (size_t)size;
  uint8_t *d = v.data;
  for (size_t i = 0; i < n; i += (size_t)size) {
    for (int a = 0, b = size - 1; a < b; a++, b--) {
      uint8_t t = d[i + a];
      d[i + a] = d[i + b];
      d[i + b] = t;
    }
  }
  return JSValueMakeUndefined(ctx);
}

/* isUtf8(view) / isAscii(view) → boolean. */
LODE_LOCKED_CB(is_utf8_cb) {
  LODE_CB_UNUSED;
  view_t v;
  if (!get_view(ctx, argc, argv, 0, &v, exc)) return NULL;
  return JSValueMakeBoolean(ctx, v.len == 0 || utf8_valid(v.data, v.len));
}

LODE_LOCKED_CB(is_ascii_cb) {
  LODE_CB_UNUSED;
  view_t v;
  if (!get_view(ctx, argc, argv, 0, &v, exc)) return NULL;
  return JSValueMakeBoolean(ctx, v.len == 0 || all_ascii(v.data, v.len));
}

JSObjectRef lode_binding_buffer(lode_runtime_t *rt) {
  JSContextRef ctx = rt->ctx;
  init_tables();
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  LODE_SET_HOST(ctx, b, "byteLengthUtf8", byte_length_utf8_cb);
  LODE_SET_HOST(ctx, b, "write", write_cb);
  LODE_SET_HOST(ctx, b, "fromString", from_string_cb);
  LODE_SET_HOST(ctx, b, "encodeInto", encode_into_cb);
  LODE_SET_HOST(ctx, b, "toString", to_string_cb);
  LODE_SET_HOST(ctx, b, "indexOf", index_of_cb);
  LODE_SET_HOST(ctx, b, "compare", compare_cb);
  LODE_SET_HOST(ctx, b, "fill", fill_cb);
  LODE_SET_HOST(ctx, b, "swap", swap_cb);
  LODE_SET_HOST(ctx, b, "isUtf8", is_utf8_cb);
  LODE_SET_HOST(ctx, b, "isAscii", is_ascii_cb);
  /* Whether write/fromString read 8-bit strings in place (else they widen them first). */
  lode_js_set(ctx, b, "readsLatin1", JSValueMakeBoolean(ctx, lode_js_chars_reads_latin1()));
  return b;
}
