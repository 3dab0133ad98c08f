/* Node-API over JavaScriptCore: what the parts of src/napi share. */
#ifndef LODE_NAPI_INTERNAL_H
#define LODE_NAPI_INTERNAL_H

#include "../../include/node_api.h"
#include "../runtime.h"

/* A napi_value is the JSValueRef itself. JavaScriptCore scans the native stack
 * conservatively, so values an addon keeps in locals stay alive without handle scopes. */
#define V(value) ((napi_value)(value))
#define J(value) ((JSValueRef)(value))

/* Exported by libjavascriptcoregtk, declared only in private headers. */
typedef const struct OpaqueJSWeak *JSWeakRef;
JSWeakRef JSWeakCreate(JSContextGroupRef group, JSObjectRef object);
void JSWeakRelease(JSContextGroupRef group, JSWeakRef weak);
JSObjectRef JSWeakGetObject(JSWeakRef weak);
void JSReportExtraMemoryCost(JSContextRef ctx, size_t size);

typedef struct napi_finalizer_s {
  napi_finalize cb;
  void *data;
  void *hint;
  struct napi_finalizer_s *next;
} napi_finalizer_t;

typedef struct napi_cleanup_s {
  napi_cleanup_hook hook;
  void *arg;
  struct napi_cleanup_s *next;
} napi_cleanup_t;

/* One env per loaded addon. */
struct napi_env__ {
  lode_runtime_t *rt;
  JSGlobalContextRef ctx;
  JSObjectRef helpers;          /* lib/internal/napi's helper functions, protected */
  JSValueRef pending_exception; /* protected while set */
  napi_extended_error_info last_error;
  int32_t module_api_version;
  char *filename; /* file: URL of the addon */
  void *instance_data;
  napi_finalize instance_finalize;
  void *instance_hint;
  int64_t external_memory;
  napi_cleanup_t *cleanup_hooks;
  int open_callback_scopes;
  struct napi_env__ *next; /* all envs, for teardown */
};

/* Native data attached to an object: its wrap, type tag and finalizers. */
typedef struct {
  napi_env env;
  void *wrapped;
  napi_finalize wrap_cb;
  void *wrap_hint;
  bool has_wrap;
  bool has_tag;
  napi_type_tag tag;
  napi_finalizer_t *finalizers;
} napi_objinfo_t;

/* Status helpers: record the last error and return it. */
napi_status napi_set_status(napi_env env, napi_status status);
static inline napi_status napi_ok_status(napi_env env) {
  env->last_error.error_code = napi_ok;
  env->last_error.error_message = NULL;
  return napi_ok;
}

/* Argument checks of every Node-API function. */
#define CHECK_ENV(env)                                                                             \
  do {                                                                                             \
    if ((env) == NULL) return napi_invalid_arg;                                                    \
  } while (0)
#define CHECK_ARG(env, arg)                                                                        \
  do {                                                                                             \
    if ((arg) == NULL) return napi_set_status((env), napi_invalid_arg);                            \
  } while (0)
/* Functions that may run JavaScript refuse to while an exception is pending. */
#define PREAMBLE(env)                                                                              \
  do {                                                                                             \
    CHECK_ENV(env);                                                                                \
    if ((env)->pending_exception != NULL) return napi_set_status((env), napi_pending_exception);   \
  } while (0)

/* Records exc as the pending exception (returns napi_pending_exception). */
napi_status napi_take_exception(napi_env env, JSValueRef exc);

/* Calls helper `name` of lib/internal/napi with args; NULL with the exception pending if it
 * threw. */
JSValueRef napi_helper(napi_env env, const char *name, size_t argc, const JSValueRef *argv);

/* Queues a finalizer to run on the loop thread (never inside the collector). */
void napi_queue_finalizer(napi_env env, napi_finalize cb, void *data, void *hint);

/* Runs fn(env, arg) as a callback from the event loop: an exception left pending becomes
 * an uncaught exception, and ticks and microtasks run afterwards, as after any callback. */
void napi_run_callback(napi_env env, void (*fn)(napi_env env, void *arg), void *arg);

/* The runtime's teardown: cleanup hooks and instance data finalizers of every env. */
void lode_napi_teardown(lode_runtime_t *rt);

#endif
