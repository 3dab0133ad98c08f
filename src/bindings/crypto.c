/* Crypto binding: hashes, HMACs, ciphers, key derivation and random bytes on OpenSSL 3, for
 * lib/crypto.js and lib/internal/crypto/. lib/ validates arguments and builds Node's errors;
 * this file does the byte work and reports failures as negative numbers (the codes below) or,
 * for OpenSSL failures, through lastError().
 *
 * Byte arguments are typed arrays, ArrayBuffers or strings (hashed as UTF-8). Outputs are
 * Uint8Arrays that take over malloc'd memory without a copy, except short digests, which go
 * into the shared `digestBuffer` (its length is returned) because making a typed array from C
 * costs more than copying 64 bytes in JS.
 *
 * Hash, Hmac and Cipher handles are JSClass objects owning one OpenSSL context each; their
 * finalizers only free OpenSSL memory (allowed on any thread). Slow work (pbkdf2, scrypt,
 * hkdf, randomFill with a request object) runs on the libuv thread pool and completes with
 * req.oncomplete(error, result) through the trampoline; the request and the target buffer
 * stay protected while the job is in flight. */
#include <stdlib.h>
#include <string.h>

#include "crypto.h" /* includes OpenSSL through openssl_lazy.h */
#include "index.h"

/* Failure codes returned to lib/ (see lib/internal/crypto/util.js). */
enum {
  E_UNKNOWN = -1,      /* unknown algorithm */
  E_KEYLEN = -2,       /* invalid key length */
  E_IV = -3,           /* invalid initialization vector */
  E_TAGLEN = -4,       /* invalid authentication tag length */
  E_TAG_REQUIRED = -5, /* authTagLength required */
  E_OPENSSL = -6,      /* an OpenSSL failure: see lastError() */
  E_AUTH = -7,         /* unable to authenticate data */
  E_STATE = -8,        /* call in the wrong state */
  E_NOT_XOF = -9,      /* outputLength on a digest that is not an XOF */
};

#define DIGEST_BUFFER_SIZE 64

static JSClassRef hash_class, hmac_class, cipher_class;
static uint8_t digest_buffer[DIGEST_BUFFER_SIZE]; /* the bytes of the shared digestBuffer */

/* The last OpenSSL error, captured when an operation failed (loop thread only). */
static unsigned long last_error;

static void capture_error(void) {
  unsigned long e = ERR_peek_last_error();
  if (e != 0) last_error = e;
  ERR_clear_error();
}

static char *arg_name(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i);

/* ---- Algorithm lookup, cached by the name lib/ passes ---- */

typedef struct algo_entry_s {
  char *name;
  void *algo; /* EVP_MD or EVP_CIPHER, or NULL if unknown */
} algo_entry_t;

typedef struct algo_cache_s {
  algo_entry_t *entries;
  size_t len, cap;
} algo_cache_t;

static algo_cache_t md_cache, cipher_cache;

static void *algo_cache_find(algo_cache_t *c, const char *name, bool *found) {
  for (size_t i = 0; i < c->len; i++) {
    if (strcmp(c->entries[i].name, name) == 0) {
      *found = true;
      return c->entries[i].algo;
    }
  }
  *found = false;
  return NULL;
}

static void algo_cache_add(algo_cache_t *c, const char *name, void *algo) {
  if (c->len >= 256) return; /* bounded: a program passing random names gets no caching */
  if (c->len == c->cap) {
    c->cap = c->cap ? c->cap * 2 : 16;
    c->entries = realloc(c->entries, c->cap * sizeof *c->entries);
    CHECK(c->entries != NULL);
  }
  c->entries[c->len].name = strdup(name);
  CHECK(c->entries[c->len].name != NULL);
  c->entries[c->len].algo = algo;
  c->len++;
}

/* Returns the digest named name (any case, OpenSSL aliases such as RSA-SHA256 too), or NULL.
 * The cache keeps the reference. */
static const EVP_MD *md_get(const char *name) {
  bool found;
  EVP_MD *md = algo_cache_find(&md_cache, name, &found);
  if (found) return md;
  md = EVP_MD_fetch(NULL, name, NULL);
  if (md == NULL) {
    const EVP_MD *legacy = EVP_get_digestbyname(name);
    if (legacy != NULL) md = EVP_MD_fetch(NULL, EVP_MD_get0_name(legacy), NULL);
  }
  ERR_clear_error();
  algo_cache_add(&md_cache, name, md);
  return md;
}

/* The digest argument i: a name, or the id digestId() gave for one (an index in md_cache). */
static const EVP_MD *md_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i) {
  if (i < argc && JSValueIsNumber(ctx, argv[i])) {
    double d = JSValueToNumber(ctx, argv[i], NULL);
    if (!(d >= 0 && d < (double)md_cache.len)) return NULL;
    return md_cache.entries[(size_t)d].algo;
  }
  char *name = arg_name(ctx, argc, argv, i);
  const EVP_MD *md = name ? md_get(name) : NULL;
  free(name);
  return md;
}

static const EVP_CIPHER *cipher_get(const char *name) {
  bool found;
  EVP_CIPHER *cipher = algo_cache_find(&cipher_cache, name, &found);
  if (found) return cipher;
  cipher = EVP_CIPHER_fetch(NULL, name, NULL);
  if (cipher == NULL) {
    const EVP_CIPHER *legacy = EVP_get_cipherbyname(name);
    if (legacy != NULL) cipher = EVP_CIPHER_fetch(NULL, EVP_CIPHER_get0_name(legacy), NULL);
  }
  ERR_clear_error();
  algo_cache_add(&cipher_cache, name, cipher);
  return cipher;
}

/* Argument i as a malloc'd UTF-8 string (NULL if it is not a string). The caller frees it. */
static char *arg_name(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i) {
  if (i >= argc || !JSValueIsString(ctx, argv[i])) return NULL;
  return lode_js_value_to_utf8(ctx, argv[i], NULL, NULL);
}

static double arg_number(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i,
                         double dflt) {
  if (i >= argc || !JSValueIsNumber(ctx, argv[i])) return dflt;
  double d = JSValueToNumber(ctx, argv[i], NULL);
  return d == d ? d : dflt;
}

/* ---- Bytes in and out ---- */

/* The bytes of a JS value: a typed array or ArrayBuffer (borrowed), or a string (its UTF-8,
 * owned in `owned`). */
typedef lode__crypto_bytes_t bytes_t;

static bool get_bytes(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i,
                      bytes_t *out) {
  out->data = NULL;
  out->len = 0;
  out->owned = NULL;
  if (i >= argc) return false;
  JSValueRef v = argv[i];
  /* Typed arrays first: they are the common case. */
  uint8_t *data;
  if (lode_js_bytes(ctx, v, true, &data, &out->len)) {
    out->data = data != NULL ? data : (const uint8_t *)"";
    return true;
  }
  if (!JSValueIsString(ctx, v)) return false;
  out->owned = lode_js_value_to_utf8(ctx, v, &out->len, NULL);
  if (out->owned == NULL) return false;
  out->data = (const uint8_t *)out->owned;
  return true;
}

static void bytes_free(bytes_t *b) {
  free(b->owned);
}

static void free_bytes_cb(void *bytes, void *ctx) {
  (void)ctx;
  free(bytes);
}

/* Returns a Uint8Array that takes over the malloc'd p (len bytes). */
static JSValueRef make_bytes(JSContextRef ctx, uint8_t *p, size_t len) {
  if (p == NULL) {
    p = malloc(1);
    CHECK(p != NULL);
  }
  JSObjectRef arr = JSObjectMakeTypedArrayWithBytesNoCopy(ctx, kJSTypedArrayTypeUint8Array, p, len,
                                                          free_bytes_cb, NULL, NULL);
  CHECK(arr != NULL);
  return arr;
}

/* Returns the digest of len bytes at p: its length if it fits the shared digestBuffer (copied
 * there), else a Uint8Array taking over p. p is freed in the first case. */
static JSValueRef digest_result(JSContextRef ctx, uint8_t *p, size_t len) {
  if (len <= DIGEST_BUFFER_SIZE) {
    memcpy(digest_buffer, p, len);
    free(p);
    return JSValueMakeNumber(ctx, (double)len);
  }
  return make_bytes(ctx, p, len);
}

/* ---- The SHA family at the low level ----
 * Used where OpenSSL 3.0's EVP layer costs more than the hashing: PBKDF2 (below) and one-shot
 * hashes of short inputs (hashOnce), where EVP_DigestInit_ex's provider dispatch cost as much
 * as hashing 64 bytes. */

