/* libuv error names and messages, for building Node's system errors in lib/. */
#include <stdio.h>
#include <stdlib.h>

#include "index.h"

#define ERRNO_ENTRY(name, msg) {UV_##name, #name, msg},
static const struct {
  int code;
  const char *name;
  const char *message;
} uv_errors[] = {UV_ERRNO_MAP(ERRNO_ENTRY)};
#undef ERRNO_ENTRY

static JSValueRef errname_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  int64_t code;
  if (!lode_js_arg_int(ctx, argc, argv, 0, "err", &code, exc)) return NULL;
  for (size_t i = 0; i < sizeof uv_errors / sizeof uv_errors[0]; i++)
    if (uv_errors[i].code == code) return lode_js_value_from_cstr(ctx, uv_errors[i].name);
  char buf[32];
  snprintf(buf, sizeof buf, "Unknown system error %lld", (long long)code);
  return lode_js_value_from_cstr(ctx, buf);
}

/* getErrorMap() → Map { code → [name, message] }. */
static JSValueRef get_error_map_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  size_t n = sizeof uv_errors / sizeof uv_errors[0];
  /* Each entry goes into the array as soon as it exists: a value held only in malloc'd memory
   * is invisible to the garbage collector, which may free it while the next one is made. */
  JSObjectRef arr = lode_js_array(ctx, 0, NULL);
  for (size_t i = 0; i < n; i++) {
    JSValueRef pair[2] = {lode_js_value_from_cstr(ctx, uv_errors[i].name),
                          lode_js_value_from_cstr(ctx, uv_errors[i].message)};
    JSValueRef entry[2] = {JSValueMakeNumber(ctx, uv_errors[i].code), lode_js_array(ctx, 2, pair)};
    JSObjectSetPropertyAtIndex(ctx, arr, (unsigned)i, lode_js_array(ctx, 2, entry), NULL);
  }
  JSValueRef map_ctor = lode_js_get(ctx, JSContextGetGlobalObject(ctx), "Map");
  JSValueRef arg = arr;
  return JSObjectCallAsConstructor(ctx, (JSObjectRef)map_ctor, 1, &arg, exc);
}

JSObjectRef lode_binding_uv(lode_runtime_t *rt) {
  JSContextRef ctx = rt->ctx;
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  lode_js_set_function(ctx, b, "errname", errname_cb);
  lode_js_set_function(ctx, b, "getErrorMap", get_error_map_cb);
  for (size_t i = 0; i < sizeof uv_errors / sizeof uv_errors[0]; i++) {
    char name[64];
    snprintf(name, sizeof name, "UV_%s", uv_errors[i].name);
    lode_js_set_number(ctx, b, name, uv_errors[i].code);
  }
  return b;
}
