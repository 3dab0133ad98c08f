/* File system binding: every fs operation over libuv's uv_fs_* (lib/fs.js holds the policy and
 * Node's errors), whole-file jobs for readFile/writeFile, and fs.watch/watchFile handles.
 * The first functions (internalModuleStat, readFileUtf8, realpath, writeString, writeBytes,
 * guessHandleType) serve the module loader and stdio and throw or return errno directly. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "index.h"

/* Argument i as bytes: a typed array or an ArrayBuffer (see lode_js_bytes). */
static bool arg_bytes(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i,
                      char **bytes, size_t *len) {
  return i < argc && lode_js_bytes(ctx, argv[i], true, (uint8_t **)bytes, len);
}

/* The largest file readFile reads (Node's kIoMaxLength); a larger one fails with UV_EFBIG,
 * syscall "size" and its size in len (lib/ throws ERR_FS_FILE_TOO_LARGE or, for a string,
 * ERR_STRING_TOO_LONG). */
#define READ_FILE_MAX ((size_t)0x7fffffff)

/* Returns the JS string of len bytes of UTF-8 file data (invalid sequences become U+FFFD, a
 * BOM is kept); see lode_js_value_from_utf8. len is at most LODE_JS_STRING_MAX here. */
static JSValueRef make_string_from_utf8(JSContextRef ctx, const char *data, size_t len) {
  JSValueRef v = lode_js_value_from_utf8(ctx, data, len);
  CHECK(v != NULL);
  return v;
}

/* internalModuleStat(path) → 0 file, 1 directory, negative errno. */
static JSValueRef internal_module_stat_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  char *path;
  if (!lode_js_arg_string(ctx, argc, argv, 0, "path", &path, exc)) return NULL;
  struct stat st;
  int r = stat(path, &st);
  free(path);
  if (r != 0) return JSValueMakeNumber(ctx, -errno);
  return JSValueMakeNumber(ctx, S_ISDIR(st.st_mode) ? 1 : 0);
}

/* Reads all of fd into a malloc'd buffer. Returns 0 or a negative errno. */
static int read_all(int fd, char **out, size_t *outlen) {
  size_t cap = 16384, len = 0;
  struct stat st;
  if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) cap = (size_t)st.st_size + 1;
  if (cap > READ_FILE_MAX) return UV_EFBIG;
  char *buf = malloc(cap);
  if (buf == NULL) return -ENOMEM;
  for (;;) {
    if (len == cap) {
      if (len > READ_FILE_MAX) {
        free(buf);
        return UV_EFBIG;
      }
      cap *= 2;
      char *nb = realloc(buf, cap);
      if (nb == NULL) {
        free(buf);
        return -ENOMEM;
      }
      buf = nb;
    }
    ssize_t n = read(fd, buf + len, cap - len);
    if (n == 0) break;
    if (n < 0) {
      if (errno == EINTR) continue;
      if (errno == EAGAIN) {
        struct pollfd p = {.fd = fd, .events = POLLIN};
        poll(&p, 1, -1);
        continue;
      }
      int e = -errno;
      free(buf);
      return e;
    }
    len += (size_t)n;
  }
  *out = buf;
  *outlen = len;
  return 0;
}

/* readFileUtf8(pathOrFd) → the file decoded as UTF-8 (BOM kept); throws a system error. */
static JSValueRef read_file_utf8_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  int fd;
  char *path = NULL;
  if (argc > 0 && JSValueIsNumber(ctx, argv[0])) {
    fd = JSValueToInt32(ctx, argv[0], NULL);
  } else {
    if (!lode_js_arg_string(ctx, argc, argv, 0, "path", &path, exc)) return NULL;
    fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
      lode_js_throw_uv(ctx, exc, -errno, "open", path);
      free(path);
      return NULL;
    }
  }
  char *data = NULL;
  size_t len = 0;
  int r = read_all(fd, &data, &len);
  if (path != NULL) close(fd);
  if (r < 0) {
    lode_js_throw_uv(ctx, exc, r, "read", path);
    free(path);
    return NULL;
  }
  free(path);
  JSValueRef v = make_string_from_utf8(ctx, data, len);
  free(data);
  return v;
}

static JSValueRef realpath_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  char *path;
  if (!lode_js_arg_string(ctx, argc, argv, 0, "path", &path, exc)) return NULL;
  char resolved[PATH_MAX];
  JSValueRef v = NULL;
  if (realpath(path, resolved) == NULL)
    lode_js_throw_uv(ctx, exc, -errno, "realpath", path);
  else
    v = lode_js_value_from_cstr(ctx, resolved);
  free(path);
  return v;
}

/* Writes all of buf to fd, waiting when a non-blocking descriptor is full. Returns 0 or a
 * negative errno. */
static int write_all(int fd, const char *buf, size_t len) {
  while (len > 0) {
    ssize_t n = write(fd, buf, len);
    if (n < 0) {
      if (errno == EINTR) continue;
      if (errno == EAGAIN) {
        struct pollfd p = {.fd = fd, .events = POLLOUT};
        poll(&p, 1, -1);
        continue;
      }
      return -errno;
    }
    buf += n;
    len -= (size_t)n;
  }
  return 0;
}

/* writeString(fd, string) writes the UTF-8 encoding of string synchronously; returns 0 or a
 * negative errno (EPIPE when the reader went away). */
static JSValueRef write_string_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  int64_t fd;
  if (!lode_js_arg_int(ctx, argc, argv, 0, "fd", &fd, exc)) return NULL;
  if (argc < 2 || !JSValueIsString(ctx, argv[1]))
    return lode_js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE",
                         "The \"data\" argument must be of type string");
  size_t len;
  char *s = lode_js_value_to_utf8(ctx, argv[1], &len, exc);
  int r = write_all((int)fd, s, len);
  free(s);
  return JSValueMakeNumber(ctx, r);
}

/* writeBytes(fd, typedArray) writes the bytes of a typed array synchronously; returns 0 or a
 * negative errno. */
static JSValueRef write_bytes_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  int64_t fd;
  if (!lode_js_arg_int(ctx, argc, argv, 0, "fd", &fd, exc)) return NULL;
  char *bytes;
  size_t len;
  if (!arg_bytes(ctx, argc, argv, 1, &bytes, &len))
    return lode_js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE",
                         "The \"data\" argument must be a TypedArray");
  return JSValueMakeNumber(ctx, write_all((int)fd, bytes, len));
}

/* guessHandleType(fd) → 'TTY', 'FILE', 'PIPE', 'UNIX', 'TCP', 'UDP' or 'UNKNOWN'. */
static JSValueRef guess_handle_type_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  int64_t fd;
  if (!lode_js_arg_int(ctx, argc, argv, 0, "fd", &fd, exc)) return NULL;
  const char *name = "UNKNOWN";
  switch (uv_guess_handle((uv_file)fd)) {
  case UV_TTY: name = "TTY"; break;
  case UV_FILE: name = "FILE"; break;
  case UV_NAMED_PIPE: name = "PIPE"; break;
  case UV_TCP: name = "TCP"; break;
  case UV_UDP: name = "UDP"; break;
  default: break;
  }
  return lode_js_value_from_cstr(ctx, name);
}

/* ------------------------------------------------------------------------------------------
 * The fs operations over libuv. Each takes its arguments and, last, an optional request
 * object: without one the call is synchronous and returns its result; with one it runs on
 * the thread pool and the result reaches `req.oncomplete(result)` through the trampoline.
 * Either way a failure is a negative libuv code, which lib/fs.js turns into Node's error. */

enum result_kind {
  RESULT_NONE,    /* 0 */
  RESULT_INT,     /* the request's result: fd, byte count */
  RESULT_STAT,    /* a Float64Array of kStatFields numbers */
  RESULT_STATFS,  /* an array of 7 numbers */
  RESULT_PTR,     /* the string in req->ptr (readlink, realpath) */
  RESULT_PATH,    /* the string in req->path (mkdtemp) */
  RESULT_READDIR, /* [names joined by NUL, Uint8Array of types], or [Uint8Array names] */
  RESULT_CHUNK,   /* readChunk: a Buffer of the bytes read into r->chunk, or 0 at the end */
};

enum { STAT_FIELDS = 18 };

typedef struct fs_req_s {
  uv_fs_t uv;
  enum result_kind kind;
  bool as_buffer;     /* strings come back as Uint8Array */
  JSObjectRef obj;    /* the JS request, pinned while in flight (NULL when synchronous) */
  JSValueRef keep;    /* memory the operation reads or writes, pinned while in flight */
  char *owned;        /* bytes the request owns (an encoded string) */
  uv_buf_t *bufs;     /* readv/writev buffers when more than the inline one */
  uv_buf_t buf;
  char *chunk;        /* readChunk: the memory read into, until a Buffer owns it */
  size_t chunk_size;
  JSObjectRef reuse;  /* readChunk: the pinned Buffer that owns chunk, to give back if full */
  bool recycle;       /* writeChunk: give buf's chunk back to the pool once wholly written */
  bool is_write;      /* readChunk/writeChunk held for pairing (see hold_or_submit): its call */
  int fd;
  int64_t pos;
} fs_req_t;

/* The Float64Array synchronous stat calls fill, so they allocate nothing, and its numbers. */
static JSObjectRef shared_stat_array;
static double *shared_stat_values;

/* The shared path buffer (binding.pathBuffer, a Uint8Array over its first PATH_BUFFER_SIZE
 * bytes; the byte after them stays NUL). lib/ copies an ASCII path there (JS does that faster
 * than a string crosses the C API: ~150 ns for a short path) and passes `undefined` as the
 * path, which arg_path then reads from here. */
enum { PATH_BUFFER_SIZE = 4096 };
static JSObjectRef path_buffer_array;
static char *path_buffer;

/* Buffer.prototype once lib/ gave it (setBufferPrototype): file data read by readFile then
 * arrives as a Buffer, with no second object made in JS. */

static void after_fs_cb(uv_fs_t *uv);

/* Starts a call: an async request when argv[i] is an object, else the caller's sync one. */
static fs_req_t *req_begin(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i,
                           fs_req_t *sync_req, enum result_kind kind) {
  fs_req_t *r;
  if (i < argc && JSValueIsObject(ctx, argv[i])) {
    r = calloc(1, sizeof *r);
    CHECK(r != NULL);
    r->obj = (JSObjectRef)argv[i];
  } else {
    r = sync_req;
    memset(r, 0, sizeof *r);
  }
  r->kind = kind;
  return r;
}

static uv_fs_cb req_cb(fs_req_t *r) {
  return r->obj != NULL ? after_fs_cb : NULL;
}

static void chunk_release(char *c, size_t size);

static JSObjectRef chunk_reuse_take(char **mem);
static void chunk_reuse_put(JSObjectRef buffer, char *mem);

static void req_free(fs_req_t *r) {
  uv_fs_req_cleanup(&r->uv);
  if (r->reuse != NULL) {
    chunk_reuse_put(r->reuse, r->chunk); /* not handed out: a short read or a failure */
    r->chunk = NULL;
  }
  if (r->chunk != NULL) chunk_release(r->chunk, r->chunk_size);
  free(r->owned);
  free(r->bufs);
  if (r->obj != NULL) free(r);
}

