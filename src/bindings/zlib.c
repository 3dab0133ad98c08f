/* Zlib binding: deflate/inflate (zlib), brotli and zstd streams for lib/zlib.js and
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
 * passed maxOutputLength. processAll leaves the unused input length in state[1]. The streams
 * take their output buffers from `allocOutput(size)` (uninitialised memory).
 *
 * zlib itself is Debian's; its CRC-32 and Adler-32 are slow, so inflate's checks are mostly
 * done here with SIMD versions (see inflate_checked).
 *
 * The finalizer may run on any thread: it only frees zlib/brotli memory. It cannot run while a
 * job is in flight, because the handle is protected until the job's after-callback. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>
#if defined(__x86_64__)
#include <immintrin.h>
#endif

#include "brotli_lazy.h" /* Brotli, loaded on first use */
#include "zstd_lazy.h"   /* Zstandard, likewise */
#include "index.h"

enum { NONE, DEFLATE, INFLATE, GZIP, GUNZIP, DEFLATERAW, INFLATERAW, UNZIP, BROTLI_DECODE, BROTLI_ENCODE,
       ZSTD_COMPRESS, ZSTD_DECOMPRESS };
enum { STATUS_OK = 0, STATUS_ERROR = 1, STATUS_TOO_LARGE = 2 };
enum { OWN_CHECK_NONE, OWN_CHECK_GZIP, OWN_CHECK_ZLIB };
#define BROTLI_PARAM_COUNT 10
#define UNSET_PARAM 0xFFFFFFFFu

