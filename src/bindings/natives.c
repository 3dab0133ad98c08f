/* The built-in modules of lib/, embedded by tools/js2c and compiled on first require. */
#include <stdlib.h>
#include <string.h>

#include "index.h"

static const char wrapper_prefix[] =
    "(function (exports, require, module, process, internalBinding) {";
static const char wrapper_suffix[] = "\n})";

static const lode_native_t *find_native(const char *id) {
  size_t lo = 0, hi = lode_natives_count;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    int c = strcmp(id, lode_natives[mid].id);
    if (c == 0) return &lode_natives[mid];
    if (c < 0) hi = mid;
    else lo = mid + 1;
  }
  return NULL;
}

static size_t put_ascii(JSChar *out, const char *s) {
  size_t n = 0;
  while (s[n]) {
    out[n] = (JSChar)(unsigned char)s[n];
    n++;
  }
  return n;
}

JSObjectRef lode_natives_compile(lode_runtime_t *rt, const char *id, JSValueRef *exc) {
  const lode_native_t *native = find_native(id);
  if (native == NULL) {
    lode_js_throw(rt->ctx, exc, "Error", "ERR_UNKNOWN_BUILTIN_MODULE", "No such built-in module: %s",
                  id);
    return NULL;
  }
  size_t cap = sizeof wrapper_prefix + native->length + sizeof wrapper_suffix;
  JSChar *buf = malloc(cap * sizeof(JSChar));
  CHECK(buf != NULL);
  size_t n = put_ascii(buf, wrapper_prefix);
  memcpy(buf + n, native->source, native->length * sizeof(JSChar));
  n += native->length;
  n += put_ascii(buf + n, wrapper_suffix);
  JSStringRef src = JSStringCreateWithCharacters(buf, n);
  free(buf);
  char url[256];
  snprintf(url, sizeof url, "node:%s", id);
  JSStringRef url_str = JSStringCreateWithUTF8CString(url);
  JSValueRef fn = JSEvaluateScript(rt->ctx, src, NULL, url_str, 1, exc);
  JSStringRelease(src);
  JSStringRelease(url_str);
  if (fn == NULL) return NULL;
  CHECK(JSValueIsObject(rt->ctx, fn));
  return (JSObjectRef)fn;
}

static JSValueRef compile_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  char *id;
  if (!lode_js_arg_string(ctx, argc, argv, 0, "id", &id, exc)) return NULL;
  JSObjectRef f = lode_natives_compile(lode_runtime(), id, exc);
  free(id);
  return f;
}

JSObjectRef lode_binding_natives(lode_runtime_t *rt) {
  JSContextRef ctx = rt->ctx;
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  lode_js_set_function(ctx, b, "compile", compile_cb);
  JSValueRef *ids = malloc(lode_natives_count * sizeof(JSValueRef));
  CHECK(ids != NULL);
  for (size_t i = 0; i < lode_natives_count; i++)
    ids[i] = lode_js_value_from_cstr(ctx, lode_natives[i].id);
  lode_js_set(ctx, b, "ids", lode_js_array(ctx, lode_natives_count, ids));
  free(ids);
  return b;
}
