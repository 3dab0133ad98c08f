/* uv_pipe_t stream handles: `new Pipe(type)` (type PipeConstants.SOCKET, SERVER or IPC) and
 *   open(fd), bind(path), listen(backlog), fchmod(mode) → 0 or a negative libuv code; a
 *                                 listening pipe calls `onconnection(status, clientPipe)`
 *   connect(req, path)          → 0 or a code; then `req.oncomplete(status, handle, req,
 *                                 readable, writable)`
 *   writeHandle(req, bytes, handle), pendingType(), acceptPending(handle): passing TCP and
 *                                 pipe descriptors over an IPC pipe (child_process)
 *   readJson(), jsonPending()   reads of an IPC pipe parsed as JSON lines in C (below)
 * Reading, writing and closing are the shared stream methods of stream_wrap.c, as are the
 * listen and connect machinery (shared with tcp_wrap.c). */
#include <stdlib.h>
#include <string.h>

#include "stream_wrap.h"

enum { PIPE_SOCKET = 0, PIPE_SERVER = 1, PIPE_IPC = 2 };

static JSClassRef pipe_class;

static JSObjectRef pipe_construct_cb(JSContextRef ctx, JSObjectRef ctor, size_t argc,
                                     const JSValueRef argv[], JSValueRef *exc) {
  (void)ctor, (void)exc;
  int type = argc > 0 && JSValueIsNumber(ctx, argv[0]) ? JSValueToInt32(ctx, argv[0], NULL) : 0;
  lode__stream_t *s = lode__stream_alloc();
  CHECK(uv_pipe_init(lode_runtime()->loop, &s->h.pipe, type == PIPE_IPC) == 0);
  return lode__stream_attach(ctx, pipe_class, s);
}

static lode__stream_t *this_pipe(JSContextRef ctx, JSObjectRef this_obj) {
  if (this_obj == NULL || !JSValueIsObjectOfClass(ctx, this_obj, pipe_class)) return NULL;
  return lode__stream_this(ctx, this_obj);
}

/* open(fd) → 0 or a negative libuv code. */
static JSValueRef pipe_open_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  int64_t fd;
  if (!lode_js_arg_int(ctx, argc, argv, 0, "fd", &fd, exc)) return NULL;
  lode__stream_t *s = this_pipe(ctx, this_obj);
  if (s == NULL) return JSValueMakeNumber(ctx, UV_EBADF);
  if (fd < 0 || fd > 2147483647) return JSValueMakeNumber(ctx, UV_EBADF);
  lode__stdio_remember((int)fd);
  return JSValueMakeNumber(ctx, uv_pipe_open(&s->h.pipe, (uv_file)fd));
}

/* Reads argument i as a NUL-free UTF-8 path into malloc'd memory, or returns NULL. */
static char *arg_path(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i) {
  if (argc <= i || !JSValueIsString(ctx, argv[i])) return NULL;
  size_t len = 0;
  char *path = lode_js_value_to_utf8(ctx, argv[i], &len, NULL);
  if (path != NULL && strlen(path) != len) {
    free(path);
    return NULL;
  }
  return path;
}

static JSValueRef pipe_bind_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  lode__stream_t *s = this_pipe(ctx, this_obj);
  if (s == NULL) return JSValueMakeNumber(ctx, UV_EBADF);
  char *path = arg_path(ctx, argc, argv, 0);
  if (path == NULL) return JSValueMakeNumber(ctx, UV_EINVAL);
  int r = uv_pipe_bind(&s->h.pipe, path);
  free(path);
  return JSValueMakeNumber(ctx, r);
}

static JSValueRef pipe_listen_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  lode__stream_t *s = this_pipe(ctx, this_obj);
  if (s == NULL) return JSValueMakeNumber(ctx, UV_EBADF);
  int backlog = argc > 0 && JSValueIsNumber(ctx, argv[0]) ? JSValueToInt32(ctx, argv[0], NULL) : 511;
  return JSValueMakeNumber(ctx, lode__stream_listen(s, backlog));
}

static JSValueRef pipe_connect_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  if (!lode__arg_object(ctx, argc, argv, "req", exc)) return NULL;
  lode__stream_t *s = this_pipe(ctx, this_obj);
  if (s == NULL) return JSValueMakeNumber(ctx, UV_EBADF);
  char *path = arg_path(ctx, argc, argv, 1);
  if (path == NULL) return JSValueMakeNumber(ctx, UV_EINVAL);
  lode__connect_req_t *c = lode__connect_req_new(s, (JSObjectRef)argv[0]);
  /* Errors (ENOENT, ECONNREFUSED) arrive through the callback. */
  uv_pipe_connect(&c->req, &s->h.pipe, path, lode__stream_after_connect_cb);
  free(path);
  return JSValueMakeNumber(ctx, 0);
}

