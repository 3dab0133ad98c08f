/* Reading, writing, shutting down and closing libuv streams for every stream wrapper class
 * (see stream_wrap.h for the lifecycle). The methods, on each wrapper:
 *   readStart(), readStop()           → 0 or a negative libuv code; each read reaches
 *                                       `wrapper.onread(arrayBuffer)`, the bytes being at
 *                                       streamState[kReadOffset] for streamState[kReadLength]
 *                                       (the ArrayBuffer may be a pool shared by other
 *                                       chunks, never rewritten), or `onread(code)` (UV_EOF
 *                                       at the end)
 *   writeBuffer(req, typedArray), writeUtf8String(req, string), writeLatin1String(req, string),
 *   writev(req, chunks)                → 0 or a negative code. streamState[0] is then the
 *                                       byte count and streamState[1] 1 if the write is still
 *                                       pending: `req.oncomplete(status)` follows; 0 if it
 *                                       completed already (no oncomplete; on TCP possibly
 *                                       held until the callback ends, see "holding writes":
 *                                       a failure then comes as `onread(code, true)`).
 *   shutdown(req)                      → 0 or a code; `req.oncomplete(status)` follows
 *   close([callback])                  → the callback runs (as `wrapper.onclose`) once closed
 *   ref(), unref(), hasRef(), setBlocking(bool) and the getters fd, bytesRead, writeQueueSize. */
#include "stream_wrap.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef struct write_req_s {
  union {
    uv_write_t write;
    uv_shutdown_t shutdown;
  } r;
  lode__stream_t *s;
  JSObjectRef req_obj; /* protected until completion */
  JSValueRef keep;     /* the typed array or chunk list the bytes live in, protected, or NULL */
  size_t nowned;
  char *owned[]; /* bytes this request allocated (encoded strings) */
} write_req_t;

static JSClassRef stream_class;
static void end_of_callback(void);
static void unlist_held(lode__stream_t *s);
static void flush_held(lode__stream_t *s, bool may_queue);
static void flush_held_at_exit(void);
static void hold_buffer_put(char *b, size_t cap);
static lode__stream_t *all_streams;
static bool tearing_down;

/* Open handles whose wrapper was collected: the finalizer (any thread) queues them and wakes
 * the loop, which closes them. */
static uv_mutex_t gc_lock;
static lode__stream_t *gc_queue;
static uv_async_t gc_async;
static bool gc_async_open;

static JSObjectRef state_array;
/* [bytes of the last write, whether it is still pending, offset and length of the chunk
 * passed to onread in its ArrayBuffer] */
static double *stream_state;

static int stdio_flags[3];
static bool stdio_saved[3];

static void restore_stdio_flags(void) {
  for (int fd = 0; fd < 3; fd++)
    if (stdio_saved[fd]) fcntl(fd, F_SETFL, stdio_flags[fd]);
}

void lode__stdio_remember(int fd) {
  static bool registered;
  if (fd < 0 || fd > 2 || stdio_saved[fd]) return;
  int flags = fcntl(fd, F_GETFL);
  if (flags == -1) return;
  stdio_flags[fd] = flags;
  stdio_saved[fd] = true;
  if (!registered) {
    registered = true;
    atexit(restore_stdio_flags);
  }
}

static void stream_hold(lode__stream_t *s) {
  if (s->active++ == 0) lode_pin(lode_runtime(), s->obj);
}

static void stream_release(lode__stream_t *s) {
  CHECK(s->active > 0);
  if (--s->active == 0) lode_unpin(lode_runtime(), s->obj);
}

static JSStringRef onread_key; /* where the wrapper keeps its onread function (hidden) */

/* Marks s as reading or not. While reading, s->onread caches the wrapper's onread function
 * (protected, so that a read never looks it up on the wrapper); the reading pin keeps the
 * wrapper alive meanwhile. */
static void stream_set_reading(lode__stream_t *s, bool reading) {
  lode_runtime_t *rt = lode_runtime();
  if (reading == s->reading) return;
  s->reading = reading;
  if (reading) {
    stream_hold(s);
    JSValueRef fn = JSObjectGetProperty(rt->ctx, s->obj, onread_key, NULL);
    if (fn != NULL && JSValueIsObject(rt->ctx, fn) && JSObjectIsFunction(rt->ctx, (JSObjectRef)fn)) {
      s->onread = (JSObjectRef)fn;
      JSValueProtect(rt->ctx, fn);
    }
  } else {
    if (s->onread != NULL) JSValueUnprotect(rt->ctx, s->onread);
    s->onread = NULL;
    stream_release(s);
  }
}

static void stream_unlink(lode__stream_t *s) {
  if (s->prev != NULL) s->prev->next = s->next;
  else all_streams = s->next;
  if (s->next != NULL) s->next->prev = s->prev;
}

/* Runs on the loop thread once libuv is done with the handle: detaches the struct from its
 * wrapper (if the wrapper still lives), calls its onclose, unpins it and frees the struct. */
static void stream_close_cb(uv_handle_t *handle) {
  lode__stream_t *s = handle->data;
  s->state = LODE__HANDLE_CLOSED;
  stream_unlink(s);
  unlist_held(s);
  hold_buffer_put(s->held, s->held_cap);
  s->held = NULL;
  uv_mutex_lock(&gc_lock);
  bool collected = s->finalized;
  uv_mutex_unlock(&gc_lock);
  if (!collected) {
    lode_runtime_t *rt = lode_runtime();
    JSContextRef ctx = rt->ctx;
    JSObjectRef obj = s->obj;
    JSObjectSetPrivate(obj, NULL);
    if (!tearing_down) {
      JSValueRef onclose = lode_js_get(ctx, obj, "onclose");
      if (JSValueIsObject(ctx, onclose) && JSObjectIsFunction(ctx, (JSObjectRef)onclose))
        lode_make_callback(rt, (JSObjectRef)onclose, obj, 0, NULL);
    }
    /* The pin of close() (and, at teardown, of whatever was active) is the last one. */
    if (s->active > 0) lode_unpin(rt, obj);
  }
  free(s);
}

/* Writes what s holds before it closes (the bytes a direct write would have given the kernel);
 * nothing is queued or reported any more. */
static void drop_held(lode__stream_t *s) {
  flush_held(s, false);
  s->held_error = 0;
  unlist_held(s);
}

int lode__stream_close(lode__stream_t *s, bool reset) {
  drop_held(s);
  if (s->detach_consumer != NULL) s->detach_consumer(s);
  /* The close pin comes first, so dropping the reading or listening pin never unpins. */
  stream_hold(s);
  if (reset) {
    int r = uv_tcp_close_reset(&s->h.tcp, stream_close_cb);
    if (r != 0) {
      stream_release(s);
      return r;
    }
  } else {
    uv_close(&s->h.handle, stream_close_cb);
  }
  s->state = LODE__HANDLE_CLOSING;
  stream_set_reading(s, false);
  if (s->listening) {
    s->listening = false;
    stream_release(s);
  }
  return 0;
}

