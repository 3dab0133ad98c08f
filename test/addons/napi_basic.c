/* A Node-API addon for test/parallel/test-napi-basic.js: values, strings, objects,
 * functions, classes with wrapped native data, errors, references, buffers, promises and
 * async work. Builds against Lode's include/ (and loads in Node too). */
#include <node_api.h>
#include <stdlib.h>
#include <string.h>

#define CALL(env, call)                                                                            \
  do {                                                                                             \
    if ((call) != napi_ok) {                                                                       \
      const napi_extended_error_info *info;                                                        \
      napi_get_last_error_info((env), &info);                                                      \
      bool pending;                                                                                \
      napi_is_exception_pending((env), &pending);                                                  \
      if (!pending)                                                                                \
        napi_throw_error((env), "E_NAPI_CALL", info->error_message ? info->error_message : #call); \
      return NULL;                                                                                 \
    }                                                                                              \
  } while (0)

static napi_value args(napi_env env, napi_callback_info info, size_t *argc, napi_value *argv) {
  napi_value self;
  CALL(env, napi_get_cb_info(env, info, argc, argv, &self, NULL));
  return self;
}

/* add(a, b): numbers in, number out; a non-number gives napi_number_expected. */
static napi_value add(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  args(env, info, &argc, argv);
  double a, b;
  CALL(env, napi_get_value_double(env, argv[0], &a));
  CALL(env, napi_get_value_double(env, argv[1], &b));
  napi_value r;
  CALL(env, napi_create_double(env, a + b, &r));
  return r;
}

/* status(value, kind): the napi_status of reading value as kind. */
static napi_value status_of(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  args(env, info, &argc, argv);
  char kind[16];
  size_t n;
  CALL(env, napi_get_value_string_utf8(env, argv[1], kind, sizeof kind, &n));
  napi_status s;
  if (!strcmp(kind, "int32")) {
    int32_t v;
    s = napi_get_value_int32(env, argv[0], &v);
  } else if (!strcmp(kind, "bool")) {
    bool v;
    s = napi_get_value_bool(env, argv[0], &v);
  } else if (!strcmp(kind, "string")) {
    size_t v;
    s = napi_get_value_string_utf8(env, argv[0], NULL, 0, &v);
  } else if (!strcmp(kind, "object")) {
    napi_value v;
    s = napi_get_prototype(env, argv[0], &v);
  } else if (!strcmp(kind, "bigint")) {
    int64_t v;
    bool l;
    s = napi_get_value_bigint_int64(env, argv[0], &v, &l);
  } else
    s = napi_invalid_arg;
  napi_value r;
  CALL(env, napi_create_int32(env, (int32_t)s, &r));
  return r;
}

/* Integer conversions as Node does them: [int32, uint32, int64]. */
static napi_value ints(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  args(env, info, &argc, argv);
  int32_t i32;
  uint32_t u32;
  int64_t i64;
  CALL(env, napi_get_value_int32(env, argv[0], &i32));
  CALL(env, napi_get_value_uint32(env, argv[0], &u32));
  CALL(env, napi_get_value_int64(env, argv[0], &i64));
  napi_value arr, v;
  CALL(env, napi_create_array_with_length(env, 3, &arr));
  CALL(env, napi_create_int32(env, i32, &v));
  CALL(env, napi_set_element(env, arr, 0, v));
  CALL(env, napi_create_uint32(env, u32, &v));
  CALL(env, napi_set_element(env, arr, 1, v));
  CALL(env, napi_create_int64(env, i64, &v));
  CALL(env, napi_set_element(env, arr, 2, v));
  return arr;
}

/* utf8(str, bufsize): the string read back through a buffer of bufsize bytes. */
static napi_value utf8(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  args(env, info, &argc, argv);
  uint32_t size;
  CALL(env, napi_get_value_uint32(env, argv[1], &size));
  char *buf = malloc(size + 1);
  size_t n;
  napi_status s = napi_get_value_string_utf8(env, argv[0], buf, size, &n);
  napi_value r;
  if (s == napi_ok) napi_create_string_utf8(env, buf, n, &r);
  free(buf);
  CALL(env, s);
  return r;
}

static napi_value latin1_utf16(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value arr, v;
  CALL(env, napi_create_array(env, &arr));
  CALL(env, napi_create_string_latin1(env, "caf\xe9", NAPI_AUTO_LENGTH, &v));
  CALL(env, napi_set_element(env, arr, 0, v));
  const char16_t units[] = {0x68, 0x69, 0xd83d, 0xde00, 0};
  CALL(env, napi_create_string_utf16(env, units, NAPI_AUTO_LENGTH, &v));
  CALL(env, napi_set_element(env, arr, 1, v));
  return arr;
}

/* typeOf(value): the napi_valuetype name. */
static napi_value type_of(napi_env env, napi_callback_info info) {
  static const char *names[] = {"undefined", "null",   "boolean",  "number",   "string",
                                "symbol",    "object", "function", "external", "bigint"};
  size_t argc = 1;
  napi_value argv[1];
  args(env, info, &argc, argv);
  napi_valuetype t;
  CALL(env, napi_typeof(env, argv[0], &t));
  napi_value r;
  CALL(env, napi_create_string_utf8(env, names[t], NAPI_AUTO_LENGTH, &r));
  return r;
}

/* callWith(fn, ...args): calls fn with this = undefined and the rest of the arguments. */
static napi_value call_with(napi_env env, napi_callback_info info) {
  size_t argc = 8;
  napi_value argv[8];
  args(env, info, &argc, argv);
  napi_value undefined, r;
  CALL(env, napi_get_undefined(env, &undefined));
  CALL(env, napi_call_function(env, undefined, argv[0], argc - 1, argv + 1, &r));
  return r;
}

/* throwWith(kind): throws an error of kind with code "E_TEST". */
static napi_value throw_with(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  args(env, info, &argc, argv);
  char kind[16];
  CALL(env, napi_get_value_string_utf8(env, argv[0], kind, sizeof kind, NULL));
  if (!strcmp(kind, "type"))
    napi_throw_type_error(env, "E_TEST", "bad type");
  else if (!strcmp(kind, "range"))
    napi_throw_range_error(env, "E_TEST", "out of range");
  else if (!strcmp(kind, "value")) {
    napi_value v;
    napi_create_int32(env, 42, &v);
    napi_throw(env, v);
  } else
    napi_throw_error(env, NULL, "plain");
  return NULL;
}

/* catchFrom(fn): calls fn, returns the exception it threw (cleared) or undefined. */
static napi_value catch_from(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  args(env, info, &argc, argv);
  napi_value undefined, r;
  napi_get_undefined(env, &undefined);
  napi_status s = napi_call_function(env, undefined, argv[0], 0, NULL, &r);
  if (s == napi_pending_exception) {
    napi_value e;
    CALL(env, napi_get_and_clear_last_exception(env, &e));
    return e;
  }
  return undefined;
}

/* keys(obj): own and inherited enumerable string keys (napi_get_property_names). */
static napi_value keys(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  args(env, info, &argc, argv);
  napi_value r;
  CALL(env, napi_get_property_names(env, argv[0], &r));
  return r;
}

/* objectOps(): builds { a: 1, b: 'two' }, deletes nothing, checks has/has_own. */
static napi_value object_ops(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value o, v, key;
  CALL(env, napi_create_object(env, &o));
  CALL(env, napi_create_int32(env, 1, &v));
  CALL(env, napi_set_named_property(env, o, "a", v));
  CALL(env, napi_create_string_utf8(env, "two", NAPI_AUTO_LENGTH, &v));
  CALL(env, napi_create_string_utf8(env, "b", NAPI_AUTO_LENGTH, &key));
  CALL(env, napi_set_property(env, o, key, v));
  bool has, own;
  CALL(env, napi_has_named_property(env, o, "a", &has));
  CALL(env, napi_has_own_property(env, o, key, &own));
  napi_value flag;
  CALL(env, napi_get_boolean(env, has && own, &flag));
  CALL(env, napi_set_named_property(env, o, "ok", flag));
  napi_property_descriptor props[] = {
      {"fixed", NULL, NULL, NULL, NULL, v, napi_enumerable, NULL},
  };
  CALL(env, napi_define_properties(env, o, 1, props));
  return o;
}

/* A class Counter(start) with increment(), a value getter and a static from(). */
typedef struct {
  double value;
} counter_t;

static int finalized_counters;

static void counter_free(napi_env env, void *data, void *hint) {
  (void)env;
  (void)hint;
  finalized_counters++;
  free(data);
}

static napi_value counter_new(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1], self, target;
  CALL(env, napi_get_cb_info(env, info, &argc, argv, &self, NULL));
  CALL(env, napi_get_new_target(env, info, &target));
  if (target == NULL) {
    napi_throw_type_error(env, NULL, "Counter must be called with new");
    return NULL;
  }
  counter_t *c = malloc(sizeof *c);
  c->value = 0;
  if (argc > 0) {
    napi_valuetype t;
    napi_typeof(env, argv[0], &t);
    if (t == napi_number) napi_get_value_double(env, argv[0], &c->value);
  }
  CALL(env, napi_wrap(env, self, c, counter_free, NULL, NULL));
  return self;
}

