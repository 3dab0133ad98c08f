/* Name resolution for node:dns.
 *
 * getaddrinfo/getnameinfo run on libuv's thread pool (dns.lookup, dns.lookupService) and call
 * `req.oncomplete(...)` when done.
 *
 * The resolver (dns.resolve*, Resolver) is c-ares. c-ares 1.18 (Debian's) has no event thread,
 * so each channel is driven by the loop: the sockets it opens are watched with uv_poll (its
 * sock_state_cb says which and for what), and one uv timer, shared by all channels, fires at
 * the earliest c-ares timeout. c-ares calls back from inside ares_process_fd, ares_query or
 * ares_cancel, sometimes with JavaScript on the stack; so its callbacks only queue the
 * outcome, and a uv_idle handle delivers the queue on the next loop turn, one outermost call
 * per query (Node defers the same way, with an immediate). A query's outcome reaches
 * `req.oncomplete(status, result)`: status 0 or an ARES_* code; result the raw DNS response
 * (a Uint8Array, parsed in lib/internal/dns) or, for getHostByAddr, the names joined by NUL.
 *
 * Channel lifetime: a ChannelWrap wrapper owns one channel. It is pinned while queries are in
 * flight. Its finalizer (any thread) only moves the struct to a list of dead channels, which
 * the loop thread destroys when the next channel is created or at teardown. */
#include <arpa/inet.h>
#include <netdb.h>
#include <stdlib.h>
#include <string.h>

#include "cares_lazy.h" /* c-ares, loaded on first use */
#include "index.h"

/* ------------------------------------------------------------------------------------------
 * getaddrinfo / getnameinfo */

typedef struct addrinfo_req_s {
  union {
    uv_getaddrinfo_t addrinfo;
    uv_getnameinfo_t nameinfo;
  } r;
  JSObjectRef obj; /* pinned until completion */
  int order;       /* 0 verbatim, 1 IPv4 first, 2 IPv6 first */
} addrinfo_req_t;

static bool tearing_down;

static void call_oncomplete(lode_runtime_t *rt, JSObjectRef req, size_t argc, JSValueRef *args) {
  JSValueRef oncomplete = lode_js_get(rt->ctx, req, "oncomplete");
  if (JSValueIsObject(rt->ctx, oncomplete))
    lode_make_callback(rt, (JSObjectRef)oncomplete, req, argc, args);
}

/* Appends the addresses of res of family (0: any) to out as NUL-separated text. */
static size_t append_addresses(const struct addrinfo *res, int family, char *out, size_t used,
                               size_t cap) {
  for (const struct addrinfo *ai = res; ai != NULL; ai = ai->ai_next) {
    if (family != 0 && ai->ai_family != family) continue;
    char name[INET6_ADDRSTRLEN];
    if (ai->ai_family == AF_INET)
      uv_ip4_name((const struct sockaddr_in *)ai->ai_addr, name, sizeof name);
    else if (ai->ai_family == AF_INET6)
      uv_ip6_name((const struct sockaddr_in6 *)ai->ai_addr, name, sizeof name);
    else continue;
    size_t n = strlen(name);
    if (used + n + 1 > cap) break;
    if (used > 0) out[used++] = '\0';
    memcpy(out + used, name, n);
    used += n;
  }
  return used;
}

static void after_getaddrinfo_cb(uv_getaddrinfo_t *r, int status, struct addrinfo *res) {
  addrinfo_req_t *q = (addrinfo_req_t *)r;
  lode_runtime_t *rt = lode_runtime();
  if (!tearing_down) {
    size_t cap = 0;
    for (struct addrinfo *ai = res; ai != NULL; ai = ai->ai_next) cap += INET6_ADDRSTRLEN + 1;
    char *text = malloc(cap + 1);
    CHECK(text != NULL);
    size_t used = 0;
    if (status == 0) {
      if (q->order == 1) {
        used = append_addresses(res, AF_INET, text, used, cap);
        used = append_addresses(res, AF_INET6, text, used, cap);
      } else if (q->order == 2) {
        used = append_addresses(res, AF_INET6, text, used, cap);
        used = append_addresses(res, AF_INET, text, used, cap);
      } else {
        used = append_addresses(res, 0, text, used, cap);
      }
    }
    JSContextRef ctx = rt->ctx;
    JSValueRef args[2] = {JSValueMakeNumber(ctx, status), lode_js_value_from_utf8(ctx, text, used)};
    call_oncomplete(rt, q->obj, 2, args);
    free(text);
  }
  uv_freeaddrinfo(res);
  lode_unpin(rt, q->obj);
  free(q);
}

