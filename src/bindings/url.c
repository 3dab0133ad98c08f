/* The WHATWG URL parser (https://url.spec.whatwg.org/), for lib/internal/url.js.
 *
 * A parse crosses the boundary once: parse(input, base) returns the serialized URL (always
 * ASCII) and writes the offsets of its components into an Int32Array shared with JS
 * (`components`, indexed by the URL_C_* values below), so the getters are string slices.
 * A setter is update(href, action, value): href is parsed again into a record, the setter's
 * steps run with the URL Standard's state override, and the result is serialized the same way.
 *
 * The parser works on code points: the input's UTF-16 units are decoded first (a lone
 * surrogate becomes U+FFFD, as it does when V8 hands a string to Node's parser). Non-ASCII
 * hosts go through ICU's UTS #46 processing with the URL Standard's options. */
#include <stdlib.h>
#include <string.h>
#include <unicode/uidna.h>
#include <uv.h>

#include "index.h"

/* Indexes into the components array. A missing port, query or fragment is -1. */
enum {
  URL_C_PROTOCOL_END,
  URL_C_USERNAME_START,
  URL_C_USERNAME_END,
  URL_C_PASSWORD_START,
  URL_C_PASSWORD_END,
  URL_C_HOST_START,
  URL_C_HOST_END,
  URL_C_PORT,
  URL_C_PATH_START,
  URL_C_SEARCH_START,
  URL_C_HASH_START,
  URL_C_SCHEME_TYPE,
  URL_C_HAS_HOST,
  URL_C_STATUS,
  URL_C_COUNT
};

/* Scheme types: 0 is any scheme that is not special. */
enum { SCHEME_OTHER, SCHEME_HTTP, SCHEME_HTTPS, SCHEME_WS, SCHEME_WSS, SCHEME_FTP, SCHEME_FILE };

/* Setter actions of update(), in the order lib/internal/url.js names them. */
enum {
  SET_PROTOCOL,
  SET_USERNAME,
  SET_PASSWORD,
  SET_HOST,
  SET_HOSTNAME,
  SET_PORT,
  SET_PATHNAME,
  SET_SEARCH,
  SET_HASH
};

typedef enum {
  ST_NONE,
  ST_SCHEME_START,
  ST_SCHEME,
  ST_NO_SCHEME,
  ST_SPECIAL_RELATIVE_OR_AUTHORITY,
  ST_PATH_OR_AUTHORITY,
  ST_RELATIVE,
  ST_RELATIVE_SLASH,
  ST_SPECIAL_AUTHORITY_SLASHES,
  ST_SPECIAL_AUTHORITY_IGNORE_SLASHES,
  ST_AUTHORITY,
  ST_HOST,
  ST_HOSTNAME,
  ST_PORT,
  ST_FILE,
  ST_FILE_SLASH,
  ST_FILE_HOST,
  ST_PATH_START,
  ST_PATH,
  ST_OPAQUE_PATH,
  ST_QUERY,
  ST_FRAGMENT
} state_t;

/* Growable byte string with inline room for typical components, so most parses allocate
 * nothing. A buf_t must not be moved once used (p may point at its own inline storage). */
#define BUF_INLINE 64
typedef struct {
  char *p;
  size_t len, cap;
  char inl[BUF_INLINE];
} buf_t;

static void buf_init(buf_t *b) {
  b->p = b->inl;
  b->len = 0;
  b->cap = BUF_INLINE;
}

static void buf_free(buf_t *b) {
  if (b->p != b->inl) free(b->p);
  buf_init(b);
}

static void buf_reserve(buf_t *b, size_t extra) {
  if (b->len + extra <= b->cap) return;
  size_t cap = b->cap * 2;
  while (cap < b->len + extra)
    cap *= 2;
  char *p = malloc(cap);
  CHECK(p != NULL);
  memcpy(p, b->p, b->len);
  if (b->p != b->inl) free(b->p);
  b->p = p;
  b->cap = cap;
}

static inline void buf_push(buf_t *b, char c) {
  if (b->len == b->cap) buf_reserve(b, 1);
  b->p[b->len++] = c;
}

static void buf_append(buf_t *b, const char *s, size_t n) {
  buf_reserve(b, n);
  memcpy(b->p + b->len, s, n);
  b->len += n;
}

static void buf_set(buf_t *b, const buf_t *src) {
  b->len = 0;
  buf_append(b, src->p, src->len);
}

static bool buf_eq(const buf_t *b, const char *s) {
  size_t n = strlen(s);
  return b->len == n && memcmp(b->p, s, n) == 0;
}

/* A URL record. The path of a URL without an opaque path is kept serialized: each segment
 * preceded by '/', so the empty list is "" and a list of one empty segment is "/". */
typedef struct {
  buf_t scheme, username, password, host, path, query, fragment;
  bool has_host, has_query, has_fragment, opaque_path;
  int port; /* -1: null */
  int type; /* SCHEME_* */
} url_t;

static void url_init(url_t *u) {
  buf_init(&u->scheme);
  buf_init(&u->username);
  buf_init(&u->password);
  buf_init(&u->host);
  buf_init(&u->path);
  buf_init(&u->query);
  buf_init(&u->fragment);
  u->has_host = u->has_query = u->has_fragment = u->opaque_path = false;
  u->port = -1;
  u->type = SCHEME_OTHER;
}

static void url_free(url_t *u) {
  buf_free(&u->scheme);
  buf_free(&u->username);
  buf_free(&u->password);
  buf_free(&u->host);
  buf_free(&u->path);
  buf_free(&u->query);
  buf_free(&u->fragment);
}

/* ---- Character classes and percent-encode sets ---- */

#define IS_ALPHA(c) ((((c) | 0x20) >= 'a') && (((c) | 0x20) <= 'z'))
#define IS_DIGIT(c) ((c) >= '0' && (c) <= '9')
#define IS_HEX(c) (IS_DIGIT(c) || (((c) | 0x20) >= 'a' && ((c) | 0x20) <= 'f'))

/* Bits of set_table: which ASCII characters each percent-encode set contains. Every set also
 * contains the C0 controls and everything above U+007E. */
enum {
  SET_C0 = 1,
  SET_FRAGMENT = 2,
  SET_QUERY = 4,
  SET_SPECIAL_QUERY = 8,
  SET_PATH = 16,
  SET_USERINFO = 32,
  SET_COMPONENT = 64,
  SET_FORM = 128
};

static uint8_t set_table[128];
static uv_once_t tables_once = UV_ONCE_INIT;

static void mark(const char *chars, int bits) {
  for (const char *c = chars; *c; c++)
    set_table[(unsigned char)*c] |= bits;
}

static void init_tables(void) {
  int all = SET_C0 | SET_FRAGMENT | SET_QUERY | SET_SPECIAL_QUERY | SET_PATH | SET_USERINFO |
            SET_COMPONENT | SET_FORM;
  for (int c = 0; c < 0x20; c++)
    set_table[c] = all;
  set_table[0x7F] = all;
  int frag = SET_FRAGMENT | SET_FORM | SET_COMPONENT | SET_USERINFO | SET_PATH;
  mark(" \"<>`", frag);
  int query = SET_QUERY | SET_SPECIAL_QUERY | SET_PATH | SET_USERINFO | SET_COMPONENT | SET_FORM;
  mark(" \"#<>", query);
  mark("'", SET_SPECIAL_QUERY);
  mark("?^`{}", SET_PATH | SET_USERINFO | SET_COMPONENT | SET_FORM);
  mark("/:;=@[\\]|", SET_USERINFO | SET_COMPONENT | SET_FORM);
  mark("$%&+,", SET_COMPONENT | SET_FORM);
  mark("!'()~", SET_FORM);
  /* The userinfo set contains ^ through the range [ to ^, which the path set has too. */
}

