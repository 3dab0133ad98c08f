/* The asymmetric half of the crypto binding: key handles (EVP_PKEY) parsed from PEM/DER or
 * built from JWK components, exported back, generated; signatures, RSA encryption, key
 * agreement (ECDH, X25519, finite-field DH), primes, and X.509 certificates. lib/ validates
 * arguments and builds Node's errors; failures come back as negative codes (crypto.c's E_*
 * plus the ones below) with OpenSSL's reason in lastError().
 *
 * Key and certificate handles are JSClass objects whose struct starts with a kind tag (as in
 * crypto.c); their finalizers only free OpenSSL memory, which is allowed on any thread. Key
 * generation, signing and verifying with a request object, and prime generation/checking run
 * on the libuv thread pool: the job holds its own reference to the EVP_PKEY, so a collected
 * handle cannot free the key under it. */
#include <limits.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/decoder.h>
#include <openssl/ec.h>
#include <openssl/encoder.h>
#include <openssl/err.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <stdlib.h>
#include <string.h>

#include "crypto.h"
#include "index.h"

enum {
  E_UNKNOWN = -1,
  E_STATE = -8,
  E_OPENSSL = -6,
  E_PASSPHRASE = -10, /* an encrypted key and no passphrase */
  E_NOT_PRIVATE = -11, /* a private key was needed */
  E_BAD_KEY = -12,     /* the components do not make a valid key */
  E_PASSPHRASE_PEM = -13, /* an encrypted PEM key and no passphrase */
};

enum { KIND_PKEY = 0x504b4559, KIND_X509 = 0x58353039 };

typedef struct pkey_s {
  uint32_t kind;
  EVP_PKEY *pkey;
} pkey_t;

typedef struct x509_s {
  uint32_t kind;
  X509 *cert;
} x509_t;

static JSClassRef pkey_class, x509_class;

static void pkey_finalize(JSObjectRef obj) {
  pkey_t *k = JSObjectGetPrivate(obj);
  if (k == NULL) return;
  EVP_PKEY_free(k->pkey);
  free(k);
}

static void x509_finalize(JSObjectRef obj) {
  x509_t *x = JSObjectGetPrivate(obj);
  if (x == NULL) return;
  X509_free(x->cert);
  free(x);
}

/* Returns a new key handle owning pkey. */
static JSValueRef make_key(JSContextRef ctx, EVP_PKEY *pkey) {
  pkey_t *k = malloc(sizeof *k);
  CHECK(k != NULL);
  k->kind = KIND_PKEY;
  k->pkey = pkey;
  return JSObjectMake(ctx, pkey_class, k);
}

static void *handle_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i,
                        uint32_t kind) {
  if (i >= argc || !JSValueIsObject(ctx, argv[i])) return NULL;
  uint32_t *p = JSObjectGetPrivate((JSObjectRef)argv[i]);
  return p != NULL && *p == kind ? p : NULL;
}

static EVP_PKEY *key_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i) {
  pkey_t *k = handle_arg(ctx, argc, argv, i, KIND_PKEY);
  return k ? k->pkey : NULL;
}

static double num_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i,
                      double dflt) {
  if (i >= argc || !JSValueIsNumber(ctx, argv[i])) return dflt;
  double d = JSValueToNumber(ctx, argv[i], NULL);
  return d == d ? d : dflt;
}

static char *str_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i) {
  if (i >= argc || !JSValueIsString(ctx, argv[i])) return NULL;
  return lode_js_value_to_utf8(ctx, argv[i], NULL, NULL);
}

static JSValueRef code(JSContextRef ctx, int c) {
  return JSValueMakeNumber(ctx, c);
}

static JSValueRef openssl_failure(JSContextRef ctx) {
  lode__crypto_capture_error();
  return code(ctx, E_OPENSSL);
}

static uint8_t *dup_bytes(const uint8_t *p, size_t len) {
  uint8_t *q = malloc(len ? len : 1);
  CHECK(q != NULL);
  if (len) memcpy(q, p, len);
  return q;
}

/* Returns a Uint8Array with a copy of the bytes. */
static JSValueRef copy_bytes(JSContextRef ctx, const uint8_t *p, size_t len) {
  return lode__crypto_make_bytes(ctx, dup_bytes(p, len), len);
}

static JSValueRef bn_bytes(JSContextRef ctx, const BIGNUM *bn, int pad) {
  int n = pad > 0 ? pad : BN_num_bytes(bn);
  uint8_t *p = malloc(n ? (size_t)n : 1);
  CHECK(p != NULL);
  if (BN_bn2binpad(bn, p, n) < 0) {
    free(p);
    return JSValueMakeUndefined(ctx);
  }
  return lode__crypto_make_bytes(ctx, p, (size_t)n);
}

static BIGNUM *bn_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i) {
  lode__crypto_bytes_t b;
  if (!lode__crypto_get_bytes(ctx, argc, argv, i, &b)) return NULL;
  BIGNUM *bn = BN_bin2bn(b.data, (int)b.len, NULL);
  free(b.owned);
  return bn;
}

/* ---- Key properties ---- */

static bool has_private(EVP_PKEY *pkey) {
  BIGNUM *bn = NULL;
  int id = EVP_PKEY_get_base_id(pkey);
  bool r;
  if (id == EVP_PKEY_ED25519 || id == EVP_PKEY_ED448 || id == EVP_PKEY_X25519 ||
      id == EVP_PKEY_X448) {
    size_t len = 0;
    r = EVP_PKEY_get_raw_private_key(pkey, NULL, &len) == 1 && len > 0;
  } else if (id == EVP_PKEY_RSA || id == EVP_PKEY_RSA_PSS) {
    r = EVP_PKEY_get_bn_param(pkey, OSSL_PKEY_PARAM_RSA_D, &bn) == 1;
  } else {
    r = EVP_PKEY_get_bn_param(pkey, OSSL_PKEY_PARAM_PRIV_KEY, &bn) == 1;
  }
  BN_clear_free(bn);
  ERR_clear_error();
  return r;
}

/* A new key with only the public half of pkey (its SubjectPublicKeyInfo), or NULL. */
static EVP_PKEY *public_copy(EVP_PKEY *pkey) {
  unsigned char *der = NULL;
  int len = i2d_PUBKEY(pkey, &der);
  if (len <= 0) return NULL;
  const unsigned char *p = der;
  EVP_PKEY *pub = d2i_PUBKEY(NULL, &p, len);
  OPENSSL_free(der);
  return pub;
}

static const char *type_name(EVP_PKEY *pkey) {
  switch (EVP_PKEY_get_base_id(pkey)) {
  case EVP_PKEY_RSA: return "rsa";
  case EVP_PKEY_RSA_PSS: return "rsa-pss";
  case EVP_PKEY_DSA: return "dsa";
  case EVP_PKEY_DH: return "dh";
  case EVP_PKEY_EC: return "ec";
  case EVP_PKEY_ED25519: return "ed25519";
  case EVP_PKEY_ED448: return "ed448";
  case EVP_PKEY_X25519: return "x25519";
  case EVP_PKEY_X448: return "x448";
  default: return NULL;
  }
}

/* keyInfo(key) → [type, hasPrivate, bits, publicExponent bytes, curve, hash, mgf1Hash,
 * saltLength, divisorBits]; absent details are undefined. */
LODE_LOCKED_CB(key_info_cb) {
  LODE_CB_UNUSED;
  EVP_PKEY *pkey = key_arg(ctx, argc, argv, 0);
  if (pkey == NULL) return NULL;
  JSValueRef v[9];
  for (int i = 0; i < 9; i++) v[i] = JSValueMakeUndefined(ctx);
  const char *t = type_name(pkey);
  if (t != NULL) v[0] = lode_js_value_from_cstr(ctx, t);
  v[1] = JSValueMakeBoolean(ctx, has_private(pkey));
  v[2] = JSValueMakeNumber(ctx, EVP_PKEY_get_bits(pkey));
  int id = EVP_PKEY_get_base_id(pkey);
  BIGNUM *bn = NULL;
  char name[80];
  if (id == EVP_PKEY_RSA || id == EVP_PKEY_RSA_PSS) {
    if (EVP_PKEY_get_bn_param(pkey, OSSL_PKEY_PARAM_RSA_E, &bn) == 1) v[3] = bn_bytes(ctx, bn, 0);
    /* PSS restrictions: OpenSSL reports only those that differ from the defaults. */
    if (id == EVP_PKEY_RSA_PSS) {
      if (EVP_PKEY_get_utf8_string_param(pkey, OSSL_PKEY_PARAM_RSA_DIGEST, name, sizeof name,
                                         NULL) == 1)
        v[5] = lode_js_value_from_cstr(ctx, name);
      if (EVP_PKEY_get_utf8_string_param(pkey, OSSL_PKEY_PARAM_RSA_MGF1_DIGEST, name,
                                         sizeof name, NULL) == 1)
        v[6] = lode_js_value_from_cstr(ctx, name);
      int salt;
      if (EVP_PKEY_get_int_param(pkey, OSSL_PKEY_PARAM_RSA_PSS_SALTLEN, &salt) == 1)
        v[7] = JSValueMakeNumber(ctx, salt);
    }
  } else if (id == EVP_PKEY_EC) {
    if (EVP_PKEY_get_utf8_string_param(pkey, OSSL_PKEY_PARAM_GROUP_NAME, name, sizeof name,
                                       NULL) == 1)
      v[4] = lode_js_value_from_cstr(ctx, name);
  } else if (id == EVP_PKEY_DSA) {
    if (EVP_PKEY_get_bn_param(pkey, OSSL_PKEY_PARAM_FFC_Q, &bn) == 1)
      v[8] = JSValueMakeNumber(ctx, BN_num_bits(bn));
  }
  BN_free(bn);
  ERR_clear_error();
  return lode_js_array(ctx, 9, v);
}

