/* child_process.spawnSync: `spawn(options)` runs a child to completion on a private libuv
 * loop and returns { pid, status, signal, output, error }:
 *   status  the exit code, or null if a signal ended the child
 *   signal  the number of the signal that ended it (0 if none)
 *   output  an array with a Uint8Array of what each 'pipe' slot >= 1 produced, null for the
 *           others (slot 0 is the input); null if the child never started
 *   error   0 or a negative libuv code: the spawn failure, UV_ETIMEDOUT (options.timeout ms
 *           passed: the child got options.killSignal) or UV_ENOBUFS (more than
 *           options.maxBuffer bytes of output: killed likewise)
 * options are those of process_wrap.h plus timeout, maxBuffer (bytes, Infinity for none),
 * killSignal (a number) and input (a Uint8Array written to slot 0 when it is a pipe, which
 * is then shut down; a pipe slot 0 without input is shut down at once). The loop thread
 * blocks meanwhile, as in Node; no JavaScript runs until it returns. */
#include "process_wrap.h"

#include <signal.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

typedef struct sync_run_s sync_run_t;

typedef struct sync_pipe_s {
  uv_pipe_t p;
  sync_run_t *run;
  bool open;
  char *data;
  size_t len, cap;
  uv_write_t write_req;
  uv_shutdown_t shutdown_req;
  char *input;
} sync_pipe_t;

struct sync_run_s {
  uv_loop_t loop;
  uv_process_t proc;     /* when started by uv_spawn (uid/gid) */
  lode__child_watch_t watch; /* otherwise: started by lode__spawn_posix */
  lode__child_t child;
  bool posix;
  bool watch_open;
  uv_timer_t timer;
  bool proc_open;
  bool timer_open;
  bool exited;
  int kill_signal;
  double max_buffer;
  size_t total;
  int error;
  int64_t status;
  int term_signal;
  sync_pipe_t **pipes; /* one per stdio slot, NULL where the slot is not a pipe */
  size_t npipes;
};

static void pipe_close_cb(uv_handle_t *handle) {
  (void)handle;
}

static void close_pipe(sync_pipe_t *sp) {
  if (!sp->open) return;
  sp->open = false;
  uv_close((uv_handle_t *)&sp->p, pipe_close_cb);
}

static void close_timer(sync_run_t *run) {
  if (!run->timer_open) return;
  run->timer_open = false;
  uv_close((uv_handle_t *)&run->timer, NULL);
}

/* Ends the run early with error: kills the child and stops listening to it. */
static void abort_run(sync_run_t *run, int error) {
  if (run->error == 0) run->error = error;
  if (run->proc_open && !run->exited) {
    if (run->posix) kill(run->child.pid, run->kill_signal);
    else uv_process_kill(&run->proc, run->kill_signal);
  }
  for (size_t i = 0; i < run->npipes; i++)
    if (run->pipes[i] != NULL) close_pipe(run->pipes[i]);
  close_timer(run);
}

static void alloc_cb(uv_handle_t *handle, size_t suggested, uv_buf_t *buf) {
  sync_pipe_t *sp = handle->data;
  if (sp->cap - sp->len < suggested) {
    size_t cap = sp->cap > 0 ? sp->cap : 65536;
    while (cap - sp->len < suggested) cap *= 2;
    char *data = realloc(sp->data, cap);
    if (data == NULL) {
      buf->base = NULL;
      buf->len = 0;
      return;
    }
    sp->data = data;
    sp->cap = cap;
  }
  buf->base = sp->data + sp->len;
  buf->len = sp->cap - sp->len;
}

static void read_cb(uv_stream_t *stream, ssize_t nread, const uv_buf_t *buf) {
  (void)buf;
  sync_pipe_t *sp = stream->data;
  sync_run_t *run = sp->run;
  if (nread > 0) {
    sp->len += (size_t)nread;
    run->total += (size_t)nread;
    if ((double)run->total > run->max_buffer) abort_run(run, UV_ENOBUFS);
  } else if (nread < 0) {
    if (nread != UV_EOF && nread != UV_ECONNRESET && run->error == 0) run->error = (int)nread;
    close_pipe(sp);
  }
}

static void shutdown_cb(uv_shutdown_t *req, int status) {
  (void)status;
  close_pipe(req->data);
}

static void write_cb(uv_write_t *req, int status) {
  sync_pipe_t *sp = req->data;
  /* EPIPE: the child did not read all its input, which is not an error of the run. */
  if (status != 0 || !sp->open) {
    close_pipe(sp);
    return;
  }
  sp->shutdown_req.data = sp;
  if (uv_shutdown(&sp->shutdown_req, (uv_stream_t *)&sp->p, shutdown_cb) != 0) close_pipe(sp);
}

