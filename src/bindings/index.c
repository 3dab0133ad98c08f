#include "index.h"

#include <string.h>

typedef struct binding_entry_s {
  const char *name;
  JSObjectRef (*init)(lode_runtime_t *rt);
} binding_entry_t;

#define LODE_BINDING_ENTRY(name) {#name, lode_binding_##name},
static const binding_entry_t bindings[] = {LODE_BINDINGS(LODE_BINDING_ENTRY)};
#undef LODE_BINDING_ENTRY

JSObjectRef lode_binding_get(lode_runtime_t *rt, const char *name) {
  JSValueRef cached = lode_js_get(rt->ctx, rt->bindings, name);
  if (JSValueIsObject(rt->ctx, cached)) return (JSObjectRef)cached;
  for (size_t i = 0; i < sizeof bindings / sizeof bindings[0]; i++) {
    if (strcmp(bindings[i].name, name) == 0) {
      JSObjectRef obj = bindings[i].init(rt);
      lode_js_set(rt->ctx, rt->bindings, name, obj);
      return obj;
    }
  }
  return NULL;
}
