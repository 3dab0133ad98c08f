/* One runtime = one libuv loop + one JavaScriptCore context. */
#ifndef LODE_RUNTIME_H
#define LODE_RUNTIME_H

#include <stdbool.h>
#include <stdint.h>
#include <uv.h>

#include "js.h"

/* Start-up profile marks (`make CFLAGS=-DLODE_PROFILE_NATIVES`, read by
 * tools/startup-profile.py): edge "B" begins span `name`, "E" ends it. Nothing otherwise. */
#ifdef LODE_PROFILE_NATIVES
#include <stdio.h>
#include <valgrind/callgrind.h>
#define LODE_PROFILE_MARK(edge, name)                                                              \
  do {                                                                                             \
    char lode_mark_[300];                                                                          \
    snprintf(lode_mark_, sizeof lode_mark_, "%s %s", edge, name);                                  \
    CALLGRIND_DUMP_STATS_AT(lode_mark_);                                                           \
  } while (0)
#else
#define LODE_PROFILE_MARK(edge, name) ((void)0)
#endif

#define LODE_VERSION "0.1.0"
#define LODE_NODE_VERSION "v24.21.0"

/* Indexes into the tick_info array shared with lib/internal/process/task_queues.js. */
enum { LODE_TICK_HAS_SCHEDULED = 0, LODE_TICK_HAS_REJECTION = 1, LODE_TICK_INFO_LEN = 2 };

typedef struct lode_options_s {
  int argc; /* the full command line */
  char **argv;
  int exec_argc; /* options before the script, kept for process.execArgv */
  char **exec_argv;
  int script_argc; /* script name (or nothing for -e/-p/stdin) and its arguments */
  char **script_argv;
  const char *eval_source; /* -e or -p */
  bool print_eval;         /* -p */
  bool force_stdin;        /* `lode -` */
  bool interactive;        /* -i */
  bool test_runner;        /* --test: run test files, each in a child process */
  int require_count;       /* -r modules */
  char **requires;
  int import_count; /* --import modules */
  char **imports;
  int env_file_count; /* --env-file / --env-file-if-exists, in order */
  char **env_files;
  bool *env_files_optional;
  bool expose_gc;
  bool no_warnings;
  bool no_deprecation;
  bool throw_deprecation;
  bool trace_deprecation;
  bool pending_deprecation;
  const char *input_type;           /* --input-type */
  const char *unhandled_rejections; /* --unhandled-rejections mode */
} lode_options_t;

typedef struct lode_runtime_s {
  uv_loop_t *loop;
  JSGlobalContextRef ctx;
  JSObjectRef global;
  JSObjectRef process;         /* protected for the runtime's life */
  JSObjectRef bindings;        /* cache of internalBinding results, protected */
  JSObjectRef hooks;           /* functions returned by the bootstrap, protected */
  JSObjectRef process_ticks;   /* hooks.processTicksAndRejections */
  JSObjectRef fatal_exception; /* hooks.triggerUncaughtException */
  JSObjectRef on_rejection;    /* hooks.promiseRejectHandler */
  JSObjectRef buffer_proto;    /* FastBuffer.prototype once lib gave it, protected */
  int32_t tick_info[LODE_TICK_INFO_LEN];
  /* The loop's time (uv_now, ms) when the current callback from the loop began, shared with
   * lib as timers' loopClock: activity stamps read it where Date.now() costs a clock read
   * (~150 ns here) each time. */
  double loop_clock[1];
  int callback_depth; /* nesting of lode_make_callback */
  /* Time the loop has waited for events (ns), and when the current wait began (uv_hrtime,
   * 0 when the loop is not waiting): see lode_loop_idle_time. */
  uint64_t idle_total;
  uint64_t idle_since;
  uint64_t spin_ns; /* how long the loop looks for events before it sleeps: spin_before_wait */
  const lode_options_t *options;
  bool exiting;
} lode_runtime_t;

/* Nanoseconds the event loop has spent waiting for events (performance.eventLoopUtilization,
 * performance.nodeTiming.idleTime). */
uint64_t lode_loop_idle_time(lode_runtime_t *rt);

/* Returns the runtime of the calling thread. */
lode_runtime_t *lode_runtime(void);

/* Creates the context, runs the bootstrap and the main script, then the event loop until
 * nothing is left, and tears everything down. Returns the process exit code. */
int lode_runtime_run(const lode_options_t *options);

/* Calls fn as a top-level callback from the event loop (the trampoline of DESIGN.md): runs
 * it, routes an exception to the uncaught-exception path, then drains the nextTick and
 * microtask queues in Node's order. Returns fn's result, or NULL if it threw. Never call it
 * while holding JSLock: JavaScriptCore drains microtasks only when the outermost lock is
 * released, so under an outer lock promise reactions would run after the tick queue was
 * drained, and the nextTicks they schedule would wait for some later callback. */
JSValueRef lode_make_callback(lode_runtime_t *rt, JSObjectRef fn, JSObjectRef this_obj, size_t argc,
                              const JSValueRef argv[]);

/* Bracket native code that runs as a callback from the loop and calls JavaScript through
 * the C API itself (Node-API's completions): what lode_make_callback does around its call
 * (the loop clock, the lock, then ticks and microtasks when the outermost one ends). */
void lode_callback_begin(lode_runtime_t *rt);
void lode_callback_end(lode_runtime_t *rt);
/* JavaScriptCore's GLib main context driven from the loop (src/glib_loop.c); ref/unref count
 * pending operations (WebAssembly compilations) that keep the loop alive meanwhile. */
void lode_glib_loop_init(lode_runtime_t *rt);
void lode_glib_loop_teardown(lode_runtime_t *rt);
void lode_glib_ref(void);
void lode_glib_unref(void);
/* Routes an exception to process 'uncaughtException' or prints it and exits. */
void lode_handle_exception(lode_runtime_t *rt, JSValueRef exception);

/* Flushes stdio and ends the process with code, without running the loop again. */
_Noreturn void lode_exit(lode_runtime_t *rt, int code);

/* setBufferPrototype(proto), offered by each binding that hands bytes to JS (fs, stream_wrap,
 * udp_wrap): byte arrays made in C then become Buffers (lode_as_buffer). */
JSValueRef lode_set_buffer_prototype_cb(LODE_CB_PARAMS);

/* Gives arr, a Uint8Array made in C, Buffer's prototype (once lib has set it). */
static inline void lode_as_buffer(lode_runtime_t *rt, JSContextRef ctx, JSObjectRef arr) {
  if (rt->buffer_proto != NULL) JSObjectSetPrototype(ctx, arr, rt->buffer_proto);
}

/* Pins and unpins a JS object from C (loop thread only). */
static inline void lode_pin(lode_runtime_t *rt, JSValueRef v) {
  JSValueProtect(rt->ctx, v);
}
static inline void lode_unpin(lode_runtime_t *rt, JSValueRef v) {
  JSValueUnprotect(rt->ctx, v);
}

#endif
