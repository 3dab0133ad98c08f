/* The built-in modules of lib/, embedded by tools/js2c and run on first require. */
#include <stdlib.h>
#include <string.h>

#include "index.h"

/* Not in the public headers (JSStringRefPrivate.h): a string over characters that stay
 * valid and unchanged for the string's life, here the embedded sources. */
JSStringRef JSStringCreateWithCharactersNoCopy(const JSChar *chars, size_t numChars);

static const lode_native_t *find_native(const char *id) {
  size_t lo = 0, hi = lode_natives_count;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    int c = strcmp(id, lode_natives[mid].id);
    if (c == 0) return &lode_natives[mid];
    if (c < 0)
      hi = mid;
    else
      lo = mid + 1;
  }
  return NULL;
}

bool lode_natives_run(lode_runtime_t *rt, const char *id, JSObjectRef module_vars,
                      JSValueRef *exc) {
  const lode_native_t *native = find_native(id);
  if (native == NULL) {
    lode_js_throw(rt->ctx, exc, "Error", "ERR_UNKNOWN_BUILTIN_MODULE",
                  "No such built-in module: %s", id);
    return false;
  }
  /* The source is embedded already wrapped in the block that gives it its module variables
   * (tools/js2c's block_prefix_start). The engine keeps a copy of it (8-bit for an ASCII
   * module, whose string the C API makes 8-bit); UTF-16 units are read in place until then. */
  JSStringRef src = native->wide ? JSStringCreateWithCharactersNoCopy(native->source,
                                                                      native->length)
                                 : lode_js_string_static_ascii(native->source, native->length);
  char url[256];
  snprintf(url, sizeof url, "node:%s", id);
  JSStringRef url_str = JSStringCreateWithUTF8CString(url);
  LODE_PROFILE_MARK("B", id);
  JSValueRef result = JSEvaluateScript(rt->ctx, src, module_vars, url_str, 1, exc);
  LODE_PROFILE_MARK("E", id);
  JSStringRelease(src);
  JSStringRelease(url_str);
  return result != NULL;
}

/* runBuiltin(id, moduleVars) runs built-in module id with the module variables of
 * moduleVars ({exports, require, module, process, internalBinding}). lib/internal/stack
 * hides its frame, which V8 has no counterpart of. */
static JSValueRef run_builtin_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  char *id;
  if (!lode_js_arg_string(ctx, argc, argv, 0, "id", &id, exc)) return NULL;
  if (argc < 2 || !JSValueIsObject(ctx, argv[1])) {
    free(id);
    return lode_js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE",
                         "The \"moduleVars\" argument must be of type object");
  }
  bool ok = lode_natives_run(lode_runtime(), id, (JSObjectRef)argv[1], exc);
  free(id);
  return ok ? JSValueMakeUndefined(ctx) : NULL;
}

/* has(id) → whether id names a built-in module. */
static JSValueRef has_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  char *id;
  if (!lode_js_arg_string(ctx, argc, argv, 0, "id", &id, exc)) return NULL;
  bool found = find_native(id) != NULL;
  free(id);
  return JSValueMakeBoolean(ctx, found);
}

/* ids() → a new array of every built-in module id, sorted. Asked for only when the CommonJS
 * loader first lists the public ones, so start-up creates none of these strings. */
static JSValueRef ids_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  /* Filled in place: a value held only in malloc'd memory is invisible to the garbage
   * collector, which may free it while the next one is made. */
  JSObjectRef array = lode_js_array(ctx, 0, NULL);
  for (size_t i = 0; i < lode_natives_count; i++)
    JSObjectSetPropertyAtIndex(ctx, array, (unsigned)i,
                               lode_js_value_from_cstr(ctx, lode_natives[i].id), NULL);
  return array;
}

#ifdef LODE_PROFILE_NATIVES
static JSValueRef mark_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  char *label;
  if (!lode_js_arg_string(ctx, argc, argv, 0, "label", &label, exc)) return NULL;
  CALLGRIND_DUMP_STATS_AT(label);
  free(label);
  return JSValueMakeUndefined(ctx);
}
#endif

JSObjectRef lode_binding_natives(lode_runtime_t *rt) {
  JSContextRef ctx = rt->ctx;
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  lode_js_set_function(ctx, b, "runBuiltin", run_builtin_cb);
  lode_js_set_function(ctx, b, "has", has_cb);
  lode_js_set_function(ctx, b, "ids", ids_cb);
#ifdef LODE_PROFILE_NATIVES
  lode_js_set_function(ctx, b, "mark", mark_cb);
#endif
  return b;
}
