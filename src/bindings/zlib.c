/* Zlib binding: deflate/inflate (zlib) and brotli streams for lib/zlib.js and
 * lib/internal/zlib/. lib/ validates options and builds Node's errors; this file does the
 * byte work.
 *
 * `create(mode)` returns a handle (a JSClass object owning one z_stream or brotli state).
 * The stream classes call `write(flush, in, inOff, inLen, out, outOff, outLen, async)`, which
 * compresses from a JS input view into a JS output view and reports what is left of each in
 * the handle's `state` Uint32Array ([availOut, availIn]); the convenience functions call
 * `processAll(in, inOff, inLen, flush, maxOutputLength, async)`, which runs the whole input in
 * one call and hands the output over as a Uint8Array without a copy. With `async` true both
 * run on the libuv thread pool and complete through `handle.oncomplete(status[, output])`;
 * the handle stays protected meanwhile (lib/ keeps the buffers on the handle). A status of 1
 * means failure, described by `lastError()` → [message, errno, code]; 2 means the output
 * passed maxOutputLength.
 *
 * The finalizer may run on any thread: it only frees zlib/brotli memory. It cannot run while a
 * job is in flight, because the handle is protected until the job's after-callback. */
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "brotli_lazy.h" /* Brotli, loaded on first use */
#include "index.h"

enum { NONE, DEFLATE, INFLATE, GZIP, GUNZIP, DEFLATERAW, INFLATERAW, UNZIP, BROTLI_DECODE, BROTLI_ENCODE };
enum { STATUS_OK = 0, STATUS_ERROR = 1, STATUS_TOO_LARGE = 2 };
#define BROTLI_PARAM_COUNT 10
#define UNSET_PARAM 0xFFFFFFFFu

typedef struct zhandle_s {
  int mode;
  bool ready;  /* the z_stream / brotli state exists */
  bool busy;   /* a thread-pool job uses it */
  bool closed; /* close() was called */
  bool one_member; /* gunzip stops after the first member (the web DecompressionStream) */
  z_stream strm;
  BrotliEncoderState *enc;
  BrotliDecoderState *dec;
  BrotliDecoderResult dec_result;
  uint32_t brotli_params[BROTLI_PARAM_COUNT];
  int window_bits, level, mem_level, strategy;
  uint8_t *dictionary;
  size_t dictionary_len;
  uint32_t *state; /* [availOut, availIn], the bytes of the handle's `state` Uint32Array */
  /* the current operation */
  int flush;
  const uint8_t *in;
  size_t in_len;
  uint8_t *out;
  size_t out_len;
  /* processAll */
  bool all;
  double max_output;
  size_t all_len;
  int all_status;
  /* the last error */
  int err;
  const char *msg;
  char code[64];
  uv_work_t work;
  JSObjectRef obj;
} zhandle_t;

static JSClassRef zlib_class;

static void free_bytes_cb(void *bytes, void *context) {
  (void)context;
  free(bytes);
}

static bool is_brotli(const zhandle_t *h) {
  return h->mode == BROTLI_DECODE || h->mode == BROTLI_ENCODE;
}

static bool is_deflate(const zhandle_t *h) {
  return h->mode == DEFLATE || h->mode == GZIP || h->mode == DEFLATERAW;
}

/* Frees the compression state (not the handle). */
static void handle_end(zhandle_t *h) {
  if (!h->ready) return;
  if (h->mode == BROTLI_ENCODE) BrotliEncoderDestroyInstance(h->enc);
  else if (h->mode == BROTLI_DECODE) BrotliDecoderDestroyInstance(h->dec);
  else if (is_deflate(h)) deflateEnd(&h->strm);
  else inflateEnd(&h->strm);
  h->enc = NULL;
  h->dec = NULL;
  h->ready = false;
}

static void zlib_finalize(JSObjectRef obj) {
  zhandle_t *h = JSObjectGetPrivate(obj);
  if (h == NULL) return;
  handle_end(h);
  free(h->dictionary);
  free(h);
}