/* keyEquals(a, b) → whether both hold the same key. */
LODE_LOCKED_CB(key_equals_cb) {
  LODE_CB_UNUSED;
  EVP_PKEY *a = key_arg(ctx, argc, argv, 0), *b = key_arg(ctx, argc, argv, 1);
  bool eq = a != NULL && b != NULL && EVP_PKEY_eq(a, b) == 1;
  ERR_clear_error();
  return JSValueMakeBoolean(ctx, eq);
}

/* keyPublic(key) → a new handle with the public half only. */
LODE_LOCKED_CB(key_public_cb) {
  LODE_CB_UNUSED;
  EVP_PKEY *pkey = key_arg(ctx, argc, argv, 0);
  if (pkey == NULL) return code(ctx, E_STATE);
  EVP_PKEY *pub = public_copy(pkey);
  if (pub == NULL) return openssl_failure(ctx);
  return make_key(ctx, pub);
}

/* ---- Parsing and exporting ---- */

typedef struct pass_state_s {
  bool asked;
} pass_state_t;

/* Passphrase callback used when none was given: note that one was needed and fail. */
static int no_passphrase_cb(char *buf, int size, int rwflag, void *u) {
  (void)buf, (void)size, (void)rwflag;
  ((pass_state_t *)u)->asked = true;
  return -1;
}

/* Decodes data (PEM if pem, else DER) into a key; structure and key type may be NULL. */
static EVP_PKEY *decode_key(const uint8_t *data, size_t len, bool pem, const char *structure,
                            const char *keytype, int selection, const lode__crypto_bytes_t *pass,
                            pass_state_t *ps) {
  EVP_PKEY *pkey = NULL;
  OSSL_DECODER_CTX *dctx = OSSL_DECODER_CTX_new_for_pkey(&pkey, pem ? "PEM" : "DER", structure,
                                                         keytype, selection, NULL, NULL);
  if (dctx == NULL) return NULL;
  if (pass != NULL)
    OSSL_DECODER_CTX_set_passphrase(dctx, pass->data, pass->len);
  else
    OSSL_DECODER_CTX_set_pem_password_cb(dctx, no_passphrase_cb, ps);
  const unsigned char *p = data;
  size_t left = len;
  if (OSSL_DECODER_from_data(dctx, &p, &left) != 1) {
    EVP_PKEY_free(pkey);
    pkey = NULL;
  }
  OSSL_DECODER_CTX_free(dctx);
  return pkey;
}

static bool contains(const uint8_t *data, size_t len, const char *s) {
  size_t n = strlen(s);
  for (size_t i = 0; i + n <= len; i++) {
    if (memcmp(data + i, s, n) == 0) return true;
  }
  return false;
}

/* keyParse(data, pem, structure, wantPublic, passphrase|null) → key handle or a code.
 * structure (DER only): 0 pkcs8, 1 pkcs1, 2 sec1, 3 spki, -1 any. A public key is derived
 * from a private key or a certificate when wantPublic. */
LODE_LOCKED_CB(key_parse_cb) {
  LODE_CB_UNUSED;
  lode__crypto_bytes_t data, pass;
  if (!lode__crypto_get_bytes(ctx, argc, argv, 0, &data)) return code(ctx, E_STATE);
  bool pem = argc > 1 && JSValueToBoolean(ctx, argv[1]);
  int structure = (int)num_arg(ctx, argc, argv, 2, -1);
  bool want_public = argc > 3 && JSValueToBoolean(ctx, argv[3]);
  bool have_pass = lode__crypto_get_bytes(ctx, argc, argv, 4, &pass);
  pass_state_t ps = {false};
  EVP_PKEY *pkey = NULL;
  ERR_clear_error();
  if (pem) {
    if (want_public && contains(data.data, data.len, "-----BEGIN CERTIFICATE-----")) {
      BIO *bio = BIO_new_mem_buf(data.data, (int)data.len);
      X509 *x = PEM_read_bio_X509(bio, NULL, NULL, NULL);
      BIO_free(bio);
      if (x != NULL) pkey = X509_get_pubkey(x);
      X509_free(x);
    } else {
      int sel = want_public ? 0 : EVP_PKEY_KEYPAIR;
      pkey = decode_key(data.data, data.len, true, NULL, NULL, sel, have_pass ? &pass : NULL,
                        &ps);
    }
  } else {
    static const char *const structs[] = {"PrivateKeyInfo", "type-specific", "type-specific",
                                          "SubjectPublicKeyInfo"};
    static const char *const types[] = {NULL, "RSA", "EC", NULL};
    const char *st = structure >= 0 && structure < 4 ? structs[structure] : NULL;
    const char *kt = structure >= 0 && structure < 4 ? types[structure] : NULL;
    int sel = structure == 3 ? EVP_PKEY_PUBLIC_KEY : want_public && structure == 1 ? 0
                                                                                    : EVP_PKEY_KEYPAIR;
    pkey = decode_key(data.data, data.len, false, st, kt, sel, have_pass ? &pass : NULL, &ps);
    if (pkey == NULL && structure == 0) {
      ERR_clear_error();
      pkey = decode_key(data.data, data.len, false, "EncryptedPrivateKeyInfo", NULL,
                        EVP_PKEY_KEYPAIR, have_pass ? &pass : NULL, &ps);
    }
  }
  free(data.owned);
  if (have_pass) free(pass.owned);
  if (pkey == NULL) {
    if (ps.asked) {
      ERR_clear_error();
      return code(ctx, pem ? E_PASSPHRASE_PEM : E_PASSPHRASE);
    }
    /* The decoders queue one error per attempt: the first says what was wrong. */
    lode__crypto_set_error(ERR_peek_error());
    ERR_clear_error();
    return code(ctx, E_OPENSSL);
  }
  if (want_public) {
    if (has_private(pkey)) {
      EVP_PKEY *pub = public_copy(pkey);
      EVP_PKEY_free(pkey);
      if (pub == NULL) return openssl_failure(ctx);
      pkey = pub;
    }
  } else if (!has_private(pkey)) {
    /* A public key where a private one was needed. */
    EVP_PKEY_free(pkey);
    return code(ctx, E_NOT_PRIVATE);
  }
  ERR_clear_error();
  return make_key(ctx, pkey);
}

/* keyExport(key, pem, structure, private, cipherName|null, passphrase|null) → Uint8Array
 * (the PEM text or the DER bytes) or a code. structure as in keyParse. */
LODE_LOCKED_CB(key_export_cb) {
  LODE_CB_UNUSED;
  EVP_PKEY *pkey = key_arg(ctx, argc, argv, 0);
  if (pkey == NULL) return code(ctx, E_STATE);
  bool pem = argc > 1 && JSValueToBoolean(ctx, argv[1]);
  int structure = (int)num_arg(ctx, argc, argv, 2, 0);
  bool priv = argc > 3 && JSValueToBoolean(ctx, argv[3]);
  static const char *const structs[] = {"PrivateKeyInfo", "type-specific", "type-specific",
                                        "SubjectPublicKeyInfo"};
  if (structure < 0 || structure > 3) return code(ctx, E_STATE);
  int sel = priv ? OSSL_KEYMGMT_SELECT_ALL
                 : OSSL_KEYMGMT_SELECT_PUBLIC_KEY | OSSL_KEYMGMT_SELECT_ALL_PARAMETERS;
  OSSL_ENCODER_CTX *ectx =
      OSSL_ENCODER_CTX_new_for_pkey(pkey, sel, pem ? "PEM" : "DER", structs[structure], NULL);
  if (ectx == NULL || OSSL_ENCODER_CTX_get_num_encoders(ectx) == 0) {
    OSSL_ENCODER_CTX_free(ectx);
    return openssl_failure(ctx);
  }
  char *cipher = str_arg(ctx, argc, argv, 4);
  bool ok = true;
  if (cipher != NULL) {
    lode__crypto_bytes_t pass;
    if (!lode__crypto_get_bytes(ctx, argc, argv, 5, &pass)) {
      pass.data = (const uint8_t *)"";
      pass.len = 0;
      pass.owned = NULL;
    }
    ok = OSSL_ENCODER_CTX_set_cipher(ectx, cipher, NULL) == 1 &&
         OSSL_ENCODER_CTX_set_passphrase(ectx, pass.data, pass.len) == 1;
    free(pass.owned);
    free(cipher);
  }
  unsigned char *out = NULL;
  size_t out_len = 0;
  ok = ok && OSSL_ENCODER_to_data(ectx, &out, &out_len) == 1;
  OSSL_ENCODER_CTX_free(ectx);
  if (!ok) return openssl_failure(ctx);
  JSValueRef v = copy_bytes(ctx, out, out_len);
  OPENSSL_free(out);
  return v;
}

/* ---- JWK components ---- */

static JSValueRef bn_param_bytes(JSContextRef ctx, EVP_PKEY *pkey, const char *name, int pad) {
  BIGNUM *bn = NULL;
  if (EVP_PKEY_get_bn_param(pkey, name, &bn) != 1) return JSValueMakeUndefined(ctx);
  JSValueRef v = bn_bytes(ctx, bn, pad);
  BN_clear_free(bn);
  return v;
}

