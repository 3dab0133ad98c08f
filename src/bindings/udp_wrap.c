/* UDP sockets for node:dgram: one uv_udp_t per wrapper object of class UDPHandle.
 *
 * Lifecycle (DESIGN.md "Handles and memory"): create(family) makes the wrapper and a struct in
 * state NEW, with no libuv handle yet, so a socket that is never bound holds nothing the loop
 * must close. bind() initializes the handle (OPEN) and pins the wrapper until libuv's close
 * callback (CLOSED): an open socket is therefore never collected, and the finalizer only ever
 * frees a NEW or CLOSED struct, or marks one the teardown is closing.
 *
 * Datagrams reach `handle.onmessage(bytes, address, port, family)` once each (bytes a
 * Uint8Array with the prototype given to setBufferPrototype, family 4 or 6); a receive error
 * reaches `onmessage(negativeCode)`. An asynchronous send calls `req.oncomplete(status, bytes)`. */
#include <stdlib.h>
#include <string.h>

#include "index.h"

enum { UDP_NEW, UDP_OPEN, UDP_CLOSING, UDP_CLOSED };

typedef struct udp_s {
  uv_udp_t h;
  int state;
  int family; /* 4 or 6 */
  bool finalized;
  JSObjectRef obj;
  struct udp_s *prev, *next; /* every struct not yet freed, for teardown */
} udp_t;

typedef struct send_req_s {
  uv_udp_send_t req;
  JSObjectRef obj; /* the request object, pinned until completion */
  size_t bytes;
  char data[]; /* a copy of the datagram */
} send_req_t;

static JSClassRef udp_class;
static udp_t *all_udp;
static uv_mutex_t udp_lock;
static bool tearing_down;
static char recv_slab[65536]; /* the loop thread's receive buffer: datagrams are copied out */

static void udp_unlink_free(udp_t *u) {
  uv_mutex_lock(&udp_lock);
  if (u->prev != NULL) u->prev->next = u->next;
  else all_udp = u->next;
  if (u->next != NULL) u->next->prev = u->prev;
  uv_mutex_unlock(&udp_lock);
  free(u);
}

static void udp_close_cb(uv_handle_t *handle) {
  udp_t *u = (udp_t *)handle;
  lode_runtime_t *rt = lode_runtime();
  uv_mutex_lock(&udp_lock);
  u->state = UDP_CLOSED;
  bool gone = u->finalized;
  uv_mutex_unlock(&udp_lock);
  if (gone) {
    udp_unlink_free(u);
    return;
  }
  lode_unpin(rt, u->obj);
}

/* Runs on any thread: frees a struct without a handle, else marks it for the close callback. */
static void udp_finalize(JSObjectRef obj) {
  udp_t *u = JSObjectGetPrivate(obj);
  if (u == NULL) return;
  uv_mutex_lock(&udp_lock);
  u->finalized = true;
  bool idle = u->state == UDP_NEW || u->state == UDP_CLOSED;
  uv_mutex_unlock(&udp_lock);
  if (idle) udp_unlink_free(u);
}

static udp_t *this_udp(JSContextRef ctx, JSObjectRef this_obj) {
  if (this_obj == NULL || !JSValueIsObjectOfClass(ctx, this_obj, udp_class)) return NULL;
  return JSObjectGetPrivate(this_obj);
}

/* The open socket behind this_obj, or NULL after throwing (not a handle) or with *err set to
 * the code to return (not bound yet, or closed). */
static udp_t *open_udp(JSContextRef ctx, JSObjectRef this_obj, int *err, JSValueRef *exc) {
  udp_t *u = this_udp(ctx, this_obj);
  if (u == NULL) {
    lode_js_throw(ctx, exc, "TypeError", "ERR_INVALID_THIS", "Illegal invocation");
    *err = 0;
    return NULL;
  }
  if (u->state != UDP_OPEN) {
    *err = UV_EBADF;
    return NULL;
  }
  return u;
}

#define OPEN_UDP_OR_RETURN(u)                                                                      \
  int err_ = 0;                                                                                    \
  udp_t *u = open_udp(ctx, this_obj, &err_, exc);                                                  \
  if (u == NULL) return err_ != 0 ? JSValueMakeNumber(ctx, err_) : NULL

static double arg_number(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i) {
  if (i >= argc || !JSValueIsNumber(ctx, argv[i])) return 0;
  return JSValueToNumber(ctx, argv[i], NULL);
}

