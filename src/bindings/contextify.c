/* Compiling user code: the CommonJS wrapper and plain scripts, and node:vm's contexts. */
#include <stdlib.h>
#include <string.h>

#include "index.h"

/* Exported by libjavascriptcoregtk, declared only in its private headers
 * (JSContextRefPrivate.h, JSObjectRefPrivate.h). */
typedef bool (*lode__should_terminate_cb)(JSContextRef ctx, void *data);
void JSContextGroupSetExecutionTimeLimit(JSContextGroupRef group, double limit,
                                         lode__should_terminate_cb callback, void *data);
void JSContextGroupClearExecutionTimeLimit(JSContextGroupRef group);
JSGlobalContextRef JSObjectGetGlobalContext(JSObjectRef object);
void JSGlobalContextSetEvalEnabled(JSGlobalContextRef ctx, bool enabled, JSStringRef message);
/* JSC::JSObject::setPrototypeDirect(JSC::VM&, JSC::JSValue), exported by the library: the
 * prototype change without the checks of [[SetPrototypeOf]]. A JSGlobalContextRef is the
 * realm's JSGlobalObject, a JSContextGroupRef its VM, and on 64-bit a JSValueRef is the
 * encoded JSValue. Looked up on first use; without it global objects keep the engine's
 * immutable prototype. */
static void (*set_prototype_direct)(JSGlobalContextRef global, JSContextGroupRef vm,
                                    JSValueRef value);
_Static_assert(sizeof(JSValueRef) == 8, "JSValueRef is an encoded JSValue only on 64-bit");

/* Appends the characters of a JS string to buf at *n. */
static void append_string(JSChar *buf, size_t *n, JSStringRef s) {
  size_t len = JSStringGetLength(s);
  memcpy(buf + *n, JSStringGetCharactersPtr(s), len * sizeof(JSChar));
  *n += len;
}

/* Replaces a leading "#!" with "//" so a hashbang line survives being wrapped. */
static void neutralize_hashbang(JSChar *src, size_t len) {
  if (len >= 2 && src[0] == '#' && src[1] == '!') src[0] = src[1] = '/';
}

enum { MAX_PARAMS = 16 };

/* The head `(function (a, b) {` of the parameter list last compiled, with the parameter
 * values it was built from (protected, so that equal pointers mean the same strings). The
 * CommonJS loader passes the same list for every module, and reading it as strings through
 * the C API each time cost a third of what compiling a small module's wrapper does. One
 * cache per thread, as each thread has its own runtime. */
static _Thread_local struct {
  size_t count;
  JSValueRef values[MAX_PARAMS];
  JSChar *head;
  size_t head_len;
} last_head;

static _Thread_local JSStringRef length_name;

/* Returns the wrapper head for the parameter array params (at most MAX_PARAMS are read; no
 * array means none), owned by last_head until the next call. */
static const JSChar *wrapper_head(JSContextRef ctx, JSValueRef params, size_t *len) {
  JSValueRef values[MAX_PARAMS];
  size_t count = 0;
  if (params != NULL && JSValueIsArray(ctx, params)) {
    if (length_name == NULL) length_name = JSStringCreateWithUTF8CString("length");
    JSObjectRef array = (JSObjectRef)params;
    double length = JSValueToNumber(ctx, JSObjectGetProperty(ctx, array, length_name, NULL), NULL);
    while (count < MAX_PARAMS && count < length) {
      values[count] = JSObjectGetPropertyAtIndex(ctx, array, (unsigned)count, NULL);
      count++;
    }
  }
  if (last_head.head != NULL && count == last_head.count &&
      memcmp(values, last_head.values, count * sizeof values[0]) == 0) {
    *len = last_head.head_len;
    return last_head.head;
  }
  JSStringRef names[MAX_PARAMS];
  size_t cap = 16;
  for (size_t i = 0; i < count; i++) {
    names[i] = JSValueToStringCopy(ctx, values[i], NULL);
    cap += JSStringGetLength(names[i]) + 2;
  }
  JSChar *head = malloc(cap * sizeof(JSChar));
  CHECK(head != NULL);
  size_t n = 0;
  n += lode_js_copy_ascii(head + n, "(function (");
  for (size_t i = 0; i < count; i++) {
    if (i > 0) n += lode_js_copy_ascii(head + n, ", ");
    append_string(head, &n, names[i]);
    JSStringRelease(names[i]);
  }
  n += lode_js_copy_ascii(head + n, ") {");
  for (size_t i = 0; i < last_head.count; i++)
    JSValueUnprotect(ctx, last_head.values[i]);
  for (size_t i = 0; i < count; i++)
    JSValueProtect(ctx, values[i]);
  memcpy(last_head.values, values, count * sizeof values[0]);
  last_head.count = count;
  free(last_head.head);
  last_head.head = head;
  last_head.head_len = n;
  *len = n;
  return head;
}