/* keyComponents(key, private) → RSA [n, e, d, p, q, dp, dq, qi], EC [x, y, d],
 * OKP [public, private]; private parts only when asked. */
LODE_LOCKED_CB(key_components_cb) {
  LODE_CB_UNUSED;
  EVP_PKEY *pkey = key_arg(ctx, argc, argv, 0);
  if (pkey == NULL) return code(ctx, E_STATE);
  bool priv = argc > 1 && JSValueToBoolean(ctx, argv[1]);
  JSValueRef v[8];
  size_t n = 0;
  int id = EVP_PKEY_get_base_id(pkey);
  if (id == EVP_PKEY_RSA || id == EVP_PKEY_RSA_PSS) {
    static const char *const names[] = {
        OSSL_PKEY_PARAM_RSA_N,         OSSL_PKEY_PARAM_RSA_E,         OSSL_PKEY_PARAM_RSA_D,
        OSSL_PKEY_PARAM_RSA_FACTOR1,   OSSL_PKEY_PARAM_RSA_FACTOR2,   OSSL_PKEY_PARAM_RSA_EXPONENT1,
        OSSL_PKEY_PARAM_RSA_EXPONENT2, OSSL_PKEY_PARAM_RSA_COEFFICIENT1};
    n = priv ? 8 : 2;
    for (size_t i = 0; i < n; i++) v[i] = bn_param_bytes(ctx, pkey, names[i], 0);
  } else if (id == EVP_PKEY_EC) {
    int size = (EVP_PKEY_get_bits(pkey) + 7) / 8;
    v[0] = bn_param_bytes(ctx, pkey, OSSL_PKEY_PARAM_EC_PUB_X, size);
    v[1] = bn_param_bytes(ctx, pkey, OSSL_PKEY_PARAM_EC_PUB_Y, size);
    n = 2;
    if (priv) v[n++] = bn_param_bytes(ctx, pkey, OSSL_PKEY_PARAM_PRIV_KEY, size);
  } else if (id == EVP_PKEY_ED25519 || id == EVP_PKEY_ED448 || id == EVP_PKEY_X25519 ||
             id == EVP_PKEY_X448) {
    uint8_t buf[64];
    size_t len = sizeof buf;
    v[n++] = EVP_PKEY_get_raw_public_key(pkey, buf, &len) == 1 ? copy_bytes(ctx, buf, len)
                                                              : JSValueMakeUndefined(ctx);
    len = sizeof buf;
    if (priv)
      v[n++] = EVP_PKEY_get_raw_private_key(pkey, buf, &len) == 1 ? copy_bytes(ctx, buf, len)
                                                                 : JSValueMakeUndefined(ctx);
    OPENSSL_cleanse(buf, sizeof buf);
  } else {
    return code(ctx, E_UNKNOWN);
  }
  ERR_clear_error();
  return lode_js_array(ctx, n, v);
}

static bool push_bn(OSSL_PARAM_BLD *bld, const char *name, JSContextRef ctx, JSObjectRef arr,
                    unsigned i, BIGNUM **keep) {
  JSValueRef item = JSObjectGetPropertyAtIndex(ctx, arr, i, NULL);
  const JSValueRef one[1] = {item};
  BIGNUM *bn = bn_arg(ctx, 1, one, 0);
  if (bn == NULL) return false;
  *keep = bn;
  return OSSL_PARAM_BLD_push_BN(bld, name, bn) == 1;
}

/* An EC public point for the private scalar d on the curve (uncompressed octets), or NULL. */
static unsigned char *ec_public_from_private(const char *curve, const BIGNUM *d, size_t *len) {
  EC_GROUP *group = EC_GROUP_new_by_curve_name(OBJ_sn2nid(curve));
  if (group == NULL) return NULL;
  EC_POINT *pt = EC_POINT_new(group);
  unsigned char *out = NULL;
  if (pt != NULL && !BN_is_zero(d) && BN_cmp(d, EC_GROUP_get0_order(group)) < 0 &&
      EC_POINT_mul(group, pt, d, NULL, NULL, NULL) == 1) {
    *len = EC_POINT_point2buf(group, pt, POINT_CONVERSION_UNCOMPRESSED, &out, NULL);
    if (*len == 0) out = NULL;
  }
  EC_POINT_free(pt);
  EC_GROUP_free(group);
  return out;
}

/* keyFromComponents(type, curve|null, components[], private) → key handle or a code.
 * RSA components as keyComponents gives them; EC [point octets|null, d|null] (the point is
 * computed from d when absent); OKP (type 'ed25519'...) [public|null, private|null]. */
LODE_LOCKED_CB(key_from_components_cb) {
  LODE_CB_UNUSED;
  char *type = str_arg(ctx, argc, argv, 0);
  char *curve = str_arg(ctx, argc, argv, 1);
  if (type == NULL || argc < 3 || !JSValueIsObject(ctx, argv[2])) {
    free(type);
    free(curve);
    return code(ctx, E_STATE);
  }
  JSObjectRef comps = (JSObjectRef)argv[2];
  bool priv = argc > 3 && JSValueToBoolean(ctx, argv[3]);
  EVP_PKEY *pkey = NULL;
  int sel = priv ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY;
  ERR_clear_error();
  if (strcmp(type, "rsa") == 0) {
    static const char *const names[] = {
        OSSL_PKEY_PARAM_RSA_N,         OSSL_PKEY_PARAM_RSA_E,         OSSL_PKEY_PARAM_RSA_D,
        OSSL_PKEY_PARAM_RSA_FACTOR1,   OSSL_PKEY_PARAM_RSA_FACTOR2,   OSSL_PKEY_PARAM_RSA_EXPONENT1,
        OSSL_PKEY_PARAM_RSA_EXPONENT2, OSSL_PKEY_PARAM_RSA_COEFFICIENT1};
    BIGNUM *bns[8] = {NULL};
    OSSL_PARAM_BLD *bld = OSSL_PARAM_BLD_new();
    bool ok = bld != NULL;
    unsigned n = priv ? 8 : 2;
    for (unsigned i = 0; ok && i < n; i++) ok = push_bn(bld, names[i], ctx, comps, i, &bns[i]);
    OSSL_PARAM *params = ok ? OSSL_PARAM_BLD_to_param(bld) : NULL;
    EVP_PKEY_CTX *pctx = params ? EVP_PKEY_CTX_new_from_name(NULL, "RSA", NULL) : NULL;
    if (pctx == NULL || EVP_PKEY_fromdata_init(pctx) != 1 ||
        EVP_PKEY_fromdata(pctx, &pkey, sel, params) != 1)
      pkey = NULL;
    EVP_PKEY_CTX_free(pctx);
    OSSL_PARAM_free(params);
    OSSL_PARAM_BLD_free(bld);
    for (unsigned i = 0; i < 8; i++) BN_clear_free(bns[i]);
  } else if (strcmp(type, "ec") == 0 && curve != NULL) {
    JSValueRef item[2] = {JSObjectGetPropertyAtIndex(ctx, comps, 0, NULL),
                          JSObjectGetPropertyAtIndex(ctx, comps, 1, NULL)};
    lode__crypto_bytes_t point;
    bool have_point = lode__crypto_get_bytes(ctx, 2, item, 0, &point);
    BIGNUM *d = priv ? bn_arg(ctx, 2, item, 1) : NULL;
    unsigned char *computed = NULL;
    size_t computed_len = 0;
    if (d != NULL && !have_point) {
      computed = ec_public_from_private(curve, d, &computed_len);
      if (computed != NULL) {
        point.data = computed;
        point.len = computed_len;
        point.owned = NULL;
        have_point = true;
      }
    }
    OSSL_PARAM_BLD *bld = OSSL_PARAM_BLD_new();
    bool ok = bld != NULL && have_point && (!priv || d != NULL) &&
              OSSL_PARAM_BLD_push_utf8_string(bld, OSSL_PKEY_PARAM_GROUP_NAME, curve, 0) == 1 &&
              OSSL_PARAM_BLD_push_octet_string(bld, OSSL_PKEY_PARAM_PUB_KEY, point.data,
                                               point.len) == 1 &&
              (d == NULL || OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_PRIV_KEY, d) == 1);
    OSSL_PARAM *params = ok ? OSSL_PARAM_BLD_to_param(bld) : NULL;
    EVP_PKEY_CTX *pctx = params ? EVP_PKEY_CTX_new_from_name(NULL, "EC", NULL) : NULL;
    if (pctx == NULL || EVP_PKEY_fromdata_init(pctx) != 1 ||
        EVP_PKEY_fromdata(pctx, &pkey, sel, params) != 1)
      pkey = NULL;
    if (pkey != NULL && d != NULL && computed == NULL) {
      /* Both halves were given: they must belong together. */
      EVP_PKEY_CTX *check = EVP_PKEY_CTX_new_from_pkey(NULL, pkey, NULL);
      if (check == NULL || EVP_PKEY_pairwise_check(check) != 1) {
        EVP_PKEY_free(pkey);
        pkey = NULL;
      }
      EVP_PKEY_CTX_free(check);
    }
    EVP_PKEY_CTX_free(pctx);
    OSSL_PARAM_free(params);
    OSSL_PARAM_BLD_free(bld);
    BN_clear_free(d);
    if (have_point) free(point.owned);
    OPENSSL_free(computed);
  } else {
    const char *alg = strcmp(type, "ed25519") == 0  ? "ED25519"
                      : strcmp(type, "ed448") == 0  ? "ED448"
                      : strcmp(type, "x25519") == 0 ? "X25519"
                      : strcmp(type, "x448") == 0   ? "X448"
                                                    : NULL;
    if (alg != NULL) {
      JSValueRef item[2] = {JSObjectGetPropertyAtIndex(ctx, comps, 0, NULL),
                            JSObjectGetPropertyAtIndex(ctx, comps, 1, NULL)};
      lode__crypto_bytes_t b;
      if (lode__crypto_get_bytes(ctx, 2, item, priv ? 1 : 0, &b)) {
        pkey = priv ? EVP_PKEY_new_raw_private_key_ex(NULL, alg, NULL, b.data, b.len)
                    : EVP_PKEY_new_raw_public_key_ex(NULL, alg, NULL, b.data, b.len);
        free(b.owned);
      }
      if (pkey != NULL && priv && lode__crypto_get_bytes(ctx, 2, item, 0, &b)) {
        /* The public half given with the private one must match it. */
        uint8_t pub[64];
        size_t len = sizeof pub;
        if (EVP_PKEY_get_raw_public_key(pkey, pub, &len) != 1 || len != b.len ||
            memcmp(pub, b.data, len) != 0) {
          EVP_PKEY_free(pkey);
          pkey = NULL;
        }
        free(b.owned);
      }
    }
  }
  free(type);
  free(curve);
  if (pkey == NULL) {
    ERR_clear_error();
    return code(ctx, E_BAD_KEY);
  }
  return make_key(ctx, pkey);
}

