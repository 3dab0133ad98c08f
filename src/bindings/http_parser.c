/* HTTP/1.x parsing with llhttp (Debian's node-llhttp C sources, compiled into the binary).
 *
 * A call into JS costs more than parsing a whole small request, so execute() makes none:
 * it records what llhttp reports as events in one shared Int32Array and returns, and
 * lib/_http_common.js reads them. Header names, values, the URL and the status message are
 * copied into a per-parser byte buffer while llhttp reports them (they may arrive split over
 * several reads); at the end of execute() the bytes of every header section completed in that
 * call become one Latin-1 JS string, and events name header parts by offsets into it. Body
 * events name offsets into the caller's own bytes, so JS makes body views without a copy.
 *
 * Events (ints in `events`, from index 1; events[0] is the count of ints used):
 *   EV_BEGIN     [1]
 *   EV_HEADERS   [2, major, minor, method, status, flags, urlStart, urlEnd, npairs,
 *                 nameStart, nameEnd, valueStart, valueEnd, ...]   flags: 1 upgrade, 2 keep-alive
 *   EV_BODY      [3, offset, length]
 *   EV_COMPLETE  [4, npairs, trailer pairs as above...]
 * `info` (Int32Array): [0] bytes consumed, [1] status: 0 ok, 1 paused for an upgrade, 2 error,
 * 3 paused because the event space ran low (call again with the rest), 4 paused by pause();
 * [2..4] are inputs of execute(); [5] and [6] place the chunk onexecute gets (see below);
 * [7] and [8] are tryWrite's length and result. */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "index.h"
#include "llhttp.h"
#include "stream_wrap.h"

/* The number requests with the QUERY method are reported with (llhttp 9's; see parse_query). */
#define METHOD_QUERY 46

enum { EV_BEGIN = 1, EV_HEADERS = 2, EV_BODY = 3, EV_COMPLETE = 4 };
enum { ST_OK = 0, ST_UPGRADE = 1, ST_ERROR = 2, ST_FULL = 3, ST_PAUSED = 4 };

#define EVENTS_LEN 65536
/* Header pairs kept per message; more are counted against the size limit but dropped. */
#define MAX_PAIRS 8192
/* Room an event for one whole message can need. */
#define EVENT_RESERVE (16 + 4 * MAX_PAIRS)

#define PARSER_MAGIC 0x48545450u /* "HTTP" */

typedef struct {
  uint32_t magic;
  llhttp_t p;
  char *buf; /* header bytes of the sections in progress and of those completed this call */
  size_t len, cap;
  size_t done; /* bytes of buf that belong to completed sections */
  uint32_t *pairs; /* name start, name end, value start, value end per pair */
  uint32_t npairs, max_pairs;
  uint32_t url_start, url_end;
  uint32_t header_bytes, max_header_size;
  int last; /* 1 after a name span, 2 after a value span: tells a new pair from a split one */
  int skip_body; /* for responses: 1 no body (HEAD), 2 a CONNECT request (2xx upgrades) */
  bool overflow, in_trailers, user_paused;
  bool query; /* the request in progress is a QUERY (see parse_query) */
  /* llhttp_finish() returns its error without recording it in the parser: kept here so
   * getError() names it (HPE_INVALID_EOF_STATE for a body cut short). */
  llhttp_errno_t finish_err;
  const char *base; /* start of the bytes given to execute() */
  JSObjectRef obj;           /* the wrapper, pinned while it consumes a stream */
  lode__stream_t *stream;    /* the stream whose reads this parser consumes, or NULL */
  JSObjectRef onexecute;     /* obj.onexecute when consume() was called, protected */
} parser_t;

static JSClassRef parser_class;
static llhttp_settings_t settings;
static int32_t *events;
static int32_t *info;
static JSObjectRef events_array, info_array;
static uint32_t ev_len;
static bool saw_body; /* an EV_BODY event was recorded in this call */

static bool ev_room(uint32_t n) {
  return ev_len + n < EVENTS_LEN;
}

static bool buf_append(parser_t *s, const char *at, size_t n) {
  if (s->len + n > s->cap) {
    size_t cap = s->cap ? s->cap * 2 : 1024;
    while (cap < s->len + n) cap *= 2;
    char *b = realloc(s->buf, cap);
    if (b == NULL) return false;
    s->buf = b;
    s->cap = cap;
  }
  memcpy(s->buf + s->len, at, n);
  s->len += n;
  return true;
}

