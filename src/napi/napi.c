/* Node-API over JavaScriptCore: values, objects, functions, classes, errors, references,
 * binary data, promises. The runtime part (module loading, async work, thread-safe
 * functions, callback scopes) is in napi_node.c. Policy that is easier in JavaScript
 * (property enumeration with filters, class constructors that see new.target) lives in
 * lib/internal/napi.js, whose helper functions each env keeps. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "napi_internal.h"

static const char *const error_messages[] = {
    NULL,
    "Invalid argument",
    "An object was expected",
    "A string was expected",
    "A string or symbol was expected",
    "A function was expected",
    "A number was expected",
    "A boolean was expected",
    "An array was expected",
    "Unknown failure",
    "An exception is pending",
    "The async work item was cancelled",
    "napi_escape_handle already called on scope",
    "Invalid handle scope usage",
    "Invalid callback scope usage",
    "Thread-safe function queue is full",
    "Thread-safe function handle is closing",
    "A bigint was expected",
    "A date was expected",
    "An arraybuffer was expected",
    "A detachable arraybuffer was expected",
    "Main thread would deadlock",
    "External buffers are not allowed",
    "Cannot run JavaScript",
};

napi_status napi_set_status(napi_env env, napi_status status) {
  env->last_error.error_code = status;
  return status;
}

napi_status napi_take_exception(napi_env env, JSValueRef exc) {
  if (env->pending_exception != NULL) JSValueUnprotect(env->ctx, env->pending_exception);
  env->pending_exception = exc;
  JSValueProtect(env->ctx, exc);
  return napi_set_status(env, napi_pending_exception);
}

JSValueRef napi_helper(napi_env env, const char *name, size_t argc, const JSValueRef *argv) {
  JSValueRef f = lode_js_get(env->ctx, env->helpers, name);
  JSValueRef exc = NULL;
  JSValueRef r = JSObjectCallAsFunction(env->ctx, (JSObjectRef)f, env->helpers, argc, argv, &exc);
  if (exc != NULL) {
    napi_take_exception(env, exc);
    return NULL;
  }
  return r;
}

napi_status napi_get_last_error_info(napi_env env, const napi_extended_error_info **result) {
  CHECK_ENV(env);
  CHECK_ARG(env, result);
  napi_status code = env->last_error.error_code;
  env->last_error.error_message =
      (size_t)code < sizeof error_messages / sizeof *error_messages ? error_messages[code] : NULL;
  *result = &env->last_error;
  return napi_ok;
}

/* ---- primitives ---- */

napi_status napi_get_undefined(napi_env env, napi_value *result) {
  CHECK_ENV(env);
  CHECK_ARG(env, result);
  *result = V(JSValueMakeUndefined(env->ctx));
  return napi_ok_status(env);
}

napi_status napi_get_null(napi_env env, napi_value *result) {
  CHECK_ENV(env);
  CHECK_ARG(env, result);
  *result = V(JSValueMakeNull(env->ctx));
  return napi_ok_status(env);
}

napi_status napi_get_global(napi_env env, napi_value *result) {
  CHECK_ENV(env);
  CHECK_ARG(env, result);
  *result = V(JSContextGetGlobalObject(env->ctx));
  return napi_ok_status(env);
}

napi_status napi_get_boolean(napi_env env, bool value, napi_value *result) {
  CHECK_ENV(env);
  CHECK_ARG(env, result);
  *result = V(JSValueMakeBoolean(env->ctx, value));
  return napi_ok_status(env);
}

napi_status napi_create_object(napi_env env, napi_value *result) {
  CHECK_ENV(env);
  CHECK_ARG(env, result);
  *result = V(JSObjectMake(env->ctx, NULL, NULL));
  return napi_ok_status(env);
}

napi_status napi_create_array(napi_env env, napi_value *result) {
  CHECK_ENV(env);
  CHECK_ARG(env, result);
  *result = V(JSObjectMakeArray(env->ctx, 0, NULL, NULL));
  return napi_ok_status(env);
}

napi_status napi_create_array_with_length(napi_env env, size_t length, napi_value *result) {
  CHECK_ENV(env);
  CHECK_ARG(env, result);
  JSObjectRef a = JSObjectMakeArray(env->ctx, 0, NULL, NULL);
  lode_js_set(env->ctx, a, "length",
              JSValueMakeNumber(env->ctx, (double)(length > 0xffffffffu ? 0 : length)));
  *result = V(a);
  return napi_ok_status(env);
}

#define NUMBER_CREATOR(name, type)                                                                 \
  napi_status name(napi_env env, type value, napi_value *result) {                                 \
    CHECK_ENV(env);                                                                                \
    CHECK_ARG(env, result);                                                                        \
    *result = V(JSValueMakeNumber(env->ctx, (double)value));                                       \
    return napi_ok_status(env);                                                                    \
  }
NUMBER_CREATOR(napi_create_double, double)
NUMBER_CREATOR(napi_create_int32, int32_t)
NUMBER_CREATOR(napi_create_uint32, uint32_t)
NUMBER_CREATOR(napi_create_int64, int64_t)

/* A length argument: NAPI_AUTO_LENGTH means NUL-terminated. */
static size_t string_length(const char *s, size_t length) {
  return length == NAPI_AUTO_LENGTH ? strlen(s) : length;
}

static napi_status make_string(napi_env env, JSStringRef s, napi_value *result) {
  *result = V(JSValueMakeString(env->ctx, s));
  JSStringRelease(s);
  return napi_ok_status(env);
}

napi_status napi_create_string_utf8(napi_env env, const char *str, size_t length,
                                    napi_value *result) {
  CHECK_ENV(env);
  CHECK_ARG(env, result);
  if (str == NULL && length != 0) return napi_set_status(env, napi_invalid_arg);
  if (length != NAPI_AUTO_LENGTH && length > INT32_MAX)
    return napi_set_status(env, napi_invalid_arg);
  return make_string(
      env, lode_js_string_from_utf8(str ? str : "", str ? string_length(str, length) : 0), result);
}

napi_status napi_create_string_latin1(napi_env env, const char *str, size_t length,
                                      napi_value *result) {
  CHECK_ENV(env);
  CHECK_ARG(env, result);
  if (str == NULL && length != 0) return napi_set_status(env, napi_invalid_arg);
  if (length != NAPI_AUTO_LENGTH && length > INT32_MAX)
    return napi_set_status(env, napi_invalid_arg);
  size_t n = str ? string_length(str, length) : 0;
  JSChar *units = malloc((n ? n : 1) * sizeof(JSChar));
  if (units == NULL) return napi_set_status(env, napi_generic_failure);
  for (size_t i = 0; i < n; i++)
    units[i] = (unsigned char)str[i];
  JSStringRef s = JSStringCreateWithCharacters(units, n);
  free(units);
  return make_string(env, s, result);
}

napi_status napi_create_string_utf16(napi_env env, const char16_t *str, size_t length,
                                     napi_value *result) {
  CHECK_ENV(env);
  CHECK_ARG(env, result);
  if (str == NULL && length != 0) return napi_set_status(env, napi_invalid_arg);
  if (length != NAPI_AUTO_LENGTH && length > INT32_MAX)
    return napi_set_status(env, napi_invalid_arg);
  size_t n = 0;
  if (str != NULL) {
    if (length == NAPI_AUTO_LENGTH) {
      while (str[n] != 0)
        n++;
    } else {
      n = length;
    }
  }
  return make_string(env, JSStringCreateWithCharacters((const JSChar *)str, n), result);
}

/* External strings are copied (JavaScriptCore's C API has no external strings); the
 * finalizer runs right away, as Node allows when `copied` is reported. */
napi_status node_api_create_external_string_latin1(napi_env env, char *str, size_t length,
                                                   napi_finalize finalize_callback,
                                                   void *finalize_hint, napi_value *result,
                                                   bool *copied) {
  napi_status s = napi_create_string_latin1(env, str, length, result);
  if (s != napi_ok) return s;
  if (copied != NULL) *copied = true;
  if (finalize_callback != NULL) finalize_callback(env, str, finalize_hint);
  return napi_ok;
}

napi_status node_api_create_external_string_utf16(napi_env env, char16_t *str, size_t length,
                                                  napi_finalize finalize_callback,
                                                  void *finalize_hint, napi_value *result,
                                                  bool *copied) {
  napi_status s = napi_create_string_utf16(env, str, length, result);
  if (s != napi_ok) return s;
  if (copied != NULL) *copied = true;
  if (finalize_callback != NULL) finalize_callback(env, str, finalize_hint);
  return napi_ok;
}

napi_status node_api_create_property_key_latin1(napi_env env, const char *str, size_t length,
                                                napi_value *result) {
  return napi_create_string_latin1(env, str, length, result);
}

napi_status node_api_create_property_key_utf8(napi_env env, const char *str, size_t length,
                                              napi_value *result) {
  return napi_create_string_utf8(env, str, length, result);
}

napi_status node_api_create_property_key_utf16(napi_env env, const char16_t *str, size_t length,
                                               napi_value *result) {
  return napi_create_string_utf16(env, str, length, result);
}

napi_status napi_create_symbol(napi_env env, napi_value description, napi_value *result) {
  CHECK_ENV(env);
  CHECK_ARG(env, result);
  JSStringRef d = NULL;
  if (description != NULL) {
    if (!JSValueIsString(env->ctx, J(description)))
      return napi_set_status(env, napi_string_expected);
    d = JSValueToStringCopy(env->ctx, J(description), NULL);
  }
  *result = V(JSValueMakeSymbol(env->ctx, d));
  if (d != NULL) JSStringRelease(d);
  return napi_ok_status(env);
}

napi_status node_api_symbol_for(napi_env env, const char *utf8description, size_t length,
                                napi_value *result) {
  PREAMBLE(env);
  CHECK_ARG(env, result);
  napi_value key;
  napi_status s = napi_create_string_utf8(env, utf8description, length, &key);
  if (s != napi_ok) return s;
  JSValueRef arg = J(key);
  JSValueRef r = napi_helper(env, "symbolFor", 1, &arg);
  if (r == NULL) return napi_set_status(env, napi_pending_exception);
  *result = V(r);
  return napi_ok_status(env);
}

/* ---- reading values ---- */

static JSClassRef external_class, function_class, object_class, construct_class, holder_class;

