#include "runtime.h"

#include <dlfcn.h>
#include <jsc/jsc.h>
#include <sched.h>
#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>

#include "bindings/index.h"

static _Thread_local lode_runtime_t *current_runtime;

lode_runtime_t *lode_runtime(void) {
  return current_runtime;
}

/* Prints an exception that happened before the bootstrap could install its own printer. */
static void print_raw_exception(JSContextRef ctx, JSValueRef exc) {
  char *msg = lode_js_value_to_utf8(ctx, exc, NULL, NULL);
  char *stack = NULL;
  if (JSValueIsObject(ctx, exc)) {
    JSValueRef s = lode_js_get(ctx, (JSObjectRef)exc, "stack");
    if (JSValueIsString(ctx, s)) stack = lode_js_value_to_utf8(ctx, s, NULL, NULL);
  }
  fprintf(stderr, "%s\n%s\n", msg ? msg : "(exception)", stack ? stack : "");
  free(msg);
  free(stack);
}

_Noreturn void lode_exit(lode_runtime_t *rt, int code) {
  (void)rt;
  fflush(stdout);
  fflush(stderr);
  exit(code);
}

void lode_handle_exception(lode_runtime_t *rt, JSValueRef exception) {
  if (rt->fatal_exception == NULL) {
    print_raw_exception(rt->ctx, exception);
    lode_exit(rt, 1);
  }
  JSValueRef exc = NULL;
  JSObjectCallAsFunction(rt->ctx, rt->fatal_exception, NULL, 1, &exception, &exc);
  if (exc != NULL) {
    /* The uncaught-exception machinery itself threw: Node exits with 7 here. */
    print_raw_exception(rt->ctx, exc);
    lode_exit(rt, 7);
  }
}

/* Runs process.nextTick callbacks and reports unhandled rejections, while holding the API
 * lock so that the microtask queue drains only after the ticks, as in Node. */
static void run_ticks_locked(lode_runtime_t *rt) {
  JSValueRef exc = NULL;
  JSObjectCallAsFunction(rt->ctx, rt->process_ticks, NULL, 0, NULL, &exc);
  if (exc != NULL) lode_handle_exception(rt, exc);
}

/* The loop's idle time: from the end of the prepare phase of an iteration whose poll may
 * block to the first callback after the wait (or the check phase when nothing called
 * JavaScript). libuv's UV_METRICS_IDLE_TIME measures the same, but with it every poll that
 * blocks is two epoll_wait calls (a first one with a zero timeout): a system call more for
 * each wait (an `await fsp.stat()` loop made two a call, now one). */
static uv_prepare_t idle_prepare;
static uv_check_t idle_check;

/* Whether this iteration's poll may wait: the tests of libuv's internal uv__backend_timeout,
 * read from the loop's fields in uv.h (the public uv_backend_timeout also answers 0 while
 * epoll registrations are pending, which is most iterations of a busy server). */
static bool queue_empty(void *const q[2]) {
  return q[0] == (void *)q;
}

static bool poll_may_wait(const uv_loop_t *loop) {
  if (loop->stop_flag != 0 || loop->closing_handles != NULL) return false;
  if (loop->active_handles == 0 && loop->active_reqs.count == 0) return false;
  if (!queue_empty(loop->idle_handles) || !queue_empty(loop->pending_queue)) return false;
  if (loop->timer_heap.min != NULL) {
    const uv_timer_t *next =
        (const uv_timer_t *)((const char *)loop->timer_heap.min - offsetof(uv_timer_t, heap_node));
    if (next->timeout <= uv_now(loop)) return false;
  }
  return true;
}