/* getaddrinfo(req, hostname, family, flags, order) → 0 or a negative libuv code; later
 * req.oncomplete(status, addresses joined by NUL). family is 0, 4 or 6; flags are AI_*. */
static JSValueRef getaddrinfo_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  char *host;
  if (argc < 1 || !JSValueIsObject(ctx, argv[0]))
    return lode_js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE",
                         "The \"req\" argument must be an object");
  if (!lode_js_arg_string(ctx, argc, argv, 1, "hostname", &host, exc)) return NULL;
  int family = argc > 2 ? JSValueToInt32(ctx, argv[2], NULL) : 0;
  struct addrinfo hints = {0};
  hints.ai_family = family == 4 ? AF_INET : family == 6 ? AF_INET6 : AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM; /* one entry per address, not one per socket type */
  hints.ai_flags = argc > 3 ? JSValueToInt32(ctx, argv[3], NULL) & (AI_ADDRCONFIG | AI_V4MAPPED | AI_ALL) : 0;
  addrinfo_req_t *q = calloc(1, sizeof *q);
  CHECK(q != NULL);
  q->order = argc > 4 ? JSValueToInt32(ctx, argv[4], NULL) : 0;
  q->obj = (JSObjectRef)argv[0];
  lode_runtime_t *rt = lode_runtime();
  int r = uv_getaddrinfo(rt->loop, &q->r.addrinfo, after_getaddrinfo_cb, host, NULL, &hints);
  free(host);
  if (r != 0) {
    free(q);
    return JSValueMakeNumber(ctx, r);
  }
  lode_pin(rt, q->obj);
  return JSValueMakeNumber(ctx, 0);
}

static void after_getnameinfo_cb(uv_getnameinfo_t *r, int status, const char *hostname,
                                 const char *service) {
  addrinfo_req_t *q = (addrinfo_req_t *)r;
  lode_runtime_t *rt = lode_runtime();
  if (!tearing_down) {
    JSContextRef ctx = rt->ctx;
    JSValueRef args[3] = {JSValueMakeNumber(ctx, status), JSValueMakeUndefined(ctx),
                          JSValueMakeUndefined(ctx)};
    if (status == 0) {
      args[1] = lode_js_value_from_cstr(ctx, hostname);
      args[2] = lode_js_value_from_cstr(ctx, service);
    }
    call_oncomplete(rt, q->obj, 3, args);
  }
  lode_unpin(rt, q->obj);
  free(q);
}

/* getnameinfo(req, address, port) → 0 or a negative libuv code; later
 * req.oncomplete(status, hostname, service). */
static JSValueRef getnameinfo_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  char *ip;
  if (argc < 1 || !JSValueIsObject(ctx, argv[0]))
    return lode_js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE",
                         "The \"req\" argument must be an object");
  if (!lode_js_arg_string(ctx, argc, argv, 1, "address", &ip, exc)) return NULL;
  double port = argc > 2 && JSValueIsNumber(ctx, argv[2]) ? JSValueToNumber(ctx, argv[2], NULL) : 0;
  if (!(port >= 0 && port <= 65535)) port = 0;
  struct sockaddr_storage addr;
  int r = uv_ip4_addr(ip, (int)port, (struct sockaddr_in *)&addr);
  if (r != 0) r = uv_ip6_addr(ip, (int)port, (struct sockaddr_in6 *)&addr);
  free(ip);
  if (r != 0) return JSValueMakeNumber(ctx, r);
  addrinfo_req_t *q = calloc(1, sizeof *q);
  CHECK(q != NULL);
  q->obj = (JSObjectRef)argv[0];
  lode_runtime_t *rt = lode_runtime();
  r = uv_getnameinfo(rt->loop, &q->r.nameinfo, after_getnameinfo_cb,
                     (const struct sockaddr *)&addr, NI_NAMEREQD);
  if (r != 0) {
    free(q);
    return JSValueMakeNumber(ctx, r);
  }
  lode_pin(rt, q->obj);
  return JSValueMakeNumber(ctx, 0);
}

/* ------------------------------------------------------------------------------------------
 * c-ares channels */

