#include "js.h"

#include <dlfcn.h>
#include <math.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uv.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

_Noreturn void lode_js_check_failed(const char *file, int line, const char *expr) {
  fprintf(stderr, "lode: %s:%d: CHECK(%s) failed\n", file, line, expr);
  fflush(stderr);
  abort();
}

bool lode_js_bytes(JSContextRef ctx, JSValueRef v, bool array_buffers, uint8_t **data,
                   size_t *len) {
  JSTypedArrayType t = JSValueGetTypedArrayType(ctx, v, NULL);
  if (t == kJSTypedArrayTypeNone || (t == kJSTypedArrayTypeArrayBuffer && !array_buffers))
    return false;
  JSObjectRef obj = (JSObjectRef)v;
  uint8_t *base;
  if (t == kJSTypedArrayTypeArrayBuffer) {
    *len = JSObjectGetArrayBufferByteLength(ctx, obj, NULL);
    base = *len ? JSObjectGetArrayBufferBytesPtr(ctx, obj, NULL) : NULL;
  } else {
    *len = JSObjectGetTypedArrayByteLength(ctx, obj, NULL);
    base = *len ? JSObjectGetTypedArrayBytesPtr(ctx, obj, NULL) : NULL;
    if (base != NULL) base += JSObjectGetTypedArrayByteOffset(ctx, obj, NULL);
  }
  if (base == NULL) *len = 0;
  *data = base;
  return true;
}

/* A JSArrayBufferView is a JSObject (cell header, butterfly) followed by its data pointer
 * (already at the view's byte offset), its length in elements, its byte offset and its mode
 * byte, whose three low bits are clear for views of a fixed length (fast 0x10, oversize 0x30,
 * over an ArrayBuffer 0x58; views that track or may outgrow a resizable buffer set them; a
 * detached view has no data and length 0). A cell's type is the byte at +5 of its header; a
 * JSValueRef is a cell when none of the number tag bits or the 0x2 of the other immediates is
 * set. check_u8_layout compares all of it, once, with the C API's answers for Uint8Arrays of
 * each kind and with the types of other values; any difference leaves every view on the C
 * API's path. */
static bool u8_layout_ok;
static uint8_t u8_type;

static bool is_cell(JSValueRef v) {
  return v != NULL && ((uint64_t)(uintptr_t)v & (LODE_JS_NUMBER_TAG | 0x2)) == 0;
}
static uint8_t cell_type(JSValueRef v) {
  return ((const uint8_t *)v)[5];
}
static bool u8_fields(JSValueRef v, uint8_t **data, size_t *len) {
  const uint8_t *cell = (const uint8_t *)v;
  if ((cell[40] & 7) != 0) return false;
  *len = *(const size_t *)(cell + 24);
  *data = *len ? *(uint8_t *const *)(cell + 16) : NULL;
  return true;
}

static void free_check_bytes(void *bytes, void *context) {
  (void)context;
  free(bytes);
}

/* Called by check_host_calls (under the lock, host functions usable). */
static void check_u8_layout(JSContextRef ctx) {
  JSObjectRef fast = JSObjectMakeTypedArray(ctx, kJSTypedArrayTypeUint8Array, 7, NULL);
  uint8_t *bytes = calloc(16, 1);
  CHECK(bytes != NULL);
  JSObjectRef buffer =
      JSObjectMakeArrayBufferWithBytesNoCopy(ctx, bytes, 16, free_check_bytes, NULL, NULL);
  JSObjectRef view = buffer != NULL ? JSObjectMakeTypedArrayWithArrayBufferAndOffset(
                                          ctx, kJSTypedArrayTypeUint8Array, buffer, 3, 5, NULL)
                                    : NULL;
  JSObjectRef wide = JSObjectMakeTypedArray(ctx, kJSTypedArrayTypeUint16Array, 4, NULL);
  if (fast == NULL || view == NULL || wide == NULL || !is_cell(fast) || !is_cell(view) ||
      !is_cell(wide) || cell_type(fast) != cell_type(view) ||
      cell_type(fast) == cell_type(wide) || cell_type(fast) == cell_type(buffer) ||
      cell_type(fast) == cell_type(JSContextGetGlobalObject(ctx)))
    return;
  uint8_t *data, *view_data;
  size_t len, view_len;
  bool ok = u8_fields(fast, &data, &len) && len == 7 && data != NULL &&
            u8_fields(view, &view_data, &view_len) && view_len == 5 && view_data == bytes + 3;
  /* Made in JS: a fast array (its own mode), and views of a resizable buffer, which must be
   * refused. */
  JSStringRef code = JSStringCreateWithUTF8CString(
      "[new Uint8Array(9), new Uint8Array(new ArrayBuffer(8, { maxByteLength: 16 }), 1, 4),"
      " new Uint8Array(new ArrayBuffer(8, { maxByteLength: 16 }))]");
  JSValueRef made = JSEvaluateScript(ctx, code, NULL, NULL, 1, NULL);
  JSStringRelease(code);
  if (ok && made != NULL && JSValueIsObject(ctx, made)) {
    JSValueRef js_fast = JSObjectGetPropertyAtIndex(ctx, (JSObjectRef)made, 0, NULL);
    JSValueRef fixed = JSObjectGetPropertyAtIndex(ctx, (JSObjectRef)made, 1, NULL);
    JSValueRef tracking = JSObjectGetPropertyAtIndex(ctx, (JSObjectRef)made, 2, NULL);
    uint8_t *d;
    size_t n;
    ok = is_cell(js_fast) && is_cell(fixed) && is_cell(tracking) &&
         cell_type(js_fast) == cell_type(fast) && cell_type(fixed) == cell_type(fast) &&
         cell_type(tracking) == cell_type(fast) && u8_fields(js_fast, &d, &n) && n == 9 &&
         !u8_fields(fixed, &d, &n) && !u8_fields(tracking, &d, &n);
  } else {
    ok = false;
  }
  /* The C API's answer makes `fast` a wasteful array (its bytes move to an ArrayBuffer):
   * read again after it. */
  uint8_t *api = ok ? JSObjectGetTypedArrayBytesPtr(ctx, fast, NULL) : NULL;
  ok = ok && api != NULL && u8_fields(fast, &data, &len) && data == api && len == 7 &&
       JSObjectGetTypedArrayByteLength(ctx, fast, NULL) == 7;
  u8_type = cell_type(fast);
  u8_layout_ok = ok;
}

