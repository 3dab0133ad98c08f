/* An addon for test-napi-own-symbols.js that links a library of its own defining a GLib
 * function (as sharp's libvips carries its own GLib): its calls must reach its own copy,
 * not the GLib that Lode itself links. */
#include <node_api.h>

const char *g_get_prgname(void);

static napi_value which(napi_env env, napi_callback_info info) {
  (void)info;
  const char *name = g_get_prgname();
  napi_value r;
  napi_create_string_utf8(env, name ? name : "(null)", NAPI_AUTO_LENGTH, &r);
  return r;
}

NAPI_MODULE_INIT() {
  napi_value fn;
  napi_create_function(env, "which", NAPI_AUTO_LENGTH, which, NULL, &fn);
  napi_set_named_property(env, exports, "which", fn);
  return exports;
}
