/* node:sqlite over SQLite (Debian's libsqlite3, loaded on first use): opening and closing
 * databases, preparing, binding, stepping and converting values, user functions. Validation
 * and Node's errors live in lib/internal/sqlite.js; this file turns SQLite failures into
 * ERR_SQLITE_ERROR (message, errcode, errstr) and never trusts its arguments.
 *
 * A database handle (db_t) and its statements (stmt_t) are freed by whichever comes last:
 * closing finalizes every statement of the database and marks it; a statement's wrapper
 * finalizer finalizes the statement if the database is still open. JavaScriptCore may run
 * finalizers on any thread, so the lists and counts are guarded by one mutex and finalizers
 * make no JSC call. User functions are found by index in the `fns` array that lib keeps on
 * the database's handle object, so nothing is protected from C (no cycles). */
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "index.h"
#include "sqlite_lazy.h"

LODE_LAZY_LIB(lode__libsqlite3, "libsqlite3.so.0");

typedef struct stmt_s stmt_t;

typedef struct db_s {
  sqlite3 *db;        /* NULL once closed */
  stmt_t *stmts;      /* live statements, to finalize on close */
  int refs;           /* the wrapper + each statement struct */
  JSObjectRef self;   /* the handle object, not protected (see above) */
  JSValueRef pending; /* exception thrown by a user function, protected while set */
  int busy;           /* nesting of calls running SQL (user functions run inside them) */
  bool close_pending; /* closed by a user function: really closed when busy drops to 0 */
} db_t;

struct stmt_s {
  sqlite3_stmt *st; /* NULL once finalized */
  db_t *db;
  stmt_t *prev, *next;
};

typedef struct fn_s {
  db_t *db;
  int index;
  bool bigint_args;
} fn_t;

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
/* Property names used on every call, made once. */
static JSStringRef key_fns;
static JSClassRef db_class, stmt_class;

/* Row flags from lib: read integers as BigInts; with F_NAMES, also return the column names
 * (lib turns the value arrays into objects, and keeps the names between calls). */
enum { F_BIGINTS = 1, F_NAMES = 4 };

/* ---- Lifetime ---- */

static void db_unref_locked(db_t *d) {
  if (--d->refs == 0) free(d);
}

static void db_close_locked(db_t *d) {
  for (stmt_t *s = d->stmts; s != NULL; s = s->next) {
    if (s->st != NULL) sqlite3_finalize(s->st);
    s->st = NULL;
  }
  if (d->db != NULL) sqlite3_close_v2(d->db);
  d->db = NULL;
}

static void db_finalize(JSObjectRef obj) {
  db_t *d = JSObjectGetPrivate(obj);
  if (d == NULL) return;
  pthread_mutex_lock(&lock);
  db_close_locked(d);
  db_unref_locked(d);
  pthread_mutex_unlock(&lock);
}

static void stmt_finalize(JSObjectRef obj) {
  stmt_t *s = JSObjectGetPrivate(obj);
  if (s == NULL) return;
  pthread_mutex_lock(&lock);
  if (s->st != NULL) sqlite3_finalize(s->st);
  if (s->prev != NULL)
    s->prev->next = s->next;
  else
    s->db->stmts = s->next;
  if (s->next != NULL) s->next->prev = s->prev;
  db_unref_locked(s->db);
  pthread_mutex_unlock(&lock);
  free(s);
}

/* ---- Errors ---- */

static JSValueRef throw_code(JSContextRef ctx, JSValueRef *exc, int code, const char *msg) {
  lode_js_throw(ctx, exc, "Error", "ERR_SQLITE_ERROR", "%s", msg);
  JSObjectRef err = (JSObjectRef)*exc;
  lode_js_set_number(ctx, err, "errcode", code);
  lode_js_set_string(ctx, err, "errstr", sqlite3_errstr(code));
  return JSValueMakeUndefined(ctx);
}

/* The error of d's last call, or the exception a user function threw during it. */
static JSValueRef throw_db(JSContextRef ctx, JSValueRef *exc, db_t *d) {
  if (d->pending != NULL) {
    *exc = d->pending;
    JSValueUnprotect(ctx, d->pending);
    d->pending = NULL;
    return JSValueMakeUndefined(ctx);
  }
  return throw_code(ctx, exc, sqlite3_extended_errcode(d->db), sqlite3_errmsg(d->db));
}

static JSValueRef throw_state(JSContextRef ctx, JSValueRef *exc, const char *msg) {
  return lode_js_throw(ctx, exc, "Error", "ERR_INVALID_STATE", "%s", msg);
}

/* Whether argv[0] is an object of class cls; if not, throws Node's ERR_INVALID_THIS naming
 * type. */
static bool arg_is(JSContextRef ctx, size_t argc, const JSValueRef argv[], JSClassRef cls,
                   const char *type, JSValueRef *exc) {
  if (argc >= 1 && JSValueIsObjectOfClass(ctx, argv[0], cls)) return true;
  lode_js_throw(ctx, exc, "TypeError", "ERR_INVALID_THIS", "Value of \"this\" must be of type %s",
                type);
  return false;
}

/* The open database behind argv[0], or NULL with an exception set. */
static db_t *arg_db(JSContextRef ctx, size_t argc, const JSValueRef argv[], JSValueRef *exc) {
  if (!arg_is(ctx, argc, argv, db_class, "DatabaseSync", exc)) return NULL;
  db_t *d = JSObjectGetPrivate((JSObjectRef)argv[0]);
  if (d == NULL || d->db == NULL || d->close_pending) {
    throw_state(ctx, exc, "database is not open");
    return NULL;
  }
  d->self = (JSObjectRef)argv[0];
  return d;
}