static const char hex_upper[] = "0123456789ABCDEF";

static void push_pct(buf_t *b, unsigned byte) {
  char e[3] = {'%', hex_upper[byte >> 4], hex_upper[byte & 15]};
  buf_append(b, e, 3);
}

/* Appends code point c to b, UTF-8 percent-encoded if it is in the set. */
static inline void push_encoded(buf_t *b, uint32_t c, int set) {
  if (c < 0x80) {
    if (set_table[c] & set)
      push_pct(b, c);
    else
      buf_push(b, (char)c);
    return;
  }
  if (c < 0x800) {
    push_pct(b, 0xC0 | (c >> 6));
  } else if (c < 0x10000) {
    push_pct(b, 0xE0 | (c >> 12));
    push_pct(b, 0x80 | ((c >> 6) & 0x3F));
  } else {
    push_pct(b, 0xF0 | (c >> 18));
    push_pct(b, 0x80 | ((c >> 12) & 0x3F));
    push_pct(b, 0x80 | ((c >> 6) & 0x3F));
  }
  push_pct(b, 0x80 | (c & 0x3F));
}

static void push_utf8(buf_t *b, uint32_t c) {
  if (c < 0x80) {
    buf_push(b, (char)c);
  } else if (c < 0x800) {
    buf_push(b, (char)(0xC0 | (c >> 6)));
    buf_push(b, (char)(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    buf_push(b, (char)(0xE0 | (c >> 12)));
    buf_push(b, (char)(0x80 | ((c >> 6) & 0x3F)));
    buf_push(b, (char)(0x80 | (c & 0x3F)));
  } else {
    buf_push(b, (char)(0xF0 | (c >> 18)));
    buf_push(b, (char)(0x80 | ((c >> 12) & 0x3F)));
    buf_push(b, (char)(0x80 | ((c >> 6) & 0x3F)));
    buf_push(b, (char)(0x80 | (c & 0x3F)));
  }
}

static int hex_value(uint32_t c) {
  if (IS_DIGIT(c)) return (int)(c - '0');
  return (int)((c | 0x20) - 'a' + 10);
}

/* ---- Schemes ---- */

static int scheme_type(const buf_t *s) {
  switch (s->len) {
  case 2:
    if (memcmp(s->p, "ws", 2) == 0) return SCHEME_WS;
    break;
  case 3:
    if (memcmp(s->p, "wss", 3) == 0) return SCHEME_WSS;
    if (memcmp(s->p, "ftp", 3) == 0) return SCHEME_FTP;
    break;
  case 4:
    if (memcmp(s->p, "http", 4) == 0) return SCHEME_HTTP;
    if (memcmp(s->p, "file", 4) == 0) return SCHEME_FILE;
    break;
  case 5:
    if (memcmp(s->p, "https", 5) == 0) return SCHEME_HTTPS;
    break;
  }
  return SCHEME_OTHER;
}

static int default_port(int type) {
  switch (type) {
  case SCHEME_HTTP:
  case SCHEME_WS: return 80;
  case SCHEME_HTTPS:
  case SCHEME_WSS: return 443;
  case SCHEME_FTP: return 21;
  default: return -1;
  }
}

/* ---- Hosts ---- */

static bool forbidden_host(uint32_t c) {
  switch (c) {
  case 0:
  case '\t':
  case '\n':
  case '\r':
  case ' ':
  case '#':
  case '/':
  case ':':
  case '<':
  case '>':
  case '?':
  case '@':
  case '[':
  case '\\':
  case ']':
  case '^':
  case '|': return true;
  default: return false;
  }
}

static bool forbidden_domain(uint32_t c) {
  return forbidden_host(c) || c <= 0x1F || c == '%' || c == 0x7F;
}

/* Parses an IPv6 address (without brackets) into pieces; returns false on failure. */
static bool parse_ipv6(const uint32_t *in, size_t len, uint16_t out[8]) {
  uint32_t a[8] = {0};
  int piece = 0, compress = -1;
  size_t p = 0;
#define C6 (p < len ? in[p] : 0xFFFFFFFFu)
  if (C6 == ':') {
    if (p + 1 >= len || in[p + 1] != ':') return false;
    p += 2;
    compress = ++piece;
  }
  while (p < len) {
    if (piece == 8) return false;
    if (C6 == ':') {
      if (compress != -1) return false;
      p++;
      compress = ++piece;
      continue;
    }
    uint32_t value = 0;
    int length = 0;
    while (length < 4 && p < len && IS_HEX(in[p])) {
      value = value * 16 + (uint32_t)hex_value(in[p]);
      p++;
      length++;
    }
    if (C6 == '.') {
      if (length == 0) return false;
      p -= (size_t)length;
      if (piece > 6) return false;
      int seen = 0;
      while (p < len) {
        int v4 = -1;
        if (seen > 0) {
          if (C6 == '.' && seen < 4)
            p++;
          else
            return false;
        }
        if (p >= len || !IS_DIGIT(in[p])) return false;
        while (p < len && IS_DIGIT(in[p])) {
          int n = (int)(in[p] - '0');
          if (v4 == -1)
            v4 = n;
          else if (v4 == 0)
            return false;
          else
            v4 = v4 * 10 + n;
          if (v4 > 255) return false;
          p++;
        }
        a[piece] = a[piece] * 0x100 + (uint32_t)v4;
        seen++;
        if (seen == 2 || seen == 4) piece++;
      }
      if (seen != 4) return false;
      break;
    } else if (C6 == ':') {
      p++;
      if (p >= len) return false;
    } else if (p < len) {
      return false;
    }
    a[piece++] = value;
  }
#undef C6
  if (compress != -1) {
    int swaps = piece - compress;
    piece = 7;
    while (piece != 0 && swaps > 0) {
      uint32_t t = a[piece];
      a[piece] = a[compress + swaps - 1];
      a[compress + swaps - 1] = t;
      piece--;
      swaps--;
    }
  } else if (piece != 8) {
    return false;
  }
  for (int i = 0; i < 8; i++)
    out[i] = (uint16_t)a[i];
  return true;
}

static void serialize_ipv6(const uint16_t a[8], buf_t *out) {
  /* Compress the first longest run of two or more zero pieces. */
  int best = -1, best_len = 1;
  for (int i = 0; i < 8;) {
    if (a[i] != 0) {
      i++;
      continue;
    }
    int j = i;
    while (j < 8 && a[j] == 0)
      j++;
    if (j - i > best_len) {
      best = i;
      best_len = j - i;
    }
    i = j;
  }
  buf_push(out, '[');
  for (int i = 0; i < 8; i++) {
    if (i == best) {
      buf_append(out, i == 0 ? "::" : ":", i == 0 ? 2 : 1);
      i += best_len - 1;
      continue;
    }
    char tmp[8];
    int n = 0;
    unsigned v = a[i];
    bool started = false;
    for (int shift = 12; shift >= 0; shift -= 4) {
      unsigned d = (v >> shift) & 15;
      if (d || started || shift == 0) {
        tmp[n++] = "0123456789abcdef"[d];
        started = true;
      }
    }
    buf_append(out, tmp, (size_t)n);
    if (i != 7) buf_push(out, ':');
  }
  buf_push(out, ']');
}

/* Parses one IPv4 number; returns false on failure. Values that do not fit in 32 bits are
 * saturated, which is enough to reject them. */
static bool parse_ipv4_number(const char *s, size_t len, uint64_t *out) {
  if (len == 0) return false;
  unsigned radix = 10;
  if (len >= 2 && s[0] == '0' && (s[1] | 0x20) == 'x') {
    s += 2;
    len -= 2;
    radix = 16;
  } else if (len >= 2 && s[0] == '0') {
    s++;
    len--;
    radix = 8;
  }
  uint64_t v = 0;
  for (size_t i = 0; i < len; i++) {
    unsigned c = (unsigned char)s[i], d;
    if (IS_DIGIT(c))
      d = c - '0';
    else if (radix == 16 && IS_HEX(c))
      d = (unsigned)hex_value(c);
    else
      return false;
    if (d >= radix) return false;
    v = v * radix + d;
    if (v > 0xFFFFFFFFFFull) v = 0xFFFFFFFFFFull;
  }
  *out = v;
  return true;
}

/* Whether an ASCII domain ends in a number (and must therefore be an IPv4 address). */
static bool ends_in_number(const char *s, size_t len) {
  if (len > 0 && s[len - 1] == '.') {
    len--;
    if (len == 0) return false;
  }
  size_t start = len;
  while (start > 0 && s[start - 1] != '.')
    start--;
  const char *last = s + start;
  size_t n = len - start;
  if (n == 0) return false;
  bool digits = true;
  for (size_t i = 0; i < n; i++)
    if (!IS_DIGIT((unsigned char)last[i])) digits = false;
  if (digits) return true;
  uint64_t v;
  return parse_ipv4_number(last, n, &v);
}

/* Parses an IPv4 address; returns false on failure. */
static bool parse_ipv4(const char *s, size_t len, uint32_t *out) {
  uint64_t nums[4];
  int count = 0;
  if (len > 0 && s[len - 1] == '.') len--; /* "1.2.3.4." is "1.2.3.4" */
  size_t start = 0;
  for (size_t i = 0; i <= len; i++) {
    if (i == len || s[i] == '.') {
      if (count == 4) return false;
      if (!parse_ipv4_number(s + start, i - start, &nums[count])) return false;
      count++;
      start = i + 1;
    }
  }
  for (int i = 0; i < count - 1; i++)
    if (nums[i] > 255) return false;
  if (nums[count - 1] >= (1ull << (8 * (5 - count)))) return false;
  uint64_t v = nums[count - 1];
  for (int i = 0; i < count - 1; i++)
    v += nums[i] << (8 * (3 - i));
  *out = (uint32_t)v;
  return true;
}

static void serialize_ipv4(uint32_t v, buf_t *out) {
  char tmp[16];
  int n =
      snprintf(tmp, sizeof tmp, "%u.%u.%u.%u", v >> 24, (v >> 16) & 255, (v >> 8) & 255, v & 255);
  buf_append(out, tmp, (size_t)n);
}

/* UTS #46 with the URL Standard's options: CheckHyphens false, CheckBidi and CheckJoiners
 * true, UseSTD3ASCIIRules false, nontransitional, VerifyDnsLength false. ICU is the one
 * JavaScriptCore links already; the instance is immutable and shared by all threads. */
static UIDNA *uts46;
static uv_once_t uts46_once = UV_ONCE_INIT;

static void open_uts46(void) {
  UErrorCode err = U_ZERO_ERROR;
  uts46 = uidna_openUTS46(UIDNA_CHECK_BIDI | UIDNA_CHECK_CONTEXTJ | UIDNA_NONTRANSITIONAL_TO_ASCII |
                              UIDNA_NONTRANSITIONAL_TO_UNICODE,
                          &err);
  if (U_FAILURE(err)) uts46 = NULL;
}

#define IDNA_IGNORED                                                                               \
  (UIDNA_ERROR_EMPTY_LABEL | UIDNA_ERROR_LABEL_TOO_LONG | UIDNA_ERROR_DOMAIN_NAME_TOO_LONG |       \
   UIDNA_ERROR_LEADING_HYPHEN | UIDNA_ERROR_TRAILING_HYPHEN | UIDNA_ERROR_HYPHEN_3_4)

/* Runs UTS #46 ToASCII (to_unicode false) or ToUnicode over UTF-8 input into out. Returns
 * false on an error that the URL Standard does not ignore. */
static bool idna_convert(const char *in, size_t len, buf_t *out, bool to_unicode) {
  uv_once(&uts46_once, open_uts46);
  if (uts46 == NULL || len > INT32_MAX / 4) return false;
  for (;;) {
    UErrorCode err = U_ZERO_ERROR;
    UIDNAInfo info = UIDNA_INFO_INITIALIZER;
    int32_t cap = (int32_t)(out->cap - out->len);
    int32_t n =
        to_unicode
            ? uidna_nameToUnicodeUTF8(uts46, in, (int32_t)len, out->p + out->len, cap, &info, &err)
            : uidna_nameToASCII_UTF8(uts46, in, (int32_t)len, out->p + out->len, cap, &info, &err);
    if (err == U_BUFFER_OVERFLOW_ERROR) {
      buf_reserve(out, (size_t)n + 1);
      continue;
    }
    if (U_FAILURE(err)) return false;
    out->len += (size_t)n;
    return to_unicode || (info.errors & ~IDNA_IGNORED) == 0;
  }
}

/* Domain to ASCII (beStrict false) of UTF-8 domain into out. */
static bool domain_to_ascii(const char *d, size_t len, buf_t *out) {
  bool ascii = true, ace = false;
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)d[i];
    if (c >= 0x80) ascii = false;
    if ((i == 0 || d[i - 1] == '.') && i + 4 <= len && (c | 0x20) == 'x' &&
        (d[i + 1] | 0x20) == 'n' && d[i + 2] == '-' && d[i + 3] == '-')
      ace = true;
  }
  if (ascii && !ace) {
    buf_reserve(out, len);
    for (size_t i = 0; i < len; i++) {
      unsigned char c = (unsigned char)d[i];
      out->p[out->len++] = (char)(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
    }
  } else if (!idna_convert(d, len, out, false)) {
    return false;
  }
  if (out->len == 0) return false;
  for (size_t i = 0; i < out->len; i++)
    if (forbidden_domain((unsigned char)out->p[i])) return false;
  return true;
}

/* The host parser: parses code points in[0..len) into out (serialized). */
static bool parse_host(const uint32_t *in, size_t len, bool not_special, buf_t *out) {
  out->len = 0;
  if (len > 0 && in[0] == '[') {
    if (in[len - 1] != ']') return false;
    uint16_t a[8];
    if (!parse_ipv6(in + 1, len - 2, a)) return false;
    serialize_ipv6(a, out);
    return true;
  }
  if (not_special) {
    for (size_t i = 0; i < len; i++) {
      if (forbidden_host(in[i])) return false;
      push_encoded(out, in[i], SET_C0);
    }
    return true;
  }
  /* Percent-decode the UTF-8 of the input; the bytes are UTF-8 decoded by ICU (or stay
   * ASCII). Invalid UTF-8 becomes U+FFFD there, which UTS #46 disallows. */
  buf_t domain;
  buf_init(&domain);
  for (size_t i = 0; i < len; i++) {
    uint32_t c = in[i];
    if (c == '%' && i + 2 < len && IS_HEX(in[i + 1]) && IS_HEX(in[i + 2])) {
      buf_push(&domain, (char)(hex_value(in[i + 1]) * 16 + hex_value(in[i + 2])));
      i += 2;
    } else {
      push_utf8(&domain, c);
    }
  }
  bool ok = domain_to_ascii(domain.p, domain.len, out);
  buf_free(&domain);
  if (!ok) return false;
  if (ends_in_number(out->p, out->len)) {
    uint32_t v4;
    if (!parse_ipv4(out->p, out->len, &v4)) return false;
    out->len = 0;
    serialize_ipv4(v4, out);
  }
  return true;
}

/* ---- Paths ---- */

static bool is_drive_letter(const uint32_t *s, size_t len, bool normalized) {
  return len == 2 && IS_ALPHA(s[0]) && (s[1] == ':' || (!normalized && s[1] == '|'));
}

/* Whether the code points in[p..len) start with a Windows drive letter. */
static bool starts_with_drive_letter(const uint32_t *in, size_t p, size_t len) {
  if (len - p < 2 || !is_drive_letter(in + p, 2, false)) return false;
  if (len - p == 2) return true;
  uint32_t c = in[p + 2];
  return c == '/' || c == '\\' || c == '?' || c == '#';
}

static bool seg_is_normalized_drive(const char *s, size_t n) {
  return n == 2 && IS_ALPHA((unsigned char)s[0]) && s[1] == ':';
}

/* The first segment of a serialized path (without its '/'), as pointer and length. */
static size_t path_first_segment(const buf_t *path, const char **seg) {
  if (path->len == 0) {
    *seg = NULL;
    return 0;
  }
  const char *s = path->p + 1, *end = memchr(s, '/', path->len - 1);
  *seg = s;
  return end ? (size_t)(end - s) : path->len - 1;
}

static size_t path_segments(const buf_t *path) {
  size_t n = 0;
  for (size_t i = 0; i < path->len; i++)
    n += path->p[i] == '/';
  return n;
}

static void shorten_path(url_t *u) {
  if (u->path.len == 0) return;
  if (u->type == SCHEME_FILE && path_segments(&u->path) == 1) {
    const char *seg;
    size_t n = path_first_segment(&u->path, &seg);
    if (seg_is_normalized_drive(seg, n)) return;
  }
  size_t i = u->path.len;
  while (i > 0 && u->path.p[i - 1] != '/')
    i--;
  u->path.len = i - 1;
}

static bool ascii_ieq(const char *s, size_t n, const char *lit) {
  if (strlen(lit) != n) return false;
  for (size_t i = 0; i < n; i++)
    if ((s[i] | ((s[i] >= 'A' && s[i] <= 'Z') ? 0x20 : 0)) != lit[i]) return false;
  return true;
}

static bool single_dot(const buf_t *b) {
  return (b->len == 1 && b->p[0] == '.') || ascii_ieq(b->p, b->len, "%2e");
}

static bool double_dot(const buf_t *b) {
  switch (b->len) {
  case 2: return b->p[0] == '.' && b->p[1] == '.';
  case 4: return ascii_ieq(b->p, 4, ".%2e") || ascii_ieq(b->p, 4, "%2e.");
  case 6: return ascii_ieq(b->p, 6, "%2e%2e");
  default: return false;
  }
}

/* ---- The basic URL parser ---- */

typedef enum { PARSE_OK, PARSE_FAIL } parse_result_t;

static bool includes_credentials(const url_t *u) {
  return u->username.len > 0 || u->password.len > 0;
}

/* Runs the basic URL parser over code points in[0..len) (already preprocessed) into url,
 * with base (or NULL) and state override (ST_NONE for none). */
static parse_result_t basic_parse(const uint32_t *in, size_t len, const url_t *base, url_t *url,
                                  state_t override) {
  state_t state = override != ST_NONE ? override : ST_SCHEME_START;
  buf_t sbuf; /* the buffer of the scheme and path states */
  buf_init(&sbuf);
  buf_t host; /* a parsed host, copied into url only on success */
  buf_init(&host);
  parse_result_t result = PARSE_OK;
  size_t bstart = 0; /* the buffer of the authority, host, port and file host states */
  bool at_seen = false, in_brackets = false, password_seen = false;
  const uint32_t EOF_CP = 0xFFFFFFFFu;
  bool special = url->type != SCHEME_OTHER;

  for (ptrdiff_t pointer = 0;; pointer++) {
    uint32_t c = (size_t)pointer < len ? in[pointer] : EOF_CP;
    switch (state) {
    case ST_SCHEME_START:
      if (c != EOF_CP && IS_ALPHA(c)) {
        buf_push(&sbuf, (char)(c | 0x20));
        state = ST_SCHEME;
      } else if (override == ST_NONE) {
        state = ST_NO_SCHEME;
        pointer--;
      } else {
        goto fail;
      }
      break;

    case ST_SCHEME:
      if (c != EOF_CP && (IS_ALPHA(c) || IS_DIGIT(c) || c == '+' || c == '-' || c == '.')) {
        buf_push(&sbuf, (char)(IS_ALPHA(c) ? c | 0x20 : c));
      } else if (c == ':') {
        int type = scheme_type(&sbuf);
        if (override != ST_NONE) {
          if ((url->type != SCHEME_OTHER) != (type != SCHEME_OTHER)) goto done;
          if ((includes_credentials(url) || url->port != -1) && type == SCHEME_FILE) goto done;
          if (url->type == SCHEME_FILE && url->has_host && url->host.len == 0) goto done;
        }
        buf_set(&url->scheme, &sbuf);
        url->type = type;
        special = type != SCHEME_OTHER;
        if (override != ST_NONE) {
          if (url->port == default_port(type)) url->port = -1;
          goto done;
        }
        sbuf.len = 0;
        if (type == SCHEME_FILE) {
          state = ST_FILE;
        } else if (special && base != NULL && base->type == type) {
          state = ST_SPECIAL_RELATIVE_OR_AUTHORITY;
        } else if (special) {
          state = ST_SPECIAL_AUTHORITY_SLASHES;
        } else if ((size_t)pointer + 1 < len && in[pointer + 1] == '/') {
          state = ST_PATH_OR_AUTHORITY;
          pointer++;
        } else {
          url->opaque_path = true;
          url->path.len = 0;
          state = ST_OPAQUE_PATH;
        }
      } else if (override == ST_NONE) {
        sbuf.len = 0;
        state = ST_NO_SCHEME;
        pointer = -1;
      } else {
        goto fail;
      }
      break;

    case ST_NO_SCHEME:
      if (base == NULL || (base->opaque_path && c != '#')) goto fail;
      if (base->opaque_path && c == '#') {
        buf_set(&url->scheme, &base->scheme);
        url->type = base->type;
        special = url->type != SCHEME_OTHER;
        buf_set(&url->path, &base->path);
        url->opaque_path = true;
        url->has_query = base->has_query;
        buf_set(&url->query, &base->query);
        url->has_fragment = true;
        url->fragment.len = 0;
        state = ST_FRAGMENT;
      } else if (base->type != SCHEME_FILE) {
        state = ST_RELATIVE;
        pointer--;
      } else {
        state = ST_FILE;
        pointer--;
      }
      break;

    case ST_SPECIAL_RELATIVE_OR_AUTHORITY:
      if (c == '/' && (size_t)pointer + 1 < len && in[pointer + 1] == '/') {
        state = ST_SPECIAL_AUTHORITY_IGNORE_SLASHES;
        pointer++;
      } else {
        state = ST_RELATIVE;
        pointer--;
      }
      break;

    case ST_PATH_OR_AUTHORITY:
      if (c == '/') {
        state = ST_AUTHORITY;
        bstart = (size_t)pointer + 1;
      } else {
        state = ST_PATH;
        pointer--;
      }
      break;

    case ST_RELATIVE:
      buf_set(&url->scheme, &base->scheme);
      url->type = base->type;
      special = url->type != SCHEME_OTHER;
      if (c == '/' || (special && c == '\\')) {
        state = ST_RELATIVE_SLASH;
      } else {
        buf_set(&url->username, &base->username);
        buf_set(&url->password, &base->password);
        url->has_host = base->has_host;
        buf_set(&url->host, &base->host);
        url->port = base->port;
        buf_set(&url->path, &base->path);
        url->has_query = base->has_query;
        buf_set(&url->query, &base->query);
        if (c == '?') {
          url->has_query = true;
          url->query.len = 0;
          state = ST_QUERY;
        } else if (c == '#') {
          url->has_fragment = true;
          url->fragment.len = 0;
          state = ST_FRAGMENT;
        } else if (c != EOF_CP) {
          url->has_query = false;
          url->query.len = 0;
          shorten_path(url);
          state = ST_PATH;
          pointer--;
        }
      }
      break;

    case ST_RELATIVE_SLASH:
      if (special && (c == '/' || c == '\\')) {
        state = ST_SPECIAL_AUTHORITY_IGNORE_SLASHES;
      } else if (c == '/') {
        state = ST_AUTHORITY;
        bstart = (size_t)pointer + 1;
      } else {
        buf_set(&url->username, &base->username);
        buf_set(&url->password, &base->password);
        url->has_host = base->has_host;
        buf_set(&url->host, &base->host);
        url->port = base->port;
        state = ST_PATH;
        pointer--;
      }
      break;

    case ST_SPECIAL_AUTHORITY_SLASHES:
      if (c == '/' && (size_t)pointer + 1 < len && in[pointer + 1] == '/') {
        state = ST_SPECIAL_AUTHORITY_IGNORE_SLASHES;
        pointer++;
      } else {
        state = ST_SPECIAL_AUTHORITY_IGNORE_SLASHES;
        pointer--;
      }
      break;

    case ST_SPECIAL_AUTHORITY_IGNORE_SLASHES:
      if (c != '/' && c != '\\') {
        state = ST_AUTHORITY;
        bstart = (size_t)pointer;
        pointer--;
      }
      break;

    case ST_AUTHORITY:
      if (c == '@') {
        if (at_seen) push_pct(password_seen ? &url->password : &url->username, '@');
        at_seen = true;
        for (size_t i = bstart; i < (size_t)pointer; i++) {
          if (in[i] == ':' && !password_seen) {
            password_seen = true;
            continue;
          }
          push_encoded(password_seen ? &url->password : &url->username, in[i], SET_USERINFO);
        }
        bstart = (size_t)pointer + 1;
      } else if (c == EOF_CP || c == '/' || c == '?' || c == '#' || (special && c == '\\')) {
        if (at_seen && bstart == (size_t)pointer) goto fail;
        pointer = (ptrdiff_t)bstart - 1;
        state = ST_HOST;
      }
      break;

    case ST_HOST:
    case ST_HOSTNAME:
      if (override != ST_NONE && url->type == SCHEME_FILE) {
        pointer--;
        state = ST_FILE_HOST;
        bstart = (size_t)pointer + 1;
      } else if (c == ':' && !in_brackets) {
        if (bstart == (size_t)pointer) goto fail;
        if (override == ST_HOSTNAME) goto fail;
        if (!parse_host(in + bstart, (size_t)pointer - bstart, !special, &host)) goto fail;
        buf_set(&url->host, &host);
        url->has_host = true;
        bstart = (size_t)pointer + 1;
        state = ST_PORT;
      } else if (c == EOF_CP || c == '/' || c == '?' || c == '#' || (special && c == '\\')) {
        size_t blen = (size_t)pointer - bstart;
        pointer--;
        if (special && blen == 0) goto fail;
        if (override != ST_NONE && blen == 0 && (includes_credentials(url) || url->port != -1))
          goto fail;
        if (!parse_host(in + bstart, blen, !special, &host)) goto fail;
        buf_set(&url->host, &host);
        url->has_host = true;
        state = ST_PATH_START;
        if (override != ST_NONE) goto done;
      } else {
        if (c == '[') in_brackets = true;
        if (c == ']') in_brackets = false;
      }
      break;

    case ST_PORT:
      if (c != EOF_CP && IS_DIGIT(c)) {
        /* digits accumulate in the buffer */
      } else if (c == EOF_CP || c == '/' || c == '?' || c == '#' || (special && c == '\\') ||
                 override != ST_NONE) {
        if (bstart != (size_t)pointer) {
          uint32_t port = 0;
          for (size_t i = bstart; i < (size_t)pointer; i++) {
            port = port * 10 + (in[i] - '0');
            if (port > 65535) goto fail;
          }
          url->port = (int)port == default_port(url->type) ? -1 : (int)port;
          bstart = (size_t)pointer;
        }
        if (override != ST_NONE) goto done;
        state = ST_PATH_START;
        pointer--;
      } else {
        goto fail;
      }
      break;

    case ST_FILE:
      url->scheme.len = 0;
      buf_append(&url->scheme, "file", 4);
      url->type = SCHEME_FILE;
      special = true;
      url->has_host = true;
      url->host.len = 0;
      if (c == '/' || c == '\\') {
        state = ST_FILE_SLASH;
      } else if (base != NULL && base->type == SCHEME_FILE) {
        url->has_host = base->has_host;
        buf_set(&url->host, &base->host);
        buf_set(&url->path, &base->path);
        url->has_query = base->has_query;
        buf_set(&url->query, &base->query);
        if (c == '?') {
          url->has_query = true;
          url->query.len = 0;
          state = ST_QUERY;
        } else if (c == '#') {
          url->has_fragment = true;
          url->fragment.len = 0;
          state = ST_FRAGMENT;
        } else if (c != EOF_CP) {
          url->has_query = false;
          url->query.len = 0;
          if (!starts_with_drive_letter(in, (size_t)pointer, len))
            shorten_path(url);
          else
            url->path.len = 0;
          state = ST_PATH;
          pointer--;
        }
      } else {
        state = ST_PATH;
        pointer--;
      }
      break;

    case ST_FILE_SLASH:
      if (c == '/' || c == '\\') {
        state = ST_FILE_HOST;
        bstart = (size_t)pointer + 1;
      } else {
        if (base != NULL && base->type == SCHEME_FILE) {
          url->has_host = base->has_host;
          buf_set(&url->host, &base->host);
          const char *seg;
          size_t n = path_first_segment(&base->path, &seg);
          if (!starts_with_drive_letter(in, (size_t)pointer, len) &&
              seg_is_normalized_drive(seg, n)) {
            buf_push(&url->path, '/');
            buf_append(&url->path, seg, n);
          }
        }
        state = ST_PATH;
        pointer--;
      }
      break;

    case ST_FILE_HOST:
      if (c == EOF_CP || c == '/' || c == '\\' || c == '?' || c == '#') {
        size_t blen = (size_t)pointer - bstart;
        pointer--;
        if (override == ST_NONE && is_drive_letter(in + bstart, blen, false)) {
          /* The drive letter quirk: the buffer becomes the path state's buffer. */
          sbuf.len = 0;
          buf_push(&sbuf, (char)in[bstart]);
          buf_push(&sbuf, (char)in[bstart + 1]);
          state = ST_PATH;
        } else if (blen == 0) {
          url->has_host = true;
          url->host.len = 0;
          if (override != ST_NONE) goto done;
          state = ST_PATH_START;
        } else {
          if (!parse_host(in + bstart, blen, !special, &host)) goto fail;
          if (buf_eq(&host, "localhost")) host.len = 0;
          buf_set(&url->host, &host);
          url->has_host = true;
          if (override != ST_NONE) goto done;
          state = ST_PATH_START;
        }
      }
      break;

    case ST_PATH_START:
      if (special) {
        state = ST_PATH;
        if (c != '/' && c != '\\') pointer--;
      } else if (override == ST_NONE && c == '?') {
        url->has_query = true;
        url->query.len = 0;
        state = ST_QUERY;
      } else if (override == ST_NONE && c == '#') {
        url->has_fragment = true;
        url->fragment.len = 0;
        state = ST_FRAGMENT;
      } else if (c != EOF_CP) {
        state = ST_PATH;
        if (c != '/') pointer--;
      } else if (override != ST_NONE && !url->has_host) {
        buf_push(&url->path, '/');
      }
      break;

    case ST_PATH:
      if (c == EOF_CP || c == '/' || (special && c == '\\') ||
          (override == ST_NONE && (c == '?' || c == '#'))) {
        bool slash = c == '/' || (special && c == '\\');
        if (double_dot(&sbuf)) {
          shorten_path(url);
          if (!slash) buf_push(&url->path, '/');
        } else if (single_dot(&sbuf)) {
          if (!slash) buf_push(&url->path, '/');
        } else {
          if (url->type == SCHEME_FILE && url->path.len == 0 && sbuf.len == 2 &&
              IS_ALPHA((unsigned char)sbuf.p[0]) && sbuf.p[1] == '|')
            sbuf.p[1] = ':';
          buf_push(&url->path, '/');
          buf_append(&url->path, sbuf.p, sbuf.len);
        }
        sbuf.len = 0;
        if (c == '?') {
          url->has_query = true;
          url->query.len = 0;
          state = ST_QUERY;
        } else if (c == '#') {
          url->has_fragment = true;
          url->fragment.len = 0;
          state = ST_FRAGMENT;
        }
      } else {
        push_encoded(&sbuf, c, SET_PATH);
      }
      break;

    case ST_OPAQUE_PATH:
      if (c == '?') {
        url->has_query = true;
        url->query.len = 0;
        state = ST_QUERY;
      } else if (c == '#') {
        url->has_fragment = true;
        url->fragment.len = 0;
        state = ST_FRAGMENT;
      } else if (c == ' ') {
        uint32_t next = (size_t)pointer + 1 < len ? in[pointer + 1] : EOF_CP;
        if (next == '?' || next == '#')
          buf_append(&url->path, "%20", 3);
        else
          buf_push(&url->path, ' ');
      } else if (c != EOF_CP) {
        push_encoded(&url->path, c, SET_C0);
      }
      break;

    case ST_QUERY:
      if ((override == ST_NONE && c == '#') || c == EOF_CP) {
        if (c == '#') {
          url->has_fragment = true;
          url->fragment.len = 0;
          state = ST_FRAGMENT;
        }
      } else {
        push_encoded(&url->query, c, special ? SET_SPECIAL_QUERY : SET_QUERY);
      }
      break;

    case ST_FRAGMENT:
      if (c != EOF_CP) push_encoded(&url->fragment, c, SET_FRAGMENT);
      break;

    case ST_NONE: CHECK(0);
    }
    if (c == EOF_CP && pointer >= (ptrdiff_t)len) break;
  }
  goto done;
fail:
  result = PARSE_FAIL;
done:
  buf_free(&sbuf);
  buf_free(&host);
  return result;
}

/* ---- Input preprocessing and serialization ---- */

typedef struct {
  uint32_t *cp;
  size_t len;
  uint32_t inl[256];
} cps_t;

/* Decodes UTF-16 into code points, removing tabs and newlines, and (if trim) leading and
 * trailing C0 controls and spaces; suffix (0 for none) is appended. */
static void cps_from_utf16(cps_t *out, const JSChar *s, size_t n, bool trim, uint32_t suffix) {
  if (trim) {
    while (n > 0 && s[0] <= 0x20)
      s++, n--;
    while (n > 0 && s[n - 1] <= 0x20)
      n--;
  }
  out->cp = n + 1 <= sizeof out->inl / sizeof out->inl[0] ? out->inl : malloc((n + 1) * 4);
  CHECK(out->cp != NULL);
  size_t k = 0;
  for (size_t i = 0; i < n; i++) {
    uint32_t c = s[i];
    if (c == '\t' || c == '\n' || c == '\r') continue;
    if (c >= 0xD800 && c <= 0xDFFF) {
      if (c <= 0xDBFF && i + 1 < n && s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF) {
        c = 0x10000 + ((c - 0xD800) << 10) + (s[i + 1] - 0xDC00);
        i++;
      } else {
        c = 0xFFFD;
      }
    }
    out->cp[k++] = c;
  }
  if (suffix) out->cp[k++] = suffix;
  out->len = k;
}

static void cps_free(cps_t *c) {
  if (c->cp != c->inl) free(c->cp);
}

static _Thread_local int32_t components[URL_C_COUNT];

/* Serializes url into out and fills the components array. */
static void serialize(const url_t *u, buf_t *out) {
  int32_t *k = components;
  out->len = 0;
  buf_append(out, u->scheme.p, u->scheme.len);
  buf_push(out, ':');
  k[URL_C_PROTOCOL_END] = (int32_t)out->len;
  if (u->has_host) {
    buf_append(out, "//", 2);
    k[URL_C_USERNAME_START] = (int32_t)out->len;
    if (includes_credentials(u)) {
      buf_append(out, u->username.p, u->username.len);
      k[URL_C_USERNAME_END] = (int32_t)out->len;
      if (u->password.len > 0) {
        buf_push(out, ':');
        k[URL_C_PASSWORD_START] = (int32_t)out->len;
        buf_append(out, u->password.p, u->password.len);
      } else {
        k[URL_C_PASSWORD_START] = (int32_t)out->len;
      }
      k[URL_C_PASSWORD_END] = (int32_t)out->len;
      buf_push(out, '@');
    } else {
      k[URL_C_USERNAME_END] = k[URL_C_PASSWORD_START] = k[URL_C_PASSWORD_END] = (int32_t)out->len;
    }
    k[URL_C_HOST_START] = (int32_t)out->len;
    buf_append(out, u->host.p, u->host.len);
    k[URL_C_HOST_END] = (int32_t)out->len;
    if (u->port != -1) {
      char tmp[8];
      int n = snprintf(tmp, sizeof tmp, ":%d", u->port);
      buf_append(out, tmp, (size_t)n);
    }
  } else {
    for (int i = URL_C_USERNAME_START; i <= URL_C_HOST_END; i++)
      k[i] = (int32_t)out->len;
    if (!u->opaque_path && u->path.len > 1 && u->path.p[1] == '/') buf_append(out, "/.", 2);
  }
  k[URL_C_PORT] = u->port;
  k[URL_C_PATH_START] = (int32_t)out->len;
  buf_append(out, u->path.p, u->path.len);
  k[URL_C_SEARCH_START] = -1;
  k[URL_C_HASH_START] = -1;
  if (u->has_query) {
    k[URL_C_SEARCH_START] = (int32_t)out->len;
    buf_push(out, '?');
    buf_append(out, u->query.p, u->query.len);
  }
  if (u->has_fragment) {
    k[URL_C_HASH_START] = (int32_t)out->len;
    buf_push(out, '#');
    buf_append(out, u->fragment.p, u->fragment.len);
  }
  k[URL_C_SCHEME_TYPE] = u->type;
  k[URL_C_HAS_HOST] = u->has_host;
}

/* The argument as a JSString the caller releases, or NULL with *exc set. */
static JSStringRef arg_string(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i,
                              JSValueRef *exc) {
  if (i >= argc || !JSValueIsString(ctx, argv[i])) {
    lode_js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE",
                  "The argument must be of type string");
    return NULL;
  }
  return JSValueToStringCopy(ctx, argv[i], exc);
}

