/* System information for node:os, one libuv call per function.
 *
 * Every function returns its result, or a negative libuv error code when the call failed; the
 * JavaScript in lib/os.js builds Node's ERR_SYSTEM_ERROR from the code and the name of the uv
 * call. Lists come back flat (one array, a fixed number of slots per item) so that lib/ builds
 * the objects Node returns with a single crossing of the boundary. */
#include <stdio.h>
#include <stdlib.h>

#include "index.h"

static JSValueRef code_or(JSContextRef ctx, int err, JSValueRef value) {
  return err < 0 ? JSValueMakeNumber(ctx, err) : value;
}

/* Appends value to arr at *index (kept on the JS heap at once, see lode_js_array). */
static void push(JSContextRef ctx, JSObjectRef arr, unsigned *index, JSValueRef value) {
  JSObjectSetPropertyAtIndex(ctx, arr, (*index)++, value, NULL);
}

/* getCPUs() → [model, speed, user, nice, sys, idle, irq, ...] (7 slots a CPU), times in ms. */
static JSValueRef get_cpus_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  uv_cpu_info_t *cpus;
  int count;
  int err = uv_cpu_info(&cpus, &count);
  if (err < 0) return JSValueMakeNumber(ctx, err);
  JSObjectRef arr = lode_js_array(ctx, 0, NULL);
  unsigned n = 0;
  for (int i = 0; i < count; i++) {
    const uv_cpu_info_t *c = &cpus[i];
    push(ctx, arr, &n, lode_js_value_from_cstr(ctx, c->model ? c->model : ""));
    push(ctx, arr, &n, JSValueMakeNumber(ctx, c->speed));
    push(ctx, arr, &n, JSValueMakeNumber(ctx, (double)c->cpu_times.user));
    push(ctx, arr, &n, JSValueMakeNumber(ctx, (double)c->cpu_times.nice));
    push(ctx, arr, &n, JSValueMakeNumber(ctx, (double)c->cpu_times.sys));
    push(ctx, arr, &n, JSValueMakeNumber(ctx, (double)c->cpu_times.idle));
    push(ctx, arr, &n, JSValueMakeNumber(ctx, (double)c->cpu_times.irq));
  }
  uv_free_cpu_info(cpus, count);
  return arr;
}

/* getInterfaceAddresses() → [name, address, netmask, family, mac, internal, scopeid, ...]
 * (7 slots an address); family is 4 or 6, scopeid -1 for IPv4. */
static JSValueRef get_interface_addresses_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  uv_interface_address_t *addrs;
  int count;
  int err = uv_interface_addresses(&addrs, &count);
  if (err < 0) return JSValueMakeNumber(ctx, err);
  JSObjectRef arr = lode_js_array(ctx, 0, NULL);
  unsigned n = 0;
  for (int i = 0; i < count; i++) {
    const uv_interface_address_t *a = &addrs[i];
    char ip[INET6_ADDRSTRLEN] = "", mask[INET6_ADDRSTRLEN] = "", mac[18];
    int family = a->address.address4.sin_family == AF_INET6 ? 6 : 4;
    int scopeid = -1;
    if (family == 4) {
      uv_ip4_name(&a->address.address4, ip, sizeof ip);
      uv_ip4_name(&a->netmask.netmask4, mask, sizeof mask);
    } else {
      uv_ip6_name(&a->address.address6, ip, sizeof ip);
      uv_ip6_name(&a->netmask.netmask6, mask, sizeof mask);
      scopeid = (int)a->address.address6.sin6_scope_id;
    }
    const unsigned char *p = (const unsigned char *)a->phys_addr;
    snprintf(mac, sizeof mac, "%02x:%02x:%02x:%02x:%02x:%02x", p[0], p[1], p[2], p[3], p[4], p[5]);
    push(ctx, arr, &n, lode_js_value_from_cstr(ctx, a->name));
    push(ctx, arr, &n, lode_js_value_from_cstr(ctx, ip));
    push(ctx, arr, &n, lode_js_value_from_cstr(ctx, mask));
    push(ctx, arr, &n, JSValueMakeNumber(ctx, family));
    push(ctx, arr, &n, lode_js_value_from_cstr(ctx, mac));
    push(ctx, arr, &n, JSValueMakeBoolean(ctx, a->is_internal));
    push(ctx, arr, &n, JSValueMakeNumber(ctx, scopeid));
  }
  uv_free_interface_addresses(addrs, count);
  return arr;
}

/* getUserInfo() → [uid, gid, username, homedir, shell] of the effective user (shell is null
 * when the system has none). */
static JSValueRef get_user_info_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  uv_passwd_t pwd;
  int err = uv_os_get_passwd(&pwd);
  if (err < 0) return JSValueMakeNumber(ctx, err);
  JSValueRef fields[5] = {
      JSValueMakeNumber(ctx, (double)pwd.uid),
      JSValueMakeNumber(ctx, (double)pwd.gid),
      lode_js_value_from_cstr(ctx, pwd.username),
      lode_js_value_from_cstr(ctx, pwd.homedir),
      pwd.shell ? lode_js_value_from_cstr(ctx, pwd.shell) : JSValueMakeNull(ctx),
  };
  uv_os_free_passwd(&pwd);
  return lode_js_array(ctx, 5, fields);
}