static stmt_t *arg_stmt(JSContextRef ctx, size_t argc, const JSValueRef argv[], JSValueRef *exc) {
  if (!arg_is(ctx, argc, argv, stmt_class, "StatementSync", exc)) return NULL;
  stmt_t *s = JSObjectGetPrivate((JSObjectRef)argv[0]);
  if (s == NULL || s->st == NULL || s->db->db == NULL || s->db->close_pending) {
    throw_state(ctx, exc, "statement has been finalized");
    return NULL;
  }
  return s;
}

static char *arg_utf8(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i, size_t *len,
                      JSValueRef *exc) {
  if (i >= argc || !JSValueIsString(ctx, argv[i])) {
    lode_js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "The argument must be a string.");
    return NULL;
  }
  return lode_js_value_to_utf8(ctx, argv[i], len, exc);
}

static bool arg_bool(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i) {
  return i < argc && JSValueToBoolean(ctx, argv[i]);
}

static double arg_num(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i) {
  if (i >= argc || !JSValueIsNumber(ctx, argv[i])) return 0;
  double v = JSValueToNumber(ctx, argv[i], NULL);
  return isfinite(v) ? v : 0;
}

/* ---- Values ---- */

static JSValueRef int_value(JSContextRef ctx, sqlite3_int64 v, bool bigints, JSValueRef *exc) {
  if (bigints) return JSBigIntCreateWithInt64(ctx, v, exc);
  if (v > 9007199254740991LL || v < -9007199254740991LL) {
    lode_js_throw(ctx, exc, "RangeError", "ERR_OUT_OF_RANGE",
                  "Value is too large to be represented as a JavaScript number: %lld",
                  (long long)v);
    return NULL;
  }
  return JSValueMakeNumber(ctx, (double)v);
}

static JSValueRef bytes_value(JSContextRef ctx, const void *p, size_t n, JSValueRef *exc) {
  JSObjectRef arr = JSObjectMakeTypedArray(ctx, kJSTypedArrayTypeUint8Array, n, exc);
  if (arr == NULL) return NULL;
  if (n > 0) memcpy(JSObjectGetTypedArrayBytesPtr(ctx, arr, NULL), p, n);
  return arr;
}

static JSValueRef column_value(JSContextRef ctx, sqlite3_stmt *st, int i, bool bigints,
                               JSValueRef *exc) {
  switch (sqlite3_column_type(st, i)) {
  case SQLITE_INTEGER: return int_value(ctx, sqlite3_column_int64(st, i), bigints, exc);
  case SQLITE_FLOAT: return JSValueMakeNumber(ctx, sqlite3_column_double(st, i));
  case SQLITE_TEXT: {
    const char *t = (const char *)sqlite3_column_text(st, i);
    return lode_js_value_from_utf8(ctx, t ? t : "", (size_t)sqlite3_column_bytes(st, i));
  }
  case SQLITE_BLOB: {
    const void *p = sqlite3_column_blob(st, i);
    return bytes_value(ctx, p, (size_t)sqlite3_column_bytes(st, i), exc);
  }
  default: return JSValueMakeNull(ctx);
  }
}

static JSValueRef sqlite_value(JSContextRef ctx, sqlite3_value *v, bool bigints, JSValueRef *exc) {
  switch (sqlite3_value_type(v)) {
  case SQLITE_INTEGER: return int_value(ctx, sqlite3_value_int64(v), bigints, exc);
  case SQLITE_FLOAT: return JSValueMakeNumber(ctx, sqlite3_value_double(v));
  case SQLITE_TEXT: {
    const char *t = (const char *)sqlite3_value_text(v);
    return lode_js_value_from_utf8(ctx, t ? t : "", (size_t)sqlite3_value_bytes(v));
  }
  case SQLITE_BLOB: {
    const void *p = sqlite3_value_blob(v);
    return bytes_value(ctx, p, (size_t)sqlite3_value_bytes(v), exc);
  }
  default: return JSValueMakeNull(ctx);
  }
}

/* The current row of st as an array of its n values. Built from values on the stack (which
 * the garbage collector scans) in one call when there are not too many columns. */
static JSValueRef row_value(JSContextRef ctx, sqlite3_stmt *st, int n, bool bigints,
                            JSValueRef *exc) {
  enum { kStackColumns = 64 };
  if (n <= kStackColumns) {
    JSValueRef values[kStackColumns];
    for (int i = 0; i < n; i++) {
      values[i] = column_value(ctx, st, i, bigints, exc);
      if (values[i] == NULL) return NULL;
    }
    return JSObjectMakeArray(ctx, (size_t)n, values, exc);
  }
  JSObjectRef row = JSObjectMakeArray(ctx, 0, NULL, exc);
  if (row == NULL) return NULL;
  for (int i = 0; i < n; i++) {
    JSValueRef v = column_value(ctx, st, i, bigints, exc);
    if (v == NULL) return NULL;
    JSObjectSetPropertyAtIndex(ctx, row, (unsigned)i, v, NULL);
  }
  return row;
}

/* The column names of st, as an array of strings. */
static JSValueRef column_names(JSContextRef ctx, sqlite3_stmt *st, int n) {
  JSObjectRef names = JSObjectMakeArray(ctx, 0, NULL, NULL);
  for (int i = 0; i < n; i++) {
    const char *c = sqlite3_column_name(st, i);
    JSObjectSetPropertyAtIndex(ctx, names, (unsigned)i, lode_js_value_from_cstr(ctx, c ? c : ""),
                               NULL);
  }
  return names;
}

/* ---- Database ---- */

/* Closes d (on the loop thread). */
static void db_close(JSContextRef ctx, db_t *d) {
  pthread_mutex_lock(&lock);
  db_close_locked(d);
  pthread_mutex_unlock(&lock);
  d->close_pending = false;
  if (d->pending != NULL) JSValueUnprotect(ctx, d->pending);
  d->pending = NULL;
}

