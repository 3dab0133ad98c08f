/* Child processes for child_process.spawn: `new Process()` makes a wrapper of class Process
 * holding no libuv handle yet;
 *   spawn(options)  → 0 or a negative libuv code (options as in process_wrap.h); on success
 *                     the wrapper's `pid` property is set and, when the child ends,
 *                     `wrapper.onexit(exitStatus, termSignal)` runs (signal 0 if none)
 *   kill(signal)    → 0 or a negative code
 *   close([cb]), ref(), unref(), hasRef()
 *
 * Lifecycle (DESIGN.md "Handles and memory"): NEW until a successful spawn, then OPEN and
 * pinned until libuv's close callback (CLOSED). The finalizer thus only ever sees a NEW or
 * CLOSED struct (it frees it) or, during teardown, one being closed (the close callback frees
 * it). A failed spawn leaves a libuv handle that must still be closed: the wrapper goes
 * CLOSING without calling onexit. */
#include "process_wrap.h"

#include "stream_wrap.h"

#include <errno.h>
#include <signal.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

enum { PROC_NEW, PROC_OPEN, PROC_CLOSING, PROC_CLOSED };

typedef struct proc_s {
  /* A child from lode__spawn_posix lives as an idle uv_async_t (which gives the wrapper its
   * ref/unref/close lifecycle) plus a lode__child_t; one from uv_spawn (uid/gid) as a
   * uv_process_t. */
  union {
    uv_handle_t handle;
    uv_process_t process;
    uv_async_t async;
  } h;
  lode__child_t child;
  bool posix;
  bool running; /* a posix child not reaped yet */
  int state;
  bool finalized;
  bool pinned;
  JSObjectRef obj;
  struct proc_s *prev, *next; /* every struct not yet freed, for teardown */
} proc_t;

static JSClassRef process_class;
static proc_t *all_procs;
static lode__child_watch_t child_watch;
static bool child_watch_open;
static uv_mutex_t proc_lock;
static bool tearing_down;

/* ---- options, shared with spawn_sync.c ---- */

static char *prop_cstr(JSContextRef ctx, JSObjectRef obj, const char *name) {
  JSValueRef v = lode_js_get(ctx, obj, name);
  if (!JSValueIsString(ctx, v)) return NULL;
  return lode_js_value_to_utf8(ctx, v, NULL, NULL);
}

/* Reads an array of strings as a NULL-terminated array of malloc'd UTF-8 strings, or NULL if
 * v is not an array of strings. */
static char **string_list(JSContextRef ctx, JSValueRef v) {
  if (!JSValueIsArray(ctx, v)) return NULL;
  JSObjectRef arr = (JSObjectRef)v;
  double n = JSValueToNumber(ctx, lode_js_get(ctx, arr, "length"), NULL);
  if (!(n >= 0 && n < 1e6)) return NULL;
  size_t len = (size_t)n;
  char **out = calloc(len + 1, sizeof *out);
  CHECK(out != NULL);
  for (size_t i = 0; i < len; i++) {
    JSValueRef item = JSObjectGetPropertyAtIndex(ctx, arr, (unsigned)i, NULL);
    if (!JSValueIsString(ctx, item) ||
        (out[i] = lode_js_value_to_utf8(ctx, item, NULL, NULL)) == NULL) {
      for (size_t j = 0; j < i; j++) free(out[j]);
      free(out);
      return NULL;
    }
  }
  return out;
}

static void free_list(char **list) {
  if (list == NULL) return;
  for (char **p = list; *p != NULL; p++) free(*p);
  free(list);
}