/* Parses the string str (no state override) into url with base; false on failure. */
static bool parse_jsstring(JSStringRef str, const url_t *base, url_t *url) {
  cps_t cps;
  cps_from_utf16(&cps, JSStringGetCharactersPtr(str), JSStringGetLength(str), true, 0);
  bool ok = basic_parse(cps.cp, cps.len, base, url, ST_NONE) == PARSE_OK;
  cps_free(&cps);
  return ok;
}

static JSValueRef make_ascii_string(JSContextRef ctx, buf_t *b) {
  buf_push(b, '\0');
  JSStringRef s = JSStringCreateWithUTF8CString(b->p);
  b->len--;
  JSValueRef v = JSValueMakeString(ctx, s);
  JSStringRelease(s);
  return v;
}

/* Whether the serialized href equals the UTF-16 string str. */
static bool href_equals(const buf_t *href, JSStringRef str) {
  size_t n = JSStringGetLength(str);
  if (n != href->len) return false;
  const JSChar *s = JSStringGetCharactersPtr(str);
  for (size_t i = 0; i < n; i++)
    if (s[i] != (unsigned char)href->p[i]) return false;
  return true;
}

/* Parses argv[0] against argv[1] if there is one (JS passes no second argument for "no
 * base"). With serialize_result: returns the href with the components filled, or NULL
 * (which JS receives as undefined) when the href is the input itself, so the common already
 * normalized input costs no new string; components[URL_C_STATUS] is 1 on success, 0 when
 * the input is not a URL. Otherwise returns a boolean.
 *
 * Every JSC call made from a callback takes the engine lock again (the API drops it around
 * callbacks), so this one makes as few as it can. */