static void fill_stat(double *out, const uv_stat_t *s) {
  out[0] = (double)s->st_dev;
  out[1] = (double)s->st_mode;
  out[2] = (double)s->st_nlink;
  out[3] = (double)s->st_uid;
  out[4] = (double)s->st_gid;
  out[5] = (double)s->st_rdev;
  out[6] = (double)s->st_blksize;
  out[7] = (double)s->st_ino;
  out[8] = (double)s->st_size;
  out[9] = (double)s->st_blocks;
  out[10] = (double)s->st_atim.tv_sec;
  out[11] = (double)s->st_atim.tv_nsec;
  out[12] = (double)s->st_mtim.tv_sec;
  out[13] = (double)s->st_mtim.tv_nsec;
  out[14] = (double)s->st_ctim.tv_sec;
  out[15] = (double)s->st_ctim.tv_nsec;
  out[16] = (double)s->st_birthtim.tv_sec;
  out[17] = (double)s->st_birthtim.tv_nsec;
}

/* Returns a Float64Array of the stat fields: the shared one for synchronous calls. */
static JSValueRef make_stat_array(JSContextRef ctx, const uv_stat_t *s, bool shared) {
  JSObjectRef arr;
  if (shared) {
    fill_stat(shared_stat_values, s);
    return shared_stat_array;
  }
  arr = JSObjectMakeTypedArray(ctx, kJSTypedArrayTypeFloat64Array, STAT_FIELDS, NULL);
  if (arr == NULL) return JSValueMakeNumber(ctx, UV_ENOMEM);
  fill_stat(JSObjectGetTypedArrayBytesPtr(ctx, arr, NULL), s);
  return arr;
}

static void free_bytes_cb(void *bytes, void *context) {
  (void)context;
  free(bytes);
}

/* Returns a Uint8Array owning a copy of s[0..len). */
static JSValueRef make_bytes_copy(JSContextRef ctx, const char *s, size_t len) {
  void *copy = malloc(len ? len : 1);
  if (copy == NULL) return JSValueMakeNumber(ctx, UV_ENOMEM);
  memcpy(copy, s, len);
  JSObjectRef arr = JSObjectMakeTypedArrayWithBytesNoCopy(ctx, kJSTypedArrayTypeUint8Array, copy,
                                                          len, free_bytes_cb, NULL, NULL);
  return arr != NULL ? (JSValueRef)arr : JSValueMakeNumber(ctx, UV_ENOMEM);
}

static JSValueRef make_name(JSContextRef ctx, const char *s, bool as_buffer) {
  return as_buffer ? make_bytes_copy(ctx, s, strlen(s)) : lode_js_value_from_cstr(ctx, s);
}

/* ------------------------------------------------------------------------------------------
 * Read chunks (fs.ReadStream). readChunk reads into memory of its own and hands it to JS as a
 * Buffer over an external ArrayBuffer, which gives the memory back here. With
 * `Buffer.allocUnsafeSlow` chunks a 1 GiB pipe peaked at ~80 MiB, for three reasons:
 * - a typed array whose memory the engine allocates (over ~1 KB) is freed by a finalizer that
 *   runs when a later sweep reaches its block: by the allocator coming by, or the incremental
 *   sweeper's timer (which lode did not run then: JavaScriptCore's timers live on a GLib main
 *   context). An external ArrayBuffer is dropped at the end of the collection that finds it
 *   dead;
 * - on a machine with 16 GB or more, JavaScriptCore's rate limiting lets ~32 MB be allocated
 *   between collections once they come often;
 * - a chunk alive during an eden collection (the one being written) is then only freed by a
 *   full one.
 * So the binding asks for collections itself, counting the bytes of chunks handed out and not
 * yet given back: an eden collection once CHUNK_YOUNG_BYTES more are outstanding than after
 * the last one, and a full one when what an eden collection left grew by CHUNK_OLD_BYTES (or
 * by half of what the last full one left), full ones taking at most about a fifth of the
 * process's CPU time (a full collection of a large heap is slow). 1 GiB through a pipe with
 * 2 MB eden steps: 512 eden and 53 full collections (JavaScriptCore's own schedule: 33 and
 * 32), peak RSS ~55 MiB instead of ~80, and still ~22% fewer instructions (no zero-filled
 * chunks). Those collections were ~0.5 s of the pipe's ~0.7 s of user CPU (JSC_logGC=1:
 * eden ~0.5 ms, full ~3 ms each; Node's whole pipe is ~0.3 s): every eden collection finds
 * the two chunks in flight alive, and those then wait for a full one. 4 MB eden steps (with
 * 1 MB of old growth per full one) halve both counts: ~+10% MB/s, peak RSS ~56 → ~58 MiB
 * (4 MB eden and 2 MB old steps had peaked at up to 64 MiB). Chunks of the default stream size
 * are mapped on their own and reused (see chunk_alloc). Release can run on the collector's
 * thread, hence the lock.
 * A chunk piped from fs.ReadStream to fs.WriteStream that nothing else can reach goes back as
 * soon as it is written (writeChunk with recycle): its Buffer onto the reuse list (see
 * chunk_reuse_keep), to be the result of a later read into the same memory, or its memory to
 * the pool. A plain 1 GiB pipe then makes only the first few chunks' Buffers and asks for one
 * eden collection per 64 MB (JavaScriptCore's own 17 eden + 17 full collections, which the
 * new Buffers' reported memory caused, are gone): user CPU 0.64 → ~0.30 s (Node ~0.25-0.30),
 * peak RSS ~54 MiB. */
void JSSynchronousEdenCollectForDebugging(JSContextRef ctx);      /* exported, not declared */
void JSSynchronousGarbageCollectForDebugging(JSContextRef ctx);   /* exported, not declared */

enum { CHUNK_SIZE = 64 * 1024, CHUNK_KEEP = 96, CHUNK_KEEP_IDLE = 16 };
#define CHUNK_YOUNG_BYTES ((size_t)4 << 20)
#define CHUNK_OLD_BYTES ((size_t)1 << 20)

/* A chunk a Buffer was made over: the deallocator's context, and listed (by address) until
 * the Buffer is collected or chunk_recycle gives its memory back first. */
typedef struct chunk_ref_s {
  char *mem;
  size_t size;
  bool recycled;  /* the memory went back already: the collector only frees this */
  struct chunk_ref_s *next;
} chunk_ref_t;
enum { CHUNK_REF_BUCKETS = 256 };

static struct {
  uv_mutex_t lock;
  chunk_ref_t *refs[CHUNK_REF_BUCKETS]; /* chunks owned by a live Buffer */
  char *free_list[CHUNK_KEEP]; /* released chunks of CHUNK_SIZE, for reuse */
  int free_count;
  size_t outstanding;  /* bytes handed out and not yet released */
  size_t young_mark;   /* outstanding after the last collection asked for (or less since) */
  size_t old_mark;     /* the same after the last full collection */
  uint64_t full_not_before; /* cpu_time_ns() before which no full collection is asked for */
  uint64_t last_alloc;      /* uv_hrtime() of the last chunk handed out */
} chunks;

static size_t chunk_outstanding(void) {
  uv_mutex_lock(&chunks.lock);
  size_t n = chunks.outstanding;
  uv_mutex_unlock(&chunks.lock);
  return n;
}

/* Chunks of CHUNK_SIZE are mapped on their own rather than taken from malloc: freed back
 * to malloc's heap in bursts (a collection releases megabytes at once), they were split by
 * small allocations and the heap grew to ~36 MB with 30 MB of it free. */
static char *chunk_alloc(size_t size) {
  char *c = NULL;
  uv_mutex_lock(&chunks.lock);
  if (size == CHUNK_SIZE && chunks.free_count > 0) c = chunks.free_list[--chunks.free_count];
  uv_mutex_unlock(&chunks.lock);
  if (c == NULL && size == CHUNK_SIZE) {
    c = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (c == MAP_FAILED) c = NULL;
  } else if (c == NULL) {
    c = malloc(size);
  }
  if (c == NULL) return NULL;
  uint64_t now = uv_hrtime();
  uv_mutex_lock(&chunks.lock);
  chunks.outstanding += size;
  chunks.last_alloc = now;
  uv_mutex_unlock(&chunks.lock);
  return c;
}

/* A released chunk of CHUNK_SIZE goes back to the free list, which keeps up to CHUNK_KEEP
 * while reads go on and CHUNK_KEEP_IDLE once none came for a second (the chunks of a finished
 * stream are released by later collections: an idle process keeps no more than that). */
static void chunk_release(char *c, size_t size) {
  char *unmap[CHUNK_KEEP + 1];
  int n = 0;
  uv_mutex_lock(&chunks.lock);
  chunks.outstanding -= size;
  if (size == CHUNK_SIZE) {
    int keep = uv_hrtime() - chunks.last_alloc < 1000000000u ? CHUNK_KEEP : CHUNK_KEEP_IDLE;
    while (chunks.free_count > keep) unmap[n++] = chunks.free_list[--chunks.free_count];
    if (chunks.free_count < keep) chunks.free_list[chunks.free_count++] = c;
    else unmap[n++] = c;
    c = NULL;
  }
  uv_mutex_unlock(&chunks.lock);
  free(c);
  while (n > 0) munmap(unmap[--n], CHUNK_SIZE);
}

static chunk_ref_t **chunk_ref_slot(const char *mem) {
  uintptr_t a = (uintptr_t)mem;
  return &chunks.refs[((a >> 16) ^ (a >> 4)) % CHUNK_REF_BUCKETS];
}

/* Takes the live ref of mem (of size bytes) off the list → it, or NULL. Under the lock. */
static chunk_ref_t *chunk_ref_unlink(const char *mem, size_t size) {
  for (chunk_ref_t **p = chunk_ref_slot(mem); *p != NULL; p = &(*p)->next) {
    chunk_ref_t *ref = *p;
    if (ref->mem == mem && ref->size == size) {
      *p = ref->next;
      return ref;
    }
  }
  return NULL;
}

static void chunk_release_cb(void *bytes, void *context) {
  (void)bytes;
  chunk_ref_t *ref = context;
  uv_mutex_lock(&chunks.lock);
  bool recycled = ref->recycled;
  if (!recycled) chunk_ref_unlink(ref->mem, ref->size);
  uv_mutex_unlock(&chunks.lock);
  if (!recycled) chunk_release(ref->mem, ref->size);
  free(ref);
}

/* The CPU time of the whole process so far, in ns: the collector's threads do the work of a
 * collection while the caller waits, and waiting on a busy machine is no cost. */
static uint64_t cpu_time_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* Asks for the collections described above when they are due. */
static size_t chunk_reused_bytes; /* read into reused Buffers since the last collection asked for */
#define CHUNK_REUSED_BYTES ((size_t)64 << 20)

