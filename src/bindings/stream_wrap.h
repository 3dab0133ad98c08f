/* The shared part of the libuv stream handles (pipe_wrap, tty_wrap, later tcp_wrap): one struct
 * and one JS class whose methods read, write, shut down and close any uv_stream_t.
 *
 * Lifecycle (DESIGN.md "Handles and memory"): a wrapper object of a class derived from
 * lode__stream_class() owns one lode__stream_t through its private pointer. The struct is
 * OPEN from its uv_*_init until close(), CLOSING until libuv's close callback, which detaches
 * it from the wrapper (private pointer NULL) and frees it. While reading, closing or with a
 * request pending the wrapper is pinned. A wrapper collected while its handle is open (only
 * possible when idle) is closed later on the loop thread. */
#ifndef LODE_BINDINGS_STREAM_WRAP_H
#define LODE_BINDINGS_STREAM_WRAP_H

#include "index.h"

enum { LODE__HANDLE_OPEN, LODE__HANDLE_CLOSING, LODE__HANDLE_CLOSED };

/* The first member of every lode__stream_t: lode__stream_this recognizes a stream wrapper
 * from its private pointer alone (JSValueIsObjectOfClass costs ~200 instructions a call;
 * every other class's private data is a heap struct, so reading 8 bytes is safe). */
#define LODE__STREAM_MAGIC UINT64_C(0x4c6f646553747265)

typedef struct lode__stream_s {
  uint64_t magic;
  union {
    uv_handle_t handle;
    uv_stream_t stream;
    uv_pipe_t pipe;
    uv_tty_t tty;
    uv_tcp_t tcp;
  } h;
  int state;
  int active;     /* operations that pin the wrapper: reading, each pending request, closing */
  bool reading;   /* between readStart and readStop (or the end of the data) */
  bool listening; /* after a successful listen(), until close */
  bool finalized; /* the wrapper was collected; set by the finalizer under the queue lock */
  uint64_t bytes_read;
  /* A native consumer of what is read (the HTTP parser of a server connection): while
   * consume is set, every read goes to consume(s, bytes, n) instead of `onread`, which still
   * gets the end of the stream and errors. The bytes are the shared read slab, valid during
   * the call only (lode__stream_chunk makes a Buffer of them). detach_consumer runs when the
   * stream closes with a consumer attached, and must clear the three fields. */
  void (*consume)(struct lode__stream_s *s, char *bytes, size_t n);
  void (*detach_consumer)(struct lode__stream_s *s);
  void *consumer;
  JSObjectRef obj;
  /* The wrapper's `onread` function while reading (protected then, NULL otherwise): looked up
   * once per readStart instead of once per read, since any property lookup on a C API object
   * walks the class tables (~600 instructions). The `onread` setter keeps it current. */
  JSObjectRef onread;
  JSClassRef cls; /* the wrapper's class; accepted connections get the same */
  /* Small writes held back until the end of the current callback (TCP only; stream_wrap.c,
   * "holding writes"): the bytes, how many, the callback (write_epoch) in which the stream
   * last wrote straight to the socket, a failed flush's code still to be reported, and the
   * link in the list of streams with something held or to report. */
  char *held;
  size_t held_len, held_cap;
  uint64_t direct_epoch;
  int held_error;
  bool held_listed;
  bool held_to_phase_end; /* held by lode__stream_write_held: written when the loop phase ends */
  struct lode__stream_s *held_next;
  struct lode__stream_s *prev, *next; /* all structs not yet freed, for teardown */
  struct lode__stream_s *gc_next;     /* in the queue of collected open handles */
} lode__stream_t;

/* Returns the class every stream wrapper class names as its parentClass (created once). */
JSClassRef lode__stream_class(void);

/* Returns a zeroed struct to be initialized with a uv_*_init on the runtime's loop. The caller
 * then calls lode__stream_attach, or frees the struct with free() if the init failed. */
lode__stream_t *lode__stream_alloc(void);