static JSValueRef pipe_fchmod_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  lode__stream_t *s = this_pipe(ctx, this_obj);
  if (s == NULL) return JSValueMakeNumber(ctx, UV_EBADF);
  int mode = argc > 0 && JSValueIsNumber(ctx, argv[0]) ? JSValueToInt32(ctx, argv[0], NULL) : 0;
  return JSValueMakeNumber(ctx, uv_pipe_chmod(&s->h.pipe, mode));
}

/* ---- handle passing over IPC pipes (child_process send(message, handle)) ---- */

typedef struct handle_write_s {
  uv_write_t req;
  JSObjectRef req_obj, wrapper, bytes, sent; /* pinned until the write completes */
} handle_write_t;

static void after_handle_write_cb(uv_write_t *req, int status) {
  handle_write_t *w = (handle_write_t *)req;
  lode_runtime_t *rt = lode_runtime();
  JSContextRef ctx = rt->ctx;
  JSValueRef oncomplete = lode_js_get(ctx, w->req_obj, "oncomplete");
  /* A write cancelled by closing the pipe (or the runtime's teardown) reports nothing. */
  if (status != UV_ECANCELED && JSValueIsObject(ctx, oncomplete) &&
      JSObjectIsFunction(ctx, (JSObjectRef)oncomplete)) {
    JSValueRef arg = JSValueMakeNumber(ctx, status);
    lode_make_callback(rt, (JSObjectRef)oncomplete, w->req_obj, 1, &arg);
  }
  lode_unpin(rt, w->req_obj);
  lode_unpin(rt, w->wrapper);
  lode_unpin(rt, w->bytes);
  lode_unpin(rt, w->sent);
  free(w);
}

/* writeHandle(req, bytes, handle) → 0 or a code: writes bytes (a Uint8Array) on this IPC
 * pipe with handle's descriptor attached (uv_write2); `req.oncomplete(status)` follows. */
static JSValueRef pipe_write_handle_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  lode__stream_t *s = this_pipe(ctx, this_obj);
  if (argc < 3 || !JSValueIsObject(ctx, argv[0]) || !JSValueIsObject(ctx, argv[1]) ||
      !JSValueIsObject(ctx, argv[2]) ||
      JSValueGetTypedArrayType(ctx, argv[1], NULL) != kJSTypedArrayTypeUint8Array)
    return lode_js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE",
                         "writeHandle(req, Uint8Array, handle) expected");
  lode__stream_t *sent = lode__stream_this(ctx, (JSObjectRef)argv[2]);
  if (s == NULL || !s->h.pipe.ipc || sent == NULL) return JSValueMakeNumber(ctx, UV_EBADF);
  uv_buf_t buf;
  if (!lode_view_buf(ctx, argv[1], &buf) || buf.len == 0) return JSValueMakeNumber(ctx, UV_EINVAL);
  handle_write_t *w = calloc(1, sizeof *w);
  CHECK(w != NULL);
  int r = uv_write2(&w->req, &s->h.stream, &buf, 1, &sent->h.stream, after_handle_write_cb);
  if (r != 0) {
    free(w);
    return JSValueMakeNumber(ctx, r);
  }
  lode_runtime_t *rt = lode_runtime();
  w->req_obj = (JSObjectRef)argv[0];
  w->wrapper = this_obj;
  w->bytes = (JSObjectRef)argv[1];
  w->sent = (JSObjectRef)argv[2];
  lode_pin(rt, w->req_obj);
  lode_pin(rt, w->wrapper);
  lode_pin(rt, w->bytes);
  lode_pin(rt, w->sent);
  return JSValueMakeNumber(ctx, 0);
}

/* pendingType() → 1 TCP, 2 pipe, 0 none: the kind of the next received descriptor. */
static JSValueRef pipe_pending_type_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  lode__stream_t *s = this_pipe(ctx, this_obj);
  if (s == NULL || !s->h.pipe.ipc || uv_pipe_pending_count(&s->h.pipe) == 0)
    return JSValueMakeNumber(ctx, 0);
  uv_handle_type t = uv_pipe_pending_type(&s->h.pipe);
  return JSValueMakeNumber(ctx, t == UV_TCP ? 1 : t == UV_NAMED_PIPE ? 2 : 0);
}

/* acceptPending(handle) → 0 or a code: opens the next received descriptor in handle, a new
 * TCP or Pipe wrapper of the kind pendingType() gave. */