typedef union sha_state_u {
  SHA_CTX sha1;
  SHA256_CTX sha256;
  SHA512_CTX sha512;
} sha_state_t;

typedef struct sha_kind_s {
  size_t block, out;
  int (*init)(sha_state_t *);
  int (*update)(sha_state_t *, const void *, size_t);
  int (*final)(unsigned char *, sha_state_t *);
} sha_kind_t;

/* The low-level SHA functions are deprecated in OpenSSL 3 but remain the only way to copy a
 * hash state without an allocation. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
static int sha1_init(sha_state_t *s) { return SHA1_Init(&s->sha1); }
static int sha1_update(sha_state_t *s, const void *p, size_t n) { return SHA1_Update(&s->sha1, p, n); }
static int sha1_final(unsigned char *o, sha_state_t *s) { return SHA1_Final(o, &s->sha1); }
static int sha224_init(sha_state_t *s) { return SHA224_Init(&s->sha256); }
static int sha224_final(unsigned char *o, sha_state_t *s) { return SHA224_Final(o, &s->sha256); }
static int sha256_init(sha_state_t *s) { return SHA256_Init(&s->sha256); }
static int sha256_update(sha_state_t *s, const void *p, size_t n) {
  return SHA256_Update(&s->sha256, p, n);
}
static int sha256_final(unsigned char *o, sha_state_t *s) { return SHA256_Final(o, &s->sha256); }
static int sha384_init(sha_state_t *s) { return SHA384_Init(&s->sha512); }
static int sha384_final(unsigned char *o, sha_state_t *s) { return SHA384_Final(o, &s->sha512); }
static int sha512_init(sha_state_t *s) { return SHA512_Init(&s->sha512); }
static int sha512_update(sha_state_t *s, const void *p, size_t n) {
  return SHA512_Update(&s->sha512, p, n);
}
static int sha512_final(unsigned char *o, sha_state_t *s) { return SHA512_Final(o, &s->sha512); }
#pragma GCC diagnostic pop

/* The low-level functions for md, or NULL when it is not one of the SHA family above. */
static const sha_kind_t *sha_kind_of(const EVP_MD *md) {
  static const sha_kind_t sha1 = {64, 20, sha1_init, sha1_update, sha1_final};
  static const sha_kind_t sha224 = {64, 28, sha224_init, sha256_update, sha224_final};
  static const sha_kind_t sha256 = {64, 32, sha256_init, sha256_update, sha256_final};
  static const sha_kind_t sha384 = {128, 48, sha384_init, sha512_update, sha384_final};
  static const sha_kind_t sha512 = {128, 64, sha512_init, sha512_update, sha512_final};
  switch (EVP_MD_get_type(md)) {
  case NID_sha1: return &sha1;
  case NID_sha224: return &sha224;
  case NID_sha256: return &sha256;
  case NID_sha384: return &sha384;
  case NID_sha512: return &sha512;
  default: return NULL;
  }
}

/* ---- Hash ---- */

/* Each handle struct starts with its kind, so a method can check the private data of `this`
 * with one engine call (JSObjectGetPrivate) instead of two. */
enum { KIND_HASH = 0x48415348, KIND_HMAC = 0x484d4143, KIND_CIPHER = 0x43495048 };

typedef struct hash_s {
  uint32_t kind;
  EVP_MD_CTX *ctx;
  size_t out_len; /* digest length (XOFs: the requested outputLength) */
  bool xof;
} hash_t;

static void hash_finalize(JSObjectRef obj) {
  hash_t *h = JSObjectGetPrivate(obj);
  if (h == NULL) return;
  EVP_MD_CTX_free(h->ctx);
  free(h);
}

/* The private data of this_obj if it is a handle of the given kind, else NULL. Objects of
 * other classes have no private data (NULL); ours all start with their kind. */
static void *this_handle(JSObjectRef this_obj, uint32_t kind) {
  if (this_obj == NULL) return NULL;
  uint32_t *p = JSObjectGetPrivate(this_obj);
  return p != NULL && *p == kind ? p : NULL;
}

/* Sets the length of h's digest: out_len < 0 keeps the default. Returns 0 or E_NOT_XOF. */
static int hash_set_length(hash_t *h, const EVP_MD *md, double out_len) {
  size_t size = (size_t)EVP_MD_get_size(md);
  h->xof = (EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) != 0;
  h->out_len = size;
  if (out_len < 0) return 0;
  if (!h->xof && (size_t)out_len != size) return E_NOT_XOF;
  h->out_len = (size_t)out_len;
  return 0;
}

/* hashCreate(algorithm, outputLength) → Hash, or a negative code. */
LODE_LOCKED_CB(hash_create_cb) {
  LODE_CB_UNUSED;
  const EVP_MD *md = md_arg(ctx, argc, argv, 0);
  if (md == NULL) return JSValueMakeNumber(ctx, E_UNKNOWN);
  hash_t *h = calloc(1, sizeof *h);
  CHECK(h != NULL);
  h->kind = KIND_HASH;
  int r = hash_set_length(h, md, arg_number(ctx, argc, argv, 1, -1));
  if (r != 0) {
    free(h);
    return JSValueMakeNumber(ctx, r);
  }
  h->ctx = EVP_MD_CTX_new();
  CHECK(h->ctx != NULL);
  if (EVP_DigestInit_ex(h->ctx, md, NULL) != 1) {
    capture_error();
    EVP_MD_CTX_free(h->ctx);
    free(h);
    return JSValueMakeNumber(ctx, E_OPENSSL);
  }
  return JSObjectMake(ctx, hash_class, h);
}


/* hash.digest() → length in digestBuffer or a Uint8Array (see digest_result). */
LODE_LOCKED_CB(hash_digest_cb) {
  LODE_CB_UNUSED;
  hash_t *h = this_handle(this_obj, KIND_HASH);
  if (h == NULL) return JSValueMakeNumber(ctx, E_STATE);
  uint8_t *out = malloc(h->out_len ? h->out_len : 1);
  CHECK(out != NULL);
  int ok;
  unsigned int n = (unsigned int)h->out_len;
  if (h->xof)
    ok = h->out_len == 0 ? 1 : EVP_DigestFinalXOF(h->ctx, out, h->out_len);
  else
    ok = EVP_DigestFinal_ex(h->ctx, out, &n);
  if (ok != 1) {
    capture_error();
    free(out);
    return JSValueMakeNumber(ctx, E_OPENSSL);
  }
  return digest_result(ctx, out, h->out_len);
}

/* hash.copy(outputLength) → a new Hash with the same state. */
LODE_LOCKED_CB(hash_copy_cb) {
  LODE_CB_UNUSED;
  hash_t *h = this_handle(this_obj, KIND_HASH);
  if (h == NULL) return JSValueMakeNumber(ctx, E_STATE);
  hash_t *copy = calloc(1, sizeof *copy);
  CHECK(copy != NULL);
  copy->kind = KIND_HASH;
  int r = hash_set_length(copy, EVP_MD_CTX_get0_md(h->ctx), arg_number(ctx, argc, argv, 0, -1));
  if (r != 0) {
    free(copy);
    return JSValueMakeNumber(ctx, r);
  }
  copy->ctx = EVP_MD_CTX_new();
  CHECK(copy->ctx != NULL);
  if (EVP_MD_CTX_copy_ex(copy->ctx, h->ctx) != 1) {
    capture_error();
    EVP_MD_CTX_free(copy->ctx);
    free(copy);
    return JSValueMakeNumber(ctx, E_OPENSSL);
  }
  return JSObjectMake(ctx, hash_class, copy);
}

/* The context of every hashOnce (loop thread only): reused, so a one-shot hash allocates
 * nothing and OpenSSL can keep its provider state when the digest repeats. */
static EVP_MD_CTX *once_ctx;