/* Spinning before a short wait. Going to sleep in epoll_wait and being woken costs the
 * process two context switches and the kernel a wake-up (an inter-processor interrupt in a
 * virtual machine): a busy server whose events come microseconds apart pays it for every one
 * or two of them (a cluster worker under wrk: 27,000 sleeps a second for 50,000 requests),
 * and so does a program awaiting the thread pool in a row. So the loop first looks for
 * events without sleeping, for up to rt->spin_ns, giving the CPU to any other runnable
 * thread between looks (sched_yield), and sleeps only if none came. The window adapts as
 * KVM's halt polling does: a wait that slept but was shorter than SPIN_MAX_NS doubles it
 * (from SPIN_MIN_NS), a longer one halves it, down to no spin at all: a loop whose waits are
 * long (an idle server, a timer, a slow peer) stops spinning after a few of them. The events
 * stay in the epoll set (libuv's are level-triggered) for libuv's own epoll_wait right after,
 * which returns at once. Registrations libuv has not made yet (its watcher queue) are not in
 * the set, so their events could not end a spin: no spin while some are pending.
 * LODE_NO_SPIN=1 turns it off. */
enum { SPIN_MIN_NS = 10 * 1000, SPIN_MAX_NS = 50 * 1000, SPIN_READY_NS = 5 * 1000 };
static bool spin_enabled;

static void spin_before_wait(lode_runtime_t *rt) {
  if (rt->spin_ns == 0 || !queue_empty(rt->loop->watcher_queue)) return;
  int fd = uv_backend_fd(rt->loop);
  struct epoll_event ev;
  uint64_t end = rt->idle_since + rt->spin_ns;
  while (epoll_wait(fd, &ev, 1, 0) == 0 && uv_hrtime() < end) sched_yield();
}

/* Adapts the spin window to a wait of `waited` ns that has just ended. A wait under
 * SPIN_READY_NS found its events ready (a sleep and a wake-up take longer): a loop that
 * always finds them so (an echo of many connections) does not start spinning, which would
 * cost it an epoll_wait more an iteration. */
static void spin_adapt(lode_runtime_t *rt, uint64_t waited) {
  if (waited <= rt->spin_ns) return; /* the spin saw the event come */
  if (waited < SPIN_READY_NS) return; /* no sleep to save */
  if (waited < SPIN_MAX_NS) {
    rt->spin_ns = rt->spin_ns < SPIN_MIN_NS ? SPIN_MIN_NS : rt->spin_ns * 2;
    if (rt->spin_ns > SPIN_MAX_NS) rt->spin_ns = SPIN_MAX_NS;
  } else {
    rt->spin_ns /= 2;
    if (rt->spin_ns < SPIN_MIN_NS) rt->spin_ns = 0;
  }
}

static void idle_end(lode_runtime_t *rt) {
  uint64_t waited = uv_hrtime() - rt->idle_since;
  rt->idle_total += waited;
  rt->idle_since = 0;
  if (spin_enabled) spin_adapt(rt, waited);
}

static void idle_prepare_cb(uv_prepare_t *h) {
  lode_runtime_t *rt = h->data;
  rt->idle_since = poll_may_wait(rt->loop) ? uv_hrtime() : 0;
  if (spin_enabled && rt->idle_since != 0) spin_before_wait(rt);
}

static void idle_check_cb(uv_check_t *h) {
  lode_runtime_t *rt = h->data;
  if (rt->idle_since != 0) idle_end(rt);
}

uint64_t lode_loop_idle_time(lode_runtime_t *rt) {
  return rt->idle_total;
}

/* Started before any other prepare or check handle: libuv runs the last started first, so
 * the wait is measured after every other prepare callback. */
static void idle_time_init(lode_runtime_t *rt) {
  const char *no_spin = getenv("LODE_NO_SPIN");
  spin_enabled = no_spin == NULL || strcmp(no_spin, "1") != 0;
  uv_prepare_init(rt->loop, &idle_prepare);
  uv_check_init(rt->loop, &idle_check);
  idle_prepare.data = idle_check.data = rt;
  uv_prepare_start(&idle_prepare, idle_prepare_cb);
  uv_check_start(&idle_check, idle_check_cb);
  uv_unref((uv_handle_t *)&idle_prepare);
  uv_unref((uv_handle_t *)&idle_check);
}