bool lode_js_bytes_now(JSContextRef ctx, JSValueRef v, bool array_buffers, uint8_t **data,
                       size_t *len) {
  if (u8_layout_ok && is_cell(v) && cell_type(v) == u8_type && u8_fields(v, data, len))
    return true;
  return lode_js_bytes(ctx, v, array_buffers, data, len);
}

/* Widens the ASCII bytes at the start of s[0..len) into out; returns how many. Text is mostly
 * ASCII: sixteen bytes a step (SSE2) cost ~0.6 instructions a byte, eight a step ~2. */
static size_t widen_ascii_run(const uint8_t *s, size_t len, JSChar *out) {
  size_t i = 0;
#ifdef __SSE2__
  const __m128i zero = _mm_setzero_si128();
  for (; i + 16 <= len; i += 16) {
    __m128i v = _mm_loadu_si128((const __m128i *)(s + i));
    if (_mm_movemask_epi8(v) != 0) break;
    _mm_storeu_si128((__m128i *)(out + i), _mm_unpacklo_epi8(v, zero));
    _mm_storeu_si128((__m128i *)(out + i + 8), _mm_unpackhi_epi8(v, zero));
  }
#endif
  for (; i + 8 <= len; i += 8) {
    uint64_t w;
    memcpy(&w, s + i, 8);
    if (w & 0x8080808080808080ull) break;
    for (int k = 0; k < 8; k++)
      out[i + k] = s[i + k];
  }
  return i;
}

size_t lode_utf8_to_utf16(const uint8_t *s, size_t len, JSChar *out) {
  size_t i = 0, n = 0;
  while (i < len) {
    unsigned c = s[i];
    if (c < 0x80) {
      /* ASCII: many bytes a step when the next eight are, else byte by byte up to the next
       * non-ASCII byte (short runs between multibyte characters). */
      uint64_t w = 0x80;
      if (i + 8 <= len) memcpy(&w, s + i, 8);
      if ((w & 0x8080808080808080ull) == 0) {
        size_t run = widen_ascii_run(s + i, len - i, out + n);
        i += run;
        n += run;
      } else {
        do
          out[n++] = s[i++];
        while (i < len && s[i] < 0x80);
      }
      continue;
    }
    /* Well-formed two- and three-byte sequences (most non-ASCII text) first. */
    if (c >= 0xC2 && c <= 0xDF && i + 1 < len && (s[i + 1] & 0xC0) == 0x80) {
      out[n++] = (JSChar)((c & 0x1F) << 6 | (s[i + 1] & 0x3F));
      i += 2;
      continue;
    }
    if ((c & 0xF0) == 0xE0 && i + 2 < len && (s[i + 1] & 0xC0) == 0x80 &&
        (s[i + 2] & 0xC0) == 0x80) {
      unsigned cp = (c & 0x0F) << 12 | (s[i + 1] & 0x3Fu) << 6 | (s[i + 2] & 0x3Fu);
      if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) {
        out[n++] = (JSChar)cp;
        i += 3;
        continue;
      }
    }
    unsigned need, cp, lower = 0x80, upper = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      need = 1;
      cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
      need = 2;
      cp = c & 0x0F;
      if (c == 0xE0) lower = 0xA0;
      if (c == 0xED) upper = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      need = 3;
      cp = c & 0x07;
      if (c == 0xF0) lower = 0x90;
      if (c == 0xF4) upper = 0x8F;
    } else {
      out[n++] = 0xFFFD;
      i++;
      continue;
    }
    i++;
    unsigned got = 0;
    while (got < need) {
      if (i >= len || s[i] < lower || s[i] > upper) break;
      cp = (cp << 6) | (s[i] & 0x3F);
      lower = 0x80;
      upper = 0xBF;
      i++;
      got++;
    }
    if (got < need) {
      out[n++] = 0xFFFD;
    } else if (cp >= 0x10000) {
      cp -= 0x10000;
      out[n++] = (JSChar)(0xD800 + (cp >> 10));
      out[n++] = (JSChar)(0xDC00 + (cp & 0x3FF));
    } else {
      out[n++] = (JSChar)cp;
    }
  }
  return n;
}

/* ---- Strings made without the C API's copies ----
 * JSStringCreateWithCharacters copies the units, and JSValueMakeString copies them again
 * (OpaqueJSString::string() is an isolatedCopy); no C API function makes an 8-bit string
 * quickly. libjavascriptcoregtk exports the WTF/JSC functions that do it in one step: a
 * StringImpl is allocated with room for the characters (createUninitialized), filled in place,
 * and wrapped in a JSString that takes a reference to it (jsStringWithCacheSlowCase, which
 * also notes it as the VM's last cached string). Ref<StringImpl> has a destructor, so it is
 * returned through a hidden pointer (the Itanium C++ ABI); a StringImpl starts with its
 * reference count, counted in steps of 2 and changed atomically. JSContextGetGroup's value
 * is the VM. These C++ functions, like every engine internal Lode uses, are looked up when
 * first needed (lode_engine_symbol): a library without them (another WebKit release) gets the
 * C API's path, not a binary that fails to load. */
typedef struct {
  void *data;
  size_t size;
} wtf_span_t;
static void (*wtf_create8)(void **impl, size_t length, wtf_span_t *chars);
static void (*wtf_create16)(void **impl, size_t length, wtf_span_t *chars);
static void (*wtf_string_impl_destroy)(void *impl);
static void *(*jsc_string_from_impl)(void *vm, void *impl);

void *lode_engine_symbol(const char *name) {
  return dlsym(RTLD_DEFAULT, name);
}

/* Sets *slot (a function pointer) to the engine's symbol name → whether it exists. */
#define RESOLVE(slot, name) ((*(void **)&(slot) = lode_engine_symbol(name)) != NULL)