/* hashOnce(algorithm, data[, outputLength]) → like digest(), or a negative code. */
LODE_LOCKED_CB(hash_once_cb) {
  LODE_CB_UNUSED;
  const EVP_MD *md = md_arg(ctx, argc, argv, 0);
  if (md == NULL) return JSValueMakeNumber(ctx, E_UNKNOWN);
  hash_t h;
  int r = hash_set_length(&h, md, arg_number(ctx, argc, argv, 2, -1));
  if (r != 0) return JSValueMakeNumber(ctx, r);
  bytes_t b;
  if (!get_bytes(ctx, argc, argv, 1, &b)) return JSValueMakeNumber(ctx, E_STATE);
  if (once_ctx == NULL) {
    once_ctx = EVP_MD_CTX_new();
    CHECK(once_ctx != NULL);
  }
  bool small = h.out_len <= DIGEST_BUFFER_SIZE;
  const sha_kind_t *k = small ? sha_kind_of(md) : NULL;
  if (k != NULL && k->out == h.out_len) {
    sha_state_t state;
    int ok = k->init(&state) == 1 && k->update(&state, b.data, b.len) == 1 &&
             k->final(digest_buffer, &state) == 1;
    bytes_free(&b);
    return ok ? JSValueMakeNumber(ctx, (double)h.out_len) : JSValueMakeNumber(ctx, E_OPENSSL);
  }
  uint8_t *out = small ? digest_buffer : malloc(h.out_len);
  CHECK(out != NULL);
  unsigned int n;
  int ok = EVP_DigestInit_ex(once_ctx, md, NULL) == 1 &&
           EVP_DigestUpdate(once_ctx, b.data, b.len) == 1 &&
           (h.xof ? h.out_len == 0 || EVP_DigestFinalXOF(once_ctx, out, h.out_len) == 1
                  : EVP_DigestFinal_ex(once_ctx, out, &n) == 1);
  bytes_free(&b);
  if (!ok) {
    capture_error();
    if (!small) free(out);
    return JSValueMakeNumber(ctx, E_OPENSSL);
  }
  return small ? JSValueMakeNumber(ctx, (double)h.out_len) : make_bytes(ctx, out, h.out_len);
}

/* digestInfo(algorithm) → [size, isXof, canonical name], or undefined if unknown. */
LODE_LOCKED_CB(digest_info_cb) {
  LODE_CB_UNUSED;
  const EVP_MD *md = md_arg(ctx, argc, argv, 0);
  if (md == NULL) return NULL;
  JSObjectRef arr = lode_js_array(ctx, 0, NULL);
  JSObjectSetPropertyAtIndex(ctx, arr, 0, JSValueMakeNumber(ctx, EVP_MD_get_size(md)), NULL);
  JSObjectSetPropertyAtIndex(
      ctx, arr, 1, JSValueMakeBoolean(ctx, (EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) != 0), NULL);
  JSObjectSetPropertyAtIndex(ctx, arr, 2, lode_js_value_from_cstr(ctx, EVP_MD_get0_name(md)), NULL);
  return arr;
}

/* digestId(name) → a small integer naming the digest in later calls (cheaper than the name),
 * or -1 if OpenSSL has no such digest or the cache is full. */
LODE_LOCKED_CB(digest_id_cb) {
  LODE_CB_UNUSED;
  char *name = arg_name(ctx, argc, argv, 0);
  const EVP_MD *md = name ? md_get(name) : NULL;
  double id = -1;
  for (size_t i = 0; md != NULL && i < md_cache.len; i++) {
    if (strcmp(md_cache.entries[i].name, name) == 0) {
      id = (double)i;
      break;
    }
  }
  free(name);
  return JSValueMakeNumber(ctx, id);
}

/* ---- Hmac ---- */

typedef struct hmac_s {
  uint32_t kind;
  EVP_MAC_CTX *ctx;
  size_t out_len;
} hmac_t;

static EVP_MAC *hmac_mac;

static void hmac_finalize(JSObjectRef obj) {
  hmac_t *h = JSObjectGetPrivate(obj);
  if (h == NULL) return;
  EVP_MAC_CTX_free(h->ctx);
  free(h);
}

/* hmacCreate(digest, key) → Hmac, or a negative code. */
LODE_LOCKED_CB(hmac_create_cb) {
  LODE_CB_UNUSED;
  const EVP_MD *md = md_arg(ctx, argc, argv, 0);
  if (md == NULL || (EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF))
    return JSValueMakeNumber(ctx, E_UNKNOWN);
  bytes_t key;
  if (!get_bytes(ctx, argc, argv, 1, &key)) return JSValueMakeNumber(ctx, E_STATE);
  hmac_t *h = calloc(1, sizeof *h);
  CHECK(h != NULL);
  h->kind = KIND_HMAC;
  h->ctx = EVP_MAC_CTX_new(hmac_mac);
  CHECK(h->ctx != NULL);
  OSSL_PARAM params[2] = {
      OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, (char *)EVP_MD_get0_name(md), 0),
      OSSL_PARAM_construct_end(),
  };
  int ok = EVP_MAC_init(h->ctx, key.data, key.len, params);
  bytes_free(&key);
  if (ok == 1) h->out_len = EVP_MAC_CTX_get_mac_size(h->ctx);
  if (ok != 1 || h->out_len == 0) {
    capture_error();
    EVP_MAC_CTX_free(h->ctx);
    free(h);
    return JSValueMakeNumber(ctx, E_OPENSSL);
  }
  return JSObjectMake(ctx, hmac_class, h);
}

/* update(handle, data) feeds data to a Hash or Hmac handle → undefined, or false when handle
 * is neither or data is not bytes or a string. A binding function, not a method: the engine
 * never caches a property lookup on a native object, so handle.update cost ~60 ns a call. */
LODE_LOCKED_CB(update_cb) {
  LODE_CB_UNUSED;
  uint32_t *kind = argc > 0 && JSValueIsObject(ctx, argv[0])
                       ? JSObjectGetPrivate((JSObjectRef)argv[0])
                       : NULL;
  bytes_t b;
  if (kind == NULL || (*kind != KIND_HASH && *kind != KIND_HMAC) ||
      !get_bytes(ctx, argc, argv, 1, &b))
    return JSValueMakeBoolean(ctx, false);
  int ok = *kind == KIND_HASH ? EVP_DigestUpdate(((hash_t *)kind)->ctx, b.data, b.len)
                              : EVP_MAC_update(((hmac_t *)kind)->ctx, b.data, b.len);
  bytes_free(&b);
  return ok == 1 ? NULL : JSValueMakeBoolean(ctx, false);
}

LODE_LOCKED_CB(hmac_digest_cb) {
  LODE_CB_UNUSED;
  hmac_t *h = this_handle(this_obj, KIND_HMAC);
  if (h == NULL) return JSValueMakeNumber(ctx, E_STATE);
  uint8_t *out = malloc(h->out_len);
  CHECK(out != NULL);
  size_t n = 0;
  if (EVP_MAC_final(h->ctx, out, &n, h->out_len) != 1) {
    capture_error();
    free(out);
    return JSValueMakeNumber(ctx, E_OPENSSL);
  }
  return digest_result(ctx, out, n);
}

/* ---- Cipher ---- */

typedef struct cipher_s {
  uint32_t kind;
  EVP_CIPHER_CTX *ctx;
  int mode; /* EVP_CIPH_*_MODE */
  bool encrypt;
  bool aead;
  bool chacha;      /* chacha20-poly1305 */
  int tag_len;      /* for AEAD: the tag length chosen (0 = not yet known, decipher) */
  bool tag_len_set; /* authTagLength was given */
  bool tag_set;     /* decipher: setAuthTag was called */
  bool length_set;  /* CCM: the message length was declared */
  bool auth_failed; /* CCM decipher: update could not authenticate */
  uint8_t tag[16];
} cipher_t;

static void cipher_finalize(JSObjectRef obj) {
  cipher_t *c = JSObjectGetPrivate(obj);
  if (c == NULL) return;
  EVP_CIPHER_CTX_free(c->ctx);
  free(c);
}

static bool is_aead(const EVP_CIPHER *cipher) {
  return (EVP_CIPHER_get_flags(cipher) & EVP_CIPH_FLAG_AEAD_CIPHER) != 0;
}

/* True if n is a tag length mode accepts. */
static bool valid_tag_len(const cipher_t *c, double n) {
  if (n != (int)n) return false;
  int t = (int)n;
  if (c->mode == EVP_CIPH_GCM_MODE) return t == 4 || t == 8 || (t >= 12 && t <= 16);
  if (c->mode == EVP_CIPH_CCM_MODE) return t >= 4 && t <= 16 && t % 2 == 0;
  if (c->mode == EVP_CIPH_OCB_MODE) return t >= 1 && t <= 16;
  return t >= 1 && t <= 16; /* chacha20-poly1305 */
}

/* cipherCreate(name, key, iv or null, encrypt, authTagLength or -1) → Cipher, or a code
 * (E_TAGLEN's length is the one passed). */
