/* Node-API over JavaScriptCore, the runtime part: loading addons (process.dlopen), buffers,
 * finalizers and callbacks from the loop, async work on libuv's thread pool, thread-safe
 * functions, callback scopes, cleanup hooks. */
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../bindings/index.h"
#include "napi_internal.h"

void napi_init_classes(void);

static napi_env all_envs;

/* ---- finalizers, run from the loop ---- */

typedef struct pending_finalizer_s {
  napi_env env;
  napi_finalize cb;
  void *data;
  void *hint;
  struct pending_finalizer_s *next;
} pending_finalizer_t;

static pending_finalizer_t *pending_head, *pending_tail;
static uv_check_t finalizer_check;
static bool finalizer_check_ready;

static void run_finalizer(napi_env env, void *arg) {
  pending_finalizer_t *p = arg;
  p->cb(env, p->data, p->hint);
}

static void run_pending_finalizers(uv_check_t *check) {
  (void)check;
  while (pending_head != NULL) {
    pending_finalizer_t *p = pending_head;
    pending_head = p->next;
    if (pending_head == NULL) pending_tail = NULL;
    napi_run_callback(p->env, run_finalizer, p);
    free(p);
  }
  uv_check_stop(&finalizer_check);
}

/* Finalizers found by the collector run after the current loop phase, with JavaScript
 * allowed, as Node runs them. */
void napi_queue_finalizer(napi_env env, napi_finalize cb, void *data, void *hint) {
  if (cb == NULL) return;
  pending_finalizer_t *p = malloc(sizeof *p);
  CHECK(p != NULL);
  *p = (pending_finalizer_t){env, cb, data, hint, NULL};
  if (pending_tail != NULL)
    pending_tail->next = p;
  else
    pending_head = p;
  pending_tail = p;
  if (finalizer_check_ready) {
    uv_check_start(&finalizer_check, run_pending_finalizers);
  }
}

napi_status node_api_post_finalizer(napi_env env, napi_finalize finalize_cb, void *finalize_data,
                                    void *finalize_hint) {
  CHECK_ENV(env);
  CHECK_ARG(env, finalize_cb);
  napi_queue_finalizer(env, finalize_cb, finalize_data, finalize_hint);
  return napi_ok_status(env);
}

void napi_run_callback(napi_env env, void (*fn)(napi_env env, void *arg), void *arg) {
  lode_runtime_t *rt = env->rt;
  lode_callback_begin(rt);
  fn(env, arg);
  if (env->pending_exception != NULL) {
    JSValueRef exc = env->pending_exception;
    JSValueUnprotect(env->ctx, exc);
    env->pending_exception = NULL;
    lode_handle_exception(rt, exc);
  }
  lode_callback_end(rt);
}

/* ---- loading ---- */

/* Lode links GLib (JavaScriptCore's GTK port does), which Node does not: an addon that
 * carries its own GLib, as sharp's libvips does, would bind its g_* calls to Lode's copy and
 * fail. Addons are loaded with their own symbols first, unless the caller passes flags.
 * AddressSanitizer refuses RTLD_DEEPBIND, so its builds load addons as Node does. */
#if defined(__SANITIZE_ADDRESS__)
#define DEFAULT_DEEPBIND 0
#else
#define DEFAULT_DEEPBIND RTLD_DEEPBIND
#endif

/* The module an addon registers from its constructors with napi_module_register while
 * dlopen runs (the loader's thread only). */
static napi_module *registered_module;

void napi_module_register(napi_module *mod) {
  registered_module = mod;
}

static napi_env new_env(lode_runtime_t *rt, JSObjectRef helpers, const char *filename,
                        int32_t version) {
  napi_env env = calloc(1, sizeof *env);
  CHECK(env != NULL);
  env->rt = rt;
  env->ctx = rt->ctx;
  env->helpers = helpers;
  JSValueProtect(rt->ctx, helpers);
  env->module_api_version = version;
  size_t n = strlen(filename);
  env->filename = malloc(n + 8);
  CHECK(env->filename != NULL);
  memcpy(env->filename, "file://", 7);
  memcpy(env->filename + 7, filename, n + 1);
  env->next = all_envs;
  all_envs = env;
  return env;
}

/* dlopen(exports, filename, flags (-1: none), helpers): loads the addon and returns what its
 * registration function returned (or exports). Throws ERR_DLOPEN_FAILED as Node does. */