/* Ends a call that ran SQL on d: a close asked for meanwhile happens now. */
static void busy_leave(JSContextRef ctx, db_t *d) {
  if (--d->busy == 0 && d->close_pending) {
    /* An exception a user function threw is thrown by now, or was dropped. */
    if (d->pending != NULL) JSValueUnprotect(ctx, d->pending);
    d->pending = NULL;
    db_close(ctx, d);
  }
}

/* open(path, flags, timeout, foreignKeys, dqs, allowExtension, defensive) -> handle */
static JSValueRef open_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  size_t len;
  char *path = arg_utf8(ctx, argc, argv, 0, &len, exc);
  if (path == NULL) return NULL;
  if (strlen(path) != len) {
    free(path);
    return lode_js_throw(
        ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE",
        "The \"path\" argument must be a string, Uint8Array, or URL without null bytes.");
  }
  int flags = (int)arg_num(ctx, argc, argv, 1);
  flags &= SQLITE_OPEN_READONLY | SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_URI;
  if (!(flags & (SQLITE_OPEN_READONLY | SQLITE_OPEN_READWRITE))) flags |= SQLITE_OPEN_READONLY;
  sqlite3 *db = NULL;
  int rc = sqlite3_open_v2(path, &db, flags, NULL);
  free(path);
  if (rc != SQLITE_OK) {
    JSValueRef r = db ? throw_code(ctx, exc, sqlite3_extended_errcode(db), sqlite3_errmsg(db))
                      : throw_code(ctx, exc, rc, sqlite3_errstr(rc));
    sqlite3_close_v2(db);
    return r;
  }
  double timeout = arg_num(ctx, argc, argv, 2);
  if (timeout > 0) sqlite3_busy_timeout(db, timeout > 2147483647.0 ? 2147483647 : (int)timeout);
  int on = arg_bool(ctx, argc, argv, 3), dqs = arg_bool(ctx, argc, argv, 4);
  sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_FKEY, on, NULL);
  sqlite3_db_config(db, SQLITE_DBCONFIG_DQS_DML, dqs, NULL);
  sqlite3_db_config(db, SQLITE_DBCONFIG_DQS_DDL, dqs, NULL);
  sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, arg_bool(ctx, argc, argv, 5), NULL);
  sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, arg_bool(ctx, argc, argv, 6), NULL);
  db_t *d = calloc(1, sizeof *d);
  if (d == NULL) {
    sqlite3_close_v2(db);
    return lode_js_throw(ctx, exc, "Error", "ERR_MEMORY_ALLOCATION_FAILED", "Out of memory");
  }
  d->db = db;
  d->refs = 1;
  JSObjectRef h = JSObjectMake(ctx, db_class, d);
  d->self = h;
  return h;
}

static JSValueRef close_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  db_t *d = arg_db(ctx, argc, argv, exc);
  if (d == NULL) return NULL;
  if (d->busy > 0) {
    /* A user function closes the database its statement runs on: finishing that statement
     * first keeps SQLite from freeing what it is using. */
    d->close_pending = true;
    return JSValueMakeUndefined(ctx);
  }
  db_close(ctx, d);
  return JSValueMakeUndefined(ctx);
}

LODE_LOCKED_CB(is_open_cb) {
  LODE_CB_UNUSED;
  if (argc < 1 || !JSValueIsObjectOfClass(ctx, argv[0], db_class))
    return JSValueMakeBoolean(ctx, false);
  db_t *d = JSObjectGetPrivate((JSObjectRef)argv[0]);
  return JSValueMakeBoolean(ctx, d != NULL && d->db != NULL && !d->close_pending);
}

LODE_LOCKED_CB(is_transaction_cb) {
  LODE_CB_UNUSED;
  db_t *d = arg_db(ctx, argc, argv, exc);
  if (d == NULL) return NULL;
  return JSValueMakeBoolean(ctx, !sqlite3_get_autocommit(d->db));
}

LODE_LOCKED_CB(exec_cb) {
  LODE_CB_UNUSED;
  db_t *d = arg_db(ctx, argc, argv, exc);
  if (d == NULL) return NULL;
  char *sql = arg_utf8(ctx, argc, argv, 1, NULL, exc);
  if (sql == NULL) return NULL;
  d->busy++;
  int rc = sqlite3_exec(d->db, sql, NULL, NULL, NULL);
  free(sql);
  JSValueRef r = rc == SQLITE_OK ? JSValueMakeUndefined(ctx) : throw_db(ctx, exc, d);
  busy_leave(ctx, d);
  return r;
}

/* prepare(db, sql) -> statement handle, or null when sql holds no statement */
LODE_LOCKED_CB(prepare_cb) {
  LODE_CB_UNUSED;
  db_t *d = arg_db(ctx, argc, argv, exc);
  if (d == NULL) return NULL;
  size_t len;
  char *sql = arg_utf8(ctx, argc, argv, 1, &len, exc);
  if (sql == NULL) return NULL;
  sqlite3_stmt *st = NULL;
  int rc = sqlite3_prepare_v2(d->db, sql, (int)(len > 0x7fffffff ? 0x7fffffff : len), &st, NULL);
  free(sql);
  if (rc != SQLITE_OK) return throw_db(ctx, exc, d);
  if (st == NULL) return JSValueMakeNull(ctx);
  stmt_t *s = calloc(1, sizeof *s);
  if (s == NULL) {
    sqlite3_finalize(st);
    return lode_js_throw(ctx, exc, "Error", "ERR_MEMORY_ALLOCATION_FAILED", "Out of memory");
  }
  s->st = st;
  s->db = d;
  pthread_mutex_lock(&lock);
  d->refs++;
  s->next = d->stmts;
  if (d->stmts != NULL) d->stmts->prev = s;
  d->stmts = s;
  pthread_mutex_unlock(&lock);
  return JSObjectMake(ctx, stmt_class, s);
}

