/* uv_pipe_t stream handles: `new Pipe(type)` (type PipeConstants.SOCKET or IPC) and
 * `pipe.open(fd)` → 0 or a negative libuv code. Reading, writing and closing are the shared
 * stream methods of stream_wrap.c. */
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

/* open(fd) → 0 or a negative libuv code. */
static JSValueRef pipe_open_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  int64_t fd;
  if (!lode_js_arg_int(ctx, argc, argv, 0, "fd", &fd, exc)) return NULL;
  lode__stream_t *s = lode__stream_this(ctx, this_obj);
  if (s == NULL || !JSValueIsObjectOfClass(ctx, this_obj, pipe_class))
    return JSValueMakeNumber(ctx, UV_EBADF);
  if (fd < 0 || fd > 2147483647) return JSValueMakeNumber(ctx, UV_EBADF);
  lode__stdio_remember((int)fd);
  return JSValueMakeNumber(ctx, uv_pipe_open(&s->h.pipe, (uv_file)fd));
}

JSObjectRef lode_binding_pipe_wrap(lode_runtime_t *rt) {
  JSContextRef ctx = rt->ctx;
  if (pipe_class == NULL) {
    static const JSStaticFunction functions[] = {
        {"open", pipe_open_cb, kJSPropertyAttributeDontEnum},
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
  lode_js_set(ctx, b, "constants", constants);
  return b;
}
