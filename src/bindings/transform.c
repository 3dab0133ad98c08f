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

static void set_index(JSContextRef ctx, JSObjectRef array, unsigned i, JSValueRef v) {
  JSObjectSetPropertyAtIndex(ctx, array, i, v, NULL);
}

static JSObjectRef new_array(JSContextRef ctx) {
  return JSObjectMakeArray(ctx, 0, NULL, NULL);
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

static void set_module_metadata(JSContextRef ctx, JSObjectRef out, const lode_tx_result_t *r) {
  JSObjectRef requests = new_array(ctx);
  lode_js_set(ctx, out, "requests", requests);
  for (size_t i = 0; i < r->nrequests; i++) {
    JSObjectRef pair = new_array(ctx);
    set_index(ctx, requests, (unsigned)i, pair);
    set_index(ctx, pair, 0, result_string(ctx, r, r->requests[i].specifier));
    set_index(ctx, pair, 1, request_attributes(ctx, r, &r->requests[i]));
  }
  JSObjectRef imports = new_array(ctx);
  lode_js_set(ctx, out, "imports", imports);
  for (size_t i = 0; i < r->nimports; i++) {
    JSObjectRef entry = new_array(ctx);
    set_index(ctx, imports, (unsigned)i, entry);
    set_index(ctx, entry, 0, JSValueMakeNumber(ctx, r->imports[i].request));
    set_index(ctx, entry, 1, result_string(ctx, r, r->imports[i].name));
    set_index(ctx, entry, 2, JSValueMakeNumber(ctx, r->imports[i].line));
    set_index(ctx, entry, 3, JSValueMakeNumber(ctx, r->imports[i].column));
  }
  JSObjectRef locals = new_array(ctx);
  lode_js_set(ctx, out, "localExports", locals);
  for (size_t i = 0; i < r->nlocal_exports; i++)
    set_index(ctx, locals, (unsigned)i, result_string(ctx, r, r->local_exports[i]));
  JSObjectRef reexports = new_array(ctx);
  lode_js_set(ctx, out, "reexports", reexports);
  for (size_t i = 0; i < r->nreexports; i++) {
    JSObjectRef entry = new_array(ctx);
    set_index(ctx, reexports, (unsigned)i, entry);
    set_index(ctx, entry, 0, result_string(ctx, r, r->reexports[i].name));
    set_index(ctx, entry, 1, JSValueMakeNumber(ctx, r->reexports[i].request));
    set_index(ctx, entry, 2, result_string(ctx, r, r->reexports[i].imported));
  }
  JSObjectRef stars = new_array(ctx);
  lode_js_set(ctx, out, "starExports", stars);
  for (size_t i = 0; i < r->nstar_exports; i++)
    set_index(ctx, stars, (unsigned)i, JSValueMakeNumber(ctx, r->star_exports[i]));
  lode_js_set(ctx, out, "hasTLA", JSValueMakeBoolean(ctx, r->has_tla));
  lode_js_set_number(ctx, out, "prologueLength", (double)r->prologue_len);
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
    if (flags & LODE_TX_MODULE) set_module_metadata(ctx, out, &r);
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
