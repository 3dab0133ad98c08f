/* uv_tcp_t stream handles for node:net. `new TCP(type)` (TCPConstants.SOCKET or SERVER) and,
 * besides the shared stream methods of stream_wrap.c, on each wrapper:
 *   open(fd), bind(ip, port, flags), bind6(ip, port, flags), listen(backlog)
 *                                   → 0 or a negative libuv code; a listening handle calls
 *                                     `onconnection(status, clientWrapper)` per connection
 *   connect(req, ip, port), connect6(req, ip, port)
 *                                   → 0 or a code; then `req.oncomplete(status, handle, req,
 *                                     readable, writable)`
 *   getsockname(out), getpeername(out) → 0 or a code; fills out.address, out.family
 *                                     ('IPv4'/'IPv6') and out.port
 *   setNoDelay(bool), setKeepAlive(enable, delaySeconds) → 0 or a code
 *   reset([callback])               → 0 or a code: closes with RST (the callback as for close)
 * Addresses are numeric: lib/net.js resolves host names first. */
#include <errno.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <unistd.h>

#include "stream_wrap.h"

enum { TCP_SOCKET = 0, TCP_SERVER = 1 };

/* bind flag for SO_REUSEPORT (libuv 1.44 has no UV_TCP_REUSEPORT); not a libuv bit. */
enum { TCP_REUSEPORT = 1 << 8 };

/* Gives a socket-less handle its own socket with SO_REUSEPORT set, before the bind. */
static int set_reuseport(uv_tcp_t *tcp, int family) {
  uv_os_fd_t existing;
  if (uv_fileno((uv_handle_t *)tcp, &existing) == 0) return UV_EINVAL;
  int fd = socket(family == 6 ? AF_INET6 : AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
  if (fd < 0) return uv_translate_sys_error(errno);
  int on = 1;
  int r = setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &on, sizeof on) == 0 ? 0 : uv_translate_sys_error(errno);
  if (r == 0) r = uv_tcp_open(tcp, fd);
  if (r != 0) close(fd);
  return r;
}

static JSClassRef tcp_class;

static JSValueRef code(JSContextRef ctx, int r) {
  return JSValueMakeNumber(ctx, r);
}

static lode__stream_t *this_tcp(JSContextRef ctx, JSObjectRef this_obj) {
  if (this_obj == NULL || !JSValueIsObjectOfClass(ctx, this_obj, tcp_class)) return NULL;
  return lode__stream_this(ctx, this_obj);
}

static JSObjectRef tcp_construct_cb(JSContextRef ctx, JSObjectRef ctor, size_t argc,
                                    const JSValueRef argv[], JSValueRef *exc) {
  (void)ctor, (void)exc, (void)argc, (void)argv;
  lode__stream_t *s = lode__stream_alloc();
  CHECK(uv_tcp_init(lode_runtime()->loop, &s->h.tcp) == 0);
  return lode__stream_attach(ctx, tcp_class, s);
}

/* Reads argument i as a C string of at most size-1 bytes; false if it is not a string or is
 * too long (an IP address never is). */
static bool arg_ip(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i, char *out,
                   size_t size) {
  if (argc <= i || !JSValueIsString(ctx, argv[i])) return false;
  JSStringRef str = JSValueToStringCopy(ctx, argv[i], NULL);
  if (str == NULL) return false;
  bool ok = JSStringGetLength(str) < size;
  if (ok) JSStringGetUTF8CString(str, out, size);
  JSStringRelease(str);
  return ok;
}

static int arg_port(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i) {
  if (argc <= i || !JSValueIsNumber(ctx, argv[i])) return -1;
  double port = JSValueToNumber(ctx, argv[i], NULL);
  return port >= 0 && port <= 65535 && port == (int)port ? (int)port : -1;
}

/* Fills addr from (ip, port) arguments at first and first+1 for family 4 or 6. */
static int make_addr(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t first,
                     int family, struct sockaddr_storage *addr) {
  char ip[INET6_ADDRSTRLEN + 64];
  int port = arg_port(ctx, argc, argv, first + 1);
  if (!arg_ip(ctx, argc, argv, first, ip, sizeof ip) || port < 0) return UV_EINVAL;
  if (family == 6) return uv_ip6_addr(ip, port, (struct sockaddr_in6 *)addr);
  return uv_ip4_addr(ip, port, (struct sockaddr_in *)addr);
}