static napi_value counter_increment(napi_env env, napi_callback_info info) {
  napi_value self = args(env, info, NULL, NULL);
  counter_t *c;
  CALL(env, napi_unwrap(env, self, (void **)&c));
  c->value++;
  napi_value r;
  CALL(env, napi_create_double(env, c->value, &r));
  return r;
}

static napi_value counter_value(napi_env env, napi_callback_info info) {
  napi_value self = args(env, info, NULL, NULL);
  counter_t *c;
  CALL(env, napi_unwrap(env, self, (void **)&c));
  napi_value r;
  CALL(env, napi_create_double(env, c->value, &r));
  return r;
}

static napi_value counter_kind(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value r;
  CALL(env, napi_create_string_utf8(env, "counter", NAPI_AUTO_LENGTH, &r));
  return r;
}

static napi_value finalized(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value r;
  CALL(env, napi_create_int32(env, finalized_counters, &r));
  return r;
}

/* References: ref(obj) keeps a strong reference; deref() returns its value. */
static napi_ref saved;

static napi_value ref(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  args(env, info, &argc, argv);
  if (saved != NULL) napi_delete_reference(env, saved);
  CALL(env, napi_create_reference(env, argv[0], 1, &saved));
  uint32_t count;
  CALL(env, napi_reference_ref(env, saved, &count));
  CALL(env, napi_reference_unref(env, saved, &count));
  napi_value r;
  CALL(env, napi_create_uint32(env, count, &r));
  return r;
}