void lode_contextify_teardown(lode_runtime_t *rt) {
  for (size_t i = 0; i < last_head.count; i++)
    JSValueUnprotect(rt->ctx, last_head.values[i]);
  free(last_head.head);
  memset(&last_head, 0, sizeof last_head);
  if (length_name != NULL) JSStringRelease(length_name);
  length_name = NULL;
}

static const char commonjs_head[] = "(function (exports, require, module, __filename, __dirname) {";

/* Returns the head for CommonJS's own parameters, converted to UTF-16 once. Passing no
 * parameter array spares the loader's every module the ~5k instructions of reading one
 * through the C API (wrapper_head's check that it is the same list as last time). */
static const JSChar *commonjs_wrapper_head(size_t *len) {
  static _Thread_local JSChar head[sizeof commonjs_head];
  static _Thread_local size_t head_len;
  if (head_len == 0) head_len = lode_js_copy_ascii(head, commonjs_head);
  *len = head_len;
  return head;
}

/* compileFunction(source, filename, params) compiles `(function (params) {source\n})` as one
 * script whose first line is the source's first line, so reported lines are exact. Without
 * params (undefined or left out), the parameters are CommonJS's: exports, require, module,
 * __filename and __dirname. */
static JSValueRef compile_function_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  if (argc < 2 || !JSValueIsString(ctx, argv[0]) || !JSValueIsString(ctx, argv[1]))
    return lode_js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE",
                         "compileFunction(source, filename, params) expects strings");
  size_t head_len;
  const JSChar *head = argc > 2 && !JSValueIsUndefined(ctx, argv[2])
                           ? wrapper_head(ctx, argv[2], &head_len)
                           : commonjs_wrapper_head(&head_len);
  JSStringRef source = JSValueToStringCopy(ctx, argv[0], NULL);
  JSStringRef filename = JSValueToStringCopy(ctx, argv[1], NULL);
  size_t cap = head_len + JSStringGetLength(source) + 3;
  JSChar *buf = malloc(cap * sizeof(JSChar));
  CHECK(buf != NULL);
  memcpy(buf, head, head_len * sizeof(JSChar));
  size_t n = head_len;
  append_string(buf, &n, source);
  neutralize_hashbang(buf + head_len, n - head_len);
  n += lode_js_copy_ascii(buf + n, "\n})");
  JSStringRef script = JSStringCreateWithCharacters(buf, n);
  free(buf);
  JSValueRef result = JSEvaluateScript(ctx, script, NULL, filename, 1, exc);
  JSStringRelease(script);
  JSStringRelease(source);
  JSStringRelease(filename);
  return result;
}

/* runInThisContext(source, filename) evaluates a script in the global scope. */
static JSValueRef run_in_this_context_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  if (argc < 1 || !JSValueIsString(ctx, argv[0]))
    return lode_js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE",
                         "The \"code\" argument must be of type string");
  JSStringRef source = JSValueToStringCopy(ctx, argv[0], NULL);
  JSStringRef filename = NULL;
  if (argc > 1 && JSValueIsString(ctx, argv[1])) filename = JSValueToStringCopy(ctx, argv[1], NULL);
  JSValueRef r = JSEvaluateScript(ctx, source, NULL, filename, 1, exc);
  JSStringRelease(source);
  if (filename) JSStringRelease(filename);
  return r;
}