static void exit_cb(uv_process_t *proc, int64_t exit_status, int term_signal) {
  sync_run_t *run = proc->data;
  run->exited = true;
  run->status = exit_status;
  run->term_signal = term_signal;
  run->proc_open = false;
  uv_close((uv_handle_t *)proc, NULL);
  close_timer(run);
}

static void posix_exit_cb(lode__child_t *child, int64_t exit_status, int term_signal) {
  sync_run_t *run = (sync_run_t *)((char *)child - offsetof(sync_run_t, child));
  run->exited = true;
  run->status = exit_status;
  run->term_signal = term_signal;
  run->proc_open = false;
  if (run->watch_open) {
    run->watch_open = false;
    uv_close((uv_handle_t *)&run->watch.sig, NULL);
  }
  close_timer(run);
}

static void timer_cb(uv_timer_t *timer) {
  abort_run(timer->data, UV_ETIMEDOUT);
}

static double prop_number(JSContextRef ctx, JSObjectRef obj, const char *name, double fallback) {
  JSValueRef v = lode_js_get(ctx, obj, name);
  return JSValueIsNumber(ctx, v) ? JSValueToNumber(ctx, v, NULL) : fallback;
}

static void free_bytes(void *bytes, void *context) {
  (void)context;
  free(bytes);
}

/* Starts the child and its pipes on run->loop; returns 0 or the spawn error. */
static int start_run(JSContextRef ctx, JSObjectRef options, sync_run_t *run,
                     lode__spawn_options_t *so) {
  run->npipes = (size_t)so->o.stdio_count;
  run->pipes = calloc(run->npipes, sizeof *run->pipes);
  CHECK(run->pipes != NULL);
  for (size_t i = 0; i < run->npipes; i++) {
    int type, fd;
    lode__spawn_stdio_slot(ctx, options, i, &type, &fd);
    if (type == LODE__STDIO_PIPE) {
      sync_pipe_t *sp = calloc(1, sizeof *sp);
      CHECK(sp != NULL);
      CHECK(uv_pipe_init(&run->loop, &sp->p, 0) == 0);
      sp->p.data = sp;
      sp->run = run;
      sp->open = true;
      run->pipes[i] = sp;
      so->stdio[i].flags = UV_CREATE_PIPE | UV_READABLE_PIPE | UV_WRITABLE_PIPE;
      so->stdio[i].data.stream = (uv_stream_t *)&sp->p;
    } else if (type == LODE__STDIO_FD) {
      so->stdio[i].flags = UV_INHERIT_FD;
      so->stdio[i].data.fd = fd;
    }
  }
  so->o.exit_cb = exit_cb;
  run->proc.data = run;
  /* The watcher keeps the private loop running until the child is reaped. */
  lode__child_watch_init(&run->watch, &run->loop);
  uv_ref((uv_handle_t *)&run->watch.sig);
  run->watch_open = true;
  run->child.exit_cb = posix_exit_cb;
  int r = lode__spawn_posix(&run->watch, &so->o, &run->child);
  run->posix = r != UV_ENOTSUP;
  if (!run->posix) {
    run->watch_open = false;
    uv_close((uv_handle_t *)&run->watch.sig, NULL);
    r = uv_spawn(&run->loop, &run->proc, &so->o);
    /* The handle was initialized whether or not the child started. */
    if (r != 0) uv_close((uv_handle_t *)&run->proc, NULL);
  } else if (r != 0 && run->watch_open) {
    run->watch_open = false;
    uv_close((uv_handle_t *)&run->watch.sig, NULL);
  }
  run->proc_open = r == 0;
  if (r != 0) return r;
  sync_pipe_t *in = run->pipes[0];
  if (in != NULL) {
    JSValueRef input = lode_js_get(ctx, options, "input");
    size_t len = 0;
    char *bytes = NULL;
    uint8_t *data;
    if (lode_js_bytes(ctx, input, false, &data, &len) && len > 0) {
      bytes = malloc(len);
      CHECK(bytes != NULL);
      memcpy(bytes, data, len);
    }
    if (bytes != NULL) {
      in->input = bytes;
      uv_buf_t buf = uv_buf_init(bytes, (unsigned)len);
      in->write_req.data = in;
      if (uv_write(&in->write_req, (uv_stream_t *)&in->p, &buf, 1, write_cb) != 0) close_pipe(in);
    } else {
      in->shutdown_req.data = in;
      if (uv_shutdown(&in->shutdown_req, (uv_stream_t *)&in->p, shutdown_cb) != 0) close_pipe(in);
    }
  }
  for (size_t i = 1; i < run->npipes; i++) {
    sync_pipe_t *sp = run->pipes[i];
    if (sp != NULL && uv_read_start((uv_stream_t *)&sp->p, alloc_cb, read_cb) != 0) close_pipe(sp);
  }
  double timeout = prop_number(ctx, options, "timeout", 0);
  if (timeout > 0 && timeout < 1e15) {
    CHECK(uv_timer_init(&run->loop, &run->timer) == 0);
    run->timer.data = run;
    run->timer_open = true;
    uv_timer_start(&run->timer, timer_cb, (uint64_t)timeout, 0);
  }
  return 0;
}