/* The string a uv_os_* getter writes into a buffer it sizes itself. */
static JSValueRef string_from(JSContextRef ctx, int (*getter)(char *, size_t *)) {
  char small[1024];
  size_t size = sizeof small;
  int err = getter(small, &size);
  if (err == UV_ENOBUFS) {
    char *big = malloc(size);
    if (big == NULL) return JSValueMakeNumber(ctx, UV_ENOMEM);
    err = getter(big, &size);
    JSValueRef v = code_or(ctx, err, err < 0 ? NULL : lode_js_value_from_cstr(ctx, big));
    free(big);
    return v;
  }
  return code_or(ctx, err, err < 0 ? NULL : lode_js_value_from_cstr(ctx, small));
}

static JSValueRef get_home_directory_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  return string_from(ctx, uv_os_homedir);
}

static JSValueRef get_hostname_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  return string_from(ctx, uv_os_gethostname);
}

static JSValueRef get_load_avg_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  double avg[3];
  uv_loadavg(avg);
  JSValueRef v[3] = {JSValueMakeNumber(ctx, avg[0]), JSValueMakeNumber(ctx, avg[1]),
                     JSValueMakeNumber(ctx, avg[2])};
  return lode_js_array(ctx, 3, v);
}

static JSValueRef get_uptime_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  double uptime;
  int err = uv_uptime(&uptime);
  return code_or(ctx, err, JSValueMakeNumber(ctx, uptime));
}

/* getOSInformation() → [sysname, version, release, machine]. */
static JSValueRef get_os_information_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  uv_utsname_t info;
  int err = uv_os_uname(&info);
  if (err < 0) return JSValueMakeNumber(ctx, err);
  JSValueRef v[4] = {lode_js_value_from_cstr(ctx, info.sysname),
                     lode_js_value_from_cstr(ctx, info.version),
                     lode_js_value_from_cstr(ctx, info.release),
                     lode_js_value_from_cstr(ctx, info.machine)};
  return lode_js_array(ctx, 4, v);
}

static JSValueRef get_total_mem_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  return JSValueMakeNumber(ctx, (double)uv_get_total_memory());
}

static JSValueRef get_free_mem_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  return JSValueMakeNumber(ctx, (double)uv_get_free_memory());
}

static JSValueRef get_constrained_mem_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  return JSValueMakeNumber(ctx, (double)uv_get_constrained_memory());
}

static JSValueRef get_available_parallelism_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  return JSValueMakeNumber(ctx, uv_available_parallelism());
}

/* Reads argument i as a pid (an int32, as lib/ has validated); false with *exc set if not. */
static bool arg_int32(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i,
                      const char *name, int *out, JSValueRef *exc) {
  int64_t v;
  if (!lode_js_arg_int(ctx, argc, argv, i, name, &v, exc)) return false;
  if (v < INT32_MIN || v > INT32_MAX) {
    lode_js_throw(ctx, exc, "RangeError", "ERR_OUT_OF_RANGE",
                  "The value of \"%s\" is out of range. Received %lld", name, (long long)v);
    return false;
  }
  *out = (int)v;
  return true;
}

/* setPriority(pid, priority) → 0 or a negative code. */
static JSValueRef set_priority_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  int pid, priority;
  if (!arg_int32(ctx, argc, argv, 0, "pid", &pid, exc)) return NULL;
  if (!arg_int32(ctx, argc, argv, 1, "priority", &priority, exc)) return NULL;
  return JSValueMakeNumber(ctx, uv_os_setpriority(pid, priority));
}

/* getPriority(pid, out) → 0 with the priority in out[0], or a negative code: a priority may be
 * negative itself, so it cannot share the return value with the error. */
static JSValueRef get_priority_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  int pid, priority = 0;
  if (!arg_int32(ctx, argc, argv, 0, "pid", &pid, exc)) return NULL;
  if (argc < 2 || !JSValueIsObject(ctx, argv[1]))
    return lode_js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE",
                         "The \"out\" argument must be of type object");
  int err = uv_os_getpriority(pid, &priority);
  if (err == 0) JSObjectSetPropertyAtIndex(ctx, (JSObjectRef)argv[1], 0,
                                           JSValueMakeNumber(ctx, priority), exc);
  return JSValueMakeNumber(ctx, err);
}

JSObjectRef lode_binding_os(lode_runtime_t *rt) {
  JSContextRef ctx = rt->ctx;
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  lode_js_set_function(ctx, b, "getCPUs", get_cpus_cb);
  lode_js_set_function(ctx, b, "getInterfaceAddresses", get_interface_addresses_cb);
  lode_js_set_function(ctx, b, "getUserInfo", get_user_info_cb);
  lode_js_set_function(ctx, b, "getHomeDirectory", get_home_directory_cb);
  lode_js_set_function(ctx, b, "getHostname", get_hostname_cb);
  lode_js_set_function(ctx, b, "getLoadAvg", get_load_avg_cb);
  lode_js_set_function(ctx, b, "getUptime", get_uptime_cb);
  lode_js_set_function(ctx, b, "getOSInformation", get_os_information_cb);
  lode_js_set_function(ctx, b, "getTotalMem", get_total_mem_cb);
  lode_js_set_function(ctx, b, "getFreeMem", get_free_mem_cb);
  lode_js_set_function(ctx, b, "getConstrainedMem", get_constrained_mem_cb);
  lode_js_set_function(ctx, b, "getAvailableParallelism", get_available_parallelism_cb);
  lode_js_set_function(ctx, b, "setPriority", set_priority_cb);
  lode_js_set_function(ctx, b, "getPriority", get_priority_cb);
  return b;
}
