/* File system binding. Until the fs issue lands this holds what the module loader and
 * process.stdout need: synchronous stat, read, realpath and write. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "index.h"

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
  char *buf = malloc(cap);
  if (buf == NULL) return -ENOMEM;
  for (;;) {
    if (len == cap) {
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
  JSValueRef v = lode_js_value_from_utf8(ctx, data, len);
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
  if (argc < 2 || !JSValueIsObject(ctx, argv[1]) ||
      JSValueGetTypedArrayType(ctx, argv[1], NULL) == kJSTypedArrayTypeNone)
    return lode_js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE",
                         "The \"data\" argument must be a TypedArray");
  JSObjectRef arr = (JSObjectRef)argv[1];
  const char *bytes = JSObjectGetTypedArrayBytesPtr(ctx, arr, exc);
  size_t len = JSObjectGetTypedArrayByteLength(ctx, arr, exc);
  if (bytes == NULL && len > 0) return NULL;
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

JSObjectRef lode_binding_fs(lode_runtime_t *rt) {
  JSContextRef ctx = rt->ctx;
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  lode_js_set_function(ctx, b, "internalModuleStat", internal_module_stat_cb);
  lode_js_set_function(ctx, b, "readFileUtf8", read_file_utf8_cb);
  lode_js_set_function(ctx, b, "realpath", realpath_cb);
  lode_js_set_function(ctx, b, "writeString", write_string_cb);
  lode_js_set_function(ctx, b, "writeBytes", write_bytes_cb);
  lode_js_set_function(ctx, b, "guessHandleType", guess_handle_type_cb);
  return b;
}