/* Whether this engine's StringImpl is laid out as the code above expects, checked once on a
 * fresh string: its reference count (one reference, in steps of 2), its length and its
 * character pointer as the first fields. A library built differently fails the check, and
 * strings then take the C API's slower path (characters in malloc'd memory, copied at
 * finish) rather than corrupt memory. LODE_SLOW_STRINGS=1 in the environment forces that path
 * (test-strings-fallback.sh runs the string tests through it). */
static bool impl_layout_ok;
static pthread_once_t impl_layout_once = PTHREAD_ONCE_INIT;

static void check_impl_layout(void) {
  impl_layout_ok = false;
  if (!RESOLVE(wtf_create8,
               "_ZN3WTF10StringImpl19createUninitializedEmRSt4spanIhLm18446744073709551615EE") ||
      !RESOLVE(wtf_create16,
               "_ZN3WTF10StringImpl19createUninitializedEmRSt4spanIDsLm18446744073709551615EE") ||
      !RESOLVE(wtf_string_impl_destroy, "_ZN3WTF10StringImpl7destroyEPS0_") ||
      !RESOLVE(jsc_string_from_impl,
               "_ZN3JSC25jsStringWithCacheSlowCaseERNS_2VMERN3WTF10StringImplE"))
    return;
  void *impl = NULL;
  wtf_span_t chars = {NULL, 0};
  wtf_create8(&impl, 3, &chars);
  const uint32_t *words = impl;
  impl_layout_ok = impl != NULL && words[0] == 2 && words[1] == 3 && chars.size == 3 &&
                   chars.data != NULL && *(void *const *)(words + 2) == chars.data;
  if (impl_layout_ok) wtf_string_impl_destroy(impl); /* else leaked: 3 bytes, once */
  const char *slow = getenv("LODE_SLOW_STRINGS");
  if (slow != NULL && strcmp(slow, "1") == 0) impl_layout_ok = false;
}

/* lode_js_str8_begin and lode_js_str16_begin: strings under 2 characters are filled in s
 * itself (finish gets the engine's shared ones). */
static void *string_begin(lode_js_str_t *s, size_t n, bool wide) {
  CHECK(n <= LODE_JS_STRING_MAX);
  s->n = n;
  s->wide = wide;
  s->impl = NULL;
  s->heap = NULL;
  if (n < 2) {
    s->small[0] = 0;
    s->small16[0] = 0;
    return wide ? (void *)s->small16 : (void *)s->small;
  }
  pthread_once(&impl_layout_once, check_impl_layout);
  if (!impl_layout_ok) {
    s->heap = malloc(wide ? n * sizeof(JSChar) : n);
    CHECK(s->heap != NULL);
    return s->heap;
  }
  wtf_span_t chars;
  if (wide)
    wtf_create16(&s->impl, n, &chars);
  else
    wtf_create8(&s->impl, n, &chars);
  return chars.data;
}

/* The C API's path for strings filled in s->heap. */
static JSValueRef heap_string_finish(JSContextRef ctx, lode_js_str_t *s) {
  JSChar *units = s->heap;
  if (!s->wide) {
    units = malloc(s->n * sizeof(JSChar));
    CHECK(units != NULL);
    for (size_t i = 0; i < s->n; i++) units[i] = ((const uint8_t *)s->heap)[i];
  }
  JSStringRef str = JSStringCreateWithCharacters(units, s->n);
  JSValueRef v = JSValueMakeString(ctx, str);
  JSStringRelease(str);
  if (units != s->heap) free(units);
  free(s->heap);
  s->heap = NULL;
  return v;
}

uint8_t *lode_js_str8_begin(lode_js_str_t *s, size_t n) {
  return string_begin(s, n, false);
}

JSChar *lode_js_str16_begin(lode_js_str_t *s, size_t n) {
  return string_begin(s, n, true);
}

void JSSynchronousEdenCollectForDebugging(JSContextRef ctx); /* exported, not declared */

/* String bytes made since the last collection this file asked for. */
static size_t string_bytes;
#define STRING_BYTES_PER_COLLECTION ((size_t)8 << 20)
#define SMALL_STRING_BYTES ((size_t)64 << 10)

/* The engine lets its young generation grow in proportion to the whole heap (with a 64 MiB
 * Buffer alive, ~64 MB of 4 KiB strings were made before a collection): each new string then
 * lands on memory never touched before (a page fault per 4 KiB string, the cache cold), which
 * halved readFileSync's throughput. An eden collection every 8 MB of small strings made here
 * keeps their memory in reuse. Large ones (their own mappings either way) are not counted:
 * collecting every 8 MB halved toString() of 1 MiB. The collection runs only where a binding
 * calls lode_js_collect_strings_if_due (no value of its own held outside the stack). */
void lode_js_collect_strings_if_due(JSContextRef ctx) {
  if (string_bytes < STRING_BYTES_PER_COLLECTION) return;
  string_bytes = 0;
  JSSynchronousEdenCollectForDebugging(ctx);
}

JSValueRef lode_js_str_finish(JSContextRef ctx, lode_js_str_t *s) {
  if (s->heap != NULL) return heap_string_finish(ctx, s);
  if (s->impl == NULL) {
    /* Empty and one-character strings: the engine shares those. */
    JSChar c = s->wide ? s->small16[0] : s->small[0];
    JSStringRef str = JSStringCreateWithCharacters(&c, s->n);
    JSValueRef v = JSValueMakeString(ctx, str);
    JSStringRelease(str);
    return v;
  }
  size_t bytes = s->wide ? s->n * 2 : s->n;
  if (bytes <= SMALL_STRING_BYTES) string_bytes += bytes;
  JSLock(ctx);
  JSValueRef v = (JSValueRef)jsc_string_from_impl((void *)JSContextGetGroup(ctx), s->impl);
  JSUnlock(ctx);
  /* Drop this reference; the JSString holds its own. */
  if (__atomic_sub_fetch((unsigned *)s->impl, 2, __ATOMIC_SEQ_CST) == 0)
    wtf_string_impl_destroy(s->impl);
  s->impl = NULL;
  return v;
}

void lode_js_str_abandon(lode_js_str_t *s) {
  free(s->heap);
  s->heap = NULL;
  if (s->impl != NULL && __atomic_sub_fetch((unsigned *)s->impl, 2, __ATOMIC_SEQ_CST) == 0)
    wtf_string_impl_destroy(s->impl);
  s->impl = NULL;
}