/* location(db, name) -> file name or null */
LODE_LOCKED_CB(location_cb) {
  LODE_CB_UNUSED;
  db_t *d = arg_db(ctx, argc, argv, exc);
  if (d == NULL) return NULL;
  char *name = arg_utf8(ctx, argc, argv, 1, NULL, exc);
  if (name == NULL) return NULL;
  const char *f = sqlite3_db_filename(d->db, name);
  free(name);
  if (f == NULL || *f == 0) return JSValueMakeNull(ctx);
  return lode_js_value_from_cstr(ctx, f);
}

static JSValueRef enable_load_extension_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  db_t *d = arg_db(ctx, argc, argv, exc);
  if (d == NULL) return NULL;
  sqlite3_db_config(d->db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, arg_bool(ctx, argc, argv, 1),
                    NULL);
  return JSValueMakeUndefined(ctx);
}

LODE_LOCKED_CB(enable_defensive_cb) {
  LODE_CB_UNUSED;
  db_t *d = arg_db(ctx, argc, argv, exc);
  if (d == NULL) return NULL;
  sqlite3_db_config(d->db, SQLITE_DBCONFIG_DEFENSIVE, arg_bool(ctx, argc, argv, 1), NULL);
  return JSValueMakeUndefined(ctx);
}

/* loadExtension(db, path, entryPoint|null) -> undefined, or the error message as a string */
static JSValueRef load_extension_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  db_t *d = arg_db(ctx, argc, argv, exc);
  if (d == NULL) return NULL;
  char *path = arg_utf8(ctx, argc, argv, 1, NULL, exc);
  if (path == NULL) return NULL;
  char *entry = NULL;
  if (argc > 2 && JSValueIsString(ctx, argv[2]))
    entry = lode_js_value_to_utf8(ctx, argv[2], NULL, exc);
  char *err = NULL;
  int rc = sqlite3_load_extension(d->db, path, entry, &err);
  free(path);
  free(entry);
  if (rc == SQLITE_OK) return JSValueMakeUndefined(ctx);
  JSValueRef msg = lode_js_value_from_cstr(ctx, err ? err : sqlite3_errstr(rc));
  sqlite3_free(err);
  return msg;
}

/* ---- User functions ---- */

static JSValueRef fns_key(JSContextRef ctx, db_t *d) {
  return JSObjectGetProperty(ctx, d->self, key_fns, NULL);
}

static void fn_destroy(void *p) {
  free(p);
}

static void fn_fail(sqlite3_context *sctx, db_t *d, JSContextRef ctx, JSValueRef e) {
  if (d->pending == NULL) {
    d->pending = e;
    JSValueProtect(ctx, e);
  }
  sqlite3_result_error(sctx, "user function threw", -1);
}

/* Calls lib's dispatcher fns[index](args, op, id) for f: args is an array of the SQL
 * arguments; op and id matter to aggregates only (see lib). Returns its result, or NULL
 * after reporting the failure to SQLite. */
static JSValueRef call_dispatcher(sqlite3_context *sctx, fn_t *f, int op, double id, int argc,
                                  sqlite3_value **argv) {
  db_t *d = f->db;
  JSContextRef ctx = lode_runtime()->ctx;
  JSValueRef fns = fns_key(ctx, d);
  JSValueRef fnv = JSValueIsObject(ctx, fns)
                       ? JSObjectGetPropertyAtIndex(ctx, (JSObjectRef)fns, (unsigned)f->index, NULL)
                       : NULL;
  if (fnv == NULL || !JSObjectIsFunction(ctx, (JSObjectRef)fnv)) {
    sqlite3_result_error(sctx, "function is not available", -1);
    return NULL;
  }
  JSValueRef e = NULL;
  JSObjectRef args = JSObjectMakeArray(ctx, 0, NULL, NULL);
  for (int i = 0; i < argc; i++) {
    JSValueRef v = sqlite_value(ctx, argv[i], f->bigint_args, &e);
    if (v == NULL) {
      fn_fail(sctx, d, ctx, e);
      return NULL;
    }
    JSObjectSetPropertyAtIndex(ctx, args, (unsigned)i, v, NULL);
  }
  JSValueRef call_args[3] = {args, JSValueMakeNumber(ctx, op), JSValueMakeNumber(ctx, id)};
  JSValueRef r = JSObjectCallAsFunction(ctx, (JSObjectRef)fnv, NULL, 3, call_args, &e);
  if (r == NULL) fn_fail(sctx, d, ctx, e);
  return r;
}