static void chunks_collect_if_due(JSContextRef ctx) {
  if (chunk_reused_bytes >= CHUNK_REUSED_BYTES) {
    /* Reads into reused Buffers allocate no chunk, so neither the collector nor the marks
     * below see the pipe's own garbage (~1 KB of requests and closures per chunk) grow:
     * without this the heap grew ~15 MB over a 1 GiB pipe (peak RSS ~54 → ~66 MiB). An eden
     * collection per 64 MB keeps it (~0.5 ms each). */
    chunk_reused_bytes = 0;
    JSSynchronousEdenCollectForDebugging(ctx);
  }
  size_t out = chunk_outstanding();
  if (out < chunks.young_mark) chunks.young_mark = out;
  if (out < chunks.old_mark) chunks.old_mark = out;
  if (out - chunks.young_mark < CHUNK_YOUNG_BYTES) return;
  JSSynchronousEdenCollectForDebugging(ctx);
  out = chunk_outstanding();
  size_t old_growth = chunks.old_mark / 2 > CHUNK_OLD_BYTES ? chunks.old_mark / 2 : CHUNK_OLD_BYTES;
  uint64_t start = cpu_time_ns();
  if (out > chunks.old_mark + old_growth && start >= chunks.full_not_before) {
    JSSynchronousGarbageCollectForDebugging(ctx);
    out = chunk_outstanding();
    chunks.old_mark = out;
    uint64_t end = cpu_time_ns();
    chunks.full_not_before = end + (end - start) * 4;
  }
  chunks.young_mark = out;
}

/* The Buffer of a finished readChunk. A short read is copied to memory of its size, as Node
 * does, so a small file's Buffer does not hold a whole chunk. */
static JSValueRef chunk_result(JSContextRef ctx, fs_req_t *r) {
  ssize_t n = r->uv.result;
  if (n <= 0) return JSValueMakeNumber(ctx, (double)n);
  if (r->reuse != NULL && (size_t)n == r->chunk_size) {
    /* Read into a recycled Buffer's memory: that Buffer is the result. Its pin becomes the
     * request's keep, dropped once the callback has run. */
    JSObjectRef buffer = r->reuse;
    r->reuse = NULL;
    r->chunk = NULL;
    r->keep = buffer;
    return buffer;
  }
  char *c = r->chunk;
  size_t size = r->chunk_size;
  if ((size_t)n < size) {
    char *exact = chunk_alloc((size_t)n);
    if (exact == NULL) return JSValueMakeNumber(ctx, UV_ENOMEM);
    memcpy(exact, c, (size_t)n);
    c = exact;
    size = (size_t)n;
  }
  chunk_ref_t *ref = malloc(sizeof *ref);
  JSObjectRef arr = NULL;
  if (ref != NULL) {
    *ref = (chunk_ref_t){ .mem = c, .size = size };
    arr = JSObjectMakeTypedArrayWithBytesNoCopy(ctx, kJSTypedArrayTypeUint8Array, c, (size_t)n,
                                                 chunk_release_cb, ref, NULL);
  }
  if (arr == NULL) {
    free(ref);
    if (c != r->chunk) chunk_release(c, size);
    return JSValueMakeNumber(ctx, UV_ENOMEM);
  }
  uv_mutex_lock(&chunks.lock);
  chunk_ref_t **slot = chunk_ref_slot(c);
  ref->next = *slot;
  *slot = ref;
  uv_mutex_unlock(&chunks.lock);
  if (c == r->chunk) r->chunk = NULL; /* the Buffer owns it now */
  lode_as_buffer(lode_runtime(), ctx, arr);
  return arr;
}

/* Returns the JS value of a finished request (a negative number if it failed). */
static JSValueRef req_result(JSContextRef ctx, fs_req_t *r) {
  uv_fs_t *uv = &r->uv;
  if (uv->result < 0) return JSValueMakeNumber(ctx, (double)uv->result);
  switch (r->kind) {
  case RESULT_CHUNK: return chunk_result(ctx, r);
  case RESULT_NONE: return JSValueMakeNumber(ctx, 0);
  case RESULT_INT: return JSValueMakeNumber(ctx, (double)uv->result);
  /* Asynchronous results share the array too: lib/ turns them into Stats inside the
   * completion callback, before any other completion can run. */
  case RESULT_STAT: return make_stat_array(ctx, &uv->statbuf, true);
  case RESULT_STATFS: {
    const uv_statfs_t *s = uv->ptr;
    JSValueRef v[7] = {
        JSValueMakeNumber(ctx, (double)s->f_type),  JSValueMakeNumber(ctx, (double)s->f_bsize),
        JSValueMakeNumber(ctx, (double)s->f_blocks), JSValueMakeNumber(ctx, (double)s->f_bfree),
        JSValueMakeNumber(ctx, (double)s->f_bavail), JSValueMakeNumber(ctx, (double)s->f_files),
        JSValueMakeNumber(ctx, (double)s->f_ffree),
    };
    return lode_js_array(ctx, 7, v);
  }
  case RESULT_PTR: return make_name(ctx, uv->ptr, r->as_buffer);
  case RESULT_PATH: return make_name(ctx, uv->path, r->as_buffer);
  case RESULT_READDIR: {
    /* Names cross as one string joined by NUL (which no name contains) and types as one
     * Uint8Array: one boundary crossing instead of one per entry. */
    if (r->as_buffer) {
      JSObjectRef names = lode_js_array(ctx, 0, NULL);
      uv_dirent_t ent;
      unsigned i = 0;
      while (uv_fs_scandir_next(uv, &ent) == 0)
        JSObjectSetPropertyAtIndex(ctx, names, i++, make_name(ctx, ent.name, true), NULL);
      return names;
    }
    size_t cap = 4096, len = 0, count = 0, type_cap = 256;
    char *joined = malloc(cap);
    uint8_t *types = malloc(type_cap);
    CHECK(joined != NULL && types != NULL);
    uv_dirent_t ent;
    while (uv_fs_scandir_next(uv, &ent) == 0) {
      size_t n = strlen(ent.name);
      if (len + n + 1 > cap) {
        while (len + n + 1 > cap) cap *= 2;
        joined = realloc(joined, cap);
        CHECK(joined != NULL);
      }
      if (count == type_cap) {
        type_cap *= 2;
        types = realloc(types, type_cap);
        CHECK(types != NULL);
      }
      if (count > 0) joined[len++] = '\0';
      memcpy(joined + len, ent.name, n);
      len += n;
      types[count++] = (uint8_t)ent.type;
    }
    JSValueRef pair[2] = {make_string_from_utf8(ctx, joined, len), NULL};
    free(joined);
    JSValueProtect(ctx, pair[0]);
    JSObjectRef type_array = JSObjectMakeTypedArrayWithBytesNoCopy(
        ctx, kJSTypedArrayTypeUint8Array, types, count, free_bytes_cb, NULL, NULL);
    pair[1] = type_array != NULL ? (JSValueRef)type_array : JSValueMakeNull(ctx);
    JSValueRef result = lode_js_array(ctx, 2, pair);
    JSValueUnprotect(ctx, pair[0]);
    return result;
  }
  }
  return JSValueMakeUndefined(ctx);
}

/* Ends a call after the uv_fs_* function returned err: returns the result of a synchronous
 * call, or undefined once an async one is queued (with the request and its memory pinned
 * until it completes), or the negative code if it could not be queued. */
static JSValueRef req_finish(JSContextRef ctx, fs_req_t *r, int err) {
  if (r->obj == NULL) {
    JSValueRef v = err < 0 && r->uv.result >= 0 ? JSValueMakeNumber(ctx, err) : req_result(ctx, r);
    req_free(r);
    return v;
  }
  if (err < 0) {
    req_free(r);
    return JSValueMakeNumber(ctx, err);
  }
  lode_runtime_t *rt = lode_runtime();
  lode_pin(rt, r->obj);
  if (r->keep != NULL) lode_pin(rt, r->keep);
  return JSValueMakeUndefined(ctx);
}

/* The property name "oncomplete", made once: a JSStringRef per completion cost ~0.3 µs. */
static JSValueRef get_oncomplete(JSContextRef ctx, JSObjectRef obj) {
  static JSStringRef key;
  if (key == NULL) key = JSStringCreateWithUTF8CString("oncomplete");
  return JSObjectGetProperty(ctx, obj, key, NULL);
}

static void chunk_recycle(char *bytes, size_t len);
static bool chunk_reuse_keep(JSObjectRef buffer, char *bytes, size_t len);

static int completing;  /* after_fs_cb calls running (see hold_or_submit) */
static void submit_held(void);

static void after_fs_cb(uv_fs_t *uv) {
  fs_req_t *r = (fs_req_t *)uv;
  lode_runtime_t *rt = lode_runtime();
  JSContextRef ctx = rt->ctx;
  if (r->recycle && uv->result == (ssize_t)r->buf.len) {
    /* Its pin moves to the reuse list, or its memory goes back to the pool. */
    if (chunk_reuse_keep((JSObjectRef)r->keep, r->buf.base, r->buf.len)) r->keep = NULL;
    else chunk_recycle(r->buf.base, r->buf.len);
  }
  JSValueRef result = req_result(ctx, r);
  JSValueRef oncomplete = get_oncomplete(ctx, r->obj);
  JSObjectRef obj = r->obj;
  JSValueRef keep = r->keep;
  req_free(r);
  completing++;
  if (JSValueIsObject(ctx, oncomplete))
    lode_make_callback(rt, (JSObjectRef)oncomplete, obj, 1, &result);
  completing--;
  if (keep != NULL) lode_unpin(rt, keep);
  lode_unpin(rt, obj);
  if (completing == 0) submit_held();
}

/* Reads argv[i] as a path: a string (encoded as UTF-8), a Uint8Array of its bytes, or
 * undefined for the path in the shared path buffer. Returns a malloc'd NUL-terminated copy, or
 * NULL with *exc set. */
static char *arg_path(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i,
                      JSValueRef *exc) {
  char *bytes;
  size_t len;
  if (i >= argc || JSValueIsUndefined(ctx, argv[i])) {
    char *out = strdup(path_buffer);
    CHECK(out != NULL);
    return out;
  }
  if (arg_bytes(ctx, argc, argv, i, &bytes, &len)) {
    char *out = malloc(len + 1);
    CHECK(out != NULL);
    if (len > 0 && bytes != NULL) memcpy(out, bytes, len);
    out[len] = '\0';
    return out;
  }
  char *s;
  if (!lode_js_arg_string(ctx, argc, argv, i, "path", &s, exc)) return NULL;
  return s;
}

/* Reads argv[i] as a number (NaN and non-numbers give def). */
static double arg_num(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i, double def) {
  if (i >= argc || !JSValueIsNumber(ctx, argv[i])) return def;
  double d = JSValueToNumber(ctx, argv[i], NULL);
  return d == d ? d : def;
}

static int arg_i32(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i, int def) {
  double d = arg_num(ctx, argc, argv, i, def);
  if (d < -2147483648.0 || d > 2147483647.0) return def;
  return (int)d;
}