static napi_value deref(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value r;
  CALL(env, napi_get_reference_value(env, saved, &r));
  return r;
}

/* Buffers and typed arrays. */
static napi_value make_buffer(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value r;
  void *data;
  CALL(env, napi_create_buffer_copy(env, 5, "hello", &data, &r));
  return r;
}

static napi_value sum_bytes(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  args(env, info, &argc, argv);
  bool is;
  CALL(env, napi_is_typedarray(env, argv[0], &is));
  if (!is) {
    napi_throw_type_error(env, NULL, "expected a typed array");
    return NULL;
  }
  napi_typedarray_type type;
  size_t length, offset;
  void *data;
  napi_value ab;
  CALL(env, napi_get_typedarray_info(env, argv[0], &type, &length, &data, &ab, &offset));
  double sum = 0;
  if (type == napi_uint8_array)
    for (size_t i = 0; i < length; i++)
      sum += ((uint8_t *)data)[i];
  napi_value r;
  CALL(env, napi_create_double(env, sum, &r));
  return r;
}

static napi_value make_typed(napi_env env, napi_callback_info info) {
  (void)info;
  void *data;
  napi_value ab, ta;
  CALL(env, napi_create_arraybuffer(env, 16, &data, &ab));
  for (int i = 0; i < 4; i++)
    ((int32_t *)data)[i] = i * 10;
  CALL(env, napi_create_typedarray(env, napi_int32_array, 3, ab, 4, &ta));
  return ta;
}

/* Promises settled from async work on the thread pool: square(n) → n * n. */
typedef struct {
  napi_async_work work;
  napi_deferred deferred;
  double in, out;
} square_t;

static void square_execute(napi_env env, void *data) {
  (void)env;
  square_t *s = data;
  s->out = s->in * s->in;
}

static void square_complete(napi_env env, napi_status status, void *data) {
  square_t *s = data;
  napi_value v;
  if (status == napi_ok) {
    napi_create_double(env, s->out, &v);
    napi_resolve_deferred(env, s->deferred, v);
  } else {
    napi_value msg;
    napi_create_string_utf8(env, "cancelled", NAPI_AUTO_LENGTH, &msg);
    napi_create_error(env, NULL, msg, &v);
    napi_reject_deferred(env, s->deferred, v);
  }
  napi_delete_async_work(env, s->work);
  free(s);
}

static napi_value square(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  args(env, info, &argc, argv);
  square_t *s = calloc(1, sizeof *s);
  CALL(env, napi_get_value_double(env, argv[0], &s->in));
  napi_value promise, name;
  CALL(env, napi_create_promise(env, &s->deferred, &promise));
  CALL(env, napi_create_string_utf8(env, "square", NAPI_AUTO_LENGTH, &name));
  CALL(env, napi_create_async_work(env, NULL, name, square_execute, square_complete, s, &s->work));
  CALL(env, napi_queue_async_work(env, s->work));
  return promise;
}