size_t lode_ascii_prefix(const uint8_t *s, size_t len) {
  size_t i = 0;
#ifdef __SSE2__
  for (; i + 32 <= len; i += 32) {
    __m128i a = _mm_loadu_si128((const __m128i *)(s + i));
    __m128i b = _mm_loadu_si128((const __m128i *)(s + i + 16));
    if (_mm_movemask_epi8(_mm_or_si128(a, b)) != 0) break;
  }
#endif
  for (; i + 8 <= len; i += 8) {
    uint64_t w;
    memcpy(&w, s + i, 8);
    if (w & 0x8080808080808080ull) break;
  }
  while (i < len && s[i] < 0x80)
    i++;
  return i;
}

JSValueRef lode_js_value_from_latin1(JSContextRef ctx, const uint8_t *s, size_t len) {
  lode_js_str_t str;
  uint8_t *out = lode_js_str8_begin(&str, len);
  if (len) memcpy(out, s, len);
  return lode_js_str_finish(ctx, &str);
}

JSValueRef lode_js_value_from_utf16(JSContextRef ctx, const JSChar *u, size_t n) {
  lode_js_str_t str;
  JSChar *out = lode_js_str16_begin(&str, n);
  if (n) memcpy(out, u, n * sizeof(JSChar));
  return lode_js_str_finish(ctx, &str);
}

/* A per-thread buffer of at least n UTF-16 units for decoding; large ones are not kept. */
static _Thread_local JSChar *scratch_units;
enum { SCRATCH_KEEP = 64 * 1024 };

JSValueRef lode_js_value_from_utf8(JSContextRef ctx, const char *s, size_t len) {
  const uint8_t *b = (const uint8_t *)s;
  if (len > LODE_JS_STRING_MAX) return NULL;
  size_t ascii = lode_ascii_prefix(b, len);
  if (ascii == len) return lode_js_value_from_latin1(ctx, b, len);
  JSChar *units = scratch_units;
  if (len > SCRATCH_KEEP) {
    units = malloc(len * sizeof(JSChar));
  } else if (units == NULL) {
    units = scratch_units = malloc(SCRATCH_KEEP * sizeof(JSChar));
  }
  CHECK(units != NULL);
  /* The ASCII prefix is widened by the decoder too (it is cheap); then the string is 8-bit if
   * every unit fits. */
  size_t n = lode_utf8_to_utf16(b, len, units);
  JSChar top = 0;
  for (size_t i = ascii; i < n; i++)
    top |= units[i];
  lode_js_str_t str;
  if (top <= 0xFF) {
    uint8_t *out = lode_js_str8_begin(&str, n);
    for (size_t i = 0; i < n; i++)
      out[i] = (uint8_t)units[i];
  } else {
    memcpy(lode_js_str16_begin(&str, n), units, n * sizeof(JSChar));
  }
  if (units != scratch_units) free(units);
  return lode_js_str_finish(ctx, &str);
}

JSStringRef lode_js_string_from_utf8(const char *s, size_t len) {
  JSChar stackbuf[256] = {0};
  JSChar *buf = len <= 256 ? stackbuf : malloc(len * sizeof(JSChar));
  CHECK(buf != NULL);
  size_t n = lode_utf8_to_utf16((const uint8_t *)s, len, buf);
  JSStringRef str = JSStringCreateWithCharacters(buf, n);
  if (buf != stackbuf) free(buf);
  return str;
}

JSStringRef lode_js_string_from_cstr(const char *s) {
  return lode_js_string_from_utf8(s, strlen(s));
}

JSValueRef lode_js_value_from_cstr(JSContextRef ctx, const char *s) {
  return lode_js_value_from_utf8(ctx, s, strlen(s));
}

size_t lode_js_copy_ascii(JSChar *out, const char *s) {
  size_t n = 0;
  while (s[n]) {
    out[n] = (JSChar)(unsigned char)s[n];
    n++;
  }
  return n;
}

/* ---- Strings over static characters ----
 * JSStringCreateWithUTF8CString decodes into a temporary UTF-16 buffer before it makes an
 * 8-bit string; for ASCII bytes that stay valid for the life of the process the engine can
 * wrap them as they are: WTF::StringImpl::createWithoutCopyingNonEmpty(span<const LChar>)
 * (Ref<StringImpl> returned through a hidden pointer; the span in two registers) and
 * OpaqueJSString::tryCreate(String&&) (RefPtr returned the same way; a WTF::String is one
 * StringImpl pointer, left null when moved from). Checked once on a known string. */
static void (*wtf_create_without_copying8)(void **impl, const uint8_t *chars, size_t length);
static void (*opaque_string_try_create)(JSStringRef *out, void **string);
static bool static_strings_ok;
static pthread_once_t static_strings_once = PTHREAD_ONCE_INIT;

static JSStringRef wrap_static_ascii(const char *s, size_t n) {
  void *impl = NULL;
  wtf_create_without_copying8(&impl, (const uint8_t *)s, n);
  if (impl == NULL) return NULL;
  JSStringRef str = NULL;
  opaque_string_try_create(&str, &impl);
  if (impl != NULL && __atomic_sub_fetch((unsigned *)impl, 2, __ATOMIC_SEQ_CST) == 0)
    wtf_string_impl_destroy(impl);
  return str;
}

static void check_static_strings(void) {
  pthread_once(&impl_layout_once, check_impl_layout);
  static const char probe[] = "lode static";
  static_strings_ok =
      impl_layout_ok &&
      RESOLVE(wtf_create_without_copying8,
              "_ZN3WTF10StringImpl28createWithoutCopyingNonEmptyESt4spanIKhLm18446744073709551615EE") &&
      RESOLVE(opaque_string_try_create, "_ZN14OpaqueJSString9tryCreateEON3WTF6StringE");
  if (!static_strings_ok) return;
  JSStringRef str = wrap_static_ascii(probe, sizeof probe - 1);
  static_strings_ok = str != NULL && JSStringGetLength(str) == sizeof probe - 1 &&
                      JSStringIsEqualToUTF8CString(str, probe);
  if (str != NULL) JSStringRelease(str);
}