static bool arg_bool(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i) {
  return i < argc && JSValueToBoolean(ctx, argv[i]);
}

#define FS_PATH_OP(name, kind, reqi, call)                                                               \
  LODE_LOCKED_CB(fs_##name##_cb) {                                                                 \
    LODE_CB_UNUSED;                                                                                \
    char *path = arg_path(ctx, argc, argv, 0, exc);                                                \
    if (path == NULL) return NULL;                                                                 \
    fs_req_t sync_req, *r = req_begin(ctx, argc, argv, reqi, &sync_req, kind);                     \
    uv_loop_t *loop = lode_runtime()->loop;                                                        \
    int err = call;                                                                                \
    free(path);                                                                                    \
    return req_finish(ctx, r, err);                                                                \
  }

#define FS_PATH2_OP(name, reqi, call)                                                                    \
  LODE_LOCKED_CB(fs_##name##_cb) {                                                                 \
    LODE_CB_UNUSED;                                                                                \
    char *path = arg_path(ctx, argc, argv, 0, exc);                                                \
    if (path == NULL) return NULL;                                                                 \
    char *dest = arg_path(ctx, argc, argv, 1, exc);                                                \
    if (dest == NULL) {                                                                            \
      free(path);                                                                                  \
      return NULL;                                                                                 \
    }                                                                                              \
    fs_req_t sync_req, *r = req_begin(ctx, argc, argv, reqi, &sync_req, RESULT_NONE);              \
    uv_loop_t *loop = lode_runtime()->loop;                                                        \
    int err = call;                                                                                \
    free(path);                                                                                    \
    free(dest);                                                                                    \
    return req_finish(ctx, r, err);                                                                \
  }

#define FS_FD_OP(name, kind, reqi, call)                                                                 \
  LODE_LOCKED_CB(fs_##name##_cb) {                                                                 \
    LODE_CB_UNUSED;                                                                                \
    int fd = arg_i32(ctx, argc, argv, 0, -1);                                                      \
    fs_req_t sync_req, *r = req_begin(ctx, argc, argv, reqi, &sync_req, kind);                     \
    uv_loop_t *loop = lode_runtime()->loop;                                                        \
    int err = call;                                                                                \
    return req_finish(ctx, r, err);                                                                \
  }

/* access(path, mode[, req]) */
FS_PATH_OP(access, RESULT_NONE, 2,
           uv_fs_access(loop, &r->uv, path, arg_i32(ctx, argc, argv, 1, 0), req_cb(r)))
/* open(path, flags, mode[, req]) → fd */
FS_PATH_OP(open, RESULT_INT, 3,
           uv_fs_open(loop, &r->uv, path, arg_i32(ctx, argc, argv, 1, 0) | O_CLOEXEC,
                      arg_i32(ctx, argc, argv, 2, 0666), req_cb(r)))
/* stat(path[, req]), lstat → Float64Array */
FS_PATH_OP(stat, RESULT_STAT, 1, uv_fs_stat(loop, &r->uv, path, req_cb(r)))
FS_PATH_OP(lstat, RESULT_STAT, 1, uv_fs_lstat(loop, &r->uv, path, req_cb(r)))
/* statBuffered(), lstatBuffered(): the synchronous stat of the path in the path buffer →
 * the shared Float64Array or a negative code. Without arguments they make no engine call
 * on success, so they skip LODE_LOCKED_CB's lock too (statSync is that hot). */
static JSValueRef stat_buffered(JSContextRef ctx, bool lstat) {
  uv_fs_t req;
  uv_loop_t *loop = lode_runtime()->loop;
  int err = lstat ? uv_fs_lstat(loop, &req, path_buffer, NULL)
                  : uv_fs_stat(loop, &req, path_buffer, NULL);
  if (err >= 0) fill_stat(shared_stat_values, &req.statbuf);
  uv_fs_req_cleanup(&req);
  return err < 0 ? JSValueMakeNumber(ctx, err) : shared_stat_array;
}

static JSValueRef fs_stat_buffered_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  return stat_buffered(ctx, false);
}

static JSValueRef fs_lstat_buffered_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  return stat_buffered(ctx, true);
}

FS_PATH_OP(statfs, RESULT_STATFS, 1, uv_fs_statfs(loop, &r->uv, path, req_cb(r)))
FS_PATH_OP(mkdir, RESULT_NONE, 2,
           uv_fs_mkdir(loop, &r->uv, path, arg_i32(ctx, argc, argv, 1, 0777), req_cb(r)))
FS_PATH_OP(rmdir, RESULT_NONE, 1, uv_fs_rmdir(loop, &r->uv, path, req_cb(r)))
FS_PATH_OP(unlink, RESULT_NONE, 1, uv_fs_unlink(loop, &r->uv, path, req_cb(r)))
FS_PATH_OP(chmod, RESULT_NONE, 2,
           uv_fs_chmod(loop, &r->uv, path, arg_i32(ctx, argc, argv, 1, 0), req_cb(r)))
FS_PATH_OP(chown, RESULT_NONE, 3,
           uv_fs_chown(loop, &r->uv, path, (uv_uid_t)arg_num(ctx, argc, argv, 1, -1),
                       (uv_gid_t)arg_num(ctx, argc, argv, 2, -1), req_cb(r)))
FS_PATH_OP(lchown, RESULT_NONE, 3,
           uv_fs_lchown(loop, &r->uv, path, (uv_uid_t)arg_num(ctx, argc, argv, 1, -1),
                        (uv_gid_t)arg_num(ctx, argc, argv, 2, -1), req_cb(r)))
FS_PATH_OP(utimes, RESULT_NONE, 3,
           uv_fs_utime(loop, &r->uv, path, arg_num(ctx, argc, argv, 1, 0),
                       arg_num(ctx, argc, argv, 2, 0), req_cb(r)))
FS_PATH_OP(lutimes, RESULT_NONE, 3,
           uv_fs_lutime(loop, &r->uv, path, arg_num(ctx, argc, argv, 1, 0),
                        arg_num(ctx, argc, argv, 2, 0), req_cb(r)))
FS_PATH2_OP(rename, 2, uv_fs_rename(loop, &r->uv, path, dest, req_cb(r)))
FS_PATH2_OP(link, 2, uv_fs_link(loop, &r->uv, path, dest, req_cb(r)))
FS_PATH2_OP(symlink, 3, uv_fs_symlink(loop, &r->uv, path, dest, arg_i32(ctx, argc, argv, 2, 0),
                                   req_cb(r)))
FS_PATH2_OP(copyFile, 3, uv_fs_copyfile(loop, &r->uv, path, dest, arg_i32(ctx, argc, argv, 2, 0),
                                     req_cb(r)))
FS_FD_OP(close, RESULT_NONE, 1, uv_fs_close(loop, &r->uv, fd, req_cb(r)))
FS_FD_OP(fstat, RESULT_STAT, 1, uv_fs_fstat(loop, &r->uv, fd, req_cb(r)))
FS_FD_OP(fsync, RESULT_NONE, 1, uv_fs_fsync(loop, &r->uv, fd, req_cb(r)))
FS_FD_OP(fdatasync, RESULT_NONE, 1, uv_fs_fdatasync(loop, &r->uv, fd, req_cb(r)))
FS_FD_OP(ftruncate, RESULT_NONE, 2,
         uv_fs_ftruncate(loop, &r->uv, fd, (int64_t)arg_num(ctx, argc, argv, 1, 0), req_cb(r)))
FS_FD_OP(fchmod, RESULT_NONE, 2,
         uv_fs_fchmod(loop, &r->uv, fd, arg_i32(ctx, argc, argv, 1, 0), req_cb(r)))
FS_FD_OP(fchown, RESULT_NONE, 3,
         uv_fs_fchown(loop, &r->uv, fd, (uv_uid_t)arg_num(ctx, argc, argv, 1, -1),
                      (uv_gid_t)arg_num(ctx, argc, argv, 2, -1), req_cb(r)))
FS_FD_OP(futimes, RESULT_NONE, 3,
         uv_fs_futime(loop, &r->uv, fd, arg_num(ctx, argc, argv, 1, 0),
                      arg_num(ctx, argc, argv, 2, 0), req_cb(r)))

/* readlink(path, asBuffer[, req]), realpathNative, mkdtemp(prefix, asBuffer[, req]) and
 * readdir(path, asBuffer, withTypes[, req]): results that are names. */
static JSValueRef name_op(LODE_CB_PARAMS, int which) {
  char *path = arg_path(ctx, argc, argv, 0, exc);
  if (path == NULL) return NULL;
  enum result_kind kinds[] = {RESULT_PTR, RESULT_PTR, RESULT_PATH, RESULT_READDIR};
  fs_req_t sync_req, *r = req_begin(ctx, argc, argv, which == 3 ? 3 : 2, &sync_req, kinds[which]);
  (void)this_obj;
  (void)fn;
  r->as_buffer = arg_bool(ctx, argc, argv, 1);
  uv_loop_t *loop = lode_runtime()->loop;
  int err;
  switch (which) {
  case 0: err = uv_fs_readlink(loop, &r->uv, path, req_cb(r)); break;
  case 1: err = uv_fs_realpath(loop, &r->uv, path, req_cb(r)); break;
  case 2: err = uv_fs_mkdtemp(loop, &r->uv, path, req_cb(r)); break;
  default: err = uv_fs_scandir(loop, &r->uv, path, 0, req_cb(r)); break;
  }
  free(path);
  return req_finish(ctx, r, err);
}
static JSValueRef fs_readlink_cb(LODE_CB_PARAMS) {
  return name_op(ctx, fn, this_obj, argc, argv, exc, 0);
}
static JSValueRef fs_realpath_native_cb(LODE_CB_PARAMS) {
  return name_op(ctx, fn, this_obj, argc, argv, exc, 1);
}
static JSValueRef fs_mkdtemp_cb(LODE_CB_PARAMS) {
  return name_op(ctx, fn, this_obj, argc, argv, exc, 2);
}

static JSValueRef throw_not_bytes(JSContextRef ctx, JSValueRef *exc) {
  return lode_js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE",
                       "The \"buffer\" argument must be an instance of Buffer, TypedArray, or DataView");
}

/* argv[i] as a file position: a number from 0 up, or -1 (the current position) for anything
 * else. */
static int64_t arg_position(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i) {
  double p = arg_num(ctx, argc, argv, i, -1);
  return p >= 0 && p < 9e18 ? (int64_t)p : -1;
}

/* read(fd, buffer, offset, length, position[, req]) and write(...) with the same arguments →
 * bytes; position -1 (or not a number) means the current file position. */