void lode_callback_begin(lode_runtime_t *rt) {
  if (rt->callback_depth == 0) {
    rt->loop_clock[0] = (double)uv_now(rt->loop);
    if (rt->idle_since != 0) idle_end(rt);
  }
  rt->callback_depth++;
  JSLock(rt->ctx);
}

void lode_callback_end(lode_runtime_t *rt) {
  JSContextRef ctx = rt->ctx;
  bool outermost = rt->callback_depth == 1;
  if (outermost && rt->tick_info[LODE_TICK_HAS_SCHEDULED]) run_ticks_locked(rt);
  /* Releasing the outermost lock drains JavaScriptCore's microtask queue. */
  JSUnlock(ctx);
  if (outermost) {
    while (rt->tick_info[LODE_TICK_HAS_SCHEDULED] || rt->tick_info[LODE_TICK_HAS_REJECTION]) {
      JSLock(ctx);
      run_ticks_locked(rt);
      JSUnlock(ctx);
    }
  }
  rt->callback_depth--;
}

JSValueRef lode_make_callback(lode_runtime_t *rt, JSObjectRef fn, JSObjectRef this_obj, size_t argc,
                              const JSValueRef argv[]) {
  lode_callback_begin(rt);
  JSValueRef exc = NULL;
  JSValueRef result = JSObjectCallAsFunction(rt->ctx, fn, this_obj, argc, argv, &exc);
  if (exc != NULL) {
    result = NULL;
    lode_handle_exception(rt, exc);
  }
  lode_callback_end(rt);
  return result;
}

static JSValueRef internal_binding_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  char *name;
  if (!lode_js_arg_string(ctx, argc, argv, 0, "name", &name, exc)) return NULL;
  JSObjectRef b = lode_binding_get(lode_runtime(), name);
  if (b == NULL)
    lode_js_throw(ctx, exc, "Error", "ERR_INVALID_MODULE", "No such binding: %s", name);
  free(name);
  return b;
}

static JSObjectRef hook(lode_runtime_t *rt, const char *name) {
  JSValueRef v = lode_js_get(rt->ctx, rt->hooks, name);
  CHECK(JSValueIsObject(rt->ctx, v));
  return (JSObjectRef)v;
}

/* Calls a bootstrap hook as a top-level callback and returns its numeric result. */
static int call_hook_int(lode_runtime_t *rt, const char *name) {
  JSValueRef r = lode_make_callback(rt, hook(rt, name), NULL, 0, NULL);
  return r != NULL && JSValueIsNumber(rt->ctx, r) ? JSValueToInt32(rt->ctx, r, NULL) : 1;
}

static void bootstrap(lode_runtime_t *rt) {
  JSContextRef ctx = rt->ctx;
  JSValueRef exc = NULL;
  JSStringRef ib_name = JSStringCreateWithUTF8CString("internalBinding");
  JSObjectRef ib = JSObjectMakeFunctionWithCallback(ctx, ib_name, internal_binding_cb);
  JSStringRelease(ib_name);
  JSObjectRef module = JSObjectMake(ctx, NULL, NULL);
  JSObjectRef exports = JSObjectMake(ctx, NULL, NULL);
  lode_js_set(ctx, module, "exports", exports);
  /* The realm has no require: it is the loader of built-in modules. */
  JSObjectRef vars = JSObjectMake(ctx, NULL, NULL);
  lode_js_set(ctx, vars, "exports", exports);
  lode_js_set(ctx, vars, "module", module);
  lode_js_set(ctx, vars, "process", rt->process);
  lode_js_set(ctx, vars, "internalBinding", ib);
  JSLock(ctx);
  JSValueRef hooks = NULL;
  /* Running the realm runs the bootstrap; its exports are the hooks. */
  if (lode_natives_run(rt, "internal/bootstrap/realm", vars, &exc))
    hooks = lode_js_get(ctx, module, "exports");
  if (exc != NULL || hooks == NULL || !JSValueIsObject(ctx, hooks)) {
    if (exc) print_raw_exception(ctx, exc);
    lode_exit(rt, 70);
  }
  rt->hooks = (JSObjectRef)hooks;
  lode_pin(rt, rt->hooks);
  rt->process_ticks = hook(rt, "processTicksAndRejections");
  rt->fatal_exception = hook(rt, "triggerUncaughtException");
  JSGlobalContextSetUnhandledRejectionCallback(rt->ctx, hook(rt, "onUnhandledRejection"), NULL);
  JSUnlock(ctx);
}