static void gc_async_cb(uv_async_t *async) {
  (void)async;
  uv_mutex_lock(&gc_lock);
  lode__stream_t *queue = gc_queue;
  gc_queue = NULL;
  uv_mutex_unlock(&gc_lock);
  while (queue != NULL) {
    lode__stream_t *s = queue;
    queue = s->gc_next;
    /* The wrapper is gone, so nothing is pinned; close without touching it. */
    drop_held(s);
    if (s->detach_consumer != NULL) s->detach_consumer(s);
    s->state = LODE__HANDLE_CLOSING;
    uv_close(&s->h.handle, stream_close_cb);
  }
}

/* Any thread, no JSC calls: an open struct is queued for closing, a detached one is gone. */
static void stream_finalize(JSObjectRef obj) {
  lode__stream_t *s = JSObjectGetPrivate(obj);
  if (s == NULL) return;
  uv_mutex_lock(&gc_lock);
  s->finalized = true;
  s->gc_next = gc_queue;
  gc_queue = s;
  uv_mutex_unlock(&gc_lock);
  uv_async_send(&gc_async);
}

lode__stream_t *lode__stream_alloc(void) {
  lode__stream_t *s = calloc(1, sizeof *s);
  CHECK(s != NULL);
  s->magic = LODE__STREAM_MAGIC;
  return s;
}

JSObjectRef lode__stream_attach(JSContextRef ctx, JSClassRef cls, lode__stream_t *s) {
  if (!gc_async_open) {
    CHECK(uv_async_init(lode_runtime()->loop, &gc_async, gc_async_cb) == 0);
    uv_unref((uv_handle_t *)&gc_async);
    gc_async_open = true;
  }
  s->state = LODE__HANDLE_OPEN;
  s->h.handle.data = s;
  s->obj = JSObjectMake(ctx, cls, s);
  s->cls = cls;
  s->next = all_streams;
  if (all_streams != NULL) all_streams->prev = s;
  all_streams = s;
  return s->obj;
}

lode__stream_t *lode__stream_this(JSContextRef ctx, JSObjectRef this_obj) {
  (void)ctx;
  if (this_obj == NULL) return NULL;
  lode__stream_t *s = JSObjectGetPrivate(this_obj);
  return s != NULL && s->magic == LODE__STREAM_MAGIC && s->state == LODE__HANDLE_OPEN ? s : NULL;
}

static JSValueRef code(JSContextRef ctx, int r) {
  return JSValueMakeNumber(ctx, r);
}

/* ---- reading ---- */

/* Memory blocks of one size whose ArrayBuffers were collected, kept for the next ones: a
 * fresh block from malloc costs page faults each time (glibc gives freed ones back to the
 * system) and the allocator's own work. The collector may free an ArrayBuffer on another
 * thread, hence the lock. */
enum { SPARES = 16, SLAB_SPARES = 128 };
typedef struct {
  pthread_mutex_t lock;
  int n, cap; /* cap 0: SPARES */
  char *blocks[SLAB_SPARES];
} spares_t;

/* Returns a kept block, or NULL if there is none. */
static char *spares_take(spares_t *sp) {
  pthread_mutex_lock(&sp->lock);
  char *b = sp->n > 0 ? sp->blocks[--sp->n] : NULL;
  pthread_mutex_unlock(&sp->lock);
  return b;
}

/* Keeps block b for later, or frees it when enough are kept. */
static void spares_give(spares_t *sp, char *b) {
  pthread_mutex_lock(&sp->lock);
  if (sp->n < (sp->cap > 0 ? sp->cap : SPARES)) {
    sp->blocks[sp->n++] = b;
    b = NULL;
  }
  pthread_mutex_unlock(&sp->lock);
  free(b);
}

/* One read buffer for all streams (libuv fills it and calls on_read_cb at once). A read over
 * 4 KiB takes it over and is handed to JS without a copy (a new slab comes next time): a read
 * of at least SLAB_KEEP bytes keeps the whole slab, which goes back to slab_spares when its
 * ArrayBuffer is collected (the unused tail is not part of the ArrayBuffer); a smaller one is
 * shrunk in place (realloc returns the tail without copying). A read of up to 4 KiB is
 * copied into the shared pool below, so small messages cost no allocation each.
 * lode__stream_chunk (the HTTP consumer) keeps its own rule. */
static char *read_slab;
enum { READ_SLAB_SIZE = 64 * 1024, SLAB_KEEP = 48 * 1024 };
static spares_t slab_spares = {.lock = PTHREAD_MUTEX_INITIALIZER, .cap = SLAB_SPARES};

/* Collecting slabs sooner. The engine collects young objects once about as many bytes as
 * its heap holds were allocated (ArrayBuffers count by their size): bulk reads cycled
 * through 300-1,000 slabs (20-60 MiB) between collections, each one cold in the caches when
 * the kernel copies into it and faulted in the first time (bench/net.js bulk). So once
 * SLAB_GC_EVERY more slabs are out in ArrayBuffers than after the last collection, alloc_cb
 * (no JS running, no read in flight) asks for a young-generation collection (~0.2 ms
 * here), which gives the dropped chunks' slabs back to slab_spares, still warm. When a
 * collection gives back less than half of what was handed out since (the chunks are being
 * kept: a body gathered in memory) or takes over SLAB_GC_SLOW_NS (a large heap), the next
 * one waits twice as long (up to SLAB_GC_MAX), and the distance returns to SLAB_GC_EVERY
 * once one pays off. */
enum { SLAB_GC_EVERY = 128, SLAB_GC_MAX = 8192, SLAB_GC_SLOW_NS = 1000000 };
static size_t slabs_out;       /* slabs owned by ArrayBuffers (freed on any thread: atomic) */
static size_t slabs_out_at_gc; /* after the last collection asked for */
static size_t slab_gc_every = SLAB_GC_EVERY;

/* Exported by JavaScriptCore (JSBasePrivate.h), not declared in its public headers. */
void JSSynchronousEdenCollectForDebugging(JSContextRef ctx);

static void collect_slabs_if_due(void) {
  size_t out = __atomic_load_n(&slabs_out, __ATOMIC_RELAXED);
  if (out < slabs_out_at_gc) slabs_out_at_gc = out; /* the engine collected some itself */
  if (out - slabs_out_at_gc < slab_gc_every) return;
  uint64_t start = uv_hrtime();
  JSSynchronousEdenCollectForDebugging(lode_runtime()->ctx);
  bool slow = uv_hrtime() - start > SLAB_GC_SLOW_NS;
  size_t after = __atomic_load_n(&slabs_out, __ATOMIC_RELAXED);
  size_t handed = out - slabs_out_at_gc, freed = out > after ? out - after : 0;
  if (slow || freed * 2 < handed) {
    if (slab_gc_every < SLAB_GC_MAX) slab_gc_every *= 2;
  } else {
    slab_gc_every = SLAB_GC_EVERY;
  }
  slabs_out_at_gc = after;
}

static void alloc_cb(uv_handle_t *handle, size_t suggested, uv_buf_t *buf) {
  (void)handle, (void)suggested;
  if (read_slab == NULL && !tearing_down) collect_slabs_if_due();
  if (read_slab == NULL) read_slab = spares_take(&slab_spares);
  if (read_slab == NULL) read_slab = malloc(READ_SLAB_SIZE);
  buf->base = read_slab;
  buf->len = read_slab != NULL ? READ_SLAB_SIZE : 0;
}