static JSValueRef rw_op(LODE_CB_PARAMS, bool is_write) {
  LODE_CB_UNUSED;
  int fd = arg_i32(ctx, argc, argv, 0, -1);
  char *bytes;
  size_t len;
  if (!arg_bytes(ctx, argc, argv, 1, &bytes, &len))
    return throw_not_bytes(ctx, exc);
  double off = arg_num(ctx, argc, argv, 2, 0), n = arg_num(ctx, argc, argv, 3, (double)len);
  /* lib/ checks the bounds; these guards only keep memory safe. */
  if (off < 0 || off > (double)len) off = (double)len;
  if (n < 0 || n > (double)len - off) n = (double)len - off;
  int64_t pos = arg_position(ctx, argc, argv, 4);
  fs_req_t sync_req, *r = req_begin(ctx, argc, argv, 5, &sync_req, RESULT_INT);
  r->buf = uv_buf_init(bytes + (size_t)off, (unsigned)n);
  if (r->obj != NULL) r->keep = argv[1];
  uv_loop_t *loop = lode_runtime()->loop;
  int err = is_write ? uv_fs_write(loop, &r->uv, fd, &r->buf, 1, pos, req_cb(r))
                     : uv_fs_read(loop, &r->uv, fd, &r->buf, 1, pos, req_cb(r));
  return req_finish(ctx, r, err);
}
static JSValueRef fs_read_cb(LODE_CB_PARAMS) {
  return rw_op(ctx, fn, this_obj, argc, argv, exc, false);
}
static JSValueRef fs_write_cb(LODE_CB_PARAMS) {
  return rw_op(ctx, fn, this_obj, argc, argv, exc, true);
}

/* Pairing. A pipe from fs.ReadStream to fs.WriteStream asks, per chunk, for a write and for
 * the next read in the same completion (which one first depends on which request finished
 * last). Submitted one by one, each wakes a pool thread and each completion wakes the loop;
 * on two busy CPUs that is where the pipe's time went (a woken loop thread preempts the pool
 * thread inside libuv 1.44's uv_async_send and spins: see doc/internals.md). So while a
 * completion runs, a request lib/ marks pairable waits; when the other kind follows, both go
 * to the pool as one job (the write, then the read, on one thread, as libuv's own queue mostly
 * ran them anyway) and complete together, the read first; a request left waiting when the
 * completion returns is submitted alone. A 1 GiB pipe: context switches ~105k → ~62k,
 * sched_yields ~2,900 → ~550, CPU (all threads) ~0.87 → ~0.75 s, median time from one write
 * syscall to the next ~42 → ~36 us (Node 24: ~110k, 0, ~0.93 s, ~46 us). */
static fs_req_t *held;

typedef struct {
  uv_work_t work;
  fs_req_t *write;
  fs_req_t *read;
} pair_job_t;

static int submit_one(fs_req_t *r) {
  uv_loop_t *loop = lode_runtime()->loop;
  return r->is_write ? uv_fs_write(loop, &r->uv, r->fd, &r->buf, 1, r->pos, after_fs_cb)
                     : uv_fs_read(loop, &r->uv, r->fd, &r->buf, 1, r->pos, after_fs_cb);
}

/* On a pool thread: the two operations, each a synchronous libuv call. */
static void pair_work(uv_work_t *work) {
  pair_job_t *job = work->data;
  fs_req_t *w = job->write, *r = job->read;
  uv_fs_write(NULL, &w->uv, w->fd, &w->buf, 1, w->pos, NULL);
  uv_fs_read(NULL, &r->uv, r->fd, &r->buf, 1, r->pos, NULL);
}

static void pair_done(uv_work_t *work, int status) {
  pair_job_t *job = work->data;
  fs_req_t *w = job->write, *r = job->read;
  free(job);
  if (status < 0) w->uv.result = r->uv.result = status;
  completing++;
  after_fs_cb(&r->uv);
  after_fs_cb(&w->uv);
  completing--;
  if (completing == 0) submit_held();
}

/* Completes a request whose submission failed (a negative libuv code), as the pool would. */
static void fail_now(fs_req_t *r, int err) {
  r->uv.result = err;
  completing++;
  after_fs_cb(&r->uv);
  completing--;
}

static void submit_held(void) {
  fs_req_t *r = held;
  held = NULL;
  if (r == NULL) return;
  int err = submit_one(r);
  if (err < 0) fail_now(r, err);
}

/* Submits the async request r (pinned here, as req_finish does): pairs it with the held one,
 * or holds it (pairable, during a completion), or submits it now. */
static JSValueRef hold_or_submit(JSContextRef ctx, fs_req_t *r, bool pairable) {
  if (!pairable || completing == 0) {
    int err = submit_one(r);
    return req_finish(ctx, r, err);
  }
  fs_req_t *other = held;
  held = NULL;
  if (other != NULL && other->is_write != r->is_write) {
    pair_job_t *job = malloc(sizeof *job);
    CHECK(job != NULL);
    job->write = r->is_write ? r : other;
    job->read = r->is_write ? other : r;
    job->work.data = job;
    CHECK(uv_queue_work(lode_runtime()->loop, &job->work, pair_work, pair_done) == 0);
    return req_finish(ctx, r, 0);
  }
  held = other;
  if (other != NULL) {
    /* The same kind again: this one goes alone. */
    int err = submit_one(r);
    return req_finish(ctx, r, err);
  }
  held = r;
  return req_finish(ctx, r, 0);
}

/* readChunk(fd, length, position[, req[, pairable]]) reads up to length bytes into memory of
 * its own → a Buffer of the bytes read, 0 at the end of the file, or a negative code.
 * pairable: the read may wait for a write to run with (see Pairing). */
static JSValueRef fs_read_chunk_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  int fd = arg_i32(ctx, argc, argv, 0, -1);
  double n = arg_num(ctx, argc, argv, 1, CHUNK_SIZE);
  if (!(n >= 1 && n <= INT32_MAX)) n = CHUNK_SIZE;
  int64_t pos = arg_position(ctx, argc, argv, 2);
  chunks_collect_if_due(ctx);
  fs_req_t sync_req, *r = req_begin(ctx, argc, argv, 3, &sync_req, RESULT_CHUNK);
  r->chunk_size = (size_t)n;
  if (r->obj != NULL && r->chunk_size == CHUNK_SIZE) r->reuse = chunk_reuse_take(&r->chunk);
  if (r->reuse != NULL) chunk_reused_bytes += CHUNK_SIZE;
  if (r->reuse == NULL) r->chunk = chunk_alloc(r->chunk_size);
  if (r->chunk == NULL) {
    req_free(r);
    return JSValueMakeNumber(ctx, UV_ENOMEM);
  }
  r->buf = uv_buf_init(r->chunk, (unsigned)r->chunk_size);
  if (r->obj != NULL) {
    r->fd = fd;
    r->pos = pos;
    return hold_or_submit(ctx, r, arg_bool(ctx, argc, argv, 4));
  }
  int err = uv_fs_read(lode_runtime()->loop, &r->uv, fd, &r->buf, 1, pos, NULL);
  return req_finish(ctx, r, err);
}

/* writeChunk(fd, buffer, position, req[, recycle[, pairable]]) writes the whole of buffer
 * (any byte view) on libuv's thread pool → bytes written, through req.oncomplete;
 * fs.WriteStream's writes. With recycle true and buffer a whole readChunk Buffer that nothing
 * else can reach (lib/ decides: a chunk fs.ReadStream piped only here), the binding takes it
 * back once all of it is written, before oncomplete runs (see chunk_reuse_keep and
 * chunk_recycle): nothing may use the Buffer afterwards. pairable: the write may wait for a
 * read to run with (see Pairing). */
static JSValueRef fs_write_chunk_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  int fd = arg_i32(ctx, argc, argv, 0, -1);
  char *bytes;
  size_t len;
  if (!arg_bytes(ctx, argc, argv, 1, &bytes, &len))
    return throw_not_bytes(ctx, exc);
  if (argc < 4 || !JSValueIsObject(ctx, argv[3]))
    return lode_js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE",
                         "The \"req\" argument must be of type object");
  if (len > INT32_MAX) len = INT32_MAX;
  int64_t pos = arg_position(ctx, argc, argv, 2);
  fs_req_t *r = req_begin(ctx, argc, argv, 3, NULL, RESULT_INT);
  r->buf = uv_buf_init(bytes, (unsigned)len);
  r->keep = argv[1];
  r->recycle = arg_bool(ctx, argc, argv, 4);
  r->is_write = true;
  r->fd = fd;
  r->pos = pos;
  return hold_or_submit(ctx, r, arg_bool(ctx, argc, argv, 5));
}

/* Gives the memory of a whole readChunk Buffer (bytes, len) back to the pool now, before the
 * Buffer is collected; any other memory is left alone. For a chunk nothing else can reach
 * (fs.ReadStream piped to fs.WriteStream, see writeChunk): the pipe then needs no collections
 * for its chunks (see chunks_collect_if_due). */
static void chunk_recycle(char *bytes, size_t len) {
  uv_mutex_lock(&chunks.lock);
  chunk_ref_t *ref = chunk_ref_unlink(bytes, len);
  if (ref != NULL) ref->recycled = true;
  uv_mutex_unlock(&chunks.lock);
  if (ref != NULL) chunk_release(bytes, len);
}

/* Buffers of recycled whole chunks, pinned, kept to be the results of later reads into their
 * own memory (loop thread only): a piped chunk that nothing else could reach can come back
 * as a later chunk, the same object, since nobody can tell. A new Buffer per chunk costs an
 * ArrayBuffer with a deallocator (JSObjectMakeTypedArrayWithBytesNoCopy, ~1/6 of the loop
 * thread's samples in a 1 GiB pipe) and reports 64 KiB of memory to the collector, which then
 * collected every ~32 MB of chunks (17 eden + 17 full collections, ~77 ms of pauses per GiB).
 * The Buffers keep owning their memory: their deallocators free it once unpinned and
 * collected. */
enum { CHUNK_REUSE_KEEP = 4 };
static struct {
  JSObjectRef buffers[CHUNK_REUSE_KEEP];
  char *mem[CHUNK_REUSE_KEEP];
  int count;
} reuse;

/* Takes the pinned buffer (a Buffer over the whole readChunk chunk bytes of len bytes) onto
 * the reuse list → true, or false when it is not such a chunk or the list is full. */
static bool chunk_reuse_keep(JSObjectRef buffer, char *bytes, size_t len) {
  if (buffer == NULL || len != CHUNK_SIZE || reuse.count == CHUNK_REUSE_KEEP) return false;
  uv_mutex_lock(&chunks.lock);
  bool live = false;
  for (chunk_ref_t *ref = *chunk_ref_slot(bytes); ref != NULL; ref = ref->next)
    if (ref->mem == bytes && ref->size == len) live = !ref->recycled;
  uv_mutex_unlock(&chunks.lock);
  if (!live) return false;
  reuse.buffers[reuse.count] = buffer;
  reuse.mem[reuse.count++] = bytes;
  return true;
}

/* Takes a kept Buffer for a read of CHUNK_SIZE bytes → it (still pinned), and its memory in
 * *mem; NULL when none is kept. */
static JSObjectRef chunk_reuse_take(char **mem) {
  if (reuse.count == 0) return NULL;
  reuse.count--;
  *mem = reuse.mem[reuse.count];
  return reuse.buffers[reuse.count];
}

