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

/* Replaces a leading "#!" with "//" so a hashbang line survives being wrapped. */
static void neutralize_hashbang(JSChar *src, size_t len) {
  if (len >= 2 && src[0] == '#' && src[1] == '!') src[0] = src[1] = '/';
}

enum { MAX_PARAMS = 16 };

/* The head `(function (a, b) {` of the parameter list last compiled, with the parameter
 * values it was built from (protected, so that equal pointers mean the same strings). The
 * CommonJS loader passes the same list for every module, and reading it as strings through
 * the C API each time cost a third of what compiling a small module's wrapper does. One
 * cache per thread, as each thread has its own runtime. */
static _Thread_local struct {
  size_t count;
  JSValueRef values[MAX_PARAMS];
  JSChar *head;
  size_t head_len;
} last_head;

static _Thread_local JSStringRef length_name;

/* Returns the wrapper head for the parameter array params (at most MAX_PARAMS are read; no
 * array means none), owned by last_head until the next call. */
static const JSChar *wrapper_head(JSContextRef ctx, JSValueRef params, size_t *len) {
  JSValueRef values[MAX_PARAMS];
  size_t count = 0;
  if (params != NULL && JSValueIsArray(ctx, params)) {
    if (length_name == NULL) length_name = JSStringCreateWithUTF8CString("length");
    JSObjectRef array = (JSObjectRef)params;
    double length = JSValueToNumber(ctx, JSObjectGetProperty(ctx, array, length_name, NULL), NULL);
    while (count < MAX_PARAMS && count < length) {
      values[count] = JSObjectGetPropertyAtIndex(ctx, array, (unsigned)count, NULL);
      count++;
    }
  }
  if (last_head.head != NULL && count == last_head.count &&
      memcmp(values, last_head.values, count * sizeof values[0]) == 0) {
    *len = last_head.head_len;
    return last_head.head;
  }
  JSStringRef names[MAX_PARAMS];
  size_t cap = 16;
  for (size_t i = 0; i < count; i++) {
    names[i] = JSValueToStringCopy(ctx, values[i], NULL);
    cap += JSStringGetLength(names[i]) + 2;
  }
  JSChar *head = malloc(cap * sizeof(JSChar));
  CHECK(head != NULL);
  size_t n = 0;
  n += lode_js_copy_ascii(head + n, "(function (");
  for (size_t i = 0; i < count; i++) {
    if (i > 0) n += lode_js_copy_ascii(head + n, ", ");
    append_string(head, &n, names[i]);
    JSStringRelease(names[i]);
  }
  n += lode_js_copy_ascii(head + n, ") {");
  for (size_t i = 0; i < last_head.count; i++)
    JSValueUnprotect(ctx, last_head.values[i]);
  for (size_t i = 0; i < count; i++)
    JSValueProtect(ctx, values[i]);
  memcpy(last_head.values, values, count * sizeof values[0]);
  last_head.count = count;
  free(last_head.head);
  last_head.head = head;
  last_head.head_len = n;
  *len = n;
  return head;
}

void lode_contextify_teardown(lode_runtime_t *rt) {
  for (size_t i = 0; i < last_head.count; i++)
    JSValueUnprotect(rt->ctx, last_head.values[i]);
  free(last_head.head);
  memset(&last_head, 0, sizeof last_head);
  if (length_name != NULL) JSStringRelease(length_name);
  length_name = NULL;
}

static const char commonjs_head[] =
    "(function (exports, require, module, __filename, __dirname) {";

/* Returns the head for CommonJS's own parameters, converted to UTF-16 once. Passing no
 * parameter array spares the loader's every module the ~5k instructions of reading one
 * through the C API (wrapper_head's check that it is the same list as last time). */
static const JSChar *commonjs_wrapper_head(size_t *len) {
  static _Thread_local JSChar head[sizeof commonjs_head];
  static _Thread_local size_t head_len;
  if (head_len == 0) head_len = lode_js_copy_ascii(head, commonjs_head);
  *len = head_len;
  return head;
}

/* compileFunction(source, filename, params) compiles `(function (params) {source\n})` as one
 * script whose first line is the source's first line, so reported lines are exact. Without
 * params (undefined or left out), the parameters are CommonJS's: exports, require, module,
 * __filename and __dirname. */
static JSValueRef compile_function_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  if (argc < 2 || !JSValueIsString(ctx, argv[0]) || !JSValueIsString(ctx, argv[1]))
    return lode_js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE",
                         "compileFunction(source, filename, params) expects strings");
  size_t head_len;
  const JSChar *head = argc > 2 && !JSValueIsUndefined(ctx, argv[2]) ?
                           wrapper_head(ctx, argv[2], &head_len) :
                           commonjs_wrapper_head(&head_len);
  JSStringRef source = JSValueToStringCopy(ctx, argv[0], NULL);
  JSStringRef filename = JSValueToStringCopy(ctx, argv[1], NULL);
  size_t cap = head_len + JSStringGetLength(source) + 3;
  JSChar *buf = malloc(cap * sizeof(JSChar));
  CHECK(buf != NULL);
  memcpy(buf, head, head_len * sizeof(JSChar));
  size_t n = head_len;
  append_string(buf, &n, source);
  neutralize_hashbang(buf + head_len, n - head_len);
  n += lode_js_copy_ascii(buf + n, "\n})");
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