static void free_bytes(void *bytes, void *context) {
  (void)context;
  free(bytes);
}

static void free_slab(void *bytes, void *context) {
  (void)context;
  __atomic_sub_fetch(&slabs_out, 1, __ATOMIC_RELAXED);
  spares_give(&slab_spares, bytes);
}

/* Counts a slab now owned by an ArrayBuffer (which gives it back through free_slab). */
static void slab_handed_out(void) {
  __atomic_add_fetch(&slabs_out, 1, __ATOMIC_RELAXED);
}

enum { POOL_SIZE = 32 * 1024 };
static JSObjectRef pool;
static char *pool_bytes;
static size_t pool_used;
/* Collected pools' memory (fresh blocks cost ~60 ns per small message of bench/net.js). */
static spares_t pool_spares = {.lock = PTHREAD_MUTEX_INITIALIZER};

static void free_pool_bytes(void *bytes, void *context) {
  (void)context;
  spares_give(&pool_spares, bytes);
}

static char *pool_memory(void) {
  char *mem = spares_take(&pool_spares);
  /* Zeroed: a view's .buffer shows the whole pool, and an old one held other reads. */
  if (mem != NULL) memset(mem, 0, POOL_SIZE);
  else mem = calloc(1, POOL_SIZE);
  return mem;
}

JSObjectRef lode__pool_copy(JSContextRef ctx, const char *bytes, size_t n, size_t *off) {
  size_t at = (pool_used + 7) & ~(size_t)7;
  if (pool == NULL || at + n > POOL_SIZE) {
    char *mem = pool_memory();
    if (mem == NULL) return NULL;
    JSLock(ctx);
    JSObjectRef ab = JSObjectMakeArrayBufferWithBytesNoCopy(ctx, mem, POOL_SIZE, free_pool_bytes,
                                                            NULL, NULL);
    if (ab != NULL) {
      JSValueProtect(ctx, ab);
      if (pool != NULL) JSValueUnprotect(ctx, pool);
    }
    JSUnlock(ctx);
    if (ab == NULL) {
      free(mem);
      return NULL;
    }
    pool = ab;
    pool_bytes = mem;
    at = 0;
  }
  memcpy(pool_bytes + at, bytes, n);
  pool_used = at + n;
  *off = at;
  return pool;
}

/* Returns an ArrayBuffer holding the n bytes read at base (the slab), with the offset and
 * length of the bytes in stream_state[2] and [3], or NULL if out of memory: the shared pool
 * for a small read (no engine call), else an ArrayBuffer of its own (under the engine lock). */
static JSObjectRef read_chunk_buffer(JSContextRef ctx, char *base, size_t n) {
  if (n <= LODE__POOL_MAX_COPY) {
    size_t off;
    JSObjectRef ab = lode__pool_copy(ctx, base, n, &off);
    stream_state[2] = (double)off;
    stream_state[3] = (double)n;
    return ab;
  }
  char *bytes;
  JSTypedArrayBytesDeallocator dealloc = free_bytes;
  if (base == read_slab && n >= SLAB_KEEP) {
    bytes = base;
    dealloc = free_slab;
    read_slab = NULL;
  } else if (base == read_slab) {
    bytes = realloc(base, n);
    if (bytes == NULL) bytes = base;
    read_slab = NULL;
  } else {
    bytes = malloc(n);
    if (bytes == NULL) return NULL;
    memcpy(bytes, base, n);
  }
  JSObjectRef ab = JSObjectMakeArrayBufferWithBytesNoCopy(ctx, bytes, n, dealloc, NULL, NULL);
  if (ab == NULL) {
    free(bytes);
    return NULL;
  }
  if (dealloc == free_slab) slab_handed_out();
  stream_state[2] = 0;
  stream_state[3] = (double)n;
  return ab;
}

JSObjectRef lode__stream_chunk(JSContextRef ctx, char *base, size_t n) {
  char *bytes;
  JSTypedArrayBytesDeallocator dealloc = free_bytes;
  if (base == read_slab && n > READ_SLAB_SIZE / 2) {
    bytes = base;
    dealloc = free_slab;
    read_slab = NULL;
  } else {
    bytes = malloc(n > 0 ? n : 1);
    CHECK(bytes != NULL);
    memcpy(bytes, base, n);
  }
  JSObjectRef chunk = JSObjectMakeTypedArrayWithBytesNoCopy(ctx, kJSTypedArrayTypeUint8Array, bytes,
                                                           n, dealloc, NULL, NULL);
  if (chunk == NULL) {
    if (bytes == base) read_slab = base;
    else free(bytes);
    return NULL;
  }
  if (dealloc == free_slab) slab_handed_out();
  lode_as_buffer(lode_runtime(), ctx, chunk);
  return chunk;
}

static void on_read_cb(uv_stream_t *stream, ssize_t nread, const uv_buf_t *buf) {
  lode__stream_t *s = stream->data;
  if (nread == 0 || s->state != LODE__HANDLE_OPEN) return;
  if (nread > 0 && s->consume != NULL) {
    s->bytes_read += (uint64_t)nread;
    s->consume(s, buf->base, (size_t)nread);
    end_of_callback();
    return;
  }
  lode_runtime_t *rt = lode_runtime();
  JSContextRef ctx = rt->ctx;
  JSObjectRef obj = s->obj;
  JSObjectRef onread = s->onread;
  JSValueRef arg;
  if (nread > 0) {
    s->bytes_read += (uint64_t)nread;
    JSObjectRef chunk = read_chunk_buffer(ctx, buf->base, (size_t)nread);
    arg = chunk != NULL ? (JSValueRef)chunk : code(ctx, UV_ENOMEM);
  } else {
    arg = code(ctx, (int)nread);
  }
  if (nread > 0) {
    if (onread != NULL) lode_make_callback(rt, onread, obj, 1, &arg);
    end_of_callback();
    return;
  }
  /* libuv stops reading after the end or an error; keep the books the same (onread may
   * start reading again). The pin and the protection of onread last until it returns. */
  uv_read_stop(stream);
  bool was_reading = s->reading;
  s->reading = false;
  s->onread = NULL;
  if (onread != NULL) {
    lode_make_callback(rt, onread, obj, 1, &arg);
    JSValueUnprotect(ctx, onread);
  }
  if (was_reading) stream_release(s);
  end_of_callback();
}

static JSValueRef read_start_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  lode__stream_t *s = lode__stream_this(ctx, this_obj);
  if (s == NULL) return code(ctx, UV_EBADF);
  if (s->reading) return code(ctx, 0);
  int r = uv_read_start(&s->h.stream, alloc_cb, on_read_cb);
  if (r == 0) stream_set_reading(s, true);
  return code(ctx, r);
}

static JSValueRef read_stop_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  lode__stream_t *s = lode__stream_this(ctx, this_obj);
  if (s == NULL) return code(ctx, UV_EBADF);
  if (!s->reading) return code(ctx, 0);
  int r = uv_read_stop(&s->h.stream);
  stream_set_reading(s, false);
  return code(ctx, r);
}

/* ---- listening and connecting ---- */

static void free_unattached_cb(uv_handle_t *handle) {
  free(handle);
}