/* Closes whatever is still open so that uv_loop_close() succeeds. */
static void close_walk_cb(uv_handle_t *handle, void *arg) {
  (void)arg;
  if (!uv_is_closing(handle)) uv_close(handle, NULL);
}

JSValueRef lode_set_buffer_prototype_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  if (argc < 1 || !JSValueIsObject(ctx, argv[0])) return NULL;
  lode_runtime_t *rt = lode_runtime();
  if (rt->buffer_proto != NULL) lode_unpin(rt, rt->buffer_proto);
  rt->buffer_proto = (JSObjectRef)argv[0];
  lode_pin(rt, rt->buffer_proto);
  return NULL;
}

static void teardown(lode_runtime_t *rt) {
  lode_timers_teardown(rt);
  lode_signal_teardown(rt);
  lode_contextify_teardown(rt);
  lode_performance_teardown(rt);
  lode_udp_teardown(rt);
  lode_cares_teardown(rt);
  lode_stream_wrap_teardown(rt);
  lode_process_wrap_teardown(rt);
  lode_napi_teardown(rt);
  lode_glib_loop_teardown(rt);
  uv_run(rt->loop, UV_RUN_NOWAIT);
  lode_unpin(rt, rt->hooks);
  lode_unpin(rt, rt->bindings);
  lode_unpin(rt, rt->process);
  if (rt->buffer_proto != NULL) lode_unpin(rt, rt->buffer_proto);
#if defined(__SANITIZE_ADDRESS__) || LODE_FULL_TEARDOWN
  /* Releasing the last context destroys the VM and finalizes every object, which the leak
   * checker needs to see the bindings' memory freed. Otherwise the process leaves it to the
   * OS, as process.exit() always does: destroying the VM cost ~3.8M instructions at every
   * exit (~7% of `lode -e 0`), and finalizers only free memory (handles are closed below). */
  JSGlobalContextRelease(rt->ctx);
#endif
  uv_walk(rt->loop, close_walk_cb, NULL);
  while (uv_run(rt->loop, UV_RUN_NOWAIT) != 0) {
  }
  int r = uv_loop_close(rt->loop);
  if (r != 0 && getenv("LODE_DEBUG_HANDLES")) {
    fprintf(stderr, "lode: handles left open at exit:\n");
    uv_print_all_handles(rt->loop, stderr);
  }
}

