/* process: the command line, environment, identity, clocks, resources, exit. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "index.h"

#include <ares_version.h>
#include <llhttp.h>
#include <openssl/opensslv.h>
#include <sqlite3.h>
#include <unicode/uchar.h>
#include <unicode/uversion.h>
#include <zlib.h>
#include <zstd.h>

extern char **environ;

/* WTF::setTimeZoneOverride(WTF::StringView), exported by libjavascriptcoregtk but not in any
 * C header: the engine reads the time zone once, so Node's "process.env.TZ = x takes effect
 * at once" needs it told. StringView is {characters, length, is8Bit}, passed by value. An empty
 * name clears the override. */
typedef struct {
  const void *characters;
  unsigned length;
  bool is_8bit;
} wtf_string_view_t;
static void (*set_time_zone_override)(wtf_string_view_t name); /* looked up on first use */

static void update_time_zone(const char *name, const char *value) {
  if (strcmp(name, "TZ") != 0) return;
  for (const char *p = value; *p; p++)
    if ((unsigned char)*p >= 0x80) return; /* zone names are ASCII */
  if (set_time_zone_override == NULL)
    *(void **)&set_time_zone_override =
        lode_engine_symbol("_ZN3WTF19setTimeZoneOverrideENS_10StringViewE");
  if (set_time_zone_override == NULL) return;
  wtf_string_view_t view = {value, (unsigned)strlen(value), true};
  set_time_zone_override(view);
}

static uint64_t start_time;

static JSValueRef cwd_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  char buf[4096];
  size_t len = sizeof buf;
  int r = uv_cwd(buf, &len);
  if (r != 0) return lode_js_throw_uv(ctx, exc, r, "uv_cwd", NULL);
  return lode_js_value_from_utf8(ctx, buf, len);
}

static JSValueRef chdir_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  char *dir;
  if (!lode_js_arg_string(ctx, argc, argv, 0, "directory", &dir, exc)) return NULL;
  int r = uv_chdir(dir);
  free(dir);
  return JSValueMakeNumber(ctx, r);
}

/* umask(mask) sets and returns the old mask; umask() only reads it. */
static JSValueRef umask_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  mode_t old;
  if (argc > 0 && JSValueIsNumber(ctx, argv[0])) {
    old = umask((mode_t)JSValueToUInt32(ctx, argv[0], NULL));
  } else {
    old = umask(0);
    umask(old);
  }
  return JSValueMakeNumber(ctx, old);
}

/* hrtime() → [seconds, nanoseconds] of a monotonic clock. */
static JSValueRef hrtime_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  uint64_t t = uv_hrtime();
  JSValueRef pair[2] = {JSValueMakeNumber(ctx, (double)(t / 1000000000u)),
                        JSValueMakeNumber(ctx, (double)(t % 1000000000u))};
  return lode_js_array(ctx, 2, pair);
}

static JSValueRef hrtime_bigint_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  return JSBigIntCreateWithUInt64(ctx, uv_hrtime(), exc);
}

static JSValueRef uptime_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  return JSValueMakeNumber(ctx, (double)(uv_hrtime() - start_time) / 1e9);
}

static JSValueRef rss_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  size_t rss = 0;
  uv_resident_set_memory(&rss);
  return JSValueMakeNumber(ctx, (double)rss);
}

static JSValueRef cpu_usage_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  uv_rusage_t ru;
  int r = uv_getrusage(&ru);
  if (r != 0) return lode_js_throw_uv(ctx, exc, r, "uv_getrusage", NULL);
  JSValueRef pair[2] = {
      JSValueMakeNumber(ctx, (double)ru.ru_utime.tv_sec * 1e6 + (double)ru.ru_utime.tv_usec),
      JSValueMakeNumber(ctx, (double)ru.ru_stime.tv_sec * 1e6 + (double)ru.ru_stime.tv_usec)};
  return lode_js_array(ctx, 2, pair);
}