JSStringRef lode_js_string_static_ascii(const char *s, size_t n) {
  pthread_once(&static_strings_once, check_static_strings);
  JSStringRef str = static_strings_ok && n > 0 ? wrap_static_ascii(s, n) : NULL;
  return str != NULL ? str : JSStringCreateWithUTF8CString(s);
}

/* ---- Reading strings in place ----
 * An OpaqueJSString (what JSStringRef points to) is a reference count, the WTF::String it
 * wraps (a StringImpl *) and the UTF-16 units JSStringGetCharactersPtr made or shares. For an
 * 8-bit string that call allocates and widens a copy; lode_js_chars reads the StringImpl's
 * Latin-1 bytes instead. The layout (String at +8, units at +16; the StringImpl's length at
 * +4, characters at +8 and flags at +16) and the flag bit that marks 8-bit strings are
 * checked once on two strings made through the C API; anything else leaves every string on
 * the C API's path. */
static bool chars_layout_ok;
static uint32_t chars_flag8;
static pthread_once_t chars_layout_once = PTHREAD_ONCE_INIT;

static const void *opaque_impl(JSStringRef str) {
  return *(const void *const *)((const char *)str + 8);
}

static void check_chars_layout(void) {
  static const JSChar wide_units[] = {'l', 'o', 'd', 'e'};
  JSStringRef narrow = JSStringCreateWithUTF8CString("lode");
  JSStringRef wide = JSStringCreateWithCharacters(wide_units, 4);
  const JSChar *units = JSStringGetCharactersPtr(wide);
  bool ok = *(const JSChar *const *)((const char *)wide + 16) == units;
  if (ok) {
    const uint32_t *w = opaque_impl(wide), *n = opaque_impl(narrow);
    ok = w[1] == 4 && *(const void *const *)(w + 2) == units && n != NULL && n[1] == 4 &&
         memcmp(*(const void *const *)(n + 2), "lode", 4) == 0;
    uint32_t diff = (w[4] ^ n[4]) & 0xff;
    /* Exactly one flag differs, set on the 8-bit string. */
    if (ok && diff != 0 && (diff & (diff - 1)) == 0 && (n[4] & diff) != 0) chars_flag8 = diff;
    ok = ok && chars_flag8 != 0;
  }
  JSStringRelease(narrow);
  JSStringRelease(wide);
  const char *slow = getenv("LODE_SLOW_STRINGS");
  chars_layout_ok = ok && !(slow != NULL && strcmp(slow, "1") == 0);
}

bool lode_js_chars_reads_latin1(void) {
  pthread_once(&chars_layout_once, check_chars_layout);
  return chars_layout_ok;
}

static void chars_of(JSStringRef str, lode_js_chars_t *c) {
  c->str = str;
  c->length = JSStringGetLength(str);
  c->latin1 = NULL;
  c->utf16 = NULL;
  if (lode_js_chars_reads_latin1()) {
    const uint32_t *impl = opaque_impl(str);
    if (impl != NULL && (impl[4] & chars_flag8) != 0) {
      c->latin1 = *(const uint8_t *const *)(impl + 2);
      return;
    }
  }
  c->utf16 = JSStringGetCharactersPtr(str);
}

bool lode_js_chars(JSContextRef ctx, JSValueRef v, lode_js_chars_t *c, JSValueRef *exc) {
  JSStringRef str = JSValueToStringCopy(ctx, v, exc);
  if (str == NULL) return false;
  chars_of(str, c);
  return true;
}

const JSChar *lode_js_chars_utf16(lode_js_chars_t *c) {
  if (c->utf16 == NULL) c->utf16 = JSStringGetCharactersPtr(c->str);
  return c->utf16;
}

void lode_js_chars_release(lode_js_chars_t *c) {
  JSStringRelease(c->str);
  c->str = NULL;
}

size_t lode_latin1_to_utf8(const uint8_t *s, size_t n, uint8_t *out, size_t cap, size_t *read) {
  size_t i = 0, o = 0;
  while (i < n) {
    size_t room = cap - o, left = n - i;
    size_t ascii = lode_ascii_prefix(s + i, left < room ? left : room);
    memcpy(out + o, s + i, ascii);
    i += ascii;
    o += ascii;
    if (i == n || o + 2 > cap) break;
    out[o++] = (uint8_t)(0xC0 | (s[i] >> 6));
    out[o++] = (uint8_t)(0x80 | (s[i] & 0x3F));
    i++;
  }
  if (read != NULL) *read = i;
  return o;
}

/* Encodes UTF-16 as UTF-8 into at most cap bytes, never splitting a character. Returns the
 * bytes written; *units receives the units consumed if not NULL. */
size_t lode_utf16_to_utf8(const JSChar *s, size_t n, uint8_t *out, size_t cap, size_t *units) {
  size_t i = 0, o = 0;
  while (i < n) {
    unsigned c = s[i];
    if (c < 0x80) {
      if (o >= cap) break;
      out[o++] = (uint8_t)c;
      i++;
      continue;
    }
    if (c < 0x800) {
      if (o + 2 > cap) break;
      out[o++] = (uint8_t)(0xC0 | (c >> 6));
      out[o++] = (uint8_t)(0x80 | (c & 0x3F));
      i++;
      continue;
    }
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < n && s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF) {
      if (o + 4 > cap) break;
      unsigned cp = 0x10000 + ((c - 0xD800) << 10) + (s[i + 1] - 0xDC00u);
      out[o++] = (uint8_t)(0xF0 | (cp >> 18));
      out[o++] = (uint8_t)(0x80 | ((cp >> 12) & 0x3F));
      out[o++] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F));
      out[o++] = (uint8_t)(0x80 | (cp & 0x3F));
      i += 2;
      continue;
    }
    if (c >= 0xD800 && c <= 0xDFFF) c = 0xFFFD;
    if (o + 3 > cap) break;
    out[o++] = (uint8_t)(0xE0 | (c >> 12));
    out[o++] = (uint8_t)(0x80 | ((c >> 6) & 0x3F));
    out[o++] = (uint8_t)(0x80 | (c & 0x3F));
    i++;
  }
  if (units) *units = i;
  return o;
}