/* Counts header bytes against the limit; false (with the overflow flag set) past it. */
static bool track(parser_t *s, size_t n) {
  s->header_bytes += n;
  if (s->max_header_size && s->header_bytes > s->max_header_size) {
    s->overflow = true;
    llhttp_set_error_reason(&s->p, "Header overflow");
    return false;
  }
  return true;
}

static int on_message_begin(llhttp_t *p) {
  parser_t *s = (parser_t *)((char *)p - offsetof(parser_t, p));
  s->npairs = 0;
  s->url_start = s->url_end = (uint32_t)s->len;
  s->header_bytes = 0;
  s->last = 0;
  s->in_trailers = false;
  events[++ev_len] = EV_BEGIN;
  return 0;
}

static int on_url(llhttp_t *p, const char *at, size_t n) {
  parser_t *s = (parser_t *)((char *)p - offsetof(parser_t, p));
  if (!track(s, n)) return HPE_USER;
  if (!buf_append(s, at, n)) return HPE_USER;
  s->url_end = (uint32_t)s->len;
  return 0;
}

static int on_header_field(llhttp_t *p, const char *at, size_t n) {
  parser_t *s = (parser_t *)((char *)p - offsetof(parser_t, p));
  if (!track(s, n)) return HPE_USER;
  if (s->last != 1 && s->last != 3) { /* a new pair */
    s->last = 1;
    if (s->npairs < s->max_pairs) {
      uint32_t *pr = s->pairs + 4 * s->npairs++;
      pr[0] = pr[1] = pr[2] = pr[3] = (uint32_t)s->len;
    } else {
      s->last = 3; /* dropped */
    }
  }
  if (s->last == 3) return 0;
  if (!buf_append(s, at, n)) return HPE_USER;
  uint32_t *pr = s->pairs + 4 * (s->npairs - 1);
  pr[1] = pr[2] = pr[3] = (uint32_t)s->len;
  return 0;
}

static int on_header_value(llhttp_t *p, const char *at, size_t n) {
  parser_t *s = (parser_t *)((char *)p - offsetof(parser_t, p));
  if (!track(s, n)) return HPE_USER;
  if (s->last == 3 || s->last == 4) {
    s->last = 4;
    return 0;
  }
  s->last = 2;
  if (!buf_append(s, at, n)) return HPE_USER;
  s->pairs[4 * (s->npairs - 1) + 3] = (uint32_t)s->len;
  return 0;
}

static void emit_pairs(parser_t *s) {
  events[++ev_len] = (int32_t)s->npairs;
  memcpy(events + ev_len + 1, s->pairs, 16 * (size_t)s->npairs);
  ev_len += 4 * s->npairs;
  s->npairs = 0;
  s->last = 0;
}

static int on_headers_complete(llhttp_t *p) {
  parser_t *s = (parser_t *)((char *)p - offsetof(parser_t, p));
  int32_t *e = events + ev_len;
  e[1] = EV_HEADERS;
  e[2] = p->http_major;
  e[3] = p->http_minor;
  e[4] = s->query ? METHOD_QUERY : (int32_t)p->method;
  s->query = false;
  e[5] = p->status_code;
  e[6] = (p->upgrade ? 1 : 0) | (llhttp_should_keep_alive(p) ? 2 : 0);
  e[7] = (int32_t)s->url_start;
  e[8] = (int32_t)s->url_end;
  ev_len += 8;
  emit_pairs(s);
  s->done = s->len;
  s->in_trailers = true;
  s->header_bytes = 0;
  if (p->type == HTTP_RESPONSE) {
    if (s->skip_body == 1) return 1;
    if (s->skip_body == 2 && p->status_code >= 200 && p->status_code < 300) return 2;
  }
  return 0;
}

static int on_body(llhttp_t *p, const char *at, size_t n) {
  parser_t *s = (parser_t *)((char *)p - offsetof(parser_t, p));
  saw_body = true;
  events[++ev_len] = EV_BODY;
  events[++ev_len] = (int32_t)(at - s->base);
  events[++ev_len] = (int32_t)n;
  return 0;
}

static int on_chunk_complete(llhttp_t *p) {
  (void)p;
  return ev_room(EVENT_RESERVE) ? 0 : HPE_PAUSED;
}