/* resourceUsage() → the 16 fields of process.resourceUsage() in documented order. */
static JSValueRef resource_usage_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  uv_rusage_t ru;
  int r = uv_getrusage(&ru);
  if (r != 0) return lode_js_throw_uv(ctx, exc, r, "uv_getrusage", NULL);
  double f[16] = {(double)ru.ru_utime.tv_sec * 1e6 + (double)ru.ru_utime.tv_usec,
                  (double)ru.ru_stime.tv_sec * 1e6 + (double)ru.ru_stime.tv_usec,
                  (double)ru.ru_maxrss,
                  (double)ru.ru_ixrss,
                  (double)ru.ru_idrss,
                  (double)ru.ru_isrss,
                  (double)ru.ru_minflt,
                  (double)ru.ru_majflt,
                  (double)ru.ru_nswap,
                  (double)ru.ru_inblock,
                  (double)ru.ru_oublock,
                  (double)ru.ru_msgsnd,
                  (double)ru.ru_msgrcv,
                  (double)ru.ru_nsignals,
                  (double)ru.ru_nvcsw,
                  (double)ru.ru_nivcsw};
  JSValueRef v[16];
  for (int i = 0; i < 16; i++)
    v[i] = JSValueMakeNumber(ctx, f[i]);
  return lode_js_array(ctx, 16, v);
}

static JSValueRef kill_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  int64_t pid, sig;
  if (!lode_js_arg_int(ctx, argc, argv, 0, "pid", &pid, exc)) return NULL;
  if (!lode_js_arg_int(ctx, argc, argv, 1, "signal", &sig, exc)) return NULL;
  return JSValueMakeNumber(ctx, uv_kill((int)pid, (int)sig));
}

static JSValueRef really_exit_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  int code = argc > 0 ? JSValueToInt32(ctx, argv[0], NULL) : 0;
  lode_exit(lode_runtime(), code);
}

static JSValueRef abort_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  fflush(stdout);
  fflush(stderr);
  abort();
}

static JSValueRef get_title_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  char buf[512];
  if (uv_get_process_title(buf, sizeof buf) != 0) buf[0] = '\0';
  return lode_js_value_from_cstr(ctx, buf);
}

static JSValueRef set_title_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  char *title;
  if (!lode_js_arg_string(ctx, argc, argv, 0, "title", &title, exc)) return NULL;
  uv_set_process_title(title);
  free(title);
  return JSValueMakeUndefined(ctx);
}

static JSValueRef get_ppid_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  return JSValueMakeNumber(ctx, getppid());
}

static JSValueRef get_ids_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  JSValueRef ids[4] = {JSValueMakeNumber(ctx, getuid()), JSValueMakeNumber(ctx, geteuid()),
                       JSValueMakeNumber(ctx, getgid()), JSValueMakeNumber(ctx, getegid())};
  return lode_js_array(ctx, 4, ids);
}

static JSValueRef get_groups_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  gid_t groups[256];
  int n = getgroups(256, groups);
  if (n < 0) n = 0;
  JSValueRef v[256];
  for (int i = 0; i < n; i++)
    v[i] = JSValueMakeNumber(ctx, groups[i]);
  return lode_js_array(ctx, (size_t)n, v);
}

/* Environment: getEnv(name) → string | undefined; setEnv(name, value); unsetEnv(name);
 * envKeys() → array of names. */
static JSValueRef get_env_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  char *name;
  if (!lode_js_arg_string(ctx, argc, argv, 0, "name", &name, exc)) return NULL;
  const char *v = getenv(name);
  free(name);
  return v ? lode_js_value_from_cstr(ctx, v) : JSValueMakeUndefined(ctx);
}

static JSValueRef set_env_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  char *name, *value;
  if (!lode_js_arg_string(ctx, argc, argv, 0, "name", &name, exc)) return NULL;
  if (!lode_js_arg_string(ctx, argc, argv, 1, "value", &value, exc)) {
    free(name);
    return NULL;
  }
  int r = 0;
  if (name[0] != '\0' && strchr(name, '=') == NULL) {
    r = setenv(name, value, 1) == 0 ? 0 : -errno;
    if (r == 0) update_time_zone(name, value);
  }
  free(name);
  free(value);
  return JSValueMakeNumber(ctx, r);
}

static JSValueRef unset_env_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  char *name;
  if (!lode_js_arg_string(ctx, argc, argv, 0, "name", &name, exc)) return NULL;
  if (name[0] != '\0' && strchr(name, '=') == NULL) {
    unsetenv(name);
    update_time_zone(name, "");
  }
  free(name);
  return JSValueMakeBoolean(ctx, true);
}