/* ecPointConvert(curve, point, form) → the point re-encoded (form 2 compressed,
 * 4 uncompressed, 6 hybrid), or a code (E_BAD_KEY if it is not a point of the curve,
 * E_UNKNOWN for an unknown curve). */
LODE_LOCKED_CB(ec_point_convert_cb) {
  LODE_CB_UNUSED;
  char *curve = str_arg(ctx, argc, argv, 0);
  int nid = curve ? OBJ_sn2nid(curve) : NID_undef;
  if (nid == NID_undef && curve) nid = EC_curve_nist2nid(curve);
  free(curve);
  EC_GROUP *group = nid != NID_undef ? EC_GROUP_new_by_curve_name(nid) : NULL;
  ERR_clear_error();
  if (group == NULL) return code(ctx, E_UNKNOWN);
  lode__crypto_bytes_t b;
  if (!lode__crypto_get_bytes(ctx, argc, argv, 1, &b)) {
    EC_GROUP_free(group);
    return code(ctx, E_STATE);
  }
  int form = (int)num_arg(ctx, argc, argv, 2, 4);
  EC_POINT *pt = EC_POINT_new(group);
  unsigned char *out = NULL;
  size_t len = 0;
  if (pt != NULL && EC_POINT_oct2point(group, pt, b.data, b.len, NULL) == 1)
    len = EC_POINT_point2buf(group, pt, (point_conversion_form_t)form, &out, NULL);
  free(b.owned);
  EC_POINT_free(pt);
  EC_GROUP_free(group);
  ERR_clear_error();
  if (len == 0) return code(ctx, E_BAD_KEY);
  JSValueRef v = copy_bytes(ctx, out, len);
  OPENSSL_free(out);
  return v;
}

/* ---- Thread-pool jobs: key generation, sign/verify, primes ---- */

typedef enum { JOB_KEYGEN, JOB_SIGN, JOB_VERIFY, JOB_PRIME, JOB_CHECK_PRIME } pk_job_kind_t;

typedef struct pk_job_s {
  lode__crypto_job_t base;
  pk_job_kind_t kind;
  EVP_PKEY *pkey;  /* a reference of our own (sign/verify), or the generated key */
  EVP_PKEY_CTX *gen;
  const EVP_MD *md;
  uint8_t *data, *sig;
  size_t data_len, sig_len;
  int padding, salt_len, dsa_encoding;
  bool prehashed;
  uint8_t *out;
  size_t out_len;
  int result;
  BIGNUM *bn, *add, *rem;
  int bits, checks;
  bool safe;
} pk_job_t;

static void pk_job_free(pk_job_t *j) {
  EVP_PKEY_free(j->pkey);
  EVP_PKEY_CTX_free(j->gen);
  if (j->data) OPENSSL_clear_free(j->data, j->data_len);
  free(j->sig);
  free(j->out);
  BN_free(j->bn);
  BN_free(j->add);
  BN_free(j->rem);
  free(j);
}

/* Size in bytes of r and s in an IEEE P1363 signature by pkey (0 if it makes none). */
static int p1363_size(EVP_PKEY *pkey) {
  int id = EVP_PKEY_get_base_id(pkey);
  if (id == EVP_PKEY_EC) return (EVP_PKEY_get_bits(pkey) + 7) / 8;
  if (id == EVP_PKEY_DSA) {
    BIGNUM *q = NULL;
    int n = 0;
    if (EVP_PKEY_get_bn_param(pkey, OSSL_PKEY_PARAM_FFC_Q, &q) == 1) n = BN_num_bytes(q);
    BN_free(q);
    return n;
  }
  return 0;
}

static bool set_rsa_options(EVP_PKEY_CTX *pctx, pk_job_t *j) {
  int id = EVP_PKEY_get_base_id(j->pkey);
  if (id != EVP_PKEY_RSA && id != EVP_PKEY_RSA_PSS) return true;
  if (j->padding >= 0 && EVP_PKEY_CTX_set_rsa_padding(pctx, j->padding) != 1) return false;
  int padding = j->padding >= 0 ? j->padding : id == EVP_PKEY_RSA_PSS ? RSA_PKCS1_PSS_PADDING : 0;
  if (padding == RSA_PKCS1_PSS_PADDING && j->salt_len != INT_MIN &&
      EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, j->salt_len) != 1)
    return false;
  return true;
}

static int do_sign(pk_job_t *j) {
  size_t len = 0;
  int ok = 0;
  if (j->prehashed) {
    EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new_from_pkey(NULL, j->pkey, NULL);
    ok = pctx != NULL && EVP_PKEY_sign_init(pctx) == 1 && set_rsa_options(pctx, j) &&
         EVP_PKEY_CTX_set_signature_md(pctx, j->md) == 1 &&
         EVP_PKEY_sign(pctx, NULL, &len, j->data, j->data_len) == 1;
    if (ok) {
      j->out = malloc(len ? len : 1);
      CHECK(j->out != NULL);
      ok = EVP_PKEY_sign(pctx, j->out, &len, j->data, j->data_len) == 1;
    }
    EVP_PKEY_CTX_free(pctx);
  } else {
    EVP_MD_CTX *mctx = EVP_MD_CTX_new();
    EVP_PKEY_CTX *pctx = NULL;
    ok = mctx != NULL && EVP_DigestSignInit(mctx, &pctx, j->md, NULL, j->pkey) == 1 &&
         set_rsa_options(pctx, j) &&
         EVP_DigestSign(mctx, NULL, &len, j->data, j->data_len) == 1;
    if (ok) {
      j->out = malloc(len ? len : 1);
      CHECK(j->out != NULL);
      ok = EVP_DigestSign(mctx, j->out, &len, j->data, j->data_len) == 1;
    }
    EVP_MD_CTX_free(mctx);
  }
  if (!ok) return 0;
  j->out_len = len;
  int n = j->dsa_encoding == 1 ? p1363_size(j->pkey) : 0;
  if (n > 0) {
    /* DER ECDSA-Sig-Value → r || s, each n bytes. */
    const unsigned char *p = j->out;
    ECDSA_SIG *sig = d2i_ECDSA_SIG(NULL, &p, (long)len);
    if (sig == NULL) return 0;
    uint8_t *raw = malloc(2 * (size_t)n);
    CHECK(raw != NULL);
    ok = BN_bn2binpad(ECDSA_SIG_get0_r(sig), raw, n) == n &&
         BN_bn2binpad(ECDSA_SIG_get0_s(sig), raw + n, n) == n;
    ECDSA_SIG_free(sig);
    free(j->out);
    j->out = raw;
    j->out_len = 2 * (size_t)n;
  }
  return ok;
}