static JSValueRef dlopen_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  lode_runtime_t *rt = lode_runtime();
  char *filename = NULL;
  if (argc < 4 || !JSValueIsObject(ctx, argv[3]) ||
      !lode_js_arg_string(ctx, argc, argv, 1, "filename", &filename, exc))
    return NULL;
  int flags = JSValueToInt32(ctx, argv[2], NULL); /* -1: none given */
  if (flags == -1) flags = RTLD_LAZY | DEFAULT_DEEPBIND;
  napi_init_classes();
  if (!finalizer_check_ready) {
    uv_check_init(rt->loop, &finalizer_check);
    uv_unref((uv_handle_t *)&finalizer_check);
    finalizer_check_ready = true;
  }
  registered_module = NULL;
  void *handle = dlopen(filename, flags);
  if (handle == NULL) {
    const char *why = dlerror();
    lode_js_throw(ctx, exc, "Error", "ERR_DLOPEN_FAILED", "%s", why != NULL ? why : filename);
    free(filename);
    return NULL;
  }
  napi_addon_register_func init =
      (napi_addon_register_func)dlsym(handle, "napi_register_module_v1");
  if (init == NULL && registered_module != NULL) init = registered_module->nm_register_func;
  if (init == NULL) {
    lode_js_throw(ctx, exc, "Error", "ERR_DLOPEN_FAILED", "Module did not self-register: '%s'.",
                  filename);
    dlclose(handle);
    free(filename);
    return NULL;
  }
  node_api_addon_get_api_version_func version_of =
      (node_api_addon_get_api_version_func)dlsym(handle, "node_api_module_get_api_version_v1");
  napi_env env = new_env(rt, (JSObjectRef)argv[3], filename, version_of ? version_of() : 8);
  free(filename);
  napi_value r = init(env, (napi_value)argv[0]);
  if (env->pending_exception != NULL) {
    *exc = env->pending_exception;
    JSValueUnprotect(ctx, env->pending_exception);
    env->pending_exception = NULL;
    return NULL;
  }
  return r != NULL ? (JSValueRef)r : argv[0];
}

JSObjectRef lode_binding_napi(lode_runtime_t *rt) {
  JSObjectRef b = JSObjectMake(rt->ctx, NULL, NULL);
  lode_js_set_function(rt->ctx, b, "dlopen", dlopen_cb);
  return b;
}

napi_status node_api_get_module_file_name(napi_env env, const char **result) {
  CHECK_ENV(env);
  CHECK_ARG(env, result);
  *result = env->filename;
  return napi_ok_status(env);
}

/* ---- process-level ---- */

void napi_fatal_error(const char *location, size_t location_len, const char *message,
                      size_t message_len) {
  if (location_len == NAPI_AUTO_LENGTH) location_len = location ? strlen(location) : 0;
  if (message_len == NAPI_AUTO_LENGTH) message_len = message ? strlen(message) : 0;
  fprintf(stderr, "FATAL ERROR: %.*s %.*s\n", (int)location_len, location ? location : "",
          (int)message_len, message ? message : "");
  fflush(stderr);
  abort();
}

napi_status napi_fatal_exception(napi_env env, napi_value err) {
  CHECK_ENV(env);
  CHECK_ARG(env, err);
  lode_handle_exception(env->rt, (JSValueRef)err);
  return napi_ok_status(env);
}

static const napi_node_version node_version = {24, 21, 0, "node"};

napi_status napi_get_node_version(napi_env env, const napi_node_version **version) {
  CHECK_ENV(env);
  CHECK_ARG(env, version);
  *version = &node_version;
  return napi_ok_status(env);
}

napi_status napi_get_uv_event_loop(napi_env env, struct uv_loop_s **loop) {
  CHECK_ENV(env);
  CHECK_ARG(env, loop);
  *loop = env->rt->loop;
  return napi_ok_status(env);
}

napi_status napi_add_env_cleanup_hook(napi_env env, napi_cleanup_hook fun, void *arg) {
  CHECK_ENV(env);
  CHECK_ARG(env, fun);
  napi_cleanup_t *c = malloc(sizeof *c);
  CHECK(c != NULL);
  *c = (napi_cleanup_t){fun, arg, env->cleanup_hooks};
  env->cleanup_hooks = c;
  return napi_ok_status(env);
}