/* Gives SQLite the function's result r. */
static void set_result(sqlite3_context *sctx, db_t *d, JSContextRef ctx, JSValueRef r) {
  JSValueRef e = NULL;
  if (JSValueIsUndefined(ctx, r) || JSValueIsNull(ctx, r)) {
    sqlite3_result_null(sctx);
  } else if (JSValueIsNumber(ctx, r)) {
    sqlite3_result_double(sctx, JSValueToNumber(ctx, r, NULL));
  } else if (JSValueIsString(ctx, r)) {
    size_t len;
    char *s = lode_js_value_to_utf8(ctx, r, &len, &e);
    if (s == NULL) {
      fn_fail(sctx, d, ctx, e);
      return;
    }
    sqlite3_result_text64(sctx, s, len, free, SQLITE_UTF8);
  } else if (JSValueIsBigInt(ctx, r)) {
    if (JSValueCompareInt64(ctx, r, INT64_MAX, NULL) == kJSRelationConditionGreaterThan ||
        JSValueCompareInt64(ctx, r, INT64_MIN, NULL) == kJSRelationConditionLessThan) {
      sqlite3_result_error(sctx, "BigInt value is too large for SQLite", -1);
    } else {
      sqlite3_result_int64(sctx, JSValueToInt64(ctx, r, NULL));
    }
  } else {
    uint8_t *data;
    size_t len;
    if (lode_js_bytes(ctx, r, false, &data, &len)) {
      sqlite3_result_blob64(sctx, data ? (const void *)data : "", len, SQLITE_TRANSIENT);
    } else if (JSValueIsObject(ctx, r) &&
               JSValueIsInstanceOfConstructor(
                   ctx, r, (JSObjectRef)lode_js_get(ctx, JSContextGetGlobalObject(ctx), "Promise"),
                   NULL)) {
      sqlite3_result_error(sctx, "Asynchronous user-defined functions are not supported", -1);
    } else {
      sqlite3_result_error(sctx, "Returned JavaScript value cannot be converted to a SQLite value",
                           -1);
    }
  }
}

static void fn_call(sqlite3_context *sctx, int argc, sqlite3_value **argv) {
  fn_t *f = sqlite3_user_data(sctx);
  JSValueRef r = call_dispatcher(sctx, f, 0, 0, argc, argv);
  if (r != NULL) set_result(sctx, f->db, lode_runtime()->ctx, r);
}

/* Aggregates: lib keeps each group's accumulator under an id that the group's aggregate
 * context holds (0 = no row seen yet). Operations, as lib's dispatcher numbers them. */
enum { AGG_STEP = 1, AGG_INVERSE = 2, AGG_VALUE = 3, AGG_FINAL = 4 };

static double agg_id(sqlite3_context *sctx, bool create) {
  static double next_id;
  double *id = sqlite3_aggregate_context(sctx, create ? (int)sizeof *id : 0);
  if (id == NULL) return 0;
  if (*id == 0) *id = ++next_id;
  return *id;
}

static void agg_step(sqlite3_context *sctx, int argc, sqlite3_value **argv) {
  fn_t *f = sqlite3_user_data(sctx);
  call_dispatcher(sctx, f, AGG_STEP, agg_id(sctx, true), argc, argv);
}

static void agg_inverse(sqlite3_context *sctx, int argc, sqlite3_value **argv) {
  fn_t *f = sqlite3_user_data(sctx);
  call_dispatcher(sctx, f, AGG_INVERSE, agg_id(sctx, true), argc, argv);
}

static void agg_value(sqlite3_context *sctx) {
  fn_t *f = sqlite3_user_data(sctx);
  JSValueRef r = call_dispatcher(sctx, f, AGG_VALUE, agg_id(sctx, true), 0, NULL);
  if (r != NULL) set_result(sctx, f->db, lode_runtime()->ctx, r);
}

static void agg_final(sqlite3_context *sctx) {
  fn_t *f = sqlite3_user_data(sctx);
  JSValueRef r = call_dispatcher(sctx, f, AGG_FINAL, agg_id(sctx, false), 0, NULL);
  if (r != NULL) set_result(sctx, f->db, lode_runtime()->ctx, r);
}

/* createFunction(db, name, nargs, deterministic, directOnly, useBigIntArguments, index, kind):
 * kind 0 a scalar function, 1 an aggregate, 2 an aggregate that is also a window function */
static JSValueRef create_function_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  db_t *d = arg_db(ctx, argc, argv, exc);
  if (d == NULL) return NULL;
  char *name = arg_utf8(ctx, argc, argv, 1, NULL, exc);
  if (name == NULL) return NULL;
  int nargs = (int)arg_num(ctx, argc, argv, 2);
  if (nargs < -1 || nargs > 127) nargs = -1;
  int flags = SQLITE_UTF8;
  if (arg_bool(ctx, argc, argv, 3)) flags |= SQLITE_DETERMINISTIC;
  if (arg_bool(ctx, argc, argv, 4)) flags |= SQLITE_DIRECTONLY;
  fn_t *f = calloc(1, sizeof *f);
  if (f == NULL) {
    free(name);
    return lode_js_throw(ctx, exc, "Error", "ERR_MEMORY_ALLOCATION_FAILED", "Out of memory");
  }
  f->db = d;
  f->bigint_args = arg_bool(ctx, argc, argv, 5);
  f->index = (int)arg_num(ctx, argc, argv, 6);
  int kind = (int)arg_num(ctx, argc, argv, 7);
  int rc;
  if (kind == 0) {
    rc = sqlite3_create_function_v2(d->db, name, nargs, flags, f, fn_call, NULL, NULL, fn_destroy);
  } else {
    rc = sqlite3_create_window_function(d->db, name, nargs, flags, f, agg_step, agg_final,
                                        kind == 2 ? agg_value : NULL,
                                        kind == 2 ? agg_inverse : NULL, fn_destroy);
  }
  free(name);
  if (rc != SQLITE_OK) return throw_db(ctx, exc, d);
  return JSValueMakeUndefined(ctx);
}

/* ---- Statements ---- */

/* paramNames(stmt) -> array: index i holds the name of parameter i + 1, or null */
LODE_LOCKED_CB(param_names_cb) {
  LODE_CB_UNUSED;
  stmt_t *s = arg_stmt(ctx, argc, argv, exc);
  if (s == NULL) return NULL;
  int n = sqlite3_bind_parameter_count(s->st);
  JSObjectRef arr = JSObjectMakeArray(ctx, 0, NULL, NULL);
  for (int i = 0; i < n; i++) {
    const char *name = sqlite3_bind_parameter_name(s->st, i + 1);
    JSObjectSetPropertyAtIndex(ctx, arr, (unsigned)i,
                               name ? lode_js_value_from_cstr(ctx, name) : JSValueMakeNull(ctx),
                               NULL);
  }
  return arr;
}