static void set_error(zhandle_t *h, int err, const char *msg, const char *code) {
  h->err = err;
  h->msg = msg;
  snprintf(h->code, sizeof h->code, "%s", code);
}

static const char *zlib_code_name(int err) {
  switch (err) {
  case Z_NEED_DICT: return "Z_NEED_DICT";
  case Z_ERRNO: return "Z_ERRNO";
  case Z_STREAM_ERROR: return "Z_STREAM_ERROR";
  case Z_DATA_ERROR: return "Z_DATA_ERROR";
  case Z_MEM_ERROR: return "Z_MEM_ERROR";
  case Z_BUF_ERROR: return "Z_BUF_ERROR";
  case Z_VERSION_ERROR: return "Z_VERSION_ERROR";
  default: return "Z_UNKNOWN";
  }
}

static void set_zlib_error(zhandle_t *h, int err, const char *fallback) {
  set_error(h, err, h->strm.msg != NULL ? h->strm.msg : fallback, zlib_code_name(err));
}

/* Applies the dictionary to a fresh raw stream (raw streams take it up front). */
static int set_raw_dictionary(zhandle_t *h) {
  if (h->dictionary == NULL) return Z_OK;
  if (h->mode == DEFLATE || h->mode == DEFLATERAW)
    return deflateSetDictionary(&h->strm, h->dictionary, (uInt)h->dictionary_len);
  if (h->mode == INFLATERAW)
    return inflateSetDictionary(&h->strm, h->dictionary, (uInt)h->dictionary_len);
  return Z_OK;
}

static bool brotli_start(zhandle_t *h) {
  if (h->mode == BROTLI_ENCODE) {
    h->enc = BrotliEncoderCreateInstance(NULL, NULL, NULL);
    if (h->enc == NULL) return false;
    for (int i = 0; i < BROTLI_PARAM_COUNT; i++) {
      if (h->brotli_params[i] == UNSET_PARAM) continue;
      if (!BrotliEncoderSetParameter(h->enc, (BrotliEncoderParameter)i, h->brotli_params[i])) {
        BrotliEncoderDestroyInstance(h->enc);
        h->enc = NULL;
        return false;
      }
    }
  } else {
    h->dec = BrotliDecoderCreateInstance(NULL, NULL, NULL);
    if (h->dec == NULL) return false;
    for (int i = 0; i < BROTLI_PARAM_COUNT; i++) {
      if (h->brotli_params[i] == UNSET_PARAM) continue;
      if (!BrotliDecoderSetParameter(h->dec, (BrotliDecoderParameter)i, h->brotli_params[i])) {
        BrotliDecoderDestroyInstance(h->dec);
        h->dec = NULL;
        return false;
      }
    }
    h->dec_result = BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT;
  }
  h->ready = true;
  return true;
}

/* One step of the engine over h->in/h->out with h->flush. Returns false with the error set on
 * failure. Advances h->in/h->out. *ended is set when the compressed stream ended. */