napi_status napi_remove_env_cleanup_hook(napi_env env, napi_cleanup_hook fun, void *arg) {
  CHECK_ENV(env);
  CHECK_ARG(env, fun);
  for (napi_cleanup_t **p = &env->cleanup_hooks; *p != NULL; p = &(*p)->next) {
    if ((*p)->hook == fun && (*p)->arg == arg) {
      napi_cleanup_t *c = *p;
      *p = c->next;
      free(c);
      break;
    }
  }
  return napi_ok_status(env);
}

struct napi_async_cleanup_hook_handle__ {
  napi_env env;
  napi_async_cleanup_hook hook;
  void *arg;
};

static void run_async_cleanup(void *arg) {
  struct napi_async_cleanup_hook_handle__ *h = arg;
  h->hook(h, h->arg);
}

napi_status napi_add_async_cleanup_hook(napi_env env, napi_async_cleanup_hook hook, void *arg,
                                        napi_async_cleanup_hook_handle *handle) {
  CHECK_ENV(env);
  CHECK_ARG(env, hook);
  struct napi_async_cleanup_hook_handle__ *h = malloc(sizeof *h);
  CHECK(h != NULL);
  *h = (struct napi_async_cleanup_hook_handle__){env, hook, arg};
  napi_add_env_cleanup_hook(env, run_async_cleanup, h);
  if (handle != NULL) *handle = h;
  return napi_ok_status(env);
}

napi_status napi_remove_async_cleanup_hook(napi_async_cleanup_hook_handle handle) {
  if (handle == NULL) return napi_invalid_arg;
  napi_remove_env_cleanup_hook(handle->env, run_async_cleanup, handle);
  free(handle);
  return napi_ok;
}

void lode_napi_teardown(lode_runtime_t *rt) {
  (void)rt;
  for (napi_env env = all_envs; env != NULL; env = env->next) {
    while (env->cleanup_hooks != NULL) {
      napi_cleanup_t *c = env->cleanup_hooks;
      env->cleanup_hooks = c->next;
      c->hook(c->arg);
      free(c);
    }
    if (env->instance_finalize != NULL) {
      napi_finalize f = env->instance_finalize;
      env->instance_finalize = NULL;
      f(env, env->instance_data, env->instance_hint);
    }
  }
  if (finalizer_check_ready) {
    uv_close((uv_handle_t *)&finalizer_check, NULL);
    finalizer_check_ready = false;
  }
}

/* ---- callbacks into JavaScript from native code ---- */

struct napi_async_context__ {
  int unused;
};

napi_status napi_async_init(napi_env env, napi_value async_resource, napi_value async_resource_name,
                            napi_async_context *result) {
  (void)async_resource;
  (void)async_resource_name;
  CHECK_ENV(env);
  CHECK_ARG(env, result);
  *result = calloc(1, sizeof **result);
  CHECK(*result != NULL);
  return napi_ok_status(env);
}

napi_status napi_async_destroy(napi_env env, napi_async_context async_context) {
  CHECK_ENV(env);
  CHECK_ARG(env, async_context);
  free(async_context);
  return napi_ok_status(env);
}

napi_status napi_make_callback(napi_env env, napi_async_context async_context, napi_value recv,
                               napi_value func, size_t argc, const napi_value *argv,
                               napi_value *result) {
  (void)async_context;
  CHECK_ENV(env);
  if (env->rt->callback_depth > 0) return napi_call_function(env, recv, func, argc, argv, result);
  lode_callback_begin(env->rt);
  napi_status s = napi_call_function(env, recv, func, argc, argv, result);
  lode_callback_end(env->rt);
  return s;
}

struct napi_callback_scope__ {
  int unused;
};

napi_status napi_open_callback_scope(napi_env env, napi_value resource_object,
                                     napi_async_context context, napi_callback_scope *result) {
  (void)resource_object;
  (void)context;
  CHECK_ENV(env);
  CHECK_ARG(env, result);
  *result = calloc(1, sizeof **result);
  CHECK(*result != NULL);
  lode_callback_begin(env->rt);
  env->open_callback_scopes++;
  return napi_ok_status(env);
}

napi_status napi_close_callback_scope(napi_env env, napi_callback_scope scope) {
  CHECK_ENV(env);
  CHECK_ARG(env, scope);
  if (env->open_callback_scopes == 0) return napi_set_status(env, napi_callback_scope_mismatch);
  env->open_callback_scopes--;
  free(scope);
  lode_callback_end(env->rt);
  return napi_ok_status(env);
}

