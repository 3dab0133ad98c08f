/* Engine introspection that the JavaScriptCore C API does not offer: promise state and proxy
 * details, for util.inspect and util.types.
 *
 * The C API has no accessor for either, so this reads the object layout of the engine that is
 * loaded: a JSCell keeps its JSType in byte 5 of its header, and JSPromise and ProxyObject
 * keep two internal fields right after the 16-byte object header (promise: flags, result;
 * proxy: target, handler). Each layout is probed on known objects before its first use, and
 * the feature is disabled if anything differs, so another engine version degrades to
 * "unknown" instead of reading garbage. The probes run on first need rather than when the
 * binding is made: the promise probe is a program's first use of the engine's promise code
 * (~1M instructions), which inspecting plain objects never needs. */
#include <string.h>

#include "index.h"

#define JSCELL_TYPE_OFFSET 5
#define FIELD0_OFFSET 16
#define FIELD1_OFFSET 24
#define INT32_TAG 0xfffe000000000000ull

/* -1 not probed yet, 0 unknown layout, 1 checked. */
static int promise_layout = -1, proxy_layout = -1;
static uint8_t promise_type, proxy_type;

static uint8_t cell_type(JSValueRef v) {
  return ((const uint8_t *)v)[JSCELL_TYPE_OFFSET];
}

static uint64_t field(JSValueRef v, size_t offset) {
  uint64_t bits;
  memcpy(&bits, (const uint8_t *)v + offset, sizeof bits);
  return bits;
}

/* Promise status as stored in the flags field: 0 pending, 1 fulfilled, 2 rejected, or -1. */
static int promise_status(JSValueRef v) {
  uint64_t flags = field(v, FIELD0_OFFSET);
  if ((flags & 0xffff000000000000ull) != INT32_TAG) return -1;
  return (int)(flags & 3);
}

/* The promises are the engine's own (a program may have replaced the global Promise). */
static void probe_promise_layout(JSContextRef ctx) {
  promise_layout = 0;
  JSObjectRef resolve, reject;
  JSObjectRef fulfilled = JSObjectMakeDeferredPromise(ctx, &resolve, &reject, NULL);
  if (fulfilled == NULL) return;
  JSValueRef value = JSValueMakeNumber(ctx, 42);
  JSValueRef exc = NULL;
  JSObjectCallAsFunction(ctx, resolve, NULL, 1, &value, &exc);
  JSObjectRef pending = JSObjectMakeDeferredPromise(ctx, &resolve, &reject, NULL);
  JSObjectRef plain = JSObjectMakeArray(ctx, 0, NULL, NULL);
  if (exc != NULL || pending == NULL || plain == NULL) return;
  promise_type = cell_type(fulfilled);
  promise_layout = cell_type(pending) == promise_type && cell_type(plain) != promise_type &&
                   promise_status(fulfilled) == 1 && promise_status(pending) == 0 &&
                   field(fulfilled, FIELD1_OFFSET) == (INT32_TAG | 42);
}

static void probe_proxy_layout(JSContextRef ctx) {
  proxy_layout = 0;
  JSValueRef made =
      lode_js_eval(ctx, "(() => { const t = {}, h = {}; return [new Proxy(t, h), t, h,"
                        " new Proxy(function () {}, {})]; })()");
  if (made == NULL) return;
  JSObjectRef arr = (JSObjectRef)made;
  JSValueRef proxy = JSObjectGetPropertyAtIndex(ctx, arr, 0, NULL);
  JSValueRef target = JSObjectGetPropertyAtIndex(ctx, arr, 1, NULL);
  JSValueRef handler = JSObjectGetPropertyAtIndex(ctx, arr, 2, NULL);
  JSValueRef fproxy = JSObjectGetPropertyAtIndex(ctx, arr, 3, NULL);
  proxy_type = cell_type(proxy);
  proxy_layout = cell_type(fproxy) == proxy_type && cell_type(target) != proxy_type &&
                 field(proxy, FIELD0_OFFSET) == (uint64_t)(uintptr_t)target &&
                 field(proxy, FIELD1_OFFSET) == (uint64_t)(uintptr_t)handler;
}

static bool promise_layout_known(JSContextRef ctx) {
  if (promise_layout < 0) probe_promise_layout(ctx);
  return promise_layout == 1;
}

static bool is_promise(JSContextRef ctx, JSValueRef v) {
  return JSValueIsObject(ctx, v) && promise_layout_known(ctx) && cell_type(v) == promise_type;
}

static bool is_proxy(JSContextRef ctx, JSValueRef v) {
  if (!JSValueIsObject(ctx, v)) return false;
  if (proxy_layout < 0) probe_proxy_layout(ctx);
  return proxy_layout == 1 && cell_type(v) == proxy_type;
}

static JSValueRef get_promise_state_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  if (argc < 1 || !is_promise(ctx, argv[0])) return JSValueMakeUndefined(ctx);
  int status = promise_status(argv[0]);
  if (status < 0) return JSValueMakeUndefined(ctx);
  JSValueRef pair[2] = {JSValueMakeNumber(ctx, status), JSValueMakeUndefined(ctx)};
  if (status != 0) pair[1] = (JSValueRef)(uintptr_t)field(argv[0], FIELD1_OFFSET);
  return lode_js_array(ctx, 2, pair);
}

static JSValueRef get_proxy_details_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  if (argc < 1 || !is_proxy(ctx, argv[0])) return JSValueMakeUndefined(ctx);
  /* A revoked proxy has null fields. */
  JSValueRef pair[2] = {(JSValueRef)(uintptr_t)field(argv[0], FIELD0_OFFSET),
                        (JSValueRef)(uintptr_t)field(argv[0], FIELD1_OFFSET)};
  for (int i = 0; i < 2; i++)
    if (pair[i] == NULL) pair[i] = JSValueMakeNull(ctx);
  return lode_js_array(ctx, 2, pair);
}

/* isPromise(value) → a boolean, or undefined when the engine's promise layout is unknown
 * (lib/ then tells by the value's tag). */
static JSValueRef is_promise_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  if (argc < 1 || !JSValueIsObject(ctx, argv[0])) return JSValueMakeBoolean(ctx, false);
  if (!promise_layout_known(ctx)) return JSValueMakeUndefined(ctx);
  return JSValueMakeBoolean(ctx, cell_type(argv[0]) == promise_type);
}

static JSValueRef is_proxy_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  return JSValueMakeBoolean(ctx, argc > 0 && is_proxy(ctx, argv[0]));
}

/* keepAlive() / release(): a pending WebAssembly compilation holds the loop (glib_loop.c). */
static JSValueRef keep_alive_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  lode_glib_ref();
  return NULL;
}

static JSValueRef release_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  lode_glib_unref();
  return NULL;
}

JSObjectRef lode_binding_util(lode_runtime_t *rt) {
  JSContextRef ctx = rt->ctx;
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  lode_js_set_function(ctx, b, "getPromiseState", get_promise_state_cb);
  lode_js_set_function(ctx, b, "getProxyDetails", get_proxy_details_cb);
  lode_js_set_function(ctx, b, "isPromise", is_promise_cb);
  lode_js_set_function(ctx, b, "keepAlive", keep_alive_cb);
  lode_js_set_function(ctx, b, "release", release_cb);
  lode_js_set_function(ctx, b, "isProxy", is_proxy_cb);
  return b;
}