static bool engine_step(zhandle_t *h, bool *ended) {
  *ended = false;
  if (h->mode == BROTLI_ENCODE) {
    size_t avail_in = h->in_len, avail_out = h->out_len;
    const uint8_t *next_in = h->in;
    uint8_t *next_out = h->out;
    BROTLI_BOOL ok = BrotliEncoderCompressStream(h->enc, (BrotliEncoderOperation)h->flush, &avail_in,
                                                 &next_in, &avail_out, &next_out, NULL);
    h->in = next_in;
    h->in_len = avail_in;
    h->out = next_out;
    h->out_len = avail_out;
    if (!ok) {
      set_error(h, -1, "Compression failed", "ERR_BROTLI_COMPRESSION_FAILED");
      return false;
    }
    *ended = BrotliEncoderIsFinished(h->enc);
    return true;
  }
  if (h->mode == BROTLI_DECODE) {
    size_t avail_in = h->in_len, avail_out = h->out_len;
    const uint8_t *next_in = h->in;
    uint8_t *next_out = h->out;
    h->dec_result = BrotliDecoderDecompressStream(h->dec, &avail_in, &next_in, &avail_out, &next_out, NULL);
    h->in = next_in;
    h->in_len = avail_in;
    h->out = next_out;
    h->out_len = avail_out;
    if (h->dec_result == BROTLI_DECODER_RESULT_ERROR) {
      BrotliDecoderErrorCode c = BrotliDecoderGetErrorCode(h->dec);
      /* Node names the code after the full constant (ERR__ERROR_FORMAT_PADDING_1); older
       * libbrotli strings drop the group prefix, so add it back by range. */
      const char *name = BrotliDecoderErrorString(c);
      const char *prefix = "";
      if (name[0] != '_') {
        if (c >= -16) prefix = "_ERROR_FORMAT_";
        else if (c <= -21 && c >= -30) prefix = "_ERROR_ALLOC_";
        else prefix = "_ERROR_";
      }
      char code[64];
      snprintf(code, sizeof code, "ERR_%s%s", prefix, name);
      set_error(h, (int)c, "Decompression failed", code);
      return false;
    }
    if (h->dec_result == BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT && h->flush == 2 && h->in_len == 0) {
      set_error(h, Z_BUF_ERROR, "unexpected end of file", "Z_BUF_ERROR");
      return false;
    }
    *ended = h->dec_result == BROTLI_DECODER_RESULT_SUCCESS;
    return true;
  }

  z_stream *s = &h->strm;
  /* zlib takes uInt lengths: feed at most 1 GiB per call; callers loop. */
  uInt in_chunk = h->in_len > (1u << 30) ? (1u << 30) : (uInt)h->in_len;
  uInt out_chunk = h->out_len > (1u << 30) ? (1u << 30) : (uInt)h->out_len;
  s->next_in = (Bytef *)h->in;
  s->avail_in = in_chunk;
  s->next_out = h->out;
  s->avail_out = out_chunk;
  int flush = h->flush;
  if (in_chunk != h->in_len && flush == Z_FINISH) flush = Z_NO_FLUSH;
  int err;
  if (is_deflate(h)) {
    err = deflate(s, flush);
  } else {
    if (h->mode == UNZIP && s->total_in == 0 && s->avail_in > 0 && s->next_in[0] == 0x1f)
      h->mode = GUNZIP; /* members after the first are decompressed too, as gunzip does */
    err = inflate(s, flush);
    if (err == Z_NEED_DICT) {
      if (h->dictionary == NULL) {
        set_error(h, Z_NEED_DICT, "Missing dictionary", "Z_NEED_DICT");
        goto fail;
      }
      err = inflateSetDictionary(s, h->dictionary, (uInt)h->dictionary_len);
      if (err != Z_OK) {
        set_error(h, Z_NEED_DICT, "Bad dictionary", "Z_NEED_DICT");
        goto fail;
      }
      err = inflate(s, flush);
    }
    /* Concatenated gzip members: anything but zero padding after a member starts another. */
    while (err == Z_STREAM_END && h->mode == GUNZIP && !h->one_member && s->avail_in > 0 &&
           s->next_in[0] != 0) {
      inflateReset(s);
      err = inflate(s, flush);
    }
  }
  h->in = s->next_in;
  h->in_len -= in_chunk - s->avail_in;
  h->out = s->next_out;
  h->out_len -= out_chunk - s->avail_out;
  switch (err) {
  case Z_OK:
    return true;
  case Z_STREAM_END:
    *ended = true;
    return true;
  case Z_BUF_ERROR:
    if (s->avail_out != 0 && flush == Z_FINISH) {
      set_error(h, Z_BUF_ERROR, "unexpected end of file", "Z_BUF_ERROR");
      return false;
    }
    return true;
  case Z_NEED_DICT:
    set_error(h, Z_NEED_DICT, "Bad dictionary", "Z_NEED_DICT");
    return false;
  default:
    set_zlib_error(h, err, "Zlib error");
    return false;
  }
fail:
  h->in = s->next_in;
  h->in_len -= in_chunk - s->avail_in;
  h->out = s->next_out;
  h->out_len -= out_chunk - s->avail_out;
  return false;
}