/* Gives back a kept Buffer a read did not hand out (or unpins it when the list is full). */
static void chunk_reuse_put(JSObjectRef buffer, char *mem) {
  if (reuse.count == CHUNK_REUSE_KEEP) {
    lode_unpin(lode_runtime(), buffer);
    return;
  }
  reuse.buffers[reuse.count] = buffer;
  reuse.mem[reuse.count++] = mem;
}

/* writeUtf8(fd, string, position[, req]) writes the UTF-8 encoding of string → bytes. */
static JSValueRef fs_write_utf8_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  int fd = arg_i32(ctx, argc, argv, 0, -1);
  if (argc < 2 || !JSValueIsString(ctx, argv[1]))
    return lode_js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE",
                         "The \"string\" argument must be of type string");
  size_t len;
  char *s = lode_js_value_to_utf8(ctx, argv[1], &len, exc);
  if (s == NULL) return NULL;
  int64_t pos = (int64_t)arg_num(ctx, argc, argv, 2, -1);
  fs_req_t sync_req, *r = req_begin(ctx, argc, argv, 3, &sync_req, RESULT_INT);
  r->owned = s;
  r->buf = uv_buf_init(s, (unsigned)len);
  int err = uv_fs_write(lode_runtime()->loop, &r->uv, fd, &r->buf, 1, pos, req_cb(r));
  return req_finish(ctx, r, err);
}

/* readv(fd, buffers, position[, req]) and writev(...) → bytes. */
static JSValueRef rwv_op(LODE_CB_PARAMS, bool is_write) {
  LODE_CB_UNUSED;
  int fd = arg_i32(ctx, argc, argv, 0, -1);
  if (argc < 2 || !JSValueIsArray(ctx, argv[1]))
    return lode_js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE",
                         "The \"buffers\" argument must be an array");
  JSObjectRef list = (JSObjectRef)argv[1];
  unsigned n = (unsigned)JSValueToNumber(ctx, lode_js_get(ctx, list, "length"), NULL);
  uv_buf_t *bufs = calloc(n ? n : 1, sizeof *bufs);
  CHECK(bufs != NULL);
  for (unsigned i = 0; i < n; i++) {
    JSValueRef item = JSObjectGetPropertyAtIndex(ctx, list, i, NULL);
    char *bytes;
    size_t len;
    if (!arg_bytes(ctx, 1, &item, 0, &bytes, &len)) {
      free(bufs);
      return lode_js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE",
                           "The \"buffers\" argument must be an array of ArrayBufferViews");
    }
    bufs[i] = uv_buf_init(bytes, (unsigned)len);
  }
  int64_t pos = (int64_t)arg_num(ctx, argc, argv, 2, -1);
  fs_req_t sync_req, *r = req_begin(ctx, argc, argv, 3, &sync_req, RESULT_INT);
  r->bufs = bufs;
  if (r->obj != NULL) r->keep = list;
  uv_loop_t *loop = lode_runtime()->loop;
  int err = is_write ? uv_fs_write(loop, &r->uv, fd, bufs, n, pos, req_cb(r))
                     : uv_fs_read(loop, &r->uv, fd, bufs, n, pos, req_cb(r));
  return req_finish(ctx, r, err);
}
static JSValueRef fs_readv_cb(LODE_CB_PARAMS) {
  return rwv_op(ctx, fn, this_obj, argc, argv, exc, false);
}
static JSValueRef fs_writev_cb(LODE_CB_PARAMS) {
  return rwv_op(ctx, fn, this_obj, argc, argv, exc, true);
}

/* ------------------------------------------------------------------------------------------
 * Whole-file reads and writes as one thread-pool job each (open, fstat, read/write, close),
 * so readFile and writeFile cost one trip through the pool instead of four. */

typedef struct file_job_s {
  uv_work_t work;
  JSObjectRef obj;
  JSValueRef keep;
  char *path; /* NULL when fd is given */
  int fd, flags, mode;
  bool utf8, flush, is_write;
  bool is_scandir;  /* readdir: out holds the names joined by NUL, types one byte each */
  uint8_t *types;
  size_t count;
  const char *data; /* writeFile: bytes to write (in keep or owned) */
  size_t len;
  char *owned;
  char *out; /* readFile: the bytes read */
  /* readFile as a string of a regular file: the bytes are read straight into a new 8-bit
   * string (str, its characters at str_data), which becomes the result when they are all
   * ASCII and the file was read whole; otherwise they are decoded from there. */
  lode_js_str_t str;
  uint8_t *str_data;
  bool str_ascii;
  bool on_stack;      /* a synchronous job: the struct is the caller's */
  bool path_borrowed; /* path is path_buffer (synchronous jobs only) */
  int err;
  const char *syscall;
} file_job_t;

static void file_job_free(file_job_t *j) {
  if (j->str_data != NULL) lode_js_str_abandon(&j->str);
  free(j->types);
  if (!j->path_borrowed) free(j->path);
  free(j->owned);
  free(j->out);
  if (!j->on_stack) free(j);
}

/* A new job: stack_job (zeroed) for a synchronous call (no request object at req_index),
 * else a heap one. */
static file_job_t *job_begin(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t req_index,
                             file_job_t *stack_job) {
  if (req_index < argc && JSValueIsObject(ctx, argv[req_index])) {
    file_job_t *j = calloc(1, sizeof *j);
    CHECK(j != NULL);
    return j;
  }
  memset(stack_job, 0, sizeof *stack_job);
  stack_job->on_stack = true;
  return stack_job;
}

static int job_open(file_job_t *j) {
  if (j->path == NULL) return j->fd;
  int fd;
  do fd = open(j->path, j->flags | O_CLOEXEC, j->mode);
  while (fd < 0 && errno == EINTR);
  if (fd < 0) {
    j->err = -errno;
    j->syscall = "open";
  }
  return fd;
}

static void job_close(file_job_t *j, int fd) {
  if (j->path != NULL && close(fd) != 0 && j->err == 0) {
    j->err = -errno;
    j->syscall = "close";
  }
}

static void read_file_work(file_job_t *j) {
  int fd = job_open(j);
  if (fd < 0) return;
  size_t cap = 0, len = 0;
  struct stat st;
  if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) cap = (size_t)st.st_size;
  if (cap > READ_FILE_MAX) {
    j->err = UV_EFBIG;
    j->syscall = "size";
    j->len = cap;
    job_close(j, fd);
    return;
  }
  /* A regular file is read up to the size fstat gave (as Node does): no extra read for EOF. */
  size_t known = cap;
  if (cap == 0) cap = 8192;
  char *buf;
  if (j->utf8 && known >= 2) {
    j->str_data = lode_js_str8_begin(&j->str, known);
    buf = (char *)j->str_data;
  } else {
    buf = malloc(cap + 1);
  }
  if (buf == NULL) {
    j->err = UV_ENOMEM;
    j->syscall = "read";
    job_close(j, fd);
    return;
  }
  for (;;) {
    if (len == cap) {
      if (len > READ_FILE_MAX) {
        j->err = UV_EFBIG;
        j->len = len;
        break;
      }
      cap *= 2;
      char *nb = realloc(buf, cap + 1);
      if (nb == NULL) {
        j->err = UV_ENOMEM;
        break;
      }
      buf = nb;
    }
    ssize_t n = read(fd, buf + len, cap - len);
    if (n == 0) break;
    if (n < 0) {
      if (errno == EINTR) continue;
      if (errno == EAGAIN) {
        struct pollfd p = {.fd = fd, .events = POLLIN};
        poll(&p, 1, -1);
        continue;
      }
      j->err = -errno;
      break;
    }
    len += (size_t)n;
    if (len == known) break;
  }
  if (j->str_data != NULL) {
    /* A regular file's size is known: the loop never grew the buffer. */
    if (j->err != 0) {
      j->syscall = "read";
      lode_js_str_abandon(&j->str);
      j->str_data = NULL;
    } else {
      j->len = len;
      j->str_ascii = len == known && lode_ascii_prefix(j->str_data, len) == len;
    }
  } else if (j->err != 0) {
    j->syscall = j->err == UV_EFBIG ? "size" : "read";
    free(buf);
  } else {
    j->out = buf;
    j->len = len;
  }
  job_close(j, fd);
}

static void write_file_work(file_job_t *j) {
  int fd = job_open(j);
  if (fd < 0) return;
  int r = write_all(fd, j->data, j->len);
  if (r < 0) {
    j->err = r;
    j->syscall = "write";
  } else if (j->flush && fsync(fd) != 0) {
    j->err = -errno;
    j->syscall = "fsync";
  }
  job_close(j, fd);
}

/* libuv's dirent type for a d_type. */
static uint8_t dirent_type(unsigned char d_type) {
  switch (d_type) {
  case DT_REG: return UV_DIRENT_FILE;
  case DT_DIR: return UV_DIRENT_DIR;
  case DT_LNK: return UV_DIRENT_LINK;
  case DT_FIFO: return UV_DIRENT_FIFO;
  case DT_SOCK: return UV_DIRENT_SOCKET;
  case DT_CHR: return UV_DIRENT_CHAR;
  case DT_BLK: return UV_DIRENT_BLOCK;
  default: return UV_DIRENT_UNKNOWN;
  }
}

static int compare_names(const void *a, const void *b, void *names) {
  return strcmp((const char *)names + *(const uint32_t *)a, (const char *)names + *(const uint32_t *)b);
}

/* readdir as libuv's scandir does it (entries sorted by strcmp, without "." and ".."), but
 * with every name in one buffer instead of a malloc per entry. Leaves the names joined by
 * NUL in out/len and their types in types/count, or sets err (syscall "scandir"). */
static void scandir_work(file_job_t *j) {
  DIR *dir = opendir(j->path);
  if (dir == NULL) {
    j->err = -errno;
    j->syscall = "scandir";
    return;
  }
  /* Each entry is stored as its type byte then its NUL-terminated name; offs points at the
   * names, so sorting the offsets sorts the entries and names[off - 1] is the type. */
  size_t cap = 16384, len = 0, count = 0, offs_cap = 1024;
  char *names = malloc(cap);
  uint32_t *offs = malloc(offs_cap * sizeof *offs);
  CHECK(names != NULL && offs != NULL);
  struct dirent *ent;
  for (;;) {
    errno = 0;
    ent = readdir(dir);
    if (ent == NULL) break;
    const char *name = ent->d_name;
    if (name[0] == '.' && (name[1] == '\0' || (name[1] == '.' && name[2] == '\0'))) continue;
    size_t n = strlen(name) + 1;
    CHECK(len + 1 + n <= UINT32_MAX);
    if (len + 1 + n > cap) {
      while (len + 1 + n > cap) cap *= 2;
      names = realloc(names, cap);
      CHECK(names != NULL);
    }
    if (count == offs_cap) {
      offs_cap *= 2;
      offs = realloc(offs, offs_cap * sizeof *offs);
      CHECK(offs != NULL);
    }
    names[len] = (char)dirent_type(ent->d_type);
    memcpy(names + len + 1, name, n);
    offs[count++] = (uint32_t)(len + 1);
    len += 1 + n;
  }
  int read_err = errno;
  closedir(dir);
  if (read_err != 0) {
    free(names);
    free(offs);
    j->err = -read_err;
    j->syscall = "scandir";
    return;
  }
  qsort_r(offs, count, sizeof *offs, compare_names, names);
  char *joined = malloc(len ? len : 1);
  uint8_t *types = malloc(count ? count : 1);
  CHECK(joined != NULL && types != NULL);
  size_t out = 0;
  for (size_t i = 0; i < count; i++) {
    const char *name = names + offs[i];
    size_t n = strlen(name) + 1;
    types[i] = (uint8_t)name[-1];
    memcpy(joined + out, name, n);
    out += n;
  }
  free(names);
  free(offs);
  /* The NUL after the last name is not part of the joined string. */
  j->out = joined;
  j->len = count > 0 ? out - 1 : 0;
  j->types = types;
  j->count = count;
}