static JSValueRef pipe_accept_pending_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  lode__stream_t *s = this_pipe(ctx, this_obj);
  lode__stream_t *into = argc > 0 && JSValueIsObject(ctx, argv[0])
                             ? lode__stream_this(ctx, (JSObjectRef)argv[0])
                             : NULL;
  if (s == NULL || into == NULL || !s->h.pipe.ipc) return JSValueMakeNumber(ctx, UV_EBADF);
  if (uv_pipe_pending_count(&s->h.pipe) == 0) return JSValueMakeNumber(ctx, UV_EAGAIN);
  if (uv_pipe_pending_type(&s->h.pipe) != into->h.handle.type)
    return JSValueMakeNumber(ctx, UV_EINVAL);
  return JSValueMakeNumber(ctx, uv_accept(&s->h.stream, &into->h.stream));
}

/* ---- JSON lines on an IPC pipe (child_process, serialization 'json') ----
 *
 * readJson() hands the reads of the pipe to the consumer below instead of `onread(chunk)`:
 * the bytes are split at '\n' and each complete line is parsed here (JSValueMakeFromJSONString,
 * no JS string of the text is ever made), so that a read of many messages reaches JS as one
 * call `onread(values)`, values an array of the parsed messages in order (a read of more than
 * JSON_BATCH lines makes several calls). A line that is not JSON ends the reading with
 * `onread(UV_EPROTO)` after the values before it, a line growing beyond JSON_MAX_LINE bytes with
 * `onread(UV_E2BIG)`; later reads are dropped. The bytes of an incomplete line wait in the
 * carry until the rest comes; jsonPending() → their count (not 0 at the end of the stream: the
 * last message was cut off). The end of the stream and read errors still reach `onread(code)`.
 * If JS stops reading or closes the pipe during a call, the rest of that read is dropped. */

enum { JSON_BATCH = 256 };
#define JSON_MAX_LINE ((size_t)512 * 1024 * 1024)

typedef struct {
  char *carry; /* the start of an incomplete line */
  size_t len, cap;
  bool failed;
} json_lines_t;

/* UTF-16 scratch for the line being parsed (the engine copies it), shared by all pipes. */
static JSChar *json_units;
static size_t json_units_cap;

static void json_detach(lode__stream_t *s) {
  json_lines_t *j = s->consumer;
  s->consume = NULL;
  s->detach_consumer = NULL;
  s->consumer = NULL;
  free(j->carry);
  free(j);
}

/* Appends n bytes to the carry; false if that would pass JSON_MAX_LINE (or out of memory). */
static bool json_carry(json_lines_t *j, const char *bytes, size_t n) {
  if (n > JSON_MAX_LINE - j->len) return false;
  if (j->len + n > j->cap) {
    size_t cap = j->cap ? j->cap : 4096;
    while (cap < j->len + n)
      cap *= 2;
    char *p = realloc(j->carry, cap);
    if (p == NULL) return false;
    j->carry = p;
    j->cap = cap;
  }
  memcpy(j->carry + j->len, bytes, n);
  j->len += n;
  return true;
}

/* The value of the JSON text in line[0, n), or NULL if it is not JSON (or out of memory). */
static JSValueRef json_parse(JSContextRef ctx, const char *line, size_t n) {
  if (n > json_units_cap) {
    size_t cap = json_units_cap ? json_units_cap : 4096;
    while (cap < n)
      cap *= 2;
    JSChar *p = realloc(json_units, cap * sizeof *p);
    if (p == NULL) return NULL;
    json_units = p;
    json_units_cap = cap;
  }
  size_t units = lode_utf8_to_utf16((const uint8_t *)line, n, json_units);
  JSStringRef text = JSStringCreateWithCharacters(json_units, units);
  JSValueRef v = JSValueMakeFromJSONString(ctx, text);
  JSStringRelease(text);
  if (json_units_cap > 256 * 1024) {
    free(json_units);
    json_units = NULL;
    json_units_cap = 0;
  }
  return v;
}

/* Calls onread(values) with the count values parsed (JSLock held on entry and on return,
 * released around the call). False if the pipe stopped reading this way meanwhile. */
static bool json_deliver(lode__stream_t *s, json_lines_t *j, JSValueRef *values, size_t count) {
  lode_runtime_t *rt = lode_runtime();
  JSContextRef ctx = rt->ctx;
  JSValueRef arr = JSObjectMakeArray(ctx, count, values, NULL);
  JSUnlock(ctx);
  if (arr != NULL && s->onread != NULL) lode_make_callback(rt, s->onread, s->obj, 1, &arr);
  JSLock(ctx);
  return s->state == LODE__HANDLE_OPEN && s->reading && s->consumer == j;
}