static int do_verify(pk_job_t *j) {
  const uint8_t *sig = j->sig;
  size_t sig_len = j->sig_len;
  unsigned char *der = NULL;
  int n = j->dsa_encoding == 1 ? p1363_size(j->pkey) : 0;
  if (n > 0) {
    if (sig_len != 2 * (size_t)n) {
      j->result = 0;
      return 1;
    }
    ECDSA_SIG *s = ECDSA_SIG_new();
    BIGNUM *r = BN_bin2bn(sig, n, NULL), *ss = BN_bin2bn(sig + n, n, NULL);
    int len = 0;
    if (s != NULL && r != NULL && ss != NULL && ECDSA_SIG_set0(s, r, ss) == 1) {
      r = ss = NULL;
      len = i2d_ECDSA_SIG(s, &der);
    }
    BN_free(r);
    BN_free(ss);
    ECDSA_SIG_free(s);
    if (len <= 0) return 0;
    sig = der;
    sig_len = (size_t)len;
  }
  int r;
  if (j->prehashed) {
    EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new_from_pkey(NULL, j->pkey, NULL);
    r = pctx != NULL && EVP_PKEY_verify_init(pctx) == 1 && set_rsa_options(pctx, j) &&
                EVP_PKEY_CTX_set_signature_md(pctx, j->md) == 1
            ? EVP_PKEY_verify(pctx, sig, sig_len, j->data, j->data_len)
            : -1;
    EVP_PKEY_CTX_free(pctx);
  } else {
    EVP_MD_CTX *mctx = EVP_MD_CTX_new();
    EVP_PKEY_CTX *pctx = NULL;
    r = mctx != NULL && EVP_DigestVerifyInit(mctx, &pctx, j->md, NULL, j->pkey) == 1 &&
                set_rsa_options(pctx, j)
            ? EVP_DigestVerify(mctx, sig, sig_len, j->data, j->data_len)
            : -1;
    EVP_MD_CTX_free(mctx);
  }
  OPENSSL_free(der);
  if (r < 0) {
    /* A malformed signature is a failed verification, not an error. */
    unsigned long e = ERR_peek_last_error();
    int reason = ERR_GET_REASON(e);
    if (e == 0 || ERR_GET_LIB(e) == ERR_LIB_ASN1 || reason == ERR_R_NESTED_ASN1_ERROR ||
        ERR_GET_LIB(e) == ERR_LIB_EC) {
      ERR_clear_error();
      r = 0;
    } else {
      return 0;
    }
  }
  j->result = r == 1;
  ERR_clear_error();
  return 1;
}

static int pk_job_work(lode__crypto_job_t *b) {
  pk_job_t *j = (pk_job_t *)b;
  int ok = 0;
  switch (j->kind) {
  case JOB_KEYGEN: ok = EVP_PKEY_generate(j->gen, &j->pkey) == 1; break;
  case JOB_SIGN: ok = do_sign(j); break;
  case JOB_VERIFY: ok = do_verify(j); break;
  case JOB_PRIME: {
    BN_CTX *bctx = BN_CTX_new();
    j->bn = BN_new();
    ok = bctx != NULL && j->bn != NULL &&
         BN_generate_prime_ex2(j->bn, j->bits, j->safe, j->add, j->rem, NULL, bctx) == 1;
    BN_CTX_free(bctx);
    break;
  }
  case JOB_CHECK_PRIME: {
    BN_CTX *bctx = BN_CTX_new();
    j->result = bctx != NULL ? BN_check_prime(j->bn, bctx, NULL) : -1;
    ok = j->result >= 0;
    BN_CTX_free(bctx);
    break;
  }
  }
  return ok;
}

static JSValueRef pk_job_result(JSContextRef ctx, lode__crypto_job_t *b) {
  pk_job_t *j = (pk_job_t *)b;
  switch (j->kind) {
  case JOB_KEYGEN: {
    EVP_PKEY *pkey = j->pkey;
    j->pkey = NULL;
    return make_key(ctx, pkey);
  }
  case JOB_SIGN: {
    JSValueRef v = lode__crypto_make_bytes(ctx, j->out, j->out_len);
    j->out = NULL;
    return v;
  }
  case JOB_VERIFY:
  case JOB_CHECK_PRIME: return JSValueMakeBoolean(ctx, j->result == 1);
  case JOB_PRIME: return bn_bytes(ctx, j->bn, 0);
  }
  return NULL;
}

static void pk_job_free_base(lode__crypto_job_t *b) {
  pk_job_free((pk_job_t *)b);
}

static const lode__crypto_job_ops_t pk_job_ops = {pk_job_work, pk_job_result, pk_job_free_base};

static JSValueRef pk_job_run(JSContextRef ctx, pk_job_t *j, size_t argc, const JSValueRef argv[],
                             size_t req_index) {
  return lode__crypto_job_run(ctx, &j->base, argc, argv, req_index);
}

static pk_job_t *pk_job_new(pk_job_kind_t kind) {
  pk_job_t *j = calloc(1, sizeof *j);
  CHECK(j != NULL);
  j->base.ops = &pk_job_ops;
  j->kind = kind;
  j->padding = -1;
  j->salt_len = INT_MIN;
  return j;
}

static bool job_copy(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i,
                     uint8_t **out, size_t *len) {
  lode__crypto_bytes_t b;
  if (!lode__crypto_get_bytes(ctx, argc, argv, i, &b)) return false;
  *out = dup_bytes(b.data, b.len);
  *len = b.len;
  free(b.owned);
  return true;
}

/* keyGenerate(type, a, b, c, d, e[, req]) → a private key handle (the public one is
 * keyPublic of it) or a code. rsa/rsa-pss: a = modulusLength, b = publicExponent,
 * c = hash, d = mgf1Hash, e = saltLength (rsa-pss, each optional); ec: a = curve,
 * b = 'explicit' for explicit parameters; ed25519, ed448, x25519, x448: none; dsa: a =
 * modulusLength, b = divisorLength; dh: a = group name ('modp14'...) or prime length, b =
 * generator. */
LODE_LOCKED_CB(key_generate_cb) {
  LODE_CB_UNUSED;
  char *type = str_arg(ctx, argc, argv, 0);
  if (type == NULL) return code(ctx, E_STATE);
  EVP_PKEY_CTX *gen = NULL;
  bool ok = false;
  ERR_clear_error();
  if (strcmp(type, "rsa") == 0 || strcmp(type, "rsa-pss") == 0) {
    bool pss = type[3] == '-';
    gen = EVP_PKEY_CTX_new_from_name(NULL, pss ? "RSA-PSS" : "RSA", NULL);
    double e = num_arg(ctx, argc, argv, 2, 65537);
    BIGNUM *bn = BN_new();
    ok = gen != NULL && bn != NULL && EVP_PKEY_keygen_init(gen) == 1 &&
         EVP_PKEY_CTX_set_rsa_keygen_bits(gen, (int)num_arg(ctx, argc, argv, 1, 2048)) == 1 &&
         BN_set_word(bn, (BN_ULONG)e) == 1 && EVP_PKEY_CTX_set1_rsa_keygen_pubexp(gen, bn) == 1;
    BN_free(bn);
    if (ok && pss) {
      char *hash = str_arg(ctx, argc, argv, 3), *mgf1 = str_arg(ctx, argc, argv, 4);
      if (hash) ok = EVP_PKEY_CTX_set_rsa_pss_keygen_md_name(gen, hash, NULL) == 1;
      if (ok && mgf1) ok = EVP_PKEY_CTX_set_rsa_pss_keygen_mgf1_md_name(gen, mgf1) == 1;
      if (ok && argc > 5 && JSValueIsNumber(ctx, argv[5]))
        ok = EVP_PKEY_CTX_set_rsa_pss_keygen_saltlen(gen, (int)num_arg(ctx, argc, argv, 5, 0)) == 1;
      free(hash);
      free(mgf1);
    }
  } else if (strcmp(type, "ec") == 0) {
    char *curve = str_arg(ctx, argc, argv, 1), *enc = str_arg(ctx, argc, argv, 2);
    int nid = curve ? OBJ_sn2nid(curve) : NID_undef;
    if (nid == NID_undef && curve) nid = EC_curve_nist2nid(curve);
    gen = EVP_PKEY_CTX_new_from_name(NULL, "EC", NULL);
    ok = gen != NULL && nid != NID_undef && EVP_PKEY_keygen_init(gen) == 1 &&
         EVP_PKEY_CTX_set_group_name(gen, OBJ_nid2sn(nid)) == 1;
    if (ok) {
      OSSL_PARAM params[2] = {
          OSSL_PARAM_construct_utf8_string(
              OSSL_PKEY_PARAM_EC_ENCODING,
              (char *)(enc && strcmp(enc, "explicit") == 0 ? "explicit" : "named_curve"), 0),
          OSSL_PARAM_construct_end()};
      ok = EVP_PKEY_CTX_set_params(gen, params) == 1;
    }
    free(curve);
    free(enc);
  } else if (strcmp(type, "ed25519") == 0 || strcmp(type, "ed448") == 0 ||
             strcmp(type, "x25519") == 0 || strcmp(type, "x448") == 0) {
    gen = EVP_PKEY_CTX_new_from_name(NULL, type, NULL);
    ok = gen != NULL && EVP_PKEY_keygen_init(gen) == 1;
  } else if (strcmp(type, "dsa") == 0 || strcmp(type, "dh") == 0) {
    /* Parameters first (synchronously: cheap for named DH groups; DSA parameter generation
     * is slow but rare), then the key. */
    bool dsa = type[1] == 's';
    EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new_from_name(NULL, dsa ? "DSA" : "DH", NULL);
    EVP_PKEY *params = NULL;
    char *group = str_arg(ctx, argc, argv, 1);
    if (pctx != NULL && EVP_PKEY_paramgen_init(pctx) == 1) {
      if (dsa) {
        ok = EVP_PKEY_CTX_set_dsa_paramgen_bits(pctx, (int)num_arg(ctx, argc, argv, 1, 2048)) == 1 &&
             (argc <= 2 || !JSValueIsNumber(ctx, argv[2]) ||
              EVP_PKEY_CTX_set_dsa_paramgen_q_bits(pctx, (int)num_arg(ctx, argc, argv, 2, 256)) == 1);
      } else if (group != NULL) {
        static const char *const groups[][2] = {{"modp5", "modp_1536"}, {"modp14", "modp_2048"},
                                                {"modp15", "modp_3072"}, {"modp16", "modp_4096"},
                                                {"modp17", "modp_6144"}, {"modp18", "modp_8192"}};
        const char *name = NULL;
        for (size_t i = 0; i < sizeof groups / sizeof groups[0]; i++) {
          if (strcmp(group, groups[i][0]) == 0) name = groups[i][1];
        }
        OSSL_PARAM p[2] = {
            OSSL_PARAM_construct_utf8_string(OSSL_PKEY_PARAM_GROUP_NAME, (char *)name, 0),
            OSSL_PARAM_construct_end()};
        ok = name != NULL && EVP_PKEY_CTX_set_params(pctx, p) == 1;
      } else {
        ok = EVP_PKEY_CTX_set_dh_paramgen_prime_len(pctx, (int)num_arg(ctx, argc, argv, 1, 2048)) ==
                 1 &&
             EVP_PKEY_CTX_set_dh_paramgen_generator(pctx, (int)num_arg(ctx, argc, argv, 2, 2)) == 1;
      }
      ok = ok && EVP_PKEY_paramgen(pctx, &params) == 1;
    }
    free(group);
    EVP_PKEY_CTX_free(pctx);
    if (ok) {
      gen = EVP_PKEY_CTX_new_from_pkey(NULL, params, NULL);
      ok = gen != NULL && EVP_PKEY_keygen_init(gen) == 1;
    }
    EVP_PKEY_free(params);
  }
  free(type);
  if (!ok) {
    EVP_PKEY_CTX_free(gen);
    return openssl_failure(ctx);
  }
  pk_job_t *j = pk_job_new(JOB_KEYGEN);
  j->gen = gen;
  return pk_job_run(ctx, j, argc, argv, 6);
}