typedef struct zhandle_s {
  int mode;
  bool ready;  /* the z_stream / brotli state exists */
  bool busy;   /* a thread-pool job uses it */
  bool closed; /* close() was called */
  bool one_member; /* gunzip stops after the first member (the web DecompressionStream) */
  /* Most gzip members and zlib streams are checked here, not by zlib (see inflate_checked): */
  bool member_start;   /* the next inflate() call starts a member */
  int own_check;       /* OWN_CHECK_*: which check of this member is done here */
  uint32_t check;      /* the CRC-32 or Adler-32 of the member's output so far */
  uint32_t member_len; /* the member's output length mod 2^32 */
  uint8_t tail[8];     /* the last 8 input bytes consumed: the trailer when a member ends */
  z_stream strm;
  BrotliEncoderState *enc;
  BrotliDecoderState *dec;
  BrotliDecoderResult dec_result;
  uint32_t brotli_params[BROTLI_PARAM_COUNT];
  ZSTD_CCtx *cctx;
  ZSTD_DCtx *dctx;
  size_t zstd_hint;        /* the last ZSTD_decompressStream result: 0 when a frame ended */
  double pledged_src_size; /* zstd compression: < 0 when unknown */
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

static bool is_zstd(const zhandle_t *h) {
  return h->mode == ZSTD_COMPRESS || h->mode == ZSTD_DECOMPRESS;
}

static bool is_deflate(const zhandle_t *h) {
  return h->mode == DEFLATE || h->mode == GZIP || h->mode == DEFLATERAW;
}

/* ---- CRC-32 ----
 * zlib's crc32() goes a few bytes per cycle (~3.4 GB/s here), which made it 15% of gunzip's
 * time. On x86-64 with PCLMULQDQ, crc32_fast() folds the data 64 bytes at a time with
 * carry-less multiplications (~4x faster), then lets zlib finish the last 16 bytes and the
 * tail, so zlib stays the reference for the result.
 *
 * Folding: in the bit-reflected order CRC-32 uses, a 16-byte block A followed by T more bits of
 * message contributes A(x)·x^T mod P. Split A into its high and low 64-bit halves: A·x^T ≡
 * A_hi·(x^(T+64) mod P) + A_lo·(x^T mod P), a value below 96 bits that can be XORed into the
 * block T bits further on. PCLMULQDQ on reflected operands yields the product shifted one bit,
 * so the multipliers are x^(T+63) and x^(T-1) mod P. */
#if defined(__x86_64__)
static uint64_t fold_by4[2], fold_by1[2]; /* {x^(T+63), x^(T-1)} mod P, T = 512 and 128 */
static bool have_pclmul, have_ssse3;
static pthread_once_t simd_once = PTHREAD_ONCE_INIT;

/* x^n mod P as a reflected 64-bit multiplier (x^d at bit 63-d). P = 0x104C11DB7. */
static uint64_t fold_multiplier(unsigned n) {
  uint32_t r = 1;
  for (unsigned i = 0; i < n; i++) r = (r & 0x80000000u) ? (r << 1) ^ 0x04C11DB7u : r << 1;
  uint64_t k = 0;
  for (int d = 0; d < 32; d++)
    if (r & (1u << d)) k |= (uint64_t)1 << (63 - d);
  return k;
}

static void simd_setup(void) {
  fold_by4[0] = fold_multiplier(512 + 63);
  fold_by4[1] = fold_multiplier(512 - 1);
  fold_by1[0] = fold_multiplier(128 + 63);
  fold_by1[1] = fold_multiplier(128 - 1);
  __builtin_cpu_init();
  have_pclmul = __builtin_cpu_supports("pclmul") && __builtin_cpu_supports("sse4.1");
  have_ssse3 = __builtin_cpu_supports("ssse3");
}

__attribute__((target("pclmul,sse4.1"))) static inline __m128i fold(__m128i x, __m128i k, __m128i next) {
  return _mm_xor_si128(_mm_xor_si128(_mm_clmulepi64_si128(x, k, 0x00), _mm_clmulepi64_si128(x, k, 0x11)),
                       next);
}

__attribute__((target("pclmul,sse4.1"))) static uint32_t crc32_fold(uint32_t crc, const uint8_t *p,
                                                                   size_t len) {
  const __m128i k4 = _mm_set_epi64x((long long)fold_by4[1], (long long)fold_by4[0]);
  const __m128i k1 = _mm_set_epi64x((long long)fold_by1[1], (long long)fold_by1[0]);
  __m128i x0 = _mm_loadu_si128((const __m128i *)p), x1 = _mm_loadu_si128((const __m128i *)(p + 16));
  __m128i x2 = _mm_loadu_si128((const __m128i *)(p + 32)), x3 = _mm_loadu_si128((const __m128i *)(p + 48));
  /* zlib's running value is the register inverted; XORing it into the first four bytes
   * continues from it. */
  x0 = _mm_xor_si128(x0, _mm_cvtsi32_si128((int)~crc));
  p += 64;
  len -= 64;
  for (; len >= 64; p += 64, len -= 64) {
    x0 = fold(x0, k4, _mm_loadu_si128((const __m128i *)p));
    x1 = fold(x1, k4, _mm_loadu_si128((const __m128i *)(p + 16)));
    x2 = fold(x2, k4, _mm_loadu_si128((const __m128i *)(p + 32)));
    x3 = fold(x3, k4, _mm_loadu_si128((const __m128i *)(p + 48)));
  }
  x3 = fold(fold(fold(x0, k1, x1), k1, x2), k1, x3);
  for (; len >= 16; p += 16, len -= 16) x3 = fold(x3, k1, _mm_loadu_si128((const __m128i *)p));
  /* x3 is congruent to the whole message so far: its CRC from a zero register (zlib's
   * 0xFFFFFFFF, inverted) is the message's. */
  uint8_t last[16];
  _mm_storeu_si128((__m128i *)last, x3);
  crc = (uint32_t)crc32(0xFFFFFFFFu, last, 16);
  return len > 0 ? (uint32_t)crc32(crc, p, (uInt)len) : crc;
}
#endif

/* The CRC-32 of len bytes at p continuing from crc, as zlib's crc32() computes it. */
static uint32_t crc32_fast(uint32_t crc, const uint8_t *p, size_t len) {
#if defined(__x86_64__)
  pthread_once(&simd_once, simd_setup);
  if (have_pclmul && len >= 256) return crc32_fold(crc, p, len);
#endif
  return (uint32_t)crc32_z(crc, p, len);
}

/* ---- Adler-32 ----
 * zlib's adler32() was 18% of inflating a zlib stream. adler32_blocks() takes 16 bytes a step:
 * for a block d[0..15] entered with sums (a, b), a grows by the byte sum S and b by 16·a plus
 * the weighted sum W = Σ (16 - i)·d[i]. Over K blocks, b grows by 16·(K·a0 + P) + ΣW, where
 * P adds up the byte sums of the blocks before each block. PSADBW gives S, PMADDUBSW and
 * PMADDWD give W, and the lanes stay far from overflow over 1024 blocks, after which the sums
 * are reduced modulo 65521. */
#if defined(__x86_64__)
__attribute__((target("ssse3"))) static uint32_t hsum_epi32(__m128i v) {
  v = _mm_add_epi32(v, _mm_shuffle_epi32(v, _MM_SHUFFLE(1, 0, 3, 2)));
  v = _mm_add_epi32(v, _mm_shuffle_epi32(v, _MM_SHUFFLE(2, 3, 0, 1)));
  return (uint32_t)_mm_cvtsi128_si32(v);
}

/* The Adler-32 of the whole 16-byte blocks at p (*len bytes), continuing from adler; *len is
 * left with the bytes after them. */
__attribute__((target("ssse3"))) static uint32_t adler32_blocks(uint32_t adler, const uint8_t **pp,
                                                                size_t *len) {
  const __m128i weights = _mm_setr_epi8(16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1);
  const __m128i ones = _mm_set1_epi16(1), zero = _mm_setzero_si128();
  uint64_t a = adler & 0xffff, b = adler >> 16;
  const uint8_t *p = *pp;
  while (*len >= 16) {
    size_t blocks = *len / 16 > 1024 ? 1024 : *len / 16;
    __m128i sums = zero, prefix = zero, weighted = zero;
    for (size_t k = 0; k < blocks; k++, p += 16) {
      __m128i d = _mm_loadu_si128((const __m128i *)p);
      prefix = _mm_add_epi32(prefix, sums);
      sums = _mm_add_epi32(sums, _mm_sad_epu8(d, zero));
      weighted = _mm_add_epi32(weighted, _mm_madd_epi16(_mm_maddubs_epi16(d, weights), ones));
    }
    *len -= blocks * 16;
    b = (b + 16 * (blocks * a + hsum_epi32(prefix)) + hsum_epi32(weighted)) % 65521;
    a = (a + hsum_epi32(sums)) % 65521;
  }
  *pp = p;
  return (uint32_t)(b << 16 | a);
}
#endif

/* The Adler-32 of len bytes at p continuing from adler, as zlib's adler32() computes it. */
static uint32_t adler32_fast(uint32_t adler, const uint8_t *p, size_t len) {
#if defined(__x86_64__)
  pthread_once(&simd_once, simd_setup);
  if (have_ssse3 && len >= 64) adler = adler32_blocks(adler, &p, &len);
#endif
  return (uint32_t)adler32_z(adler, p, len);
}

/* Frees the compression state (not the handle). */
static void handle_end(zhandle_t *h) {
  if (!h->ready) return;
  if (h->mode == BROTLI_ENCODE) BrotliEncoderDestroyInstance(h->enc);
  else if (h->mode == BROTLI_DECODE) BrotliDecoderDestroyInstance(h->dec);
  else if (h->mode == ZSTD_COMPRESS) ZSTD_freeCCtx(h->cctx);
  else if (h->mode == ZSTD_DECOMPRESS) ZSTD_freeDCtx(h->dctx);
  else if (is_deflate(h)) deflateEnd(&h->strm);
  else inflateEnd(&h->strm);
  h->enc = NULL;
  h->dec = NULL;
  h->cctx = NULL;
  h->dctx = NULL;
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

/* Creates the zstd context and applies params ([id, value] pairs). Returns 0, -1 when the
 * context cannot be made, -2 when a parameter is refused. */
static int zstd_start(zhandle_t *h, const int32_t *params, size_t count) {
  if (h->mode == ZSTD_COMPRESS) {
    h->cctx = ZSTD_createCCtx();
    if (h->cctx == NULL) return -1;
  } else {
    h->dctx = ZSTD_createDCtx();
    if (h->dctx == NULL) return -1;
  }
  h->ready = true;
  h->zstd_hint = 1;
  for (size_t i = 0; i + 1 < count; i += 2) {
    size_t r = h->cctx != NULL ? ZSTD_CCtx_setParameter(h->cctx, (ZSTD_cParameter)params[i], params[i + 1])
                               : ZSTD_DCtx_setParameter(h->dctx, (ZSTD_dParameter)params[i], params[i + 1]);
    if (ZSTD_isError(r)) return -2;
  }
  if (h->cctx != NULL && h->pledged_src_size >= 0 &&
      ZSTD_isError(ZSTD_CCtx_setPledgedSrcSize(h->cctx, (unsigned long long)h->pledged_src_size)))
    return -2;
  return 0;
}

/* The name of a zstd error code, as zlib.constants spells it (ZSTD_error_...). */
static const char *zstd_code_name(ZSTD_ErrorCode c) {
  switch (c) {
  case ZSTD_error_GENERIC: return "ZSTD_error_GENERIC";
  case ZSTD_error_prefix_unknown: return "ZSTD_error_prefix_unknown";
  case ZSTD_error_version_unsupported: return "ZSTD_error_version_unsupported";
  case ZSTD_error_frameParameter_unsupported: return "ZSTD_error_frameParameter_unsupported";
  case ZSTD_error_frameParameter_windowTooLarge: return "ZSTD_error_frameParameter_windowTooLarge";
  case ZSTD_error_corruption_detected: return "ZSTD_error_corruption_detected";
  case ZSTD_error_checksum_wrong: return "ZSTD_error_checksum_wrong";
  case ZSTD_error_literals_headerWrong: return "ZSTD_error_literals_headerWrong";
  case ZSTD_error_dictionary_corrupted: return "ZSTD_error_dictionary_corrupted";
  case ZSTD_error_dictionary_wrong: return "ZSTD_error_dictionary_wrong";
  case ZSTD_error_dictionaryCreation_failed: return "ZSTD_error_dictionaryCreation_failed";
  case ZSTD_error_parameter_unsupported: return "ZSTD_error_parameter_unsupported";
  case ZSTD_error_parameter_combination_unsupported: return "ZSTD_error_parameter_combination_unsupported";
  case ZSTD_error_parameter_outOfBound: return "ZSTD_error_parameter_outOfBound";
  case ZSTD_error_tableLog_tooLarge: return "ZSTD_error_tableLog_tooLarge";
  case ZSTD_error_maxSymbolValue_tooLarge: return "ZSTD_error_maxSymbolValue_tooLarge";
  case ZSTD_error_maxSymbolValue_tooSmall: return "ZSTD_error_maxSymbolValue_tooSmall";
  case ZSTD_error_stabilityCondition_notRespected: return "ZSTD_error_stabilityCondition_notRespected";
  case ZSTD_error_stage_wrong: return "ZSTD_error_stage_wrong";
  case ZSTD_error_init_missing: return "ZSTD_error_init_missing";
  case ZSTD_error_memory_allocation: return "ZSTD_error_memory_allocation";
  case ZSTD_error_workSpace_tooSmall: return "ZSTD_error_workSpace_tooSmall";
  case ZSTD_error_dstSize_tooSmall: return "ZSTD_error_dstSize_tooSmall";
  case ZSTD_error_srcSize_wrong: return "ZSTD_error_srcSize_wrong";
  case ZSTD_error_dstBuffer_null: return "ZSTD_error_dstBuffer_null";
  case ZSTD_error_noForwardProgress_destFull: return "ZSTD_error_noForwardProgress_destFull";
  case ZSTD_error_noForwardProgress_inputEmpty: return "ZSTD_error_noForwardProgress_inputEmpty";
  default: return "ZSTD_error_GENERIC";
  }
}

/* One zstd call over h->in/h->out (see engine_step). Decompression stops at the end of the
 * first frame, as Node's does: the rest of the input is left unused. */
static bool zstd_step(zhandle_t *h, bool *ended) {
  ZSTD_inBuffer in = {h->in, h->in_len, 0};
  ZSTD_outBuffer out = {h->out, h->out_len, 0};
  size_t r;
  ZSTD_EndDirective op = h->flush >= 0 && h->flush <= 2 ? (ZSTD_EndDirective)h->flush : ZSTD_e_continue;
  if (h->mode == ZSTD_COMPRESS) {
    /* zstd takes the size of an input given whole with ZSTD_e_end as the pledged size; with
     * one pledged, the input goes in first so that a wrong pledge fails as in Node. */
    if (op == ZSTD_e_end && h->pledged_src_size >= 0 && in.size > 0) {
      r = ZSTD_compressStream2(h->cctx, &out, &in, ZSTD_e_continue);
      if (ZSTD_isError(r) || in.pos < in.size || out.pos == out.size) op = ZSTD_e_continue;
      else r = ZSTD_compressStream2(h->cctx, &out, &in, op);
    } else {
      r = ZSTD_compressStream2(h->cctx, &out, &in, op);
    }
  } else if (h->zstd_hint == 0 && h->in_len == 0) {
    r = 0; /* the frame ended before: nothing more to do */
  } else {
    r = ZSTD_decompressStream(h->dctx, &out, &in);
    if (!ZSTD_isError(r)) h->zstd_hint = r;
  }
  h->in += in.pos;
  h->in_len -= in.pos;
  h->out += out.pos;
  h->out_len -= out.pos;
  if (ZSTD_isError(r)) {
    set_error(h, (int)ZSTD_getErrorCode(r), ZSTD_getErrorName(r), zstd_code_name(ZSTD_getErrorCode(r)));
    return false;
  }
  if (h->mode == ZSTD_COMPRESS) {
    *ended = op == ZSTD_e_end && r == 0;
    return true;
  }
  if (r != 0 && h->flush == ZSTD_e_end && h->in_len == 0 && h->out_len != 0) {
    set_error(h, Z_BUF_ERROR, "unexpected end of file", "Z_BUF_ERROR");
    return false;
  }
  *ended = r == 0;
  return true;
}

static uint32_t read_le32(const uint8_t *p) {
  return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* Keeps the last 8 of the input bytes consumed so far, n more of them at p. */
static void remember_tail(zhandle_t *h, const uint8_t *p, size_t n) {
  if (n >= sizeof h->tail) {
    memcpy(h->tail, p + n - sizeof h->tail, sizeof h->tail);
  } else if (n > 0) {
    memmove(h->tail, h->tail + n, sizeof h->tail - n);
    memcpy(h->tail + sizeof h->tail - n, p, n);
  }
}

static uint32_t read_be32(const uint8_t *p) {
  return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | (uint32_t)p[3];
}

/* Which check of a member starting at p (n bytes there) to do here rather than in zlib. */
static int own_check_of(const zhandle_t *h, const uint8_t *p, size_t n) {
  /* Gzip without a header CRC (FHCRC, which zlib checks with the same running value). */
  if (h->mode == GUNZIP)
    return n >= 4 && p[0] == 0x1f && p[1] == 0x8b && (p[3] & 2) == 0 ? OWN_CHECK_GZIP : OWN_CHECK_NONE;
  /* A zlib header (deflate, a valid check, no preset dictionary, whose id zlib checks). */
  if (h->mode == INFLATE || h->mode == UNZIP)
    return n >= 2 && (p[0] & 0x0f) == 8 && (p[0] >> 4) <= 7 && (p[0] << 8 | p[1]) % 31 == 0 &&
                   (p[1] & 0x20) == 0
               ? OWN_CHECK_ZLIB
               : OWN_CHECK_NONE;
  return OWN_CHECK_NONE;
}

/* inflate(), with the gzip or zlib check done here: zlib's bytewise CRC-32 cost 15% of
 * gunzip and its Adler-32 18% of inflate. When a member's header is in view and plain,
 * inflateValidate() turns zlib's check off and crc32_fast() / adler32_fast() cover the output.
 * The trailer is the last bytes consumed when the member ends (zlib stops right after it); a
 * mismatch is the error zlib would give, from the same call. Anything else (raw streams,
 * FHCRC, a dictionary, a header split before its flags) keeps zlib's own check. */
static int inflate_checked(zhandle_t *h, int flush) {
  z_stream *s = &h->strm;
  if (h->member_start && s->avail_in > 0) {
    h->member_start = false;
    h->own_check = own_check_of(h, s->next_in, s->avail_in);
    inflateValidate(s, h->own_check == OWN_CHECK_NONE);
    h->check = h->own_check == OWN_CHECK_ZLIB ? 1 : 0;
    h->member_len = 0;
  }
  if (h->own_check == OWN_CHECK_NONE) return inflate(s, flush);
  const uint8_t *in = s->next_in;
  uint8_t *out = s->next_out;
  int err = inflate(s, flush);
  size_t produced = (size_t)(s->next_out - out);
  if (h->own_check == OWN_CHECK_GZIP) {
    h->check = crc32_fast(h->check, out, produced);
    h->member_len += (uint32_t)produced;
  } else {
    h->check = adler32_fast(h->check, out, produced);
  }
  remember_tail(h, in, (size_t)(s->next_in - in));
  if (err != Z_STREAM_END) return err;
  if (h->own_check == OWN_CHECK_ZLIB ? read_be32(h->tail + 4) != h->check : read_le32(h->tail) != h->check) {
    s->msg = (char *)"incorrect data check";
    return Z_DATA_ERROR;
  }
  if (h->own_check == OWN_CHECK_GZIP && read_le32(h->tail + 4) != h->member_len) {
    s->msg = (char *)"incorrect length check";
    return Z_DATA_ERROR;
  }
  return err;
}

/* One step of the engine over h->in/h->out with h->flush. Returns false with the error set on
 * failure. Advances h->in/h->out. *ended is set when the compressed stream ended. */
static bool engine_step(zhandle_t *h, bool *ended) {
  *ended = false;
  if (is_zstd(h)) return zstd_step(h, ended);
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
    err = inflate_checked(h, flush);
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
      h->member_start = true;
      err = inflate_checked(h, flush);
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

/* The output size a whole gzip input announces: its last member's ISIZE trailer, which is the
 * whole output for the usual single member (several members or 4 GiB and more grow the buffer
 * as usual). 0 when the input is no gzip stream or the size is not believable: deflate expands
 * at most 1032:1, so a larger claim is corrupt input and must not allocate. */
static size_t gzip_size_hint(const zhandle_t *h) {
  if ((h->mode != GUNZIP && h->mode != UNZIP) || h->in_len < 18 || h->in[0] != 0x1f || h->in[1] != 0x8b)
    return 0;
  size_t size = read_le32(h->in + h->in_len - 4);
  return size <= h->in_len * 1032 ? size : 0;
}

/* The output size a zstd frame announces (its content size), when it has one believable
 * enough to allocate up front; else 0. */
static size_t zstd_size_hint(const zhandle_t *h) {
  unsigned long long size = ZSTD_getFrameContentSize(h->in, h->in_len);
  if (size == ZSTD_CONTENTSIZE_UNKNOWN || size == ZSTD_CONTENTSIZE_ERROR || size == 0) return 0;
  return size <= (unsigned long long)h->in_len * 1024 + (64u << 20) ? (size_t)size + 1 : 0;
}

/* Runs processAll(): the whole input into a growing malloc'd buffer (h->out_base). */
static uint8_t *run_all(zhandle_t *h, size_t *out_size) {
  size_t cap;
  if (h->mode == BROTLI_ENCODE) cap = BrotliEncoderMaxCompressedSize(h->in_len);
  else if (h->mode == ZSTD_COMPRESS) cap = ZSTD_compressBound(h->in_len) + 64;
  else if (h->mode == ZSTD_DECOMPRESS && (cap = zstd_size_hint(h)) != 0) {}
  else if (is_deflate(h) && h->in_len < (1u << 30)) cap = deflateBound(&h->strm, (uLong)h->in_len) + 64;
  else if (!(cap = gzip_size_hint(h)))
    /* Text and JSON inflate 5-10x. Room a little generous is cheap (pages never written are
     * never faulted in, and the buffer is shrunk in place at the end); growing by realloc
     * copies what was inflated so far. */
    cap = h->in_len <= (16u << 20) ? h->in_len * 8 + 4096 : h->in_len * 2;
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

/* The result of processAll (loop thread): the output, or the status. state[1] tells lib/ how
 * much input was left unused (bytesWritten is the rest). */
static JSValueRef all_result(JSContextRef ctx, zhandle_t *h, uint8_t *out, size_t size) {
  h->state[1] = h->in_len > UINT32_MAX ? UINT32_MAX : (uint32_t)h->in_len;
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
  if (mode < DEFLATE || mode > ZSTD_DECOMPRESS)
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
 * a Uint32Array of brotli parameters (0xFFFFFFFF: unset) for brotli, init(params,
 * pledgedSrcSize) with an Int32Array of [id, value] pairs for zstd. Returns 0, or the zlib
 * error code / -1 on failure (-2 for zstd: a parameter refused). */
LODE_LOCKED_CB(init_cb) {
  LODE_CB_UNUSED;
  zhandle_t *h = this_handle(ctx, this_obj, exc);
  if (h == NULL) return NULL;
  if (h->ready || h->closed) return JSValueMakeNumber(ctx, Z_STREAM_ERROR);
  if (is_zstd(h)) {
    uint8_t *base = NULL;
    size_t bytes = 0;
    if (!(argc > 0 && JSValueGetTypedArrayType(ctx, argv[0], NULL) == kJSTypedArrayTypeInt32Array &&
          lode_js_bytes(ctx, argv[0], false, &base, &bytes)))
      base = NULL, bytes = 0;
    h->pledged_src_size = argc > 1 && JSValueIsNumber(ctx, argv[1]) ? num_arg(ctx, argc, argv, 1) : -1;
    int err = zstd_start(h, (const int32_t *)base, base != NULL ? bytes / 4 : 0);
    if (err != 0) handle_end(h);
    return JSValueMakeNumber(ctx, err);
  }
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
  h->member_start = true;
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
  } else if (is_zstd(h)) {
    size_t r = h->cctx != NULL ? ZSTD_CCtx_reset(h->cctx, ZSTD_reset_session_only)
                               : ZSTD_DCtx_reset(h->dctx, ZSTD_reset_session_only);
    h->zstd_hint = 1;
    if (!ZSTD_isError(r) && h->cctx != NULL && h->pledged_src_size >= 0)
      r = ZSTD_CCtx_setPledgedSrcSize(h->cctx, (unsigned long long)h->pledged_src_size);
    err = ZSTD_isError(r) ? -1 : 0;
  } else {
    err = is_deflate(h) ? deflateReset(&h->strm) : inflateReset(&h->strm);
    h->member_start = true;
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
  uint32_t crc = crc32_fast((uint32_t)num_arg(ctx, argc, argv, 1), data, size);
  return JSValueMakeNumber(ctx, (double)crc);
}

/* allocOutput(size) → an ArrayBuffer of size uninitialised bytes (malloc'd, not zero-filled
 * as JSC's own are) for the streams' output. */
LODE_LOCKED_CB(alloc_output_cb) {
  LODE_CB_UNUSED;
  double size = num_arg(ctx, argc, argv, 0);
  if (!(size >= 1 && size <= (double)UINT32_MAX))
    return lode_js_throw(ctx, exc, "RangeError", "ERR_OUT_OF_RANGE", "bad output buffer size");
  void *bytes = malloc((size_t)size);
  if (bytes == NULL) return lode_js_throw(ctx, exc, "RangeError", "ERR_MEMORY_ALLOCATION_FAILED", "Out of memory");
  return JSObjectMakeArrayBufferWithBytesNoCopy(ctx, bytes, (size_t)size, free_bytes_cb, NULL, exc);
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
  lode_js_set_function(ctx, b, "allocOutput", alloc_output_cb);
  lode_js_set_string(ctx, b, "zlibVersion", zlibVersion());
  lode_js_set_number(ctx, b, "zlibVernum", ZLIB_VERNUM);
  return b;
}