napi_status napi_typeof(napi_env env, napi_value value, napi_valuetype *result) {
  CHECK_ENV(env);
  CHECK_ARG(env, value);
  CHECK_ARG(env, result);
  JSContextRef ctx = env->ctx;
  switch (JSValueGetType(ctx, J(value))) {
  case kJSTypeUndefined: *result = napi_undefined; break;
  case kJSTypeNull: *result = napi_null; break;
  case kJSTypeBoolean: *result = napi_boolean; break;
  case kJSTypeNumber: *result = napi_number; break;
  case kJSTypeString: *result = napi_string; break;
  case kJSTypeSymbol: *result = napi_symbol; break;
  case kJSTypeBigInt: *result = napi_bigint; break;
  case kJSTypeObject:
    if (JSValueIsObjectOfClass(ctx, J(value), external_class))
      *result = napi_external;
    else if (JSObjectIsFunction(ctx, (JSObjectRef)J(value)))
      *result = napi_function;
    else
      *result = napi_object;
    break;
  default: return napi_set_status(env, napi_invalid_arg);
  }
  return napi_ok_status(env);
}

napi_status napi_get_value_double(napi_env env, napi_value value, double *result) {
  CHECK_ENV(env);
  CHECK_ARG(env, value);
  CHECK_ARG(env, result);
  if (!JSValueIsNumber(env->ctx, J(value))) return napi_set_status(env, napi_number_expected);
  *result = JSValueToNumber(env->ctx, J(value), NULL);
  return napi_ok_status(env);
}

/* The number as Node converts it to an integer: non-finite → 0, else truncated and
 * wrapped (int32/uint32) or saturated (int64). */
static napi_status get_number(napi_env env, napi_value value, double *d) {
  CHECK_ENV(env);
  CHECK_ARG(env, value);
  if (!JSValueIsNumber(env->ctx, J(value))) return napi_set_status(env, napi_number_expected);
  *d = JSValueToNumber(env->ctx, J(value), NULL);
  return napi_ok;
}

napi_status napi_get_value_int32(napi_env env, napi_value value, int32_t *result) {
  double d;
  napi_status s = get_number(env, value, &d);
  if (s != napi_ok) return s;
  CHECK_ARG(env, result);
  *result = JSValueToInt32(env->ctx, J(value), NULL);
  return napi_ok_status(env);
}

napi_status napi_get_value_uint32(napi_env env, napi_value value, uint32_t *result) {
  double d;
  napi_status s = get_number(env, value, &d);
  if (s != napi_ok) return s;
  CHECK_ARG(env, result);
  *result = JSValueToUInt32(env->ctx, J(value), NULL);
  return napi_ok_status(env);
}

napi_status napi_get_value_int64(napi_env env, napi_value value, int64_t *result) {
  double d;
  napi_status s = get_number(env, value, &d);
  if (s != napi_ok) return s;
  CHECK_ARG(env, result);
  if (!isfinite(d))
    *result = 0;
  else if (d >= 9223372036854775808.0)
    *result = INT64_MAX;
  else if (d <= -9223372036854775808.0)
    *result = INT64_MIN;
  else
    *result = (int64_t)d;
  return napi_ok_status(env);
}

napi_status napi_get_value_bool(napi_env env, napi_value value, bool *result) {
  CHECK_ENV(env);
  CHECK_ARG(env, value);
  CHECK_ARG(env, result);
  if (!JSValueIsBoolean(env->ctx, J(value))) return napi_set_status(env, napi_boolean_expected);
  *result = JSValueToBoolean(env->ctx, J(value));
  return napi_ok_status(env);
}

/* The UTF-16 units of a string value (borrowed from the returned JSStringRef). */
static JSStringRef string_of(napi_env env, napi_value value, napi_status *status) {
  if (value == NULL) {
    *status = napi_set_status(env, napi_invalid_arg);
    return NULL;
  }
  if (!JSValueIsString(env->ctx, J(value))) {
    *status = napi_set_status(env, napi_string_expected);
    return NULL;
  }
  *status = napi_ok;
  return JSValueToStringCopy(env->ctx, J(value), NULL);
}

napi_status napi_get_value_string_latin1(napi_env env, napi_value value, char *buf, size_t bufsize,
                                         size_t *result) {
  CHECK_ENV(env);
  napi_status status;
  JSStringRef s = string_of(env, value, &status);
  if (s == NULL) return status;
  size_t n = JSStringGetLength(s);
  const JSChar *units = JSStringGetCharactersPtr(s);
  if (buf == NULL) {
    if (result == NULL) {
      JSStringRelease(s);
      return napi_set_status(env, napi_invalid_arg);
    }
    *result = n;
  } else if (bufsize > 0) {
    size_t copy = n < bufsize - 1 ? n : bufsize - 1;
    for (size_t i = 0; i < copy; i++)
      buf[i] = (char)(units[i] & 0xff);
    buf[copy] = 0;
    if (result != NULL) *result = copy;
  } else if (result != NULL) {
    *result = 0;
  }
  JSStringRelease(s);
  return napi_ok_status(env);
}

napi_status napi_get_value_string_utf8(napi_env env, napi_value value, char *buf, size_t bufsize,
                                       size_t *result) {
  CHECK_ENV(env);
  napi_status status;
  JSStringRef s = string_of(env, value, &status);
  if (s == NULL) return status;
  size_t n;
  char *utf8 = lode_js_string_to_utf8(s, &n);
  JSStringRelease(s);
  if (buf == NULL) {
    free(utf8);
    if (result == NULL) return napi_set_status(env, napi_invalid_arg);
    *result = n;
    return napi_ok_status(env);
  }
  if (bufsize == 0) {
    free(utf8);
    if (result != NULL) *result = 0;
    return napi_ok_status(env);
  }
  size_t copy = n < bufsize - 1 ? n : bufsize - 1;
  /* Never end inside a multi-byte sequence. */
  if (copy < n) {
    while (copy > 0 && ((unsigned char)utf8[copy] & 0xc0) == 0x80)
      copy--;
  }
  memcpy(buf, utf8, copy);
  buf[copy] = 0;
  free(utf8);
  if (result != NULL) *result = copy;
  return napi_ok_status(env);
}

napi_status napi_get_value_string_utf16(napi_env env, napi_value value, char16_t *buf,
                                        size_t bufsize, size_t *result) {
  CHECK_ENV(env);
  napi_status status;
  JSStringRef s = string_of(env, value, &status);
  if (s == NULL) return status;
  size_t n = JSStringGetLength(s);
  if (buf == NULL) {
    JSStringRelease(s);
    if (result == NULL) return napi_set_status(env, napi_invalid_arg);
    *result = n;
    return napi_ok_status(env);
  }
  if (bufsize == 0) {
    JSStringRelease(s);
    if (result != NULL) *result = 0;
    return napi_ok_status(env);
  }
  size_t copy = n < bufsize - 1 ? n : bufsize - 1;
  memcpy(buf, JSStringGetCharactersPtr(s), copy * sizeof(char16_t));
  buf[copy] = 0;
  JSStringRelease(s);
  if (result != NULL) *result = copy;
  return napi_ok_status(env);
}

/* ---- conversions ---- */

napi_status napi_coerce_to_bool(napi_env env, napi_value value, napi_value *result) {
  PREAMBLE(env);
  CHECK_ARG(env, value);
  CHECK_ARG(env, result);
  *result = V(JSValueMakeBoolean(env->ctx, JSValueToBoolean(env->ctx, J(value))));
  return napi_ok_status(env);
}

napi_status napi_coerce_to_number(napi_env env, napi_value value, napi_value *result) {
  PREAMBLE(env);
  CHECK_ARG(env, value);
  CHECK_ARG(env, result);
  JSValueRef exc = NULL;
  double d = JSValueToNumber(env->ctx, J(value), &exc);
  if (exc != NULL) return napi_take_exception(env, exc);
  *result = V(JSValueMakeNumber(env->ctx, d));
  return napi_ok_status(env);
}

napi_status napi_coerce_to_object(napi_env env, napi_value value, napi_value *result) {
  PREAMBLE(env);
  CHECK_ARG(env, value);
  CHECK_ARG(env, result);
  JSValueRef exc = NULL;
  JSObjectRef o = JSValueToObject(env->ctx, J(value), &exc);
  if (exc != NULL) return napi_take_exception(env, exc);
  *result = V(o);
  return napi_ok_status(env);
}

napi_status napi_coerce_to_string(napi_env env, napi_value value, napi_value *result) {
  PREAMBLE(env);
  CHECK_ARG(env, value);
  CHECK_ARG(env, result);
  if (JSValueIsSymbol(env->ctx, J(value))) {
    JSValueRef exc = NULL;
    lode_js_throw(env->ctx, &exc, "TypeError", NULL, "Cannot convert a Symbol value to a string");
    return napi_take_exception(env, exc);
  }
  JSValueRef exc = NULL;
  JSStringRef s = JSValueToStringCopy(env->ctx, J(value), &exc);
  if (exc != NULL) return napi_take_exception(env, exc);
  return make_string(env, s, result);
}

/* ---- objects ---- */

static napi_status as_object(napi_env env, napi_value value, JSObjectRef *out) {
  if (value == NULL) return napi_set_status(env, napi_invalid_arg);
  if (!JSValueIsObject(env->ctx, J(value))) return napi_set_status(env, napi_object_expected);
  *out = (JSObjectRef)J(value);
  return napi_ok;
}

/* Objects, or values ToObject accepts (property functions coerce primitives, as V8's
 * Object conversions do). */
static napi_status to_object(napi_env env, napi_value value, JSObjectRef *out) {
  if (value == NULL) return napi_set_status(env, napi_invalid_arg);
  JSContextRef ctx = env->ctx;
  if (JSValueIsObject(ctx, J(value))) {
    *out = (JSObjectRef)J(value);
    return napi_ok;
  }
  /* ToObject throws for null and undefined: the TypeError is left pending, as in Node. */
  JSValueRef exc = NULL;
  *out = JSValueToObject(ctx, J(value), &exc);
  if (exc != NULL) napi_take_exception(env, exc);
  return *out != NULL && exc == NULL ? napi_ok : napi_set_status(env, napi_object_expected);
}

napi_status napi_get_prototype(napi_env env, napi_value object, napi_value *result) {
  PREAMBLE(env);
  CHECK_ARG(env, result);
  JSObjectRef o;
  napi_status s = to_object(env, object, &o);
  if (s != napi_ok) return s;
  *result = V(JSObjectGetPrototype(env->ctx, o));
  return napi_ok_status(env);
}