/* sign(key, digest|null, data, padding, saltLength, dsaEncoding, prehashed[, req]) →
 * signature bytes or a code. padding -1 and saltLength NaN mean the defaults; dsaEncoding
 * 1 is IEEE P1363 (r || s). With prehashed, data is the digest.
 * verify(key, digest|null, data, signature, padding, saltLength, dsaEncoding,
 * prehashed[, req]) → boolean or a code. The same but for the signature after data. */
static JSValueRef sign_or_verify(JSContextRef ctx, size_t argc, const JSValueRef argv[],
                                 pk_job_kind_t kind) {
  EVP_PKEY *pkey = key_arg(ctx, argc, argv, 0);
  if (pkey == NULL) return code(ctx, E_STATE);
  const EVP_MD *md = NULL;
  if (argc > 1 && !JSValueIsNull(ctx, argv[1]) && !JSValueIsUndefined(ctx, argv[1])) {
    md = lode__crypto_md_arg(ctx, argc, argv, 1);
    if (md == NULL) return code(ctx, E_UNKNOWN);
  }
  pk_job_t *j = pk_job_new(kind);
  if (!job_copy(ctx, argc, argv, 2, &j->data, &j->data_len) ||
      (kind == JOB_VERIFY && !job_copy(ctx, argc, argv, 3, &j->sig, &j->sig_len))) {
    pk_job_free(j);
    return code(ctx, E_STATE);
  }
  size_t at = kind == JOB_VERIFY ? 4 : 3; /* padding's index */
  j->md = md;
  j->padding = (int)num_arg(ctx, argc, argv, at, -1);
  j->salt_len = (int)num_arg(ctx, argc, argv, at + 1, INT_MIN);
  j->dsa_encoding = (int)num_arg(ctx, argc, argv, at + 2, 0);
  j->prehashed = argc > at + 3 && JSValueToBoolean(ctx, argv[at + 3]);
  EVP_PKEY_up_ref(pkey);
  j->pkey = pkey;
  return pk_job_run(ctx, j, argc, argv, at + 4);
}

LODE_LOCKED_CB(sign_cb) {
  LODE_CB_UNUSED;
  return sign_or_verify(ctx, argc, argv, JOB_SIGN);
}

LODE_LOCKED_CB(verify_cb) {
  LODE_CB_UNUSED;
  return sign_or_verify(ctx, argc, argv, JOB_VERIFY);
}

/* pkeyCrypt(op, key, data, padding, oaepDigest|null, label|null) → bytes or a code.
 * op: 0 publicEncrypt, 1 privateDecrypt, 2 privateEncrypt, 3 publicDecrypt. */
LODE_LOCKED_CB(pkey_crypt_cb) {
  LODE_CB_UNUSED;
  int op = (int)num_arg(ctx, argc, argv, 0, -1);
  EVP_PKEY *pkey = key_arg(ctx, argc, argv, 1);
  lode__crypto_bytes_t data;
  if (pkey == NULL || op < 0 || op > 3 || !lode__crypto_get_bytes(ctx, argc, argv, 2, &data))
    return code(ctx, E_STATE);
  int padding = (int)num_arg(ctx, argc, argv, 3, RSA_PKCS1_OAEP_PADDING);
  const EVP_MD *md = NULL;
  if (argc > 4 && !JSValueIsNull(ctx, argv[4]) && !JSValueIsUndefined(ctx, argv[4])) {
    md = lode__crypto_md_arg(ctx, argc, argv, 4);
    if (md == NULL) {
      free(data.owned);
      return code(ctx, E_UNKNOWN);
    }
  }
  lode__crypto_bytes_t label;
  bool have_label = lode__crypto_get_bytes(ctx, argc, argv, 5, &label);
  ERR_clear_error();
  EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new_from_pkey(NULL, pkey, NULL);
  int ok = pctx != NULL;
  if (ok) {
    switch (op) {
    case 0: ok = EVP_PKEY_encrypt_init(pctx) == 1; break;
    case 1: ok = EVP_PKEY_decrypt_init(pctx) == 1; break;
    case 2: ok = EVP_PKEY_sign_init(pctx) == 1; break;
    default: ok = EVP_PKEY_verify_recover_init(pctx) == 1; break;
    }
  }
  ok = ok && EVP_PKEY_CTX_set_rsa_padding(pctx, padding) == 1;
  if (ok && padding == RSA_PKCS1_OAEP_PADDING) {
    if (md != NULL)
      ok = EVP_PKEY_CTX_set_rsa_oaep_md(pctx, md) == 1 && EVP_PKEY_CTX_set_rsa_mgf1_md(pctx, md) == 1;
    if (ok && have_label && label.len > 0) {
      void *copy = OPENSSL_memdup(label.data, label.len);
      ok = copy != NULL && EVP_PKEY_CTX_set0_rsa_oaep_label(pctx, copy, (int)label.len) > 0;
      if (!ok) OPENSSL_free(copy);
    }
  }
  size_t len = 0;
  uint8_t *out = NULL;
  for (int pass = 0; ok && pass < 2; pass++) {
    switch (op) {
    case 0: ok = EVP_PKEY_encrypt(pctx, out, &len, data.data, data.len) == 1; break;
    case 1: ok = EVP_PKEY_decrypt(pctx, out, &len, data.data, data.len) == 1; break;
    case 2: ok = EVP_PKEY_sign(pctx, out, &len, data.data, data.len) == 1; break;
    default: ok = EVP_PKEY_verify_recover(pctx, out, &len, data.data, data.len) == 1; break;
    }
    if (ok && pass == 0) {
      out = malloc(len ? len : 1);
      CHECK(out != NULL);
    }
  }
  EVP_PKEY_CTX_free(pctx);
  free(data.owned);
  if (have_label) free(label.owned);
  if (!ok) {
    free(out);
    return openssl_failure(ctx);
  }
  return lode__crypto_make_bytes(ctx, out, len);
}

/* deriveSecret(privateKey, publicKey) → the shared secret or a code. */
LODE_LOCKED_CB(derive_secret_cb) {
  LODE_CB_UNUSED;
  EVP_PKEY *priv = key_arg(ctx, argc, argv, 0), *pub = key_arg(ctx, argc, argv, 1);
  if (priv == NULL || pub == NULL) return code(ctx, E_STATE);
  ERR_clear_error();
  EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new_from_pkey(NULL, priv, NULL);
  size_t len = 0;
  uint8_t *out = NULL;
  int ok = pctx != NULL && EVP_PKEY_derive_init(pctx) == 1 &&
           EVP_PKEY_derive_set_peer(pctx, pub) == 1 && EVP_PKEY_derive(pctx, NULL, &len) == 1;
  if (ok) {
    out = malloc(len ? len : 1);
    CHECK(out != NULL);
    ok = EVP_PKEY_derive(pctx, out, &len) == 1;
  }
  EVP_PKEY_CTX_free(pctx);
  if (!ok) {
    free(out);
    return openssl_failure(ctx);
  }
  return lode__crypto_make_bytes(ctx, out, len);
}

/* ---- Finite-field Diffie-Hellman on big numbers ---- */

/* dhGroup(name) → the prime of a MODP group ('modp1', 'modp2', 'modp5', 'modp14'...'modp18'),
 * or undefined. The generator is 2 for all of them. */