LODE_LOCKED_CB(cipher_create_cb) {
  LODE_CB_UNUSED;
  char *name = arg_name(ctx, argc, argv, 0);
  const EVP_CIPHER *cipher = name ? cipher_get(name) : NULL;
  free(name);
  if (cipher == NULL) return JSValueMakeNumber(ctx, E_UNKNOWN);
  bytes_t key, iv = {NULL, 0, NULL};
  if (!get_bytes(ctx, argc, argv, 1, &key)) return JSValueMakeNumber(ctx, E_KEYLEN);
  bool has_iv = argc > 2 && !JSValueIsNull(ctx, argv[2]) && get_bytes(ctx, argc, argv, 2, &iv);
  bool encrypt = argc > 3 && JSValueToBoolean(ctx, argv[3]);
  double tag_len = arg_number(ctx, argc, argv, 4, -1);

  cipher_t *c = calloc(1, sizeof *c);
  CHECK(c != NULL);
  c->kind = KIND_CIPHER;
  c->mode = EVP_CIPHER_get_mode(cipher);
  c->encrypt = encrypt;
  c->aead = is_aead(cipher);
  c->chacha = c->aead && c->mode == EVP_CIPH_STREAM_CIPHER;
  int code = 0;
  int want_iv = EVP_CIPHER_get_iv_length(cipher);
  bool variable_iv = c->mode == EVP_CIPH_GCM_MODE || c->mode == EVP_CIPH_CCM_MODE ||
                     c->mode == EVP_CIPH_OCB_MODE || c->chacha;
  if (c->aead) {
    if (tag_len >= 0) {
      if (!valid_tag_len(c, tag_len)) code = E_TAGLEN;
      c->tag_len = (int)tag_len;
      c->tag_len_set = true;
    } else if (c->mode == EVP_CIPH_CCM_MODE || c->mode == EVP_CIPH_OCB_MODE) {
      code = E_TAG_REQUIRED;
    } else {
      c->tag_len = 16;
    }
  }
  if (code == 0) {
    if (variable_iv) {
      if (!has_iv || iv.len == 0)
        code = E_IV;
      else if (c->mode == EVP_CIPH_CCM_MODE && (iv.len < 7 || iv.len > 13))
        code = E_IV;
      else if (c->chacha && iv.len > 12)
        code = E_IV;
      else if (c->mode == EVP_CIPH_OCB_MODE && iv.len > 15)
        code = E_IV;
    } else if ((int)iv.len != want_iv && !(want_iv == 0 && !has_iv)) {
      code = E_IV;
    }
  }
  if (code == 0 && (int)key.len != EVP_CIPHER_get_key_length(cipher) &&
      !(EVP_CIPHER_get_flags(cipher) & EVP_CIPH_VARIABLE_LENGTH))
    code = E_KEYLEN;
  if (code != 0) {
    bytes_free(&key);
    bytes_free(&iv);
    free(c);
    return JSValueMakeNumber(ctx, code);
  }
  c->ctx = EVP_CIPHER_CTX_new();
  CHECK(c->ctx != NULL);
  int ok = EVP_CipherInit_ex(c->ctx, cipher, NULL, NULL, NULL, encrypt);
  if (ok && (EVP_CIPHER_get_flags(cipher) & EVP_CIPH_VARIABLE_LENGTH))
    ok = EVP_CIPHER_CTX_set_key_length(c->ctx, (int)key.len);
  if (ok && variable_iv)
    ok = EVP_CIPHER_CTX_ctrl(c->ctx, EVP_CTRL_AEAD_SET_IVLEN, (int)iv.len, NULL) == 1;
  if (ok && c->aead &&
      (c->mode == EVP_CIPH_CCM_MODE || c->mode == EVP_CIPH_OCB_MODE || (c->chacha && encrypt)))
    ok = EVP_CIPHER_CTX_ctrl(c->ctx, EVP_CTRL_AEAD_SET_TAG, c->tag_len, NULL) == 1;
  if (ok) ok = EVP_CipherInit_ex(c->ctx, NULL, NULL, key.data, has_iv ? iv.data : NULL, encrypt);
  bytes_free(&key);
  bytes_free(&iv);
  if (!ok) {
    capture_error();
    EVP_CIPHER_CTX_free(c->ctx);
    free(c);
    return JSValueMakeNumber(ctx, E_OPENSSL);
  }
  return JSObjectMake(ctx, cipher_class, c);
}

static cipher_t *this_cipher(JSContextRef ctx, JSObjectRef this_obj) {
  (void)ctx;
  return this_handle(this_obj, KIND_CIPHER);
}

/* CCM needs the total message length before any AAD or data. */
static bool ccm_declare_length(cipher_t *c, size_t len) {
  if (c->mode != EVP_CIPH_CCM_MODE || c->length_set) return true;
  if (!c->encrypt && c->tag_set &&
      EVP_CIPHER_CTX_ctrl(c->ctx, EVP_CTRL_AEAD_SET_TAG, c->tag_len, c->tag) != 1)
    return false;
  int outl;
  c->length_set = true;
  return EVP_CipherUpdate(c->ctx, NULL, &outl, NULL, (int)len) == 1;
}

/* cipher.update(data) → Uint8Array, or a negative code. */
LODE_LOCKED_CB(cipher_update_cb) {
  LODE_CB_UNUSED;
  cipher_t *c = this_cipher(ctx, this_obj);
  bytes_t in;
  if (c == NULL || !get_bytes(ctx, argc, argv, 0, &in)) return JSValueMakeNumber(ctx, E_STATE);
  if (in.len > INT32_MAX - 64) {
    bytes_free(&in);
    return JSValueMakeNumber(ctx, E_STATE);
  }
  if (!ccm_declare_length(c, in.len)) {
    bytes_free(&in);
    capture_error();
    return JSValueMakeNumber(ctx, E_OPENSSL);
  }
  size_t cap = in.len + (size_t)EVP_CIPHER_CTX_get_block_size(c->ctx) + 1;
  uint8_t *out = malloc(cap);
  CHECK(out != NULL);
  int outl = 0;
  int ok = EVP_CipherUpdate(c->ctx, out, &outl, in.data, (int)in.len);
  bytes_free(&in);
  if (ok != 1) {
    if (c->mode == EVP_CIPH_CCM_MODE && !c->encrypt) {
      /* CCM authenticates in update; the failure is reported by final(). */
      c->auth_failed = true;
      ERR_clear_error();
      return make_bytes(ctx, out, 0);
    }
    capture_error();
    free(out);
    return JSValueMakeNumber(ctx, E_OPENSSL);
  }
  return make_bytes(ctx, out, (size_t)outl);
}

/* cipher.final() → Uint8Array, or a negative code (E_AUTH when a tag does not match). */
LODE_LOCKED_CB(cipher_final_cb) {
  LODE_CB_UNUSED;
  cipher_t *c = this_cipher(ctx, this_obj);
  if (c == NULL) return JSValueMakeNumber(ctx, E_STATE);
  if (c->mode == EVP_CIPH_CCM_MODE && !c->encrypt) {
    /* CCM decrypts in update; without any update, an empty message is checked now. */
    if (!c->length_set) {
      int outl;
      if (!ccm_declare_length(c, 0) ||
          EVP_CipherUpdate(c->ctx, NULL, &outl, (const uint8_t *)"", 0) != 1)
        c->auth_failed = true;
    }
    ERR_clear_error();
    if (c->auth_failed || !c->tag_set) return JSValueMakeNumber(ctx, E_AUTH);
    return make_bytes(ctx, NULL, 0);
  }
  if (c->aead && !c->encrypt) {
    if (!c->tag_set) return JSValueMakeNumber(ctx, E_AUTH);
    if (EVP_CIPHER_CTX_ctrl(c->ctx, EVP_CTRL_AEAD_SET_TAG, c->tag_len, c->tag) != 1) {
      ERR_clear_error();
      return JSValueMakeNumber(ctx, E_AUTH);
    }
  }
  if (c->mode == EVP_CIPH_CCM_MODE && !c->length_set && !ccm_declare_length(c, 0)) {
    capture_error();
    return JSValueMakeNumber(ctx, E_OPENSSL);
  }
  uint8_t *out = malloc((size_t)EVP_CIPHER_CTX_get_block_size(c->ctx) + 16);
  CHECK(out != NULL);
  int outl = 0;
  if (EVP_CipherFinal_ex(c->ctx, out, &outl) != 1) {
    free(out);
    if (c->aead) {
      ERR_clear_error();
      return JSValueMakeNumber(ctx, E_AUTH);
    }
    capture_error();
    return JSValueMakeNumber(ctx, E_OPENSSL);
  }
  if (c->aead && c->encrypt &&
      EVP_CIPHER_CTX_ctrl(c->ctx, EVP_CTRL_AEAD_GET_TAG, c->tag_len, c->tag) != 1) {
    free(out);
    capture_error();
    return JSValueMakeNumber(ctx, E_OPENSSL);
  }
  return make_bytes(ctx, out, (size_t)outl);
}