/* Runs write(): steps until the output is full or the input is consumed and the flush done. */
static int run_write(zhandle_t *h) {
  for (;;) {
    bool ended;
    size_t out_before = h->out_len, in_before = h->in_len;
    if (!engine_step(h, &ended)) return STATUS_ERROR;
    if (ended || h->out_len == 0) return STATUS_OK;
    /* zlib stops early only on its 1 GiB per-call cap; otherwise it has done what it can. */
    if (h->in_len == 0 || (h->out_len == out_before && h->in_len == in_before)) return STATUS_OK;
    if (is_brotli(h)) return STATUS_OK;
  }
}

/* Runs processAll(): the whole input into a growing malloc'd buffer (h->out_base). */
static uint8_t *run_all(zhandle_t *h, size_t *out_size) {
  size_t cap;
  if (h->mode == BROTLI_ENCODE) cap = BrotliEncoderMaxCompressedSize(h->in_len);
  else if (is_deflate(h) && h->in_len < (1u << 30)) cap = deflateBound(&h->strm, (uLong)h->in_len) + 64;
  else cap = h->in_len < (1u << 20) ? h->in_len * 4 + 1024 : h->in_len * 2;
  if (cap == 0) cap = h->in_len * 2 + 1024;
  if (h->max_output >= 0 && cap > (size_t)h->max_output + 1) cap = (size_t)h->max_output + 1;
  if (cap < 64) cap = 64;
  uint8_t *base = malloc(cap);
  if (base == NULL) {
    set_error(h, Z_MEM_ERROR, "Out of memory", "Z_MEM_ERROR");
    h->all_status = STATUS_ERROR;
    return NULL;
  }
  size_t len = 0;
  for (;;) {
    size_t in_before = h->in_len;
    h->out = base + len;
    h->out_len = cap - len;
    bool ended;
    bool ok = engine_step(h, &ended);
    len = (size_t)(h->out - base);
    if (!ok) {
      free(base);
      h->all_status = STATUS_ERROR;
      return NULL;
    }
    if (h->max_output >= 0 && (double)len > h->max_output) {
      free(base);
      h->all_status = STATUS_TOO_LARGE;
      return NULL;
    }
    if (ended) break;
    if (h->out_len != 0) {
      if (h->in_len == 0) break;
      if (is_brotli(h) || h->in_len == in_before) break;
      continue; /* the 1 GiB per-call cap */
    }
    size_t ncap = cap * 2;
    if (h->max_output >= 0 && ncap > (size_t)h->max_output + 1) ncap = (size_t)h->max_output + 1;
    if (ncap <= cap) ncap = cap + 1;
    uint8_t *nbase = realloc(base, ncap);
    if (nbase == NULL) {
      free(base);
      set_error(h, Z_MEM_ERROR, "Out of memory", "Z_MEM_ERROR");
      h->all_status = STATUS_ERROR;
      return NULL;
    }
    base = nbase;
    cap = ncap;
  }
  if (len < cap) {
    uint8_t *shrunk = realloc(base, len ? len : 1);
    if (shrunk != NULL) base = shrunk;
  }
  *out_size = len;
  h->all_status = STATUS_OK;
  return base;
}

static zhandle_t *this_handle(JSContextRef ctx, JSObjectRef obj, JSValueRef *exc) {
  zhandle_t *h = JSValueIsObjectOfClass(ctx, obj, zlib_class) ? JSObjectGetPrivate(obj) : NULL;
  if (h == NULL) {
    lode_js_throw(ctx, exc, "TypeError", "ERR_INVALID_THIS", "Value of \"this\" must be a zlib handle");
    return NULL;
  }
  return h;
}