static int on_message_complete(llhttp_t *p) {
  parser_t *s = (parser_t *)((char *)p - offsetof(parser_t, p));
  events[++ev_len] = EV_COMPLETE;
  emit_pairs(s); /* trailers, if any */
  s->done = s->len;
  s->in_trailers = false;
  return ev_room(EVENT_RESERVE) ? 0 : HPE_PAUSED;
}

static void parser_finalize(JSObjectRef obj) {
  parser_t *s = JSObjectGetPrivate(obj);
  if (s == NULL) return;
  s->magic = 0;
  free(s->buf);
  free(s->pairs);
  free(s);
}

/* Every engine call costs a lock round trip (~30 ns), so the receiver is checked by a magic
 * number in its private data instead of JSValueIsObjectOfClass: objects of our other
 * classes have private structs of at least this size, plain objects have none. */
static parser_t *this_parser(JSContextRef ctx, JSObjectRef this_obj, JSValueRef *exc) {
  parser_t *s = this_obj != NULL ? JSObjectGetPrivate(this_obj) : NULL;
  if (s == NULL || s->magic != PARSER_MAGIC) {
    lode_js_throw(ctx, exc, "TypeError", "ERR_INVALID_THIS", "Illegal invocation");
    return NULL;
  }
  return s;
}

static double arg_num(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i) {
  if (i >= argc || !JSValueIsNumber(ctx, argv[i])) return 0;
  return JSValueToNumber(ctx, argv[i], NULL);
}

/* Turns the completed header bytes into one Latin-1 string (NULL when there are none) and
 * moves the bytes of a section still in progress to the front of the buffer. */
static JSValueRef take_blob(JSContextRef ctx, parser_t *s) {
  if (s->done == 0) return NULL;
  /* An 8-bit string written in place (header names made from it become property keys
   * faster than 16-bit ones; JSStringCreateWithUTF8CString took ~3 ns a byte). */
  JSValueRef v = lode_js_value_from_latin1(ctx, (const uint8_t *)s->buf, s->done);
  uint32_t d = (uint32_t)s->done;
  memmove(s->buf, s->buf + d, s->len - d);
  s->len -= d;
  s->done = 0;
  for (uint32_t i = 0; i < 4 * s->npairs; i++) s->pairs[i] -= d;
  s->url_start = s->url_start >= d ? s->url_start - d : 0;
  s->url_end = s->url_end >= d ? s->url_end - d : 0;
  return v;
}

static JSValueRef finish_call(JSContextRef ctx, parser_t *s, llhttp_errno_t err, size_t consumed) {
  int status = ST_OK;
  if (err == HPE_PAUSED_UPGRADE) {
    status = ST_UPGRADE;
  } else if (err == HPE_PAUSED) {
    status = s->user_paused ? ST_PAUSED : ST_FULL;
    llhttp_resume(&s->p);
    if (s->user_paused) llhttp_pause(&s->p);
  } else if (err != HPE_OK) {
    status = ST_ERROR;
  }
  events[0] = (int32_t)ev_len;
  info[0] = (int32_t)consumed;
  info[1] = status;
  return take_blob(ctx, s);
}

/* The QUERY method (Node 24's parser knows it; Debian's llhttp 8.1 rejects it at its first
 * letter, at the start of a request): when the request's first bytes are "QUERY ", the parser
 * is reset, fed "PURGE " (a method it knows, parsed the same way: the body follows the
 * headers' framing) and continues after the method, and the request is reported as QUERY.
 * A method split across two reads still gets llhttp's error. Returns the parser's result for
 * the rest of the bytes, or err unchanged. */
static llhttp_errno_t parse_query(parser_t *s, llhttp_errno_t err, const char *end) {
  while (err == HPE_INVALID_METHOD && s->p.type == HTTP_REQUEST) {
    const char *pos = llhttp_get_error_pos(&s->p);
    if (pos == NULL || pos < s->base || end - pos < 6 || memcmp(pos, "QUERY ", 6) != 0) break;
    llhttp_reset(&s->p);
    if (llhttp_execute(&s->p, "PURGE ", 6) != HPE_OK) break;
    s->query = true;
    err = llhttp_execute(&s->p, pos + 6, (size_t)(end - pos - 6));
  }
  return err;
}