static bool arg_truthy(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i) {
  return i < argc && JSValueToBoolean(ctx, argv[i]);
}

/* A string argument as malloc'd UTF-8, or NULL if absent or not a string. */
static char *arg_cstr(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i) {
  if (i >= argc || !JSValueIsString(ctx, argv[i])) return NULL;
  return lode_js_value_to_utf8(ctx, argv[i], NULL, NULL);
}

/* Fills addr from an IP string and port for the socket's family; returns 0 or UV_EINVAL. */
static int make_addr(udp_t *u, const char *ip, double port, struct sockaddr_storage *addr) {
  if (ip == NULL || port < 0 || port > 65535 || port != (int)port) return UV_EINVAL;
  if (u->family == 6) return uv_ip6_addr(ip, (int)port, (struct sockaddr_in6 *)addr);
  return uv_ip4_addr(ip, (int)port, (struct sockaddr_in *)addr);
}

/* create(family) → a new socket wrapper (family 4 or 6). */
static JSValueRef create_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  udp_t *u = calloc(1, sizeof *u);
  CHECK(u != NULL);
  u->family = arg_number(ctx, argc, argv, 0) == 6 ? 6 : 4;
  u->state = UDP_NEW;
  u->obj = JSObjectMake(ctx, udp_class, u);
  uv_mutex_lock(&udp_lock);
  u->next = all_udp;
  if (all_udp != NULL) all_udp->prev = u;
  all_udp = u;
  uv_mutex_unlock(&udp_lock);
  return u->obj;
}

/* bind(address, port, flags) → 0 or a negative libuv code. flags are UV_UDP_IPV6ONLY and
 * UV_UDP_REUSEADDR. The first bind creates the socket. */
static JSValueRef bind_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  udp_t *u = this_udp(ctx, this_obj);
  if (u == NULL) return lode_js_throw(ctx, exc, "TypeError", "ERR_INVALID_THIS", "Illegal invocation");
  if (u->state == UDP_CLOSING || u->state == UDP_CLOSED) return JSValueMakeNumber(ctx, UV_EBADF);
  char *ip = arg_cstr(ctx, argc, argv, 0);
  struct sockaddr_storage addr;
  int r = make_addr(u, ip, arg_number(ctx, argc, argv, 1), &addr);
  free(ip);
  if (r != 0) return JSValueMakeNumber(ctx, r);
  unsigned flags = (unsigned)arg_number(ctx, argc, argv, 2) & (UV_UDP_IPV6ONLY | UV_UDP_REUSEADDR);
  if (u->state == UDP_NEW) {
    lode_runtime_t *rt = lode_runtime();
    r = uv_udp_init_ex(rt->loop, &u->h, u->family == 6 ? AF_INET6 : AF_INET);
    if (r != 0) return JSValueMakeNumber(ctx, r);
    u->state = UDP_OPEN;
    lode_pin(rt, u->obj);
  }
  r = uv_udp_bind(&u->h, (const struct sockaddr *)&addr, flags);
  return JSValueMakeNumber(ctx, r);
}

/* connect(address, port) → 0 or a negative libuv code. */
static JSValueRef connect_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  OPEN_UDP_OR_RETURN(u);
  char *ip = arg_cstr(ctx, argc, argv, 0);
  struct sockaddr_storage addr;
  int r = make_addr(u, ip, arg_number(ctx, argc, argv, 1), &addr);
  free(ip);
  if (r == 0) r = uv_udp_connect(&u->h, (const struct sockaddr *)&addr);
  return JSValueMakeNumber(ctx, r);
}

static JSValueRef disconnect_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  OPEN_UDP_OR_RETURN(u);
  return JSValueMakeNumber(ctx, uv_udp_connect(&u->h, NULL));
}

static void on_send_cb(uv_udp_send_t *req, int status) {
  send_req_t *s = (send_req_t *)req;
  lode_runtime_t *rt = lode_runtime();
  if (!tearing_down) {
    JSContextRef ctx = rt->ctx;
    JSValueRef oncomplete = lode_js_get(ctx, s->obj, "oncomplete");
    if (JSValueIsObject(ctx, oncomplete)) {
      JSValueRef args[2] = {JSValueMakeNumber(ctx, status),
                            JSValueMakeNumber(ctx, status == 0 ? (double)s->bytes : 0)};
      lode_make_callback(rt, (JSObjectRef)oncomplete, s->obj, 2, args);
    }
  }
  lode_unpin(rt, s->obj);
  free(s);
}