napi_status napi_set_property(napi_env env, napi_value object, napi_value key, napi_value value) {
  PREAMBLE(env);
  CHECK_ARG(env, key);
  CHECK_ARG(env, value);
  JSObjectRef o;
  napi_status s = to_object(env, object, &o);
  if (s != napi_ok) return s;
  JSValueRef exc = NULL;
  JSObjectSetPropertyForKey(env->ctx, o, J(key), J(value), kJSPropertyAttributeNone, &exc);
  if (exc != NULL) return napi_take_exception(env, exc);
  return napi_ok_status(env);
}

napi_status napi_has_property(napi_env env, napi_value object, napi_value key, bool *result) {
  PREAMBLE(env);
  CHECK_ARG(env, key);
  CHECK_ARG(env, result);
  JSObjectRef o;
  napi_status s = to_object(env, object, &o);
  if (s != napi_ok) return s;
  JSValueRef exc = NULL;
  *result = JSObjectHasPropertyForKey(env->ctx, o, J(key), &exc);
  if (exc != NULL) return napi_take_exception(env, exc);
  return napi_ok_status(env);
}

napi_status napi_get_property(napi_env env, napi_value object, napi_value key, napi_value *result) {
  PREAMBLE(env);
  CHECK_ARG(env, key);
  CHECK_ARG(env, result);
  JSObjectRef o;
  napi_status s = to_object(env, object, &o);
  if (s != napi_ok) return s;
  JSValueRef exc = NULL;
  JSValueRef v = JSObjectGetPropertyForKey(env->ctx, o, J(key), &exc);
  if (exc != NULL) return napi_take_exception(env, exc);
  *result = V(v);
  return napi_ok_status(env);
}

napi_status napi_delete_property(napi_env env, napi_value object, napi_value key, bool *result) {
  PREAMBLE(env);
  CHECK_ARG(env, key);
  JSObjectRef o;
  napi_status s = to_object(env, object, &o);
  if (s != napi_ok) return s;
  JSValueRef exc = NULL;
  bool deleted = JSObjectDeletePropertyForKey(env->ctx, o, J(key), &exc);
  if (exc != NULL) return napi_take_exception(env, exc);
  if (result != NULL) *result = deleted;
  return napi_ok_status(env);
}

napi_status napi_has_own_property(napi_env env, napi_value object, napi_value key, bool *result) {
  PREAMBLE(env);
  CHECK_ARG(env, key);
  CHECK_ARG(env, result);
  JSObjectRef o;
  napi_status s = as_object(env, object, &o);
  if (s != napi_ok) return s;
  if (!JSValueIsString(env->ctx, J(key)) && !JSValueIsSymbol(env->ctx, J(key)))
    return napi_set_status(env, napi_name_expected);
  JSValueRef args[2] = {o, J(key)};
  JSValueRef r = napi_helper(env, "hasOwn", 2, args);
  if (r == NULL) return napi_set_status(env, napi_pending_exception);
  *result = JSValueToBoolean(env->ctx, r);
  return napi_ok_status(env);
}

/* A property name from a C string, as a JS string value. */
static JSValueRef name_value(napi_env env, const char *utf8name) {
  return lode_js_value_from_cstr(env->ctx, utf8name);
}

napi_status napi_set_named_property(napi_env env, napi_value object, const char *utf8name,
                                    napi_value value) {
  CHECK_ENV(env);
  CHECK_ARG(env, utf8name);
  return napi_set_property(env, object, V(name_value(env, utf8name)), value);
}

napi_status napi_has_named_property(napi_env env, napi_value object, const char *utf8name,
                                    bool *result) {
  CHECK_ENV(env);
  CHECK_ARG(env, utf8name);
  return napi_has_property(env, object, V(name_value(env, utf8name)), result);
}

napi_status napi_get_named_property(napi_env env, napi_value object, const char *utf8name,
                                    napi_value *result) {
  CHECK_ENV(env);
  CHECK_ARG(env, utf8name);
  return napi_get_property(env, object, V(name_value(env, utf8name)), result);
}

napi_status napi_set_element(napi_env env, napi_value object, uint32_t index, napi_value value) {
  PREAMBLE(env);
  CHECK_ARG(env, value);
  JSObjectRef o;
  napi_status s = to_object(env, object, &o);
  if (s != napi_ok) return s;
  JSValueRef exc = NULL;
  JSObjectSetPropertyAtIndex(env->ctx, o, index, J(value), &exc);
  if (exc != NULL) return napi_take_exception(env, exc);
  return napi_ok_status(env);
}

napi_status napi_has_element(napi_env env, napi_value object, uint32_t index, bool *result) {
  CHECK_ENV(env);
  return napi_has_property(env, object, V(JSValueMakeNumber(env->ctx, index)), result);
}

napi_status napi_get_element(napi_env env, napi_value object, uint32_t index, napi_value *result) {
  PREAMBLE(env);
  CHECK_ARG(env, result);
  JSObjectRef o;
  napi_status s = to_object(env, object, &o);
  if (s != napi_ok) return s;
  JSValueRef exc = NULL;
  JSValueRef v = JSObjectGetPropertyAtIndex(env->ctx, o, index, &exc);
  if (exc != NULL) return napi_take_exception(env, exc);
  *result = V(v);
  return napi_ok_status(env);
}

napi_status napi_delete_element(napi_env env, napi_value object, uint32_t index, bool *result) {
  CHECK_ENV(env);
  return napi_delete_property(env, object, V(JSValueMakeNumber(env->ctx, index)), result);
}

napi_status napi_get_property_names(napi_env env, napi_value object, napi_value *result) {
  return napi_get_all_property_names(env, object, napi_key_include_prototypes,
                                     napi_key_enumerable | napi_key_skip_symbols,
                                     napi_key_numbers_to_strings, result);
}

napi_status napi_get_all_property_names(napi_env env, napi_value object,
                                        napi_key_collection_mode key_mode,
                                        napi_key_filter key_filter,
                                        napi_key_conversion key_conversion, napi_value *result) {
  PREAMBLE(env);
  CHECK_ARG(env, result);
  JSObjectRef o;
  napi_status s = to_object(env, object, &o);
  if (s != napi_ok) return s;
  JSContextRef ctx = env->ctx;
  JSValueRef args[4] = {o, JSValueMakeBoolean(ctx, key_mode == napi_key_own_only),
                        JSValueMakeNumber(ctx, key_filter),
                        JSValueMakeBoolean(ctx, key_conversion == napi_key_numbers_to_strings)};
  JSValueRef r = napi_helper(env, "keys", 4, args);
  if (r == NULL) return napi_set_status(env, napi_pending_exception);
  *result = V(r);
  return napi_ok_status(env);
}

static napi_status call_helper_on_object(napi_env env, const char *name, napi_value object) {
  PREAMBLE(env);
  JSObjectRef o;
  napi_status s = as_object(env, object, &o);
  if (s != napi_ok) return s;
  JSValueRef arg = o;
  if (napi_helper(env, name, 1, &arg) == NULL) return napi_set_status(env, napi_pending_exception);
  return napi_ok_status(env);
}

napi_status napi_object_freeze(napi_env env, napi_value object) {
  return call_helper_on_object(env, "freeze", object);
}

napi_status napi_object_seal(napi_env env, napi_value object) {
  return call_helper_on_object(env, "seal", object);
}

napi_status napi_is_array(napi_env env, napi_value value, bool *result) {
  CHECK_ENV(env);
  CHECK_ARG(env, value);
  CHECK_ARG(env, result);
  *result = JSValueIsArray(env->ctx, J(value));
  return napi_ok_status(env);
}

napi_status napi_get_array_length(napi_env env, napi_value value, uint32_t *result) {
  PREAMBLE(env);
  CHECK_ARG(env, value);
  CHECK_ARG(env, result);
  if (!JSValueIsArray(env->ctx, J(value))) return napi_set_status(env, napi_array_expected);
  JSValueRef len = lode_js_get(env->ctx, (JSObjectRef)J(value), "length");
  *result = JSValueToUInt32(env->ctx, len, NULL);
  return napi_ok_status(env);
}

napi_status napi_strict_equals(napi_env env, napi_value lhs, napi_value rhs, bool *result) {
  PREAMBLE(env);
  CHECK_ARG(env, lhs);
  CHECK_ARG(env, rhs);
  CHECK_ARG(env, result);
  *result = JSValueIsStrictEqual(env->ctx, J(lhs), J(rhs));
  return napi_ok_status(env);
}

/* ---- functions ---- */

typedef struct {
  napi_env env;
  napi_callback cb;
  void *data;
  JSObjectRef signature; /* for a class's instance members: the class (`this` must be one) */
} napi_function_t;

struct napi_callback_info__ {
  JSValueRef this_value;
  JSValueRef new_target;
  size_t argc;
  const JSValueRef *argv;
  void *data;
};

/* Calls a native callback and turns an exception it left pending into a JS throw. */
static JSValueRef invoke(napi_env env, napi_callback cb, void *data, JSValueRef this_value,
                         JSValueRef new_target, size_t argc, const JSValueRef argv[],
                         JSValueRef *exception) {
  struct napi_callback_info__ info = {this_value, new_target, argc, argv, data};
  napi_value r = cb(env, &info);
  if (env->pending_exception != NULL) {
    *exception = env->pending_exception;
    JSValueUnprotect(env->ctx, env->pending_exception);
    env->pending_exception = NULL;
    return NULL;
  }
  return r != NULL ? J(r) : JSValueMakeUndefined(env->ctx);
}

static JSValueRef function_call(JSContextRef ctx, JSObjectRef fn, JSObjectRef this_obj, size_t argc,
                                const JSValueRef argv[], JSValueRef *exception) {
  napi_function_t *f = JSObjectGetPrivate(fn);
  JSValueRef this_value = this_obj != NULL ? (JSValueRef)this_obj : JSValueMakeUndefined(ctx);
  /* A class's methods and accessors only accept its instances, as V8's signatures do. */
  if (f->signature != NULL &&
      (this_obj == NULL || !JSValueIsInstanceOfConstructor(ctx, this_obj, f->signature, NULL))) {
    lode_js_throw(ctx, exception, "TypeError", NULL, "Illegal invocation");
    return NULL;
  }
  return invoke(f->env, f->cb, f->data, this_value, NULL, argc, argv, exception);
}

