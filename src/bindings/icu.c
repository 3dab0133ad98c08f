/* internalBinding('icu'): ICU's converters, for TextDecoder's legacy encodings (gbk, big5,
 * shift_jis, euc-kr, iso-8859-2, windows-1251...). A converter object holds one UConverter
 * and its state between decode() calls of a stream; lib/internal/encoding.js names the
 * encoding (the WHATWG name, which ICU knows as an alias) and owns all policy and errors.
 *
 * The finalizer may run on any thread: it only closes the converter, which no call can be
 * using then (a call holds the object alive). */
#include <stdlib.h>
#include <string.h>
#include <unicode/ucnv.h>

#include "index.h"

typedef struct {
  UConverter *conv;
  bool fatal;
  bool gb18030; /* byte 0x80 alone is U+20AC in the Encoding Standard, invalid to ICU */
} converter_t;

static JSClassRef converter_class;

static void converter_finalize(JSObjectRef obj) {
  converter_t *c = JSObjectGetPrivate(obj);
  if (c == NULL) return;
  ucnv_close(c->conv);
  free(c);
}

/* The converter's callback for bytes it cannot decode (invalid, or unassigned in its table):
 * each becomes one U+FFFD (ICU's own substitute is U+001A for some tables), or the
 * conversion stops there when the converter is fatal. */
static void on_undecodable(const void *context, UConverterToUnicodeArgs *args,
                           const char *units, int32_t length, UConverterCallbackReason reason,
                           UErrorCode *err) {
  const converter_t *c = context;
  if (reason > UCNV_IRREGULAR) return; /* reset, close, clone: nothing to write */
  UChar replacement = 0xfffd;
  if (c->gb18030 && length == 1 && (uint8_t)units[0] == 0x80) {
    replacement = 0x20ac;
  } else if (c->fatal) {
    return; /* *err stays a failure: ucnv_toUnicode stops */
  }
  *err = U_ZERO_ERROR;
  ucnv_cbToUWriteUChars(args, &replacement, 1, 0, err);
}

/* The converter that name (a NUL-free ASCII string) names, or NULL when ICU has none. */
static converter_t *open_converter(JSContextRef ctx, JSValueRef name, bool fatal) {
  if (!JSValueIsString(ctx, name)) return NULL;
  size_t len;
  char *cname = lode_js_value_to_utf8(ctx, name, &len, NULL);
  if (cname == NULL) return NULL;
  converter_t *c = NULL;
  if (len > 0 && len < 64 && strlen(cname) == len && (c = malloc(sizeof *c)) != NULL) {
    UErrorCode status = U_ZERO_ERROR;
    c->conv = ucnv_open(cname, &status);
    c->fatal = fatal;
    c->gb18030 = strcmp(cname, "gb18030") == 0;
    if (U_SUCCESS(status)) {
      ucnv_setToUCallBack(c->conv, on_undecodable, c, NULL, NULL, &status);
      if (U_FAILURE(status)) ucnv_close(c->conv);
    }
    if (U_FAILURE(status)) {
      free(c);
      c = NULL;
    }
  }
  free(cname);
  return c;
}

/* getConverter(name, fatal) → a converter object, or undefined when ICU has none. */
static JSValueRef get_converter_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  if (argc < 1) return JSValueMakeUndefined(ctx);
  bool fatal = argc > 1 && JSValueToBoolean(ctx, argv[1]);
  converter_t *c = open_converter(ctx, argv[0], fatal);
  if (c == NULL) return JSValueMakeUndefined(ctx);
  return JSObjectMake(ctx, converter_class, c);
}

/* decode(converter, bytes, flush) → the text of bytes (after what earlier calls left
 * incomplete), or -1 when a fatal converter met invalid input (its state is then reset).
 * flush ends the stream: an incomplete sequence at the end is invalid input, and the state
 * is reset. Anything but a converter and a typed array or ArrayBuffer decodes nothing. */