#define MAX_SEND_BUFS 64

/* send(req, data, port, address) sends one datagram made of data (a typed array, or an array
 * of them) to address:port, or to the connected peer when port is absent. Returns the number
 * of bytes when the datagram left at once, true when it was queued (req.oncomplete(status,
 * bytes) follows), or a negative libuv code. */
static JSValueRef send_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  OPEN_UDP_OR_RETURN(u);
  if (argc < 2 || !JSValueIsObject(ctx, argv[0])) return JSValueMakeNumber(ctx, UV_EINVAL);
  uv_buf_t bufs[MAX_SEND_BUFS];
  unsigned nbufs = 0;
  if (lode_view_buf(ctx, argv[1], &bufs[0])) {
    nbufs = 1;
  } else if (JSValueIsArray(ctx, argv[1])) {
    JSObjectRef list = (JSObjectRef)argv[1];
    double n = JSValueToNumber(ctx, lode_js_get(ctx, list, "length"), NULL);
    if (!(n >= 0 && n <= MAX_SEND_BUFS)) return JSValueMakeNumber(ctx, UV_ENOBUFS);
    for (nbufs = 0; nbufs < (unsigned)n; nbufs++) {
      JSValueRef item = JSObjectGetPropertyAtIndex(ctx, list, nbufs, NULL);
      if (!lode_view_buf(ctx, item, &bufs[nbufs])) return JSValueMakeNumber(ctx, UV_EINVAL);
    }
  } else {
    return JSValueMakeNumber(ctx, UV_EINVAL);
  }
  struct sockaddr_storage addr;
  const struct sockaddr *to = NULL;
  if (argc > 2 && !JSValueIsUndefined(ctx, argv[2])) {
    char *ip = arg_cstr(ctx, argc, argv, 3);
    int r = make_addr(u, ip, arg_number(ctx, argc, argv, 2), &addr);
    free(ip);
    if (r != 0) return JSValueMakeNumber(ctx, r);
    to = (const struct sockaddr *)&addr;
  }
  size_t total = 0;
  for (unsigned i = 0; i < nbufs; i++) total += bufs[i].len;
  /* Most datagrams leave at once; only a full socket buffer makes us copy and wait. */
  int r = uv_udp_try_send(&u->h, bufs, nbufs, to);
  if (r >= 0) return JSValueMakeNumber(ctx, (double)total);
  if (r != UV_EAGAIN) return JSValueMakeNumber(ctx, r);
  send_req_t *s = malloc(sizeof *s + (total > 0 ? total : 1));
  CHECK(s != NULL);
  size_t off = 0;
  for (unsigned i = 0; i < nbufs; i++) {
    memcpy(s->data + off, bufs[i].base, bufs[i].len);
    off += bufs[i].len;
  }
  s->bytes = total;
  s->obj = (JSObjectRef)argv[0];
  uv_buf_t one = uv_buf_init(s->data, (unsigned)total);
  r = uv_udp_send(&s->req, &u->h, &one, 1, to, on_send_cb);
  if (r != 0) {
    free(s);
    return JSValueMakeNumber(ctx, r);
  }
  lode_pin(lode_runtime(), s->obj);
  return JSValueMakeBoolean(ctx, true);
}

static void alloc_cb(uv_handle_t *handle, size_t suggested, uv_buf_t *buf) {
  (void)handle;
  (void)suggested;
  buf->base = recv_slab;
  buf->len = sizeof recv_slab;
}

static void free_bytes_cb(void *bytes, void *ctx) {
  (void)ctx;
  free(bytes);
}

/* Returns the textual form of addr and its family (4 or 6). */
static int addr_name(const struct sockaddr *addr, char *out, size_t size, int *port) {
  if (addr->sa_family == AF_INET6) {
    const struct sockaddr_in6 *a6 = (const struct sockaddr_in6 *)addr;
    uv_ip6_name(a6, out, size);
    *port = ntohs(a6->sin6_port);
    return 6;
  }
  const struct sockaddr_in *a4 = (const struct sockaddr_in *)addr;
  uv_ip4_name(a4, out, size);
  *port = ntohs(a4->sin_port);
  return 4;
}

