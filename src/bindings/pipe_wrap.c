/* uv_pipe_t stream handles: `new Pipe(type)` (type PipeConstants.SOCKET, SERVER or IPC) and
 *   open(fd), bind(path), listen(backlog), fchmod(mode) → 0 or a negative libuv code; a
 *                                 listening pipe calls `onconnection(status, clientPipe)`
 *   connect(req, path)          → 0 or a code; then `req.oncomplete(status, handle, req,
 *                                 readable, writable)`
 *   writeHandle(req, bytes, handle), pendingType(), acceptPending(handle): passing TCP and
 *                                 pipe descriptors over an IPC pipe (child_process)
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