/* cipher.setAAD(data, plaintextLength or -1) → 0 or a negative code. */
LODE_LOCKED_CB(cipher_set_aad_cb) {
  LODE_CB_UNUSED;
  cipher_t *c = this_cipher(ctx, this_obj);
  bytes_t in;
  if (c == NULL || !c->aead || !get_bytes(ctx, argc, argv, 0, &in))
    return JSValueMakeNumber(ctx, E_STATE);
  double plain = arg_number(ctx, argc, argv, 1, -1);
  int r = 0;
  if (c->mode == EVP_CIPH_CCM_MODE) {
    if (plain < 0 || plain > INT32_MAX)
      r = E_STATE;
    else if (!ccm_declare_length(c, (size_t)plain))
      r = E_OPENSSL;
  }
  int outl;
  if (r == 0 && EVP_CipherUpdate(c->ctx, NULL, &outl, in.data, (int)in.len) != 1) r = E_OPENSSL;
  bytes_free(&in);
  if (r == E_OPENSSL) capture_error();
  return JSValueMakeNumber(ctx, r);
}

/* decipher.setAuthTag(tag) → 0 or a negative code (E_TAGLEN for a bad length). */
LODE_LOCKED_CB(cipher_set_auth_tag_cb) {
  LODE_CB_UNUSED;
  cipher_t *c = this_cipher(ctx, this_obj);
  bytes_t tag;
  if (c == NULL || !c->aead || c->encrypt || c->tag_set || !get_bytes(ctx, argc, argv, 0, &tag))
    return JSValueMakeNumber(ctx, E_STATE);
  int r = 0;
  if (!valid_tag_len(c, (double)tag.len) || (c->tag_len_set && (int)tag.len != c->tag_len)) {
    r = E_TAGLEN;
  } else {
    memcpy(c->tag, tag.data, tag.len);
    c->tag_len = (int)tag.len;
    c->tag_set = true;
  }
  bytes_free(&tag);
  return JSValueMakeNumber(ctx, r);
}

/* cipher.getAuthTag() → Uint8Array (after final, on a cipher). */
LODE_LOCKED_CB(cipher_get_auth_tag_cb) {
  LODE_CB_UNUSED;
  cipher_t *c = this_cipher(ctx, this_obj);
  if (c == NULL || !c->aead || !c->encrypt) return JSValueMakeNumber(ctx, E_STATE);
  uint8_t *out = malloc((size_t)c->tag_len);
  CHECK(out != NULL);
  memcpy(out, c->tag, (size_t)c->tag_len);
  return make_bytes(ctx, out, (size_t)c->tag_len);
}

LODE_LOCKED_CB(cipher_set_auto_padding_cb) {
  LODE_CB_UNUSED;
  cipher_t *c = this_cipher(ctx, this_obj);
  if (c == NULL) return JSValueMakeBoolean(ctx, false);
  bool on = argc == 0 || JSValueToBoolean(ctx, argv[0]);
  return JSValueMakeBoolean(ctx, EVP_CIPHER_CTX_set_padding(c->ctx, on ? 1 : 0) == 1);
}

/* cipherInfo(name or nid, keyLength or -1, ivLength or -1) → [name, nid, blockSize, ivLength,
 * keyLength, mode], or undefined (unknown, or a length the cipher does not take). */
LODE_LOCKED_CB(cipher_info_cb) {
  LODE_CB_UNUSED;
  const EVP_CIPHER *cipher = NULL;
  if (argc > 0 && JSValueIsNumber(ctx, argv[0])) {
    const EVP_CIPHER *legacy = EVP_get_cipherbynid((int)arg_number(ctx, argc, argv, 0, 0));
    if (legacy != NULL) cipher = cipher_get(EVP_CIPHER_get0_name(legacy));
  } else {
    char *name = arg_name(ctx, argc, argv, 0);
    cipher = name ? cipher_get(name) : NULL;
    free(name);
  }
  if (cipher == NULL) return NULL;
  int mode = EVP_CIPHER_get_mode(cipher);
  int key_len = EVP_CIPHER_get_key_length(cipher), iv_len = EVP_CIPHER_get_iv_length(cipher);
  double want_key = arg_number(ctx, argc, argv, 1, -1),
         want_iv = arg_number(ctx, argc, argv, 2, -1);
  if (want_key >= 0) {
    if (want_key != key_len && !(EVP_CIPHER_get_flags(cipher) & EVP_CIPH_VARIABLE_LENGTH))
      return NULL;
    key_len = (int)want_key;
  }
  if (want_iv >= 0) {
    bool ok;
    if (mode == EVP_CIPH_CCM_MODE)
      ok = want_iv >= 7 && want_iv <= 13;
    else if (mode == EVP_CIPH_GCM_MODE)
      ok = want_iv > 0;
    else if (mode == EVP_CIPH_OCB_MODE)
      ok = want_iv > 0 && want_iv <= 15;
    else
      ok = want_iv == iv_len;
    if (!ok) return NULL;
    iv_len = (int)want_iv;
  }
  const char *mode_name = "";
  switch (mode) {
  case EVP_CIPH_ECB_MODE: mode_name = "ecb"; break;
  case EVP_CIPH_CBC_MODE: mode_name = "cbc"; break;
  case EVP_CIPH_CFB_MODE: mode_name = "cfb"; break;
  case EVP_CIPH_OFB_MODE: mode_name = "ofb"; break;
  case EVP_CIPH_CTR_MODE: mode_name = "ctr"; break;
  case EVP_CIPH_GCM_MODE: mode_name = "gcm"; break;
  case EVP_CIPH_CCM_MODE: mode_name = "ccm"; break;
  case EVP_CIPH_XTS_MODE: mode_name = "xts"; break;
  case EVP_CIPH_WRAP_MODE: mode_name = "wrap"; break;
  case EVP_CIPH_OCB_MODE: mode_name = "ocb"; break;
  case EVP_CIPH_STREAM_CIPHER: mode_name = "stream"; break;
  default: break;
  }
  int nid = EVP_CIPHER_get_nid(cipher);
  const char *sn = OBJ_nid2sn(nid);
  JSObjectRef arr = lode_js_array(ctx, 0, NULL);
  JSObjectSetPropertyAtIndex(
      ctx, arr, 0, lode_js_value_from_cstr(ctx, sn ? sn : EVP_CIPHER_get0_name(cipher)), NULL);
  JSObjectSetPropertyAtIndex(ctx, arr, 1, JSValueMakeNumber(ctx, nid), NULL);
  JSObjectSetPropertyAtIndex(ctx, arr, 2, JSValueMakeNumber(ctx, EVP_CIPHER_get_block_size(cipher)),
                             NULL);
  JSObjectSetPropertyAtIndex(ctx, arr, 3, JSValueMakeNumber(ctx, iv_len), NULL);
  JSObjectSetPropertyAtIndex(ctx, arr, 4, JSValueMakeNumber(ctx, key_len), NULL);
  JSObjectSetPropertyAtIndex(ctx, arr, 5, lode_js_value_from_cstr(ctx, mode_name), NULL);
  return arr;
}

/* ---- Errors ---- */

/* lastError() → [message, library, reason, library number] of the last OpenSSL failure, or
 * undefined. */
LODE_LOCKED_CB(last_error_cb) {
  LODE_CB_UNUSED;
  if (last_error == 0) return NULL;
  char buf[256];
  ERR_error_string_n(last_error, buf, sizeof buf);
  const char *lib = ERR_lib_error_string(last_error);
  const char *reason = ERR_reason_error_string(last_error);
  JSObjectRef arr = lode_js_array(ctx, 0, NULL);
  JSObjectSetPropertyAtIndex(ctx, arr, 0, lode_js_value_from_cstr(ctx, buf), NULL);
  JSObjectSetPropertyAtIndex(ctx, arr, 1, lode_js_value_from_cstr(ctx, lib ? lib : ""), NULL);
  JSObjectSetPropertyAtIndex(ctx, arr, 2, lode_js_value_from_cstr(ctx, reason ? reason : ""), NULL);
  JSObjectSetPropertyAtIndex(ctx, arr, 3, JSValueMakeNumber(ctx, ERR_GET_LIB(last_error)), NULL);
  last_error = 0;
  return arr;
}