static void file_job_work_cb(uv_work_t *w) {
  file_job_t *j = (file_job_t *)w;
  if (j->is_scandir)
    scandir_work(j);
  else if (j->is_write)
    write_file_work(j);
  else
    read_file_work(j);
}

/* readdir's value (as RESULT_READDIR): [names joined by NUL, Uint8Array of types], or the
 * negative code. */
static JSValueRef scandir_result(JSContextRef ctx, file_job_t *j) {
  if (j->err != 0) return JSValueMakeNumber(ctx, j->err);
  JSValueRef pair[2] = {make_string_from_utf8(ctx, j->out, j->len), NULL};
  JSValueProtect(ctx, pair[0]);
  JSObjectRef types = JSObjectMakeTypedArrayWithBytesNoCopy(ctx, kJSTypedArrayTypeUint8Array, j->types,
                                                            j->count, free_bytes_cb, NULL, NULL);
  if (types != NULL) j->types = NULL;
  pair[1] = types != NULL ? (JSValueRef)types : JSValueMakeNull(ctx);
  JSValueRef result = lode_js_array(ctx, 2, pair);
  JSValueUnprotect(ctx, pair[0]);
  return result;
}

/* The value of a finished job: the data read (a string or a Uint8Array that takes over the
 * bytes), the bytes written, or [errno, syscall] on failure. */
static JSValueRef file_job_result(JSContextRef ctx, file_job_t *j, bool is_write) {
  if (j->is_scandir) return scandir_result(ctx, j);
  if (j->err != 0) {
    JSValueRef err[3] = {JSValueMakeNumber(ctx, j->err), lode_js_value_from_cstr(ctx, j->syscall),
                         JSValueMakeNumber(ctx, (double)j->len)};
    return lode_js_array(ctx, j->err == UV_EFBIG ? 3 : 2, err);
  }
  if (is_write) return JSValueMakeNumber(ctx, (double)j->len);
  if (j->str_data != NULL) {
    JSValueRef v = j->str_ascii ? lode_js_str_finish(ctx, &j->str)
                                : make_string_from_utf8(ctx, (const char *)j->str_data, j->len);
    lode_js_str_abandon(&j->str); /* nothing left after finish */
    j->str_data = NULL;
    return v;
  }
  if (j->utf8) return make_string_from_utf8(ctx, j->out, j->len);
  JSObjectRef arr = JSObjectMakeTypedArrayWithBytesNoCopy(ctx, kJSTypedArrayTypeUint8Array, j->out,
                                                          j->len, free_bytes_cb, NULL, NULL);
  if (arr == NULL) {
    JSValueRef pair[2] = {JSValueMakeNumber(ctx, UV_ENOMEM), lode_js_value_from_cstr(ctx, "read")};
    return lode_js_array(ctx, 2, pair);
  }
  j->out = NULL;
  lode_as_buffer(lode_runtime(), ctx, arr);
  return arr;
}

static void file_job_after_cb(uv_work_t *w, int status) {
  file_job_t *j = (file_job_t *)w;
  lode_runtime_t *rt = lode_runtime();
  JSContextRef ctx = rt->ctx;
  lode_js_collect_strings_if_due(ctx);
  if (status < 0 && j->err == 0) {
    j->err = status;
    j->syscall = "open";
  }
  JSValueRef result = file_job_result(ctx, j, j->is_write);
  JSObjectRef obj = j->obj;
  JSValueRef keep = j->keep;
  file_job_free(j);
  JSValueRef oncomplete = get_oncomplete(ctx, obj);
  if (JSValueIsObject(ctx, oncomplete)) lode_make_callback(rt, (JSObjectRef)oncomplete, obj, 1, &result);
  if (keep != NULL) lode_unpin(rt, keep);
  lode_unpin(rt, obj);
}

/* Runs a job now (no request) or queues it; see file_job_result for the value. */
static JSValueRef file_job_run(JSContextRef ctx, file_job_t *j, size_t argc, const JSValueRef argv[],
                               size_t req_index) {
  if (req_index < argc && JSValueIsObject(ctx, argv[req_index])) {
    lode_runtime_t *rt = lode_runtime();
    j->obj = (JSObjectRef)argv[req_index];
    lode_pin(rt, j->obj);
    if (j->keep != NULL) lode_pin(rt, j->keep);
    int r = uv_queue_work(rt->loop, &j->work, file_job_work_cb, file_job_after_cb);
    CHECK(r == 0);
    return JSValueMakeUndefined(ctx);
  }
  file_job_work_cb(&j->work);
  JSValueRef v = file_job_result(ctx, j, j->is_write);
  file_job_free(j);
  return v;
}

/* Fills the path-or-fd target of a job from argv[0]; false with *exc set on a bad path. */
static bool job_target(JSContextRef ctx, file_job_t *j, size_t argc, const JSValueRef argv[],
                       JSValueRef *exc) {
  if (j->on_stack && (argc == 0 || JSValueIsUndefined(ctx, argv[0]))) {
    /* The shared path buffer, used before anything else can rewrite it. */
    j->path = path_buffer;
    j->path_borrowed = true;
    return true;
  }
  if (argc > 0 && JSValueIsNumber(ctx, argv[0])) {
    j->fd = arg_i32(ctx, argc, argv, 0, -1);
    return true;
  }
  j->path = arg_path(ctx, argc, argv, 0, exc);
  return j->path != NULL;
}

/* readFile(pathOrFd, flags, utf8[, req]) → a string (utf8) or Uint8Array, or [errno, syscall]. */
LODE_LOCKED_CB(fs_read_file_cb) {
  LODE_CB_UNUSED;
  lode_js_collect_strings_if_due(ctx);
  file_job_t stack_job;
  file_job_t *j = job_begin(ctx, argc, argv, 3, &stack_job);
  if (!job_target(ctx, j, argc, argv, exc)) {
    file_job_free(j);
    return NULL;
  }
  j->flags = arg_i32(ctx, argc, argv, 1, O_RDONLY);
  j->utf8 = arg_bool(ctx, argc, argv, 2);
  return file_job_run(ctx, j, argc, argv, 3);
}

/* writeFile(pathOrFd, data, flags, mode, flush[, req]) → bytes written, or [errno, syscall].
 * data is a string (written as UTF-8) or a typed array. */
LODE_LOCKED_CB(fs_write_file_cb) {
  LODE_CB_UNUSED;
  file_job_t stack_job;
  file_job_t *j = job_begin(ctx, argc, argv, 5, &stack_job);
  if (!job_target(ctx, j, argc, argv, exc)) {
    file_job_free(j);
    return NULL;
  }
  char *bytes;
  if (argc > 1 && JSValueIsString(ctx, argv[1])) {
    j->owned = lode_js_value_to_utf8(ctx, argv[1], &j->len, exc);
    j->data = j->owned;
  } else if (arg_bytes(ctx, argc, argv, 1, &bytes, &j->len)) {
    j->data = bytes != NULL ? bytes : "";
    j->keep = argv[1];
  } else {
    file_job_free(j);
    return lode_js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE",
                         "The \"data\" argument must be a string or a TypedArray");
  }
  j->flags = arg_i32(ctx, argc, argv, 2, O_WRONLY | O_CREAT | O_TRUNC);
  j->mode = arg_i32(ctx, argc, argv, 3, 0666);
  j->flush = arg_bool(ctx, argc, argv, 4);
  j->is_write = true;
  if (!(argc > 5 && JSValueIsObject(ctx, argv[5]))) j->keep = NULL;
  return file_job_run(ctx, j, argc, argv, 5);
}

/* readdir(path, asBuffer, withTypes[, req]) → [names joined by NUL, Uint8Array of types]
 * (names as Uint8Arrays when asBuffer: then through libuv's scandir). */
LODE_LOCKED_CB(fs_readdir_cb) {
  if (arg_bool(ctx, argc, argv, 1)) return name_op(ctx, fn, this_obj, argc, argv, exc, 3);
  file_job_t *j = calloc(1, sizeof *j);
  CHECK(j != NULL);
  j->path = arg_path(ctx, argc, argv, 0, exc);
  if (j->path == NULL) {
    free(j);
    return NULL;
  }
  j->is_scandir = true;
  return file_job_run(ctx, j, argc, argv, 3);
}

/* ------------------------------------------------------------------------------------------
 * Watchers: fs.watch (uv_fs_event_t) and fs.watchFile (uv_fs_poll_t). A watcher object is
 * made by newWatcher(kind); its libuv handle exists only between start() and close(), and the
 * object is pinned during that time, so a collected watcher never has an open handle unless
 * the runtime is being torn down. Events reach `watcher.onchange(...)`:
 *   event: onchange(status, eventType, filename)  (eventType 'rename' or 'change')
 *   poll:  onchange(status, currentStats, previousStats) */

enum { WATCH_EVENT = 0, WATCH_POLL = 1 };

typedef struct watcher_s {
  union {
    uv_handle_t handle;
    uv_fs_event_t event;
    uv_fs_poll_t poll;
  } h;
  int kind;
  bool started;   /* the handle is initialized and not yet closing */
  bool closing;   /* uv_close was called, the close callback has not run */
  bool finalized; /* the wrapper was collected */
  JSObjectRef obj;
  struct watcher_s *next; /* in all_watchers while the struct lives */
} watcher_t;

static JSClassRef watcher_class;
static watcher_t *all_watchers;
static uv_mutex_t watchers_lock;

static void watcher_unlink_free(watcher_t *w) {
  uv_mutex_lock(&watchers_lock);
  for (watcher_t **p = &all_watchers; *p != NULL; p = &(*p)->next) {
    if (*p == w) {
      *p = w->next;
      break;
    }
  }
  uv_mutex_unlock(&watchers_lock);
  free(w);
}

static void watcher_close_cb(uv_handle_t *handle) {
  watcher_t *w = (watcher_t *)handle;
  uv_mutex_lock(&watchers_lock);
  w->closing = false;
  bool gone = w->finalized;
  uv_mutex_unlock(&watchers_lock);
  if (gone) watcher_unlink_free(w);
}