static JSValueRef parse_common(JSContextRef ctx, size_t argc, const JSValueRef argv[],
                               JSValueRef *exc, bool serialize_result) {
  components[URL_C_STATUS] = 0;
  if (argc < 1) return lode_js_throw(ctx, exc, "TypeError", "ERR_MISSING_ARGS", "missing input");
  JSStringRef input = JSValueToStringCopy(ctx, argv[0], exc);
  if (input == NULL) return NULL;
  url_t base, url;
  url_init(&base);
  url_init(&url);
  bool ok = true, has_base = argc > 1;
  if (has_base) {
    JSStringRef b = JSValueToStringCopy(ctx, argv[1], exc);
    if (b == NULL) {
      JSStringRelease(input);
      return NULL;
    }
    ok = parse_jsstring(b, NULL, &base);
    JSStringRelease(b);
  }
  if (ok) ok = parse_jsstring(input, has_base ? &base : NULL, &url);
  JSValueRef result = NULL;
  if (!serialize_result) {
    result = JSValueMakeBoolean(ctx, ok);
  } else if (ok) {
    buf_t href;
    buf_init(&href);
    serialize(&url, &href);
    components[URL_C_STATUS] = 1;
    if (!href_equals(&href, input)) result = make_ascii_string(ctx, &href);
    buf_free(&href);
  }
  JSStringRelease(input);
  url_free(&base);
  url_free(&url);
  return result;
}