/* checkSyntax(source, filename[, line]) returns undefined or throws the SyntaxError; the
 * source's first line is numbered line (default 1). */
static JSValueRef check_syntax_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  if (argc < 1 || !JSValueIsString(ctx, argv[0])) return JSValueMakeUndefined(ctx);
  JSStringRef source = JSValueToStringCopy(ctx, argv[0], NULL);
  JSStringRef filename = NULL;
  if (argc > 1 && JSValueIsString(ctx, argv[1])) filename = JSValueToStringCopy(ctx, argv[1], NULL);
  double line = argc > 2 && JSValueIsNumber(ctx, argv[2]) ? JSValueToNumber(ctx, argv[2], NULL) : 1;
  if (!(line >= 1)) line = 1;
  if (line > 2147483647) line = 2147483647;
  JSCheckScriptSyntax(ctx, source, filename, (int)line, exc);
  JSStringRelease(source);
  if (filename) JSStringRelease(filename);
  return JSValueMakeUndefined(ctx);
}

/* node:vm contexts.
 *
 * A context is a second global object in the runtime's context group (objects pass freely
 * between the contexts of a group), made from global_class, whose callbacks forward named
 * properties to the sandbox object first and fall back to the global's own properties (the
 * new realm's builtins) when the sandbox lacks them. Reads of a global therefore see the
 * sandbox, and assignments land on it.
 *
 * JavaScriptCore declares a script's top-level `var` and function names that the global
 * lacks as variables of its own (a symbol table the callbacks never see): reads of such a
 * name go straight to that storage, and so do writes once the JIT has cached them. Such
 * names are remembered, written to the global only, and lib/vm.js copies their values
 * between global and sandbox around each run.
 *
 * Lifetimes: the context is released right after creation, so its global is an ordinary
 * garbage-collected object. lib/vm.js keeps two WeakMaps (sandbox -> global and global ->
 * sandbox): the sandbox pointer kept here stays valid as long as the global lives, and both
 * are collected together. The global's finalizer only frees vm_global_t. */
enum { VM_GLOBAL_MAGIC = 0x6c6f64652d766d31 };

enum { MAX_SYNCED_NAMES = 4096 };

typedef struct {
  JSChar *chars;
  size_t len;
} vm_name_t;

typedef struct {
  uint64_t magic;
  JSObjectRef sandbox; /* NULL for an ordinary global (vm.constants.DONT_CONTEXTIFY) */
  /* Names that the real global has too (declared variables, builtins written to), which
   * lib/vm.js keeps equal to the sandbox's around each run: JavaScriptCore reads and writes
   * a declared variable in functions of the script straight from the global's storage.
   * Copies of the characters, so that the finalizer frees plain memory only. */
  vm_name_t *names;
  size_t name_count;
  size_t name_capacity;
} vm_global_t;

static void remember_name(vm_global_t *g, JSStringRef name) {
  size_t len = JSStringGetLength(name);
  const JSChar *chars = JSStringGetCharactersPtr(name);
  for (size_t i = 0; i < g->name_count; i++) {
    if (g->names[i].len == len && memcmp(g->names[i].chars, chars, len * sizeof(JSChar)) == 0)
      return;
  }
  if (g->name_count == MAX_SYNCED_NAMES) return;
  if (g->name_count == g->name_capacity) {
    g->name_capacity = g->name_capacity == 0 ? 8 : g->name_capacity * 2;
    g->names = realloc(g->names, g->name_capacity * sizeof g->names[0]);
    CHECK(g->names != NULL);
  }
  JSChar *copy = malloc((len + 1) * sizeof(JSChar));
  CHECK(copy != NULL);
  memcpy(copy, chars, len * sizeof(JSChar));
  g->names[g->name_count++] = (vm_name_t){copy, len};
}

/* Nonzero while the set callback asks the real global whether it has a name itself. */
static _Thread_local int bypass_sandbox;