/* Runs on any thread: only marks the struct, or frees it when no handle is open. */
static void watcher_finalize(JSObjectRef obj) {
  watcher_t *w = JSObjectGetPrivate(obj);
  if (w == NULL) return;
  uv_mutex_lock(&watchers_lock);
  w->finalized = true;
  bool idle = !w->started && !w->closing;
  uv_mutex_unlock(&watchers_lock);
  if (idle) watcher_unlink_free(w);
}

static watcher_t *this_watcher(JSContextRef ctx, JSObjectRef this_obj) {
  if (this_obj == NULL || !JSValueIsObjectOfClass(ctx, this_obj, watcher_class)) return NULL;
  return JSObjectGetPrivate(this_obj);
}

static void watcher_stop(watcher_t *w) {
  if (!w->started) return;
  w->started = false;
  w->closing = true;
  uv_close(&w->h.handle, watcher_close_cb);
  lode_unpin(lode_runtime(), w->obj);
}

static void on_fs_event_cb(uv_fs_event_t *handle, const char *filename, int events, int status) {
  watcher_t *w = (watcher_t *)handle;
  if (!w->started) return;
  lode_runtime_t *rt = lode_runtime();
  JSContextRef ctx = rt->ctx;
  JSValueRef onchange = lode_js_get(ctx, w->obj, "onchange");
  if (JSValueIsObject(ctx, onchange)) {
    JSValueRef args[3] = {
        JSValueMakeNumber(ctx, status),
        lode_js_value_from_cstr(ctx, (events & UV_RENAME) ? "rename" : "change"),
        filename != NULL ? lode_js_value_from_cstr(ctx, filename) : JSValueMakeNull(ctx),
    };
    lode_make_callback(rt, (JSObjectRef)onchange, w->obj, 3, args);
  }
}

static void on_fs_poll_cb(uv_fs_poll_t *handle, int status, const uv_stat_t *prev,
                          const uv_stat_t *curr) {
  watcher_t *w = (watcher_t *)handle;
  if (!w->started) return;
  lode_runtime_t *rt = lode_runtime();
  JSContextRef ctx = rt->ctx;
  JSValueRef onchange = lode_js_get(ctx, w->obj, "onchange");
  if (JSValueIsObject(ctx, onchange)) {
    JSValueRef args[3] = {JSValueMakeNumber(ctx, status), NULL, NULL};
    args[1] = make_stat_array(ctx, curr, false);
    JSValueProtect(ctx, args[1]);
    args[2] = make_stat_array(ctx, prev, false);
    lode_make_callback(rt, (JSObjectRef)onchange, w->obj, 3, args);
    JSValueUnprotect(ctx, args[1]);
  }
}

/* newWatcher(kind) → a watcher object (kind 0: fs.watch, 1: fs.watchFile). */
static JSValueRef new_watcher_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  watcher_t *w = calloc(1, sizeof *w);
  CHECK(w != NULL);
  w->kind = arg_i32(ctx, argc, argv, 0, WATCH_EVENT) == WATCH_POLL ? WATCH_POLL : WATCH_EVENT;
  w->obj = JSObjectMake(ctx, watcher_class, w);
  uv_mutex_lock(&watchers_lock);
  w->next = all_watchers;
  all_watchers = w;
  uv_mutex_unlock(&watchers_lock);
  return w->obj;
}

/* watcher.start(path, persistent, recursive | intervalMs) → 0 or a negative libuv code. */
static JSValueRef watcher_start_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  watcher_t *w = this_watcher(ctx, this_obj);
  if (w == NULL) return lode_js_throw(ctx, exc, "TypeError", "ERR_INVALID_THIS", "Illegal invocation");
  if (w->started || w->closing) return JSValueMakeNumber(ctx, UV_EBUSY);
  char *path = arg_path(ctx, argc, argv, 0, exc);
  if (path == NULL) return NULL;
  lode_runtime_t *rt = lode_runtime();
  int r;
  if (w->kind == WATCH_EVENT) {
    uv_fs_event_init(rt->loop, &w->h.event);
    r = uv_fs_event_start(&w->h.event, on_fs_event_cb, path,
                          arg_bool(ctx, argc, argv, 2) ? UV_FS_EVENT_RECURSIVE : 0);
  } else {
    uv_fs_poll_init(rt->loop, &w->h.poll);
    double interval = arg_num(ctx, argc, argv, 2, 5007);
    r = uv_fs_poll_start(&w->h.poll, on_fs_poll_cb, path,
                         interval >= 1 && interval < 4294967295.0 ? (unsigned)interval : 1);
  }
  free(path);
  w->started = true;
  lode_pin(rt, w->obj);
  if (r != 0) {
    watcher_stop(w);
    return JSValueMakeNumber(ctx, r);
  }
  if (!arg_bool(ctx, argc, argv, 1)) uv_unref(&w->h.handle);
  return JSValueMakeNumber(ctx, 0);
}

static JSValueRef watcher_close_method_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  watcher_t *w = this_watcher(ctx, this_obj);
  if (w != NULL) watcher_stop(w);
  return JSValueMakeUndefined(ctx);
}

static JSValueRef watcher_ref_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  watcher_t *w = this_watcher(ctx, this_obj);
  if (w != NULL && w->started) uv_ref(&w->h.handle);
  return JSValueMakeUndefined(ctx);
}

static JSValueRef watcher_unref_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  watcher_t *w = this_watcher(ctx, this_obj);
  if (w != NULL && w->started) uv_unref(&w->h.handle);
  return JSValueMakeUndefined(ctx);
}

static JSValueRef watcher_has_ref_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  watcher_t *w = this_watcher(ctx, this_obj);
  return JSValueMakeBoolean(ctx, w != NULL && w->started && uv_has_ref(&w->h.handle));
}

static JSClassRef make_watcher_class(void) {
  static const JSStaticFunction functions[] = {
      {"start", watcher_start_cb, kJSPropertyAttributeDontEnum},
      {"close", watcher_close_method_cb, kJSPropertyAttributeDontEnum},
      {"ref", watcher_ref_cb, kJSPropertyAttributeDontEnum},
      {"unref", watcher_unref_cb, kJSPropertyAttributeDontEnum},
      {"hasRef", watcher_has_ref_cb, kJSPropertyAttributeDontEnum},
      {NULL, NULL, 0},
  };
  JSClassDefinition def = kJSClassDefinitionEmpty;
  def.className = "FSWatcherHandle";
  def.staticFunctions = functions;
  def.finalize = watcher_finalize;
  return JSClassCreate(&def);
}

/* The calls every program's start may make (the module loaders read, stat and resolve
 * files, the console writes to its descriptors) as a binding of their own: the whole fs
 * binding, ~55 functions, costs ~0.3M instructions to create, which a hello world need not
 * pay. internalBinding('fs') has the same functions too. */
static JSObjectRef make_core_binding(JSContextRef ctx) {
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  lode_js_set_function(ctx, b, "internalModuleStat", internal_module_stat_cb);
  lode_js_set_function(ctx, b, "readFileUtf8", read_file_utf8_cb);
  lode_js_set_function(ctx, b, "realpath", realpath_cb);
  lode_js_set_function(ctx, b, "writeString", write_string_cb);
  lode_js_set_function(ctx, b, "guessHandleType", guess_handle_type_cb);
  return b;
}

JSObjectRef lode_binding_fs_core(lode_runtime_t *rt) {
  return make_core_binding(rt->ctx);
}

JSObjectRef lode_binding_fs(lode_runtime_t *rt) {
  JSContextRef ctx = rt->ctx;
  JSObjectRef b = make_core_binding(ctx);
  lode_js_set_function(ctx, b, "writeBytes", write_bytes_cb);
#define FS_FUNCTION(name) lode_js_set_function(ctx, b, #name, fs_##name##_cb);
  FS_FUNCTION(access) FS_FUNCTION(open) FS_FUNCTION(stat) FS_FUNCTION(lstat) FS_FUNCTION(statfs)
  FS_FUNCTION(mkdir) FS_FUNCTION(rmdir) FS_FUNCTION(unlink) FS_FUNCTION(chmod) FS_FUNCTION(chown)
  FS_FUNCTION(lchown) FS_FUNCTION(utimes) FS_FUNCTION(lutimes) FS_FUNCTION(rename) FS_FUNCTION(link)
  FS_FUNCTION(symlink) FS_FUNCTION(copyFile) FS_FUNCTION(close) FS_FUNCTION(fstat) FS_FUNCTION(fsync)
  FS_FUNCTION(fdatasync) FS_FUNCTION(ftruncate) FS_FUNCTION(fchmod) FS_FUNCTION(fchown)
  FS_FUNCTION(futimes) FS_FUNCTION(readlink) FS_FUNCTION(mkdtemp) FS_FUNCTION(readdir)
  FS_FUNCTION(read) FS_FUNCTION(write) FS_FUNCTION(readv) FS_FUNCTION(writev)
#undef FS_FUNCTION
  lode_js_set_function(ctx, b, "setBufferPrototype", lode_set_buffer_prototype_cb);
  lode_js_set_function(ctx, b, "statBuffered", fs_stat_buffered_cb);
  lode_js_set_function(ctx, b, "lstatBuffered", fs_lstat_buffered_cb);
  lode_js_set_function(ctx, b, "realpathNative", fs_realpath_native_cb);
  lode_js_set_function(ctx, b, "writeUtf8", fs_write_utf8_cb);
  lode_js_set_function(ctx, b, "readChunk", fs_read_chunk_cb);
  lode_js_set_function(ctx, b, "writeChunk", fs_write_chunk_cb);
  lode_js_set_function(ctx, b, "readFile", fs_read_file_cb);
  lode_js_set_function(ctx, b, "writeFile", fs_write_file_cb);
  lode_js_set_function(ctx, b, "newWatcher", new_watcher_cb);
  if (watcher_class == NULL) {
    watcher_class = make_watcher_class();
    CHECK(uv_mutex_init(&watchers_lock) == 0);
    CHECK(uv_mutex_init(&chunks.lock) == 0);
  }
  if (shared_stat_array == NULL) {
    shared_stat_array = JSObjectMakeTypedArray(ctx, kJSTypedArrayTypeFloat64Array, STAT_FIELDS, NULL);
    lode_pin(rt, shared_stat_array);
    /* Taking the pointer pins the memory: it never moves afterwards. */
    shared_stat_values = JSObjectGetTypedArrayBytesPtr(ctx, shared_stat_array, NULL);
    path_buffer = calloc(1, PATH_BUFFER_SIZE + 1);
    CHECK(path_buffer != NULL);
    path_buffer_array = JSObjectMakeTypedArrayWithBytesNoCopy(
        ctx, kJSTypedArrayTypeUint8Array, path_buffer, PATH_BUFFER_SIZE, NULL, NULL, NULL);
    CHECK(path_buffer_array != NULL);
    lode_pin(rt, path_buffer_array);
  }
  lode_js_set(ctx, b, "statValues", shared_stat_array);
  lode_js_set(ctx, b, "pathBuffer", path_buffer_array);
  return b;
}