/* Binds v to parameter i of s; undefined is left unbound. One JSValueGetType, not a chain of
 * JSValueIs* calls: each C API call takes the engine's lock. */
static bool bind_one(JSContextRef ctx, stmt_t *s, int i, JSValueRef v, JSValueRef *exc) {
  int rc;
  switch (JSValueGetType(ctx, v)) {
  case kJSTypeUndefined: return true;
  case kJSTypeNull: rc = sqlite3_bind_null(s->st, i); break;
  case kJSTypeNumber: rc = sqlite3_bind_double(s->st, i, JSValueToNumber(ctx, v, NULL)); break;
  case kJSTypeString: {
    size_t len;
    char *str = lode_js_value_to_utf8(ctx, v, &len, exc);
    if (str == NULL) return false;
    rc = sqlite3_bind_text64(s->st, i, str, len, free, SQLITE_UTF8);
    break;
  }
  case kJSTypeBigInt:
    if (JSValueCompareInt64(ctx, v, INT64_MAX, NULL) == kJSRelationConditionGreaterThan ||
        JSValueCompareInt64(ctx, v, INT64_MIN, NULL) == kJSRelationConditionLessThan) {
      lode_js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_VALUE",
                    "BigInt value is too large to bind.");
      return false;
    }
    rc = sqlite3_bind_int64(s->st, i, JSValueToInt64(ctx, v, NULL));
    break;
  default: {
    uint8_t *data;
    size_t len;
    if (!lode_js_bytes(ctx, v, false, &data, &len)) {
      lode_js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE",
                    "Provided value cannot be bound to SQLite parameter %d.", i);
      return false;
    }
    rc = sqlite3_bind_blob64(s->st, i, data ? (const void *)data : "", len, SQLITE_TRANSIENT);
  }
  }
  if (rc != SQLITE_OK) {
    throw_db(ctx, exc, s->db);
    return false;
  }
  return true;
}

/* Binds argv[2 + i] to parameter i + 1 (undefined ones are left unbound) after resetting
 * the statement and clearing earlier bindings. Values come as arguments, not in an array:
 * reading an array's elements costs a C API call each. */
static bool bind_all(JSContextRef ctx, stmt_t *s, size_t argc, const JSValueRef argv[],
                     JSValueRef *exc) {
  sqlite3_reset(s->st);
  sqlite3_clear_bindings(s->st);
  if (argc <= 2) return true;
  size_t count = (size_t)sqlite3_bind_parameter_count(s->st);
  for (size_t i = 0; i < count && i + 2 < argc; i++) {
    if (!bind_one(ctx, s, (int)i + 1, argv[i + 2], exc)) return false;
  }
  return true;
}

/* The row flags, argv[1]. */
static int arg_flags(JSContextRef ctx, size_t argc, const JSValueRef argv[]) {
  return (int)arg_num(ctx, argc, argv, 1);
}

/* Numbers shared with lib as a Float64Array: what run() reports (changes, lastInsertRowid),
 * since a result object made here would cost a property store per field through the C API;
 * and how many times the statement last stepped was re-prepared (its columns may differ
 * then), so lib can keep column names between calls. */
static double run_result[3];

/* name_cb(stmt, ...) runs name_impl on the statement with its database marked busy (a
 * user function that closes the database then waits for the call to return). */
#define STMT_CB(name)                                                                              \
  LODE_LOCKED_CB(name##_cb) {                                                                      \
    LODE_CB_UNUSED;                                                                                \
    stmt_t *s = arg_stmt(ctx, argc, argv, exc);                                                    \
    if (s == NULL) return NULL;                                                                    \
    db_t *d = s->db;                                                                               \
    d->busy++;                                                                                     \
    JSValueRef r = name##_impl(ctx, s, argc, argv, exc);                                           \
    busy_leave(ctx, d);                                                                            \
    return r;                                                                                      \
  }

/* run(stmt, flags, ...values) -> undefined with run_result set, or with F_BIGINTS
 * [changes, lastInsertRowid] as BigInts */
static JSValueRef run_impl(JSContextRef ctx, stmt_t *s, size_t argc, const JSValueRef argv[],
                           JSValueRef *exc) {
  if (!bind_all(ctx, s, argc, argv, exc)) return NULL;
  int rc;
  while ((rc = sqlite3_step(s->st)) == SQLITE_ROW) {
  }
  sqlite3_reset(s->st);
  if (rc != SQLITE_DONE) return throw_db(ctx, exc, s->db);
  sqlite3_int64 changes = sqlite3_changes64(s->db->db);
  sqlite3_int64 rowid = sqlite3_last_insert_rowid(s->db->db);
  if (arg_flags(ctx, argc, argv) & F_BIGINTS) {
    JSValueRef pair[2] = {JSBigIntCreateWithInt64(ctx, changes, NULL),
                          JSBigIntCreateWithInt64(ctx, rowid, NULL)};
    return JSObjectMakeArray(ctx, 2, pair, exc);
  }
  run_result[0] = (double)changes;
  run_result[1] = (double)rowid;
  return JSValueMakeUndefined(ctx);
}

STMT_CB(run)

/* Steps the statement once: the row's values (with F_NAMES [values, names]), or done when
 * there is none (the statement is then reset, as after an error). */