static JSObjectRef sandbox_of(JSObjectRef global) {
  if (bypass_sandbox) return NULL;
  vm_global_t *g = JSObjectGetPrivate(global);
  return g != NULL && g->magic == VM_GLOBAL_MAGIC ? g->sandbox : NULL;
}

/* The callbacks below hold JSLock while they work: the engine drops its lock around every
 * callback, and each C API call would otherwise take it again from scratch (see
 * LODE_LOCKED_CB in js.h). Inside a callback the lock is never the outermost one, so
 * releasing it drains no microtasks. A read of a global is hasProperty then getProperty:
 * with getProperty alone (one callback less) the engine reads the property twice per
 * access (resolving the name, then loading it), which runs a sandbox getter twice. */
static bool global_has_cb(JSContextRef ctx, JSObjectRef global, JSStringRef name) {
  JSObjectRef sandbox = sandbox_of(global);
  if (sandbox == NULL) return false;
  JSLock(ctx);
  bool has = JSObjectHasProperty(ctx, sandbox, name);
  JSUnlock(ctx);
  return has;
}

static JSValueRef global_get_cb(JSContextRef ctx, JSObjectRef global, JSStringRef name,
                                JSValueRef *exc) {
  JSObjectRef sandbox = sandbox_of(global);
  if (sandbox == NULL) return NULL;
  JSLock(ctx);
  JSValueRef value = JSObjectGetProperty(ctx, sandbox, name, exc);
  JSUnlock(ctx);
  return value;
}

static bool global_set_cb(JSContextRef ctx, JSObjectRef global, JSStringRef name, JSValueRef value,
                          JSValueRef *exc) {
  JSObjectRef sandbox = sandbox_of(global);
  if (sandbox == NULL) return false;
  /* A declared variable or a builtin of the real global is written there only, as the
   * engine's own accesses from functions do; lib/vm.js copies it to the sandbox after the
   * run (see vm_global_t). */
  JSLock(ctx);
  bypass_sandbox++;
  bool own = JSObjectHasProperty(ctx, global, name);
  bypass_sandbox--;
  if (own)
    remember_name(JSObjectGetPrivate(global), name);
  else
    JSObjectSetProperty(ctx, sandbox, name, value, kJSPropertyAttributeNone, exc);
  JSUnlock(ctx);
  return !own;
}

static bool global_delete_cb(JSContextRef ctx, JSObjectRef global, JSStringRef name,
                             JSValueRef *exc) {
  JSObjectRef sandbox = sandbox_of(global);
  if (sandbox == NULL) return false;
  JSLock(ctx);
  bool deleted =
      JSObjectHasProperty(ctx, sandbox, name) && JSObjectDeleteProperty(ctx, sandbox, name, exc);
  JSUnlock(ctx);
  return deleted;
}

static void global_names_cb(JSContextRef ctx, JSObjectRef global,
                            JSPropertyNameAccumulatorRef names) {
  JSObjectRef sandbox = sandbox_of(global);
  if (sandbox == NULL) return;
  JSPropertyNameArrayRef list = JSObjectCopyPropertyNames(ctx, sandbox);
  size_t count = JSPropertyNameArrayGetCount(list);
  for (size_t i = 0; i < count; i++)
    JSPropertyNameAccumulatorAddName(names, JSPropertyNameArrayGetNameAtIndex(list, i));
  JSPropertyNameArrayRelease(list);
}

/* May run on any thread, after the global is unreachable: frees memory only. */
static void global_finalize_cb(JSObjectRef global) {
  vm_global_t *g = JSObjectGetPrivate(global);
  if (g != NULL && g->magic == VM_GLOBAL_MAGIC) {
    g->magic = 0;
    for (size_t i = 0; i < g->name_count; i++)
      free(g->names[i].chars);
    free(g->names);
    free(g);
  }
}

