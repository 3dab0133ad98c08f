/* internalBinding('transform'): the JavaScript/TypeScript transform of src/transform, for the
 * ES module loader and the TypeScript loaders. The contract is doc/esm.md. */
#include <stdlib.h>

#include "../transform/transform.h"
#include "index.h"

/* A JS string of the units s[0..len), made with one copy (the C API copies twice), 8-bit when
 * every unit is below U+0100, as code and names usually are (the C API makes 16-bit strings):
 * ~1.1k instructions less per string, ~2M over a graph of 200 small modules. */
static JSValueRef make_string16(JSContextRef ctx, const uint16_t *s, size_t len) {
  uint16_t top = 0;
  for (size_t i = 0; i < len; i++)
    top |= s[i];
  if (len > LODE_JS_STRING_MAX) {
    JSStringRef str = JSStringCreateWithCharacters(s, len);
    JSValueRef v = JSValueMakeString(ctx, str);
    JSStringRelease(str);
    return v;
  }
  if (top > 0xFF) return lode_js_value_from_utf16(ctx, s, len);
  lode_js_str_t str;
  uint8_t *out = lode_js_str8_begin(&str, len);
  for (size_t i = 0; i < len; i++)
    out[i] = (uint8_t)s[i];
  return lode_js_str_finish(ctx, &str);
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

/* An ES module's result: [code, prologueLength, hasTLA, requests, imports, localExports,
 * reexports, starExports], each list a flat array: requests (specifier, attributes)…,
 * imports (request, name, line, column)…, local export names, reexports (name, request,
 * imported)…, star export request indexes. Each array is made with one engine call (setting
 * elements one by one from C costs ~0.5 µs each) from values that wait on the stack, which the
 * collector scans (in a malloc'd array the strings made first could be collected while later
 * ones are allocated); a list with more values than fit there (rare) has them set one by one.
 * (The lists come apart so that the loader need not slice them out of one array: that cost
 * ~0.4M instructions of a hello world's start-up, the slicing code's first call.) */
#define LIST_STACK 1024

typedef struct {
  JSContextRef ctx;
  JSValueRef *v; /* the stack buffer, or NULL while filling `big` */
  JSObjectRef big;
  size_t k;
} list_t;

static void list_start(list_t *l, JSValueRef *stack, size_t n) {
  l->k = 0;
  l->v = n <= LIST_STACK ? stack : NULL;
  l->big = l->v == NULL ? JSObjectMakeArray(l->ctx, 0, NULL, NULL) : NULL;
}

static void list_put(list_t *l, JSValueRef value) {
  if (l->v != NULL)
    l->v[l->k++] = value;
  else
    JSObjectSetPropertyAtIndex(l->ctx, l->big, (unsigned)l->k++, value, NULL);
}

static JSValueRef list_end(list_t *l) {
  return l->v != NULL ? JSObjectMakeArray(l->ctx, l->k, l->v, NULL) : l->big;
}

/* The column shifts of r as a flat list: line, start column, end column, growth (doc/esm.md). */
static JSValueRef shift_list(JSContextRef ctx, const lode_tx_result_t *r) {
  JSValueRef stack[LIST_STACK];
  list_t l = {.ctx = ctx};
  list_start(&l, stack, 4 * r->nshifts);
  for (size_t i = 0; i < r->nshifts; i++) {
    list_put(&l, JSValueMakeNumber(ctx, r->shifts[i].line));
    list_put(&l, JSValueMakeNumber(ctx, r->shifts[i].start_column));
    list_put(&l, JSValueMakeNumber(ctx, r->shifts[i].end_column));
    list_put(&l, JSValueMakeNumber(ctx, r->shifts[i].grow));
  }
  return list_end(&l);
}

static JSValueRef module_result(JSContextRef ctx, const lode_tx_result_t *r) {
  JSValueRef stack[LIST_STACK];
  JSValueRef parts[9];
  list_t l = {.ctx = ctx};
  parts[0] = make_string16(ctx, r->code, r->code_len);
  parts[1] = JSValueMakeNumber(ctx, (double)r->prologue_len);
  parts[2] = JSValueMakeBoolean(ctx, r->has_tla);
  list_start(&l, stack, 2 * r->nrequests);
  for (size_t i = 0; i < r->nrequests; i++) {
    list_put(&l, result_string(ctx, r, r->requests[i].specifier));
    list_put(&l, request_attributes(ctx, r, &r->requests[i]));
  }
  parts[3] = list_end(&l);
  list_start(&l, stack, 4 * r->nimports);
  for (size_t i = 0; i < r->nimports; i++) {
    list_put(&l, JSValueMakeNumber(ctx, r->imports[i].request));
    list_put(&l, result_string(ctx, r, r->imports[i].name));
    list_put(&l, JSValueMakeNumber(ctx, r->imports[i].line));
    list_put(&l, JSValueMakeNumber(ctx, r->imports[i].column));
  }
  parts[4] = list_end(&l);
  list_start(&l, stack, r->nlocal_exports);
  for (size_t i = 0; i < r->nlocal_exports; i++)
    list_put(&l, result_string(ctx, r, r->local_exports[i]));
  parts[5] = list_end(&l);
  list_start(&l, stack, 3 * r->nreexports);
  for (size_t i = 0; i < r->nreexports; i++) {
    list_put(&l, result_string(ctx, r, r->reexports[i].name));
    list_put(&l, JSValueMakeNumber(ctx, r->reexports[i].request));
    list_put(&l, result_string(ctx, r, r->reexports[i].imported));
  }
  parts[6] = list_end(&l);
  list_start(&l, stack, r->nstar_exports);
  for (size_t i = 0; i < r->nstar_exports; i++)
    list_put(&l, JSValueMakeNumber(ctx, r->star_exports[i]));
  parts[7] = list_end(&l);
  parts[8] = shift_list(ctx, r);
  return JSObjectMakeArray(ctx, 9, parts, NULL);
}

/* transform(source, flags): see doc/esm.md. Never throws for a string source. */
static JSValueRef transform_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  if (argc < 1 || !JSValueIsString(ctx, argv[0]))
    return lode_js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE",
                         "The \"source\" argument must be of type string");
  lode_js_collect_strings_if_due(ctx);
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
    /* Rewritten import() calls are longer than the source. */
    if (r.nshifts > 0) lode_js_set(ctx, out, "shifts", shift_list(ctx, &r));
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
