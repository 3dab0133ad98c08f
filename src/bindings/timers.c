/* One uv timer drives every JS timer and one check handle runs setImmediate callbacks; the
 * lists themselves live in lib/internal/timers.js.
 *
 * JS registers processTimers(now) and processImmediate(first) with setupTimers(). Each call
 * runs at most one user callback, so ticks and microtasks run between any two of them:
 *   processTimers(now) → 0: ran one, call again; > 0: next expiry (loop time, ms); -1: none.
 *   processImmediate(first) → true while the current batch has more. */
#include "index.h"

static uv_timer_t timer;
static uv_check_t immediate_check;
static uv_idle_t immediate_idle;
static JSObjectRef process_timers_fn;
static JSObjectRef process_immediate_fn;
static bool initialized;
static bool timer_ref = true;
/* immediateInfo[0], kept by lib: immediates created and neither run nor cleared yet. The
 * check phase calls into JS only when there is one (a call costs ~5k instructions, every
 * loop turn). */
static int32_t immediate_info[1];
/* Timer times are milliseconds since the loop started, as Node's `_idleStart` values are. */
static uint64_t time_base;

static double loop_time(uv_loop_t *loop) {
  return (double)(uv_now(loop) - time_base);
}

static void on_timer_cb(uv_timer_t *handle) {
  lode_runtime_t *rt = handle->data;
  JSContextRef ctx = rt->ctx;
  /* One "now" for the whole pass: a timer created by a callback never fires in the same pass. */
  JSValueRef now = JSValueMakeNumber(ctx, loop_time(rt->loop));
  for (;;) {
    JSValueRef r = lode_make_callback(rt, process_timers_fn, NULL, 1, &now);
    double next = r != NULL && JSValueIsNumber(ctx, r) ? JSValueToNumber(ctx, r, NULL) : 0;
    if (next == 0) continue;
    if (next > 0) {
      double loop_now = loop_time(rt->loop);
      /* Round up and never restart with 0 ms from inside the callback: libuv would run it again
       * without advancing its clock. */
      double delay = next - loop_now;
      uv_timer_start(&timer, on_timer_cb, delay >= 1 ? (uint64_t)(delay + 0.999) : 1, 0);
      if (!timer_ref) uv_unref((uv_handle_t *)&timer);
    }
    return;
  }
}

static void on_check_cb(uv_check_t *handle) {
  if (immediate_info[0] <= 0) return;
  lode_runtime_t *rt = handle->data;
  JSContextRef ctx = rt->ctx;
  JSValueRef first = JSValueMakeBoolean(ctx, true);
  for (;;) {
    JSValueRef more = lode_make_callback(rt, process_immediate_fn, NULL, 1, &first);
    if (more == NULL || !JSValueToBoolean(ctx, more)) break;
    first = JSValueMakeBoolean(ctx, false);
  }
}

static void on_idle_cb(uv_idle_t *handle) {
  (void)handle;
}

static JSValueRef setup_timers_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  lode_runtime_t *rt = lode_runtime();
  if (argc < 2 || !JSValueIsObject(ctx, argv[0]) || !JSValueIsObject(ctx, argv[1]))
    return lode_js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "functions expected");
  process_timers_fn = (JSObjectRef)argv[0];
  process_immediate_fn = (JSObjectRef)argv[1];
  lode_pin(rt, process_timers_fn);
  lode_pin(rt, process_immediate_fn);
  return JSValueMakeUndefined(ctx);
}

/* scheduleTimer(ms) arms the uv timer to fire after ms. */
static JSValueRef schedule_timer_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  double ms = argc > 0 ? JSValueToNumber(ctx, argv[0], NULL) : 1;
  if (!(ms >= 1)) ms = 1;
  uv_timer_start(&timer, on_timer_cb, (uint64_t)ms, 0);
  if (!timer_ref) uv_unref((uv_handle_t *)&timer);
  return JSValueMakeUndefined(ctx);
}

static JSValueRef toggle_timer_ref_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  timer_ref = argc > 0 && JSValueToBoolean(ctx, argv[0]);
  if (timer_ref)
    uv_ref((uv_handle_t *)&timer);
  else
    uv_unref((uv_handle_t *)&timer);
  return JSValueMakeUndefined(ctx);
}

/* toggleImmediateRef(on): while ref'd immediates exist, the check handle keeps the loop alive
 * and the idle handle keeps the poll phase from blocking. */
static JSValueRef toggle_immediate_ref_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  if (argc > 0 && JSValueToBoolean(ctx, argv[0])) {
    uv_ref((uv_handle_t *)&immediate_check);
    uv_idle_start(&immediate_idle, on_idle_cb);
  } else {
    uv_unref((uv_handle_t *)&immediate_check);
    uv_idle_stop(&immediate_idle);
  }
  return JSValueMakeUndefined(ctx);
}

static JSValueRef get_libuv_now_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  uv_update_time(lode_runtime()->loop);
  return JSValueMakeNumber(ctx, loop_time(lode_runtime()->loop));
}

JSObjectRef lode_binding_timers(lode_runtime_t *rt) {
  JSContextRef ctx = rt->ctx;
  if (!initialized) {
    uv_timer_init(rt->loop, &timer);
    timer.data = rt;
    uv_check_init(rt->loop, &immediate_check);
    immediate_check.data = rt;
    uv_check_start(&immediate_check, on_check_cb);
    uv_unref((uv_handle_t *)&immediate_check);
    uv_idle_init(rt->loop, &immediate_idle);
    time_base = uv_now(rt->loop);
    initialized = true;
  }
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  lode_js_set_function(ctx, b, "setupTimers", setup_timers_cb);
  lode_js_set_function(ctx, b, "scheduleTimer", schedule_timer_cb);
  lode_js_set_function(ctx, b, "toggleTimerRef", toggle_timer_ref_cb);
  lode_js_set_function(ctx, b, "toggleImmediateRef", toggle_immediate_ref_cb);
  lode_js_set_function(ctx, b, "getLibuvNow", get_libuv_now_cb);
  JSObjectRef clock = JSObjectMakeTypedArrayWithBytesNoCopy(
      ctx, kJSTypedArrayTypeFloat64Array, rt->loop_clock, sizeof rt->loop_clock, NULL, NULL, NULL);
  CHECK(clock != NULL);
  lode_js_set(ctx, b, "loopClock", clock);
  JSObjectRef info = JSObjectMakeTypedArrayWithBytesNoCopy(
      ctx, kJSTypedArrayTypeInt32Array, immediate_info, sizeof immediate_info, NULL, NULL, NULL);
  CHECK(info != NULL);
  lode_js_set(ctx, b, "immediateInfo", info);
  return b;
}

void lode_timers_teardown(lode_runtime_t *rt) {
  if (!initialized) return;
  uv_close((uv_handle_t *)&timer, NULL);
  uv_close((uv_handle_t *)&immediate_check, NULL);
  uv_close((uv_handle_t *)&immediate_idle, NULL);
  if (process_timers_fn) lode_unpin(rt, process_timers_fn);
  if (process_immediate_fn) lode_unpin(rt, process_immediate_fn);
  initialized = false;
}