size_t lode_latin1_utf8_length(const uint8_t *s, size_t n) {
  size_t len = n, i = 0;
  while ((i += lode_ascii_prefix(s + i, n - i)) < n) {
    len++;
    i++;
  }
  return len;
}

char *lode_js_string_to_utf8(JSStringRef str, size_t *lenp) {
  lode_js_chars_t c;
  chars_of(str, &c);
  size_t cap = c.latin1 != NULL ? lode_latin1_utf8_length(c.latin1, c.length) : c.length * 3;
  char *out = malloc(cap + 1);
  CHECK(out != NULL);
  size_t o = c.latin1 != NULL ? lode_latin1_to_utf8(c.latin1, c.length, (uint8_t *)out, cap, NULL)
                              : lode_utf16_to_utf8(c.utf16, c.length, (uint8_t *)out, cap, NULL);
  out[o] = '\0';
  if (lenp) *lenp = o;
  return out;
}

char *lode_js_value_to_utf8(JSContextRef ctx, JSValueRef value, size_t *len, JSValueRef *exc) {
  JSStringRef str = JSValueToStringCopy(ctx, value, exc);
  if (str == NULL) return NULL;
  char *s = lode_js_string_to_utf8(str, len);
  JSStringRelease(str);
  return s;
}

static void set_prop(JSContextRef ctx, JSObjectRef obj, const char *name, JSValueRef value,
                     JSPropertyAttributes attrs) {
  JSStringRef key = JSStringCreateWithUTF8CString(name);
  JSObjectSetProperty(ctx, obj, key, value, attrs, NULL);
  JSStringRelease(key);
}

void lode_js_set(JSContextRef ctx, JSObjectRef obj, const char *name, JSValueRef value) {
  set_prop(ctx, obj, name, value, kJSPropertyAttributeNone);
}

void lode_js_set_hidden(JSContextRef ctx, JSObjectRef obj, const char *name, JSValueRef value) {
  set_prop(ctx, obj, name, value, kJSPropertyAttributeDontEnum);
}

void lode_js_set_function(JSContextRef ctx, JSObjectRef obj, const char *name,
                          JSObjectCallAsFunctionCallback fn) {
  JSStringRef key = JSStringCreateWithUTF8CString(name);
  JSObjectSetProperty(ctx, obj, key, JSObjectMakeFunctionWithCallback(ctx, key, fn),
                      kJSPropertyAttributeNone, NULL);
  JSStringRelease(key);
}

/* ---- Native functions that keep the engine's lock ----
 * A function made by the C API (JSObjectMakeFunctionWithCallback) runs inside JSC's
 * APICallbackShim, which drops every level of the API lock before the callback and takes it
 * again after (JSLock::DropAllLocks): each release and acquire does VM bookkeeping (heap
 * access, stack limits, the atom table, thread registration, DateCache::resetIfNecessary), and
 * the first C API call inside then acquires and releases the whole lock again. A JSC host
 * function (JSC::JSFunction::create with a native function pointer, exported) is called by the
 * engine like its own built-ins, lock held: the C API calls inside are recursive takes (a
 * counter). lode_host_call reads the call frame as the engine lays it out (64-bit: the
 * callee in slot 3, the argument count including `this` in the low half of slot 4, `this` in
 * slot 5, the arguments from slot 6; a JSValueRef is the JSValue's bits) and throws the
 * callback's exception with JSC::VM::throwException. check_host_calls() tries all of it once
 * on a probe (arguments, `this`, result, a thrown exception) and any mismatch, a missing
 * StringImpl layout, or LODE_SLOW_CALLS=1 in the environment makes the functions C API ones.
 * Only for callbacks that never call into JS through lode_make_callback (the same rule as
 * LODE_LOCKED_CB): the outer lock would keep the microtask queue from draining there. */
typedef int64_t (*jsc_native_fn)(void *global, void **frame);
static void *(*jsc_function_create)(void *vm, void *global, unsigned length, void *const *name,
                                    jsc_native_fn fn, unsigned visibility, unsigned intrinsic,
                                    jsc_native_fn constructor, const void *signature);
static int64_t (*jsc_call_host_function_as_constructor)(void *global, void **frame);
static void *(*jsc_vm_throw)(void *vm, void *global, JSValueRef value);

static bool resolve_host_symbols(void) {
  return RESOLVE(jsc_function_create,
                 "_ZN3JSC10JSFunction6createERNS_2VMEPNS_14JSGlobalObjectEjRKN3WTF6StringENS5_"
                 "11FunctionPtrILNS5_6PtrTagE1EFlS4_PNS_9CallFrameEELNS5_18FunctionAttributesE2EE"
                 "ENS_24ImplementationVisibilityENS_9IntrinsicESF_PKNS_6DOMJIT9SignatureE") &&
         RESOLVE(jsc_call_host_function_as_constructor,
                 "_ZN3JSC29callHostFunctionAsConstructorEPNS_14JSGlobalObjectEPNS_9CallFrameE") &&
         RESOLVE(jsc_vm_throw, "_ZN3JSC2VM14throwExceptionEPNS_14JSGlobalObjectENS_7JSValueE");
}

#define JSC_UNDEFINED_BITS ((int64_t)0xa) /* JSValue encoding of undefined (64-bit) */

int64_t lode_host_call(void *global, void **frame, JSObjectCallAsFunctionCallback cb) {
  JSContextRef ctx = global;
  size_t argc = (size_t)(uint32_t)(uintptr_t)frame[4] - 1;
  JSValueRef this_value = frame[5];
  JSObjectRef this_obj = JSValueIsObject(ctx, this_value) ? (JSObjectRef)this_value
                                                            : JSContextGetGlobalObject(ctx);
  JSValueRef exc = NULL;
  JSValueRef result = cb(ctx, (JSObjectRef)frame[3], this_obj, argc,
                         (const JSValueRef *)&frame[6], &exc);
  if (exc != NULL) {
    jsc_vm_throw((void *)JSContextGetGroup(ctx), global, exc);
    return JSC_UNDEFINED_BITS;
  }
  return result != NULL ? (int64_t)(intptr_t)result : JSC_UNDEFINED_BITS;
}