typedef struct channel_s channel_t;

typedef struct poll_s {
  uv_poll_t h;
  ares_socket_t fd;
  channel_t *ch;
  struct poll_s *next;
} poll_t;

struct channel_s {
  ares_channel ares;
  JSObjectRef obj;
  int pending;    /* queries in flight; the wrapper is pinned while > 0 */
  bool finalized; /* set by the finalizer, under channels_lock */
  poll_t *polls;
  channel_t *next; /* in live_channels or dead_channels */
};

enum { QUERY_RAW, QUERY_HOST };

/* A query in flight, then (when c-ares has answered) an outcome waiting in the done queue. */
typedef struct query_s {
  channel_t *ch;
  JSObjectRef obj; /* the request object, pinned until its outcome is delivered */
  int kind;
  int status;
  char *data; /* the response (QUERY_RAW) or the names joined by NUL (QUERY_HOST) */
  size_t len;
  struct query_s *next;
} query_t;

static JSClassRef channel_class;
static channel_t *live_channels, *dead_channels;
static uv_mutex_t channels_lock;
static uv_timer_t ares_timer;
static uv_idle_t done_idle;
static bool handles_ready;
static query_t *done_head, *done_tail;

static void deliver_done_cb(uv_idle_t *idle);
static void ares_timer_cb(uv_timer_t *timer);

/* Sets the shared timer to the earliest timeout of any busy channel, or stops it. */
static void update_timer(void) {
  struct timeval best = {0, 0};
  bool any = false;
  uv_mutex_lock(&channels_lock);
  for (channel_t *ch = live_channels; ch != NULL; ch = ch->next) {
    if (ch->pending == 0) continue;
    struct timeval tv;
    if (ares_timeout(ch->ares, NULL, &tv) == NULL) continue;
    if (!any || tv.tv_sec < best.tv_sec || (tv.tv_sec == best.tv_sec && tv.tv_usec < best.tv_usec))
      best = tv;
    any = true;
  }
  uv_mutex_unlock(&channels_lock);
  if (!any) {
    uv_timer_stop(&ares_timer);
    return;
  }
  uint64_t ms = (uint64_t)best.tv_sec * 1000 + (uint64_t)(best.tv_usec + 999) / 1000;
  uv_timer_start(&ares_timer, ares_timer_cb, ms > 0 ? ms : 1, 0);
}

static void ares_timer_cb(uv_timer_t *timer) {
  (void)timer;
  /* The lock keeps a finalizer from unlinking a channel meanwhile; c-ares's callbacks only
   * queue outcomes, so no JavaScript runs under it. */
  uv_mutex_lock(&channels_lock);
  for (channel_t *ch = live_channels; ch != NULL; ch = ch->next)
    if (ch->pending > 0) ares_process_fd(ch->ares, ARES_SOCKET_BAD, ARES_SOCKET_BAD);
  uv_mutex_unlock(&channels_lock);
  update_timer();
}

static void poll_cb(uv_poll_t *handle, int status, int events) {
  poll_t *p = (poll_t *)handle;
  channel_t *ch = p->ch;
  ares_socket_t fd = p->fd;
  /* On a poll error let c-ares try both directions and find the failure itself. */
  if (status < 0) events = UV_READABLE | UV_WRITABLE;
  ares_process_fd(ch->ares, (events & UV_READABLE) ? fd : ARES_SOCKET_BAD,
                  (events & UV_WRITABLE) ? fd : ARES_SOCKET_BAD);
  update_timer();
}

static void poll_close_cb(uv_handle_t *handle) {
  free(handle);
}

static void sock_state_cb(void *data, ares_socket_t fd, int readable, int writable) {
  channel_t *ch = data;
  poll_t **link = &ch->polls;
  while (*link != NULL && (*link)->fd != fd) link = &(*link)->next;
  poll_t *p = *link;
  if (!readable && !writable) {
    if (p != NULL) {
      *link = p->next;
      uv_close((uv_handle_t *)&p->h, poll_close_cb);
    }
    return;
  }
  if (p == NULL) {
    p = calloc(1, sizeof *p);
    CHECK(p != NULL);
    p->fd = fd;
    p->ch = ch;
    if (uv_poll_init_socket(lode_runtime()->loop, &p->h, fd) != 0) {
      free(p);
      return;
    }
    p->next = ch->polls;
    ch->polls = p;
  }
  uv_poll_start(&p->h, (readable ? UV_READABLE : 0) | (writable ? UV_WRITABLE : 0), poll_cb);
}