static JSValueRef step_row(JSContextRef ctx, stmt_t *s, size_t argc, const JSValueRef argv[],
                           JSValueRef done, JSValueRef *exc) {
  int rc = sqlite3_step(s->st);
  if (rc == SQLITE_DONE) {
    sqlite3_reset(s->st);
    return done;
  }
  if (rc != SQLITE_ROW) {
    sqlite3_reset(s->st);
    return throw_db(ctx, exc, s->db);
  }
  int n = sqlite3_column_count(s->st);
  int flags = arg_flags(ctx, argc, argv);
  run_result[2] = sqlite3_stmt_status(s->st, SQLITE_STMTSTATUS_REPREPARE, 0);
  JSValueRef row = row_value(ctx, s->st, n, flags & F_BIGINTS, exc);
  if (row != NULL && (flags & F_NAMES)) {
    JSValueRef pair[2] = {row, column_names(ctx, s->st, n)};
    row = JSObjectMakeArray(ctx, 2, pair, exc);
  }
  return row;
}

/* get(stmt, flags, ...values) -> the first row's values (with F_NAMES [values, names]), or
 * undefined */
static JSValueRef get_impl(JSContextRef ctx, stmt_t *s, size_t argc, const JSValueRef argv[],
                           JSValueRef *exc) {
  if (!bind_all(ctx, s, argc, argv, exc)) return NULL;
  JSValueRef row = step_row(ctx, s, argc, argv, JSValueMakeUndefined(ctx), exc);
  sqlite3_reset(s->st);
  return row;
}

STMT_CB(get)

/* all(stmt, flags, ...values) -> array of rows' values; with F_NAMES the column names follow
 * as the last element */
static JSValueRef all_impl(JSContextRef ctx, stmt_t *s, size_t argc, const JSValueRef argv[],
                           JSValueRef *exc) {
  if (!bind_all(ctx, s, argc, argv, exc)) return NULL;
  int flags = arg_flags(ctx, argc, argv);
  int n = 0;
  JSObjectRef out = JSObjectMakeArray(ctx, 0, NULL, NULL);
  unsigned count = 0;
  int rc;
  while ((rc = sqlite3_step(s->st)) == SQLITE_ROW) {
    /* Counted after the first step: stepping may re-prepare the statement (schema change). */
    if (count == 0) n = sqlite3_column_count(s->st);
    JSValueRef row = row_value(ctx, s->st, n, flags & F_BIGINTS, exc);
    if (row == NULL) {
      sqlite3_reset(s->st);
      return NULL;
    }
    JSObjectSetPropertyAtIndex(ctx, out, count++, row, NULL);
  }
  run_result[2] = sqlite3_stmt_status(s->st, SQLITE_STMTSTATUS_REPREPARE, 0);
  if (rc == SQLITE_DONE && (flags & F_NAMES)) {
    JSObjectSetPropertyAtIndex(ctx, out, count,
                               column_names(ctx, s->st, sqlite3_column_count(s->st)), NULL);
  }
  sqlite3_reset(s->st);
  if (rc != SQLITE_DONE) return throw_db(ctx, exc, s->db);
  return out;
}

STMT_CB(all)

/* bind(stmt, flags, ...values) resets and binds, for iterate() */
LODE_LOCKED_CB(bind_cb) {
  LODE_CB_UNUSED;
  stmt_t *s = arg_stmt(ctx, argc, argv, exc);
  if (s == NULL || !bind_all(ctx, s, argc, argv, exc)) return NULL;
  return JSValueMakeUndefined(ctx);
}

/* step(stmt, flags) -> the next row's values (with F_NAMES [values, names]), or
 * null when done (the statement is reset) */
static JSValueRef step_impl(JSContextRef ctx, stmt_t *s, size_t argc, const JSValueRef argv[],
                            JSValueRef *exc) {
  return step_row(ctx, s, argc, argv, JSValueMakeNull(ctx), exc);
}

STMT_CB(step)

/* columnNames(stmt) -> the column names; sets run_result[2] */
LODE_LOCKED_CB(column_names_cb) {
  LODE_CB_UNUSED;
  stmt_t *s = arg_stmt(ctx, argc, argv, exc);
  if (s == NULL) return NULL;
  run_result[2] = sqlite3_stmt_status(s->st, SQLITE_STMTSTATUS_REPREPARE, 0);
  return column_names(ctx, s->st, sqlite3_column_count(s->st));
}

LODE_LOCKED_CB(reset_cb) {
  LODE_CB_UNUSED;
  if (argc >= 1 && JSValueIsObjectOfClass(ctx, argv[0], stmt_class)) {
    stmt_t *s = JSObjectGetPrivate((JSObjectRef)argv[0]);
    if (s != NULL && s->st != NULL && s->db->db != NULL) sqlite3_reset(s->st);
  }
  return JSValueMakeUndefined(ctx);
}

static JSValueRef str_or_null(JSContextRef ctx, const char *s) {
  return s ? lode_js_value_from_cstr(ctx, s) : JSValueMakeNull(ctx);
}

/* columns(stmt) -> [{ column, database, name, table, type }] */
LODE_LOCKED_CB(columns_cb) {
  LODE_CB_UNUSED;
  stmt_t *s = arg_stmt(ctx, argc, argv, exc);
  if (s == NULL) return NULL;
  int n = sqlite3_column_count(s->st);
  JSObjectRef out = JSObjectMakeArray(ctx, 0, NULL, NULL);
  for (int i = 0; i < n; i++) {
    JSObjectRef c = JSObjectMake(ctx, NULL, NULL);
    JSObjectSetPrototype(ctx, c, JSValueMakeNull(ctx));
    JSObjectSetPropertyAtIndex(ctx, out, (unsigned)i, c, NULL);
    lode_js_set(ctx, c, "column", str_or_null(ctx, sqlite3_column_origin_name(s->st, i)));
    lode_js_set(ctx, c, "database", str_or_null(ctx, sqlite3_column_database_name(s->st, i)));
    lode_js_set(ctx, c, "name", str_or_null(ctx, sqlite3_column_name(s->st, i)));
    lode_js_set(ctx, c, "table", str_or_null(ctx, sqlite3_column_table_name(s->st, i)));
    lode_js_set(ctx, c, "type", str_or_null(ctx, sqlite3_column_decltype(s->st, i)));
  }
  return out;
}