/* Makes a host function named name (ASCII); the caller holds the lock. NULL if the name
 * cannot be made. */
static JSObjectRef make_host_function(JSContextRef ctx, const char *name, jsc_native_fn host) {
  pthread_once(&impl_layout_once, check_impl_layout);
  if (!impl_layout_ok) return NULL;
  size_t n = strlen(name);
  void *impl = NULL; /* a WTF::String is one pointer to its StringImpl */
  wtf_span_t chars = {NULL, 0};
  wtf_create8(&impl, n, &chars);
  if (impl == NULL) return NULL;
  if (n > 0) memcpy(chars.data, name, n);
  JSObjectRef fn = jsc_function_create((void *)JSContextGetGroup(ctx), (void *)ctx, 0, &impl, host,
                                       0, 0, jsc_call_host_function_as_constructor, NULL);
  if (__atomic_sub_fetch((unsigned *)impl, 2, __ATOMIC_SEQ_CST) == 0)
    wtf_string_impl_destroy(impl);
  return fn;
}

/* The probe: records what it was called with; with two arguments it throws the second, with
 * none it returns NULL (undefined). */
static struct {
  JSObjectRef fn, this_obj;
  size_t argc;
  JSValueRef arg0;
} probe_seen;

static JSValueRef probe_cb(LODE_CB_PARAMS) {
  probe_seen.fn = fn;
  probe_seen.this_obj = this_obj;
  probe_seen.argc = argc;
  probe_seen.arg0 = argc > 0 ? argv[0] : NULL;
  if (argc == 2) *exc = argv[1];
  return argc > 0 ? JSValueMakeNumber(ctx, 42) : NULL;
}

static int64_t probe_host(void *global, void **frame) {
  return lode_host_call(global, frame, probe_cb);
}

/* 0 unchecked, 1 usable, -1 not. LODE_DEBUG_HOST_CALLS=1 prints the outcome of the check. */
static int host_calls_state;

bool lode_js_number_bits;

/* Whether lode_js_to_number/lode_js_number agree with the engine on numbers of every kind:
 * int32s, doubles, -0, NaN and infinities (see js.h). */
static bool check_number_bits(JSContextRef ctx) {
  static const double samples[] = {0, 5, -7, 2147483647, -2147483648.0, 2147483648.0, 0.5,
                                   -0.0, 1e300, -1.5e-300, 1.0 / 0.0, -1.0 / 0.0, 0.0 / 0.0};
  lode_js_number_bits = true;
  bool ok = true;
  for (size_t i = 0; ok && i < sizeof samples / sizeof samples[0]; i++) {
    double d = samples[i];
    JSValueRef engine = JSValueMakeNumber(ctx, d), ours = lode_js_number(ctx, d);
    double back = lode_js_to_number(ctx, engine, NULL);
    ok = engine == ours && (d != d ? back != back : back == d && signbit(back) == signbit(d));
  }
  ok = ok && !lode_js_is_number_bits(JSValueMakeUndefined(ctx)) &&
       !lode_js_is_number_bits(JSValueMakeNull(ctx)) &&
       !lode_js_is_number_bits(JSValueMakeBoolean(ctx, true)) &&
       !lode_js_is_number_bits(JSContextGetGlobalObject(ctx));
  lode_js_number_bits = ok;
  return ok;
}

static bool check_host_calls(JSContextRef ctx) {
  if (host_calls_state != 0) return host_calls_state > 0;
  host_calls_state = -1;
  const char *slow = getenv("LODE_SLOW_CALLS");
  if ((slow != NULL && strcmp(slow, "1") == 0) || !resolve_host_symbols()) return false;
  JSLock(ctx);
  JSObjectRef fn = make_host_function(ctx, "probe", probe_host);
  bool ok = fn != NULL && JSObjectIsFunction(ctx, fn);
  if (ok) {
    JSObjectRef self = JSObjectMake(ctx, NULL, NULL);
    JSValueRef args[2] = {JSValueMakeNumber(ctx, 7.5), JSObjectMake(ctx, NULL, NULL)};
    JSValueRef exc = NULL;
    memset(&probe_seen, 0, sizeof probe_seen);
    JSValueRef r = JSObjectCallAsFunction(ctx, fn, self, 1, args, &exc);
    ok = exc == NULL && r != NULL && JSValueIsNumber(ctx, r) &&
         JSValueToNumber(ctx, r, NULL) == 42 && probe_seen.fn == fn &&
         probe_seen.this_obj == self && probe_seen.argc == 1 && probe_seen.arg0 != NULL &&
         JSValueIsStrictEqual(ctx, probe_seen.arg0, args[0]);
    if (ok) {
      /* Thrown and caught in JS: an exception that reaches a C API caller is reported to the
       * inspector, which symbolizes a native backtrace (~0.5M instructions). */
      JSStringRef names[3] = {JSStringCreateWithUTF8CString("f"),
                              JSStringCreateWithUTF8CString("a"),
                              JSStringCreateWithUTF8CString("b")};
      JSStringRef body = JSStringCreateWithUTF8CString("try { f(a, b); } catch (e) { return e; }");
      JSObjectRef catcher = JSObjectMakeFunction(ctx, NULL, 3, names, body, NULL, 1, &exc);
      for (int i = 0; i < 3; i++) JSStringRelease(names[i]);
      JSStringRelease(body);
      JSValueRef catcher_args[3] = {fn, args[0], args[1]};
      r = catcher != NULL ? JSObjectCallAsFunction(ctx, catcher, NULL, 3, catcher_args, &exc)
                          : NULL;
      ok = exc == NULL && r != NULL && JSValueIsStrictEqual(ctx, r, args[1]) &&
           probe_seen.argc == 2 && probe_seen.this_obj == JSContextGetGlobalObject(ctx);
    }
    if (ok) {
      exc = NULL;
      r = JSObjectCallAsFunction(ctx, fn, self, 0, NULL, &exc);
      ok = exc == NULL && r != NULL && JSValueIsUndefined(ctx, r) && probe_seen.argc == 0;
    }
  }
  if (ok) {
    check_number_bits(ctx);
    check_u8_layout(ctx);
  }
  JSUnlock(ctx);
  host_calls_state = ok ? 1 : -1;
  if (getenv("LODE_DEBUG_HOST_CALLS") != NULL)
    fprintf(stderr, "lode: host functions %s%s%s\n", ok ? "on" : "off",
            lode_js_number_bits ? ", numbers" : "", u8_layout_ok ? ", views" : "");
  return ok;
}