/* Queues q's outcome for delivery on the next loop turn. */
static void finish_query(query_t *q, int status) {
  q->status = status;
  channel_t *ch = q->ch;
  if (--ch->pending == 0 && !tearing_down) lode_unpin(lode_runtime(), ch->obj);
  q->next = NULL;
  if (done_tail != NULL) done_tail->next = q;
  else done_head = q;
  done_tail = q;
  if (!tearing_down) uv_idle_start(&done_idle, deliver_done_cb);
}

static void on_raw_answer_cb(void *arg, int status, int timeouts, unsigned char *abuf, int alen) {
  (void)timeouts;
  query_t *q = arg;
  if (abuf != NULL && alen > 0) {
    q->data = malloc((size_t)alen);
    CHECK(q->data != NULL);
    memcpy(q->data, abuf, (size_t)alen);
    q->len = (size_t)alen;
  }
  finish_query(q, status);
}

static void on_host_answer_cb(void *arg, int status, int timeouts, struct hostent *host) {
  (void)timeouts;
  query_t *q = arg;
  if (status == ARES_SUCCESS && host != NULL) {
    size_t cap = strlen(host->h_name) + 1;
    for (char **a = host->h_aliases; a != NULL && *a != NULL; a++) cap += strlen(*a) + 1;
    q->data = malloc(cap);
    CHECK(q->data != NULL);
    size_t used = strlen(host->h_name);
    memcpy(q->data, host->h_name, used);
    for (char **a = host->h_aliases; a != NULL && *a != NULL; a++) {
      q->data[used++] = '\0';
      size_t n = strlen(*a);
      memcpy(q->data + used, *a, n);
      used += n;
    }
    q->len = used;
  }
  finish_query(q, status);
}

static void free_bytes_cb(void *bytes, void *ctx) {
  (void)ctx;
  free(bytes);
}

static void deliver_done_cb(uv_idle_t *idle) {
  lode_runtime_t *rt = lode_runtime();
  JSContextRef ctx = rt->ctx;
  /* Outcomes queued while these run wait for the next turn. */
  query_t *q = done_head;
  done_head = done_tail = NULL;
  uv_idle_stop(idle);
  while (q != NULL) {
    query_t *next = q->next;
    JSValueRef args[2] = {JSValueMakeNumber(ctx, q->status), JSValueMakeUndefined(ctx)};
    if (q->kind == QUERY_HOST) {
      if (q->data != NULL) args[1] = lode_js_value_from_utf8(ctx, q->data, q->len);
      free(q->data);
    } else if (q->data != NULL) {
      args[1] = JSObjectMakeTypedArrayWithBytesNoCopy(ctx, kJSTypedArrayTypeUint8Array, q->data,
                                                      q->len, free_bytes_cb, NULL, NULL);
    }
    call_oncomplete(rt, q->obj, 2, args);
    lode_unpin(rt, q->obj);
    free(q);
    q = next;
  }
}

/* Destroys a channel nothing refers to any more (loop thread). ares_destroy ends any query
 * still in flight (ARES_EDESTRUCTION) and closes its sockets, which closes the polls. */
static void channel_destroy(channel_t *ch) {
  if (ch->ares != NULL) ares_destroy(ch->ares);
  ch->ares = NULL;
}

static void drain_dead_channels(void) {
  uv_mutex_lock(&channels_lock);
  channel_t *dead = dead_channels;
  dead_channels = NULL;
  uv_mutex_unlock(&channels_lock);
  while (dead != NULL) {
    channel_t *next = dead->next;
    channel_destroy(dead);
    free(dead);
    dead = next;
  }
}

/* Runs on any thread: moves the struct from the live list to the dead list. */
static void channel_finalize(JSObjectRef obj) {
  channel_t *ch = JSObjectGetPrivate(obj);
  if (ch == NULL) return;
  uv_mutex_lock(&channels_lock);
  for (channel_t **link = &live_channels; *link != NULL; link = &(*link)->next) {
    if (*link == ch) {
      *link = ch->next;
      break;
    }
  }
  ch->finalized = true;
  ch->next = dead_channels;
  dead_channels = ch;
  uv_mutex_unlock(&channels_lock);
}

