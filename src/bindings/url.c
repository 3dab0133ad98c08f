/* UTS #46 (IDNA) processing of host names, for the URL parser in lib/internal/url_parser.js.
 *
 * The parser itself is JavaScript: a call into C costs more than a whole parse there (see
 * doc/internals.md), so only hosts that need Unicode processing (non-ASCII, or a label that
 * starts with "xn--") come here. ICU is the one JavaScriptCore links already; its UTF-16
 * API takes the engine's strings as they are (an unpaired surrogate is an error, as the
 * U+FFFD it would become is disallowed). */
#include <stdlib.h>
#include <unicode/uidna.h>
#include <uv.h>

#include "index.h"

/* UTS #46 with the URL Standard's options: CheckHyphens false, CheckBidi and CheckJoiners
 * true, UseSTD3ASCIIRules false, nontransitional, VerifyDnsLength false. The instance is
 * immutable and shared by all threads. */
static UIDNA *uts46;
static uv_once_t uts46_once = UV_ONCE_INIT;

static void open_uts46(void) {
  UErrorCode err = U_ZERO_ERROR;
  uts46 = uidna_openUTS46(UIDNA_CHECK_BIDI | UIDNA_CHECK_CONTEXTJ | UIDNA_NONTRANSITIONAL_TO_ASCII |
                              UIDNA_NONTRANSITIONAL_TO_UNICODE,
                          &err);
  if (U_FAILURE(err)) uts46 = NULL;
}

/* The errors the URL Standard ignores (CheckHyphens and VerifyDnsLength are false). */
#define IDNA_IGNORED                                                                               \
  (UIDNA_ERROR_EMPTY_LABEL | UIDNA_ERROR_LABEL_TOO_LONG | UIDNA_ERROR_DOMAIN_NAME_TOO_LONG |       \
   UIDNA_ERROR_LEADING_HYPHEN | UIDNA_ERROR_TRAILING_HYPHEN | UIDNA_ERROR_HYPHEN_3_4)

/* Runs UTS #46 ToASCII or ToUnicode over the string argument. Returns the result, or NULL
 * (JS: undefined) on an error the URL Standard does not ignore (ToASCII only) or when the
 * argument is not a string. */
static JSValueRef idna_convert(JSContextRef ctx, size_t argc, const JSValueRef argv[],
                               JSValueRef *exc, bool to_unicode) {
  uv_once(&uts46_once, open_uts46);
  if (uts46 == NULL || argc < 1 || !JSValueIsString(ctx, argv[0])) return NULL;
  JSStringRef in = JSValueToStringCopy(ctx, argv[0], exc);
  if (in == NULL) return NULL;
  size_t len = JSStringGetLength(in);
  const UChar *src = (const UChar *)JSStringGetCharactersPtr(in);
  UChar stack[256], *out = stack;
  int32_t cap = (int32_t)(sizeof stack / sizeof stack[0]);
  JSValueRef result = NULL;
  for (;;) {
    if (len > INT32_MAX / 4) break;
    UErrorCode err = U_ZERO_ERROR;
    UIDNAInfo info = UIDNA_INFO_INITIALIZER;
    int32_t n = to_unicode ? uidna_nameToUnicode(uts46, src, (int32_t)len, out, cap, &info, &err)
                           : uidna_nameToASCII(uts46, src, (int32_t)len, out, cap, &info, &err);
    if (err == U_BUFFER_OVERFLOW_ERROR && out == stack) {
      cap = n + 1;
      out = malloc((size_t)cap * sizeof *out);
      CHECK(out != NULL);
      continue;
    }
    if (U_FAILURE(err) || (!to_unicode && (info.errors & ~IDNA_IGNORED) != 0)) break;
    JSStringRef s = JSStringCreateWithCharacters((const JSChar *)out, (size_t)n);
    result = JSValueMakeString(ctx, s);
    JSStringRelease(s);
    break;
  }
  if (out != stack) free(out);
  JSStringRelease(in);
  return result;
}

/* toASCIIHost(domain): UTS #46 ToASCII, or undefined on error. */
static JSValueRef to_ascii_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  return idna_convert(ctx, argc, argv, exc, false);
}

/* toUnicodeHost(host): UTS #46 ToUnicode (errors leave U+FFFD in place, as the standard
 * says), or undefined. */
static JSValueRef to_unicode_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  return idna_convert(ctx, argc, argv, exc, true);
}

/* Returns the `url` binding: toASCIIHost and toUnicodeHost. */
JSObjectRef lode_binding_url(lode_runtime_t *rt) {
  JSContextRef ctx = rt->ctx;
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  lode_js_set_function(ctx, b, "toASCIIHost", to_ascii_cb);
  lode_js_set_function(ctx, b, "toUnicodeHost", to_unicode_cb);
  return b;
}