static void on_recv_cb(uv_udp_t *handle, ssize_t nread, const uv_buf_t *buf,
                       const struct sockaddr *addr, unsigned flags) {
  (void)flags;
  udp_t *u = (udp_t *)handle;
  /* nread 0 without an address means "nothing more to read now". */
  if (u->state != UDP_OPEN || (nread == 0 && addr == NULL)) return;
  lode_runtime_t *rt = lode_runtime();
  JSContextRef ctx = rt->ctx;
  /* No JSLock around the call: the trampoline must release the outermost lock itself, or the
   * microtasks the callback queues drain after its nextTick/rejection processing, unseen. */
  JSValueRef onmessage = lode_js_get(ctx, u->obj, "onmessage");
  if (JSValueIsObject(ctx, onmessage)) {
    if (nread < 0) {
      JSValueRef arg = JSValueMakeNumber(ctx, (double)nread);
      lode_make_callback(rt, (JSObjectRef)onmessage, u->obj, 1, &arg);
    } else {
      char *bytes = malloc(nread > 0 ? (size_t)nread : 1);
      CHECK(bytes != NULL);
      memcpy(bytes, buf->base, (size_t)nread);
      char name[INET6_ADDRSTRLEN];
      int port = 0;
      int family = addr_name(addr, name, sizeof name, &port);
      JSValueRef args[4];
      JSObjectRef data = JSObjectMakeTypedArrayWithBytesNoCopy(
          ctx, kJSTypedArrayTypeUint8Array, bytes, (size_t)nread, free_bytes_cb, NULL, NULL);
      lode_as_buffer(lode_runtime(), ctx, data);
      args[0] = data;
      args[1] = lode_js_value_from_cstr(ctx, name);
      args[2] = JSValueMakeNumber(ctx, port);
      args[3] = JSValueMakeNumber(ctx, family);
      lode_make_callback(rt, (JSObjectRef)onmessage, u->obj, 4, args);
    }
  }
}

static JSValueRef recv_start_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  OPEN_UDP_OR_RETURN(u);
  int r = uv_udp_recv_start(&u->h, alloc_cb, on_recv_cb);
  return JSValueMakeNumber(ctx, r == UV_EALREADY ? 0 : r);
}

static JSValueRef recv_stop_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  OPEN_UDP_OR_RETURN(u);
  return JSValueMakeNumber(ctx, uv_udp_recv_stop(&u->h));
}

/* getsockname() / getpeername() → [address, port, family] or a negative libuv code. */
static JSValueRef name_result(JSContextRef ctx, int r, const struct sockaddr_storage *addr) {
  if (r != 0) return JSValueMakeNumber(ctx, r);
  char name[INET6_ADDRSTRLEN];
  int port = 0;
  int family = addr_name((const struct sockaddr *)addr, name, sizeof name, &port);
  JSObjectRef out = lode_js_array(ctx, 0, NULL);
  JSObjectSetPropertyAtIndex(ctx, out, 0, lode_js_value_from_cstr(ctx, name), NULL);
  JSObjectSetPropertyAtIndex(ctx, out, 1, JSValueMakeNumber(ctx, port), NULL);
  JSObjectSetPropertyAtIndex(ctx, out, 2, JSValueMakeNumber(ctx, family), NULL);
  return out;
}

static JSValueRef getsockname_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  OPEN_UDP_OR_RETURN(u);
  struct sockaddr_storage addr;
  int len = sizeof addr;
  return name_result(ctx, uv_udp_getsockname(&u->h, (struct sockaddr *)&addr, &len), &addr);
}

static JSValueRef getpeername_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  OPEN_UDP_OR_RETURN(u);
  struct sockaddr_storage addr;
  int len = sizeof addr;
  return name_result(ctx, uv_udp_getpeername(&u->h, (struct sockaddr *)&addr, &len), &addr);
}

static JSValueRef set_broadcast_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  OPEN_UDP_OR_RETURN(u);
  return JSValueMakeNumber(ctx, uv_udp_set_broadcast(&u->h, arg_truthy(ctx, argc, argv, 0)));
}

static JSValueRef set_ttl_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  OPEN_UDP_OR_RETURN(u);
  return JSValueMakeNumber(ctx, uv_udp_set_ttl(&u->h, (int)arg_number(ctx, argc, argv, 0)));
}

