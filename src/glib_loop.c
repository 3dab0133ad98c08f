/* JavaScriptCore's own event sources, run from the libuv loop.
 *
 * JavaScriptCore (GTK port) schedules some of its work on the thread's GLib main context,
 * which nothing in Lode would otherwise run: the completion of asynchronous WebAssembly
 * compilation (WebAssembly.compile/instantiate resolve from there), FinalizationRegistry
 * callbacks and the incremental sweeper (the collector's activity timers stay off: see
 * lode_glib_loop_init).
 *
 * Every change JavaScriptCore makes to its sources (a task posted from another thread, a
 * timer started) signals the context's wakeup descriptor, so the loop only needs to watch
 * that descriptor (and whatever else GLib asks for) plus a timer for the earliest source:
 * when either fires, the context is checked and its ready sources dispatched, as a callback
 * from the loop (ticks and microtasks run afterwards), and the next wait is asked for. The
 * loop pays nothing in between.
 *
 * The watchers do not keep the process alive by themselves, as Node's GC and
 * FinalizationRegistry do not; pending WebAssembly compilations do (lode_glib_ref, called
 * by lib around the WebAssembly promise functions). */
#include <glib.h>
#include <stdlib.h>

#include "runtime.h"

/* Exported by libjavascriptcoregtk, declared only in a private header. */
void JSDisableGCTimer(void);

enum { MAX_FDS = 16 };

static GMainContext *context;
static uv_loop_t *loop;
static uv_timer_t timer_handle;
static GPollFD fds[MAX_FDS];
static int nfds;                  /* descriptors GLib asked for in the last query */
static uv_poll_t *polls[MAX_FDS]; /* a watcher per descriptor, in the order of fds */
static int poll_fds[MAX_FDS];     /* the descriptor each watcher watches */
static gint max_priority;
static int refs;                  /* pending operations that keep the loop alive */
static bool running;

static void on_poll(uv_poll_t *handle, int status, int events);
static void on_timer(uv_timer_t *handle);

static void set_ref(uv_handle_t *h) {
  if (refs > 0) uv_ref(h);
  else uv_unref(h);
}

static void free_handle(uv_handle_t *handle) {
  free(handle);
}

static void close_poll(int i) {
  if (polls[i] == NULL) return;
  uv_close((uv_handle_t *)polls[i], free_handle);
  polls[i] = NULL;
}

/* Asks GLib what to wait for next: its descriptors become watchers, its timeout a timer. */
static void prepare(void) {
  g_main_context_prepare(context, &max_priority);
  gint timeout = -1;
  int n = g_main_context_query(context, max_priority, &timeout, fds, MAX_FDS);
  if (n > MAX_FDS) n = MAX_FDS;
  for (int i = 0; i < n; i++) {
    fds[i].revents = 0;
    if (polls[i] != NULL && poll_fds[i] != fds[i].fd) close_poll(i);
    if (polls[i] == NULL) {
      polls[i] = malloc(sizeof *polls[i]);
      CHECK(polls[i] != NULL);
      uv_poll_init(loop, polls[i], fds[i].fd);
      poll_fds[i] = fds[i].fd;
    }
    polls[i]->data = &fds[i];
    int events = ((fds[i].events & G_IO_IN) ? UV_READABLE : 0) |
                 ((fds[i].events & G_IO_OUT) ? UV_WRITABLE : 0);
    uv_poll_start(polls[i], events, on_poll);
    set_ref((uv_handle_t *)polls[i]);
  }
  for (int i = n; i < MAX_FDS; i++) close_poll(i);
  nfds = n;
  if (timeout >= 0) {
    uv_timer_start(&timer_handle, on_timer, (uint64_t)timeout, 0);
    set_ref((uv_handle_t *)&timer_handle);
  } else {
    uv_timer_stop(&timer_handle);
  }
}

/* Dispatches whatever is ready, then asks for the next wait. */
static void run_context(void) {
  if (g_main_context_check(context, max_priority, fds, nfds)) {
    lode_runtime_t *rt = lode_runtime();
    lode_callback_begin(rt);
    g_main_context_dispatch(context);
    lode_callback_end(rt);
  }
  if (running) prepare();
}

static void on_poll(uv_poll_t *handle, int status, int events) {
  GPollFD *fd = handle->data;
  if (status < 0) events = UV_READABLE | UV_WRITABLE;
  fd->revents = (gushort)(((events & UV_READABLE) ? G_IO_IN : 0) |
                          ((events & UV_WRITABLE) ? G_IO_OUT : 0));
  run_context();
}

static void on_timer(uv_timer_t *handle) {
  (void)handle;
  run_context();
}

/* Called before the first context is created: JavaScriptCore's run loop for this thread
 * attaches its sources to the thread-default GLib context it finds then. */
void lode_glib_loop_init(lode_runtime_t *rt) {
  /* The collector's eden/full timers reach WTF's main-thread run loop (its memory pressure
   * handler), which only WebKit itself sets up: with the C API they crash when they fire.
   * Collections stay driven by allocation, as they were before this context ran at all. */
  JSDisableGCTimer();
  context = g_main_context_new();
  g_main_context_push_thread_default(context);
  if (!g_main_context_acquire(context)) return;
  loop = rt->loop;
  uv_timer_init(loop, &timer_handle);
  uv_unref((uv_handle_t *)&timer_handle);
  running = true;
  prepare();
}

void lode_glib_ref(void) {
  if (refs++ == 0 && running) {
    uv_ref((uv_handle_t *)&timer_handle);
    for (int i = 0; i < nfds; i++) uv_ref((uv_handle_t *)polls[i]);
  }
}

void lode_glib_unref(void) {
  if (refs > 0 && --refs == 0 && running) {
    uv_unref((uv_handle_t *)&timer_handle);
    for (int i = 0; i < nfds; i++) uv_unref((uv_handle_t *)polls[i]);
  }
}

void lode_glib_loop_teardown(lode_runtime_t *rt) {
  (void)rt;
  if (!running) return;
  running = false;
  uv_close((uv_handle_t *)&timer_handle, NULL);
  for (int i = 0; i < MAX_FDS; i++) close_poll(i);
  nfds = 0;
  g_main_context_release(context);
  g_main_context_pop_thread_default(context);
}