/* A usable handle: initialized, open and idle. */
static zhandle_t *ready_handle(JSContextRef ctx, JSObjectRef obj, JSValueRef *exc) {
  zhandle_t *h = this_handle(ctx, obj, exc);
  if (h == NULL) return NULL;
  if (!h->ready || h->closed) {
    lode_js_throw(ctx, exc, "Error", "ERR_INTERNAL_ASSERTION", "zlib binding closed");
    return NULL;
  }
  if (h->busy) {
    lode_js_throw(ctx, exc, "Error", "ERR_INTERNAL_ASSERTION", "zlib handle is busy");
    return NULL;
  }
  return h;
}

static double num_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i) {
  if (i >= argc) return 0;
  double d = JSValueToNumber(ctx, argv[i], NULL);
  return d == d ? d : 0;
}

/* The bytes [off, off+len) of typed-array argument i, checked against the view. */
static bool view_range(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i, double off,
                       double len, uint8_t **data, size_t *size, JSValueRef *exc) {
  uint8_t *base;
  size_t view_len;
  if (i >= argc || !lode_js_bytes(ctx, argv[i], false, &base, &view_len)) {
    lode_js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "argument %zu must be a TypedArray", i);
    return false;
  }
  if (off < 0 || len < 0 || off + len > (double)view_len) {
    lode_js_throw(ctx, exc, "RangeError", "ERR_OUT_OF_RANGE", "range outside of the buffer");
    return false;
  }
  *size = (size_t)len;
  *data = base != NULL ? base + (size_t)off : NULL;
  return true;
}

static void work_cb(uv_work_t *w) {
  zhandle_t *h = w->data;
  if (h->all) {
    size_t size = 0;
    uint8_t *out = run_all(h, &size);
    h->out = out; /* the result, taken over in after_cb */
    h->all_len = size;
  } else {
    h->all_status = run_write(h);
  }
}

static JSValueRef all_result(JSContextRef ctx, zhandle_t *h, uint8_t *out, size_t size) {
  if (h->all_status != STATUS_OK) return JSValueMakeNumber(ctx, h->all_status);
  JSObjectRef arr = JSObjectMakeTypedArrayWithBytesNoCopy(ctx, kJSTypedArrayTypeUint8Array, out, size,
                                                          free_bytes_cb, NULL, NULL);
  if (arr == NULL) {
    free(out);
    set_error(h, Z_MEM_ERROR, "Out of memory", "Z_MEM_ERROR");
    return JSValueMakeNumber(ctx, STATUS_ERROR);
  }
  return arr;
}

static void after_cb(uv_work_t *w, int status) {
  (void)status;
  zhandle_t *h = w->data;
  lode_runtime_t *rt = lode_runtime();
  JSContextRef ctx = rt->ctx;
  JSObjectRef obj = h->obj;
  h->busy = false;
  h->obj = NULL;
  if (h->closed) {
    /* close() came while the job ran: free now, and tell no one. */
    if (h->all) free(h->out);
    handle_end(h);
  } else {
    JSValueRef args[2];
    int n = 1;
    if (h->all) {
      args[1] = all_result(ctx, h, h->out, h->all_len);
      args[0] = JSValueIsNumber(ctx, args[1]) ? args[1] : JSValueMakeNumber(ctx, STATUS_OK);
      n = 2;
    } else {
      if (h->state != NULL) {
        h->state[0] = (uint32_t)h->out_len;
        h->state[1] = (uint32_t)h->in_len;
      }
      args[0] = JSValueMakeNumber(ctx, h->all_status);
    }
    JSValueRef oncomplete = lode_js_get(ctx, obj, "oncomplete");
    if (JSValueIsObject(ctx, oncomplete)) lode_make_callback(rt, (JSObjectRef)oncomplete, obj, n, args);
  }
  lode_unpin(rt, obj);
}

static void queue_job(zhandle_t *h, JSObjectRef obj) {
  lode_runtime_t *rt = lode_runtime();
  h->busy = true;
  h->obj = obj;
  h->work.data = h;
  lode_pin(rt, obj);
  CHECK(uv_queue_work(rt->loop, &h->work, work_cb, after_cb) == 0);
}