static void connection_cb(uv_stream_t *server, int status) {
  lode__stream_t *s = server->data;
  if (s->state != LODE__HANDLE_OPEN) return;
  lode_runtime_t *rt = lode_runtime();
  JSContextRef ctx = rt->ctx;
  JSValueRef args[2];
  size_t argc = 1;
  if (status == 0) {
    lode__stream_t *c = lode__stream_alloc();
    int r = server->type == UV_TCP ? uv_tcp_init(rt->loop, &c->h.tcp)
                                   : uv_pipe_init(rt->loop, &c->h.pipe, s->h.pipe.ipc);
    CHECK(r == 0);
    r = uv_accept(server, &c->h.stream);
    if (r != 0) {
      uv_close(&c->h.handle, free_unattached_cb);
      status = r;
    } else {
      args[1] = lode__stream_attach(ctx, s->cls, c);
      argc = 2;
    }
  }
  args[0] = code(ctx, status);
  JSValueRef onconnection = lode_js_get(ctx, s->obj, "onconnection");
  if (JSValueIsObject(ctx, onconnection) && JSObjectIsFunction(ctx, (JSObjectRef)onconnection))
    lode_make_callback(rt, (JSObjectRef)onconnection, s->obj, argc, args);
  end_of_callback();
}

int lode__stream_listen(lode__stream_t *s, int backlog) {
  int r = uv_listen(&s->h.stream, backlog, connection_cb);
  if (r == 0 && !s->listening) {
    s->listening = true;
    stream_hold(s);
  }
  return r;
}

lode__connect_req_t *lode__connect_req_new(lode__stream_t *s, JSObjectRef req_obj) {
  lode__connect_req_t *c = calloc(1, sizeof *c);
  CHECK(c != NULL);
  c->s = s;
  c->req_obj = req_obj;
  lode_pin(lode_runtime(), req_obj);
  stream_hold(s);
  return c;
}

void lode__connect_req_abort(lode__connect_req_t *c) {
  lode_unpin(lode_runtime(), c->req_obj);
  stream_release(c->s);
  free(c);
}

void lode__stream_after_connect_cb(uv_connect_t *req, int status) {
  lode__connect_req_t *c = (lode__connect_req_t *)req;
  lode__stream_t *s = c->s;
  lode_runtime_t *rt = lode_runtime();
  JSContextRef ctx = rt->ctx;
  if (!tearing_down) {
    JSValueRef oncomplete = lode_js_get(ctx, c->req_obj, "oncomplete");
    if (JSValueIsObject(ctx, oncomplete) && JSObjectIsFunction(ctx, (JSObjectRef)oncomplete)) {
      bool open = s->state == LODE__HANDLE_OPEN;
      if (!open && status == 0) status = UV_ECANCELED;
      JSValueRef args[5] = {
          code(ctx, status), s->obj, c->req_obj,
          JSValueMakeBoolean(ctx, open && uv_is_readable(&s->h.stream)),
          JSValueMakeBoolean(ctx, open && uv_is_writable(&s->h.stream)),
      };
      lode_make_callback(rt, (JSObjectRef)oncomplete, c->req_obj, 5, args);
    }
  }
  lode__connect_req_abort(c);
  end_of_callback();
}

/* ---- holding writes ----
 *
 * Node writes each socket.write() to the kernel at once (uv_try_write). A callback that
 * writes a stream several times (a protocol writing a message per item, a client answering
 * each of the replies a read brought) then makes one system call per write, and the kernel
 * side of a small TCP write (~1.5 µs on loopback) dwarfs the rest. So the first write to a
 * TCP stream in a callback goes out at once, as before, but later small ones in the same
 * callback are copied here and written together when the callback ends: at the end of a
 * read, write completion, connection or connect callback of this file, else when the loop
 * phase ends (a check and a prepare handle), before the stream is shut down, closed or
 * written something that cannot be held, and at process exit. To JS a held write has
 * completed like a write the kernel took at once (same streamState, callbacks, bytesWritten
 * and writableLength), so nothing in the Writable changes; the bytes reach the peer when the
 * callback returns instead of during it. A held write that then fails (EPIPE, ECONNRESET)
 * is reported as `onread(code, true)`, which destroys the stream with the 'write' error, as
 * a failed write does. While bytes are held, the stream's write_queue_size counts them, so
 * a uv_try_write from elsewhere (TLS's direct writes) gets UV_EAGAIN and queues behind them
 * instead of overtaking them. A stream a native consumer reads holds only what that consumer
 * gives lode__stream_write_held (the HTTP parser's responses), until the loop phase ends. */
enum { HOLD_CAP = 64 * 1024, HOLD_MAX_WRITE = 16 * 1024, HOLD_FIRST = 4096 };

/* Which callback this is: bumped at the end of each (end_of_callback). A stream whose
 * direct_epoch is the current one wrote straight to the socket in this callback. */
static uint64_t write_epoch = 1;
static lode__stream_t *held_list;  /* written when the callback ends */
static lode__stream_t *phase_list; /* held_to_phase_end: written when the loop phase ends */
static spares_t hold_spares = {.lock = PTHREAD_MUTEX_INITIALIZER}; /* of HOLD_FIRST bytes */
static uv_prepare_t hold_prepare;
static uv_check_t hold_check;
static bool hold_handles_open;

/* Hold buffers start at HOLD_FIRST bytes (spares of that size are kept) and grow up to
 * HOLD_CAP. */
static void hold_buffer_put(char *b, size_t cap) {
  if (b != NULL && cap == HOLD_FIRST) spares_give(&hold_spares, b);
  else free(b);
}

static void list_held(lode__stream_t *s) {
  if (s->held_listed) return;
  lode__stream_t **list = s->held_to_phase_end ? &phase_list : &held_list;
  s->held_listed = true;
  s->held_next = *list;
  *list = s;
}

static bool unlist_from(lode__stream_t **p, lode__stream_t *s) {
  for (; *p != NULL; p = &(*p)->held_next) {
    if (*p == s) {
      *p = s->held_next;
      return true;
    }
  }
  return false;
}

static void unlist_held(lode__stream_t *s) {
  if (!s->held_listed) return;
  if (!unlist_from(&held_list, s)) unlist_from(&phase_list, s);
  s->held_listed = false;
  s->held_next = NULL;
}

/* Whether n more bytes for s can be held: a TCP stream without a native consumer that wrote
 * straight to the socket in this callback (or holds bytes already) and has nothing queued in
 * libuv besides what it holds. */
static bool can_hold(lode__stream_t *s, size_t n) {
  return !tearing_down && s->h.handle.type == UV_TCP && s->consume == NULL && n > 0 &&
         n <= HOLD_MAX_WRITE && s->held_len + n <= HOLD_CAP &&
         s->h.stream.write_queue_size == s->held_len &&
         (s->held_len > 0 || s->direct_epoch == write_epoch);
}

/* Appends the bytes of bufs (total n, can_hold was true) to what s holds. Returns false if
 * out of memory (nothing held then). */