static JSValueRef decode_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  if (argc < 2 || !JSValueIsObjectOfClass(ctx, argv[0], converter_class)) {
    return lode_js_value_from_latin1(ctx, NULL, 0);
  }
  converter_t *c = JSObjectGetPrivate((JSObjectRef)argv[0]);
  uint8_t *data = NULL;
  size_t len = 0;
  if (c == NULL || !lode_js_bytes_now(ctx, argv[1], true, &data, &len)) {
    return lode_js_value_from_latin1(ctx, NULL, 0);
  }
  bool flush = argc > 2 && JSValueToBoolean(ctx, argv[2]);
  if (len > (size_t)INT32_MAX / 4) {
    return lode_js_throw(ctx, exc, "RangeError", "ERR_STRING_TOO_LONG",
                         "Cannot create a string longer than 0x1fffffe8 characters");
  }
  /* Most encodings give at most one unit a byte; a few (and a state flushed at the end) more:
   * the buffer grows when ICU says it overflowed. */
  size_t cap = len + 16;
  UChar *out = malloc(cap * sizeof *out);
  if (out == NULL) return lode_js_throw(ctx, exc, "RangeError", "ERR_MEMORY_ALLOCATION_FAILED",
                                        "Failed to allocate memory");
  const char *src = (const char *)data;
  const char *src_end = src + len;
  UChar *target = out;
  UErrorCode status;
  for (;;) {
    status = U_ZERO_ERROR;
    ucnv_toUnicode(c->conv, &target, out + cap, &src, src_end, NULL, flush, &status);
    if (status != U_BUFFER_OVERFLOW_ERROR) break;
    size_t used = (size_t)(target - out);
    size_t bigger = cap * 2;
    UChar *grown = realloc(out, bigger * sizeof *out);
    if (grown == NULL) {
      free(out);
      ucnv_resetToUnicode(c->conv);
      return lode_js_throw(ctx, exc, "RangeError", "ERR_MEMORY_ALLOCATION_FAILED",
                           "Failed to allocate memory");
    }
    out = grown;
    cap = bigger;
    target = out + used;
  }
  if (U_FAILURE(status)) {
    free(out);
    ucnv_resetToUnicode(c->conv);
    return JSValueMakeNumber(ctx, -1);
  }
  if (flush) ucnv_resetToUnicode(c->conv);
  JSValueRef text = lode_js_value_from_utf16(ctx, (const JSChar *)out, (size_t)(target - out));
  free(out);
  return text;
}

/* decodeSingleByte(bytes, table, fatal) → the text of bytes in a single-byte encoding: a
 * byte below 0x80 is itself, one above is table's unit at byte - 0x80 (table: 128 units);
 * -1 when fatal and some byte maps to U+FFFD (no character). Anything else decodes nothing. */
static JSValueRef decode_single_byte_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  uint8_t *data = NULL;
  size_t len = 0;
  lode_js_chars_t table;
  if (argc < 2 || !lode_js_bytes_now(ctx, argv[0], true, &data, &len) ||
      !JSValueIsString(ctx, argv[1]) || !lode_js_chars(ctx, argv[1], &table, exc)) {
    return lode_js_value_from_latin1(ctx, NULL, 0);
  }
  bool fatal = argc > 2 && JSValueToBoolean(ctx, argv[2]);
  JSChar high[128];
  const JSChar *units = table.length == 128 ? lode_js_chars_utf16(&table) : NULL;
  for (size_t i = 0; i < 128; i++) high[i] = units != NULL ? units[i] : 0xfffd;
  lode_js_chars_release(&table);
  if (len > LODE_JS_STRING_MAX) {
    return lode_js_throw(ctx, exc, "RangeError", "ERR_STRING_TOO_LONG",
                         "Cannot create a string longer than 0x1fffffe8 characters");
  }
  lode_js_str_t str;
  JSChar *out = lode_js_str16_begin(&str, len);
  if (out == NULL) return lode_js_throw(ctx, exc, "RangeError", "ERR_MEMORY_ALLOCATION_FAILED",
                                        "Failed to allocate memory");
  bool invalid = false;
  for (size_t i = 0; i < len; i++) {
    uint8_t b = data[i];
    JSChar c = b < 0x80 ? b : high[b - 0x80];
    invalid |= c == 0xfffd;
    out[i] = c;
  }
  if (fatal && invalid) {
    lode_js_str_abandon(&str);
    return JSValueMakeNumber(ctx, -1);
  }
  return lode_js_str_finish(ctx, &str);
}

JSObjectRef lode_binding_icu(lode_runtime_t *rt) {
  JSContextRef ctx = rt->ctx;
  if (converter_class == NULL) {
    JSClassDefinition def = kJSClassDefinitionEmpty;
    def.className = "Converter";
    def.finalize = converter_finalize;
    converter_class = JSClassCreate(&def);
  }
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  lode_js_set_function(ctx, b, "getConverter", get_converter_cb);
  lode_js_set_function(ctx, b, "decode", decode_cb);
  lode_js_set_function(ctx, b, "decodeSingleByte", decode_single_byte_cb);
  return b;
}