static JSValueRef parse_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  return parse_common(ctx, argc, argv, exc, true);
}

static JSValueRef can_parse_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  return parse_common(ctx, argc, argv, exc, false);
}

static bool cannot_have_credentials_or_port(const url_t *u) {
  return !u->has_host || u->host.len == 0 || u->type == SCHEME_FILE;
}

/* Runs the basic URL parser with a state override over the UTF-16 value. */
static void parse_override(const JSChar *s, size_t n, url_t *url, state_t state, uint32_t suffix) {
  cps_t cps;
  cps_from_utf16(&cps, s, n, false, suffix);
  basic_parse(cps.cp, cps.len, NULL, url, state);
  cps_free(&cps);
}

/* Applies setter action to url with the UTF-16 value s[0..n). */
static void apply_setter(url_t *url, int action, const JSChar *s, size_t n) {
  switch (action) {
  case SET_PROTOCOL: parse_override(s, n, url, ST_SCHEME_START, ':'); break;
  case SET_USERNAME:
  case SET_PASSWORD: {
    if (cannot_have_credentials_or_port(url)) return;
    buf_t *b = action == SET_USERNAME ? &url->username : &url->password;
    /* These setters do not run the parser: tabs and newlines are encoded, not removed. */
    b->len = 0;
    for (size_t i = 0; i < n; i++) {
      uint32_t c = s[i];
      if (c >= 0xD800 && c <= 0xDFFF) {
        if (c <= 0xDBFF && i + 1 < n && s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF) {
          c = 0x10000 + ((c - 0xD800) << 10) + (s[i + 1] - 0xDC00);
          i++;
        } else {
          c = 0xFFFD;
        }
      }
      push_encoded(b, c, SET_USERINFO);
    }
    break;
  }
  case SET_HOST:
  case SET_HOSTNAME:
    if (url->opaque_path) return;
    parse_override(s, n, url, action == SET_HOST ? ST_HOST : ST_HOSTNAME, 0);
    break;
  case SET_PORT:
    if (cannot_have_credentials_or_port(url)) return;
    if (n == 0)
      url->port = -1;
    else
      parse_override(s, n, url, ST_PORT, 0);
    break;
  case SET_PATHNAME:
    if (url->opaque_path) return;
    url->path.len = 0;
    parse_override(s, n, url, ST_PATH_START, 0);
    break;
  case SET_SEARCH:
    if (n == 0) {
      url->has_query = false;
      url->query.len = 0;
      return;
    }
    if (s[0] == '?') s++, n--;
    url->has_query = true;
    url->query.len = 0;
    parse_override(s, n, url, ST_QUERY, 0);
    break;
  case SET_HASH:
    if (n == 0) {
      url->has_fragment = false;
      url->fragment.len = 0;
      return;
    }
    if (s[0] == '#') s++, n--;
    url->has_fragment = true;
    url->fragment.len = 0;
    parse_override(s, n, url, ST_FRAGMENT, 0);
    break;
  }
}