LODE_LOCKED_CB(dh_group_cb) {
  LODE_CB_UNUSED;
  char *name = str_arg(ctx, argc, argv, 0);
  if (name == NULL) return NULL;
  BIGNUM *p = NULL;
  if (strcmp(name, "modp1") == 0) p = BN_get_rfc2409_prime_768(NULL);
  else if (strcmp(name, "modp2") == 0) p = BN_get_rfc2409_prime_1024(NULL);
  else if (strcmp(name, "modp5") == 0) p = BN_get_rfc3526_prime_1536(NULL);
  else if (strcmp(name, "modp14") == 0) p = BN_get_rfc3526_prime_2048(NULL);
  else if (strcmp(name, "modp15") == 0) p = BN_get_rfc3526_prime_3072(NULL);
  else if (strcmp(name, "modp16") == 0) p = BN_get_rfc3526_prime_4096(NULL);
  else if (strcmp(name, "modp17") == 0) p = BN_get_rfc3526_prime_6144(NULL);
  else if (strcmp(name, "modp18") == 0) p = BN_get_rfc3526_prime_8192(NULL);
  free(name);
  if (p == NULL) return NULL;
  JSValueRef v = bn_bytes(ctx, p, 0);
  BN_free(p);
  return v;
}

/* dhCheck(prime, generator) → Node's verifyError bits (OpenSSL's DH_check flags): 1 not
 * prime, 2 not a safe prime, 0x80 modulus too small (under 512 bits). */
LODE_LOCKED_CB(dh_check_cb) {
  LODE_CB_UNUSED;
  BIGNUM *p = bn_arg(ctx, argc, argv, 0), *g = bn_arg(ctx, argc, argv, 1);
  BN_CTX *bctx = BN_CTX_new();
  int flags = 0;
  if (p == NULL || g == NULL || bctx == NULL) {
    flags = 1;
  } else {
    if (BN_num_bits(p) < 512) flags |= 0x80;
    if (BN_check_prime(p, bctx, NULL) != 1) {
      flags |= 1;
    } else {
      BIGNUM *q = BN_dup(p);
      if (q != NULL && BN_rshift1(q, q) == 1 && BN_check_prime(q, bctx, NULL) != 1) flags |= 2;
      BN_free(q);
    }
  }
  BN_free(p);
  BN_free(g);
  BN_CTX_free(bctx);
  ERR_clear_error();
  return JSValueMakeNumber(ctx, flags);
}

/* dhKeys(prime, generator, privateKey|null) → [privateKey, publicKey], a new random private
 * key when none is given. */
LODE_LOCKED_CB(dh_keys_cb) {
  LODE_CB_UNUSED;
  BIGNUM *p = bn_arg(ctx, argc, argv, 0), *g = bn_arg(ctx, argc, argv, 1);
  BIGNUM *x = bn_arg(ctx, argc, argv, 2), *y = BN_new(), *range = BN_new();
  BN_CTX *bctx = BN_CTX_new();
  JSValueRef result = code(ctx, E_STATE);
  if (p != NULL && g != NULL && y != NULL && range != NULL && bctx != NULL && BN_num_bits(p) > 2) {
    bool ok = true;
    if (x == NULL) {
      /* A private key in [2, p - 2]. */
      x = BN_new();
      ok = x != NULL && BN_sub(range, p, BN_value_one()) == 1 &&
           BN_sub_word(range, 2) == 1 && BN_priv_rand_range(x, range) == 1 && BN_add_word(x, 2) == 1;
    }
    ok = ok && BN_mod_exp(y, g, x, p, bctx) == 1;
    if (ok) {
      JSValueRef v[2] = {bn_bytes(ctx, x, 0), bn_bytes(ctx, y, 0)};
      result = lode_js_array(ctx, 2, v);
    } else {
      result = openssl_failure(ctx);
    }
  }
  BN_free(p);
  BN_free(g);
  BN_clear_free(x);
  BN_free(y);
  BN_free(range);
  BN_CTX_free(bctx);
  return result;
}

/* dhSecret(prime, privateKey, otherPublicKey) → the secret (as long as the prime), or
 * 1 if the other key is too small (≤ 1), 2 if too large (≥ p - 1). */
LODE_LOCKED_CB(dh_secret_cb) {
  LODE_CB_UNUSED;
  BIGNUM *p = bn_arg(ctx, argc, argv, 0), *x = bn_arg(ctx, argc, argv, 1);
  BIGNUM *other = bn_arg(ctx, argc, argv, 2), *s = BN_new(), *pm1 = BN_dup(p);
  BN_CTX *bctx = BN_CTX_new();
  JSValueRef result = code(ctx, E_STATE);
  if (p != NULL && x != NULL && other != NULL && s != NULL && pm1 != NULL && bctx != NULL &&
      BN_sub_word(pm1, 1) == 1) {
    if (BN_cmp(other, BN_value_one()) <= 0)
      result = JSValueMakeNumber(ctx, 1);
    else if (BN_cmp(other, pm1) >= 0)
      result = JSValueMakeNumber(ctx, 2);
    else if (BN_mod_exp(s, other, x, p, bctx) == 1)
      result = bn_bytes(ctx, s, BN_num_bytes(p));
    else
      result = openssl_failure(ctx);
  }
  BN_free(p);
  BN_clear_free(x);
  BN_free(other);
  BN_clear_free(s);
  BN_free(pm1);
  BN_CTX_free(bctx);
  return result;
}

/* generatePrime(bits, safe, add|null, rem|null[, req]) → prime bytes (big-endian) or a code. */
LODE_LOCKED_CB(generate_prime_cb) {
  LODE_CB_UNUSED;
  pk_job_t *j = pk_job_new(JOB_PRIME);
  j->bits = (int)num_arg(ctx, argc, argv, 0, 0);
  j->safe = argc > 1 && JSValueToBoolean(ctx, argv[1]);
  j->add = bn_arg(ctx, argc, argv, 2);
  j->rem = bn_arg(ctx, argc, argv, 3);
  return pk_job_run(ctx, j, argc, argv, 4);
}

/* checkPrime(bytes[, req]) → boolean or a code. */
LODE_LOCKED_CB(check_prime_cb) {
  LODE_CB_UNUSED;
  pk_job_t *j = pk_job_new(JOB_CHECK_PRIME);
  j->bn = bn_arg(ctx, argc, argv, 0);
  if (j->bn == NULL) {
    pk_job_free(j);
    return code(ctx, E_STATE);
  }
  return pk_job_run(ctx, j, argc, argv, 2);
}

/* ---- X.509 ---- */

/* x509Parse(data, pem) → certificate handle, or a code. Data starting with a PEM header is
 * read as PEM even without the flag; anything else as DER. */
LODE_LOCKED_CB(x509_parse_cb) {
  LODE_CB_UNUSED;
  lode__crypto_bytes_t b;
  if (!lode__crypto_get_bytes(ctx, argc, argv, 0, &b)) return code(ctx, E_STATE);
  ERR_clear_error();
  X509 *x = NULL;
  if ((argc > 1 && JSValueToBoolean(ctx, argv[1])) ||
      contains(b.data, b.len < 64 ? b.len : 64, "-----BEGIN")) {
    BIO *bio = BIO_new_mem_buf(b.data, (int)b.len);
    x = PEM_read_bio_X509_AUX(bio, NULL, NULL, NULL);
    BIO_free(bio);
  } else {
    const unsigned char *p = b.data;
    x = d2i_X509(NULL, &p, (long)b.len);
  }
  free(b.owned);
  if (x == NULL) return openssl_failure(ctx);
  x509_t *h = malloc(sizeof *h);
  CHECK(h != NULL);
  h->kind = KIND_X509;
  h->cert = x;
  return JSObjectMake(ctx, x509_class, h);
}

static JSValueRef bio_string(JSContextRef ctx, BIO *bio) {
  char *p = NULL;
  long n = BIO_get_mem_data(bio, &p);
  JSValueRef v = lode_js_value_from_utf8(ctx, p ? p : "", n > 0 ? (size_t)n : 0);
  BIO_free(bio);
  return v;
}

static JSValueRef name_string(JSContextRef ctx, const X509_NAME *name) {
  BIO *bio = BIO_new(BIO_s_mem());
  unsigned long flags = ASN1_STRFLGS_ESC_2253 | ASN1_STRFLGS_ESC_CTRL | ASN1_STRFLGS_UTF8_CONVERT |
                        XN_FLAG_SEP_MULTILINE | XN_FLAG_FN_SN;
  if (X509_NAME_print_ex(bio, name, 0, flags) < 0) {
    BIO_free(bio);
    return JSValueMakeUndefined(ctx);
  }
  return bio_string(ctx, bio);
}

static JSValueRef ext_string(JSContextRef ctx, X509 *x, int nid) {
  int i = X509_get_ext_by_NID(x, nid, -1);
  if (i < 0) return JSValueMakeUndefined(ctx);
  X509_EXTENSION *ext = X509_get_ext(x, i);
  BIO *bio = BIO_new(BIO_s_mem());
  if (X509V3_EXT_print(bio, ext, 0, 0) != 1) {
    BIO_free(bio);
    return JSValueMakeUndefined(ctx);
  }
  return bio_string(ctx, bio);
}

static JSValueRef time_string(JSContextRef ctx, const ASN1_TIME *t) {
  BIO *bio = BIO_new(BIO_s_mem());
  ASN1_TIME_print(bio, t);
  return bio_string(ctx, bio);
}

static JSValueRef time_ms(JSContextRef ctx, const ASN1_TIME *t) {
  struct tm tm;
  if (ASN1_TIME_to_tm(t, &tm) != 1) return JSValueMakeNumber(ctx, 0.0 / 0.0);
  return JSValueMakeNumber(ctx, (double)timegm(&tm) * 1000.0);
}