static bool hold_bytes(lode__stream_t *s, const uv_buf_t *bufs, size_t nbufs, size_t n) {
  size_t need = s->held_len + n;
  if (s->held == NULL && need <= HOLD_FIRST && (s->held = spares_take(&hold_spares)) != NULL) {
    s->held_cap = HOLD_FIRST;
  } else if (s->held == NULL || need > s->held_cap) {
    size_t cap = s->held == NULL ? HOLD_FIRST : s->held_cap * 2;
    while (cap < need) cap *= 2;
    if (cap > HOLD_CAP) cap = HOLD_CAP;
    char *b = realloc(s->held, cap);
    if (b == NULL) return false;
    s->held = b;
    s->held_cap = cap;
  }
  for (size_t i = 0; i < nbufs; i++) {
    memcpy(s->held + s->held_len, bufs[i].base, bufs[i].len);
    s->held_len += bufs[i].len;
  }
  s->h.stream.write_queue_size += n;
  list_held(s);
  return true;
}

typedef struct {
  uv_write_t req;
  lode__stream_t *s;
  char *bytes;
  size_t cap;
} held_write_t;

static void after_held_write_cb(uv_write_t *req, int status) {
  held_write_t *w = (held_write_t *)req;
  lode__stream_t *s = w->s;
  hold_buffer_put(w->bytes, w->cap);
  if (status < 0 && status != UV_ECANCELED && s->state == LODE__HANDLE_OPEN &&
      s->held_error == 0) {
    s->held_error = status;
    list_held(s);
  }
  free(w);
  stream_release(s);
}

/* Moves req, just queued last on stream, to the front of the stream's write queue. libuv
 * (1.44 as 1.47+) links requests in a circular list of two-pointer nodes, [next, prev]: the
 * stream's write_queue is the list head, each request's `queue` its node. */
static void queue_first(uv_stream_t *stream, uv_write_t *req) {
  void **head = (void **)&stream->write_queue;
  void **node = (void **)&req->queue;
  void **next = node[0], **prev = node[1];
  prev[0] = next;
  next[1] = prev;
  void **first = head[0];
  node[0] = first;
  node[1] = head;
  first[1] = node;
  head[0] = node;
}

/* Writes what s holds, straight to its descriptor (write_queue_size counts the held bytes,
 * so uv_try_write would refuse). What the socket does not take goes into libuv's queue when
 * may_queue (it is written in order from there), else is dropped (at exit). A failure is
 * kept in s->held_error, to be reported when the callback or loop phase ends (flush_list). */
static void flush_held(lode__stream_t *s, bool may_queue) {
  size_t len = s->held_len, done = 0, cap = s->held_cap;
  char *bytes = s->held;
  s->held_len = 0;
  s->held_cap = 0;
  s->held = NULL;
  if (len == 0) {
    hold_buffer_put(bytes, cap);
    return;
  }
  s->h.stream.write_queue_size -= len;
  uv_os_fd_t fd;
  int err = uv_fileno(&s->h.handle, &fd);
  while (err == 0 && done < len) {
    ssize_t r = write(fd, bytes + done, len - done);
    if (r >= 0) done += (size_t)r;
    else if (errno == EAGAIN || errno == EWOULDBLOCK) break;
    else if (errno != EINTR) err = -errno;
  }
  if (err == 0 && done < len && may_queue) {
    /* Requests queued meanwhile by someone else (a direct writer that met UV_EAGAIN: TLS
     * attached after s held bytes) must not go first, and libuv has written
     * none of them yet (it waits for the socket to be writable, which it learns only in its
     * next poll), so the rest goes in front of them. */
    bool others = s->h.stream.write_queue_size > 0;
    held_write_t *w = malloc(sizeof *w);
    CHECK(w != NULL);
    w->s = s;
    w->bytes = bytes;
    w->cap = cap;
    uv_buf_t rest = uv_buf_init(bytes + done, (unsigned)(len - done));
    err = uv_write(&w->req, &s->h.stream, &rest, 1, after_held_write_cb);
    if (err == 0) {
      if (others) queue_first(&s->h.stream, &w->req);
      stream_hold(s);
      return;
    }
    free(w);
  }
  hold_buffer_put(bytes, cap);
  if (err != 0 && s->held_error == 0) {
    s->held_error = err;
    list_held(s);
  }
}

/* Reports a failed held write: `onread(code, true)`. */
static void report_held_error(lode__stream_t *s) {
  int err = s->held_error;
  s->held_error = 0;
  if (s->state != LODE__HANDLE_OPEN || tearing_down) return;
  lode_runtime_t *rt = lode_runtime();
  JSContextRef ctx = rt->ctx;
  JSValueRef fn = s->onread != NULL ? (JSValueRef)s->onread
                                    : JSObjectGetProperty(ctx, s->obj, onread_key, NULL);
  if (fn == NULL || !JSValueIsObject(ctx, fn) || !JSObjectIsFunction(ctx, (JSObjectRef)fn)) return;
  JSValueRef args[2] = {code(ctx, err), JSValueMakeBoolean(ctx, true)};
  lode_make_callback(rt, (JSObjectRef)fn, s->obj, 2, args);
}

/* Writes what every stream of *listp holds and reports failures (which may call into JS
 * again, and hold more). */
static void flush_list(lode__stream_t **listp) {
  while (*listp != NULL) {
    lode__stream_t *list = *listp;
    *listp = NULL;
    lode__stream_t *failed = NULL;
    while (list != NULL) {
      lode__stream_t *s = list;
      list = s->held_next;
      s->held_listed = false;
      s->held_next = NULL;
      flush_held(s, true);
      if (s->held_error != 0) {
        unlist_held(s); /* flush_held listed it again */
        s->held_next = failed;
        failed = s;
      }
    }
    while (failed != NULL) {
      lode__stream_t *s = failed;
      failed = s->held_next;
      s->held_next = NULL;
      report_held_error(s);
    }
    write_epoch++;
  }
}

/* The end of a callback into JS from the loop. */
static void end_of_callback(void) {
  write_epoch++;
  flush_list(&held_list);
}

/* The end of a loop phase (the check and prepare handles): everything held goes out. */
static void end_of_phase(void) {
  write_epoch++;
  while (held_list != NULL || phase_list != NULL) {
    flush_list(&phase_list);
    flush_list(&held_list);
  }
}

static void hold_prepare_cb(uv_prepare_t *h) {
  (void)h;
  end_of_phase();
}

static void hold_check_cb(uv_check_t *h) {
  (void)h;
  end_of_phase();
}

static void hold_handles_start(void) {
  if (hold_handles_open) return;
  uv_loop_t *loop = lode_runtime()->loop;
  CHECK(uv_prepare_init(loop, &hold_prepare) == 0);
  CHECK(uv_check_init(loop, &hold_check) == 0);
  CHECK(uv_prepare_start(&hold_prepare, hold_prepare_cb) == 0);
  CHECK(uv_check_start(&hold_check, hold_check_cb) == 0);
  uv_unref((uv_handle_t *)&hold_prepare);
  uv_unref((uv_handle_t *)&hold_check);
  hold_handles_open = true;
  static bool at_exit_registered;
  if (!at_exit_registered) {
    at_exit_registered = true;
    atexit(flush_held_at_exit);
  }
}

/* At exit (process.exit() inside a callback, say): what is held still goes out, as the
 * kernel would have had it; nothing is queued and nothing is reported. */