static channel_t *this_channel(JSContextRef ctx, JSObjectRef this_obj, JSValueRef *exc) {
  channel_t *ch = NULL;
  if (this_obj != NULL && JSValueIsObjectOfClass(ctx, this_obj, channel_class))
    ch = JSObjectGetPrivate(this_obj);
  if (ch == NULL || ch->ares == NULL)
    lode_js_throw(ctx, exc, "TypeError", "ERR_INVALID_THIS", "Illegal invocation");
  return ch;
}

static void ensure_handles(lode_runtime_t *rt) {
  if (handles_ready) return;
  uv_timer_init(rt->loop, &ares_timer);
  uv_idle_init(rt->loop, &done_idle);
  handles_ready = true;
}

/* createChannel(timeoutMs, tries) → a ChannelWrap; timeoutMs -1 keeps c-ares's default. */
static JSValueRef create_channel_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  lode_runtime_t *rt = lode_runtime();
  drain_dead_channels();
  ensure_handles(rt);
  channel_t *ch = calloc(1, sizeof *ch);
  CHECK(ch != NULL);
  struct ares_options options;
  memset(&options, 0, sizeof options);
  int mask = ARES_OPT_FLAGS | ARES_OPT_SOCK_STATE_CB;
  options.flags = ARES_FLAG_NOCHECKRESP;
  options.sock_state_cb = sock_state_cb;
  options.sock_state_cb_data = ch;
  double timeout = argc > 0 && JSValueIsNumber(ctx, argv[0]) ? JSValueToNumber(ctx, argv[0], NULL) : -1;
  if (timeout >= 0 && timeout <= 2147483647.0) {
    options.timeout = (int)timeout;
    mask |= ARES_OPT_TIMEOUTMS;
  }
  double tries = argc > 1 && JSValueIsNumber(ctx, argv[1]) ? JSValueToNumber(ctx, argv[1], NULL) : 4;
  if (tries >= 1 && tries <= 2147483647.0) {
    options.tries = (int)tries;
    mask |= ARES_OPT_TRIES;
  }
  int r = ares_init_options(&ch->ares, &options, mask);
  if (r != ARES_SUCCESS) {
    free(ch);
    return lode_js_throw(ctx, exc, "Error", "ERR_DNS_INIT", "c-ares failed to initialize: %s",
                         ares_strerror(r));
  }
  ch->obj = JSObjectMake(ctx, channel_class, ch);
  uv_mutex_lock(&channels_lock);
  ch->next = live_channels;
  live_channels = ch;
  uv_mutex_unlock(&channels_lock);
  return ch->obj;
}

static query_t *new_query(channel_t *ch, JSObjectRef req, int kind) {
  query_t *q = calloc(1, sizeof *q);
  CHECK(q != NULL);
  q->ch = ch;
  q->obj = req;
  q->kind = kind;
  lode_runtime_t *rt = lode_runtime();
  lode_pin(rt, req);
  if (ch->pending++ == 0) lode_pin(rt, ch->obj);
  return q;
}

/* channel.query(req, name, type) asks the servers for records of type (a DNS type number) at
 * name (class IN). The outcome reaches req.oncomplete(status, response). */
static JSValueRef query_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  channel_t *ch = this_channel(ctx, this_obj, exc);
  if (ch == NULL) return NULL;
  char *name;
  if (argc < 1 || !JSValueIsObject(ctx, argv[0]))
    return lode_js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE",
                         "The \"req\" argument must be an object");
  if (!lode_js_arg_string(ctx, argc, argv, 1, "name", &name, exc)) return NULL;
  int type = argc > 2 ? JSValueToInt32(ctx, argv[2], NULL) : 1;
  query_t *q = new_query(ch, (JSObjectRef)argv[0], QUERY_RAW);
  ares_query(ch->ares, name, 1 /* class IN */, type, on_raw_answer_cb, q);
  free(name);
  update_timer();
  return JSValueMakeUndefined(ctx);
}

/* channel.getHostByAddr(req, address) → 0, or ARES_ENOTIMP for a malformed address; the names
 * of the address reach req.oncomplete(status, names joined by NUL). */