/* Parses len bytes at bytes and leaves the results in events/info (see execute()). */
static JSValueRef run(JSContextRef ctx, parser_t *s, const char *bytes, size_t len) {
  ev_len = 0;
  saw_body = false;
  s->base = bytes;
  if (llhttp_get_errno(&s->p) == HPE_PAUSED_UPGRADE) llhttp_resume_after_upgrade(&s->p);
  if (llhttp_get_errno(&s->p) != HPE_OK && llhttp_get_errno(&s->p) != HPE_PAUSED) {
    return finish_call(ctx, s, llhttp_get_errno(&s->p), 0);
  }
  llhttp_errno_t err = parse_query(s, llhttp_execute(&s->p, s->base, len), s->base + len);
  size_t consumed = len;
  if (err != HPE_OK) {
    const char *pos = llhttp_get_error_pos(&s->p);
    consumed = pos != NULL && pos >= s->base && pos <= s->base + len ? (size_t)(pos - s->base) : 0;
  }
  return finish_call(ctx, s, err, consumed);
}

/* execute(arrayBuffer): parses info[2] bytes of arrayBuffer from offset info[3]; info[4] is
 * the skip-body mode for responses (0, 1 for HEAD, 2 for CONNECT). The offsets travel in
 * the shared array because each argument read is another engine call. See the top of the
 * file for what it leaves in `events` and `info`. Returns the header string of the
 * sections completed, or undefined. */
static JSValueRef execute_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  parser_t *s = this_parser(ctx, this_obj, exc);
  if (s == NULL) return NULL;
  const char *base = NULL;
  if (argc > 0 && JSValueIsObject(ctx, argv[0])) {
    base = JSObjectGetArrayBufferBytesPtr(ctx, (JSObjectRef)argv[0], NULL);
  }
  if (base == NULL) {
    return lode_js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE",
                         "The \"data\" argument must be an instance of ArrayBuffer");
  }
  size_t total = JSObjectGetArrayBufferByteLength(ctx, (JSObjectRef)argv[0], NULL);
  int32_t len = info[2], off = info[3];
  if (off < 0 || len < 0 || (size_t)off > total || (size_t)len > total - (size_t)off) {
    return lode_js_throw(ctx, exc, "RangeError", "ERR_OUT_OF_RANGE", "Bad offset or length");
  }
  s->skip_body = info[4];
  return run(ctx, s, base + off, (size_t)len);
}

/* ---- consuming a stream (server connections) ----
 *
 * consume(handle) attaches the parser to a stream wrapper: each read is parsed here, in C,
 * straight from the read buffer, and reaches JS as one call `parser.onexecute(blob, chunk)`
 * (the function onexecute held when consume() was called) with the results in events/info as
 * after execute() (blob undefined when no header section completed); chunk (the whole read,
 * event offsets relative to it: a Buffer, or with info[5] >= 0 an ArrayBuffer holding it at
 * info[5], info[6] bytes long) is undefined unless JS needs the bytes: body events, an error,
 * an upgrade, or parsing stopped before the end. No onread, no Buffer per header-only read. */

static JSStringRef onexecute_name;

/* The chunk argument of onexecute for the n bytes at bytes: the shared read pool (info[5] the
 * offset, info[6] the length; see lode__pool_copy) or a Buffer of its own (info[5] -1); NULL
 * if out of memory. */
static JSObjectRef read_chunk(JSContextRef ctx, char *bytes, size_t n) {
  if (n > LODE__POOL_MAX_COPY) {
    info[5] = -1;
    return lode__stream_chunk(ctx, bytes, n);
  }
  size_t off;
  JSObjectRef pool = lode__pool_copy(ctx, bytes, n, &off);
  info[5] = (int32_t)off;
  info[6] = (int32_t)n;
  return pool;
}

static void consumer_detach(lode__stream_t *st) {
  parser_t *s = st->consumer;
  lode_runtime_t *rt = lode_runtime();
  st->consume = NULL;
  st->detach_consumer = NULL;
  st->consumer = NULL;
  s->stream = NULL;
  if (s->onexecute != NULL) JSValueUnprotect(rt->ctx, s->onexecute);
  s->onexecute = NULL;
  lode_unpin(rt, s->obj);
}

/* One read of the consumed stream: parsed here, then one call of the onexecute function.
 * The arguments are made under the callback's own lock (lode_callback_begin: the outermost
 * one, which must be the trampoline's for the microtasks), each engine call inside a cheap
 * recursive take: one outermost lock per read, not two (taking it costs the engine's
 * per-entry work, its date cache check among it). */