static JSClassRef global_class(void) {
  static _Thread_local JSClassRef cls;
  if (cls == NULL) {
    JSClassDefinition def = kJSClassDefinitionEmpty;
    def.className = "Object";
    def.hasProperty = global_has_cb;
    def.getProperty = global_get_cb;
    def.setProperty = global_set_cb;
    def.deleteProperty = global_delete_cb;
    def.getPropertyNames = global_names_cb;
    def.finalize = global_finalize_cb;
    cls = JSClassCreate(&def);
  }
  return cls;
}

/* makeContext(sandbox, allowStrings) makes a new global in the runtime's group and returns
 * it. sandbox: an object whose properties become the context's globals, or anything else for
 * an ordinary global (DONT_CONTEXTIFY). allowStrings false disables eval and new Function. */
static JSValueRef make_context_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  lode_runtime_t *rt = lode_runtime();
  vm_global_t *g = malloc(sizeof *g);
  CHECK(g != NULL);
  *g = (vm_global_t){.magic = VM_GLOBAL_MAGIC};
  g->sandbox = argc > 0 && JSValueIsObject(ctx, argv[0]) ? (JSObjectRef)argv[0] : NULL;
  JSGlobalContextRef context =
      JSGlobalContextCreateInGroup(JSContextGetGroup(rt->ctx), global_class());
  JSGlobalContextSetIncludesNativeCallStackWhenReportingExceptions(context, false);
  JSObjectRef global = JSContextGetGlobalObject(context);
  /* V8's default, which Node's contexts have (JavaScriptCore's is 100). */
  JSStringRef error_name = JSStringCreateWithUTF8CString("Error");
  JSValueRef error = JSObjectGetProperty(ctx, global, error_name, NULL);
  JSStringRelease(error_name);
  if (JSValueIsObject(ctx, error)) {
    JSStringRef limit_name = JSStringCreateWithUTF8CString("stackTraceLimit");
    JSObjectSetProperty(ctx, (JSObjectRef)error, limit_name, JSValueMakeNumber(ctx, 10),
                        kJSPropertyAttributeNone, NULL);
    JSStringRelease(limit_name);
  }
  JSObjectSetPrivate(global, g);
  if (argc > 1 && JSValueIsBoolean(ctx, argv[1]) && !JSValueToBoolean(ctx, argv[1])) {
    JSStringRef message =
        JSStringCreateWithUTF8CString("Code generation from strings disallowed for this context");
    JSGlobalContextSetEvalEnabled(context, false, message);
    JSStringRelease(message);
  }
  /* Unhandled rejections inside the context reach process 'unhandledRejection' too. */
  if (rt->hooks != NULL) {
    JSStringRef name = JSStringCreateWithUTF8CString("onUnhandledRejection");
    JSValueRef hook = JSObjectGetProperty(rt->ctx, rt->hooks, name, NULL);
    JSStringRelease(name);
    if (JSValueIsObject(ctx, hook))
      JSGlobalContextSetUnhandledRejectionCallback(context, (JSObjectRef)hook, NULL);
  }
  /* From here on the global lives as long as something refers to it (lib/vm.js does). */
  JSGlobalContextRelease(context);
  return global;
}

/* The vm_global_t of obj when it is a contextified global with a sandbox, else NULL. */
static vm_global_t *contextified(JSContextRef ctx, JSValueRef obj) {
  if (!JSValueIsObjectOfClass(ctx, obj, global_class())) return NULL;
  vm_global_t *g = JSObjectGetPrivate((JSObjectRef)obj);
  return g != NULL && g->magic == VM_GLOBAL_MAGIC && g->sandbox != NULL ? g : NULL;
}

/* declaredNames(global) returns the names the real global of a context has besides the
 * sandbox (see vm_global_t), or undefined when there are none. */
static JSValueRef declared_names_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  vm_global_t *g = argc > 0 ? contextified(ctx, argv[0]) : NULL;
  if (g == NULL || g->name_count == 0) return JSValueMakeUndefined(ctx);
  /* Filled one by one: values kept only in malloc'd memory would be invisible to the
   * collector. */
  JSObjectRef array = JSObjectMakeArray(ctx, 0, NULL, exc);
  if (array == NULL) return NULL;
  for (size_t i = 0; i < g->name_count; i++) {
    JSStringRef name = JSStringCreateWithCharacters(g->names[i].chars, g->names[i].len);
    JSObjectSetPropertyAtIndex(ctx, array, (unsigned)i, JSValueMakeString(ctx, name), NULL);
    JSStringRelease(name);
  }
  return array;
}