static JSValueRef get_host_by_addr_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  channel_t *ch = this_channel(ctx, this_obj, exc);
  if (ch == NULL) return NULL;
  char *ip;
  if (argc < 1 || !JSValueIsObject(ctx, argv[0]))
    return lode_js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE",
                         "The \"req\" argument must be an object");
  if (!lode_js_arg_string(ctx, argc, argv, 1, "address", &ip, exc)) return NULL;
  unsigned char addr[16];
  int family = AF_INET, len = 4;
  if (inet_pton(AF_INET, ip, addr) != 1) {
    family = AF_INET6;
    len = 16;
    if (inet_pton(AF_INET6, ip, addr) != 1) {
      free(ip);
      return JSValueMakeNumber(ctx, ARES_ENOTIMP);
    }
  }
  free(ip);
  query_t *q = new_query(ch, (JSObjectRef)argv[0], QUERY_HOST);
  ares_gethostbyaddr(ch->ares, addr, len, family, on_host_answer_cb, q);
  update_timer();
  return JSValueMakeNumber(ctx, 0);
}

/* channel.cancel(): every query in flight ends with ARES_ECANCELLED. */
static JSValueRef cancel_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  channel_t *ch = this_channel(ctx, this_obj, exc);
  if (ch == NULL) return NULL;
  ares_cancel(ch->ares);
  update_timer();
  return JSValueMakeUndefined(ctx);
}

/* channel.getServers() → [address, port, address, port, ...]. */
static JSValueRef get_servers_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  channel_t *ch = this_channel(ctx, this_obj, exc);
  if (ch == NULL) return NULL;
  struct ares_addr_port_node *servers = NULL;
  JSObjectRef out = lode_js_array(ctx, 0, NULL);
  if (ares_get_servers_ports(ch->ares, &servers) != ARES_SUCCESS) return out;
  unsigned i = 0;
  for (struct ares_addr_port_node *s = servers; s != NULL; s = s->next) {
    char name[INET6_ADDRSTRLEN];
    if (ares_inet_ntop(s->family, &s->addr, name, sizeof name) == NULL) continue;
    JSObjectSetPropertyAtIndex(ctx, out, i++, lode_js_value_from_cstr(ctx, name), NULL);
    JSObjectSetPropertyAtIndex(ctx, out, i++, JSValueMakeNumber(ctx, s->udp_port > 0 ? s->udp_port : 53), NULL);
  }
  ares_free_data(servers);
  return out;
}

/* channel.setServers([family, address, port, ...]) → 0 or an ARES_* code (ARES_EBADSTR for an
 * address that does not parse). */
static JSValueRef set_servers_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  channel_t *ch = this_channel(ctx, this_obj, exc);
  if (ch == NULL) return NULL;
  if (argc < 1 || !JSValueIsArray(ctx, argv[0])) return JSValueMakeNumber(ctx, ARES_EBADSTR);
  JSObjectRef list = (JSObjectRef)argv[0];
  double n = JSValueToNumber(ctx, lode_js_get(ctx, list, "length"), NULL);
  if (!(n >= 0 && n <= 3 * 1024)) return JSValueMakeNumber(ctx, ARES_EBADSTR);
  size_t count = (size_t)n / 3;
  struct ares_addr_port_node *nodes = calloc(count > 0 ? count : 1, sizeof *nodes);
  CHECK(nodes != NULL);
  int status = ARES_SUCCESS;
  for (size_t i = 0; i < count && status == ARES_SUCCESS; i++) {
    int family = JSValueToInt32(ctx, JSObjectGetPropertyAtIndex(ctx, list, (unsigned)(3 * i), NULL), NULL);
    char *ip = lode_js_value_to_utf8(ctx, JSObjectGetPropertyAtIndex(ctx, list, (unsigned)(3 * i + 1), NULL), NULL, NULL);
    int port = JSValueToInt32(ctx, JSObjectGetPropertyAtIndex(ctx, list, (unsigned)(3 * i + 2), NULL), NULL);
    struct ares_addr_port_node *node = &nodes[i];
    node->family = family == 6 ? AF_INET6 : AF_INET;
    if (ip == NULL || inet_pton(node->family, ip, &node->addr) != 1) status = ARES_EBADSTR;
    node->udp_port = node->tcp_port = port > 0 && port < 65536 ? port : 53;
    node->next = i + 1 < count ? &nodes[i + 1] : NULL;
    free(ip);
  }
  if (status == ARES_SUCCESS) status = ares_set_servers_ports(ch->ares, count > 0 ? nodes : NULL);
  free(nodes);
  return JSValueMakeNumber(ctx, status);
}

