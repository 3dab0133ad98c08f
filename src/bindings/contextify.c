/* Compiling user code: the CommonJS wrapper and plain scripts. */
#include <stdlib.h>
#include <string.h>

#include "index.h"

/* Appends the characters of a JS string to buf at *n. */
static void append_string(JSChar *buf, size_t *n, JSStringRef s) {
  size_t len = JSStringGetLength(s);
  memcpy(buf + *n, JSStringGetCharactersPtr(s), len * sizeof(JSChar));
  *n += len;
}

static void append_ascii(JSChar *buf, size_t *n, const char *s) {
  while (*s) buf[(*n)++] = (JSChar)(unsigned char)*s++;
}

/* Replaces a leading "#!" with "//" so a hashbang line survives being wrapped. */
static void neutralize_hashbang(JSChar *src, size_t len) {
  if (len >= 2 && src[0] == '#' && src[1] == '!') src[0] = src[1] = '/';
}

/* compileFunction(source, filename, params) compiles `(function (params) {source\n})` as one
 * script whose first line is the source's first line, so reported lines are exact. */
static JSValueRef compile_function_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  if (argc < 2 || !JSValueIsString(ctx, argv[0]) || !JSValueIsString(ctx, argv[1]))
    return lode_js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE",
                         "compileFunction(source, filename, params) expects strings");
  JSStringRef source = JSValueToStringCopy(ctx, argv[0], NULL);
  JSStringRef filename = JSValueToStringCopy(ctx, argv[1], NULL);
  size_t nparams = 0;
  JSStringRef params[16];
  if (argc > 2 && JSValueIsArray(ctx, argv[2])) {
    JSObjectRef arr = (JSObjectRef)argv[2];
    size_t count = (size_t)JSValueToNumber(ctx, lode_js_get(ctx, arr, "length"), NULL);
    for (size_t i = 0; i < count && nparams < 16; i++) {
      JSValueRef p = JSObjectGetPropertyAtIndex(ctx, arr, (unsigned)i, NULL);
      params[nparams++] = JSValueToStringCopy(ctx, p, NULL);
    }
  }
  size_t cap = 64 + JSStringGetLength(source);
  for (size_t i = 0; i < nparams; i++) cap += JSStringGetLength(params[i]) + 2;
  JSChar *buf = malloc(cap * sizeof(JSChar));
  CHECK(buf != NULL);
  size_t n = 0;
  append_ascii(buf, &n, "(function (");
  for (size_t i = 0; i < nparams; i++) {
    if (i > 0) append_ascii(buf, &n, ", ");
    append_string(buf, &n, params[i]);
    JSStringRelease(params[i]);
  }
  append_ascii(buf, &n, ") {");
  size_t body = n;
  append_string(buf, &n, source);
  neutralize_hashbang(buf + body, n - body);
  append_ascii(buf, &n, "\n})");
  JSStringRef script = JSStringCreateWithCharacters(buf, n);
  free(buf);
  JSValueRef result = JSEvaluateScript(ctx, script, NULL, filename, 1, exc);
  JSStringRelease(script);
  JSStringRelease(source);
  JSStringRelease(filename);
  return result;
}

/* runInThisContext(source, filename) evaluates a script in the global scope. */
static JSValueRef run_in_this_context_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  if (argc < 1 || !JSValueIsString(ctx, argv[0]))
    return lode_js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE",
                         "The \"code\" argument must be of type string");
  JSStringRef source = JSValueToStringCopy(ctx, argv[0], NULL);
  JSStringRef filename = NULL;
  if (argc > 1 && JSValueIsString(ctx, argv[1])) filename = JSValueToStringCopy(ctx, argv[1], NULL);
  JSValueRef r = JSEvaluateScript(ctx, source, NULL, filename, 1, exc);
  JSStringRelease(source);
  if (filename) JSStringRelease(filename);
  return r;
}

/* checkSyntax(source, filename) returns undefined or throws the SyntaxError. */
static JSValueRef check_syntax_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  if (argc < 1 || !JSValueIsString(ctx, argv[0])) return JSValueMakeUndefined(ctx);
  JSStringRef source = JSValueToStringCopy(ctx, argv[0], NULL);
  JSStringRef filename = NULL;
  if (argc > 1 && JSValueIsString(ctx, argv[1])) filename = JSValueToStringCopy(ctx, argv[1], NULL);
  JSCheckScriptSyntax(ctx, source, filename, 1, exc);
  JSStringRelease(source);
  if (filename) JSStringRelease(filename);
  return JSValueMakeUndefined(ctx);
}

JSObjectRef lode_binding_contextify(lode_runtime_t *rt) {
  JSObjectRef b = JSObjectMake(rt->ctx, NULL, NULL);
  lode_js_set_function(rt->ctx, b, "compileFunction", compile_function_cb);
  lode_js_set_function(rt->ctx, b, "runInThisContext", run_in_this_context_cb);
  lode_js_set_function(rt->ctx, b, "checkSyntax", check_syntax_cb);
  return b;
}