/* ownValue(global, name[, value]) reads (or, with value, writes) the real global's own
 * property name, past the sandbox. */
static JSValueRef own_value_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  if (argc < 2 || contextified(ctx, argv[0]) == NULL || !JSValueIsString(ctx, argv[1]))
    return JSValueMakeUndefined(ctx);
  JSObjectRef global = (JSObjectRef)argv[0];
  JSStringRef name = JSValueToStringCopy(ctx, argv[1], NULL);
  JSValueRef result = JSValueMakeUndefined(ctx);
  bypass_sandbox++;
  if (argc > 2)
    JSObjectSetProperty(ctx, global, name, argv[2], kJSPropertyAttributeNone, exc);
  else
    result = JSObjectGetProperty(ctx, global, name, exc);
  bypass_sandbox--;
  JSStringRelease(name);
  return result;
}

/* The realm whose global object is v, or NULL when v is not a global object. */
static JSGlobalContextRef realm_of_global(JSContextRef ctx, JSValueRef v) {
  if (!JSValueIsObject(ctx, v)) return NULL;
  JSGlobalContextRef realm = JSObjectGetGlobalContext((JSObjectRef)v);
  return realm != NULL && JSContextGetGlobalObject(realm) == (JSObjectRef)v ? realm : NULL;
}

/* isGlobalObject(v) → whether v is the global object of a realm (this one or a vm context's). */
static JSValueRef is_global_object_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  return JSValueMakeBoolean(ctx, argc > 0 && realm_of_global(ctx, argv[0]) != NULL);
}

/* setGlobalPrototype(object, proto) → true when object is the global object of a realm and
 * proto an object or null, having made proto its [[Prototype]]; false (and nothing done)
 * otherwise. JavaScriptCore's global objects refuse a new prototype (their [[Prototype]] is
 * immutable, as a browser's window's is); Node's take one. The caller has checked that the
 * global is extensible and that proto's chain does not lead back to it. */
LODE_LOCKED_CB(set_global_prototype_cb) {
  LODE_CB_UNUSED;
  if (set_prototype_direct == NULL)
    *(void **)&set_prototype_direct =
        lode_engine_symbol("_ZN3JSC8JSObject18setPrototypeDirectERNS_2VMENS_7JSValueE");
  JSGlobalContextRef realm = argc < 2 ? NULL : realm_of_global(ctx, argv[0]);
  if (realm == NULL || set_prototype_direct == NULL ||
      !(JSValueIsObject(ctx, argv[1]) || JSValueIsNull(ctx, argv[1])))
    return JSValueMakeBoolean(ctx, false);
  set_prototype_direct(realm, JSContextGetGroup(realm), argv[1]);
  return JSValueMakeBoolean(ctx, true);
}

/* The execution deadline of the innermost evaluate() with a timeout (uv_hrtime ns, 0 none)
 * and where its should-terminate callback records that it fired. */
static _Thread_local uint64_t active_deadline;
static _Thread_local bool *active_fired;

static bool terminate_cb(JSContextRef ctx, void *data) {
  (void)ctx;
  *(bool *)data = true;
  return true;
}

static void set_time_limit(JSContextRef ctx, uint64_t deadline, bool *fired) {
  uint64_t now = uv_hrtime();
  double seconds = deadline > now ? (double)(deadline - now) / 1e9 : 1e-6;
  JSContextGroupSetExecutionTimeLimit(JSContextGetGroup(ctx), seconds, terminate_cb, fired);
}

/* evaluate(target, source, filename, line, timeoutMs, timedOut) runs source as a script in
 * the realm of object target (this realm when target is not an object), its first line
 * numbered line. With timeoutMs > 0 the script is terminated after that many milliseconds (at
 * most the time left to an enclosing evaluate's limit): the result is then the value timedOut.
 * A script's own exception is thrown as it is. */