static void walk_close_cb(uv_handle_t *handle, void *arg) {
  (void)arg;
  if (!uv_is_closing(handle)) uv_close(handle, NULL);
}

static JSValueRef spawn_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  if (argc < 1 || !JSValueIsObject(ctx, argv[0]))
    return lode_js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE",
                         "The \"options\" argument must be of type object");
  JSObjectRef options = (JSObjectRef)argv[0];
  JSObjectRef result = JSObjectMake(ctx, NULL, NULL);
  lode__spawn_options_t so;
  int r = lode__spawn_options_read(ctx, options, &so);
  if (r != 0) {
    lode_js_set_number(ctx, result, "error", r);
    return result;
  }
  sync_run_t run;
  memset(&run, 0, sizeof run);
  CHECK(uv_loop_init(&run.loop) == 0);
  run.kill_signal = (int)prop_number(ctx, options, "killSignal", 15);
  run.max_buffer = prop_number(ctx, options, "maxBuffer", 1.0 / 0.0);
  if (!(run.max_buffer >= 0)) run.max_buffer = 1.0 / 0.0;
  r = start_run(ctx, options, &run, &so);
  if (r != 0) {
    run.error = r;
    for (size_t i = 0; i < run.npipes; i++)
      if (run.pipes[i] != NULL) close_pipe(run.pipes[i]);
  }
  uv_run(&run.loop, UV_RUN_DEFAULT);
  if (uv_loop_close(&run.loop) != 0) {
    uv_walk(&run.loop, walk_close_cb, NULL);
    uv_run(&run.loop, UV_RUN_DEFAULT);
    CHECK(uv_loop_close(&run.loop) == 0);
  }
  lode__spawn_options_free(&so);

  lode_js_set_number(ctx, result, "pid", r != 0 ? 0 : run.posix ? run.child.pid : run.proc.pid);
  lode_js_set_number(ctx, result, "error", run.error);
  if (r == 0) {
    lode_js_set(ctx, result, "status",
                run.term_signal != 0 ? JSValueMakeNull(ctx)
                                     : JSValueMakeNumber(ctx, (double)run.status));
    lode_js_set_number(ctx, result, "signal", run.term_signal);
    JSObjectRef output = lode_js_array(ctx, 0, NULL);
    lode_js_set(ctx, result, "output", output);
    for (size_t i = 0; i < run.npipes; i++) {
      sync_pipe_t *sp = run.pipes[i];
      JSValueRef v = JSValueMakeNull(ctx);
      if (sp != NULL && i > 0) {
        char *data = sp->data != NULL ? sp->data : malloc(1);
        CHECK(data != NULL);
        sp->data = NULL;
        v = JSObjectMakeTypedArrayWithBytesNoCopy(ctx, kJSTypedArrayTypeUint8Array, data, sp->len,
                                                  free_bytes, NULL, NULL);
      }
      JSObjectSetPropertyAtIndex(ctx, output, (unsigned)i, v, NULL);
    }
  } else {
    lode_js_set(ctx, result, "output", JSValueMakeNull(ctx));
  }
  for (size_t i = 0; i < run.npipes; i++) {
    if (run.pipes[i] == NULL) continue;
    free(run.pipes[i]->data);
    free(run.pipes[i]->input);
    free(run.pipes[i]);
  }
  free(run.pipes);
  return result;
}

JSObjectRef lode_binding_spawn_sync(lode_runtime_t *rt) {
  JSObjectRef b = JSObjectMake(rt->ctx, NULL, NULL);
  lode_js_set_function(rt->ctx, b, "spawn", spawn_cb);
  return b;
}