/* create(mode[, oneMember]) → a new handle; oneMember: gunzip reads one gzip member only. */
LODE_LOCKED_CB(create_cb) {
  LODE_CB_UNUSED;
  int mode = (int)num_arg(ctx, argc, argv, 0);
  if (mode < DEFLATE || mode > BROTLI_ENCODE)
    return lode_js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_VALUE", "Bad zlib mode %d", mode);
  zhandle_t *h = calloc(1, sizeof *h);
  CHECK(h != NULL);
  h->mode = mode;
  h->one_member = argc > 1 && JSValueToBoolean(ctx, argv[1]);
  JSObjectRef obj = JSObjectMake(ctx, zlib_class, h);
  /* [availOut, availIn] after each write, read by lib/. */
  JSObjectRef state = JSObjectMakeTypedArray(ctx, kJSTypedArrayTypeUint32Array, 2, NULL);
  h->state = JSObjectGetTypedArrayBytesPtr(ctx, state, NULL);
  JSStringRef name = JSStringCreateWithUTF8CString("state");
  JSObjectSetProperty(ctx, obj, name, state,
                      kJSPropertyAttributeReadOnly | kJSPropertyAttributeDontDelete, NULL);
  JSStringRelease(name);
  return obj;
}

/* init(windowBits, level, memLevel, strategy[, dictionary]) for zlib modes, init(params) with
 * a Uint32Array of brotli parameters (0xFFFFFFFF: unset) for brotli. Returns 0, or the zlib
 * error code / -1 on failure. */
LODE_LOCKED_CB(init_cb) {
  LODE_CB_UNUSED;
  zhandle_t *h = this_handle(ctx, this_obj, exc);
  if (h == NULL) return NULL;
  if (h->ready || h->closed) return JSValueMakeNumber(ctx, Z_STREAM_ERROR);
  if (is_brotli(h)) {
    for (int i = 0; i < BROTLI_PARAM_COUNT; i++) h->brotli_params[i] = UNSET_PARAM;
    uint8_t *base;
    size_t bytes;
    if (argc > 0 && JSValueGetTypedArrayType(ctx, argv[0], NULL) == kJSTypedArrayTypeUint32Array &&
        lode_js_bytes(ctx, argv[0], false, &base, &bytes) && base != NULL) {
      const uint32_t *p = (const uint32_t *)base;
      for (size_t i = 0; i < bytes / 4 && i < BROTLI_PARAM_COUNT; i++) h->brotli_params[i] = p[i];
    }
    return JSValueMakeNumber(ctx, brotli_start(h) ? 0 : -1);
  }
  h->window_bits = (int)num_arg(ctx, argc, argv, 0);
  h->level = (int)num_arg(ctx, argc, argv, 1);
  h->mem_level = (int)num_arg(ctx, argc, argv, 2);
  h->strategy = (int)num_arg(ctx, argc, argv, 3);
  if (argc > 4 && JSValueGetTypedArrayType(ctx, argv[4], NULL) != kJSTypedArrayTypeNone) {
    uint8_t *data;
    size_t size;
    double len = (double)JSObjectGetTypedArrayByteLength(ctx, (JSObjectRef)argv[4], NULL);
    if (!view_range(ctx, argc, argv, 4, 0, len, &data, &size, exc)) return NULL;
    if (size > 0) {
      h->dictionary = malloc(size);
      CHECK(h->dictionary != NULL);
      memcpy(h->dictionary, data, size);
      h->dictionary_len = size;
    }
  }
  int wb = h->window_bits;
  switch (h->mode) {
  case GZIP: case GUNZIP: wb += 16; break;
  case UNZIP: wb += 32; break;
  case DEFLATERAW: case INFLATERAW: wb = -wb; break;
  default: break;
  }
  int err;
  if (is_deflate(h))
    err = deflateInit2(&h->strm, h->level, Z_DEFLATED, wb, h->mem_level, h->strategy);
  else
    err = inflateInit2(&h->strm, wb);
  if (err != Z_OK) return JSValueMakeNumber(ctx, err);
  h->ready = true;
  err = set_raw_dictionary(h);
  if (err != Z_OK) {
    handle_end(h);
    return JSValueMakeNumber(ctx, err);
  }
  return JSValueMakeNumber(ctx, 0);
}