static JSValueRef set_multicast_ttl_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  OPEN_UDP_OR_RETURN(u);
  return JSValueMakeNumber(ctx,
                           uv_udp_set_multicast_ttl(&u->h, (int)arg_number(ctx, argc, argv, 0)));
}

static JSValueRef set_multicast_loopback_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  OPEN_UDP_OR_RETURN(u);
  return JSValueMakeNumber(ctx,
                           uv_udp_set_multicast_loop(&u->h, arg_truthy(ctx, argc, argv, 0)));
}

static JSValueRef set_multicast_interface_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  OPEN_UDP_OR_RETURN(u);
  char *iface = arg_cstr(ctx, argc, argv, 0);
  if (iface == NULL) return JSValueMakeNumber(ctx, UV_EINVAL);
  int r = uv_udp_set_multicast_interface(&u->h, iface);
  free(iface);
  return JSValueMakeNumber(ctx, r);
}

/* membership(group, interface, join) → 0 or a negative libuv code. */
static JSValueRef membership_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  OPEN_UDP_OR_RETURN(u);
  char *group = arg_cstr(ctx, argc, argv, 0);
  char *iface = arg_cstr(ctx, argc, argv, 1);
  int r = group == NULL ? UV_EINVAL
                        : uv_udp_set_membership(&u->h, group, iface,
                                                arg_truthy(ctx, argc, argv, 2) ? UV_JOIN_GROUP
                                                                               : UV_LEAVE_GROUP);
  free(group);
  free(iface);
  return JSValueMakeNumber(ctx, r);
}

/* sourceMembership(source, group, interface, join) → 0 or a negative libuv code. */
static JSValueRef source_membership_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  OPEN_UDP_OR_RETURN(u);
  char *source = arg_cstr(ctx, argc, argv, 0);
  char *group = arg_cstr(ctx, argc, argv, 1);
  char *iface = arg_cstr(ctx, argc, argv, 2);
  int r = UV_EINVAL;
  if (source != NULL && group != NULL)
    r = uv_udp_set_source_membership(&u->h, group, iface, source,
                                     arg_truthy(ctx, argc, argv, 3) ? UV_JOIN_GROUP
                                                                    : UV_LEAVE_GROUP);
  free(source);
  free(group);
  free(iface);
  return JSValueMakeNumber(ctx, r);
}

/* bufferSize(size, recv) → the socket's buffer size (size 0 reads it, otherwise sets it
 * first), or a negative libuv code. */
static JSValueRef buffer_size_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  OPEN_UDP_OR_RETURN(u);
  double size = arg_number(ctx, argc, argv, 0);
  if (!(size >= 0 && size <= 2147483647.0)) return JSValueMakeNumber(ctx, UV_EINVAL);
  int value = (int)size;
  bool recv = arg_truthy(ctx, argc, argv, 1);
  int r = recv ? uv_recv_buffer_size((uv_handle_t *)&u->h, &value)
               : uv_send_buffer_size((uv_handle_t *)&u->h, &value);
  if (r == 0 && size > 0) {
    value = 0;
    r = recv ? uv_recv_buffer_size((uv_handle_t *)&u->h, &value)
             : uv_send_buffer_size((uv_handle_t *)&u->h, &value);
  }
  return JSValueMakeNumber(ctx, r != 0 ? r : value);
}

static JSValueRef send_queue_size_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  udp_t *u = this_udp(ctx, this_obj);
  bool open = u != NULL && u->state == UDP_OPEN;
  return JSValueMakeNumber(ctx, open ? (double)uv_udp_get_send_queue_size(&u->h) : 0);
}

static JSValueRef send_queue_count_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  udp_t *u = this_udp(ctx, this_obj);
  bool open = u != NULL && u->state == UDP_OPEN;
  return JSValueMakeNumber(ctx, open ? (double)uv_udp_get_send_queue_count(&u->h) : 0);
}

static JSValueRef ref_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  udp_t *u = this_udp(ctx, this_obj);
  if (u != NULL && u->state == UDP_OPEN) uv_ref((uv_handle_t *)&u->h);
  return JSValueMakeUndefined(ctx);
}

static JSValueRef unref_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  udp_t *u = this_udp(ctx, this_obj);
  if (u != NULL && u->state == UDP_OPEN) uv_unref((uv_handle_t *)&u->h);
  return JSValueMakeUndefined(ctx);
}