static void flush_held_at_exit(void) {
  while (held_list != NULL || phase_list != NULL) {
    lode__stream_t *s = held_list != NULL ? held_list : phase_list;
    unlist_held(s);
    if (s->state == LODE__HANDLE_OPEN) flush_held(s, false);
  }
}

int lode__stream_write_held(lode__stream_t *s, const char *bytes, size_t n) {
  uv_buf_t buf = uv_buf_init((char *)bytes, (unsigned)n);
  if (n == 0) return 0;
  if (!tearing_down && s->held_len + n <= HOLD_CAP &&
      s->h.stream.write_queue_size == s->held_len) {
    if (s->held_len > 0 && !s->held_to_phase_end) flush_held(s, true);
    s->held_to_phase_end = true;
    if (!hold_handles_open) hold_handles_start();
    if (s->h.stream.write_queue_size == 0 && hold_bytes(s, &buf, 1, n)) return (int)n;
  }
  flush_held(s, true);
  int r = uv_try_write(&s->h.stream, &buf, 1);
  return r == UV_EAGAIN ? 0 : r;
}

/* ---- writing ---- */

static void free_owned(char **owned, size_t n) {
  for (size_t i = 0; i < n; i++) free(owned[i]);
}

/* Calls req.oncomplete(status) (unless the runtime is going away), then drops the pins. */
static JSStringRef oncomplete_key;

static void complete_request(write_req_t *w, int status) {
  lode_runtime_t *rt = lode_runtime();
  JSContextRef ctx = rt->ctx;
  free_owned(w->owned, w->nowned);
  if (!tearing_down) {
    /* One lock for the lookup (a cached key: no atomizing per write) and the argument; the
     * trampoline then takes the outermost lock itself. */
    JSLock(ctx);
    if (oncomplete_key == NULL) oncomplete_key = JSStringCreateWithUTF8CString("oncomplete");
    JSValueRef oncomplete = JSObjectGetProperty(ctx, w->req_obj, oncomplete_key, NULL);
    bool callable = oncomplete != NULL && JSValueIsObject(ctx, oncomplete) &&
                    JSObjectIsFunction(ctx, (JSObjectRef)oncomplete);
    JSValueRef arg = code(ctx, status);
    JSUnlock(ctx);
    if (callable) lode_make_callback(rt, (JSObjectRef)oncomplete, w->req_obj, 1, &arg);
  }
  lode_unpin(rt, w->req_obj);
  if (w->keep != NULL) lode_unpin(rt, w->keep);
  stream_release(w->s);
  free(w);
  end_of_callback();
}

static void after_write_cb(uv_write_t *req, int status) {
  complete_request((write_req_t *)req, status);
}

static void after_shutdown_cb(uv_shutdown_t *req, int status) {
  complete_request((write_req_t *)req, status);
}

/* Writes bufs: first directly (all of it, usually), the rest through a queued uv_write that
 * keeps req_obj, keep and the owned buffers until it completes. Takes ownership of owned[]
 * (not of the array itself). Returns 0 or a negative libuv code. */
static int stream_write(lode__stream_t *s, JSObjectRef req_obj, JSValueRef keep, uv_buf_t *bufs,
                        size_t nbufs, char **owned, size_t nowned) {
  size_t total = 0;
  for (size_t i = 0; i < nbufs; i++) total += bufs[i].len;
  stream_state[0] = (double)total;
  stream_state[1] = 0;
  if (s->held_len > 0 || s->direct_epoch == write_epoch) {
    if (can_hold(s, total) && hold_bytes(s, bufs, nbufs, total)) {
      free_owned(owned, nowned);
      return 0;
    }
    /* What is held goes first. */
    flush_held(s, true);
  }
  size_t first = 0;
  char *const first_base = bufs[0].base;
  int r = uv_try_write(&s->h.stream, bufs, (unsigned)nbufs);
  if (r < 0 && r != UV_EAGAIN && r != UV_ENOSYS) {
    free_owned(owned, nowned);
    return r;
  }
  size_t written = r > 0 ? (size_t)r : 0;
  while (first < nbufs && written >= bufs[first].len) written -= bufs[first++].len;
  if (first == nbufs) {
    free_owned(owned, nowned);
    if (total > 0) {
      s->direct_epoch = write_epoch;
      if (!hold_handles_open && !tearing_down) hold_handles_start();
    }
    return 0;
  }
  bufs[first].base += written;
  bufs[first].len -= written;
  /* A view read unpinned (writeBuffer) is pinned now that libuv keeps its bytes: nothing can
   * detach its ArrayBuffer then. Pinning gives a small array an ArrayBuffer, which may move
   * its bytes: the rest is found at the same offset in the pinned ones. */
  uint8_t *pinned;
  size_t pinned_len;
  if (keep != NULL && nbufs == 1 &&
      lode_js_bytes(lode_runtime()->ctx, keep, false, &pinned, &pinned_len) &&
      pinned != NULL && (size_t)(bufs[0].base - first_base) + bufs[0].len <= pinned_len)
    bufs[0].base = (char *)pinned + (bufs[0].base - first_base);
  write_req_t *w = calloc(1, sizeof *w + nowned * sizeof(char *));
  CHECK(w != NULL);
  /* uv_write copies the uv_buf_t array; the bytes themselves must stay until the callback. */
  r = uv_write(&w->r.write, &s->h.stream, bufs + first, (unsigned)(nbufs - first), after_write_cb);
  if (r != 0) {
    free_owned(owned, nowned);
    free(w);
    return r;
  }
  lode_runtime_t *rt = lode_runtime();
  w->s = s;
  w->req_obj = req_obj;
  w->keep = keep;
  w->nowned = nowned;
  if (nowned > 0) memcpy(w->owned, owned, nowned * sizeof(char *));
  lode_pin(rt, req_obj);
  if (keep != NULL) lode_pin(rt, keep);
  stream_hold(s);
  stream_state[1] = 1;
  return 0;
}

/* Encodes string value v as UTF-8 (latin1 false) or Latin-1 into malloc'd memory. */
static char *encode_string(JSContextRef ctx, JSValueRef v, bool latin1, size_t *len) {
  if (!latin1) return lode_js_value_to_utf8(ctx, v, len, NULL);
  JSStringRef str = JSValueToStringCopy(ctx, v, NULL);
  if (str == NULL) return NULL;
  size_t n = JSStringGetLength(str);
  const JSChar *chars = JSStringGetCharactersPtr(str);
  char *out = malloc(n > 0 ? n : 1);
  CHECK(out != NULL);
  for (size_t i = 0; i < n; i++) out[i] = (char)(chars[i] & 0xff);
  JSStringRelease(str);
  *len = n;
  return out;
}

bool lode__arg_object(JSContextRef ctx, size_t argc, const JSValueRef argv[], const char *name,
                      JSValueRef *exc) {
  if (argc > 0 && JSValueIsObject(ctx, argv[0])) return true;
  lode_js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE",
                "The \"%s\" argument must be of type object", name);
  return false;
}

static bool write_args(JSContextRef ctx, JSObjectRef this_obj, size_t argc, const JSValueRef argv[],
                       lode__stream_t **s, JSObjectRef *req, JSValueRef *exc) {
  if (argc < 2 || !JSValueIsObject(ctx, argv[0])) {
    lode_js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE",
                  "The \"req\" argument must be of type object");
    return false;
  }
  *req = (JSObjectRef)argv[0];
  *s = lode__stream_this(ctx, this_obj);
  return true;
}