static JSValueRef env_keys_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  size_t n = 0;
  while (environ[n])
    n++;
  /* Each key goes into the array as soon as it exists: a value held only in malloc'd memory
   * is invisible to the garbage collector, which may free it while the next one is made. */
  JSObjectRef arr = lode_js_array(ctx, 0, NULL);
  unsigned k = 0;
  for (size_t i = 0; i < n; i++) {
    const char *eq = strchr(environ[i], '=');
    if (eq == NULL || eq == environ[i]) continue;
    JSValueRef key = lode_js_value_from_utf8(ctx, environ[i], (size_t)(eq - environ[i]));
    JSObjectSetPropertyAtIndex(ctx, arr, k++, key, NULL);
  }
  return arr;
}

static JSValueRef raw_debug_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  for (size_t i = 0; i < argc; i++) {
    char *s = lode_js_value_to_utf8(ctx, argv[i], NULL, NULL);
    if (s) fprintf(stderr, "%s%s", i ? " " : "", s);
    free(s);
  }
  fputc('\n', stderr);
  return JSValueMakeUndefined(ctx);
}

/* Exported by libjavascriptcoregtk, declared only in a private header. */
void JSSynchronousGarbageCollectForDebugging(JSContextRef ctx);

/* gc() of --expose-gc: a full collection now, with the sweep (so finalizers run), as V8's
 * is; JSGarbageCollect only asks for one some time later. */
static JSValueRef gc_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  JSSynchronousGarbageCollectForDebugging(ctx);
  return JSValueMakeUndefined(ctx);
}

static JSObjectRef string_array(JSContextRef ctx, int n, char **items) {
  /* Filled in place: see env_keys_cb. */
  JSObjectRef arr = lode_js_array(ctx, 0, NULL);
  for (int i = 0; i < n; i++)
    JSObjectSetPropertyAtIndex(ctx, arr, (unsigned)i, lode_js_value_from_cstr(ctx, items[i]), NULL);
  return arr;
}