/* update(href, action, value): returns the new href (components filled), or false if href
 * does not parse. */
static JSValueRef update_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  if (argc < 3 || !JSValueIsNumber(ctx, argv[1])) return JSValueMakeBoolean(ctx, false);
  JSStringRef href = arg_string(ctx, argc, argv, 0, exc);
  if (href == NULL) return JSValueMakeUndefined(ctx);
  JSStringRef value = arg_string(ctx, argc, argv, 2, exc);
  if (value == NULL) {
    JSStringRelease(href);
    return JSValueMakeUndefined(ctx);
  }
  int action = (int)JSValueToNumber(ctx, argv[1], NULL);
  url_t url;
  url_init(&url);
  JSValueRef result = JSValueMakeBoolean(ctx, false);
  if (action >= SET_PROTOCOL && action <= SET_HASH && parse_jsstring(href, NULL, &url)) {
    apply_setter(&url, action, JSStringGetCharactersPtr(value), JSStringGetLength(value));
    buf_t out;
    buf_init(&out);
    serialize(&url, &out);
    result = make_ascii_string(ctx, &out);
    buf_free(&out);
  }
  url_free(&url);
  JSStringRelease(href);
  JSStringRelease(value);
  return result;
}

/* Node's domainToASCII/domainToUnicode: the hostname setter applied to "ws://x"; the
 * result's hostname (converted to Unicode for the latter), or "" if the setter failed. */