static void consumer_read(lode__stream_t *st, char *bytes, size_t n) {
  parser_t *s = st->consumer;
  lode_runtime_t *rt = lode_runtime();
  JSContextRef ctx = rt->ctx;
  JSObjectRef obj = s->obj;
  JSObjectRef fn = s->onexecute;
  s->skip_body = 0;
  JSValueRef args[2];
  lode_callback_begin(rt);
  /* Both arguments are always passed (undefined when absent): a call with fewer arguments
   * than the function declares goes through the engine's arity fix-up. */
  JSValueRef undefined = JSValueMakeUndefined(ctx);
  args[0] = run(ctx, s, bytes, n);
  if (args[0] == NULL) args[0] = undefined;
  args[1] = undefined;
  if (saw_body || info[1] != ST_OK) {
    JSObjectRef chunk = read_chunk(ctx, bytes, n);
    if (chunk != NULL) args[1] = chunk;
  }
  if (fn != NULL) {
    JSValueRef exc = NULL;
    JSObjectCallAsFunction(ctx, fn, obj, 2, args, &exc);
    if (exc != NULL) lode_handle_exception(rt, exc);
  }
  lode_callback_end(rt);
}

/* consume(handle) → true if this parser now consumes the reads of stream wrapper handle;
 * false if handle is not an open stream or already has a consumer, or this parser has no
 * onexecute function. */
static JSValueRef consume_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  parser_t *s = this_parser(ctx, this_obj, exc);
  if (s == NULL) return NULL;
  lode__stream_t *st = argc > 0 && JSValueIsObject(ctx, argv[0])
                           ? lode__stream_this(ctx, (JSObjectRef)argv[0]) : NULL;
  if (st == NULL || st->consume != NULL || s->stream != NULL) return JSValueMakeBoolean(ctx, false);
  if (onexecute_name == NULL) onexecute_name = JSStringCreateWithUTF8CString("onexecute");
  JSValueRef on = JSObjectGetProperty(ctx, s->obj, onexecute_name, NULL);
  if (on == NULL || !JSValueIsObject(ctx, on) || !JSObjectIsFunction(ctx, (JSObjectRef)on))
    return JSValueMakeBoolean(ctx, false);
  s->onexecute = (JSObjectRef)on;
  JSValueProtect(ctx, on);
  st->consume = consumer_read;
  st->detach_consumer = consumer_detach;
  st->consumer = s;
  s->stream = st;
  lode_pin(lode_runtime(), s->obj);
  return JSValueMakeBoolean(ctx, true);
}

/* unconsume(): reads of the stream go back to its onread. */
static JSValueRef unconsume_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  parser_t *s = this_parser(ctx, this_obj, exc);
  if (s == NULL) return NULL;
  if (s->stream != NULL) consumer_detach(s->stream);
  return NULL;
}

/* ---- writing a response straight to the consumed stream ----
 *
 * lib/_http_outgoing.js encodes a short response (header block and body) into writeScratch
 * and calls tryWrite(parser, n) when the socket's Writable has nothing queued: the bytes go
 * to the stream with no Buffer, write request or Writable bookkeeping per response. The
 * stream holds them until the loop phase ends (lode__stream_write_held): when one poll brings
 * requests on many connections, responses written one by one each woke the client on its own
 * (a wake-up costs more than the response here, and both processes switched more); written
 * together at the end of the phase they do not. To JS they were written (bytesWritten,
 * callbacks and 'finish' as when the kernel takes them at once); every other write to the
 * socket, its shutdown and its close send them first, and so does process exit; a failure
 * comes to the socket as a failed write (`onread(code, true)`). What the socket does not take
 * at once, JS writes the ordinary way. */

enum { SCRATCH_LEN = 64 * 1024 };
static JSObjectRef scratch_array;
static uint8_t *scratch;

/* tryWrite(parser): offers the first info[7] bytes of writeScratch to the stream `parser`
 * consumes; info[8] is then the number it took (held until the loop phase ends, see above;
 * 0 when its socket buffer is full or writes are queued: libuv keeps the order), or a
 * negative libuv code (UV_EBADF when the parser consumes no open stream). The length and the
 * result travel in `info`: each argument or result value is an engine call. */
