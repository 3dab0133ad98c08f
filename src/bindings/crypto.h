/* What the two halves of the crypto binding share: crypto.c (hashes, ciphers, KDFs, random)
 * and crypto_pkey.c (asymmetric keys, signatures, key agreement, primes, X.509). Both install
 * their functions on the one `crypto` binding object. */
#ifndef LODE_BINDINGS_CRYPTO_H
#define LODE_BINDINGS_CRYPTO_H

#include <stdbool.h>
#include <stdint.h>

#include <uv.h>

#include "../js.h"
/* OpenSSL, loaded on first use: its headers and the list of the functions Lode calls. */
#include "openssl_lazy.h"

/* The bytes of a JS value: a typed array or ArrayBuffer (borrowed), or a string (its UTF-8,
 * owned in `owned`, freed by the caller with free()). */
typedef struct lode__crypto_bytes_s {
  const uint8_t *data;
  size_t len;
  char *owned;
} lode__crypto_bytes_t;

/* Reads argv[i] as bytes into out; false if it is neither bytes nor a string. */
bool lode__crypto_get_bytes(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i,
                            lode__crypto_bytes_t *out);

/* Returns a Uint8Array that takes over the malloc'd p (len bytes; p may be NULL when len 0). */
JSValueRef lode__crypto_make_bytes(JSContextRef ctx, uint8_t *p, size_t len);

/* The digest named by argv[i] (an id from digestId() or a name), or NULL. Not owned. */
const EVP_MD *lode__crypto_md_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[],
                                  size_t i);

/* The cipher called name, or NULL. Not owned (cached). */
const EVP_CIPHER *lode__crypto_cipher_get(const char *name);

/* Records e as the failure lastError() reports (loop thread only; 0 is ignored). */
void lode__crypto_set_error(unsigned long e);

/* Records OpenSSL's last queued error (if any) for lastError() and clears the queue. */
void lode__crypto_capture_error(void);

/* A class named name with these static functions (NULL-terminated list, or NULL) and
 * finalizer. */
JSClassRef lode__crypto_make_class(const char *name, const JSStaticFunction *functions,
                                   JSObjectFinalizeCallback finalize);

/* A thread-pool job. A job type embeds this as its first member and gives its operations. */
typedef struct lode__crypto_job_s lode__crypto_job_t;

typedef struct lode__crypto_job_ops_s {
  int (*work)(lode__crypto_job_t *j); /* does the work (any thread); 1 on success */
  JSValueRef (*result)(JSContextRef ctx, lode__crypto_job_t *j); /* after success */
  void (*free)(lode__crypto_job_t *j);
} lode__crypto_job_ops_t;

struct lode__crypto_job_s {
  uv_work_t work;
  const lode__crypto_job_ops_t *ops;
  JSObjectRef req;  /* protected while queued */
  JSObjectRef keep; /* another object protected while queued, or NULL */
  bool failed;
  unsigned long error;
};

/* Runs j now and returns its result (or E_OPENSSL, -6), or queues it if argv[req_index] is a
 * request object (then req.oncomplete(status, result) follows) and returns undefined. Frees j
 * either way. */
JSValueRef lode__crypto_job_run(JSContextRef ctx, lode__crypto_job_t *j, size_t argc,
                                const JSValueRef argv[], size_t req_index);

/* Adds the asymmetric-key functions (crypto_pkey.c) to the binding object b. */
void lode__crypto_pkey_install(JSContextRef ctx, JSObjectRef b);

#endif