static JSValueRef domain_common(JSContextRef ctx, size_t argc, const JSValueRef argv[],
                                JSValueRef *exc, bool to_unicode) {
  JSStringRef value = arg_string(ctx, argc, argv, 0, exc);
  if (value == NULL) return JSValueMakeUndefined(ctx);
  url_t url;
  url_init(&url);
  buf_append(&url.scheme, "ws", 2);
  url.type = SCHEME_WS;
  url.has_host = true;
  buf_push(&url.host, 'x');
  buf_push(&url.path, '/');
  cps_t cps;
  cps_from_utf16(&cps, JSStringGetCharactersPtr(value), JSStringGetLength(value), false, 0);
  JSStringRelease(value);
  bool ok = cps.len > 0 && basic_parse(cps.cp, cps.len, NULL, &url, ST_HOSTNAME) == PARSE_OK;
  cps_free(&cps);
  JSValueRef result;
  if (!ok) {
    result = lode_js_value_from_cstr(ctx, "");
  } else if (to_unicode) {
    buf_t out;
    buf_init(&out);
    idna_convert(url.host.p, url.host.len, &out, true);
    result = lode_js_value_from_utf8(ctx, out.p, out.len);
    buf_free(&out);
  } else {
    result = lode_js_value_from_utf8(ctx, url.host.p, url.host.len);
  }
  url_free(&url);
  return result;
}