/* ---- buffers ---- */

static napi_status as_buffer(napi_env env, napi_value ab, size_t offset, size_t length,
                             napi_value *result) {
  napi_status s = napi_create_typedarray(env, napi_uint8_array, length, ab, offset, result);
  if (s != napi_ok) return s;
  JSObjectSetPrototype(env->ctx, (JSObjectRef)J(*result),
                       lode_js_get(env->ctx, env->helpers, "bufferPrototype"));
  return napi_ok_status(env);
}

napi_status napi_create_buffer(napi_env env, size_t length, void **data, napi_value *result) {
  CHECK_ENV(env);
  CHECK_ARG(env, result);
  napi_value ab;
  napi_status s = napi_create_arraybuffer(env, length, data, &ab);
  return s != napi_ok ? s : as_buffer(env, ab, 0, length, result);
}

napi_status napi_create_external_buffer(napi_env env, size_t length, void *data,
                                        napi_finalize finalize_cb, void *finalize_hint,
                                        napi_value *result) {
  CHECK_ENV(env);
  CHECK_ARG(env, result);
  napi_value ab;
  napi_status s =
      napi_create_external_arraybuffer(env, data, length, finalize_cb, finalize_hint, &ab);
  return s != napi_ok ? s : as_buffer(env, ab, 0, length, result);
}

napi_status napi_create_buffer_copy(napi_env env, size_t length, const void *data,
                                    void **result_data, napi_value *result) {
  void *bytes;
  napi_status s = napi_create_buffer(env, length, &bytes, result);
  if (s != napi_ok) return s;
  if (length > 0) memcpy(bytes, data, length);
  if (result_data != NULL) *result_data = bytes;
  return napi_ok;
}

napi_status node_api_create_buffer_from_arraybuffer(napi_env env, napi_value arraybuffer,
                                                    size_t byte_offset, size_t byte_length,
                                                    napi_value *result) {
  CHECK_ENV(env);
  if (result == NULL || arraybuffer == NULL) return napi_set_status(env, napi_invalid_arg);
  bool is;
  napi_is_arraybuffer(env, arraybuffer, &is);
  if (!is) return napi_set_status(env, napi_arraybuffer_expected);
  return as_buffer(env, arraybuffer, byte_offset, byte_length, result);
}

napi_status napi_is_buffer(napi_env env, napi_value value, bool *result) {
  return napi_is_typedarray(env, value, result);
}

napi_status napi_get_buffer_info(napi_env env, napi_value value, void **data, size_t *length) {
  CHECK_ENV(env);
  CHECK_ARG(env, value);
  uint8_t *bytes;
  size_t len;
  if (!lode_js_bytes(env->ctx, J(value), false, &bytes, &len))
    return napi_set_status(env, napi_invalid_arg);
  if (data != NULL) *data = bytes;
  if (length != NULL) *length = len;
  return napi_ok_status(env);
}

/* ---- async work ---- */

struct napi_async_work__ {
  uv_work_t req;
  napi_env env;
  napi_async_execute_callback execute;
  napi_async_complete_callback complete;
  void *data;
  bool queued;
};

napi_status napi_create_async_work(napi_env env, napi_value async_resource,
                                   napi_value async_resource_name,
                                   napi_async_execute_callback execute,
                                   napi_async_complete_callback complete, void *data,
                                   napi_async_work *result) {
  (void)async_resource;
  (void)async_resource_name;
  CHECK_ENV(env);
  if (execute == NULL || result == NULL) return napi_set_status(env, napi_invalid_arg);
  napi_async_work w = calloc(1, sizeof *w);
  CHECK(w != NULL);
  w->env = env;
  w->execute = execute;
  w->complete = complete;
  w->data = data;
  w->req.data = w;
  *result = w;
  return napi_ok_status(env);
}

napi_status napi_delete_async_work(napi_env env, napi_async_work work) {
  CHECK_ENV(env);
  CHECK_ARG(env, work);
  free(work);
  return napi_ok_status(env);
}

static void work_execute(uv_work_t *req) {
  napi_async_work w = req->data;
  w->execute(w->env, w->data);
}

typedef struct {
  napi_async_work work;
  napi_status status;
} completion_t;