LODE_LOCKED_CB(write_buffer_cb) {
  LODE_CB_UNUSED;
  lode__stream_t *s;
  JSObjectRef req;
  if (!write_args(ctx, this_obj, argc, argv, &s, &req, exc)) return NULL;
  /* Read in place, unpinned: stream_write pins the bytes if the write has to wait. */
  uint8_t *data;
  size_t len;
  if (!lode_js_bytes_now(ctx, argv[1], false, &data, &len))
    return lode_js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE",
                         "The \"data\" argument must be a TypedArray");
  if (s == NULL) return code(ctx, UV_EBADF);
  uv_buf_t buf = uv_buf_init((char *)data, (unsigned)len);
  return code(ctx, stream_write(s, req, argv[1], &buf, 1, NULL, 0));
}

static JSValueRef write_string(JSContextRef ctx, JSObjectRef this_obj, size_t argc,
                               const JSValueRef argv[], JSValueRef *exc, bool latin1) {
  lode__stream_t *s;
  JSObjectRef req;
  if (!write_args(ctx, this_obj, argc, argv, &s, &req, exc)) return NULL;
  if (!JSValueIsString(ctx, argv[1]))
    return lode_js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE",
                         "The \"data\" argument must be of type string");
  if (s == NULL) return code(ctx, UV_EBADF);
  size_t len = 0;
  char *bytes = encode_string(ctx, argv[1], latin1, &len);
  if (bytes == NULL) return code(ctx, UV_ENOMEM);
  uv_buf_t buf = uv_buf_init(bytes, (unsigned)len);
  return code(ctx, stream_write(s, req, NULL, &buf, 1, &bytes, 1));
}

LODE_LOCKED_CB(write_utf8_string_cb) {
  LODE_CB_UNUSED;
  return write_string(ctx, this_obj, argc, argv, exc, false);
}

LODE_LOCKED_CB(write_latin1_string_cb) {
  LODE_CB_UNUSED;
  return write_string(ctx, this_obj, argc, argv, exc, true);
}

/* writev(req, chunks): chunks is an array of typed arrays and strings (written as UTF-8). */
LODE_LOCKED_CB(writev_cb) {
  LODE_CB_UNUSED;
  lode__stream_t *s;
  JSObjectRef req;
  if (!write_args(ctx, this_obj, argc, argv, &s, &req, exc)) return NULL;
  if (!JSValueIsArray(ctx, argv[1]))
    return lode_js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE",
                         "The \"chunks\" argument must be an instance of Array");
  JSObjectRef list = (JSObjectRef)argv[1];
  size_t n = (size_t)JSValueToNumber(ctx, lode_js_get(ctx, list, "length"), NULL);
  for (size_t i = 0; i < n; i++) {
    JSValueRef v = JSObjectGetPropertyAtIndex(ctx, list, (unsigned)i, NULL);
    uv_buf_t unused;
    if (!JSValueIsString(ctx, v) && !lode_view_buf(ctx, v, &unused))
      return lode_js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE",
                           "The \"chunks[%zu]\" argument must be a string or TypedArray", i);
  }
  if (s == NULL) return code(ctx, UV_EBADF);
  uv_buf_t *bufs = malloc((n > 0 ? n : 1) * sizeof *bufs);
  char **owned = malloc((n > 0 ? n : 1) * sizeof *owned);
  CHECK(bufs != NULL && owned != NULL);
  size_t nowned = 0;
  for (size_t i = 0; i < n; i++) {
    JSValueRef v = JSObjectGetPropertyAtIndex(ctx, list, (unsigned)i, NULL);
    if (JSValueIsString(ctx, v)) {
      size_t len = 0;
      char *bytes = encode_string(ctx, v, false, &len);
      CHECK(bytes != NULL);
      owned[nowned++] = bytes;
      bufs[i] = uv_buf_init(bytes, (unsigned)len);
    } else {
      CHECK(lode_view_buf(ctx, v, &bufs[i]));
    }
  }
  int r = stream_write(s, req, list, bufs, n, owned, nowned);
  free(bufs);
  free(owned);
  return code(ctx, r);
}

static JSValueRef shutdown_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  if (!lode__arg_object(ctx, argc, argv, "req", exc)) return NULL;
  lode__stream_t *s = lode__stream_this(ctx, this_obj);
  if (s == NULL) return code(ctx, UV_EBADF);
  flush_held(s, true);
  /* A held write failed: no shutdown (the write's error fails the socket when the callback
   * or loop phase ends, as the write itself would have before this shutdown). */
  if (s->held_error != 0) return code(ctx, 0);
  write_req_t *w = calloc(1, sizeof *w);
  CHECK(w != NULL);
  int r = uv_shutdown(&w->r.shutdown, &s->h.stream, after_shutdown_cb);
  if (r != 0) {
    free(w);
    return code(ctx, r);
  }
  w->s = s;
  w->req_obj = (JSObjectRef)argv[0];
  lode_pin(lode_runtime(), w->req_obj);
  stream_hold(s);
  return code(ctx, 0);
}

/* ---- lifecycle ---- */

static JSValueRef close_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  lode__stream_t *s = lode__stream_this(ctx, this_obj);
  if (s == NULL) return JSValueMakeUndefined(ctx);
  if (argc > 0 && JSValueIsObject(ctx, argv[0]) && JSObjectIsFunction(ctx, (JSObjectRef)argv[0]))
    lode_js_set_hidden(ctx, this_obj, "onclose", argv[0]);
  lode__stream_close(s, false);
  return JSValueMakeUndefined(ctx);
}

static JSValueRef ref_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  lode__stream_t *s = lode__stream_this(ctx, this_obj);
  if (s != NULL) uv_ref(&s->h.handle);
  return JSValueMakeUndefined(ctx);
}

static JSValueRef unref_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  lode__stream_t *s = lode__stream_this(ctx, this_obj);
  if (s != NULL) uv_unref(&s->h.handle);
  return JSValueMakeUndefined(ctx);
}

static JSValueRef has_ref_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  lode__stream_t *s = lode__stream_this(ctx, this_obj);
  return JSValueMakeBoolean(ctx, s != NULL && uv_has_ref(&s->h.handle));
}

static JSValueRef set_blocking_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  lode__stream_t *s = lode__stream_this(ctx, this_obj);
  if (s == NULL) return code(ctx, UV_EBADF);
  bool blocking = argc > 0 && JSValueToBoolean(ctx, argv[0]);
  return code(ctx, uv_stream_set_blocking(&s->h.stream, blocking));
}

static lode__stream_t *any_stream(JSContextRef ctx, JSObjectRef obj) {
  (void)ctx;
  lode__stream_t *s = JSObjectGetPrivate(obj);
  return s != NULL && s->magic == LODE__STREAM_MAGIC ? s : NULL;
}

static JSValueRef get_fd(JSContextRef ctx, JSObjectRef obj, JSStringRef name, JSValueRef *exc) {
  (void)name, (void)exc;
  lode__stream_t *s = any_stream(ctx, obj);
  uv_os_fd_t fd = -1;
  if (s == NULL || s->state != LODE__HANDLE_OPEN || uv_fileno(&s->h.handle, &fd) != 0) fd = -1;
  return JSValueMakeNumber(ctx, fd);
}