/* write(flush, in, inOff, inLen, out, outOff, outLen, async) → status (sync), or undefined and
 * oncomplete(status) later. state = [availOut, availIn] afterwards. */
LODE_LOCKED_CB(write_cb) {
  LODE_CB_UNUSED;
  zhandle_t *h = ready_handle(ctx, this_obj, exc);
  if (h == NULL) return NULL;
  uint8_t *in, *out;
  size_t in_len, out_len;
  if (!view_range(ctx, argc, argv, 1, num_arg(ctx, argc, argv, 2), num_arg(ctx, argc, argv, 3), &in,
                  &in_len, exc))
    return NULL;
  if (!view_range(ctx, argc, argv, 4, num_arg(ctx, argc, argv, 5), num_arg(ctx, argc, argv, 6), &out,
                  &out_len, exc))
    return NULL;
  if (in_len > UINT32_MAX || out_len > UINT32_MAX)
    return lode_js_throw(ctx, exc, "RangeError", "ERR_OUT_OF_RANGE", "chunk too large");
  h->flush = (int)num_arg(ctx, argc, argv, 0);
  h->in = in;
  h->in_len = in_len;
  h->out = out;
  h->out_len = out_len;
  h->all = false;
  if (argc > 7 && JSValueToBoolean(ctx, argv[7])) {
    queue_job(h, this_obj);
    return JSValueMakeUndefined(ctx);
  }
  int status = run_write(h);
  h->state[0] = (uint32_t)h->out_len;
  h->state[1] = (uint32_t)h->in_len;
  return JSValueMakeNumber(ctx, status);
}

/* processAll(in, inOff, inLen, flush, maxOutputLength, async) → Uint8Array or status (sync), or
 * undefined and oncomplete(status, output) later. maxOutputLength < 0: no limit. */
LODE_LOCKED_CB(process_all_cb) {
  LODE_CB_UNUSED;
  zhandle_t *h = ready_handle(ctx, this_obj, exc);
  if (h == NULL) return NULL;
  uint8_t *in;
  size_t in_len;
  if (!view_range(ctx, argc, argv, 0, num_arg(ctx, argc, argv, 1), num_arg(ctx, argc, argv, 2), &in,
                  &in_len, exc))
    return NULL;
  h->in = in;
  h->in_len = in_len;
  h->flush = (int)num_arg(ctx, argc, argv, 3);
  h->max_output = argc > 4 ? num_arg(ctx, argc, argv, 4) : -1;
  h->all = true;
  if (argc > 5 && JSValueToBoolean(ctx, argv[5])) {
    queue_job(h, this_obj);
    return JSValueMakeUndefined(ctx);
  }
  size_t size = 0;
  uint8_t *out = run_all(h, &size);
  return all_result(ctx, h, out, size);
}

/* params(level, strategy) → 0 or the zlib error. */
LODE_LOCKED_CB(params_cb) {
  LODE_CB_UNUSED;
  zhandle_t *h = ready_handle(ctx, this_obj, exc);
  if (h == NULL) return NULL;
  if (!is_deflate(h)) return JSValueMakeNumber(ctx, 0);
  int level = (int)num_arg(ctx, argc, argv, 0), strategy = (int)num_arg(ctx, argc, argv, 1);
  /* deflateParams may try to flush into next_out; give it an empty, valid buffer. */
  uint8_t dummy[1];
  h->strm.next_out = dummy;
  h->strm.avail_out = 0;
  h->strm.next_in = dummy;
  h->strm.avail_in = 0;
  int err = deflateParams(&h->strm, level, strategy);
  if (err != Z_OK && err != Z_BUF_ERROR) {
    set_zlib_error(h, err, "Failed to set parameters");
    return JSValueMakeNumber(ctx, err);
  }
  h->level = level;
  h->strategy = strategy;
  return JSValueMakeNumber(ctx, 0);
}