int lode__spawn_options_read(JSContextRef ctx, JSObjectRef options, lode__spawn_options_t *so) {
  memset(so, 0, sizeof *so);
  so->file = prop_cstr(ctx, options, "file");
  so->args = string_list(ctx, lode_js_get(ctx, options, "args"));
  JSValueRef env = lode_js_get(ctx, options, "envPairs");
  if (!JSValueIsUndefined(ctx, env)) {
    so->env = string_list(ctx, env);
    if (so->env == NULL) goto invalid;
  }
  if (so->file == NULL || so->args == NULL) goto invalid;
  so->cwd = prop_cstr(ctx, options, "cwd");
  so->o.file = so->file;
  so->o.args = so->args;
  so->o.env = so->env;
  so->o.cwd = so->cwd;
  JSValueRef uid = lode_js_get(ctx, options, "uid");
  if (JSValueIsNumber(ctx, uid)) {
    so->o.flags |= UV_PROCESS_SETUID;
    so->o.uid = (uv_uid_t)JSValueToNumber(ctx, uid, NULL);
  }
  JSValueRef gid = lode_js_get(ctx, options, "gid");
  if (JSValueIsNumber(ctx, gid)) {
    so->o.flags |= UV_PROCESS_SETGID;
    so->o.gid = (uv_gid_t)JSValueToNumber(ctx, gid, NULL);
  }
  if (JSValueToBoolean(ctx, lode_js_get(ctx, options, "detached")))
    so->o.flags |= UV_PROCESS_DETACHED;
  JSValueRef stdio = lode_js_get(ctx, options, "stdio");
  size_t count = 3;
  if (JSValueIsArray(ctx, stdio)) {
    double n = JSValueToNumber(ctx, lode_js_get(ctx, (JSObjectRef)stdio, "length"), NULL);
    if (!(n >= 0 && n < 4096)) goto invalid;
    if ((size_t)n > count) count = (size_t)n;
  }
  so->stdio = calloc(count, sizeof *so->stdio);
  CHECK(so->stdio != NULL);
  for (size_t i = 0; i < count; i++) so->stdio[i].flags = UV_IGNORE;
  so->o.stdio = so->stdio;
  so->o.stdio_count = (int)count;
  return 0;
invalid:
  lode__spawn_options_free(so);
  return UV_EINVAL;
}

void lode__spawn_options_free(lode__spawn_options_t *so) {
  free(so->file);
  free_list(so->args);
  free_list(so->env);
  free(so->cwd);
  free(so->stdio);
  memset(so, 0, sizeof *so);
}

JSObjectRef lode__spawn_stdio_slot(JSContextRef ctx, JSObjectRef options, size_t i, int *type,
                                   int *fd) {
  *type = LODE__STDIO_IGNORE;
  *fd = -1;
  JSValueRef stdio = lode_js_get(ctx, options, "stdio");
  if (!JSValueIsArray(ctx, stdio)) return NULL;
  JSValueRef slot = JSObjectGetPropertyAtIndex(ctx, (JSObjectRef)stdio, (unsigned)i, NULL);
  if (!JSValueIsObject(ctx, slot)) return NULL;
  JSObjectRef s = (JSObjectRef)slot;
  char *t = prop_cstr(ctx, s, "type");
  if (t != NULL && strcmp(t, "pipe") == 0) {
    *type = LODE__STDIO_PIPE;
  } else if (t != NULL && strcmp(t, "fd") == 0) {
    JSValueRef v = lode_js_get(ctx, s, "fd");
    double d = JSValueIsNumber(ctx, v) ? JSValueToNumber(ctx, v, NULL) : -1;
    if (d >= 0 && d <= 2147483647 && d == (int)d) {
      *type = LODE__STDIO_FD;
      *fd = (int)d;
    }
  }
  free(t);
  return s;
}

/* ---- the Process wrapper ---- */

static void proc_unlink_free(proc_t *p) {
  uv_mutex_lock(&proc_lock);
  if (p->prev != NULL) p->prev->next = p->next;
  else all_procs = p->next;
  if (p->next != NULL) p->next->prev = p->prev;
  uv_mutex_unlock(&proc_lock);
  free(p);
}

static void proc_close_cb(uv_handle_t *handle) {
  proc_t *p = (proc_t *)handle;
  lode_runtime_t *rt = lode_runtime();
  uv_mutex_lock(&proc_lock);
  p->state = PROC_CLOSED;
  bool gone = p->finalized;
  uv_mutex_unlock(&proc_lock);
  if (gone) {
    proc_unlink_free(p);
    return;
  }
  JSObjectRef obj = p->obj;
  if (!tearing_down) {
    JSValueRef onclose = lode_js_get(rt->ctx, obj, "onclose");
    if (JSValueIsObject(rt->ctx, onclose) && JSObjectIsFunction(rt->ctx, (JSObjectRef)onclose))
      lode_make_callback(rt, (JSObjectRef)onclose, obj, 0, NULL);
  }
  if (p->pinned) {
    p->pinned = false;
    lode_unpin(rt, obj);
  }
}

/* Any thread: frees a struct without an open handle, else leaves it to the close callback. */
static void proc_finalize(JSObjectRef obj) {
  proc_t *p = JSObjectGetPrivate(obj);
  if (p == NULL) return;
  uv_mutex_lock(&proc_lock);
  p->finalized = true;
  bool idle = p->state == PROC_NEW || p->state == PROC_CLOSED;
  uv_mutex_unlock(&proc_lock);
  if (idle) proc_unlink_free(p);
}

