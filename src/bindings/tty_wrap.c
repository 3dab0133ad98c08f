/* uv_tty_t stream handles: `new TTY(fd, ctx)` (on failure the wrapper is closed and
 * ctx.errno holds the negative libuv code), `tty.setRawMode(flag)` and
 * `tty.getWindowSize(out)` (out[0] columns, out[1] rows) → 0 or a negative code, and
 * `isTTY(fd)`. Reading and writing are the shared stream methods of stream_wrap.c. */
#include <stdlib.h>

#include "stream_wrap.h"

static JSClassRef tty_class;

static void reset_tty_mode(void) {
  uv_tty_reset_mode();
}

static JSObjectRef tty_construct_cb(JSContextRef ctx, JSObjectRef ctor, size_t argc,
                                    const JSValueRef argv[], JSValueRef *exc) {
  (void)ctor;
  int64_t fd;
  if (!lode_js_arg_int(ctx, argc, argv, 0, "fd", &fd, exc)) return NULL;
  lode__stream_t *s = lode__stream_alloc();
  int r = fd < 0 || fd > 2147483647 ? UV_EINVAL : 0;
  if (r == 0) {
    lode__stdio_remember((int)fd);
    /* readable only matters for fd 0: libuv then reopens the terminal so that its own
     * non-blocking mode does not leak into a shell sharing the descriptor. */
    r = uv_tty_init(lode_runtime()->loop, &s->h.tty, (uv_file)fd, fd == 0);
  }
  if (r != 0) {
    free(s);
    if (argc > 1 && JSValueIsObject(ctx, argv[1]))
      lode_js_set_number(ctx, (JSObjectRef)argv[1], "errno", r);
    return JSObjectMake(ctx, tty_class, NULL);
  }
  return lode__stream_attach(ctx, tty_class, s);
}

static lode__stream_t *this_tty(JSContextRef ctx, JSObjectRef this_obj) {
  if (this_obj == NULL || !JSValueIsObjectOfClass(ctx, this_obj, tty_class)) return NULL;
  return lode__stream_this(ctx, this_obj);
}

static JSValueRef set_raw_mode_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  static bool registered;
  lode__stream_t *s = this_tty(ctx, this_obj);
  if (s == NULL) return JSValueMakeNumber(ctx, UV_EBADF);
  bool raw = argc > 0 && JSValueToBoolean(ctx, argv[0]);
  if (raw && !registered) {
    registered = true;
    atexit(reset_tty_mode);
  }
  return JSValueMakeNumber(ctx, uv_tty_set_mode(&s->h.tty, raw ? UV_TTY_MODE_RAW : UV_TTY_MODE_NORMAL));
}

static JSValueRef get_window_size_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  lode__stream_t *s = this_tty(ctx, this_obj);
  if (s == NULL) return JSValueMakeNumber(ctx, UV_EBADF);
  if (!lode__arg_object(ctx, argc, argv, "out", exc)) return NULL;
  int width, height;
  int r = uv_tty_get_winsize(&s->h.tty, &width, &height);
  if (r == 0) {
    JSObjectSetPropertyAtIndex(ctx, (JSObjectRef)argv[0], 0, JSValueMakeNumber(ctx, width), NULL);
    JSObjectSetPropertyAtIndex(ctx, (JSObjectRef)argv[0], 1, JSValueMakeNumber(ctx, height), NULL);
  }
  return JSValueMakeNumber(ctx, r);
}

static JSValueRef is_tty_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  bool tty = argc > 0 && JSValueIsNumber(ctx, argv[0]);
  if (tty) {
    double fd = JSValueToNumber(ctx, argv[0], NULL);
    tty = fd >= 0 && fd <= 2147483647 && fd == (int)fd && uv_guess_handle((uv_file)fd) == UV_TTY;
  }
  return JSValueMakeBoolean(ctx, tty);
}

JSObjectRef lode_binding_tty_wrap(lode_runtime_t *rt) {
  JSContextRef ctx = rt->ctx;
  if (tty_class == NULL) {
    static const JSStaticFunction functions[] = {
        {"setRawMode", set_raw_mode_cb, kJSPropertyAttributeDontEnum},
        {"getWindowSize", get_window_size_cb, kJSPropertyAttributeDontEnum},
        {NULL, NULL, 0},
    };
    JSClassDefinition def = kJSClassDefinitionEmpty;
    def.className = "TTY";
    def.parentClass = lode__stream_class();
    def.staticFunctions = functions;
    tty_class = JSClassCreate(&def);
  }
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  lode_js_set(ctx, b, "TTY", JSObjectMakeConstructor(ctx, tty_class, tty_construct_cb));
  lode_js_set_function(ctx, b, "isTTY", is_tty_cb);
  return b;
}