/* external(n) and externalValue(e). */
static napi_value external(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  args(env, info, &argc, argv);
  int32_t *n = malloc(sizeof *n);
  CALL(env, napi_get_value_int32(env, argv[0], n));
  napi_value r;
  CALL(env, napi_create_external(env, n, counter_free, NULL, &r));
  return r;
}

static napi_value external_value(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  args(env, info, &argc, argv);
  int32_t *n;
  CALL(env, napi_get_value_external(env, argv[0], (void **)&n));
  napi_value r;
  CALL(env, napi_create_int32(env, *n, &r));
  return r;
}

static napi_value bigints(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  args(env, info, &argc, argv);
  int sign;
  size_t count = 4;
  uint64_t words[4];
  CALL(env, napi_get_value_bigint_words(env, argv[0], &sign, &count, words));
  napi_value r;
  CALL(env, napi_create_bigint_words(env, !sign, count, words, &r)); /* negated */
  return r;
}

static napi_value version(napi_env env, napi_callback_info info) {
  (void)info;
  uint32_t v;
  CALL(env, napi_get_version(env, &v));
  const napi_node_version *nv;
  CALL(env, napi_get_node_version(env, &nv));
  napi_value o, x;
  CALL(env, napi_create_object(env, &o));
  CALL(env, napi_create_uint32(env, v, &x));
  CALL(env, napi_set_named_property(env, o, "napi", x));
  CALL(env, napi_create_uint32(env, nv->major, &x));
  CALL(env, napi_set_named_property(env, o, "major", x));
  return o;
}

NAPI_MODULE_INIT() {
  napi_property_descriptor fns[] = {
      {"add", NULL, add, NULL, NULL, NULL, napi_default, NULL},
      {"status", NULL, status_of, NULL, NULL, NULL, napi_default, NULL},
      {"ints", NULL, ints, NULL, NULL, NULL, napi_default, NULL},
      {"utf8", NULL, utf8, NULL, NULL, NULL, napi_default, NULL},
      {"latin1Utf16", NULL, latin1_utf16, NULL, NULL, NULL, napi_default, NULL},
      {"typeOf", NULL, type_of, NULL, NULL, NULL, napi_default, NULL},
      {"callWith", NULL, call_with, NULL, NULL, NULL, napi_default, NULL},
      {"throwWith", NULL, throw_with, NULL, NULL, NULL, napi_default, NULL},
      {"catchFrom", NULL, catch_from, NULL, NULL, NULL, napi_default, NULL},
      {"keys", NULL, keys, NULL, NULL, NULL, napi_default, NULL},
      {"objectOps", NULL, object_ops, NULL, NULL, NULL, napi_default, NULL},
      {"finalized", NULL, finalized, NULL, NULL, NULL, napi_default, NULL},
      {"ref", NULL, ref, NULL, NULL, NULL, napi_default, NULL},
      {"deref", NULL, deref, NULL, NULL, NULL, napi_default, NULL},
      {"makeBuffer", NULL, make_buffer, NULL, NULL, NULL, napi_default, NULL},
      {"sumBytes", NULL, sum_bytes, NULL, NULL, NULL, napi_default, NULL},
      {"makeTyped", NULL, make_typed, NULL, NULL, NULL, napi_default, NULL},
      {"square", NULL, square, NULL, NULL, NULL, napi_default, NULL},
      {"external", NULL, external, NULL, NULL, NULL, napi_default, NULL},
      {"externalValue", NULL, external_value, NULL, NULL, NULL, napi_default, NULL},
      {"negateBigInt", NULL, bigints, NULL, NULL, NULL, napi_default, NULL},
      {"version", NULL, version, NULL, NULL, NULL, napi_default, NULL},
  };
  CALL(env, napi_define_properties(env, exports, sizeof fns / sizeof *fns, fns));
  napi_property_descriptor members[] = {
      {"increment", NULL, counter_increment, NULL, NULL, NULL, napi_default_method, NULL},
      {"value", NULL, NULL, counter_value, NULL, NULL, napi_enumerable, NULL},
      {"kind", NULL, counter_kind, NULL, NULL, NULL, napi_static, NULL},
  };
  napi_value cls;
  CALL(env,
       napi_define_class(env, "Counter", NAPI_AUTO_LENGTH, counter_new, NULL, 3, members, &cls));
  CALL(env, napi_set_named_property(env, exports, "Counter", cls));
  return exports;
}
