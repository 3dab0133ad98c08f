/* Clocks and loop metrics for node:perf_hooks and the `performance` global.
 *
 * The time origin is taken when the runtime starts (lode_performance_milestone with
 * LODE_MILESTONE_TIME_ORIGIN); now() is milliseconds since then on the monotonic clock. The
 * runtime records its other start-up milestones here for performance.nodeTiming.
 *
 * monitorEventLoopDelay() samples with one unref'd uv timer per enabled histogram: each tick
 * passes the nanoseconds since the previous tick to binding.onLoopDelay(id, delta), and the
 * histogram itself lives in lib/internal/histogram.js. */
#include <stdlib.h>

#include "index.h"

static uint64_t milestones[LODE_MILESTONE_COUNT];
static double time_origin_ms; /* wall clock at the time origin, ms since the epoch */
static JSObjectRef binding;   /* kept alive by the runtime's binding cache */

typedef struct loop_delay_s {
  uv_timer_t timer;
  double id;
  uint64_t previous; /* hrtime of the previous tick, 0 before the first */
  struct loop_delay_s *next;
} loop_delay_t;

static loop_delay_t *loop_delays;

void lode_performance_milestone(int which) {
  CHECK(which >= 0 && which < LODE_MILESTONE_COUNT);
  milestones[which] = uv_hrtime();
  if (which == LODE_MILESTONE_TIME_ORIGIN) {
    uv_timeval64_t tv;
    uv_gettimeofday(&tv);
    time_origin_ms = (double)tv.tv_sec * 1e3 + (double)tv.tv_usec / 1e3;
  }
}

static double since_origin_ms(uint64_t t) {
  return (double)(t - milestones[LODE_MILESTONE_TIME_ORIGIN]) / 1e6;
}

static JSValueRef now_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  return JSValueMakeNumber(ctx, since_origin_ms(uv_hrtime()));
}

/* getMilestones() → [nodeStart, v8Start, environment, bootstrapComplete, loopStart, loopExit]
 * in ms since the time origin, -1 for one not reached yet. */
static JSValueRef get_milestones_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  JSValueRef v[LODE_MILESTONE_COUNT];
  for (int i = 0; i < LODE_MILESTONE_COUNT; i++)
    v[i] = JSValueMakeNumber(ctx, milestones[i] ? since_origin_ms(milestones[i]) : -1);
  return lode_js_array(ctx, LODE_MILESTONE_COUNT, v);
}

/* loopIdleTime() → ms the event loop has spent waiting for events. */
static JSValueRef loop_idle_time_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  return JSValueMakeNumber(ctx, (double)lode_loop_idle_time(lode_runtime()) / 1e6);
}

static void loop_delay_close_cb(uv_handle_t *handle) {
  free(handle->data);
}

static void loop_delay_tick_cb(uv_timer_t *timer) {
  loop_delay_t *d = timer->data;
  uint64_t now = uv_hrtime();
  uint64_t previous = d->previous;
  d->previous = now;
  if (previous == 0) return;
  lode_runtime_t *rt = lode_runtime();
  JSValueRef fn = lode_js_get(rt->ctx, binding, "onLoopDelay");
  if (!JSValueIsObject(rt->ctx, fn)) return;
  JSValueRef args[2] = {JSValueMakeNumber(rt->ctx, d->id),
                        JSValueMakeNumber(rt->ctx, (double)(now - previous))};
  lode_make_callback(rt, (JSObjectRef)fn, NULL, 2, args);
}

static loop_delay_t **find_loop_delay(double id) {
  loop_delay_t **p = &loop_delays;
  while (*p != NULL && (*p)->id != id) p = &(*p)->next;
  return p;
}

/* startLoopDelay(id, resolutionMs) starts sampling for histogram id (a no-op if it is on). */
static JSValueRef start_loop_delay_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  int64_t id, resolution;
  if (!lode_js_arg_int(ctx, argc, argv, 0, "id", &id, exc)) return NULL;
  if (!lode_js_arg_int(ctx, argc, argv, 1, "resolution", &resolution, exc)) return NULL;
  if (resolution < 1)
    return lode_js_throw(ctx, exc, "RangeError", "ERR_OUT_OF_RANGE",
                         "The value of \"resolution\" is out of range. It must be >= 1");
  if (*find_loop_delay((double)id) != NULL) return JSValueMakeUndefined(ctx);
  loop_delay_t *d = calloc(1, sizeof *d);
  CHECK(d != NULL);
  d->id = (double)id;
  uv_timer_init(lode_runtime()->loop, &d->timer);
  d->timer.data = d;
  uv_timer_start(&d->timer, loop_delay_tick_cb, (uint64_t)resolution, (uint64_t)resolution);
  uv_unref((uv_handle_t *)&d->timer);
  d->next = loop_delays;
  loop_delays = d;
  return JSValueMakeUndefined(ctx);
}

static void close_loop_delay(loop_delay_t *d) {
  d->timer.data = d;
  uv_close((uv_handle_t *)&d->timer, loop_delay_close_cb);
}

/* stopLoopDelay(id) stops sampling for histogram id (a no-op if it is off). */
static JSValueRef stop_loop_delay_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  int64_t id;
  if (!lode_js_arg_int(ctx, argc, argv, 0, "id", &id, exc)) return NULL;
  loop_delay_t **p = find_loop_delay((double)id);
  loop_delay_t *d = *p;
  if (d != NULL) {
    *p = d->next;
    close_loop_delay(d);
  }
  return JSValueMakeUndefined(ctx);
}

void lode_performance_teardown(lode_runtime_t *rt) {
  (void)rt;
  while (loop_delays != NULL) {
    loop_delay_t *d = loop_delays;
    loop_delays = d->next;
    close_loop_delay(d);
  }
}

JSObjectRef lode_binding_performance(lode_runtime_t *rt) {
  JSContextRef ctx = rt->ctx;
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  binding = b;
  lode_js_set_function(ctx, b, "now", now_cb);
  lode_js_set_function(ctx, b, "getMilestones", get_milestones_cb);
  lode_js_set_function(ctx, b, "loopIdleTime", loop_idle_time_cb);
  lode_js_set_function(ctx, b, "startLoopDelay", start_loop_delay_cb);
  lode_js_set_function(ctx, b, "stopLoopDelay", stop_loop_delay_cb);
  lode_js_set_number(ctx, b, "timeOrigin", time_origin_ms);
  return b;
}