LODE_LOCKED_CB(try_write_cb) {
  LODE_CB_UNUSED;
  parser_t *s = argc > 0 && JSValueIsObject(ctx, argv[0])
                    ? JSObjectGetPrivate((JSObjectRef)argv[0]) : NULL;
  if (s == NULL || s->magic != PARSER_MAGIC) {
    return lode_js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE",
                         "The \"parser\" argument must be an HTTPParser");
  }
  int32_t n = info[7];
  if (n < 0 || n > SCRATCH_LEN) {
    return lode_js_throw(ctx, exc, "RangeError", "ERR_OUT_OF_RANGE", "Bad length");
  }
  lode__stream_t *st = s->stream;
  info[8] = st == NULL || st->state != LODE__HANDLE_OPEN
                ? UV_EBADF
                : lode__stream_write_held(st, (const char *)scratch, (size_t)n);
  return NULL;
}

/* finish(): tells the parser the input ended (a body delimited by the end of the stream
 * completes here). Same results as execute(). */
static JSValueRef finish_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  parser_t *s = this_parser(ctx, this_obj, exc);
  if (s == NULL) return NULL;
  ev_len = 0;
  s->base = NULL;
  /* An errored parser reports nothing more at the end (llhttp_finish returns OK then). */
  llhttp_errno_t err = llhttp_finish(&s->p);
  if (err != HPE_OK && err != HPE_PAUSED && err != HPE_PAUSED_UPGRADE) s->finish_err = err;
  return finish_call(ctx, s, err, 0);
}

/* getError() → [code name, reason] of the last error. */
static JSValueRef get_error_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  parser_t *s = this_parser(ctx, this_obj, exc);
  if (s == NULL) return NULL;
  llhttp_errno_t err = llhttp_get_errno(&s->p);
  if (err == HPE_OK) err = s->finish_err;
  const char *name = s->overflow ? "HPE_HEADER_OVERFLOW" : llhttp_errno_name(err);
  const char *reason = llhttp_get_error_reason(&s->p);
  JSValueRef pair[2] = {lode_js_value_from_cstr(ctx, name),
                        lode_js_value_from_cstr(ctx, reason ? reason : "")};
  return lode_js_array(ctx, 2, pair);
}

/* initialize(type, maxHeaderSize, lenientFlags, maxHeaderPairs): type 1 request,
 * 2 response; lenient flags: 1 headers, 2 chunked length, 4 keep-alive, 8 transfer
 * encoding; maxHeaderPairs 0 means the built-in cap. */
static JSValueRef initialize_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  parser_t *s = this_parser(ctx, this_obj, exc);
  if (s == NULL) return NULL;
  int type = (int)arg_num(ctx, argc, argv, 0) == 2 ? HTTP_RESPONSE : HTTP_REQUEST;
  double max = arg_num(ctx, argc, argv, 1);
  int lenient = (int)arg_num(ctx, argc, argv, 2);
  double pairs = arg_num(ctx, argc, argv, 3);
  llhttp_init(&s->p, type, &settings);
  if (lenient & 1) llhttp_set_lenient_headers(&s->p, 1);
  if (lenient & 2) llhttp_set_lenient_chunked_length(&s->p, 1);
  if (lenient & 4) llhttp_set_lenient_keep_alive(&s->p, 1);
  if (lenient & 8) llhttp_set_lenient_transfer_encoding(&s->p, 1);
  s->max_header_size = max > 0 && max < 4e9 ? (uint32_t)max : 0;
  s->max_pairs = pairs > 0 && pairs < MAX_PAIRS ? (uint32_t)pairs : MAX_PAIRS;
  s->len = s->done = 0;
  s->npairs = 0;
  s->last = 0;
  s->skip_body = 0;
  s->overflow = s->in_trailers = s->user_paused = false;
  s->finish_err = HPE_OK;
  s->header_bytes = 0;
  return NULL;
}

static JSValueRef pause_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  parser_t *s = this_parser(ctx, this_obj, exc);
  if (s == NULL) return NULL;
  s->user_paused = true;
  if (llhttp_get_errno(&s->p) == HPE_OK) llhttp_pause(&s->p);
  return NULL;
}

static JSValueRef resume_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  parser_t *s = this_parser(ctx, this_obj, exc);
  if (s == NULL) return NULL;
  s->user_paused = false;
  if (llhttp_get_errno(&s->p) == HPE_PAUSED) llhttp_resume(&s->p);
  return NULL;
}

/* Frees the header buffer early (a parser going back to the free list). */
static JSValueRef free_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  parser_t *s = this_parser(ctx, this_obj, exc);
  if (s == NULL) return NULL;
  if (s->stream != NULL) consumer_detach(s->stream);
  free(s->buf);
  s->buf = NULL;
  s->len = s->cap = s->done = 0;
  s->npairs = 0;
  return NULL;
}