static void function_finalize(JSObjectRef fn) {
  free(JSObjectGetPrivate(fn));
}

static JSObjectRef make_function(napi_env env, const char *utf8name, size_t length,
                                 napi_callback cb, void *data, JSObjectRef signature) {
  napi_function_t *f = malloc(sizeof *f);
  CHECK(f != NULL);
  f->env = env;
  f->cb = cb;
  f->data = data;
  /* The class stays alive as long as the process in practice; a method may outlive it. */
  f->signature = signature;
  if (signature != NULL) JSValueProtect(env->ctx, signature);
  JSContextRef ctx = env->ctx;
  JSObjectRef fn = JSObjectMake(ctx, function_class, f);
  JSObjectSetPrototype(ctx, fn, lode_js_get(ctx, env->helpers, "functionPrototype"));
  JSValueRef name = utf8name != NULL
                        ? lode_js_value_from_utf8(ctx, utf8name, string_length(utf8name, length))
                        : lode_js_value_from_cstr(ctx, "");
  JSStringRef key = JSStringCreateWithUTF8CString("name");
  JSObjectSetProperty(ctx, fn, key, name,
                      kJSPropertyAttributeReadOnly | kJSPropertyAttributeDontEnum, NULL);
  JSStringRelease(key);
  return fn;
}

napi_status napi_create_function(napi_env env, const char *utf8name, size_t length,
                                 napi_callback cb, void *data, napi_value *result) {
  CHECK_ENV(env);
  CHECK_ARG(env, result);
  CHECK_ARG(env, cb);
  *result = V(make_function(env, utf8name, length, cb, data, NULL));
  return napi_ok_status(env);
}

napi_status napi_get_cb_info(napi_env env, napi_callback_info cbinfo, size_t *argc,
                             napi_value *argv, napi_value *this_arg, void **data) {
  CHECK_ENV(env);
  CHECK_ARG(env, cbinfo);
  if (argv != NULL) {
    CHECK_ARG(env, argc);
    for (size_t i = 0; i < *argc; i++) {
      argv[i] = i < cbinfo->argc ? V(cbinfo->argv[i]) : V(JSValueMakeUndefined(env->ctx));
    }
  }
  if (argc != NULL) *argc = cbinfo->argc;
  if (this_arg != NULL) *this_arg = V(cbinfo->this_value);
  if (data != NULL) *data = cbinfo->data;
  return napi_ok_status(env);
}

napi_status napi_get_new_target(napi_env env, napi_callback_info cbinfo, napi_value *result) {
  CHECK_ENV(env);
  CHECK_ARG(env, cbinfo);
  CHECK_ARG(env, result);
  *result = cbinfo->new_target != NULL ? V(cbinfo->new_target) : NULL;
  return napi_ok_status(env);
}

napi_status napi_call_function(napi_env env, napi_value recv, napi_value func, size_t argc,
                               const napi_value *argv, napi_value *result) {
  PREAMBLE(env);
  CHECK_ARG(env, recv);
  CHECK_ARG(env, func);
  if (argc > 0) CHECK_ARG(env, argv);
  JSContextRef ctx = env->ctx;
  if (!JSValueIsObject(ctx, J(func)) || !JSObjectIsFunction(ctx, (JSObjectRef)J(func)))
    return napi_set_status(env, napi_function_expected);
  JSValueRef exc = NULL;
  JSObjectRef this_obj = JSValueIsObject(ctx, J(recv)) ? (JSObjectRef)J(recv) : NULL;
  JSValueRef r;
  if (this_obj == NULL && !JSValueIsUndefined(ctx, J(recv)) && !JSValueIsNull(ctx, J(recv))) {
    /* A primitive receiver: Function.prototype.call keeps it as it is. */
    JSValueRef args[3] = {J(func), J(recv), lode_js_array(ctx, argc, (const JSValueRef *)argv)};
    r = napi_helper(env, "callWith", 3, args);
    if (r == NULL) return napi_set_status(env, napi_pending_exception);
  } else {
    r = JSObjectCallAsFunction(ctx, (JSObjectRef)J(func), this_obj, argc, (const JSValueRef *)argv,
                               &exc);
    if (exc != NULL) return napi_take_exception(env, exc);
  }
  if (result != NULL) *result = V(r);
  return napi_ok_status(env);
}

napi_status napi_new_instance(napi_env env, napi_value constructor, size_t argc,
                              const napi_value *argv, napi_value *result) {
  PREAMBLE(env);
  CHECK_ARG(env, constructor);
  CHECK_ARG(env, result);
  if (argc > 0) CHECK_ARG(env, argv);
  JSContextRef ctx = env->ctx;
  if (!JSValueIsObject(ctx, J(constructor)) ||
      !JSObjectIsConstructor(ctx, (JSObjectRef)J(constructor)))
    return napi_set_status(env, napi_function_expected);
  JSValueRef exc = NULL;
  JSObjectRef o = JSObjectCallAsConstructor(ctx, (JSObjectRef)J(constructor), argc,
                                            (const JSValueRef *)argv, &exc);
  if (exc != NULL) return napi_take_exception(env, exc);
  *result = V(o);
  return napi_ok_status(env);
}

napi_status napi_instanceof(napi_env env, napi_value object, napi_value constructor, bool *result) {
  PREAMBLE(env);
  CHECK_ARG(env, object);
  CHECK_ARG(env, constructor);
  CHECK_ARG(env, result);
  JSContextRef ctx = env->ctx;
  if (!JSValueIsObject(ctx, J(constructor)) ||
      !JSObjectIsFunction(ctx, (JSObjectRef)J(constructor))) {
    JSValueRef exc = NULL;
    lode_js_throw(ctx, &exc, "TypeError", "ERR_NAPI_CONS_FUNCTION",
                  "Constructor must be a function");
    napi_take_exception(env, exc);
    return napi_set_status(env, napi_function_expected);
  }
  JSValueRef exc = NULL;
  *result = JSValueIsInstanceOfConstructor(ctx, J(object), (JSObjectRef)J(constructor), &exc);
  if (exc != NULL) return napi_take_exception(env, exc);
  return napi_ok_status(env);
}

/* ---- classes ---- */

/* The object a napi class constructor gets as `this`: an instance of object_class (so its
 * wrap lives in the object itself) with the prototype of new.target. */
static JSValueRef construct_cb(JSContextRef ctx, JSObjectRef fn, JSObjectRef this_obj, size_t argc,
                               const JSValueRef argv[], JSValueRef *exception) {
  (void)this_obj;
  /* construct(newTarget, args) from the class's JavaScript constructor. */
  napi_function_t *f = JSObjectGetPrivate(fn);
  JSValueRef new_target = argc > 0 ? argv[0] : JSValueMakeUndefined(ctx);
  JSValueRef this_value = argc > 1 ? argv[1] : JSValueMakeUndefined(ctx);
  JSObjectRef args = argc > 2 && JSValueIsObject(ctx, argv[2]) ? (JSObjectRef)argv[2] : NULL;
  size_t n = args ? JSValueToUInt32(ctx, lode_js_get(ctx, args, "length"), NULL) : 0;
  JSValueRef stack_args[8];
  JSValueRef *call_args = n <= 8 ? stack_args : malloc(n * sizeof(JSValueRef));
  CHECK(call_args != NULL);
  for (size_t i = 0; i < n; i++)
    call_args[i] = JSObjectGetPropertyAtIndex(ctx, args, (unsigned)i, NULL);
  if (!JSValueIsUndefined(ctx, new_target)) {
    JSObjectRef self = JSObjectMake(ctx, object_class, NULL);
    JSValueRef proto = lode_js_get(ctx, (JSObjectRef)new_target, "prototype");
    if (JSValueIsObject(ctx, proto)) JSObjectSetPrototype(ctx, self, proto);
    this_value = self;
  }
  JSValueRef r =
      invoke(f->env, f->cb, f->data, this_value,
             JSValueIsUndefined(ctx, new_target) ? NULL : new_target, n, call_args, exception);
  if (call_args != stack_args) free(call_args);
  if (r == NULL) return NULL;
  if (!JSValueIsUndefined(ctx, new_target) && !JSValueIsObject(ctx, r)) return this_value;
  return r;
}

/* Defines the properties of descriptors on target (static ones only, or only the others). */
static napi_status define_properties(napi_env env, JSObjectRef target, size_t count,
                                     const napi_property_descriptor *props, int statics,
                                     JSObjectRef signature) {
  JSContextRef ctx = env->ctx;
  for (size_t i = 0; i < count; i++) {
    const napi_property_descriptor *p = &props[i];
    if (statics >= 0 && ((p->attributes & napi_static) != 0) != (statics == 1)) continue;
    JSValueRef key;
    if (p->utf8name != NULL) {
      key = name_value(env, p->utf8name);
    } else {
      if (p->name == NULL) return napi_set_status(env, napi_name_expected);
      if (!JSValueIsString(ctx, J(p->name)) && !JSValueIsSymbol(ctx, J(p->name)))
        return napi_set_status(env, napi_name_expected);
      key = J(p->name);
    }
    JSObjectRef desc = JSObjectMake(ctx, NULL, NULL);
    lode_js_set(ctx, desc, "enumerable", JSValueMakeBoolean(ctx, p->attributes & napi_enumerable));
    lode_js_set(ctx, desc, "configurable",
                JSValueMakeBoolean(ctx, p->attributes & napi_configurable));
    if (p->getter != NULL || p->setter != NULL) {
      if (p->getter != NULL)
        lode_js_set(ctx, desc, "get", make_function(env, NULL, 0, p->getter, p->data, signature));
      if (p->setter != NULL)
        lode_js_set(ctx, desc, "set", make_function(env, NULL, 0, p->setter, p->data, signature));
    } else {
      JSValueRef value;
      if (p->method != NULL) {
        value = make_function(env, p->utf8name, NAPI_AUTO_LENGTH, p->method, p->data, signature);
      } else {
        if (p->value == NULL) return napi_set_status(env, napi_invalid_arg);
        value = J(p->value);
      }
      lode_js_set(ctx, desc, "value", value);
      lode_js_set(ctx, desc, "writable", JSValueMakeBoolean(ctx, p->attributes & napi_writable));
    }
    JSValueRef args[3] = {target, key, desc};
    if (napi_helper(env, "define", 3, args) == NULL)
      return napi_set_status(env, napi_pending_exception);
  }
  return napi_ok;
}