static JSValueRef bind_family(JSContextRef ctx, JSObjectRef this_obj, size_t argc,
                              const JSValueRef argv[], int family) {
  lode__stream_t *s = this_tcp(ctx, this_obj);
  if (s == NULL) return code(ctx, UV_EBADF);
  struct sockaddr_storage addr;
  int r = make_addr(ctx, argc, argv, 0, family, &addr);
  if (r != 0) return code(ctx, r);
  int given = argc > 2 && JSValueIsNumber(ctx, argv[2]) ? JSValueToInt32(ctx, argv[2], NULL) : 0;
  unsigned flags = family == 6 && (given & UV_TCP_IPV6ONLY) ? UV_TCP_IPV6ONLY : 0;
  if (given & TCP_REUSEPORT) {
    r = set_reuseport(&s->h.tcp, family);
    if (r != 0) return code(ctx, r);
  }
  return code(ctx, uv_tcp_bind(&s->h.tcp, (const struct sockaddr *)&addr, flags));
}

static JSValueRef bind_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  return bind_family(ctx, this_obj, argc, argv, 4);
}

static JSValueRef bind6_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  return bind_family(ctx, this_obj, argc, argv, 6);
}

static JSValueRef listen_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  lode__stream_t *s = this_tcp(ctx, this_obj);
  if (s == NULL) return code(ctx, UV_EBADF);
  int backlog = argc > 0 && JSValueIsNumber(ctx, argv[0]) ? JSValueToInt32(ctx, argv[0], NULL) : 511;
  return code(ctx, lode__stream_listen(s, backlog));
}

static JSValueRef connect_family(JSContextRef ctx, JSObjectRef this_obj, size_t argc,
                                 const JSValueRef argv[], JSValueRef *exc, int family) {
  if (!lode__arg_object(ctx, argc, argv, "req", exc)) return NULL;
  lode__stream_t *s = this_tcp(ctx, this_obj);
  if (s == NULL) return code(ctx, UV_EBADF);
  struct sockaddr_storage addr;
  int r = make_addr(ctx, argc, argv, 1, family, &addr);
  if (r != 0) return code(ctx, r);
  lode__connect_req_t *c = lode__connect_req_new(s, (JSObjectRef)argv[0]);
  r = uv_tcp_connect(&c->req, &s->h.tcp, (const struct sockaddr *)&addr,
                     lode__stream_after_connect_cb);
  if (r != 0) lode__connect_req_abort(c);
  return code(ctx, r);
}

static JSValueRef connect_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  return connect_family(ctx, this_obj, argc, argv, exc, 4);
}

static JSValueRef connect6_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  return connect_family(ctx, this_obj, argc, argv, exc, 6);
}

static JSValueRef open_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  int64_t fd;
  if (!lode_js_arg_int(ctx, argc, argv, 0, "fd", &fd, exc)) return NULL;
  lode__stream_t *s = this_tcp(ctx, this_obj);
  if (s == NULL) return code(ctx, UV_EBADF);
  if (fd < 0 || fd > 2147483647) return code(ctx, UV_EBADF);
  lode__stdio_remember((int)fd);
  return code(ctx, uv_tcp_open(&s->h.tcp, (uv_os_sock_t)fd));
}

typedef int (*name_fn_t)(const uv_tcp_t *, struct sockaddr *, int *);

static JSValueRef fill_name(JSContextRef ctx, JSObjectRef this_obj, size_t argc,
                            const JSValueRef argv[], JSValueRef *exc, name_fn_t fn) {
  if (!lode__arg_object(ctx, argc, argv, "out", exc)) return NULL;
  lode__stream_t *s = this_tcp(ctx, this_obj);
  if (s == NULL) return code(ctx, UV_EBADF);
  struct sockaddr_storage addr;
  int len = sizeof addr;
  int r = fn(&s->h.tcp, (struct sockaddr *)&addr, &len);
  if (r != 0) return code(ctx, r);
  char name[INET6_ADDRSTRLEN];
  int port;
  const char *family;
  if (addr.ss_family == AF_INET6) {
    const struct sockaddr_in6 *a6 = (const struct sockaddr_in6 *)&addr;
    uv_ip6_name(a6, name, sizeof name);
    port = ntohs(a6->sin6_port);
    family = "IPv6";
  } else if (addr.ss_family == AF_INET) {
    const struct sockaddr_in *a4 = (const struct sockaddr_in *)&addr;
    uv_ip4_name(a4, name, sizeof name);
    port = ntohs(a4->sin_port);
    family = "IPv4";
  } else {
    return code(ctx, UV_EAFNOSUPPORT);
  }
  JSObjectRef out = (JSObjectRef)argv[0];
  lode_js_set_string(ctx, out, "address", name);
  lode_js_set_string(ctx, out, "family", family);
  lode_js_set_number(ctx, out, "port", port);
  return code(ctx, 0);
}