/* ---- PBKDF2 over the SHA family ----
 * OpenSSL 3.0's PKCS5_PBKDF2_HMAC duplicates an EVP context (malloc + free) twice per
 * iteration; Node's newer OpenSSL does not, and was ~1.3-2x faster on the same hash. For
 * SHA-1/224/256/384/512 the HMAC runs here on the low-level hash functions instead (see
 * sha_kind_of): the inner and outer padded-key states are computed once and copied (a struct
 * copy) per iteration. Other digests keep OpenSSL's implementation. */

/* HMAC of msg (len bytes) from the padded-key states: out gets k->out bytes. */
static void sha_hmac(const sha_kind_t *k, const sha_state_t *inner, const sha_state_t *outer,
                     const uint8_t *msg, size_t len, const uint8_t *msg2, size_t len2,
                     uint8_t *out) {
  sha_state_t s = *inner;
  k->update(&s, msg, len);
  if (len2 > 0) k->update(&s, msg2, len2);
  k->final(out, &s);
  s = *outer;
  k->update(&s, out, k->out);
  k->final(out, &s);
}

/* PBKDF2-HMAC (RFC 8018) with the SHA function k: out_len bytes into out. */
static void sha_pbkdf2(const sha_kind_t *k, const uint8_t *pass, size_t pass_len,
                       const uint8_t *salt, size_t salt_len, uint64_t iter, uint8_t *out,
                       size_t out_len) {
  uint8_t key[128], pad[128], u[64], t[64];
  sha_state_t inner, outer;
  memset(key, 0, sizeof key);
  if (pass_len > k->block) {
    k->init(&inner);
    k->update(&inner, pass, pass_len);
    k->final(key, &inner);
  } else if (pass_len > 0) {
    memcpy(key, pass, pass_len);
  }
  for (size_t i = 0; i < k->block; i++) pad[i] = key[i] ^ 0x36;
  k->init(&inner);
  k->update(&inner, pad, k->block);
  for (size_t i = 0; i < k->block; i++) pad[i] = key[i] ^ 0x5c;
  k->init(&outer);
  k->update(&outer, pad, k->block);
  for (uint32_t block = 1; out_len > 0; block++) {
    uint8_t index[4] = {(uint8_t)(block >> 24), (uint8_t)(block >> 16), (uint8_t)(block >> 8),
                        (uint8_t)block};
    sha_hmac(k, &inner, &outer, salt, salt_len, index, 4, u);
    memcpy(t, u, k->out);
    for (uint64_t n = 1; n < iter; n++) {
      sha_hmac(k, &inner, &outer, u, k->out, NULL, 0, u);
      for (size_t i = 0; i < k->out; i++) t[i] ^= u[i];
    }
    size_t n = out_len < k->out ? out_len : k->out;
    memcpy(out, t, n);
    out += n;
    out_len -= n;
  }
  OPENSSL_cleanse(key, sizeof key);
  OPENSSL_cleanse(pad, sizeof pad);
  OPENSSL_cleanse(&inner, sizeof inner);
  OPENSSL_cleanse(&outer, sizeof outer);
  OPENSSL_cleanse(u, sizeof u);
  OPENSSL_cleanse(t, sizeof t);
}

/* ---- Jobs: random bytes and key derivation, synchronous or on the thread pool ---- */

typedef enum { JOB_RANDOM, JOB_PBKDF2, JOB_SCRYPT, JOB_HKDF } job_kind_t;

typedef struct job_s {
  lode__crypto_job_t base; /* base.keep: the target view of randomFill */
  job_kind_t kind;
  uint8_t *in[3];   /* copies of the inputs: password/key, salt, info */
  size_t in_len[3];
  const EVP_MD *md;
  uint64_t n, r, p, maxmem, iter;
  uint8_t *out; /* randomFill: inside keep; otherwise owned */
  size_t out_len;
} job_t;

static void job_free(job_t *j) {
  for (int i = 0; i < 3; i++) {
    if (j->in[i] != NULL) OPENSSL_clear_free(j->in[i], j->in_len[i]);
  }
  if (j->kind != JOB_RANDOM) free(j->out);
  free(j);
}

/* Copies the bytes of argv[i] into input slot k of j. */
static bool job_input(JSContextRef ctx, job_t *j, int k, size_t argc, const JSValueRef argv[],
                      size_t i) {
  bytes_t b;
  if (!get_bytes(ctx, argc, argv, i, &b)) return false;
  j->in[k] = malloc(b.len ? b.len : 1);
  CHECK(j->in[k] != NULL);
  memcpy(j->in[k], b.data, b.len);
  j->in_len[k] = b.len;
  bytes_free(&b);
  return true;
}

static int job_work(lode__crypto_job_t *b) {
  job_t *j = (job_t *)b;
  int ok = 0;
  if (j->kind != JOB_RANDOM && j->out_len == 0) return 1; /* nothing to derive */
  switch (j->kind) {
  case JOB_RANDOM: {
    /* RAND_bytes takes an int length: fill large buffers in pieces. */
    ok = 1;
    for (size_t done = 0; ok && done < j->out_len;) {
      size_t n = j->out_len - done > (1u << 30) ? (1u << 30) : j->out_len - done;
      ok = RAND_bytes(j->out + done, (int)n);
      done += n;
    }
    break;
  }
  case JOB_PBKDF2:
    if (sha_kind_of(j->md) != NULL && j->iter >= 1) {
      sha_pbkdf2(sha_kind_of(j->md), j->in[0], j->in_len[0], j->in[1], j->in_len[1],
                 (uint64_t)j->iter, j->out, j->out_len);
      ok = 1;
      break;
    }
    ok = PKCS5_PBKDF2_HMAC((const char *)j->in[0], (int)j->in_len[0], j->in[1], (int)j->in_len[1],
                           (int)j->iter, j->md, (int)j->out_len, j->out);
    break;
  case JOB_SCRYPT:
    ok = EVP_PBE_scrypt((const char *)j->in[0], j->in_len[0], j->in[1], j->in_len[1], j->n, j->r,
                        j->p, j->maxmem, j->out, j->out_len);
    break;
  case JOB_HKDF: {
    EVP_KDF *kdf = EVP_KDF_fetch(NULL, "HKDF", NULL);
    EVP_KDF_CTX *kctx = kdf ? EVP_KDF_CTX_new(kdf) : NULL;
    if (kctx != NULL) {
      OSSL_PARAM params[5], *p = params;
      *p++ = OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST,
                                              (char *)EVP_MD_get0_name(j->md), 0);
      *p++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, j->in[0], j->in_len[0]);
      *p++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, j->in[1], j->in_len[1]);
      *p++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, j->in[2], j->in_len[2]);
      *p = OSSL_PARAM_construct_end();
      ok = EVP_KDF_derive(kctx, j->out, j->out_len, params);
    }
    EVP_KDF_CTX_free(kctx);
    EVP_KDF_free(kdf);
    break;
  }
  }
  return ok;
}

/* The result of a finished job: the derived bytes, or undefined for randomFill. */
static JSValueRef job_result(JSContextRef ctx, lode__crypto_job_t *b) {
  job_t *j = (job_t *)b;
  if (j->kind == JOB_RANDOM) return JSValueMakeUndefined(ctx);
  JSValueRef v = make_bytes(ctx, j->out, j->out_len);
  j->out = NULL;
  return v;
}

static void job_free_base(lode__crypto_job_t *b) {
  job_free((job_t *)b);
}

static const lode__crypto_job_ops_t job_ops = {job_work, job_result, job_free_base};

/* ---- Thread-pool jobs of both halves of the binding (see crypto.h) ---- */

static void any_job_work_cb(uv_work_t *w) {
  lode__crypto_job_t *j = (lode__crypto_job_t *)w;
  if (j->ops->work(j) != 1) {
    j->failed = true;
    j->error = ERR_peek_last_error();
  }
  ERR_clear_error();
}