JSObjectRef lode_binding_process(lode_runtime_t *rt) {
  JSContextRef ctx = rt->ctx;
  const lode_options_t *o = rt->options;
  if (start_time == 0) start_time = uv_hrtime();
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  lode_js_set_function(ctx, b, "cwd", cwd_cb);
  lode_js_set_function(ctx, b, "chdir", chdir_cb);
  lode_js_set_function(ctx, b, "umask", umask_cb);
  lode_js_set_function(ctx, b, "hrtime", hrtime_cb);
  lode_js_set_function(ctx, b, "hrtimeBigInt", hrtime_bigint_cb);
  lode_js_set_function(ctx, b, "uptime", uptime_cb);
  lode_js_set_function(ctx, b, "rss", rss_cb);
  lode_js_set_function(ctx, b, "cpuUsage", cpu_usage_cb);
  lode_js_set_function(ctx, b, "resourceUsage", resource_usage_cb);
  lode_js_set_function(ctx, b, "kill", kill_cb);
  lode_js_set_function(ctx, b, "reallyExit", really_exit_cb);
  lode_js_set_function(ctx, b, "abort", abort_cb);
  lode_js_set_function(ctx, b, "getTitle", get_title_cb);
  lode_js_set_function(ctx, b, "setTitle", set_title_cb);
  lode_js_set_function(ctx, b, "getPpid", get_ppid_cb);
  lode_js_set_function(ctx, b, "getIds", get_ids_cb);
  lode_js_set_function(ctx, b, "getGroups", get_groups_cb);
  lode_js_set_function(ctx, b, "getEnv", get_env_cb);
  lode_js_set_function(ctx, b, "setEnv", set_env_cb);
  lode_js_set_function(ctx, b, "unsetEnv", unset_env_cb);
  lode_js_set_function(ctx, b, "envKeys", env_keys_cb);
  lode_js_set_function(ctx, b, "rawDebug", raw_debug_cb);
  lode_js_set_function(ctx, b, "gc", gc_cb);
  lode_js_set_number(ctx, b, "pid", getpid());
#if defined(__SANITIZE_ADDRESS__)
  lode_js_set_number(ctx, b, "asan", 1); /* process.config.variables.asan, as in Node */
#endif
  lode_js_set_string(ctx, b, "version", LODE_NODE_VERSION);
  lode_js_set_string(ctx, b, "lodeVersion", LODE_VERSION);
  lode_js_set_string(ctx, b, "uvVersion", uv_version_string());
  /* Versions of the libraries, from their headers (only macros: nothing is loaded). */
  char llhttp_version[32];
  snprintf(llhttp_version, sizeof llhttp_version, "%d.%d.%d", LLHTTP_VERSION_MAJOR,
           LLHTTP_VERSION_MINOR, LLHTTP_VERSION_PATCH);
  lode_js_set_string(ctx, b, "llhttpVersion", llhttp_version);
  lode_js_set_string(ctx, b, "aresVersion", ARES_VERSION_STR);
  lode_js_set_string(ctx, b, "brotliVersion", LODE_BROTLI_VERSION);
  lode_js_set_string(ctx, b, "opensslVersion", OPENSSL_VERSION_STR);
  lode_js_set_string(ctx, b, "sqliteVersion", SQLITE_VERSION);
  lode_js_set_string(ctx, b, "zlibVersion", ZLIB_VERSION);
  lode_js_set_string(ctx, b, "zstdVersion", ZSTD_VERSION_STRING);
  lode_js_set_string(ctx, b, "icuVersion", U_ICU_VERSION);
  lode_js_set_string(ctx, b, "unicodeVersion", U_UNICODE_VERSION);

  char exe[4096];
  size_t exe_len = sizeof exe;
  if (uv_exepath(exe, &exe_len) != 0) snprintf(exe, sizeof exe, "%s", o->argv[0]);
  lode_js_set_string(ctx, b, "execPath", exe);
  lode_js_set_string(ctx, b, "argv0", o->argv[0]);
  lode_js_set(ctx, b, "execArgv", string_array(ctx, o->exec_argc, o->exec_argv));
  lode_js_set(ctx, b, "scriptArgv", string_array(ctx, o->script_argc, o->script_argv));
  lode_js_set(ctx, b, "requires", string_array(ctx, o->require_count, o->requires));
  lode_js_set(ctx, b, "imports", string_array(ctx, o->import_count, o->imports));
  lode_js_set(ctx, b, "envFiles", string_array(ctx, o->env_file_count, o->env_files));
  JSObjectRef optional = lode_js_array(ctx, 0, NULL);
  for (int k = 0; k < o->env_file_count; k++)
    JSObjectSetPropertyAtIndex(ctx, optional, (unsigned)k,
                               JSValueMakeBoolean(ctx, o->env_files_optional[k]), NULL);
  lode_js_set(ctx, b, "envFilesOptional", optional);

  JSObjectRef opts = JSObjectMake(ctx, NULL, NULL);
  if (o->eval_source) lode_js_set_string(ctx, opts, "eval", o->eval_source);
  lode_js_set(ctx, opts, "print", JSValueMakeBoolean(ctx, o->print_eval));
  lode_js_set(ctx, opts, "forceStdin", JSValueMakeBoolean(ctx, o->force_stdin));
  lode_js_set(ctx, opts, "interactive", JSValueMakeBoolean(ctx, o->interactive));
  lode_js_set(ctx, opts, "test", JSValueMakeBoolean(ctx, o->test_runner));
  lode_js_set(ctx, opts, "exposeGc", JSValueMakeBoolean(ctx, o->expose_gc));
  lode_js_set(ctx, opts, "noWarnings", JSValueMakeBoolean(ctx, o->no_warnings));
  lode_js_set(ctx, opts, "noDeprecation", JSValueMakeBoolean(ctx, o->no_deprecation));
  lode_js_set(ctx, opts, "throwDeprecation", JSValueMakeBoolean(ctx, o->throw_deprecation));
  lode_js_set(ctx, opts, "traceDeprecation", JSValueMakeBoolean(ctx, o->trace_deprecation));
  lode_js_set(ctx, opts, "pendingDeprecation", JSValueMakeBoolean(ctx, o->pending_deprecation));
  if (o->input_type) lode_js_set_string(ctx, opts, "inputType", o->input_type);
  lode_js_set_string(ctx, opts, "unhandledRejections",
                     o->unhandled_rejections ? o->unhandled_rejections : "throw");
  lode_js_set(ctx, b, "options", opts);

  JSValueRef exc = NULL;
  JSObjectRef tick_info = JSObjectMakeTypedArrayWithBytesNoCopy(
      ctx, kJSTypedArrayTypeInt32Array, rt->tick_info, sizeof rt->tick_info, NULL, NULL, &exc);
  CHECK(tick_info != NULL);
  lode_js_set(ctx, b, "tickInfo", tick_info);
  return b;
}