static void run_complete(napi_env env, void *arg) {
  completion_t *c = arg;
  c->work->complete(env, c->status, c->work->data);
}

static void work_after(uv_work_t *req, int status) {
  napi_async_work w = req->data;
  w->queued = false;
  if (w->complete == NULL) return;
  completion_t c = {w, status == UV_ECANCELED ? napi_cancelled : napi_ok};
  napi_run_callback(w->env, run_complete, &c);
}

napi_status napi_queue_async_work(napi_env env, napi_async_work work) {
  CHECK_ENV(env);
  CHECK_ARG(env, work);
  if (uv_queue_work(env->rt->loop, &work->req, work_execute, work_after) != 0)
    return napi_set_status(env, napi_generic_failure);
  work->queued = true;
  return napi_ok_status(env);
}

napi_status napi_cancel_async_work(napi_env env, napi_async_work work) {
  CHECK_ENV(env);
  CHECK_ARG(env, work);
  if (uv_cancel((uv_req_t *)&work->req) != 0) return napi_set_status(env, napi_generic_failure);
  return napi_ok_status(env);
}

/* ---- thread-safe functions ---- */

typedef struct tsfn_item_s {
  void *data;
  struct tsfn_item_s *next;
} tsfn_item_t;

struct napi_threadsafe_function__ {
  napi_env env;
  uv_async_t async;
  uv_mutex_t lock;
  uv_cond_t space;
  tsfn_item_t *head, *tail;
  size_t queued;
  size_t max_queue;
  size_t threads;
  bool closing; /* released to 0 threads or aborted: no more calls */
  bool aborted;
  bool closed; /* the async handle is closing */
  napi_ref func;
  void *context;
  napi_threadsafe_function_call_js call_js;
  napi_finalize finalize_cb;
  void *finalize_data;
};

static void tsfn_closed(uv_handle_t *handle) {
  napi_threadsafe_function f = handle->data;
  uv_mutex_destroy(&f->lock);
  uv_cond_destroy(&f->space);
  free(f);
}

typedef struct {
  napi_threadsafe_function f;
  void *data;
} tsfn_call_t;

static void tsfn_call_one(napi_env env, void *arg) {
  tsfn_call_t *c = arg;
  napi_value fn = NULL;
  if (c->f->func != NULL) napi_get_reference_value(env, c->f->func, &fn);
  if (c->f->call_js != NULL) {
    c->f->call_js(env, fn, c->f->context, c->data);
  } else if (fn != NULL) {
    napi_value undefined;
    napi_get_undefined(env, &undefined);
    napi_call_function(env, undefined, fn, 0, NULL, NULL);
  }
}

static void tsfn_finalize(napi_env env, void *arg) {
  napi_threadsafe_function f = arg;
  if (f->finalize_cb != NULL) f->finalize_cb(env, f->finalize_data, f->context);
}

/* Drains the queue on the loop thread; closes the function once no thread holds it. */
static void tsfn_async(uv_async_t *async) {
  napi_threadsafe_function f = async->data;
  for (;;) {
    uv_mutex_lock(&f->lock);
    tsfn_item_t *item = f->head;
    if (item != NULL && !f->aborted) {
      f->head = item->next;
      if (f->head == NULL) f->tail = NULL;
      f->queued--;
      uv_cond_signal(&f->space);
    } else {
      item = NULL;
    }
    bool done = f->closing && (f->head == NULL || f->aborted);
    uv_mutex_unlock(&f->lock);
    if (item != NULL) {
      tsfn_call_t c = {f, item->data};
      free(item);
      napi_run_callback(f->env, tsfn_call_one, &c);
      continue;
    }
    if (done && !f->closed) {
      f->closed = true;
      napi_run_callback(f->env, tsfn_finalize, f);
      if (f->func != NULL) napi_delete_reference(f->env, f->func);
      uv_mutex_lock(&f->lock);
      for (tsfn_item_t *i = f->head; i != NULL;) {
        tsfn_item_t *next = i->next;
        free(i);
        i = next;
      }
      f->head = f->tail = NULL;
      uv_mutex_unlock(&f->lock);
      uv_close((uv_handle_t *)&f->async, tsfn_closed);
    }
    return;
  }
}