napi_status napi_define_properties(napi_env env, napi_value object, size_t property_count,
                                   const napi_property_descriptor *properties) {
  PREAMBLE(env);
  if (property_count > 0) CHECK_ARG(env, properties);
  JSObjectRef o;
  napi_status s = as_object(env, object, &o);
  if (s != napi_ok) return s;
  s = define_properties(env, o, property_count, properties, -1, NULL);
  return s != napi_ok ? s : napi_ok_status(env);
}

napi_status napi_define_class(napi_env env, const char *utf8name, size_t length,
                              napi_callback constructor, void *data, size_t property_count,
                              const napi_property_descriptor *properties, napi_value *result) {
  PREAMBLE(env);
  CHECK_ARG(env, utf8name);
  CHECK_ARG(env, constructor);
  CHECK_ARG(env, result);
  if (property_count > 0) CHECK_ARG(env, properties);
  JSContextRef ctx = env->ctx;
  napi_function_t *f = malloc(sizeof *f);
  CHECK(f != NULL);
  *f = (napi_function_t){env, constructor, data, NULL};
  JSObjectRef construct = JSObjectMake(ctx, construct_class, f);
  JSValueRef args[2] = {lode_js_value_from_utf8(ctx, utf8name, string_length(utf8name, length)),
                        construct};
  JSValueRef cls = napi_helper(env, "makeClass", 2, args);
  if (cls == NULL) return napi_set_status(env, napi_pending_exception);
  JSObjectRef proto = (JSObjectRef)lode_js_get(ctx, (JSObjectRef)cls, "prototype");
  napi_status s = define_properties(env, proto, property_count, properties, 0, (JSObjectRef)cls);
  if (s == napi_ok)
    s = define_properties(env, (JSObjectRef)cls, property_count, properties, 1, NULL);
  if (s != napi_ok) return s;
  *result = V(cls);
  return napi_ok_status(env);
}

/* ---- native data on objects ---- */

static void objinfo_run_finalizers(napi_objinfo_t *info) {
  if (info->has_wrap && info->wrap_cb != NULL)
    napi_queue_finalizer(info->env, info->wrap_cb, info->wrapped, info->wrap_hint);
  for (napi_finalizer_t *f = info->finalizers; f != NULL;) {
    napi_finalizer_t *next = f->next;
    napi_queue_finalizer(info->env, f->cb, f->data, f->hint);
    free(f);
    f = next;
  }
  free(info);
}

static void object_finalize(JSObjectRef o) {
  napi_objinfo_t *info = JSObjectGetPrivate(o);
  if (info != NULL) objinfo_run_finalizers(info);
}

/* The native data record of object o, made on first use when create is set: in the object
 * itself for instances of napi classes, else in a weak map from the object to a holder. */
static napi_objinfo_t *objinfo(napi_env env, JSObjectRef o, bool create) {
  JSContextRef ctx = env->ctx;
  if (JSValueIsObjectOfClass(ctx, o, object_class)) {
    napi_objinfo_t *info = JSObjectGetPrivate(o);
    if (info == NULL && create) {
      info = calloc(1, sizeof *info);
      CHECK(info != NULL);
      info->env = env;
      JSObjectSetPrivate(o, info);
    }
    return info;
  }
  JSValueRef arg = o;
  JSValueRef holder = napi_helper(env, "getInfo", 1, &arg);
  if (holder != NULL && JSValueIsObject(ctx, holder))
    return JSObjectGetPrivate((JSObjectRef)holder);
  if (!create) return NULL;
  napi_objinfo_t *info = calloc(1, sizeof *info);
  CHECK(info != NULL);
  info->env = env;
  JSValueRef args[2] = {o, JSObjectMake(ctx, holder_class, info)};
  napi_helper(env, "setInfo", 2, args);
  return info;
}

napi_status napi_wrap(napi_env env, napi_value js_object, void *native_object,
                      napi_finalize finalize_cb, void *finalize_hint, napi_ref *result) {
  PREAMBLE(env);
  JSObjectRef o;
  napi_status s = as_object(env, js_object, &o);
  if (s != napi_ok) return s;
  napi_objinfo_t *info = objinfo(env, o, true);
  if (info->has_wrap) return napi_set_status(env, napi_invalid_arg);
  info->has_wrap = true;
  info->wrapped = native_object;
  info->wrap_cb = finalize_cb;
  info->wrap_hint = finalize_hint;
  if (result != NULL) return napi_create_reference(env, js_object, 0, result);
  return napi_ok_status(env);
}

napi_status napi_unwrap(napi_env env, napi_value js_object, void **result) {
  PREAMBLE(env);
  CHECK_ARG(env, result);
  JSObjectRef o;
  napi_status s = as_object(env, js_object, &o);
  if (s != napi_ok) return s;
  napi_objinfo_t *info = objinfo(env, o, false);
  if (info == NULL || !info->has_wrap) return napi_set_status(env, napi_invalid_arg);
  *result = info->wrapped;
  return napi_ok_status(env);
}

napi_status napi_remove_wrap(napi_env env, napi_value js_object, void **result) {
  PREAMBLE(env);
  JSObjectRef o;
  napi_status s = as_object(env, js_object, &o);
  if (s != napi_ok) return s;
  napi_objinfo_t *info = objinfo(env, o, false);
  if (info == NULL || !info->has_wrap) return napi_set_status(env, napi_invalid_arg);
  if (result != NULL) *result = info->wrapped;
  info->has_wrap = false;
  info->wrapped = NULL;
  info->wrap_cb = NULL;
  return napi_ok_status(env);
}

napi_status napi_type_tag_object(napi_env env, napi_value value, const napi_type_tag *type_tag) {
  PREAMBLE(env);
  CHECK_ARG(env, type_tag);
  JSObjectRef o;
  napi_status s = as_object(env, value, &o);
  if (s != napi_ok) return s;
  napi_objinfo_t *info = objinfo(env, o, true);
  if (info->has_tag) return napi_set_status(env, napi_invalid_arg);
  info->has_tag = true;
  info->tag = *type_tag;
  return napi_ok_status(env);
}

napi_status napi_check_object_type_tag(napi_env env, napi_value value,
                                       const napi_type_tag *type_tag, bool *result) {
  PREAMBLE(env);
  CHECK_ARG(env, type_tag);
  CHECK_ARG(env, result);
  JSObjectRef o;
  napi_status s = as_object(env, value, &o);
  if (s != napi_ok) return s;
  napi_objinfo_t *info = objinfo(env, o, false);
  *result = info != NULL && info->has_tag && info->tag.lower == type_tag->lower &&
            info->tag.upper == type_tag->upper;
  return napi_ok_status(env);
}

napi_status napi_add_finalizer(napi_env env, napi_value js_object, void *finalize_data,
                               napi_finalize finalize_cb, void *finalize_hint, napi_ref *result) {
  CHECK_ENV(env);
  CHECK_ARG(env, finalize_cb);
  JSObjectRef o;
  napi_status s = as_object(env, js_object, &o);
  if (s != napi_ok) return s;
  napi_objinfo_t *info = objinfo(env, o, true);
  napi_finalizer_t *f = malloc(sizeof *f);
  CHECK(f != NULL);
  *f = (napi_finalizer_t){finalize_cb, finalize_data, finalize_hint, info->finalizers};
  info->finalizers = f;
  if (result != NULL) return napi_create_reference(env, js_object, 0, result);
  return napi_ok_status(env);
}

/* External values: an object of external_class whose private data is the record below. */
typedef struct {
  napi_env env;
  void *data;
  napi_finalize cb;
  void *hint;
} napi_external_t;

static void external_finalize(JSObjectRef o) {
  napi_external_t *e = JSObjectGetPrivate(o);
  if (e == NULL) return;
  if (e->cb != NULL) napi_queue_finalizer(e->env, e->cb, e->data, e->hint);
  free(e);
}

/* holder_class: the weak map's value for an object that is not a napi class instance; its
 * objinfo's finalizers run when the holder (so the object) is collected. */
static void holder_finalize(JSObjectRef o) {
  napi_objinfo_t *info = JSObjectGetPrivate(o);
  if (info != NULL) objinfo_run_finalizers(info);
}

napi_status napi_create_external(napi_env env, void *data, napi_finalize finalize_cb,
                                 void *finalize_hint, napi_value *result) {
  CHECK_ENV(env);
  CHECK_ARG(env, result);
  napi_external_t *e = malloc(sizeof *e);
  CHECK(e != NULL);
  *e = (napi_external_t){env, data, finalize_cb, finalize_hint};
  JSObjectRef o = JSObjectMake(env->ctx, external_class, e);
  JSObjectSetPrototype(env->ctx, o, lode_js_get(env->ctx, env->helpers, "externalPrototype"));
  *result = V(o);
  return napi_ok_status(env);
}

napi_status napi_get_value_external(napi_env env, napi_value value, void **result) {
  CHECK_ENV(env);
  CHECK_ARG(env, value);
  CHECK_ARG(env, result);
  if (!JSValueIsObjectOfClass(env->ctx, J(value), external_class))
    return napi_set_status(env, napi_invalid_arg);
  napi_external_t *e = JSObjectGetPrivate((JSObjectRef)J(value));
  *result = e != NULL ? e->data : NULL;
  return napi_ok_status(env);
}

/* ---- references ---- */

struct napi_ref__ {
  napi_env env;
  JSValueRef value; /* strong while count > 0 (or always, for primitives) */
  JSWeakRef weak;   /* while count == 0, for objects */
  uint32_t count;
  bool is_object;
};

static JSContextGroupRef group_of(napi_env env) {
  return JSContextGetGroup(env->ctx);
}

napi_status napi_create_reference(napi_env env, napi_value value, uint32_t initial_refcount,
                                  napi_ref *result) {
  CHECK_ENV(env);
  CHECK_ARG(env, value);
  CHECK_ARG(env, result);
  struct napi_ref__ *ref = calloc(1, sizeof *ref);
  CHECK(ref != NULL);
  ref->env = env;
  ref->count = initial_refcount;
  ref->is_object = JSValueIsObject(env->ctx, J(value));
  if (ref->count > 0 || !ref->is_object) {
    ref->value = J(value);
    JSValueProtect(env->ctx, ref->value);
  } else {
    ref->weak = JSWeakCreate(group_of(env), (JSObjectRef)J(value));
  }
  *result = ref;
  return napi_ok_status(env);
}