static JSValueRef getsockname_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  return fill_name(ctx, this_obj, argc, argv, exc, uv_tcp_getsockname);
}

static JSValueRef getpeername_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  return fill_name(ctx, this_obj, argc, argv, exc, uv_tcp_getpeername);
}

static JSValueRef set_no_delay_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  lode__stream_t *s = this_tcp(ctx, this_obj);
  if (s == NULL) return code(ctx, UV_EBADF);
  return code(ctx, uv_tcp_nodelay(&s->h.tcp, argc > 0 && JSValueToBoolean(ctx, argv[0])));
}

static JSValueRef set_keep_alive_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  lode__stream_t *s = this_tcp(ctx, this_obj);
  if (s == NULL) return code(ctx, UV_EBADF);
  bool enable = argc > 0 && JSValueToBoolean(ctx, argv[0]);
  double delay = argc > 1 && JSValueIsNumber(ctx, argv[1]) ? JSValueToNumber(ctx, argv[1], NULL) : 0;
  if (!(delay >= 0 && delay <= 2147483647)) delay = 0;
  if (enable && delay < 1) {
    /* A zero delay keeps the system's idle time (Node's documented meaning); libuv would
     * pass 0 to TCP_KEEPIDLE, which Linux rejects. */
    uv_os_fd_t fd;
    int on = 1;
    if (uv_fileno(&s->h.handle, &fd) != 0) return code(ctx, UV_EBADF);
    return code(ctx, setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &on, sizeof on) == 0 ? 0 : uv_translate_sys_error(errno));
  }
  return code(ctx, uv_tcp_keepalive(&s->h.tcp, enable, (unsigned)delay));
}

static JSValueRef reset_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  lode__stream_t *s = this_tcp(ctx, this_obj);
  if (s == NULL) return code(ctx, 0);
  if (argc > 0 && JSValueIsObject(ctx, argv[0]) && JSObjectIsFunction(ctx, (JSObjectRef)argv[0]))
    lode_js_set_hidden(ctx, this_obj, "onclose", argv[0]);
  return code(ctx, lode__stream_close(s, true));
}

JSObjectRef lode_binding_tcp_wrap(lode_runtime_t *rt) {
  JSContextRef ctx = rt->ctx;
  if (tcp_class == NULL) {
    static const JSStaticFunction functions[] = {
        {"open", open_cb, kJSPropertyAttributeDontEnum},
        {"bind", bind_cb, kJSPropertyAttributeDontEnum},
        {"bind6", bind6_cb, kJSPropertyAttributeDontEnum},
        {"listen", listen_cb, kJSPropertyAttributeDontEnum},
        {"connect", connect_cb, kJSPropertyAttributeDontEnum},
        {"connect6", connect6_cb, kJSPropertyAttributeDontEnum},
        {"getsockname", getsockname_cb, kJSPropertyAttributeDontEnum},
        {"getpeername", getpeername_cb, kJSPropertyAttributeDontEnum},
        {"setNoDelay", set_no_delay_cb, kJSPropertyAttributeDontEnum},
        {"setKeepAlive", set_keep_alive_cb, kJSPropertyAttributeDontEnum},
        {"reset", reset_cb, kJSPropertyAttributeDontEnum},
        {NULL, NULL, 0},
    };
    JSClassDefinition def = kJSClassDefinitionEmpty;
    def.className = "TCP";
    def.parentClass = lode__stream_class();
    def.staticFunctions = functions;
    tcp_class = JSClassCreate(&def);
  }
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  lode_js_set(ctx, b, "TCP", JSObjectMakeConstructor(ctx, tcp_class, tcp_construct_cb));
  JSObjectRef constants = JSObjectMake(ctx, NULL, NULL);
  lode_js_set_number(ctx, constants, "SOCKET", TCP_SOCKET);
  lode_js_set_number(ctx, constants, "SERVER", TCP_SERVER);
  lode_js_set_number(ctx, constants, "UV_TCP_IPV6ONLY", UV_TCP_IPV6ONLY);
  lode_js_set_number(ctx, constants, "UV_TCP_REUSEPORT", TCP_REUSEPORT);
  lode_js_set(ctx, b, "constants", constants);
  return b;
}