void lode_js_set_host_function(JSContextRef ctx, JSObjectRef obj, const char *name,
                               lode_host_fn host, JSObjectCallAsFunctionCallback fn) {
  JSObjectRef f = NULL;
  if (check_host_calls(ctx)) {
    JSLock(ctx);
    f = make_host_function(ctx, name, host);
    JSUnlock(ctx);
  }
  if (f == NULL) {
    lode_js_set_function(ctx, obj, name, fn);
    return;
  }
  JSStringRef key = JSStringCreateWithUTF8CString(name);
  JSObjectSetProperty(ctx, obj, key, f, kJSPropertyAttributeNone, NULL);
  JSStringRelease(key);
}

void lode_js_set_number(JSContextRef ctx, JSObjectRef obj, const char *name, double value) {
  set_prop(ctx, obj, name, JSValueMakeNumber(ctx, value), kJSPropertyAttributeNone);
}

void lode_js_set_string(JSContextRef ctx, JSObjectRef obj, const char *name, const char *value) {
  set_prop(ctx, obj, name, lode_js_value_from_cstr(ctx, value), kJSPropertyAttributeNone);
}

JSValueRef lode_js_get(JSContextRef ctx, JSObjectRef obj, const char *name) {
  JSStringRef key = JSStringCreateWithUTF8CString(name);
  JSValueRef v = JSObjectGetProperty(ctx, obj, key, NULL);
  JSStringRelease(key);
  return v;
}

JSObjectRef lode_js_array(JSContextRef ctx, size_t n, const JSValueRef *values) {
  return JSObjectMakeArray(ctx, n, values, NULL);
}

static JSObjectRef make_error(JSContextRef ctx, const char *ctor, const char *message) {
  JSObjectRef global = JSContextGetGlobalObject(ctx);
  JSValueRef c = lode_js_get(ctx, global, ctor);
  JSValueRef arg = lode_js_value_from_cstr(ctx, message);
  JSObjectRef err = NULL;
  if (JSValueIsObject(ctx, c)) err = JSObjectCallAsConstructor(ctx, (JSObjectRef)c, 1, &arg, NULL);
  if (err == NULL) err = JSObjectMakeError(ctx, 1, &arg, NULL);
  return err;
}

JSValueRef lode_js_throw(JSContextRef ctx, JSValueRef *exc, const char *ctor, const char *code,
                         const char *fmt, ...) {
  char msg[1024];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  JSObjectRef err = make_error(ctx, ctor, msg);
  if (code != NULL) {
    lode_js_set(ctx, err, "code", lode_js_value_from_cstr(ctx, code));
  }
  *exc = err;
  return JSValueMakeUndefined(ctx);
}

JSValueRef lode_js_throw_uv(JSContextRef ctx, JSValueRef *exc, int err, const char *syscall,
                            const char *path) {
  char msg[4096];
  if (path != NULL)
    snprintf(msg, sizeof msg, "%s: %s, %s '%s'", uv_err_name(err), uv_strerror(err), syscall, path);
  else
    snprintf(msg, sizeof msg, "%s: %s, %s", uv_err_name(err), uv_strerror(err), syscall);
  JSObjectRef e = make_error(ctx, "Error", msg);
  lode_js_set_number(ctx, e, "errno", err);
  lode_js_set_string(ctx, e, "code", uv_err_name(err));
  lode_js_set_string(ctx, e, "syscall", syscall);
  if (path != NULL) lode_js_set_string(ctx, e, "path", path);
  *exc = e;
  return JSValueMakeUndefined(ctx);
}

static const char *type_name(JSContextRef ctx, JSValueRef v) {
  switch (JSValueGetType(ctx, v)) {
  case kJSTypeUndefined: return "undefined";
  case kJSTypeNull: return "null";
  case kJSTypeBoolean: return "type boolean";
  case kJSTypeNumber: return "type number";
  case kJSTypeString: return "type string";
  case kJSTypeSymbol: return "type symbol";
  case kJSTypeBigInt: return "type bigint";
  case kJSTypeObject:
    return JSObjectIsFunction(ctx, (JSObjectRef)v) ? "function" : "an instance of Object";
  }
  return "unknown";
}

static bool arg_type_error(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i,
                           const char *name, const char *type, JSValueRef *exc) {
  JSValueRef v = i < argc ? argv[i] : JSValueMakeUndefined(ctx);
  lode_js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE",
                "The \"%s\" argument must be of type %s. Received %s", name, type,
                type_name(ctx, v));
  return false;
}

bool lode_js_arg_string(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i,
                        const char *name, char **out, JSValueRef *exc) {
  if (i >= argc || !JSValueIsString(ctx, argv[i]))
    return arg_type_error(ctx, argc, argv, i, name, "string", exc);
  *out = lode_js_value_to_utf8(ctx, argv[i], NULL, exc);
  return *out != NULL;
}

bool lode_js_arg_int(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i,
                     const char *name, int64_t *out, JSValueRef *exc) {
  if (i >= argc || !JSValueIsNumber(ctx, argv[i]))
    return arg_type_error(ctx, argc, argv, i, name, "number", exc);
  double d = JSValueToNumber(ctx, argv[i], NULL);
  if (d != d || d < -9007199254740991.0 || d > 9007199254740991.0 || d != (double)(int64_t)d) {
    lode_js_throw(ctx, exc, "RangeError", "ERR_OUT_OF_RANGE",
                  "The value of \"%s\" is out of range. It must be an integer. Received %g", name,
                  d);
    return false;
  }
  *out = (int64_t)d;
  return true;
}

JSValueRef lode_js_eval(JSContextRef ctx, const char *src) {
  JSStringRef s = JSStringCreateWithUTF8CString(src);
  JSValueRef v = JSEvaluateScript(ctx, s, NULL, NULL, 1, NULL);
  JSStringRelease(s);
  return v;
}