LODE_LOCKED_CB(source_sql_cb) {
  LODE_CB_UNUSED;
  stmt_t *s = arg_stmt(ctx, argc, argv, exc);
  if (s == NULL) return NULL;
  return str_or_null(ctx, sqlite3_sql(s->st));
}

LODE_LOCKED_CB(expanded_sql_cb) {
  LODE_CB_UNUSED;
  stmt_t *s = arg_stmt(ctx, argc, argv, exc);
  if (s == NULL) return NULL;
  char *e = sqlite3_expanded_sql(s->st);
  if (e == NULL)
    return lode_js_throw(ctx, exc, "Error", "ERR_SQLITE_ERROR",
                         "Expanded SQL text would exceed configured limits");
  JSValueRef v = lode_js_value_from_cstr(ctx, e);
  sqlite3_free(e);
  return v;
}

/* backup(src, destPath, sourceDb, targetDb, pagesPerStep) -> total pages; runs to the end */
static JSValueRef backup_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  db_t *d = arg_db(ctx, argc, argv, exc);
  if (d == NULL) return NULL;
  char *path = arg_utf8(ctx, argc, argv, 1, NULL, exc);
  if (path == NULL) return NULL;
  char *src = arg_utf8(ctx, argc, argv, 2, NULL, exc);
  char *dst = src ? arg_utf8(ctx, argc, argv, 3, NULL, exc) : NULL;
  if (dst == NULL) {
    free(path);
    free(src);
    return NULL;
  }
  int pages = (int)arg_num(ctx, argc, argv, 4);
  if (pages <= 0) pages = 100;
  sqlite3 *to = NULL;
  int rc = sqlite3_open_v2(path, &to, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  JSValueRef result = NULL;
  if (rc != SQLITE_OK) {
    result = throw_code(ctx, exc, to ? sqlite3_extended_errcode(to) : rc,
                        to ? sqlite3_errmsg(to) : sqlite3_errstr(rc));
  } else {
    sqlite3_backup *b = sqlite3_backup_init(to, dst, d->db, src);
    if (b == NULL) {
      result = throw_code(ctx, exc, sqlite3_extended_errcode(to), sqlite3_errmsg(to));
    } else {
      do
        rc = sqlite3_backup_step(b, pages);
      while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
      int total = sqlite3_backup_pagecount(b);
      sqlite3_backup_finish(b);
      if (rc == SQLITE_DONE)
        result = JSValueMakeNumber(ctx, total);
      else
        result = throw_code(ctx, exc, sqlite3_extended_errcode(to), sqlite3_errmsg(to));
    }
  }
  sqlite3_close_v2(to);
  free(path);
  free(src);
  free(dst);
  return result;
}

static JSValueRef version_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  return lode_js_value_from_cstr(ctx, sqlite3_libversion());
}

JSObjectRef lode_binding_sqlite(lode_runtime_t *rt) {
  JSContextRef ctx = rt->ctx;
  if (db_class == NULL) {
    JSClassDefinition def = kJSClassDefinitionEmpty;
    def.className = "DatabaseHandle";
    def.finalize = db_finalize;
    db_class = JSClassCreate(&def);
    def.className = "StatementHandle";
    def.finalize = stmt_finalize;
    stmt_class = JSClassCreate(&def);
    key_fns = JSStringCreateWithUTF8CString("fns");
  }
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  lode_js_set_function(ctx, b, "open", open_cb);
  lode_js_set_function(ctx, b, "close", close_cb);
  lode_js_set_function(ctx, b, "isOpen", is_open_cb);
  lode_js_set_function(ctx, b, "isTransaction", is_transaction_cb);
  lode_js_set_function(ctx, b, "exec", exec_cb);
  lode_js_set_function(ctx, b, "prepare", prepare_cb);
  lode_js_set_function(ctx, b, "location", location_cb);
  lode_js_set_function(ctx, b, "enableLoadExtension", enable_load_extension_cb);
  lode_js_set_function(ctx, b, "loadExtension", load_extension_cb);
  lode_js_set_function(ctx, b, "enableDefensive", enable_defensive_cb);
  lode_js_set_function(ctx, b, "createFunction", create_function_cb);
  lode_js_set_function(ctx, b, "paramNames", param_names_cb);
  lode_js_set_function(ctx, b, "run", run_cb);
  lode_js_set_function(ctx, b, "get", get_cb);
  lode_js_set_function(ctx, b, "all", all_cb);
  lode_js_set_function(ctx, b, "bind", bind_cb);
  lode_js_set_function(ctx, b, "step", step_cb);
  lode_js_set_function(ctx, b, "reset", reset_cb);
  lode_js_set_function(ctx, b, "columnNames", column_names_cb);
  lode_js_set_function(ctx, b, "columns", columns_cb);
  lode_js_set_function(ctx, b, "sourceSQL", source_sql_cb);
  lode_js_set_function(ctx, b, "expandedSQL", expanded_sql_cb);
  lode_js_set_function(ctx, b, "backup", backup_cb);
  lode_js_set_function(ctx, b, "version", version_cb);
  lode_js_set(ctx, b, "runResult",
              JSObjectMakeTypedArrayWithBytesNoCopy(ctx, kJSTypedArrayTypeFloat64Array, run_result,
                                                    sizeof run_result, NULL, NULL, NULL));
  return b;
}