static JSValueRef domain_to_ascii_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  return domain_common(ctx, argc, argv, exc, false);
}

static JSValueRef domain_to_unicode_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  return domain_common(ctx, argc, argv, exc, true);
}

/* The first argument, a string, as malloc'd UTF-8 with its length; NULL with *exc set. */
static char *utf8_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t *n,
                      JSValueRef *exc) {
  JSStringRef str = arg_string(ctx, argc, argv, 0, exc);
  if (str == NULL) return NULL;
  char *s = lode_js_string_to_utf8(str, n);
  JSStringRelease(str);
  return s;
}

/* toUnicodeHost(asciiHost): UTS #46 ToUnicode of a serialized host, for url.format's
 * `unicode` option and the legacy parser. */
static JSValueRef to_unicode_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  size_t n;
  char *s = utf8_arg(ctx, argc, argv, &n, exc);
  if (s == NULL) return JSValueMakeUndefined(ctx);
  buf_t out;
  buf_init(&out);
  JSValueRef result = idna_convert(s, n, &out, true) ? lode_js_value_from_utf8(ctx, out.p, out.len)
                                                     : lode_js_value_from_utf8(ctx, s, n);
  buf_free(&out);
  free(s);
  return result;
}

/* toASCIIHost(domain): UTS #46 ToASCII of a domain (lenient: errors give ""), for the
 * legacy url.parse, which converts hostnames with punycode and no other checks. */
static JSValueRef to_ascii_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  size_t n;
  char *s = utf8_arg(ctx, argc, argv, &n, exc);
  if (s == NULL) return JSValueMakeUndefined(ctx);
  buf_t out;
  buf_init(&out);
  JSValueRef result = idna_convert(s, n, &out, false) ? lode_js_value_from_utf8(ctx, out.p, out.len)
                                                      : lode_js_value_from_cstr(ctx, "");
  buf_free(&out);
  free(s);
  return result;
}

/* Returns the `url` binding: parse, canParse, update, domainToASCII, domainToUnicode,
 * toUnicodeHost, toASCIIHost and the shared `components` Int32Array (thread-local storage,
 * so each runtime thread has its own). */
JSObjectRef lode_binding_url(lode_runtime_t *rt) {
  JSContextRef ctx = rt->ctx;
  uv_once(&tables_once, init_tables);
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  lode_js_set_function(ctx, b, "parse", parse_cb);
  lode_js_set_function(ctx, b, "canParse", can_parse_cb);
  lode_js_set_function(ctx, b, "update", update_cb);
  lode_js_set_function(ctx, b, "domainToASCII", domain_to_ascii_cb);
  lode_js_set_function(ctx, b, "domainToUnicode", domain_to_unicode_cb);
  lode_js_set_function(ctx, b, "toUnicodeHost", to_unicode_cb);
  lode_js_set_function(ctx, b, "toASCIIHost", to_ascii_cb);
  JSValueRef exc = NULL;
  JSObjectRef arr = JSObjectMakeTypedArrayWithBytesNoCopy(
      ctx, kJSTypedArrayTypeInt32Array, components, sizeof components, NULL, NULL, &exc);
  CHECK(arr != NULL);
  lode_js_set(ctx, b, "components", arr);
  return b;
}