static JSValueRef fingerprint(JSContextRef ctx, X509 *x, const char *md_name) {
  EVP_MD *md = EVP_MD_fetch(NULL, md_name, NULL);
  unsigned char buf[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  if (md == NULL || X509_digest(x, md, buf, &n) != 1) {
    EVP_MD_free(md);
    return JSValueMakeUndefined(ctx);
  }
  EVP_MD_free(md);
  char out[EVP_MAX_MD_SIZE * 3 + 1];
  static const char hex[] = "0123456789ABCDEF";
  for (unsigned i = 0; i < n; i++) {
    out[3 * i] = hex[buf[i] >> 4];
    out[3 * i + 1] = hex[buf[i] & 15];
    out[3 * i + 2] = ':';
  }
  out[n ? 3 * n - 1 : 0] = 0;
  return lode_js_value_from_cstr(ctx, out);
}

/* x509Info(cert) → [subject, subjectAltName, issuer, infoAccess, validFrom, validTo,
 * validFromMs, validToMs, fingerprint, fingerprint256, fingerprint512, extKeyUsage OIDs,
 * serialNumber, ca, raw DER, PEM]. */
LODE_LOCKED_CB(x509_info_cb) {
  LODE_CB_UNUSED;
  x509_t *h = handle_arg(ctx, argc, argv, 0, KIND_X509);
  if (h == NULL) return NULL;
  X509 *x = h->cert;
  JSValueRef v[16];
  v[0] = name_string(ctx, X509_get_subject_name(x));
  v[1] = ext_string(ctx, x, NID_subject_alt_name);
  v[2] = name_string(ctx, X509_get_issuer_name(x));
  v[3] = ext_string(ctx, x, NID_info_access);
  v[4] = time_string(ctx, X509_get0_notBefore(x));
  v[5] = time_string(ctx, X509_get0_notAfter(x));
  v[6] = time_ms(ctx, X509_get0_notBefore(x));
  v[7] = time_ms(ctx, X509_get0_notAfter(x));
  v[8] = fingerprint(ctx, x, "SHA1");
  v[9] = fingerprint(ctx, x, "SHA256");
  v[10] = fingerprint(ctx, x, "SHA512");
  EXTENDED_KEY_USAGE *eku = X509_get_ext_d2i(x, NID_ext_key_usage, NULL, NULL);
  if (eku != NULL) {
    /* Each string goes into the array as it is made: in a malloc'd array the collector
     * would not see the first ones while the next are allocated. */
    int n = sk_ASN1_OBJECT_num(eku);
    JSObjectRef oids = JSObjectMakeArray(ctx, 0, NULL, NULL);
    for (int i = 0; i < n; i++) {
      char buf[128];
      OBJ_obj2txt(buf, sizeof buf, sk_ASN1_OBJECT_value(eku, i), 1);
      JSObjectSetPropertyAtIndex(ctx, oids, (unsigned)i, lode_js_value_from_cstr(ctx, buf), NULL);
    }
    v[11] = oids;
    EXTENDED_KEY_USAGE_free(eku);
  } else {
    v[11] = JSValueMakeUndefined(ctx);
  }
  BIGNUM *serial = ASN1_INTEGER_to_BN(X509_get0_serialNumber(x), NULL);
  char *hex = serial ? BN_bn2hex(serial) : NULL;
  v[12] = lode_js_value_from_cstr(ctx, hex ? hex : "");
  OPENSSL_free(hex);
  BN_free(serial);
  v[13] = JSValueMakeBoolean(ctx, X509_check_ca(x) == 1);
  unsigned char *der = NULL;
  int len = i2d_X509(x, &der);
  v[14] = len > 0 ? copy_bytes(ctx, der, (size_t)len) : JSValueMakeUndefined(ctx);
  OPENSSL_free(der);
  BIO *bio = BIO_new(BIO_s_mem());
  PEM_write_bio_X509(bio, x);
  v[15] = bio_string(ctx, bio);
  ERR_clear_error();
  return lode_js_array(ctx, 16, v);
}

/* x509Check(cert, what, value, flags) → the matching name or undefined. what: 0 host,
 * 1 email, 2 IP. */
LODE_LOCKED_CB(x509_check_cb) {
  LODE_CB_UNUSED;
  x509_t *h = handle_arg(ctx, argc, argv, 0, KIND_X509);
  int what = (int)num_arg(ctx, argc, argv, 1, -1);
  char *value = str_arg(ctx, argc, argv, 2);
  unsigned flags = (unsigned)num_arg(ctx, argc, argv, 3, 0);
  JSValueRef result = JSValueMakeUndefined(ctx);
  if (h != NULL && value != NULL) {
    char *peer = NULL;
    int r = what == 0   ? X509_check_host(h->cert, value, strlen(value), flags, &peer)
            : what == 1 ? X509_check_email(h->cert, value, strlen(value), flags)
                        : X509_check_ip_asc(h->cert, value, flags);
    if (r == 1) result = lode_js_value_from_cstr(ctx, peer ? peer : value);
    OPENSSL_free(peer);
  }
  free(value);
  ERR_clear_error();
  return result;
}

/* x509PublicKey(cert) → a public key handle or a code. */
LODE_LOCKED_CB(x509_public_key_cb) {
  LODE_CB_UNUSED;
  x509_t *h = handle_arg(ctx, argc, argv, 0, KIND_X509);
  if (h == NULL) return code(ctx, E_STATE);
  EVP_PKEY *pkey = X509_get_pubkey(h->cert);
  if (pkey == NULL) return openssl_failure(ctx);
  return make_key(ctx, pkey);
}

/* x509Verify(cert, key) → whether key signed cert; x509CheckIssued(cert, issuer);
 * x509CheckPrivateKey(cert, key). */
LODE_LOCKED_CB(x509_verify_cb) {
  LODE_CB_UNUSED;
  x509_t *h = handle_arg(ctx, argc, argv, 0, KIND_X509);
  EVP_PKEY *pkey = key_arg(ctx, argc, argv, 1);
  bool ok = h != NULL && pkey != NULL && X509_verify(h->cert, pkey) > 0;
  ERR_clear_error();
  return JSValueMakeBoolean(ctx, ok);
}

LODE_LOCKED_CB(x509_check_issued_cb) {
  LODE_CB_UNUSED;
  x509_t *h = handle_arg(ctx, argc, argv, 0, KIND_X509);
  x509_t *issuer = handle_arg(ctx, argc, argv, 1, KIND_X509);
  bool ok = h != NULL && issuer != NULL && X509_check_issued(issuer->cert, h->cert) == X509_V_OK;
  ERR_clear_error();
  return JSValueMakeBoolean(ctx, ok);
}

LODE_LOCKED_CB(x509_check_private_key_cb) {
  LODE_CB_UNUSED;
  x509_t *h = handle_arg(ctx, argc, argv, 0, KIND_X509);
  EVP_PKEY *pkey = key_arg(ctx, argc, argv, 1);
  bool ok = h != NULL && pkey != NULL && X509_check_private_key(h->cert, pkey) == 1;
  ERR_clear_error();
  return JSValueMakeBoolean(ctx, ok);
}

/* ---- Install ---- */

void lode__crypto_pkey_install(JSContextRef ctx, JSObjectRef b) {
  if (pkey_class == NULL) {
    pkey_class = lode__crypto_make_class("KeyHandle", NULL, pkey_finalize);
    x509_class = lode__crypto_make_class("X509Handle", NULL, x509_finalize);
  }
  lode_js_set_function(ctx, b, "keyParse", key_parse_cb);
  lode_js_set_function(ctx, b, "keyExport", key_export_cb);
  lode_js_set_function(ctx, b, "keyInfo", key_info_cb);
  lode_js_set_function(ctx, b, "keyEquals", key_equals_cb);
  lode_js_set_function(ctx, b, "keyPublic", key_public_cb);
  lode_js_set_function(ctx, b, "keyComponents", key_components_cb);
  lode_js_set_function(ctx, b, "keyFromComponents", key_from_components_cb);
  lode_js_set_function(ctx, b, "keyGenerate", key_generate_cb);
  lode_js_set_function(ctx, b, "ecPointConvert", ec_point_convert_cb);
  lode_js_set_function(ctx, b, "sign", sign_cb);
  lode_js_set_function(ctx, b, "verify", verify_cb);
  lode_js_set_function(ctx, b, "pkeyCrypt", pkey_crypt_cb);
  lode_js_set_function(ctx, b, "deriveSecret", derive_secret_cb);
  lode_js_set_function(ctx, b, "dhGroup", dh_group_cb);
  lode_js_set_function(ctx, b, "dhCheck", dh_check_cb);
  lode_js_set_function(ctx, b, "dhKeys", dh_keys_cb);
  lode_js_set_function(ctx, b, "dhSecret", dh_secret_cb);
  lode_js_set_function(ctx, b, "generatePrime", generate_prime_cb);
  lode_js_set_function(ctx, b, "checkPrime", check_prime_cb);
  lode_js_set_function(ctx, b, "x509Parse", x509_parse_cb);
  lode_js_set_function(ctx, b, "x509Info", x509_info_cb);
  lode_js_set_function(ctx, b, "x509Check", x509_check_cb);
  lode_js_set_function(ctx, b, "x509PublicKey", x509_public_key_cb);
  lode_js_set_function(ctx, b, "x509Verify", x509_verify_cb);
  lode_js_set_function(ctx, b, "x509CheckIssued", x509_check_issued_cb);
  lode_js_set_function(ctx, b, "x509CheckPrivateKey", x509_check_private_key_cb);
}