static void proc_close(proc_t *p) {
  if (p->state != PROC_OPEN) return;
  p->state = PROC_CLOSING;
  /* A child still running is no longer watched (Node closes the handle only after the exit;
   * otherwise the child is left to the process's end, as with libuv). */
  if (p->posix && p->running) {
    p->running = false;
    lode__child_watch_remove(&child_watch, &p->child);
  }
  uv_close(&p->h.handle, proc_close_cb);
}

static proc_t *this_proc(JSContextRef ctx, JSObjectRef this_obj) {
  if (this_obj == NULL || !JSValueIsObjectOfClass(ctx, this_obj, process_class)) return NULL;
  return JSObjectGetPrivate(this_obj);
}

static void call_onexit(proc_t *p, int64_t exit_status, int term_signal) {
  if (p->state != PROC_OPEN || tearing_down) return;
  lode_runtime_t *rt = lode_runtime();
  JSContextRef ctx = rt->ctx;
  JSValueRef onexit = lode_js_get(ctx, p->obj, "onexit");
  if (!JSValueIsObject(ctx, onexit) || !JSObjectIsFunction(ctx, (JSObjectRef)onexit)) return;
  JSValueRef args[2] = {JSValueMakeNumber(ctx, (double)exit_status),
                        JSValueMakeNumber(ctx, term_signal)};
  lode_make_callback(rt, (JSObjectRef)onexit, p->obj, 2, args);
}

static void exit_cb(uv_process_t *handle, int64_t exit_status, int term_signal) {
  call_onexit((proc_t *)handle, exit_status, term_signal);
}

static void posix_exit_cb(lode__child_t *child, int64_t exit_status, int term_signal) {
  proc_t *p = (proc_t *)((char *)child - offsetof(proc_t, child));
  p->running = false;
  call_onexit(p, exit_status, term_signal);
}

static void async_noop_cb(uv_async_t *async) {
  (void)async;
}

static JSObjectRef process_construct_cb(JSContextRef ctx, JSObjectRef ctor, size_t argc,
                                        const JSValueRef argv[], JSValueRef *exc) {
  (void)ctor, (void)argc, (void)argv, (void)exc;
  proc_t *p = calloc(1, sizeof *p);
  CHECK(p != NULL);
  p->state = PROC_NEW;
  p->obj = JSObjectMake(ctx, process_class, p);
  uv_mutex_lock(&proc_lock);
  p->next = all_procs;
  if (all_procs != NULL) all_procs->prev = p;
  all_procs = p;
  uv_mutex_unlock(&proc_lock);
  return p->obj;
}

/* spawn(options) → 0 or a negative libuv code. */
static JSValueRef spawn_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  proc_t *p = this_proc(ctx, this_obj);
  if (p == NULL)
    return lode_js_throw(ctx, exc, "TypeError", "ERR_INVALID_THIS", "Illegal invocation");
  if (argc < 1 || !JSValueIsObject(ctx, argv[0]))
    return lode_js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE",
                         "The \"options\" argument must be of type object");
  if (p->state != PROC_NEW) return JSValueMakeNumber(ctx, UV_EINVAL);
  JSObjectRef options = (JSObjectRef)argv[0];
  lode__spawn_options_t so;
  int r = lode__spawn_options_read(ctx, options, &so);
  if (r != 0) return JSValueMakeNumber(ctx, r);
  for (int i = 0; i < so.o.stdio_count; i++) {
    int type, fd;
    JSObjectRef slot = lode__spawn_stdio_slot(ctx, options, (size_t)i, &type, &fd);
    if (type == LODE__STDIO_PIPE) {
      JSValueRef handle = lode_js_get(ctx, slot, "handle");
      lode__stream_t *s = JSValueIsObject(ctx, handle)
                              ? lode__stream_this(ctx, (JSObjectRef)handle)
                              : NULL;
      if (s == NULL || s->h.handle.type != UV_NAMED_PIPE) {
        lode__spawn_options_free(&so);
        return JSValueMakeNumber(ctx, UV_EINVAL);
      }
      so.stdio[i].flags = UV_CREATE_PIPE | UV_READABLE_PIPE | UV_WRITABLE_PIPE;
      so.stdio[i].data.stream = &s->h.stream;
    } else if (type == LODE__STDIO_FD) {
      so.stdio[i].flags = UV_INHERIT_FD;
      so.stdio[i].data.fd = fd;
    }
  }
  so.o.exit_cb = exit_cb;
  uv_loop_t *loop = lode_runtime()->loop;
  if (!child_watch_open) {
    lode__child_watch_init(&child_watch, loop);
    child_watch_open = true;
  }
  p->child.exit_cb = posix_exit_cb;
  p->posix = (so.o.flags & (UV_PROCESS_SETUID | UV_PROCESS_SETGID)) == 0;
  if (p->posix) {
    CHECK(uv_async_init(loop, &p->h.async, async_noop_cb) == 0);
    r = lode__spawn_posix(&child_watch, &so.o, &p->child);
    p->running = r == 0;
  } else {
    /* uid/gid: only uv_spawn (fork) can set them. */
    r = uv_spawn(loop, &p->h.process, &so.o);
  }
  lode__spawn_options_free(&so);
  p->h.handle.data = p;
  /* Whether or not it started, the handle was initialized and must be closed. */
  p->state = PROC_OPEN;
  p->pinned = true;
  lode_pin(lode_runtime(), p->obj);
  if (r != 0) {
    proc_close(p);
    return JSValueMakeNumber(ctx, r);
  }
  lode_js_set_number(ctx, this_obj, "pid", p->posix ? p->child.pid : p->h.process.pid);
  return JSValueMakeNumber(ctx, 0);
}