/* reset() → 0 or the error; the dictionary stays. */
LODE_LOCKED_CB(reset_cb) {
  LODE_CB_UNUSED;
  zhandle_t *h = ready_handle(ctx, this_obj, exc);
  if (h == NULL) return NULL;
  int err = Z_OK;
  if (is_brotli(h)) {
    handle_end(h);
    if (!brotli_start(h)) err = -1;
  } else {
    err = is_deflate(h) ? deflateReset(&h->strm) : inflateReset(&h->strm);
    if (err == Z_OK) err = set_raw_dictionary(h);
  }
  return JSValueMakeNumber(ctx, err);
}

/* close(): frees the state now, or when the job in flight ends. */
LODE_LOCKED_CB(close_cb) {
  LODE_CB_UNUSED;
  zhandle_t *h = this_handle(ctx, this_obj, exc);
  if (h == NULL) return NULL;
  h->closed = true;
  if (!h->busy) handle_end(h);
  return JSValueMakeUndefined(ctx);
}

/* lastError() → [message, errno, code]. */
LODE_LOCKED_CB(last_error_cb) {
  LODE_CB_UNUSED;
  zhandle_t *h = this_handle(ctx, this_obj, exc);
  if (h == NULL) return NULL;
  JSObjectRef arr = lode_js_array(ctx, 0, NULL);
  JSObjectSetPropertyAtIndex(ctx, arr, 0, lode_js_value_from_cstr(ctx, h->msg ? h->msg : "Zlib error"), NULL);
  JSObjectSetPropertyAtIndex(ctx, arr, 1, JSValueMakeNumber(ctx, h->err), NULL);
  JSObjectSetPropertyAtIndex(ctx, arr, 2, lode_js_value_from_cstr(ctx, h->code), NULL);
  return arr;
}

/* crc32(view, value) → the CRC-32 of the bytes continuing from value. */
LODE_LOCKED_CB(crc32_cb) {
  LODE_CB_UNUSED;
  uint8_t *data;
  size_t size;
  JSValueRef v = argc > 0 ? argv[0] : NULL;
  if (v == NULL || JSValueGetTypedArrayType(ctx, v, NULL) == kJSTypedArrayTypeNone)
    return lode_js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "data must be a TypedArray");
  double len = (double)JSObjectGetTypedArrayByteLength(ctx, (JSObjectRef)v, NULL);
  if (!view_range(ctx, argc, argv, 0, 0, len, &data, &size, exc)) return NULL;
  uLong crc = (uLong)(uint32_t)num_arg(ctx, argc, argv, 1);
  while (size > 0) {
    uInt n = size > (1u << 30) ? (1u << 30) : (uInt)size;
    crc = crc32(crc, data, n);
    data += n;
    size -= n;
  }
  return JSValueMakeNumber(ctx, (double)crc);
}

/* Writable, as Node's prototype methods are: tar (minizlib) swaps `handle.close` for a no-op
 * while it runs _processChunk. */
#define METHOD(name, cb) {name, cb, kJSPropertyAttributeDontEnum}

JSObjectRef lode_binding_zlib(lode_runtime_t *rt) {
  JSContextRef ctx = rt->ctx;
  if (zlib_class == NULL) {
    static const JSStaticFunction functions[] = {
        METHOD("init", init_cb),     METHOD("write", write_cb), METHOD("processAll", process_all_cb),
        METHOD("params", params_cb), METHOD("reset", reset_cb), METHOD("close", close_cb),
        METHOD("lastError", last_error_cb), {NULL, NULL, 0}};
    JSClassDefinition def = kJSClassDefinitionEmpty;
    def.className = "Zlib";
    def.staticFunctions = functions;
    def.finalize = zlib_finalize;
    zlib_class = JSClassCreate(&def);
  }
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  lode_js_set_function(ctx, b, "create", create_cb);
  lode_js_set_function(ctx, b, "crc32", crc32_cb);
  lode_js_set_string(ctx, b, "zlibVersion", zlibVersion());
  lode_js_set_number(ctx, b, "zlibVernum", ZLIB_VERNUM);
  return b;
}