static JSObjectRef parser_construct_cb(JSContextRef ctx, JSObjectRef ctor, size_t argc,
                                       const JSValueRef argv[], JSValueRef *exc) {
  (void)ctor, (void)argc, (void)argv, (void)exc;
  parser_t *s = calloc(1, sizeof *s);
  CHECK(s != NULL);
  s->magic = PARSER_MAGIC;
  s->pairs = malloc(16 * (size_t)MAX_PAIRS);
  CHECK(s->pairs != NULL);
  s->max_pairs = MAX_PAIRS;
  llhttp_init(&s->p, HTTP_REQUEST, &settings);
  s->obj = JSObjectMake(ctx, parser_class, s);
  return s->obj;
}

JSObjectRef lode_binding_http_parser(lode_runtime_t *rt) {
  JSContextRef ctx = rt->ctx;
  if (parser_class == NULL) {
    static const JSStaticFunction functions[] = {
        {"execute", execute_cb, kJSPropertyAttributeDontEnum},
        {"finish", finish_cb, kJSPropertyAttributeDontEnum},
        {"getError", get_error_cb, kJSPropertyAttributeDontEnum},
        {"initialize", initialize_cb, kJSPropertyAttributeDontEnum},
        {"pause", pause_cb, kJSPropertyAttributeDontEnum},
        {"resume", resume_cb, kJSPropertyAttributeDontEnum},
        {"free", free_cb, kJSPropertyAttributeDontEnum},
        {"consume", consume_cb, kJSPropertyAttributeDontEnum},
        {"unconsume", unconsume_cb, kJSPropertyAttributeDontEnum},
        {NULL, NULL, 0},
    };
    JSClassDefinition def = kJSClassDefinitionEmpty;
    def.className = "HTTPParser";
    def.staticFunctions = functions;
    def.finalize = parser_finalize;
    parser_class = JSClassCreate(&def);
    llhttp_settings_init(&settings);
    settings.on_message_begin = on_message_begin;
    settings.on_url = on_url;
    settings.on_status = on_url;
    settings.on_header_field = on_header_field;
    settings.on_header_value = on_header_value;
    settings.on_headers_complete = on_headers_complete;
    settings.on_body = on_body;
    settings.on_chunk_complete = on_chunk_complete;
    settings.on_message_complete = on_message_complete;
    events_array = JSObjectMakeTypedArray(ctx, kJSTypedArrayTypeInt32Array, EVENTS_LEN, NULL);
    lode_pin(rt, events_array);
    events = JSObjectGetTypedArrayBytesPtr(ctx, events_array, NULL);
    info_array = JSObjectMakeTypedArray(ctx, kJSTypedArrayTypeInt32Array, 9, NULL);
    lode_pin(rt, info_array);
    info = JSObjectGetTypedArrayBytesPtr(ctx, info_array, NULL);
  }
  if (scratch_array == NULL) {
    scratch_array = JSObjectMakeTypedArray(ctx, kJSTypedArrayTypeUint8Array, SCRATCH_LEN, NULL);
    lode_pin(rt, scratch_array);
    scratch = JSObjectGetTypedArrayBytesPtr(ctx, scratch_array, NULL);
  }
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  lode_js_set(ctx, b, "HTTPParser", JSObjectMakeConstructor(ctx, parser_class, parser_construct_cb));
  lode_js_set(ctx, b, "events", events_array);
  lode_js_set(ctx, b, "info", info_array);
  lode_js_set(ctx, b, "writeScratch", scratch_array);
  LODE_SET_HOST(ctx, b, "tryWrite", try_write_cb);
  JSObjectRef methods = JSObjectMakeArray(ctx, 0, NULL, NULL);
#define LODE_SET_METHOD(num, name, string)                                                         \
  JSObjectSetPropertyAtIndex(ctx, methods, num, lode_js_value_from_cstr(ctx, #string), NULL);
  HTTP_ALL_METHOD_MAP(LODE_SET_METHOD)
#undef LODE_SET_METHOD
  JSObjectSetPropertyAtIndex(ctx, methods, METHOD_QUERY, lode_js_value_from_cstr(ctx, "QUERY"),
                             NULL);
  lode_js_set(ctx, b, "methods", methods);
  return b;
}