napi_status napi_create_threadsafe_function(napi_env env, napi_value func,
                                            napi_value async_resource,
                                            napi_value async_resource_name, size_t max_queue_size,
                                            size_t initial_thread_count, void *thread_finalize_data,
                                            napi_finalize thread_finalize_cb, void *context,
                                            napi_threadsafe_function_call_js call_js_cb,
                                            napi_threadsafe_function *result) {
  (void)async_resource;
  (void)async_resource_name;
  CHECK_ENV(env);
  if (result == NULL || initial_thread_count == 0) return napi_set_status(env, napi_invalid_arg);
  if (func == NULL && call_js_cb == NULL) return napi_set_status(env, napi_invalid_arg);
  if (func != NULL) {
    napi_valuetype t;
    napi_typeof(env, func, &t);
    if (t != napi_function) return napi_set_status(env, napi_function_expected);
  }
  napi_threadsafe_function f = calloc(1, sizeof *f);
  CHECK(f != NULL);
  f->env = env;
  f->max_queue = max_queue_size;
  f->threads = initial_thread_count;
  f->context = context;
  f->call_js = call_js_cb;
  f->finalize_cb = thread_finalize_cb;
  f->finalize_data = thread_finalize_data;
  if (func != NULL) napi_create_reference(env, func, 1, &f->func);
  uv_mutex_init(&f->lock);
  uv_cond_init(&f->space);
  uv_async_init(env->rt->loop, &f->async, tsfn_async);
  f->async.data = f;
  *result = f;
  return napi_ok_status(env);
}

napi_status napi_get_threadsafe_function_context(napi_threadsafe_function func, void **result) {
  if (func == NULL || result == NULL) return napi_invalid_arg;
  *result = func->context;
  return napi_ok;
}

napi_status napi_call_threadsafe_function(napi_threadsafe_function func, void *data,
                                          napi_threadsafe_function_call_mode is_blocking) {
  if (func == NULL) return napi_invalid_arg;
  uv_mutex_lock(&func->lock);
  while (!func->closing && func->max_queue > 0 && func->queued >= func->max_queue) {
    if (is_blocking == napi_tsfn_nonblocking) {
      uv_mutex_unlock(&func->lock);
      return napi_queue_full;
    }
    uv_cond_wait(&func->space, &func->lock);
  }
  if (func->closing) {
    bool aborted = func->aborted;
    if (func->threads > 0) func->threads--;
    uv_mutex_unlock(&func->lock);
    return aborted ? napi_closing : napi_closing;
  }
  tsfn_item_t *item = malloc(sizeof *item);
  CHECK(item != NULL);
  item->data = data;
  item->next = NULL;
  if (func->tail != NULL)
    func->tail->next = item;
  else
    func->head = item;
  func->tail = item;
  func->queued++;
  uv_mutex_unlock(&func->lock);
  uv_async_send(&func->async);
  return napi_ok;
}

napi_status napi_acquire_threadsafe_function(napi_threadsafe_function func) {
  if (func == NULL) return napi_invalid_arg;
  uv_mutex_lock(&func->lock);
  if (func->closing) {
    uv_mutex_unlock(&func->lock);
    return napi_closing;
  }
  func->threads++;
  uv_mutex_unlock(&func->lock);
  return napi_ok;
}

napi_status napi_release_threadsafe_function(napi_threadsafe_function func,
                                             napi_threadsafe_function_release_mode mode) {
  if (func == NULL) return napi_invalid_arg;
  uv_mutex_lock(&func->lock);
  if (func->threads == 0) {
    uv_mutex_unlock(&func->lock);
    return napi_invalid_arg;
  }
  func->threads--;
  if (func->threads == 0 || mode == napi_tsfn_abort) {
    func->closing = true;
    if (mode == napi_tsfn_abort) func->aborted = true;
    uv_cond_broadcast(&func->space);
  }
  uv_mutex_unlock(&func->lock);
  uv_async_send(&func->async);
  return napi_ok;
}

napi_status napi_unref_threadsafe_function(napi_env env, napi_threadsafe_function func) {
  CHECK_ENV(env);
  CHECK_ARG(env, func);
  uv_unref((uv_handle_t *)&func->async);
  return napi_ok_status(env);
}

napi_status napi_ref_threadsafe_function(napi_env env, napi_threadsafe_function func) {
  CHECK_ENV(env);
  CHECK_ARG(env, func);
  uv_ref((uv_handle_t *)&func->async);
  return napi_ok_status(env);
}