napi_status napi_delete_reference(napi_env env, napi_ref ref) {
  CHECK_ENV(env);
  CHECK_ARG(env, ref);
  if (ref->value != NULL) JSValueUnprotect(env->ctx, ref->value);
  if (ref->weak != NULL) JSWeakRelease(group_of(env), ref->weak);
  free(ref);
  return napi_ok_status(env);
}

napi_status napi_reference_ref(napi_env env, napi_ref ref, uint32_t *result) {
  CHECK_ENV(env);
  CHECK_ARG(env, ref);
  if (ref->count == 0 && ref->is_object) {
    JSObjectRef o = JSWeakGetObject(ref->weak);
    if (o != NULL) {
      ref->value = o;
      JSValueProtect(env->ctx, o);
    }
    JSWeakRelease(group_of(env), ref->weak);
    ref->weak = NULL;
  }
  ref->count++;
  if (result != NULL) *result = ref->count;
  return napi_ok_status(env);
}

napi_status napi_reference_unref(napi_env env, napi_ref ref, uint32_t *result) {
  CHECK_ENV(env);
  CHECK_ARG(env, ref);
  if (ref->count == 0) return napi_set_status(env, napi_generic_failure);
  ref->count--;
  if (ref->count == 0 && ref->is_object && ref->value != NULL) {
    ref->weak = JSWeakCreate(group_of(env), (JSObjectRef)ref->value);
    JSValueUnprotect(env->ctx, ref->value);
    ref->value = NULL;
  }
  if (result != NULL) *result = ref->count;
  return napi_ok_status(env);
}

napi_status napi_get_reference_value(napi_env env, napi_ref ref, napi_value *result) {
  CHECK_ENV(env);
  CHECK_ARG(env, ref);
  CHECK_ARG(env, result);
  if (ref->value != NULL)
    *result = V(ref->value);
  else if (ref->weak != NULL)
    *result = V(JSWeakGetObject(ref->weak));
  else
    *result = NULL;
  return napi_ok_status(env);
}

/* Handle scopes: bookkeeping only, as the collector finds values on the native stack. */
napi_status napi_open_handle_scope(napi_env env, napi_handle_scope *result) {
  CHECK_ENV(env);
  CHECK_ARG(env, result);
  *result = (napi_handle_scope)1;
  return napi_ok_status(env);
}

napi_status napi_close_handle_scope(napi_env env, napi_handle_scope scope) {
  CHECK_ENV(env);
  CHECK_ARG(env, scope);
  return napi_ok_status(env);
}

struct napi_escapable_handle_scope__ {
  bool escaped;
};

napi_status napi_open_escapable_handle_scope(napi_env env, napi_escapable_handle_scope *result) {
  CHECK_ENV(env);
  CHECK_ARG(env, result);
  *result = calloc(1, sizeof **result);
  CHECK(*result != NULL);
  return napi_ok_status(env);
}

napi_status napi_close_escapable_handle_scope(napi_env env, napi_escapable_handle_scope scope) {
  CHECK_ENV(env);
  CHECK_ARG(env, scope);
  free(scope);
  return napi_ok_status(env);
}

napi_status napi_escape_handle(napi_env env, napi_escapable_handle_scope scope, napi_value escapee,
                               napi_value *result) {
  CHECK_ENV(env);
  CHECK_ARG(env, scope);
  CHECK_ARG(env, escapee);
  CHECK_ARG(env, result);
  if (scope->escaped) return napi_set_status(env, napi_escape_called_twice);
  scope->escaped = true;
  *result = escapee;
  return napi_ok_status(env);
}

/* ---- errors ---- */

static napi_status create_error(napi_env env, const char *ctor, napi_value code, napi_value msg,
                                napi_value *result) {
  CHECK_ENV(env);
  CHECK_ARG(env, msg);
  CHECK_ARG(env, result);
  JSContextRef ctx = env->ctx;
  if (!JSValueIsString(ctx, J(msg))) return napi_set_status(env, napi_string_expected);
  if (code != NULL && !JSValueIsString(ctx, J(code)))
    return napi_set_status(env, napi_string_expected);
  JSValueRef args[3] = {lode_js_value_from_cstr(ctx, ctor), J(msg),
                        code != NULL ? J(code) : JSValueMakeUndefined(ctx)};
  JSValueRef err = napi_helper(env, "makeError", 3, args);
  if (err == NULL) return napi_set_status(env, napi_pending_exception);
  *result = V(err);
  return napi_ok_status(env);
}

napi_status napi_create_error(napi_env env, napi_value code, napi_value msg, napi_value *result) {
  return create_error(env, "Error", code, msg, result);
}

napi_status napi_create_type_error(napi_env env, napi_value code, napi_value msg,
                                   napi_value *result) {
  return create_error(env, "TypeError", code, msg, result);
}

napi_status napi_create_range_error(napi_env env, napi_value code, napi_value msg,
                                    napi_value *result) {
  return create_error(env, "RangeError", code, msg, result);
}

napi_status node_api_create_syntax_error(napi_env env, napi_value code, napi_value msg,
                                         napi_value *result) {
  return create_error(env, "SyntaxError", code, msg, result);
}

napi_status napi_throw(napi_env env, napi_value error) {
  PREAMBLE(env);
  CHECK_ARG(env, error);
  napi_take_exception(env, J(error));
  return napi_ok_status(env);
}

static napi_status throw_error(napi_env env, const char *ctor, const char *code, const char *msg) {
  PREAMBLE(env);
  JSContextRef ctx = env->ctx;
  napi_value err;
  napi_status s =
      create_error(env, ctor, code != NULL ? V(lode_js_value_from_cstr(ctx, code)) : NULL,
                   V(lode_js_value_from_cstr(ctx, msg != NULL ? msg : "")), &err);
  if (s != napi_ok) return s;
  napi_take_exception(env, J(err));
  return napi_ok_status(env);
}

napi_status napi_throw_error(napi_env env, const char *code, const char *msg) {
  return throw_error(env, "Error", code, msg);
}

napi_status napi_throw_type_error(napi_env env, const char *code, const char *msg) {
  return throw_error(env, "TypeError", code, msg);
}

napi_status napi_throw_range_error(napi_env env, const char *code, const char *msg) {
  return throw_error(env, "RangeError", code, msg);
}

napi_status node_api_throw_syntax_error(napi_env env, const char *code, const char *msg) {
  return throw_error(env, "SyntaxError", code, msg);
}

napi_status napi_is_error(napi_env env, napi_value value, bool *result) {
  CHECK_ENV(env);
  CHECK_ARG(env, value);
  CHECK_ARG(env, result);
  JSValueRef arg = J(value);
  JSValueRef r = napi_helper(env, "isError", 1, &arg);
  if (r == NULL) return napi_set_status(env, napi_pending_exception);
  *result = JSValueToBoolean(env->ctx, r);
  return napi_ok_status(env);
}

napi_status napi_is_exception_pending(napi_env env, bool *result) {
  CHECK_ENV(env);
  CHECK_ARG(env, result);
  *result = env->pending_exception != NULL;
  return napi_ok_status(env);
}

napi_status napi_get_and_clear_last_exception(napi_env env, napi_value *result) {
  CHECK_ENV(env);
  CHECK_ARG(env, result);
  if (env->pending_exception == NULL) {
    *result = V(JSValueMakeUndefined(env->ctx));
  } else {
    *result = V(env->pending_exception);
    JSValueUnprotect(env->ctx, env->pending_exception);
    env->pending_exception = NULL;
  }
  return napi_ok_status(env);
}

/* ---- binary data ---- */

static void free_bytes(void *bytes, void *ctx) {
  (void)ctx;
  free(bytes);
}

napi_status napi_is_arraybuffer(napi_env env, napi_value value, bool *result) {
  CHECK_ENV(env);
  CHECK_ARG(env, value);
  CHECK_ARG(env, result);
  *result = JSValueGetTypedArrayType(env->ctx, J(value), NULL) == kJSTypedArrayTypeArrayBuffer;
  return napi_ok_status(env);
}

napi_status napi_create_arraybuffer(napi_env env, size_t byte_length, void **data,
                                    napi_value *result) {
  PREAMBLE(env);
  CHECK_ARG(env, result);
  void *bytes = calloc(1, byte_length ? byte_length : 1);
  if (bytes == NULL) {
    JSValueRef exc = NULL;
    lode_js_throw(env->ctx, &exc, "RangeError", NULL, "Array buffer allocation failed");
    return napi_take_exception(env, exc);
  }
  JSValueRef exc = NULL;
  JSObjectRef ab =
      JSObjectMakeArrayBufferWithBytesNoCopy(env->ctx, bytes, byte_length, free_bytes, NULL, &exc);
  if (exc != NULL) {
    free(bytes);
    return napi_take_exception(env, exc);
  }
  if (data != NULL) *data = bytes;
  *result = V(ab);
  return napi_ok_status(env);
}

typedef struct {
  napi_env env;
  napi_finalize cb;
  void *hint;
} external_bytes_t;

static void finalize_external_bytes(void *bytes, void *context) {
  external_bytes_t *e = context;
  if (e->cb != NULL) napi_queue_finalizer(e->env, e->cb, bytes, e->hint);
  free(e);
}

napi_status napi_create_external_arraybuffer(napi_env env, void *external_data, size_t byte_length,
                                             napi_finalize finalize_cb, void *finalize_hint,
                                             napi_value *result) {
  PREAMBLE(env);
  CHECK_ARG(env, result);
  external_bytes_t *e = malloc(sizeof *e);
  CHECK(e != NULL);
  *e = (external_bytes_t){env, finalize_cb, finalize_hint};
  JSValueRef exc = NULL;
  JSObjectRef ab = JSObjectMakeArrayBufferWithBytesNoCopy(env->ctx, external_data, byte_length,
                                                          finalize_external_bytes, e, &exc);
  if (exc != NULL) {
    free(e);
    return napi_take_exception(env, exc);
  }
  *result = V(ab);
  return napi_ok_status(env);
}

