/* internalBinding('transform'): the JavaScript/TypeScript transform of src/transform, for the
 * ES module loader and the TypeScript loaders. The contract is doc/esm.md. */
#include <stdlib.h>

#include "../transform/transform.h"
#include "index.h"

static JSValueRef make_string16(JSContextRef ctx, const uint16_t *s, size_t len) {
  JSStringRef str = JSStringCreateWithCharacters(s, len);
  JSValueRef v = JSValueMakeString(ctx, str);
  JSStringRelease(str);
  return v;
}

static JSValueRef result_string(JSContextRef ctx, const lode_tx_result_t *r, lode_tx_str_t s) {
  return make_string16(ctx, r->strings + s.off, s.len);
}

static JSValueRef request_attributes(JSContextRef ctx, const lode_tx_result_t *r,
                                     const lode_tx_request_t *req) {
  if (!req->has_attrs) return JSValueMakeNull(ctx);
  JSObjectRef obj = JSObjectMake(ctx, NULL, NULL);
  for (uint32_t k = 0; k < req->attr_count; k++) {
    const lode_tx_attr_t *a = &r->attrs[req->attr_start + k];
    JSStringRef key = JSStringCreateWithCharacters(r->strings + a->key.off, a->key.len);
    JSObjectSetProperty(ctx, obj, key, result_string(ctx, r, a->value), kJSPropertyAttributeNone,
                        NULL);
    JSStringRelease(key);
  }
  return obj;
}

/* An ES module's result as one flat array, made with one engine call (setting properties one
 * by one from C costs ~0.5 µs each): [code, prologueLength, hasTLA, nRequests, (specifier,
 * attributes)…, nImports, (request, name, line, column)…, nLocalExports, name…, nReexports,
 * (name, request, imported)…, nStarExports, request…]. The values wait on the stack, which
 * the collector scans (in a malloc'd array the strings made first could be collected while
 * later ones are allocated); a module with more parts than fit there (rare) has them set one
 * by one into the array. */
#define MODULE_RESULT_STACK 1024
#define PUT(value)                                                                                 \
  do {                                                                                             \
    JSValueRef v_ = (value);                                                                       \
    if (v != NULL)                                                                                 \
      v[k++] = v_;                                                                                 \
    else                                                                                           \
      JSObjectSetPropertyAtIndex(ctx, big, (unsigned)k++, v_, NULL);                               \
  } while (0)

static JSValueRef module_result(JSContextRef ctx, const lode_tx_result_t *r) {
  size_t n = 8 + 2 * r->nrequests + 4 * r->nimports + r->nlocal_exports + 3 * r->nreexports +
             r->nstar_exports;
  JSValueRef stack[MODULE_RESULT_STACK];
  JSValueRef *v = n <= MODULE_RESULT_STACK ? stack : NULL;
  JSObjectRef big = v == NULL ? JSObjectMakeArray(ctx, 0, NULL, NULL) : NULL;
  size_t k = 0;
  PUT(make_string16(ctx, r->code, r->code_len));
  PUT(JSValueMakeNumber(ctx, (double)r->prologue_len));
  PUT(JSValueMakeBoolean(ctx, r->has_tla));
  PUT(JSValueMakeNumber(ctx, (double)r->nrequests));
  for (size_t i = 0; i < r->nrequests; i++) {
    PUT(result_string(ctx, r, r->requests[i].specifier));
    PUT(request_attributes(ctx, r, &r->requests[i]));
  }
  PUT(JSValueMakeNumber(ctx, (double)r->nimports));
  for (size_t i = 0; i < r->nimports; i++) {
    PUT(JSValueMakeNumber(ctx, r->imports[i].request));
    PUT(result_string(ctx, r, r->imports[i].name));
    PUT(JSValueMakeNumber(ctx, r->imports[i].line));
    PUT(JSValueMakeNumber(ctx, r->imports[i].column));
  }
  PUT(JSValueMakeNumber(ctx, (double)r->nlocal_exports));
  for (size_t i = 0; i < r->nlocal_exports; i++)
    PUT(result_string(ctx, r, r->local_exports[i]));
  PUT(JSValueMakeNumber(ctx, (double)r->nreexports));
  for (size_t i = 0; i < r->nreexports; i++) {
    PUT(result_string(ctx, r, r->reexports[i].name));
    PUT(JSValueMakeNumber(ctx, r->reexports[i].request));
    PUT(result_string(ctx, r, r->reexports[i].imported));
  }
  PUT(JSValueMakeNumber(ctx, (double)r->nstar_exports));
  for (size_t i = 0; i < r->nstar_exports; i++)
    PUT(JSValueMakeNumber(ctx, r->star_exports[i]));
  return v != NULL ? JSObjectMakeArray(ctx, k, v, NULL) : big;
}
#undef PUT

/* transform(source, flags): see doc/esm.md. Never throws for a string source. */
static JSValueRef transform_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  if (argc < 1 || !JSValueIsString(ctx, argv[0]))
    return lode_js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE",
                         "The \"source\" argument must be of type string");
  int flags = 0;
  if (argc > 1 && JSValueIsNumber(ctx, argv[1])) flags = (int)JSValueToNumber(ctx, argv[1], NULL);
  JSStringRef src = JSValueToStringCopy(ctx, argv[0], exc);
  if (src == NULL) return JSValueMakeUndefined(ctx);
  lode_tx_result_t r;
  lode_transform(JSStringGetCharactersPtr(src), JSStringGetLength(src), flags, &r);
  JSStringRelease(src);
  if (!(flags & LODE_TX_DETECT) && r.status == LODE_TX_OK && (flags & LODE_TX_MODULE)) {
    JSValueRef out = module_result(ctx, &r);
    lode_transform_free(&r);
    return out;
  }
  JSObjectRef out = JSObjectMake(ctx, NULL, NULL);
  if (flags & LODE_TX_DETECT) {
    lode_js_set(ctx, out, "hasModuleSyntax", JSValueMakeBoolean(ctx, r.has_module_syntax));
  } else if (r.status != LODE_TX_OK) {
    lode_js_set(ctx, out, "error", lode_js_value_from_cstr(ctx, r.message));
    if (r.status == LODE_TX_UNSUPPORTED_TS)
      lode_js_set_string(ctx, out, "code", "ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX");
    lode_js_set_number(ctx, out, "line", r.line);
    lode_js_set_number(ctx, out, "column", r.column);
  } else {
    lode_js_set(ctx, out, "code", make_string16(ctx, r.code, r.code_len));
  }
  lode_transform_free(&r);
  return out;
}

JSObjectRef lode_binding_transform(lode_runtime_t *rt) {
  JSContextRef ctx = rt->ctx;
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  lode_js_set_function(ctx, b, "transform", transform_cb);
  return b;
}
