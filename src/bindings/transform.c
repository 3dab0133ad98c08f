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
 * (name, request, imported)…, nStarExports, request…]. */
static JSValueRef module_result(JSContextRef ctx, const lode_tx_result_t *r) {
  size_t n = 8 + 2 * r->nrequests + 4 * r->nimports + r->nlocal_exports + 3 * r->nreexports +
             r->nstar_exports;
  JSValueRef *v = malloc(n * sizeof *v);
  if (v == NULL) abort();
  size_t k = 0;
  v[k++] = make_string16(ctx, r->code, r->code_len);
  v[k++] = JSValueMakeNumber(ctx, (double)r->prologue_len);
  v[k++] = JSValueMakeBoolean(ctx, r->has_tla);
  v[k++] = JSValueMakeNumber(ctx, (double)r->nrequests);
  for (size_t i = 0; i < r->nrequests; i++) {
    v[k++] = result_string(ctx, r, r->requests[i].specifier);
    v[k++] = request_attributes(ctx, r, &r->requests[i]);
  }
  v[k++] = JSValueMakeNumber(ctx, (double)r->nimports);
  for (size_t i = 0; i < r->nimports; i++) {
    v[k++] = JSValueMakeNumber(ctx, r->imports[i].request);
    v[k++] = result_string(ctx, r, r->imports[i].name);
    v[k++] = JSValueMakeNumber(ctx, r->imports[i].line);
    v[k++] = JSValueMakeNumber(ctx, r->imports[i].column);
  }
  v[k++] = JSValueMakeNumber(ctx, (double)r->nlocal_exports);
  for (size_t i = 0; i < r->nlocal_exports; i++)
    v[k++] = result_string(ctx, r, r->local_exports[i]);
  v[k++] = JSValueMakeNumber(ctx, (double)r->nreexports);
  for (size_t i = 0; i < r->nreexports; i++) {
    v[k++] = result_string(ctx, r, r->reexports[i].name);
    v[k++] = JSValueMakeNumber(ctx, r->reexports[i].request);
    v[k++] = result_string(ctx, r, r->reexports[i].imported);
  }
  v[k++] = JSValueMakeNumber(ctx, (double)r->nstar_exports);
  for (size_t i = 0; i < r->nstar_exports; i++)
    v[k++] = JSValueMakeNumber(ctx, r->star_exports[i]);
  JSObjectRef out = JSObjectMakeArray(ctx, k, v, NULL);
  free(v);
  return out;
}

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
