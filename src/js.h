/* Small helpers over the JavaScriptCore C API: strings, properties, errors. */
#ifndef LODE_JS_H
#define LODE_JS_H

#include <JavaScriptCore/JavaScript.h>
#include <math.h>
#include <string.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Exported by libjavascriptcoregtk but not declared in its public headers. */
void JSLock(JSContextRef ctx);
void JSUnlock(JSContextRef ctx);
void JSConfigureSignalForGC(int signal);

/* The address of one of the engine's exported C++ functions (by its mangled name), or NULL
 * when this library has none of that name: every caller keeps a C API fallback. */
void *lode_engine_symbol(const char *name);
/* With true (JavaScriptCore's default) every exception that reaches a C API caller is reported
 * with a symbolized native backtrace (dladdr over each frame, ~0.5M instructions); nothing in
 * Lode reads it. Set false on every global context. */
void JSGlobalContextSetIncludesNativeCallStackWhenReportingExceptions(JSGlobalContextRef ctx,
                                                                      bool include);
void JSGlobalContextSetUnhandledRejectionCallback(JSGlobalContextRef ctx, JSObjectRef function,
                                                  JSValueRef *exception);

#define CHECK(cond)                                                                                \
  do {                                                                                             \
    if (!(cond)) lode_js_check_failed(__FILE__, __LINE__, #cond);                                  \
  } while (0)

_Noreturn void lode_js_check_failed(const char *file, int line, const char *expr);

/* The parameters of every native function (a JSObjectCallAsFunctionCallback), and a statement
 * that marks them used, since most functions need only some of them. */
#define LODE_CB_PARAMS                                                                             \
  JSContextRef ctx, JSObjectRef fn, JSObjectRef this_obj, size_t argc, const JSValueRef argv[],    \
      JSValueRef *exc
#define LODE_CB_UNUSED ((void)ctx, (void)fn, (void)this_obj, (void)argc, (void)argv, (void)exc)

/* A native function the engine calls with its lock held (see js.c: no DropAllLocks around
 * it), for hot bindings that never run JS through lode_make_callback: `cb_host` is the
 * engine-side entry of callback cb, and LODE_SET_HOST(ctx, obj, name, cb) sets obj[name] to it,
 * or to cb as an ordinary C API function where the engine does not match (checked once).
 * LODE_LOCKED_CB defines `name_host` itself; LODE_HOST_FN(cb) defines it for another cb. */
typedef int64_t (*lode_host_fn)(void *global, void **frame);
int64_t lode_host_call(void *global, void **frame, JSObjectCallAsFunctionCallback cb);
#define LODE_HOST_FN(cb)                                                                           \
  static int64_t cb##_host(void *global, void **frame) { return lode_host_call(global, frame, cb); }
void lode_js_set_host_function(JSContextRef ctx, JSObjectRef obj, const char *name,
                               lode_host_fn host, JSObjectCallAsFunctionCallback fn);
#define LODE_SET_HOST(ctx, obj, name, cb) lode_js_set_host_function(ctx, obj, name, cb##_host, cb)

/* Defines native function `name` whose body (written after the macro) runs holding JSLock.
 * JavaScriptCore drops its lock around a native callback and every C API call inside retakes
 * it (a full acquire and release, ~30-40 ns each); under the callback's own lock those takes
 * are recursive (a counter). Its host entry `name_host` (see above) enters the body directly:
 * the engine already holds the lock there. Only for functions that never run JS through the
 * trampoline (lode_make_callback): under an outer lock, microtasks would run after the tick
 * queue was drained. */
#define LODE_LOCKED_CB(name)                                                                       \
  static JSValueRef name##_locked(LODE_CB_PARAMS);                                                 \
  static JSValueRef name(LODE_CB_PARAMS) {                                                         \
    JSLock(ctx);                                                                                   \
    JSValueRef result = name##_locked(ctx, fn, this_obj, argc, argv, exc);                         \
    JSUnlock(ctx);                                                                                 \
    return result;                                                                                 \
  }                                                                                                \
  __attribute__((unused)) static int64_t name##_host(void *global, void **frame) {                 \
    return lode_host_call(global, frame, name##_locked);                                           \
  }                                                                                                \
  static JSValueRef name##_locked(LODE_CB_PARAMS)

/* The bytes of v when it is a typed array of any element type (and, with
 * array_buffers, an ArrayBuffer): sets *data and *len and returns true; returns false when v
 * is none of these. *data is NULL when *len is 0. JSObjectGetTypedArrayBytesPtr returns the
 * start of the whole ArrayBuffer, not of the view, and pins it (it can no longer be
 * transferred or detached): the view's byte offset is added here. */
bool lode_js_bytes(JSContextRef ctx, JSValueRef v, bool array_buffers, uint8_t **data, size_t *len);
/* The same for a binding that uses the bytes only until it returns (a synchronous Buffer
 * operation): a Uint8Array (a Buffer) is read from the engine's object itself, without the C
 * API's four calls and without pinning its ArrayBuffer (see js.c). */
bool lode_js_bytes_now(JSContextRef ctx, JSValueRef v, bool array_buffers, uint8_t **data,
                       size_t *len);

/* Decodes len bytes of UTF-8 into UTF-16 the WHATWG way: each maximal invalid subpart becomes
 * one U+FFFD. out must hold len units (UTF-16 never needs more units than UTF-8 has bytes).
 * Returns the number of units written. */
size_t lode_utf8_to_utf16(const uint8_t *s, size_t len, JSChar *out);

/* Decodes UTF-8 (invalid sequences become U+FFFD) into a new JSString. The caller owns the
 * returned string and releases it with JSStringRelease. */
JSStringRef lode_js_string_from_utf8(const char *s, size_t len);

/* Like lode_js_string_from_utf8 for a NUL-terminated C string. */
JSStringRef lode_js_string_from_cstr(const char *s);

/* The longest string the engine can hold (String::MaxLength); lib/ enforces Node's smaller
 * limit (buffer.constants.MAX_STRING_LENGTH) itself. */
#define LODE_JS_STRING_MAX ((size_t)0x7fffffff)

/* A JS string written in place: begin with lode_js_str8_begin (Latin-1 characters) or
 * lode_js_str16_begin (UTF-16 units), fill the n characters it returns, then
 * lode_js_str_finish makes the value (no copy: the string owns that memory), or
 * lode_js_str_abandon frees it. n must be at most LODE_JS_STRING_MAX. Any thread may fill;
 * finish runs on the engine's thread (it takes JSLock). 8-bit strings are half the size of
 * those the C API makes and cost a third of the time to create (see doc/internals.md). */
typedef struct {
  void *impl; /* WTF::StringImpl *, NULL for strings under 2 characters */
  void *heap; /* the characters when the engine's layout check failed (see js.c) */
  size_t n;
  bool wide;
  uint8_t small[2];
  JSChar small16[2];
} lode_js_str_t;
uint8_t *lode_js_str8_begin(lode_js_str_t *s, size_t n);
JSChar *lode_js_str16_begin(lode_js_str_t *s, size_t n);
JSValueRef lode_js_str_finish(JSContextRef ctx, lode_js_str_t *s);
void lode_js_str_abandon(lode_js_str_t *s);
/* Asks for an eden collection once 8 MB of small strings were made through lode_js_str_*
 * since the last one (see js.c). Call it where the caller holds no JS value outside the C
 * stack (values only in malloc'd memory would be collected): first thing in a binding that
 * makes a string of file or buffer data. */
void lode_js_collect_strings_if_due(JSContextRef ctx);

/* Returns a JS string value holding the UTF-8 bytes s[0..len) (invalid sequences become
 * U+FFFD, a BOM is kept): an 8-bit string when every character is below U+0100. NULL
 * (no exception) when len is over LODE_JS_STRING_MAX. */
JSValueRef lode_js_value_from_utf8(JSContextRef ctx, const char *s, size_t len);
/* The length of the ASCII prefix of s[0..len) (32 bytes a step). */
size_t lode_ascii_prefix(const uint8_t *s, size_t len);
/* A JS string of len Latin-1 characters, or of n UTF-16 units. */
JSValueRef lode_js_value_from_latin1(JSContextRef ctx, const uint8_t *s, size_t len);
JSValueRef lode_js_value_from_utf16(JSContextRef ctx, const JSChar *u, size_t n);
JSValueRef lode_js_value_from_cstr(JSContextRef ctx, const char *s);

/* A JSString of the n ASCII characters at s, which stay valid and unchanged for the life of
 * the process and are followed by a NUL: an 8-bit string over them, without a copy where the
 * engine's symbols allow (else the C API's JSStringCreateWithUTF8CString). */
JSStringRef lode_js_string_static_ascii(const char *s, size_t n);

/* Numbers without the C API. A JSValueRef is the JSValue's bits (64-bit JavaScriptCore): an
 * int32 is 0xfffe_0000_xxxx_xxxx, a double its bits plus 2^49 (NaN as the engine's one NaN),
 * and no other value has any of the top 15 bits set. Every C API call takes and releases the
 * engine's lock (~25 ns even when held: an atomic reference to the VM and back); bindings that
 * read several numbers per call read them here. lode_js_number_bits is set once host functions
 * are checked (js.c checks this encoding against the engine's then); until then, or if the
 * check failed, both go through the C API. */
extern bool lode_js_number_bits;
#define LODE_JS_NUMBER_TAG 0xfffe000000000000ull
#define LODE_JS_DOUBLE_OFFSET (1ull << 49)
static inline bool lode_js_is_number_bits(JSValueRef v) {
  return ((uint64_t)(uintptr_t)v & LODE_JS_NUMBER_TAG) != 0;
}
/* ToNumber(v); *exc set (and NaN returned) if v's conversion threw. */
static inline double lode_js_to_number(JSContextRef ctx, JSValueRef v, JSValueRef *exc) {
  uint64_t bits = (uint64_t)(uintptr_t)v;
  if (lode_js_number_bits && lode_js_is_number_bits(v)) {
    if ((bits & LODE_JS_NUMBER_TAG) == LODE_JS_NUMBER_TAG) return (double)(int32_t)(uint32_t)bits;
    bits -= LODE_JS_DOUBLE_OFFSET;
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
  }
  return JSValueToNumber(ctx, v, exc);
}
static inline JSValueRef lode_js_number(JSContextRef ctx, double d) {
  if (!lode_js_number_bits) return JSValueMakeNumber(ctx, d);
  uint64_t bits;
  if (d >= -2147483648.0 && d <= 2147483647.0 && d == (double)(int32_t)d &&
      !(d == 0 && signbit(d))) {
    bits = LODE_JS_NUMBER_TAG | (uint32_t)(int32_t)d;
  } else {
    if (d != d) d = __builtin_nan("");
    memcpy(&bits, &d, sizeof bits);
    bits += LODE_JS_DOUBLE_OFFSET;
  }
  return (JSValueRef)(uintptr_t)bits;
}

/* A string's characters read where the engine keeps them: Latin-1 bytes when the engine holds
 * it as an 8-bit string (most strings are), else UTF-16 units — no widening copy, which the C
 * API's JSStringGetCharactersPtr makes of every 8-bit string. Valid until
 * lode_js_chars_release. */
typedef struct {
  JSStringRef str;
  const uint8_t *latin1; /* the characters if 8-bit, else NULL */
  const JSChar *utf16;   /* the units if not 8-bit (or made by lode_js_chars_utf16) */
  size_t length;
} lode_js_chars_t;
/* ToString(v)'s characters into *c → false with *exc set if ToString threw. */
bool lode_js_chars(JSContextRef ctx, JSValueRef v, lode_js_chars_t *c, JSValueRef *exc);
/* The UTF-16 units of c (widened by the engine the first time if c is 8-bit). */
const JSChar *lode_js_chars_utf16(lode_js_chars_t *c);
void lode_js_chars_release(lode_js_chars_t *c);
/* Whether lode_js_chars reads 8-bit strings in place on this engine. */
bool lode_js_chars_reads_latin1(void);
/* Latin-1 characters s[0..n) as UTF-8 into out[0..cap), never half a character; returns the
 * bytes written and, if read is not NULL, the characters consumed. */
size_t lode_latin1_to_utf8(const uint8_t *s, size_t n, uint8_t *out, size_t cap, size_t *read);
/* UTF-16 units s[0..n) as UTF-8 (a lone surrogate as U+FFFD) into out[0..cap), never half a
 * character; returns the bytes written and, if units is not NULL, the units consumed. */
size_t lode_utf16_to_utf8(const JSChar *s, size_t n, uint8_t *out, size_t cap, size_t *units);
/* The UTF-8 length of n Latin-1 characters. */
size_t lode_latin1_utf8_length(const uint8_t *s, size_t n);

/* Widens the ASCII string s into out (which has room) and returns the number of units. */
size_t lode_js_copy_ascii(JSChar *out, const char *s);

/* Encodes a JSString as UTF-8 (lone surrogates become U+FFFD) into a malloc'd,
 * NUL-terminated buffer the caller frees. *len receives the byte length if len is not NULL. */
char *lode_js_string_to_utf8(JSStringRef str, size_t *len);

/* Converts any value to a string (ToString) and returns it as malloc'd UTF-8, or NULL with
 * *exc set if the conversion threw. */
char *lode_js_value_to_utf8(JSContextRef ctx, JSValueRef value, size_t *len, JSValueRef *exc);

/* Evaluates the script src (ASCII or UTF-8) in the global scope: its value, or NULL if it
 * threw. For probes the bindings run once. */
JSValueRef lode_js_eval(JSContextRef ctx, const char *src);

/* Property helpers; name is ASCII. They ignore exceptions from setters (none are expected on
 * the plain objects they are used on). */
void lode_js_set(JSContextRef ctx, JSObjectRef obj, const char *name, JSValueRef value);
void lode_js_set_hidden(JSContextRef ctx, JSObjectRef obj, const char *name, JSValueRef value);
void lode_js_set_function(JSContextRef ctx, JSObjectRef obj, const char *name,
                          JSObjectCallAsFunctionCallback fn);
void lode_js_set_number(JSContextRef ctx, JSObjectRef obj, const char *name, double value);
void lode_js_set_string(JSContextRef ctx, JSObjectRef obj, const char *name, const char *value);
JSValueRef lode_js_get(JSContextRef ctx, JSObjectRef obj, const char *name);

/* Makes an array from values. The values must be reachable by the garbage collector (on the
 * stack or protected), never only in malloc'd memory: to build an array of new values, make
 * an empty one and set each value as soon as it exists. */
JSObjectRef lode_js_array(JSContextRef ctx, size_t n, const JSValueRef *values);

/* Sets *exc to a new error of the given constructor name ("TypeError", "RangeError",
 * "Error") with a `code` property (if code is not NULL) and a printf-formatted message.
 * Returns undefined so callbacks can `return lode_js_throw(...)`. */
JSValueRef lode_js_throw(JSContextRef ctx, JSValueRef *exc, const char *ctor, const char *code,
                         const char *fmt, ...) __attribute__((format(printf, 5, 6)));

/* Sets *exc to a Node system error for libuv error err: message
 * "CODE: description, syscall 'path'", with errno, code, syscall and path. */
JSValueRef lode_js_throw_uv(JSContextRef ctx, JSValueRef *exc, int err, const char *syscall,
                            const char *path);

/* Argument checks for binding functions: on a wrong type they set *exc to Node's
 * ERR_INVALID_ARG_TYPE and return false. */
bool lode_js_arg_string(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i,
                        const char *name, char **out, JSValueRef *exc);
bool lode_js_arg_int(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i,
                     const char *name, int64_t *out, JSValueRef *exc);

#endif