static JSValueRef get_bytes_read(JSContextRef ctx, JSObjectRef obj, JSStringRef name,
                                 JSValueRef *exc) {
  (void)name, (void)exc;
  lode__stream_t *s = any_stream(ctx, obj);
  return JSValueMakeNumber(ctx, s != NULL ? (double)s->bytes_read : 0);
}

static JSValueRef get_write_queue_size(JSContextRef ctx, JSObjectRef obj, JSStringRef name,
                                       JSValueRef *exc) {
  (void)name, (void)exc;
  lode__stream_t *s = any_stream(ctx, obj);
  size_t n = s != NULL && s->state == LODE__HANDLE_OPEN ? uv_stream_get_write_queue_size(&s->h.stream) : 0;
  return JSValueMakeNumber(ctx, (double)n);
}

/* `wrapper.onread`: kept in a hidden property; while reading, a new function also replaces
 * the cached one. */
static JSValueRef get_onread(JSContextRef ctx, JSObjectRef obj, JSStringRef name, JSValueRef *exc) {
  (void)name, (void)exc;
  return JSObjectGetProperty(ctx, obj, onread_key, NULL);
}

static bool set_onread(JSContextRef ctx, JSObjectRef obj, JSStringRef name, JSValueRef value,
                       JSValueRef *exc) {
  (void)name, (void)exc;
  JSObjectSetProperty(ctx, obj, onread_key, value, kJSPropertyAttributeDontEnum, NULL);
  lode__stream_t *s = any_stream(ctx, obj);
  if (s != NULL && s->reading) {
    JSObjectRef fn = JSValueIsObject(ctx, value) && JSObjectIsFunction(ctx, (JSObjectRef)value)
                         ? (JSObjectRef)value : NULL;
    if (fn != NULL) JSValueProtect(ctx, fn);
    if (s->onread != NULL) JSValueUnprotect(ctx, s->onread);
    s->onread = fn;
  }
  return true;
}

JSClassRef lode__stream_class(void) {
  if (stream_class != NULL) return stream_class;
  static const JSStaticFunction functions[] = {
      {"readStart", read_start_cb, kJSPropertyAttributeDontEnum},
      {"readStop", read_stop_cb, kJSPropertyAttributeDontEnum},
      {"writeBuffer", write_buffer_cb, kJSPropertyAttributeDontEnum},
      {"writeUtf8String", write_utf8_string_cb, kJSPropertyAttributeDontEnum},
      {"writeLatin1String", write_latin1_string_cb, kJSPropertyAttributeDontEnum},
      {"writev", writev_cb, kJSPropertyAttributeDontEnum},
      {"shutdown", shutdown_cb, kJSPropertyAttributeDontEnum},
      {"close", close_cb, kJSPropertyAttributeDontEnum},
      {"ref", ref_cb, kJSPropertyAttributeDontEnum},
      {"unref", unref_cb, kJSPropertyAttributeDontEnum},
      {"hasRef", has_ref_cb, kJSPropertyAttributeDontEnum},
      {"setBlocking", set_blocking_cb, kJSPropertyAttributeDontEnum},
      {NULL, NULL, 0},
  };
  static const JSStaticValue values[] = {
      {"fd", get_fd, NULL, kJSPropertyAttributeDontEnum | kJSPropertyAttributeReadOnly},
      {"bytesRead", get_bytes_read, NULL, kJSPropertyAttributeDontEnum | kJSPropertyAttributeReadOnly},
      {"writeQueueSize", get_write_queue_size, NULL,
       kJSPropertyAttributeDontEnum | kJSPropertyAttributeReadOnly},
      {"onread", get_onread, set_onread, kJSPropertyAttributeDontEnum},
      {NULL, NULL, NULL, 0},
  };
  JSClassDefinition def = kJSClassDefinitionEmpty;
  def.className = "LibuvStreamWrap";
  def.staticFunctions = functions;
  def.staticValues = values;
  def.finalize = stream_finalize;
  stream_class = JSClassCreate(&def);
  onread_key = JSStringCreateWithUTF8CString("\x01onread");
  CHECK(uv_mutex_init(&gc_lock) == 0);
  return stream_class;
}

/* The engine-side entries of the two functions lib/ calls per read that are not
 * LODE_LOCKED_CB (those have theirs, see js.h). */
LODE_HOST_FN(read_start_cb)
LODE_HOST_FN(read_stop_cb)

JSObjectRef lode_binding_stream_wrap(lode_runtime_t *rt) {
  JSContextRef ctx = rt->ctx;
  lode__stream_class();
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  if (state_array == NULL) {
    state_array = JSObjectMakeTypedArray(ctx, kJSTypedArrayTypeFloat64Array, 4, NULL);
    lode_pin(rt, state_array);
    stream_state = JSObjectGetTypedArrayBytesPtr(ctx, state_array, NULL);
  }
  lode_js_set(ctx, b, "streamState", state_array);
  lode_js_set_number(ctx, b, "kBytesWritten", 0);
  lode_js_set_number(ctx, b, "kLastWriteWasAsync", 1);
  lode_js_set_number(ctx, b, "kReadOffset", 2);
  lode_js_set_number(ctx, b, "kReadLength", 3);
  lode_js_set_function(ctx, b, "setBufferPrototype", lode_set_buffer_prototype_cb);
  /* The wrapper methods again, for lib/ to call as fn.call(wrapper, ...): reading a method
   * off a wrapper costs a walk of the class tables (~200 ns, never cached by the JIT). */
  LODE_SET_HOST(ctx, b, "readStart", read_start_cb);
  LODE_SET_HOST(ctx, b, "readStop", read_stop_cb);
  LODE_SET_HOST(ctx, b, "writeBuffer", write_buffer_cb);
  LODE_SET_HOST(ctx, b, "writeUtf8String", write_utf8_string_cb);
  LODE_SET_HOST(ctx, b, "writeLatin1String", write_latin1_string_cb);
  LODE_SET_HOST(ctx, b, "writev", writev_cb);
  return b;
}

void lode_stream_wrap_teardown(lode_runtime_t *rt) {
  tearing_down = true;
  flush_held_at_exit();
  if (hold_handles_open) {
    uv_close((uv_handle_t *)&hold_prepare, NULL);
    uv_close((uv_handle_t *)&hold_check, NULL);
    hold_handles_open = false;
  }
  gc_async_cb(NULL);
  if (pool != NULL) {
    JSValueUnprotect(rt->ctx, pool);
    pool = NULL;
  }
  for (lode__stream_t *s = all_streams; s != NULL; s = s->next) {
    if (s->state != LODE__HANDLE_OPEN) continue;
    drop_held(s);
    if (s->detach_consumer != NULL) s->detach_consumer(s);
    s->reading = false;
    if (s->onread != NULL) JSValueUnprotect(rt->ctx, s->onread);
    s->onread = NULL;
    s->state = LODE__HANDLE_CLOSING;
    uv_close(&s->h.handle, stream_close_cb);
  }
  if (gc_async_open) {
    uv_close((uv_handle_t *)&gc_async, NULL);
    gc_async_open = false;
  }
}