static JSValueRef kill_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  proc_t *p = this_proc(ctx, this_obj);
  if (p == NULL || p->state != PROC_OPEN) return JSValueMakeNumber(ctx, UV_ESRCH);
  int sig = argc > 0 && JSValueIsNumber(ctx, argv[0]) ? JSValueToInt32(ctx, argv[0], NULL) : 15;
  if (!p->posix) return JSValueMakeNumber(ctx, uv_process_kill(&p->h.process, sig));
  if (!p->running) return JSValueMakeNumber(ctx, UV_ESRCH);
  return JSValueMakeNumber(ctx, kill(p->child.pid, sig) == 0 ? 0 : -errno);
}

static JSValueRef close_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  proc_t *p = this_proc(ctx, this_obj);
  if (p == NULL || p->state != PROC_OPEN) return JSValueMakeUndefined(ctx);
  if (argc > 0 && JSValueIsObject(ctx, argv[0]) && JSObjectIsFunction(ctx, (JSObjectRef)argv[0]))
    lode_js_set_hidden(ctx, this_obj, "onclose", argv[0]);
  proc_close(p);
  return JSValueMakeUndefined(ctx);
}

static JSValueRef ref_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  proc_t *p = this_proc(ctx, this_obj);
  if (p != NULL && p->state == PROC_OPEN) uv_ref(&p->h.handle);
  return JSValueMakeUndefined(ctx);
}

static JSValueRef unref_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  proc_t *p = this_proc(ctx, this_obj);
  if (p != NULL && p->state == PROC_OPEN) uv_unref(&p->h.handle);
  return JSValueMakeUndefined(ctx);
}

static JSValueRef has_ref_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  proc_t *p = this_proc(ctx, this_obj);
  return JSValueMakeBoolean(ctx, p != NULL && p->state == PROC_OPEN &&
                                     uv_has_ref(&p->h.handle));
}

JSObjectRef lode_binding_process_wrap(lode_runtime_t *rt) {
  JSContextRef ctx = rt->ctx;
  if (process_class == NULL) {
    static const JSStaticFunction functions[] = {
        {"spawn", spawn_cb, kJSPropertyAttributeDontEnum},
        {"kill", kill_cb, kJSPropertyAttributeDontEnum},
        {"close", close_cb, kJSPropertyAttributeDontEnum},
        {"ref", ref_cb, kJSPropertyAttributeDontEnum},
        {"unref", unref_cb, kJSPropertyAttributeDontEnum},
        {"hasRef", has_ref_cb, kJSPropertyAttributeDontEnum},
        {NULL, NULL, 0},
    };
    JSClassDefinition def = kJSClassDefinitionEmpty;
    def.className = "Process";
    def.staticFunctions = functions;
    def.finalize = proc_finalize;
    process_class = JSClassCreate(&def);
    CHECK(uv_mutex_init(&proc_lock) == 0);
  }
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  lode_js_set(ctx, b, "Process", JSObjectMakeConstructor(ctx, process_class, process_construct_cb));
  return b;
}

void lode_process_wrap_teardown(lode_runtime_t *rt) {
  (void)rt;
  if (process_class == NULL) return;
  tearing_down = true;
  /* Children keep running (as in Node); only our handles go. Close callbacks run later, when
   * the runtime runs the loop once more. */
  uv_mutex_lock(&proc_lock);
  for (proc_t *p = all_procs; p != NULL; p = p->next) proc_close(p);
  uv_mutex_unlock(&proc_lock);
  if (child_watch_open) {
    child_watch_open = false;
    uv_close((uv_handle_t *)&child_watch.sig, NULL);
  }
}