napi_status napi_get_arraybuffer_info(napi_env env, napi_value arraybuffer, void **data,
                                      size_t *byte_length) {
  CHECK_ENV(env);
  CHECK_ARG(env, arraybuffer);
  JSContextRef ctx = env->ctx;
  if (JSValueGetTypedArrayType(ctx, J(arraybuffer), NULL) != kJSTypedArrayTypeArrayBuffer)
    return napi_set_status(env, napi_invalid_arg);
  JSObjectRef ab = (JSObjectRef)J(arraybuffer);
  if (data != NULL) *data = JSObjectGetArrayBufferBytesPtr(ctx, ab, NULL);
  if (byte_length != NULL) *byte_length = JSObjectGetArrayBufferByteLength(ctx, ab, NULL);
  return napi_ok_status(env);
}

napi_status napi_detach_arraybuffer(napi_env env, napi_value arraybuffer) {
  PREAMBLE(env);
  CHECK_ARG(env, arraybuffer);
  if (JSValueGetTypedArrayType(env->ctx, J(arraybuffer), NULL) != kJSTypedArrayTypeArrayBuffer)
    return napi_set_status(env, napi_arraybuffer_expected);
  JSValueRef arg = J(arraybuffer);
  if (napi_helper(env, "detach", 1, &arg) == NULL)
    return napi_set_status(env, napi_detachable_arraybuffer_expected);
  return napi_ok_status(env);
}

napi_status napi_is_detached_arraybuffer(napi_env env, napi_value value, bool *result) {
  CHECK_ENV(env);
  CHECK_ARG(env, value);
  CHECK_ARG(env, result);
  if (JSValueGetTypedArrayType(env->ctx, J(value), NULL) != kJSTypedArrayTypeArrayBuffer) {
    *result = false;
    return napi_ok_status(env);
  }
  JSValueRef d = lode_js_get(env->ctx, (JSObjectRef)J(value), "detached");
  *result = JSValueToBoolean(env->ctx, d);
  return napi_ok_status(env);
}

static const JSTypedArrayType typed_array_types[] = {
    kJSTypedArrayTypeInt8Array,         kJSTypedArrayTypeUint8Array,
    kJSTypedArrayTypeUint8ClampedArray, kJSTypedArrayTypeInt16Array,
    kJSTypedArrayTypeUint16Array,       kJSTypedArrayTypeInt32Array,
    kJSTypedArrayTypeUint32Array,       kJSTypedArrayTypeFloat32Array,
    kJSTypedArrayTypeFloat64Array,      kJSTypedArrayTypeBigInt64Array,
    kJSTypedArrayTypeBigUint64Array,
};
static const size_t element_sizes[] = {1, 1, 1, 2, 2, 4, 4, 4, 8, 8, 8};

static bool is_view_type(JSTypedArrayType t) {
  return t != kJSTypedArrayTypeNone && t != kJSTypedArrayTypeArrayBuffer;
}

napi_status napi_is_typedarray(napi_env env, napi_value value, bool *result) {
  CHECK_ENV(env);
  CHECK_ARG(env, value);
  CHECK_ARG(env, result);
  *result = is_view_type(JSValueGetTypedArrayType(env->ctx, J(value), NULL));
  return napi_ok_status(env);
}

napi_status napi_create_typedarray(napi_env env, napi_typedarray_type type, size_t length,
                                   napi_value arraybuffer, size_t byte_offset, napi_value *result) {
  PREAMBLE(env);
  CHECK_ARG(env, arraybuffer);
  CHECK_ARG(env, result);
  JSContextRef ctx = env->ctx;
  if ((unsigned)type >= sizeof typed_array_types / sizeof *typed_array_types)
    return napi_set_status(env, napi_invalid_arg);
  if (JSValueGetTypedArrayType(ctx, J(arraybuffer), NULL) != kJSTypedArrayTypeArrayBuffer)
    return napi_set_status(env, napi_invalid_arg);
  size_t size = element_sizes[type];
  JSValueRef exc = NULL;
  if (byte_offset % size != 0) {
    lode_js_throw(ctx, &exc, "RangeError", "ERR_NAPI_INVALID_TYPEDARRAY_ALIGNMENT",
                  "start offset of %s should be a multiple of %zu", "TypedArray", size);
    return napi_take_exception(env, exc);
  }
  size_t ab_len = JSObjectGetArrayBufferByteLength(ctx, (JSObjectRef)J(arraybuffer), NULL);
  if (length * size + byte_offset > ab_len) {
    lode_js_throw(ctx, &exc, "RangeError", "ERR_NAPI_INVALID_TYPEDARRAY_LENGTH",
                  "Invalid typed array length");
    return napi_take_exception(env, exc);
  }
  JSObjectRef ta = JSObjectMakeTypedArrayWithArrayBufferAndOffset(
      ctx, typed_array_types[type], (JSObjectRef)J(arraybuffer), byte_offset, length, &exc);
  if (exc != NULL) return napi_take_exception(env, exc);
  *result = V(ta);
  return napi_ok_status(env);
}

napi_status napi_get_typedarray_info(napi_env env, napi_value typedarray,
                                     napi_typedarray_type *type, size_t *length, void **data,
                                     napi_value *arraybuffer, size_t *byte_offset) {
  CHECK_ENV(env);
  CHECK_ARG(env, typedarray);
  JSContextRef ctx = env->ctx;
  JSTypedArrayType t = JSValueGetTypedArrayType(ctx, J(typedarray), NULL);
  if (!is_view_type(t) || t == kJSTypedArrayTypeNone) return napi_set_status(env, napi_invalid_arg);
  JSObjectRef ta = (JSObjectRef)J(typedarray);
  if (type != NULL) {
    for (size_t i = 0; i < sizeof typed_array_types / sizeof *typed_array_types; i++) {
      if (typed_array_types[i] == t) *type = (napi_typedarray_type)i;
    }
  }
  size_t offset = JSObjectGetTypedArrayByteOffset(ctx, ta, NULL);
  if (length != NULL) *length = JSObjectGetTypedArrayLength(ctx, ta, NULL);
  if (data != NULL) {
    uint8_t *base = JSObjectGetTypedArrayBytesPtr(ctx, ta, NULL);
    *data = base != NULL ? base + offset : NULL;
  }
  if (arraybuffer != NULL) *arraybuffer = V(JSObjectGetTypedArrayBuffer(ctx, ta, NULL));
  if (byte_offset != NULL) *byte_offset = offset;
  return napi_ok_status(env);
}

napi_status napi_create_dataview(napi_env env, size_t length, napi_value arraybuffer,
                                 size_t byte_offset, napi_value *result) {
  PREAMBLE(env);
  CHECK_ARG(env, arraybuffer);
  CHECK_ARG(env, result);
  JSContextRef ctx = env->ctx;
  if (JSValueGetTypedArrayType(ctx, J(arraybuffer), NULL) != kJSTypedArrayTypeArrayBuffer)
    return napi_set_status(env, napi_invalid_arg);
  size_t ab_len = JSObjectGetArrayBufferByteLength(ctx, (JSObjectRef)J(arraybuffer), NULL);
  if (byte_offset + length > ab_len) {
    JSValueRef exc = NULL;
    lode_js_throw(ctx, &exc, "RangeError", "ERR_NAPI_INVALID_DATAVIEW_ARGS",
                  "byte_offset + byte_length should be less than or equal to the size in bytes "
                  "of the array passed in");
    return napi_take_exception(env, exc);
  }
  JSValueRef args[3] = {J(arraybuffer), JSValueMakeNumber(ctx, (double)byte_offset),
                        JSValueMakeNumber(ctx, (double)length)};
  JSValueRef dv = napi_helper(env, "dataView", 3, args);
  if (dv == NULL) return napi_set_status(env, napi_pending_exception);
  *result = V(dv);
  return napi_ok_status(env);
}

napi_status napi_is_dataview(napi_env env, napi_value value, bool *result) {
  CHECK_ENV(env);
  CHECK_ARG(env, value);
  CHECK_ARG(env, result);
  JSValueRef arg = J(value);
  JSValueRef r = napi_helper(env, "isDataView", 1, &arg);
  if (r == NULL) return napi_set_status(env, napi_pending_exception);
  *result = JSValueToBoolean(env->ctx, r);
  return napi_ok_status(env);
}

napi_status napi_get_dataview_info(napi_env env, napi_value dataview, size_t *bytelength,
                                   void **data, napi_value *arraybuffer, size_t *byte_offset) {
  CHECK_ENV(env);
  CHECK_ARG(env, dataview);
  bool is;
  napi_status s = napi_is_dataview(env, dataview, &is);
  if (s != napi_ok) return s;
  if (!is) return napi_set_status(env, napi_invalid_arg);
  JSContextRef ctx = env->ctx;
  JSObjectRef dv = (JSObjectRef)J(dataview);
  JSObjectRef ab = (JSObjectRef)lode_js_get(ctx, dv, "buffer");
  size_t offset = (size_t)JSValueToNumber(ctx, lode_js_get(ctx, dv, "byteOffset"), NULL);
  if (bytelength != NULL)
    *bytelength = (size_t)JSValueToNumber(ctx, lode_js_get(ctx, dv, "byteLength"), NULL);
  if (data != NULL) {
    uint8_t *base = JSObjectGetArrayBufferBytesPtr(ctx, ab, NULL);
    *data = base != NULL ? base + offset : NULL;
  }
  if (arraybuffer != NULL) *arraybuffer = V(ab);
  if (byte_offset != NULL) *byte_offset = offset;
  return napi_ok_status(env);
}

/* ---- versions, memory, promises, scripts, dates, BigInts, instance data ---- */

napi_status napi_get_version(napi_env env, uint32_t *result) {
  CHECK_ENV(env);
  CHECK_ARG(env, result);
  *result = 10;
  return napi_ok_status(env);
}

napi_status napi_adjust_external_memory(napi_env env, int64_t change_in_bytes,
                                        int64_t *adjusted_value) {
  CHECK_ENV(env);
  CHECK_ARG(env, adjusted_value);
  env->external_memory += change_in_bytes;
  if (env->external_memory < 0) env->external_memory = 0;
  if (change_in_bytes > 0) JSReportExtraMemoryCost(env->ctx, (size_t)change_in_bytes);
  *adjusted_value = env->external_memory;
  return napi_ok_status(env);
}

struct napi_deferred__ {
  JSObjectRef resolve;
  JSObjectRef reject;
};