/* Engine options, which must be set before the first context is created. */
static void set_engine_options(void) {
  /* JavaScriptCore suspends threads with SIGUSR1 unless told otherwise. Node programs may
   * listen to every named signal (signal-exit, used by npm and many CLIs, listens to SIGPWR),
   * and a libuv handler on the collector's signal leaves the collector waiting forever for
   * a thread to acknowledge its suspension. Real-time signals have no name in
   * os.constants.signals, so process.on() can never take this one. */
  JSConfigureSignalForGC(SIGRTMIN + 4);
  jsc_options_set_boolean("useSharedArrayBuffer", TRUE);
  /* Node 24's globals include DisposableStack, AsyncDisposableStack and SuppressedError
   * (explicit resource management); JavaScriptCore has them behind this option. */
  jsc_options_set_boolean("useExplicitResourceManagement", TRUE);
  /* V8 keeps the caller's frame on `return f()` in strict code; stacks and depd-style callers
   * rely on it. */
  jsc_options_set_boolean("useTailCalls", FALSE);
  /* The C API gives a context JavaScriptCore's small heap, which collects after every 1 MB
   * allocated until the heap grows: loading a few hundred modules at start-up then pays a
   * collection (~1 ms) that a 4 MB first cycle avoids. Node's young generation is larger
   * still; an allocation-heavy program ends up with an RSS close to Node's. (Size options
   * are set as uint through this API.) */
  CHECK(jsc_options_set_uint("smallHeapSize", 4 << 20));
  /* The optimizing JIT (DFG) compiles a function after ~1000 units of work (a call counts
   * 15, a loop iteration 1), so loading a few hundred modules DFG-compiles the module
   * loader's helpers, which then run a few hundred times at most. Five times that still
   * optimizes hot code within milliseconds. Measured: 200 modules -1.5 ms, require('express')
   * -2 ms, acorn and typescript workloads -9%, a 2-second CPU-bound loop unchanged; a
   * synthetic 75 ms program of 400 functions that each run 300 times is 9% slower. */
  CHECK(jsc_options_set_int("thresholdForOptimizeAfterWarmUp", 5000));
  CHECK(jsc_options_set_int("thresholdForOptimizeAfterLongWarmUp", 5000));
  CHECK(jsc_options_set_int("thresholdForOptimizeSoon", 5000));
  /* JavaScriptCore's allocator (libpas) has a scavenger thread that gives back to the kernel
   * (madvise DONTNEED) every page left empty for 300 ms. Pages the collector frees between
   * two collections are then decommitted, and the next allocations commit them again and
   * take a page fault for every 4 KB (~1.5 µs each here). A server that collects every few
   * hundred ms pays it continuously: an HTTP hello-world cluster worker took 0.14-0.26
   * faults per request, a single process serving twice the rate 0.03; faults and madvise
   * were ~10% of a worker's CPU samples, ~3.5% with 5 s (0.02 faults a request). The peak
   * RSS is unchanged; the RSS right after load stays near it instead of dipping between
   * collections (one process +2-6 MB, a cluster worker ~110 MB instead of 75-95), and idle
   * memory still goes back to the kernel within seconds. The variable (nanoseconds) is
   * exported by libpas builds only, so it is looked up. */
  uint64_t *max_empty_age = dlsym(RTLD_DEFAULT, "pas_scavenger_max_epoch_delta");
  if (max_empty_age != NULL) *max_empty_age = 5000ull * 1000 * 1000;
}

int lode_runtime_run(const lode_options_t *options) {
  static lode_runtime_t runtime;
  lode_runtime_t *rt = &runtime;
  current_runtime = rt;
  rt->options = options;
  rt->loop = uv_default_loop();
  lode_performance_milestone(LODE_MILESTONE_TIME_ORIGIN);
  idle_time_init(rt);

  set_engine_options();
  lode_glib_loop_init(rt);
  rt->ctx = JSGlobalContextCreate(NULL);
  JSGlobalContextSetIncludesNativeCallStackWhenReportingExceptions(rt->ctx, false);
  lode_performance_milestone(LODE_MILESTONE_ENGINE_START);
  rt->global = JSContextGetGlobalObject(rt->ctx);
  rt->bindings = JSObjectMake(rt->ctx, NULL, NULL);
  lode_pin(rt, rt->bindings);
  rt->process = JSObjectMake(rt->ctx, NULL, NULL);
  lode_pin(rt, rt->process);

  lode_performance_milestone(LODE_MILESTONE_ENVIRONMENT);
  LODE_PROFILE_MARK("B", "[bootstrap]");
  bootstrap(rt);
  LODE_PROFILE_MARK("E", "[bootstrap]");
  lode_performance_milestone(LODE_MILESTONE_BOOTSTRAP_COMPLETE);
  LODE_PROFILE_MARK("B", "[runMain]");
  call_hook_int(rt, "runMain");
  LODE_PROFILE_MARK("E", "[runMain]");
  lode_performance_milestone(LODE_MILESTONE_LOOP_START);
  for (;;) {
    uv_run(rt->loop, UV_RUN_DEFAULT);
    call_hook_int(rt, "emitBeforeExit");
    if (!uv_loop_alive(rt->loop)) break;
  }
  lode_performance_milestone(LODE_MILESTONE_LOOP_EXIT);
  int code = call_hook_int(rt, "emitExit");
  teardown(rt);
  return code;
}