/* channel.setLocalAddress(ipv4 | undefined, ipv6 | undefined) → 0, or ARES_EBADSTR if one does
 * not parse. An absent family binds to any address. */
static JSValueRef set_local_address_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  channel_t *ch = this_channel(ctx, this_obj, exc);
  if (ch == NULL) return NULL;
  unsigned char v4[4] = {0}, v6[16] = {0};
  for (size_t i = 0; i < 2; i++) {
    if (argc <= i || !JSValueIsString(ctx, argv[i])) continue;
    char *ip = lode_js_value_to_utf8(ctx, argv[i], NULL, NULL);
    int ok = ip != NULL && inet_pton(i == 0 ? AF_INET : AF_INET6, ip, i == 0 ? (void *)v4 : (void *)v6);
    free(ip);
    if (ok != 1) return JSValueMakeNumber(ctx, ARES_EBADSTR);
  }
  ares_set_local_ip4(ch->ares, ((unsigned)v4[0] << 24) | ((unsigned)v4[1] << 16) |
                                   ((unsigned)v4[2] << 8) | v4[3]);
  ares_set_local_ip6(ch->ares, v6);
  return JSValueMakeNumber(ctx, 0);
}

static JSClassRef make_channel_class(void) {
  static const JSStaticFunction functions[] = {
      {"query", query_cb, kJSPropertyAttributeDontEnum},
      {"getHostByAddr", get_host_by_addr_cb, kJSPropertyAttributeDontEnum},
      {"cancel", cancel_cb, kJSPropertyAttributeDontEnum},
      {"getServers", get_servers_cb, kJSPropertyAttributeDontEnum},
      {"setServers", set_servers_cb, kJSPropertyAttributeDontEnum},
      {"setLocalAddress", set_local_address_cb, kJSPropertyAttributeDontEnum},
      {NULL, NULL, 0},
  };
  JSClassDefinition def = kJSClassDefinitionEmpty;
  def.className = "ChannelWrap";
  def.staticFunctions = functions;
  def.finalize = channel_finalize;
  return JSClassCreate(&def);
}

/* strerror(code) → c-ares's description of an ARES_* code. */
static JSValueRef strerror_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  int code = argc > 0 ? JSValueToInt32(ctx, argv[0], NULL) : 0;
  return lode_js_value_from_cstr(ctx, ares_strerror(code));
}

JSObjectRef lode_binding_cares_wrap(lode_runtime_t *rt) {
  JSContextRef ctx = rt->ctx;
  static bool initialized;
  if (!initialized) {
    CHECK(ares_library_init(ARES_LIB_INIT_ALL) == ARES_SUCCESS);
    CHECK(uv_mutex_init(&channels_lock) == 0);
    channel_class = make_channel_class();
    initialized = true;
  }
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  lode_js_set_function(ctx, b, "getaddrinfo", getaddrinfo_cb);
  lode_js_set_function(ctx, b, "getnameinfo", getnameinfo_cb);
  lode_js_set_function(ctx, b, "createChannel", create_channel_cb);
  lode_js_set_function(ctx, b, "strerror", strerror_cb);
  lode_js_set_number(ctx, b, "AI_ADDRCONFIG", AI_ADDRCONFIG);
  lode_js_set_number(ctx, b, "AI_ALL", AI_ALL);
  lode_js_set_number(ctx, b, "AI_V4MAPPED", AI_V4MAPPED);
  return b;
}

void lode_cares_teardown(lode_runtime_t *rt) {
  (void)rt;
  if (channel_class == NULL) return;
  tearing_down = true;
  drain_dead_channels();
  /* Destroying a channel ends its queries; their outcomes are dropped below, unseen. */
  uv_mutex_lock(&channels_lock);
  for (channel_t *ch = live_channels; ch != NULL; ch = ch->next) {
    if (ch->pending > 0) lode_unpin(rt, ch->obj);
    channel_destroy(ch);
  }
  uv_mutex_unlock(&channels_lock);
  while (done_head != NULL) {
    query_t *q = done_head;
    done_head = q->next;
    lode_unpin(rt, q->obj);
    free(q->data);
    free(q);
  }
  done_tail = NULL;
  if (handles_ready) {
    uv_close((uv_handle_t *)&ares_timer, NULL);
    uv_close((uv_handle_t *)&done_idle, NULL);
    handles_ready = false;
  }
}