napi_status napi_create_promise(napi_env env, napi_deferred *deferred, napi_value *promise) {
  PREAMBLE(env);
  CHECK_ARG(env, deferred);
  CHECK_ARG(env, promise);
  struct napi_deferred__ *d = malloc(sizeof *d);
  CHECK(d != NULL);
  JSValueRef exc = NULL;
  JSObjectRef p = JSObjectMakeDeferredPromise(env->ctx, &d->resolve, &d->reject, &exc);
  if (exc != NULL) {
    free(d);
    return napi_take_exception(env, exc);
  }
  JSValueProtect(env->ctx, d->resolve);
  JSValueProtect(env->ctx, d->reject);
  *deferred = d;
  *promise = V(p);
  return napi_ok_status(env);
}

static napi_status settle(napi_env env, napi_deferred deferred, napi_value value, bool resolve) {
  PREAMBLE(env);
  CHECK_ARG(env, deferred);
  CHECK_ARG(env, value);
  JSValueRef arg = J(value);
  JSValueRef exc = NULL;
  JSObjectCallAsFunction(env->ctx, resolve ? deferred->resolve : deferred->reject, NULL, 1, &arg,
                         &exc);
  JSValueUnprotect(env->ctx, deferred->resolve);
  JSValueUnprotect(env->ctx, deferred->reject);
  free(deferred);
  if (exc != NULL) return napi_take_exception(env, exc);
  return napi_ok_status(env);
}

napi_status napi_resolve_deferred(napi_env env, napi_deferred deferred, napi_value resolution) {
  return settle(env, deferred, resolution, true);
}

napi_status napi_reject_deferred(napi_env env, napi_deferred deferred, napi_value rejection) {
  return settle(env, deferred, rejection, false);
}

napi_status napi_is_promise(napi_env env, napi_value value, bool *is_promise) {
  CHECK_ENV(env);
  CHECK_ARG(env, value);
  CHECK_ARG(env, is_promise);
  JSValueRef arg = J(value);
  JSValueRef r = napi_helper(env, "isPromise", 1, &arg);
  if (r == NULL) return napi_set_status(env, napi_pending_exception);
  *is_promise = JSValueToBoolean(env->ctx, r);
  return napi_ok_status(env);
}

napi_status napi_run_script(napi_env env, napi_value script, napi_value *result) {
  PREAMBLE(env);
  CHECK_ARG(env, script);
  CHECK_ARG(env, result);
  if (!JSValueIsString(env->ctx, J(script))) return napi_set_status(env, napi_string_expected);
  JSStringRef source = JSValueToStringCopy(env->ctx, J(script), NULL);
  JSValueRef exc = NULL;
  JSValueRef r = JSEvaluateScript(env->ctx, source, NULL, NULL, 1, &exc);
  JSStringRelease(source);
  if (exc != NULL) return napi_take_exception(env, exc);
  *result = V(r);
  return napi_ok_status(env);
}

napi_status napi_create_date(napi_env env, double time, napi_value *result) {
  PREAMBLE(env);
  CHECK_ARG(env, result);
  JSValueRef arg = JSValueMakeNumber(env->ctx, time);
  JSValueRef exc = NULL;
  JSObjectRef d = JSObjectMakeDate(env->ctx, 1, &arg, &exc);
  if (exc != NULL) return napi_take_exception(env, exc);
  *result = V(d);
  return napi_ok_status(env);
}

napi_status napi_is_date(napi_env env, napi_value value, bool *is_date) {
  CHECK_ENV(env);
  CHECK_ARG(env, value);
  CHECK_ARG(env, is_date);
  *is_date = JSValueIsDate(env->ctx, J(value));
  return napi_ok_status(env);
}

napi_status napi_get_date_value(napi_env env, napi_value value, double *result) {
  PREAMBLE(env);
  CHECK_ARG(env, value);
  CHECK_ARG(env, result);
  if (!JSValueIsDate(env->ctx, J(value))) return napi_set_status(env, napi_date_expected);
  *result = JSValueToNumber(env->ctx, J(value), NULL);
  return napi_ok_status(env);
}

napi_status napi_create_bigint_int64(napi_env env, int64_t value, napi_value *result) {
  CHECK_ENV(env);
  CHECK_ARG(env, result);
  *result = V(JSBigIntCreateWithInt64(env->ctx, value, NULL));
  return napi_ok_status(env);
}

napi_status napi_create_bigint_uint64(napi_env env, uint64_t value, napi_value *result) {
  CHECK_ENV(env);
  CHECK_ARG(env, result);
  *result = V(JSBigIntCreateWithUInt64(env->ctx, value, NULL));
  return napi_ok_status(env);
}

napi_status napi_create_bigint_words(napi_env env, int sign_bit, size_t word_count,
                                     const uint64_t *words, napi_value *result) {
  PREAMBLE(env);
  CHECK_ARG(env, words);
  CHECK_ARG(env, result);
  if (word_count > INT32_MAX) return napi_set_status(env, napi_invalid_arg);
  JSContextRef ctx = env->ctx;
  if (word_count > (1u << 24)) {
    JSValueRef exc = NULL;
    lode_js_throw(ctx, &exc, "RangeError", NULL, "Maximum BigInt size exceeded");
    return napi_take_exception(env, exc);
  }
  /* Hex digits, most significant word first. */
  char *hex = malloc(word_count * 16 + 4);
  CHECK(hex != NULL);
  size_t n = 0;
  hex[n++] = '0';
  hex[n++] = 'x';
  hex[n++] = '0';
  for (size_t i = word_count; i-- > 0;)
    n += (size_t)snprintf(hex + n, 17, "%016llx", (unsigned long long)words[i]);
  JSValueRef args[2] = {JSValueMakeBoolean(ctx, sign_bit != 0),
                        lode_js_value_from_utf8(ctx, hex, n)};
  free(hex);
  JSValueRef r = napi_helper(env, "bigintFromHex", 2, args);
  if (r == NULL) return napi_set_status(env, napi_pending_exception);
  *result = V(r);
  return napi_ok_status(env);
}

napi_status napi_get_value_bigint_int64(napi_env env, napi_value value, int64_t *result,
                                        bool *lossless) {
  CHECK_ENV(env);
  CHECK_ARG(env, value);
  CHECK_ARG(env, result);
  CHECK_ARG(env, lossless);
  JSContextRef ctx = env->ctx;
  if (!JSValueIsBigInt(ctx, J(value))) return napi_set_status(env, napi_bigint_expected);
  *result = JSValueToInt64(ctx, J(value), NULL);
  *lossless = JSValueCompareInt64(ctx, J(value), *result, NULL) == kJSRelationConditionEqual;
  return napi_ok_status(env);
}

napi_status napi_get_value_bigint_uint64(napi_env env, napi_value value, uint64_t *result,
                                         bool *lossless) {
  CHECK_ENV(env);
  CHECK_ARG(env, value);
  CHECK_ARG(env, result);
  CHECK_ARG(env, lossless);
  JSContextRef ctx = env->ctx;
  if (!JSValueIsBigInt(ctx, J(value))) return napi_set_status(env, napi_bigint_expected);
  *result = JSValueToUInt64(ctx, J(value), NULL);
  *lossless = JSValueCompareUInt64(ctx, J(value), *result, NULL) == kJSRelationConditionEqual;
  return napi_ok_status(env);
}

napi_status napi_get_value_bigint_words(napi_env env, napi_value value, int *sign_bit,
                                        size_t *word_count, uint64_t *words) {
  CHECK_ENV(env);
  CHECK_ARG(env, value);
  CHECK_ARG(env, word_count);
  JSContextRef ctx = env->ctx;
  if (!JSValueIsBigInt(ctx, J(value))) return napi_set_status(env, napi_bigint_expected);
  JSValueRef arg = J(value);
  JSValueRef r = napi_helper(env, "bigintToHex", 1, &arg);
  if (r == NULL) return napi_set_status(env, napi_pending_exception);
  size_t len;
  char *hex = lode_js_value_to_utf8(ctx, r, &len, NULL); /* "-" for negative, then hex digits */
  CHECK(hex != NULL);
  bool negative = hex[0] == '-';
  const char *digits = hex + (negative ? 1 : 0);
  size_t ndigits = strlen(digits);
  size_t needed = (ndigits + 15) / 16;
  if (needed == 0) needed = 1;
  if (words == NULL) {
    *word_count = needed;
  } else {
    size_t count = *word_count < needed ? *word_count : needed;
    for (size_t w = 0; w < count; w++) {
      uint64_t word = 0;
      size_t end = ndigits - w * 16; /* digits of word w are [end-16, end) */
      size_t start = end >= 16 ? end - 16 : 0;
      for (size_t i = start; i < end; i++) {
        char c = digits[i];
        word = word * 16 + (uint64_t)(c <= '9' ? c - '0' : c - 'a' + 10);
      }
      words[w] = word;
    }
    if (sign_bit != NULL) *sign_bit = negative;
    *word_count = count;
  }
  free(hex);
  return napi_ok_status(env);
}

napi_status napi_set_instance_data(napi_env env, void *data, napi_finalize finalize_cb,
                                   void *finalize_hint) {
  CHECK_ENV(env);
  env->instance_data = data;
  env->instance_finalize = finalize_cb;
  env->instance_hint = finalize_hint;
  return napi_ok_status(env);
}

napi_status napi_get_instance_data(napi_env env, void **data) {
  CHECK_ENV(env);
  CHECK_ARG(env, data);
  *data = env->instance_data;
  return napi_ok_status(env);
}

/* The classes every env shares (made once per process; JSClassRefs are not tied to a
 * context). */
void napi_init_classes(void) {
  if (function_class != NULL) return;
  JSClassDefinition def = kJSClassDefinitionEmpty;
  def.className = "Function";
  def.callAsFunction = function_call;
  def.finalize = function_finalize;
  function_class = JSClassCreate(&def);
  def = kJSClassDefinitionEmpty;
  def.className = "Object";
  def.finalize = object_finalize;
  object_class = JSClassCreate(&def);
  def = kJSClassDefinitionEmpty;
  def.className = "External";
  def.finalize = external_finalize;
  external_class = JSClassCreate(&def);
  def = kJSClassDefinitionEmpty;
  def.className = "NapiConstruct";
  def.callAsFunction = construct_cb;
  def.finalize = function_finalize;
  construct_class = JSClassCreate(&def);
  def = kJSClassDefinitionEmpty;
  def.className = "NapiHolder";
  def.finalize = holder_finalize;
  holder_class = JSClassCreate(&def);
}