static JSValueRef evaluate_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  if (argc < 3 || !JSValueIsString(ctx, argv[1]) || !JSValueIsString(ctx, argv[2]))
    return lode_js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE",
                         "evaluate(target, source, filename) expects strings");
  JSContextRef target =
      JSValueIsObject(ctx, argv[0]) ? JSObjectGetGlobalContext((JSObjectRef)argv[0]) : ctx;
  double line = argc > 3 && JSValueIsNumber(ctx, argv[3]) ? JSValueToNumber(ctx, argv[3], NULL) : 1;
  if (!(line >= 1)) line = 1;
  if (line > 2147483647) line = 2147483647;
  double timeout =
      argc > 4 && JSValueIsNumber(ctx, argv[4]) ? JSValueToNumber(ctx, argv[4], NULL) : 0;
  JSStringRef source = JSValueToStringCopy(ctx, argv[1], NULL);
  JSStringRef filename = JSValueToStringCopy(ctx, argv[2], NULL);
  JSValueRef result;
  if (timeout > 0) {
    uint64_t outer_deadline = active_deadline;
    bool *outer_fired = active_fired;
    bool fired = false;
    uint64_t deadline = uv_hrtime() + (uint64_t)(timeout * 1e6);
    if (outer_deadline != 0 && outer_deadline < deadline) deadline = outer_deadline;
    active_deadline = deadline;
    active_fired = &fired;
    set_time_limit(ctx, deadline, &fired);
    result = JSEvaluateScript(target, source, NULL, filename, (int)line, exc);
    active_deadline = outer_deadline;
    active_fired = outer_fired;
    if (outer_deadline != 0)
      set_time_limit(ctx, outer_deadline, outer_fired);
    else
      JSContextGroupClearExecutionTimeLimit(JSContextGetGroup(ctx));
    if (fired) {
      *exc = NULL;
      result = argc > 5 ? argv[5] : JSValueMakeUndefined(ctx);
    }
  } else {
    result = JSEvaluateScript(target, source, NULL, filename, (int)line, exc);
  }
  JSStringRelease(source);
  JSStringRelease(filename);
  return result;
}

/* prepareTimeouts() creates the engine's watchdog (lib/vm.js calls it when it loads). The
 * engine starts a time limit's timer only in an outermost call into it made after the
 * watchdog exists, and vm's limits are set from inside running code: from the next such
 * call on, they fire. Not done at start-up: the watchdog makes a work queue (a thread). */
static JSValueRef prepare_timeouts_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  static _Thread_local bool prepared;
  if (!prepared) {
    prepared = true;
    JSContextGroupSetExecutionTimeLimit(JSContextGetGroup(ctx), 1e9, NULL, NULL);
    JSContextGroupClearExecutionTimeLimit(JSContextGetGroup(ctx));
  }
  return JSValueMakeUndefined(ctx);
}

JSObjectRef lode_binding_contextify(lode_runtime_t *rt) {
  JSObjectRef b = JSObjectMake(rt->ctx, NULL, NULL);
  lode_js_set_function(rt->ctx, b, "compileFunction", compile_function_cb);
  lode_js_set_function(rt->ctx, b, "runInThisContext", run_in_this_context_cb);
  lode_js_set_function(rt->ctx, b, "checkSyntax", check_syntax_cb);
  lode_js_set_function(rt->ctx, b, "makeContext", make_context_cb);
  lode_js_set_function(rt->ctx, b, "evaluate", evaluate_cb);
  lode_js_set_function(rt->ctx, b, "declaredNames", declared_names_cb);
  lode_js_set_function(rt->ctx, b, "ownValue", own_value_cb);
  lode_js_set_function(rt->ctx, b, "isGlobalObject", is_global_object_cb);
  lode_js_set_function(rt->ctx, b, "setGlobalPrototype", set_global_prototype_cb);
  lode_js_set_function(rt->ctx, b, "prepareTimeouts", prepare_timeouts_cb);
  return b;
}