static void json_read(lode__stream_t *s, char *bytes, size_t n) {
  json_lines_t *j = s->consumer;
  if (j->failed) return;
  lode_runtime_t *rt = lode_runtime();
  JSContextRef ctx = rt->ctx;
  JSValueRef values[JSON_BATCH]; /* on the stack: the collector sees them */
  size_t count = 0;
  int err = 0;
  const char *p = bytes, *end = bytes + n;
  JSLock(ctx);
  while (p < end) {
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    if (nl == NULL) {
      if (!json_carry(j, p, (size_t)(end - p))) err = UV_E2BIG;
      break;
    }
    JSValueRef v;
    if (j->len > 0) {
      if (!json_carry(j, p, (size_t)(nl - p))) {
        err = UV_E2BIG;
        break;
      }
      v = json_parse(ctx, j->carry, j->len);
      j->len = 0;
      if (j->cap > 256 * 1024) {
        free(j->carry);
        j->carry = NULL;
        j->cap = 0;
      }
    } else {
      v = json_parse(ctx, p, (size_t)(nl - p));
    }
    p = nl + 1;
    if (v == NULL) {
      err = UV_EPROTO;
      break;
    }
    values[count++] = v;
    if (count == JSON_BATCH) {
      bool more = json_deliver(s, j, values, count);
      count = 0;
      if (!more) {
        JSUnlock(ctx);
        return;
      }
    }
  }
  if (count > 0 && !json_deliver(s, j, values, count)) {
    JSUnlock(ctx);
    return;
  }
  JSUnlock(ctx);
  if (err != 0) {
    j->failed = true;
    JSValueRef arg = JSValueMakeNumber(ctx, err);
    if (s->onread != NULL) lode_make_callback(rt, s->onread, s->obj, 1, &arg);
  }
}

/* readJson() → true if the reads of this IPC pipe now go to the JSON-lines consumer above;
 * false if it is not an open IPC pipe or has a consumer already. */
static JSValueRef pipe_read_json_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  lode__stream_t *s = this_pipe(ctx, this_obj);
  if (s == NULL || !s->h.pipe.ipc || s->consume != NULL) return JSValueMakeBoolean(ctx, false);
  json_lines_t *j = calloc(1, sizeof *j);
  CHECK(j != NULL);
  s->consume = json_read;
  s->detach_consumer = json_detach;
  s->consumer = j;
  return JSValueMakeBoolean(ctx, true);
}

/* jsonPending() → the bytes of an incomplete line waiting for the rest (0 if none). */
static JSValueRef pipe_json_pending_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  lode__stream_t *s = this_pipe(ctx, this_obj);
  if (s == NULL || s->consume != json_read) return JSValueMakeNumber(ctx, 0);
  return JSValueMakeNumber(ctx, (double)((json_lines_t *)s->consumer)->len);
}

JSObjectRef lode_binding_pipe_wrap(lode_runtime_t *rt) {
  JSContextRef ctx = rt->ctx;
  if (pipe_class == NULL) {
    static const JSStaticFunction functions[] = {
        {"open", pipe_open_cb, kJSPropertyAttributeDontEnum},
        {"bind", pipe_bind_cb, kJSPropertyAttributeDontEnum},
        {"listen", pipe_listen_cb, kJSPropertyAttributeDontEnum},
        {"connect", pipe_connect_cb, kJSPropertyAttributeDontEnum},
        {"fchmod", pipe_fchmod_cb, kJSPropertyAttributeDontEnum},
        {"writeHandle", pipe_write_handle_cb, kJSPropertyAttributeDontEnum},
        {"pendingType", pipe_pending_type_cb, kJSPropertyAttributeDontEnum},
        {"acceptPending", pipe_accept_pending_cb, kJSPropertyAttributeDontEnum},
        {"readJson", pipe_read_json_cb, kJSPropertyAttributeDontEnum},
        {"jsonPending", pipe_json_pending_cb, kJSPropertyAttributeDontEnum},
        {NULL, NULL, 0},
    };
    JSClassDefinition def = kJSClassDefinitionEmpty;
    def.className = "Pipe";
    def.parentClass = lode__stream_class();
    def.staticFunctions = functions;
    pipe_class = JSClassCreate(&def);
  }
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  lode_js_set(ctx, b, "Pipe", JSObjectMakeConstructor(ctx, pipe_class, pipe_construct_cb));
  JSObjectRef constants = JSObjectMake(ctx, NULL, NULL);
  lode_js_set_number(ctx, constants, "SOCKET", PIPE_SOCKET);
  lode_js_set_number(ctx, constants, "SERVER", PIPE_SERVER);
  lode_js_set_number(ctx, constants, "IPC", PIPE_IPC);
  lode_js_set_number(ctx, constants, "UV_READABLE", UV_READABLE);
  lode_js_set_number(ctx, constants, "UV_WRITABLE", UV_WRITABLE);
  lode_js_set(ctx, b, "constants", constants);
  return b;
}