/* Makes the wrapper of class cls (derived from lode__stream_class) for s, whose handle has
 * been initialized; from now on the wrapper owns s. Returns the wrapper. */
JSObjectRef lode__stream_attach(JSContextRef ctx, JSClassRef cls, lode__stream_t *s);

/* Returns a Buffer holding the n bytes read at bytes (the slab given to a consumer): a read
 * filling most of the slab takes it over, a smaller one is copied. NULL if out of memory. */
JSObjectRef lode__stream_chunk(JSContextRef ctx, char *bytes, size_t n);

/* Small reads (at most LODE__POOL_MAX_COPY bytes) are copied into a pool ArrayBuffer shared by
 * every reader (stream reads, HTTP bodies) and never rewritten: a full pool is replaced and
 * lives on while views of it do. A Buffer made in JS over it costs far less than a typed array
 * made through the C API (~2,000 instructions) plus its prototype change (~700). Returns the
 * pool holding a copy of the n bytes at bytes, with their offset in *off; NULL if out of memory.
 * Only making a new pool calls the engine (under its lock). */
enum { LODE__POOL_MAX_COPY = 4 * 1024 };
JSObjectRef lode__pool_copy(JSContextRef ctx, const char *bytes, size_t n, size_t *off);

/* Returns the open stream behind this_obj, or NULL if it is not a stream wrapper or is closed. */
lode__stream_t *lode__stream_this(JSContextRef ctx, JSObjectRef this_obj);

/* Checks that argv[0] (a request or result object, called name) is an object; else sets
 * *exc to Node's ERR_INVALID_ARG_TYPE and returns false. */
bool lode__arg_object(JSContextRef ctx, size_t argc, const JSValueRef argv[], const char *name,
                      JSValueRef *exc);

/* Starts listening (uv_listen) with up to backlog pending connections. Each connection is
 * accepted into a new wrapper of the server's class and handed to
 * `server.onconnection(0, client)`; a failure calls `onconnection(code)`. The server stays
 * pinned until closed. Returns 0 or a negative libuv code. */
int lode__stream_listen(lode__stream_t *s, int backlog);

/* A connect request: the caller passes &req->req to uv_tcp_connect / uv_pipe_connect with
 * lode__stream_after_connect_cb. When it completes, `req_obj.oncomplete(status, wrapper,
 * req_obj, readable, writable)` runs. */
typedef struct lode__connect_req_s {
  uv_connect_t req;
  lode__stream_t *s;
  JSObjectRef req_obj;
} lode__connect_req_t;

/* Returns a new request for s that pins req_obj and the wrapper until it completes. */
lode__connect_req_t *lode__connect_req_new(lode__stream_t *s, JSObjectRef req_obj);

/* Undoes lode__connect_req_new for a request libuv refused to start (frees it). */
void lode__connect_req_abort(lode__connect_req_t *c);

void lode__stream_after_connect_cb(uv_connect_t *req, int status);

/* Closes s (idempotent through the OPEN check of the callers); with reset, a TCP handle is
 * closed with RST (uv_tcp_close_reset). Returns 0 or a negative libuv code (then nothing
 * happened). */
int lode__stream_close(lode__stream_t *s, bool reset);
/* For a native consumer's own writes (the HTTP parser's responses): holds the n bytes at
 * bytes until the loop phase ends, with every other stream's (see stream_wrap.c, "holding
 * writes"), when libuv has nothing else queued for s; else writes what s holds and tries them
 * at once. Returns the bytes taken (n when held; 0 when the socket takes none now) or a
 * negative libuv code. A held write that fails later reaches JS as `onread(code, true)`. */
int lode__stream_write_held(lode__stream_t *s, const char *bytes, size_t n);

/* Remembers the file status flags of standard fd (0-2) the first time it gets a handle, so that
 * they are restored at exit (libuv makes descriptors non-blocking; a shell sharing them must
 * not inherit that). */
void lode__stdio_remember(int fd);

#endif