static void any_job_after_cb(uv_work_t *w, int status) {
  lode__crypto_job_t *j = (lode__crypto_job_t *)w;
  lode_runtime_t *rt = lode_runtime();
  JSContextRef ctx = rt->ctx;
  JSValueRef args[2];
  if (j->failed || status < 0) {
    if (j->error != 0) last_error = j->error;
    args[0] = JSValueMakeNumber(ctx, status < 0 ? status : E_OPENSSL);
    args[1] = JSValueMakeUndefined(ctx);
  } else {
    args[0] = JSValueMakeNumber(ctx, 0);
    args[1] = j->ops->result(ctx, j);
  }
  JSObjectRef req = j->req;
  JSObjectRef keep = j->keep;
  j->ops->free(j);
  JSValueRef oncomplete = lode_js_get(ctx, req, "oncomplete");
  if (JSValueIsObject(ctx, oncomplete))
    lode_make_callback(rt, (JSObjectRef)oncomplete, req, 2, args);
  if (keep != NULL) lode_unpin(rt, keep);
  lode_unpin(rt, req);
}

JSValueRef lode__crypto_job_run(JSContextRef ctx, lode__crypto_job_t *j, size_t argc,
                                const JSValueRef argv[], size_t req_index) {
  if (req_index < argc && JSValueIsObject(ctx, argv[req_index])) {
    lode_runtime_t *rt = lode_runtime();
    j->req = (JSObjectRef)argv[req_index];
    lode_pin(rt, j->req);
    if (j->keep != NULL) lode_pin(rt, j->keep);
    CHECK(uv_queue_work(rt->loop, &j->work, any_job_work_cb, any_job_after_cb) == 0);
    return JSValueMakeUndefined(ctx);
  }
  any_job_work_cb(&j->work);
  JSValueRef v;
  if (j->failed) {
    last_error = j->error;
    v = JSValueMakeNumber(ctx, E_OPENSSL);
  } else {
    v = j->ops->result(ctx, j);
  }
  j->ops->free(j);
  return v;
}

static JSValueRef job_run(JSContextRef ctx, job_t *j, size_t argc, const JSValueRef argv[],
                          size_t req_index) {
  return lode__crypto_job_run(ctx, &j->base, argc, argv, req_index);
}

static job_t *job_new(job_kind_t kind) {
  job_t *j = calloc(1, sizeof *j);
  CHECK(j != NULL);
  j->base.ops = &job_ops;
  j->kind = kind;
  return j;
}

static uint8_t *alloc_out(size_t len) {
  uint8_t *p = malloc(len ? len : 1);
  CHECK(p != NULL);
  return p;
}

/* randomFill(view, offset, size[, req]): fills view[offset, offset + size) (clamped to the
 * view) with random bytes. Returns undefined, or a negative code. */
LODE_LOCKED_CB(random_fill_cb) {
  LODE_CB_UNUSED;
  uint8_t *base;
  size_t len;
  if (argc == 0 || !lode_js_bytes(ctx, argv[0], true, &base, &len))
    return JSValueMakeNumber(ctx, E_STATE);
  double off = arg_number(ctx, argc, argv, 1, 0),
         size = arg_number(ctx, argc, argv, 2, (double)len);
  if (off < 0 || off > (double)len) off = (double)len;
  if (size < 0) size = 0;
  if (size > (double)len - off) size = (double)len - off;
  job_t *j = job_new(JOB_RANDOM);
  j->out = base ? base + (size_t)off : NULL;
  j->out_len = base ? (size_t)size : 0;
  j->base.keep = (JSObjectRef)argv[0];
  return job_run(ctx, j, argc, argv, 3);
}

/* pbkdf2(password, salt, iterations, keylen, digest[, req]) → Uint8Array or a code. */
LODE_LOCKED_CB(pbkdf2_cb) {
  LODE_CB_UNUSED;
  char *name = arg_name(ctx, argc, argv, 4);
  const EVP_MD *md = name ? md_get(name) : NULL;
  free(name);
  if (md == NULL) return JSValueMakeNumber(ctx, E_UNKNOWN);
  double iter = arg_number(ctx, argc, argv, 2, 0), keylen = arg_number(ctx, argc, argv, 3, -1);
  if (iter < 1 || iter > INT32_MAX || keylen < 0 || keylen > INT32_MAX)
    return JSValueMakeNumber(ctx, E_STATE);
  job_t *j = job_new(JOB_PBKDF2);
  if (!job_input(ctx, j, 0, argc, argv, 0) || !job_input(ctx, j, 1, argc, argv, 1)) {
    job_free(j);
    return JSValueMakeNumber(ctx, E_STATE);
  }
  j->md = md;
  j->iter = (uint64_t)iter;
  j->out_len = (size_t)keylen;
  j->out = alloc_out(j->out_len);
  return job_run(ctx, j, argc, argv, 5);
}

/* scryptCheck(N, r, p, maxmem) → 0 if OpenSSL accepts the parameters, else E_OPENSSL (with
 * lastError() set when OpenSSL said why) or E_STATE. */
LODE_LOCKED_CB(scrypt_check_cb) {
  LODE_CB_UNUSED;
  double n = arg_number(ctx, argc, argv, 0, 0), r = arg_number(ctx, argc, argv, 1, 0);
  double p = arg_number(ctx, argc, argv, 2, 0), maxmem = arg_number(ctx, argc, argv, 3, 0);
  if (n < 0 || r < 0 || p < 0 || maxmem < 0 || n > 1.8e19 || r > 1.8e19 || p > 1.8e19 ||
      maxmem > 1.8e19)
    return JSValueMakeNumber(ctx, E_STATE);
  ERR_clear_error();
  if (EVP_PBE_scrypt(NULL, 0, NULL, 0, (uint64_t)n, (uint64_t)r, (uint64_t)p, (uint64_t)maxmem,
                     NULL, 0) == 1)
    return JSValueMakeNumber(ctx, 0);
  unsigned long e = ERR_peek_last_error();
  ERR_clear_error();
  if (e == 0) return JSValueMakeNumber(ctx, E_STATE);
  last_error = e;
  return JSValueMakeNumber(ctx, E_OPENSSL);
}

/* scrypt(password, salt, keylen, N, r, p, maxmem[, req]) → Uint8Array or a code. */
LODE_LOCKED_CB(scrypt_cb) {
  LODE_CB_UNUSED;
  double keylen = arg_number(ctx, argc, argv, 2, -1);
  if (keylen < 0 || keylen > INT32_MAX) return JSValueMakeNumber(ctx, E_STATE);
  job_t *j = job_new(JOB_SCRYPT);
  if (!job_input(ctx, j, 0, argc, argv, 0) || !job_input(ctx, j, 1, argc, argv, 1)) {
    job_free(j);
    return JSValueMakeNumber(ctx, E_STATE);
  }
  j->n = (uint64_t)arg_number(ctx, argc, argv, 3, 0);
  j->r = (uint64_t)arg_number(ctx, argc, argv, 4, 0);
  j->p = (uint64_t)arg_number(ctx, argc, argv, 5, 0);
  j->maxmem = (uint64_t)arg_number(ctx, argc, argv, 6, 0);
  j->out_len = (size_t)keylen;
  j->out = alloc_out(j->out_len);
  return job_run(ctx, j, argc, argv, 7);
}

/* hkdf(digest, key, salt, info, keylen[, req]) → Uint8Array or a code. */
LODE_LOCKED_CB(hkdf_cb) {
  LODE_CB_UNUSED;
  char *name = arg_name(ctx, argc, argv, 0);
  const EVP_MD *md = name ? md_get(name) : NULL;
  free(name);
  if (md == NULL) return JSValueMakeNumber(ctx, E_UNKNOWN);
  double keylen = arg_number(ctx, argc, argv, 4, -1);
  if (keylen < 0 || keylen > 255.0 * EVP_MD_get_size(md)) return JSValueMakeNumber(ctx, E_KEYLEN);
  job_t *j = job_new(JOB_HKDF);
  if (!job_input(ctx, j, 0, argc, argv, 1) || !job_input(ctx, j, 1, argc, argv, 2) ||
      !job_input(ctx, j, 2, argc, argv, 3)) {
    job_free(j);
    return JSValueMakeNumber(ctx, E_STATE);
  }
  j->md = md;
  j->out_len = (size_t)keylen;
  j->out = alloc_out(j->out_len);
  if (j->out_len == 0) {
    /* OpenSSL refuses an empty output; the empty result needs no work. */
    JSValueRef v = job_result(ctx, &j->base);
    if (argc > 5 && JSValueIsObject(ctx, argv[5])) {
      job_free(j);
      return JSValueMakeNumber(ctx, E_STATE);
    }
    job_free(j);
    return v;
  }
  return job_run(ctx, j, argc, argv, 5);
}

