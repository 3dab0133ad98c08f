/* Signal watchers for process.on('SIGINT') and friends. One uv_signal_t per watched signal;
 * the binding's `onsignal(signum)` property is called through the trampoline. */
#include <signal.h>
#include <stdlib.h>

#include "index.h"

#define MAX_SIGNAL 65

static uv_signal_t *watchers[MAX_SIGNAL];
static JSObjectRef binding_obj;

#define SIGNAL_LIST(V)                                                                             \
  V(SIGHUP)                                                                                        \
  V(SIGINT)                                                                                        \
  V(SIGQUIT) V(SIGILL) V(SIGTRAP) V(SIGABRT) V(SIGIOT) V(SIGBUS) V(SIGFPE) V(SIGKILL) V(SIGUSR1)   \
      V(SIGSEGV) V(SIGUSR2) V(SIGPIPE) V(SIGALRM) V(SIGTERM) V(SIGCHLD) V(SIGSTKFLT) V(SIGCONT)    \
          V(SIGSTOP) V(SIGTSTP) V(SIGTTIN) V(SIGTTOU) V(SIGURG) V(SIGXCPU) V(SIGXFSZ) V(SIGVTALRM) \
              V(SIGPROF) V(SIGWINCH) V(SIGIO) V(SIGPOLL) V(SIGPWR) V(SIGSYS)

static void on_signal_cb(uv_signal_t *handle, int signum) {
  lode_runtime_t *rt = handle->data;
  JSValueRef onsignal = lode_js_get(rt->ctx, binding_obj, "onsignal");
  if (!JSValueIsObject(rt->ctx, onsignal)) return;
  JSValueRef arg = JSValueMakeNumber(rt->ctx, signum);
  lode_make_callback(rt, (JSObjectRef)onsignal, binding_obj, 1, &arg);
}

static void free_handle_cb(uv_handle_t *handle) {
  free(handle);
}

/* start(signum) → 0 or a negative libuv error. */
static JSValueRef start_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  int64_t signum;
  if (!lode_js_arg_int(ctx, argc, argv, 0, "signal", &signum, exc)) return NULL;
  if (signum <= 0 || signum >= MAX_SIGNAL) return JSValueMakeNumber(ctx, UV_EINVAL);
  if (watchers[signum] != NULL) return JSValueMakeNumber(ctx, 0);
  lode_runtime_t *rt = lode_runtime();
  uv_signal_t *h = malloc(sizeof *h);
  CHECK(h != NULL);
  uv_signal_init(rt->loop, h);
  h->data = rt;
  int r = uv_signal_start(h, on_signal_cb, (int)signum);
  if (r != 0) {
    uv_close((uv_handle_t *)h, free_handle_cb);
    return JSValueMakeNumber(ctx, r);
  }
  /* Like Node, a signal listener does not keep the process alive. */
  uv_unref((uv_handle_t *)h);
  watchers[signum] = h;
  return JSValueMakeNumber(ctx, 0);
}

static JSValueRef stop_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  int64_t signum;
  if (!lode_js_arg_int(ctx, argc, argv, 0, "signal", &signum, exc)) return NULL;
  if (signum > 0 && signum < MAX_SIGNAL && watchers[signum] != NULL) {
    uv_close((uv_handle_t *)watchers[signum], free_handle_cb);
    watchers[signum] = NULL;
  }
  return JSValueMakeNumber(ctx, 0);
}

JSObjectRef lode_binding_signal(lode_runtime_t *rt) {
  JSContextRef ctx = rt->ctx;
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  lode_js_set_function(ctx, b, "start", start_cb);
  lode_js_set_function(ctx, b, "stop", stop_cb);
  JSObjectRef signals = JSObjectMake(ctx, NULL, NULL);
#define SIGNAL_ENTRY(name) lode_js_set_number(ctx, signals, #name, name);
  SIGNAL_LIST(SIGNAL_ENTRY)
#undef SIGNAL_ENTRY
  lode_js_set(ctx, b, "signals", signals);
  binding_obj = b;
  return b;
}

void lode_signal_teardown(lode_runtime_t *rt) {
  (void)rt;
  for (int i = 0; i < MAX_SIGNAL; i++) {
    if (watchers[i] != NULL) {
      uv_close((uv_handle_t *)watchers[i], free_handle_cb);
      watchers[i] = NULL;
    }
  }
}