static JSValueRef has_ref_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  udp_t *u = this_udp(ctx, this_obj);
  bool open = u != NULL && u->state == UDP_OPEN;
  return JSValueMakeBoolean(ctx, open && uv_has_ref((uv_handle_t *)&u->h));
}

static void udp_close(udp_t *u) {
  if (u->state == UDP_NEW) {
    u->state = UDP_CLOSED;
  } else if (u->state == UDP_OPEN) {
    u->state = UDP_CLOSING;
    uv_close((uv_handle_t *)&u->h, udp_close_cb);
  }
}

/* close() is idempotent; pending sends complete with UV_ECANCELED. */
static JSValueRef close_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  udp_t *u = this_udp(ctx, this_obj);
  if (u != NULL) udp_close(u);
  return JSValueMakeUndefined(ctx);
}

static JSClassRef make_udp_class(void) {
  static const JSStaticFunction functions[] = {
      {"bind", bind_cb, kJSPropertyAttributeDontEnum},
      {"connect", connect_cb, kJSPropertyAttributeDontEnum},
      {"disconnect", disconnect_cb, kJSPropertyAttributeDontEnum},
      {"send", send_cb, kJSPropertyAttributeDontEnum},
      {"recvStart", recv_start_cb, kJSPropertyAttributeDontEnum},
      {"recvStop", recv_stop_cb, kJSPropertyAttributeDontEnum},
      {"getsockname", getsockname_cb, kJSPropertyAttributeDontEnum},
      {"getpeername", getpeername_cb, kJSPropertyAttributeDontEnum},
      {"setBroadcast", set_broadcast_cb, kJSPropertyAttributeDontEnum},
      {"setTTL", set_ttl_cb, kJSPropertyAttributeDontEnum},
      {"setMulticastTTL", set_multicast_ttl_cb, kJSPropertyAttributeDontEnum},
      {"setMulticastLoopback", set_multicast_loopback_cb, kJSPropertyAttributeDontEnum},
      {"setMulticastInterface", set_multicast_interface_cb, kJSPropertyAttributeDontEnum},
      {"membership", membership_cb, kJSPropertyAttributeDontEnum},
      {"sourceMembership", source_membership_cb, kJSPropertyAttributeDontEnum},
      {"bufferSize", buffer_size_cb, kJSPropertyAttributeDontEnum},
      {"getSendQueueSize", send_queue_size_cb, kJSPropertyAttributeDontEnum},
      {"getSendQueueCount", send_queue_count_cb, kJSPropertyAttributeDontEnum},
      {"ref", ref_cb, kJSPropertyAttributeDontEnum},
      {"unref", unref_cb, kJSPropertyAttributeDontEnum},
      {"hasRef", has_ref_cb, kJSPropertyAttributeDontEnum},
      {"close", close_cb, kJSPropertyAttributeDontEnum},
      {NULL, NULL, 0},
  };
  JSClassDefinition def = kJSClassDefinitionEmpty;
  def.className = "UDPHandle";
  def.staticFunctions = functions;
  def.finalize = udp_finalize;
  return JSClassCreate(&def);
}

JSObjectRef lode_binding_udp_wrap(lode_runtime_t *rt) {
  JSContextRef ctx = rt->ctx;
  static bool initialized;
  if (!initialized) {
    CHECK(uv_mutex_init(&udp_lock) == 0);
    udp_class = make_udp_class();
    initialized = true;
  }
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  lode_js_set_function(ctx, b, "create", create_cb);
  lode_js_set_function(ctx, b, "setBufferPrototype", lode_set_buffer_prototype_cb);
  lode_js_set_number(ctx, b, "UV_UDP_IPV6ONLY", UV_UDP_IPV6ONLY);
  lode_js_set_number(ctx, b, "UV_UDP_REUSEADDR", UV_UDP_REUSEADDR);
  return b;
}

void lode_udp_teardown(lode_runtime_t *rt) {
  (void)rt;
  if (udp_class == NULL) return;
  tearing_down = true;
  /* Close callbacks run later (the runtime runs the loop once more), never during this walk;
   * the lock keeps a finalizer on another thread from unlinking a struct meanwhile. */
  uv_mutex_lock(&udp_lock);
  for (udp_t *u = all_udp; u != NULL; u = u->next) udp_close(u);
  uv_mutex_unlock(&udp_lock);
}