/* timingSafeEqual(a, b) → whether the bytes are equal (lib/ checks the lengths first), in
 * time independent of where they differ. */
LODE_LOCKED_CB(timing_safe_equal_cb) {
  LODE_CB_UNUSED;
  bytes_t a, b;
  if (!get_bytes(ctx, argc, argv, 0, &a)) return JSValueMakeBoolean(ctx, false);
  if (!get_bytes(ctx, argc, argv, 1, &b)) {
    bytes_free(&a);
    return JSValueMakeBoolean(ctx, false);
  }
  bool eq = a.len == b.len && CRYPTO_memcmp(a.data, b.data, a.len) == 0;
  bytes_free(&a);
  bytes_free(&b);
  return JSValueMakeBoolean(ctx, eq);
}

/* ---- Lists ---- */

static void add_name(const char *name, void *arg) {
  /* Names joined by NUL into a growing buffer. */
  struct {
    char *p;
    size_t len, cap;
  } *out = arg;
  size_t n = strlen(name) + 1;
  if (out->len + n > out->cap) {
    out->cap = (out->len + n) * 2;
    out->p = realloc(out->p, out->cap);
    CHECK(out->p != NULL);
  }
  memcpy(out->p + out->len, name, n);
  out->len += n;
}

static void add_md_name(const EVP_MD *md, const char *from, const char *to, void *arg) {
  (void)to;
  if (md != NULL || from != NULL) add_name(md ? EVP_MD_get0_name(md) : from, arg);
}

static void add_cipher_name(const EVP_CIPHER *cipher, const char *from, const char *to, void *arg) {
  (void)to;
  if (cipher != NULL || from != NULL) add_name(cipher ? EVP_CIPHER_get0_name(cipher) : from, arg);
}

/* supported(kind, names joined by NUL) → the names OpenSSL knows, joined by NUL (kind 0
 * digests, 1 ciphers); names(kind) → every OpenSSL name and alias, joined by NUL. */
LODE_LOCKED_CB(supported_cb) {
  LODE_CB_UNUSED;
  double kind = arg_number(ctx, argc, argv, 0, 0);
  size_t len;
  char *names = argc > 1 && JSValueIsString(ctx, argv[1])
                    ? lode_js_value_to_utf8(ctx, argv[1], &len, NULL)
                    : NULL;
  if (names == NULL) return NULL;
  struct {
    char *p;
    size_t len, cap;
  } out = {NULL, 0, 0};
  for (size_t i = 0; i < len;) {
    const char *name = names + i;
    size_t n = strlen(name);
    bool ok = kind == 0 ? md_get(name) != NULL : cipher_get(name) != NULL;
    if (ok) add_name(name, &out);
    i += n + 1;
  }
  free(names);
  JSValueRef v = lode_js_value_from_utf8(ctx, out.p ? out.p : "", out.len ? out.len - 1 : 0);
  free(out.p);
  return v;
}

LODE_LOCKED_CB(names_cb) {
  LODE_CB_UNUSED;
  struct {
    char *p;
    size_t len, cap;
  } out = {NULL, 0, 0};
  if (arg_number(ctx, argc, argv, 0, 0) == 0)
    EVP_MD_do_all_sorted(add_md_name, &out);
  else
    EVP_CIPHER_do_all_sorted(add_cipher_name, &out);
  JSValueRef v = lode_js_value_from_utf8(ctx, out.p ? out.p : "", out.len ? out.len - 1 : 0);
  free(out.p);
  return v;
}

/* ---- Init ---- */

JSClassRef lode__crypto_make_class(const char *name, const JSStaticFunction *functions,
                                   JSObjectFinalizeCallback finalize) {
  JSClassDefinition def = kJSClassDefinitionEmpty;
  def.className = name;
  def.staticFunctions = functions;
  def.finalize = finalize;
  return JSClassCreate(&def);
}

#define METHOD(name, cb)                                                                           \
  { name, cb, kJSPropertyAttributeDontEnum | kJSPropertyAttributeReadOnly }

static void init_classes(void) {
  static const JSStaticFunction hash_functions[] = {METHOD("digest", hash_digest_cb),
                                                    METHOD("copy", hash_copy_cb),
                                                    {NULL, NULL, 0}};
  static const JSStaticFunction hmac_functions[] = {
      METHOD("digest", hmac_digest_cb), {NULL, NULL, 0}};
  static const JSStaticFunction cipher_functions[] = {
      METHOD("update", cipher_update_cb),
      METHOD("final", cipher_final_cb),
      METHOD("setAAD", cipher_set_aad_cb),
      METHOD("setAuthTag", cipher_set_auth_tag_cb),
      METHOD("getAuthTag", cipher_get_auth_tag_cb),
      METHOD("setAutoPadding", cipher_set_auto_padding_cb),
      {NULL, NULL, 0}};
  hash_class = lode__crypto_make_class("Hash", hash_functions, hash_finalize);
  hmac_class = lode__crypto_make_class("Hmac", hmac_functions, hmac_finalize);
  cipher_class = lode__crypto_make_class("CipherBase", cipher_functions, cipher_finalize);
  /* No cleanup at exit: process.exit() may end the process while thread-pool jobs still run
   * OpenSSL code, and OpenSSL's atexit handler would free what they use (a crash). */
  OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT, NULL);
  /* Loading a provider explicitly stops the default one from loading implicitly: load both,
   * the legacy one for ripemd160, md4, des and friends (when present). */
  OSSL_PROVIDER_load(NULL, "default");
  OSSL_PROVIDER_load(NULL, "legacy");
  ERR_clear_error();
  hmac_mac = EVP_MAC_fetch(NULL, "HMAC", NULL);
  CHECK(hmac_mac != NULL);
}

JSObjectRef lode_binding_crypto(lode_runtime_t *rt) {
  JSContextRef ctx = rt->ctx;
  if (hash_class == NULL) init_classes();
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  LODE_SET_HOST(ctx, b, "hashCreate", hash_create_cb);
  LODE_SET_HOST(ctx, b, "hashOnce", hash_once_cb);
  lode_js_set_function(ctx, b, "digestInfo", digest_info_cb);
  lode_js_set_function(ctx, b, "digestId", digest_id_cb);
  LODE_SET_HOST(ctx, b, "hmacCreate", hmac_create_cb);
  LODE_SET_HOST(ctx, b, "update", update_cb);
  lode_js_set_function(ctx, b, "cipherCreate", cipher_create_cb);
  lode_js_set_function(ctx, b, "cipherInfo", cipher_info_cb);
  lode_js_set_function(ctx, b, "lastError", last_error_cb);
  lode_js_set_function(ctx, b, "randomFill", random_fill_cb);
  lode_js_set_function(ctx, b, "pbkdf2", pbkdf2_cb);
  lode_js_set_function(ctx, b, "scryptCheck", scrypt_check_cb);
  lode_js_set_function(ctx, b, "scrypt", scrypt_cb);
  lode_js_set_function(ctx, b, "hkdf", hkdf_cb);
  lode_js_set_function(ctx, b, "timingSafeEqual", timing_safe_equal_cb);
  lode_js_set_function(ctx, b, "supported", supported_cb);
  lode_js_set_function(ctx, b, "names", names_cb);
  lode__crypto_pkey_install(ctx, b);
  lode_js_set(ctx, b, "digestBuffer",
              JSObjectMakeTypedArrayWithBytesNoCopy(ctx, kJSTypedArrayTypeUint8Array, digest_buffer,
                                                    DIGEST_BUFFER_SIZE, NULL, NULL, NULL));
  return b;
}

/* ---- What crypto_pkey.c shares (see crypto.h) ---- */

bool lode__crypto_get_bytes(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i,
                            lode__crypto_bytes_t *out) {
  return get_bytes(ctx, argc, argv, i, out);
}

JSValueRef lode__crypto_make_bytes(JSContextRef ctx, uint8_t *p, size_t len) {
  return make_bytes(ctx, p, len);
}

const EVP_MD *lode__crypto_md_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[],
                                  size_t i) {
  return md_arg(ctx, argc, argv, i);
}

const EVP_CIPHER *lode__crypto_cipher_get(const char *name) {
  return cipher_get(name);
}

void lode__crypto_set_error(unsigned long e) {
  if (e != 0) last_error = e;
}

void lode__crypto_capture_error(void) {
  capture_error();
}
