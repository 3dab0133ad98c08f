/* TLS binding on OpenSSL 3's libssl, for lib/_tls_wrap.js and lib/_tls_common.js.
 *
 * SecureContext wraps one SSL_CTX (keys, certificates, trust store, protocol limits, ciphers,
 * ALPN list, ticket keys). TLSWrap wraps one SSL connection driven over two BIOs of ours. lib/
 * feeds the ciphertext it read from the underlying stream with receive(bytes) and gets back,
 * in one array, what happened, the ciphertext to send and the plaintext that arrived;
 * write(chunks) returns the ciphertext of plaintext chunks. Over a TCP socket the connection
 * instead consumes the socket's handle (consume(): reads go into OpenSSL here, and the same
 * results reach JS through one onreceive call per read) and writes its records to it
 * (write(chunks, handle)). Nothing else here calls into JavaScript: what OpenSSL reports
 * through callbacks during a call (keylog lines, new sessions, the SNI of a ClientHello) is
 * recorded on the connection and flagged in the result, and lib/ asks for it afterwards. The
 * server's SNI callback pauses the handshake (SSL_CLIENT_HELLO_RETRY) so lib/ can pick a
 * context asynchronously and resume with receive(null).
 *
 * Failures are negative numbers (E_* below) with OpenSSL's reason in the crypto binding's
 * lastError(). Finalizers only free OpenSSL memory (allowed on any thread). */
#include <stdlib.h>
#include <string.h>

#include "openssl_ssl_lazy.h" /* libssl, then libcrypto through openssl_lazy.h */

#include "crypto.h"
#include "index.h"
#include "stream_wrap.h"

LODE_LAZY_LIB(lode__libssl, "libssl.so.3");

enum { E_OPENSSL = -6, E_ARG = -1 };
enum { KIND_CTX = 0x53435458, KIND_CONN = 0x544c5357 };

/* Bits of receive()'s first result. */
enum {
  R_HANDSHAKE_DONE = 1, /* the handshake completed in this call */
  R_EOF = 2,            /* the peer sent close_notify */
  R_ERROR = 4,          /* a fatal TLS error: lastError() says why */
  R_SNI = 8,            /* server: paused at the ClientHello, servername() is known */
  R_KEYLOG = 16,        /* takeKeylog() has lines */
  R_SESSION = 32,       /* client: takeSession() has a new session */
};

typedef struct ctx_s {
  uint32_t kind;
  SSL_CTX *ctx;
} ctx_t;

typedef struct conn_s {
  uint32_t kind;
  SSL *ssl;
  BIO *rbio, *wbio; /* owned by ssl */
  ctx_t *sc;        /* the context's struct (kept alive by lib/ holding the context) */
  int server;
  int done;         /* handshake finished */
  int sni_wanted;   /* server: pause at the ClientHello for lib/'s SNICallback */
  int sni_state;    /* 0 not yet, 1 paused, 2 resumed */
  char *servername; /* what the ClientHello named (server) */
  int keylog;       /* record keylog lines */
  char *keylog_buf;
  size_t keylog_len, keylog_cap;
  SSL_SESSION *new_session; /* client: the last session the server gave */
  unsigned char *alpn;      /* server: the protocols to select from, wire format */
  size_t alpn_len;
  int flags;                /* R_* bits raised by callbacks during a call */
  uint8_t *out;             /* ciphertext written by OpenSSL (the write BIO), not yet taken */
  size_t out_len, out_cap;
  size_t out_off;           /* bytes at the start of out already sent (send_output) */
  const uint8_t *in;        /* during receive(): the caller's ciphertext not yet read */
  size_t in_len;
  uint8_t *kept;            /* ciphertext left over from earlier calls (a partial record) */
  size_t kept_off, kept_len, kept_cap;
  JSObjectRef obj;            /* the TLSWrap wrapper */
  lode__stream_t *stream;     /* the stream whose reads this connection consumes, or NULL */
  JSObjectRef onreceive;      /* obj.onreceive when consume() was called, protected */
  JSObjectRef onwrite;        /* obj.onwrite when consume() was called, protected */
} conn_t;

static JSClassRef ctx_class, conn_class;
static int conn_index = -1; /* SSL ex_data slot holding the conn_t */
static X509_STORE *root_store; /* the system CA store plus NODE_EXTRA_CA_CERTS, built once */
static bool root_bundle_loaded; /* root_store holds the system CA file (root_bundle_needed) */

/* ---- helpers ---- */

static JSValueRef num(JSContextRef ctx, double n) {
  return JSValueMakeNumber(ctx, n);
}

static JSValueRef openssl_failed(JSContextRef ctx) {
  lode__crypto_capture_error();
  return num(ctx, E_OPENSSL);
}

static ctx_t *this_ctx(JSObjectRef obj) {
  ctx_t *c = JSObjectGetPrivate(obj);
  return c != NULL && c->kind == KIND_CTX && c->ctx != NULL ? c : NULL;
}

static conn_t *this_conn(JSObjectRef obj) {
  conn_t *c = JSObjectGetPrivate(obj);
  return c != NULL && c->kind == KIND_CONN && c->ssl != NULL ? c : NULL;
}

static ctx_t *ctx_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i) {
  if (i >= argc || !JSValueIsObject(ctx, argv[i])) return NULL;
  return this_ctx((JSObjectRef)argv[i]);
}

static int int_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i) {
  if (i >= argc || !JSValueIsNumber(ctx, argv[i])) return 0;
  double d = JSValueToNumber(ctx, argv[i], NULL);
  return d != d || d < -2147483648.0 || d > 2147483647.0 ? 0 : (int)d;
}

/* A string argument as malloc'd UTF-8 (NULL if it is not a string). */
static char *str_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i) {
  if (i >= argc || !JSValueIsString(ctx, argv[i])) return NULL;
  return lode_js_value_to_utf8(ctx, argv[i], NULL, NULL);
}

/* A memory BIO over the bytes of argv[i] (read-only, valid while the value lives). */
static BIO *bio_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i,
                    lode__crypto_bytes_t *b) {
  if (!lode__crypto_get_bytes(ctx, argc, argv, i, b)) return NULL;
  return BIO_new_mem_buf(b->data, (int)b->len);
}

static void bio_release(BIO *bio, lode__crypto_bytes_t *b) {
  BIO_free(bio);
  free(b->owned);
}

/* The SecureContext this_obj and a memory BIO over argv[0] (bio_release it); NULL when
 * either is missing. */
static BIO *ctx_pem_args(JSContextRef ctx, JSObjectRef this_obj, size_t argc,
                         const JSValueRef argv[], ctx_t **c, lode__crypto_bytes_t *b) {
  *c = this_ctx(this_obj);
  return *c != NULL ? bio_arg(ctx, argc, argv, 0, b) : NULL;
}

/* The DER encoding of cert as a Uint8Array (undefined if there is none). */
static JSValueRef cert_der(JSContextRef ctx, X509 *cert) {
  if (cert == NULL) return JSValueMakeUndefined(ctx);
  int len = i2d_X509(cert, NULL);
  if (len <= 0) return JSValueMakeUndefined(ctx);
  uint8_t *p = malloc((size_t)len), *q = p;
  CHECK(p != NULL);
  i2d_X509(cert, &q);
  return lode__crypto_make_bytes(ctx, p, (size_t)len);
}

static void pem_password_clear(char *pass) {
  if (pass != NULL) {
    OPENSSL_cleanse(pass, strlen(pass));
    free(pass);
  }
}

/* ---- SecureContext ---- */

static void ctx_finalize(JSObjectRef obj) {
  ctx_t *c = JSObjectGetPrivate(obj);
  if (c == NULL) return;
  if (c->ctx != NULL) SSL_CTX_free(c->ctx);
  free(c);
}

static void keylog_cb(const SSL *ssl, const char *line) {
  conn_t *c = SSL_get_ex_data(ssl, conn_index);
  if (c == NULL || !c->keylog) return;
  size_t n = strlen(line);
  if (c->keylog_len + n + 1 > c->keylog_cap) {
    size_t cap = (c->keylog_len + n + 1) * 2;
    char *p = realloc(c->keylog_buf, cap);
    CHECK(p != NULL);
    c->keylog_buf = p;
    c->keylog_cap = cap;
  }
  memcpy(c->keylog_buf + c->keylog_len, line, n);
  c->keylog_buf[c->keylog_len + n] = '\n';
  c->keylog_len += n + 1;
  c->flags |= R_KEYLOG;
}

/* Client: keeps the newest session the server issued (a TLS 1.3 ticket arrives after the
 * handshake, during a read). Returning 1 keeps OpenSSL's reference for us. */
static int new_session_cb(SSL *ssl, SSL_SESSION *sess) {
  conn_t *c = SSL_get_ex_data(ssl, conn_index);
  if (c == NULL || c->server) return 0;
  if (c->new_session != NULL) SSL_SESSION_free(c->new_session);
  c->new_session = sess;
  c->flags |= R_SESSION;
  return 1;
}

/* Server: reads the SNI of the ClientHello and, if lib/ has an SNICallback, pauses. */
static int client_hello_cb(SSL *ssl, int *alert, void *arg) {
  (void)alert;
  (void)arg;
  conn_t *c = SSL_get_ex_data(ssl, conn_index);
  if (c == NULL || !c->server || c->sni_state != 0) return SSL_CLIENT_HELLO_SUCCESS;
  const unsigned char *p;
  size_t len;
  /* server_name extension: list length (2), then type (1) = host_name, length (2), name. */
  if (SSL_client_hello_get0_ext(ssl, TLSEXT_TYPE_server_name, &p, &len) && len > 5 &&
      p[2] == TLSEXT_NAMETYPE_host_name) {
    size_t n = ((size_t)p[3] << 8) | p[4];
    if (n > 0 && n <= len - 5 && memchr(p + 5, 0, n) == NULL) {
      free(c->servername);
      c->servername = malloc(n + 1);
      CHECK(c->servername != NULL);
      memcpy(c->servername, p + 5, n);
      c->servername[n] = 0;
    }
  }
  if (!c->sni_wanted) {
    c->sni_state = 2;
    return SSL_CLIENT_HELLO_SUCCESS;
  }
  c->sni_state = 1;
  c->flags |= R_SNI;
  return SSL_CLIENT_HELLO_RETRY;
}

static int alpn_select_cb(SSL *ssl, const unsigned char **out, unsigned char *outlen,
                          const unsigned char *in, unsigned int inlen, void *arg) {
  (void)arg;
  conn_t *c = SSL_get_ex_data(ssl, conn_index);
  if (c == NULL || c->alpn == NULL) return SSL_TLSEXT_ERR_NOACK;
  unsigned char *o;
  int r = SSL_select_next_proto(&o, outlen, c->alpn, (unsigned int)c->alpn_len, in, inlen);
  /* Node: no overlap is a fatal no_application_protocol alert. */
  if (r != OPENSSL_NPN_NEGOTIATED) return SSL_TLSEXT_ERR_ALERT_FATAL;
  *out = o;
  return SSL_TLSEXT_ERR_OK;
}

/* Accepts every chain: lib/ reads the result (verifyError) and applies rejectUnauthorized. */
static int verify_accept_cb(int ok, X509_STORE_CTX *store) {
  (void)ok;
  (void)store;
  return 1;
}

/* OpenSSL's verify mode for set()'s 0 none, 1 request, 2 request and require. */
static int verify_mode(int v) {
  return v == 0   ? SSL_VERIFY_NONE
         : v == 1 ? SSL_VERIFY_PEER
                  : SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT;
}

/* createSecureContext() → a SecureContext with Node's defaults (no renegotiation, TLS 1.2+,
 * sessions cached for tickets and IDs). */
LODE_LOCKED_CB(create_ctx_cb) {
  LODE_CB_UNUSED;
  SSL_CTX *sc = SSL_CTX_new(TLS_method());
  if (sc == NULL) return openssl_failed(ctx);
  SSL_CTX_set_options(sc, SSL_OP_NO_RENEGOTIATION | SSL_OP_CIPHER_SERVER_PREFERENCE |
                              SSL_OP_NO_COMPRESSION);
  SSL_CTX_set_min_proto_version(sc, TLS1_2_VERSION);
  SSL_CTX_set_session_cache_mode(sc, SSL_SESS_CACHE_CLIENT | SSL_SESS_CACHE_SERVER);
  /* No SSL_MODE_RELEASE_BUFFERS: freeing (and cleansing) the ~17 KB record buffers after
   * every record and allocating them again doubled the CPU cost of a small https request
   * (47 → 25 µs); a connection keeps ~34 KB of buffers instead. */
  /* No keylog callback until a connection asks for keylog lines (conn set 4): with one set,
   * OpenSSL formats every secret of every handshake (~10 lines, a sprintf per byte). */
  SSL_CTX_sess_set_new_cb(sc, new_session_cb);
  SSL_CTX_set_client_hello_cb(sc, client_hello_cb, NULL);
  SSL_CTX_set_alpn_select_cb(sc, alpn_select_cb, NULL);
  ctx_t *c = calloc(1, sizeof *c);
  CHECK(c != NULL);
  c->kind = KIND_CTX;
  c->ctx = sc;
  return JSObjectMake(ctx, ctx_class, c);
}

/* setKey(pem, passphrase?) → 0 or a code. */
LODE_LOCKED_CB(ctx_set_key_cb) {
  LODE_CB_UNUSED;
  ctx_t *c;
  lode__crypto_bytes_t b;
  BIO *bio = ctx_pem_args(ctx, this_obj, argc, argv, &c, &b);
  if (bio == NULL) return num(ctx, E_ARG);
  char *pass = str_arg(ctx, argc, argv, 1);
  EVP_PKEY *key = PEM_read_bio_PrivateKey(bio, NULL, NULL, pass != NULL ? pass : (char *)"");
  pem_password_clear(pass);
  bio_release(bio, &b);
  if (key == NULL) return openssl_failed(ctx);
  int ok = SSL_CTX_use_PrivateKey(c->ctx, key);
  EVP_PKEY_free(key);
  if (!ok) return openssl_failed(ctx);
  return num(ctx, 0);
}

/* setCert(pem) → 0 or a code: the first certificate is the context's, the rest its chain. */
LODE_LOCKED_CB(ctx_set_cert_cb) {
  LODE_CB_UNUSED;
  ctx_t *c;
  lode__crypto_bytes_t b;
  BIO *bio = ctx_pem_args(ctx, this_obj, argc, argv, &c, &b);
  if (bio == NULL) return num(ctx, E_ARG);
  int rc = 0;
  X509 *cert = PEM_read_bio_X509_AUX(bio, NULL, NULL, NULL);
  if (cert == NULL || !SSL_CTX_use_certificate(c->ctx, cert)) {
    rc = E_OPENSSL;
  } else {
    SSL_CTX_clear_chain_certs(c->ctx);
    X509 *extra;
    while ((extra = PEM_read_bio_X509(bio, NULL, NULL, NULL)) != NULL) {
      if (!SSL_CTX_add0_chain_cert(c->ctx, extra)) {
        X509_free(extra);
        rc = E_OPENSSL;
        break;
      }
    }
    if (rc == 0) ERR_clear_error(); /* the end of the PEM data */
  }
  X509_free(cert);
  bio_release(bio, &b);
  if (rc != 0) return openssl_failed(ctx);
  return num(ctx, 0);
}

/* addCACert(pem) → the number of certificates added to the trust store, or a code. */
LODE_LOCKED_CB(ctx_add_ca_cb) {
  LODE_CB_UNUSED;
  ctx_t *c;
  lode__crypto_bytes_t b;
  BIO *bio = ctx_pem_args(ctx, this_obj, argc, argv, &c, &b);
  if (bio == NULL) return num(ctx, E_ARG);
  X509_STORE *store = SSL_CTX_get_cert_store(c->ctx);
  int n = 0;
  X509 *cert;
  while ((cert = PEM_read_bio_X509_AUX(bio, NULL, NULL, NULL)) != NULL) {
    X509_STORE_add_cert(store, cert);
    X509_free(cert);
    n++;
  }
  ERR_clear_error();
  bio_release(bio, &b);
  return num(ctx, n);
}

/* addCRL(pem) → 0 or a code; turns on CRL checking for the whole chain. */
LODE_LOCKED_CB(ctx_add_crl_cb) {
  LODE_CB_UNUSED;
  ctx_t *c;
  lode__crypto_bytes_t b;
  BIO *bio = ctx_pem_args(ctx, this_obj, argc, argv, &c, &b);
  if (bio == NULL) return num(ctx, E_ARG);
  X509_CRL *crl = PEM_read_bio_X509_CRL(bio, NULL, NULL, NULL);
  bio_release(bio, &b);
  if (crl == NULL) return openssl_failed(ctx);
  X509_STORE *store = SSL_CTX_get_cert_store(c->ctx);
  X509_STORE_add_crl(store, crl);
  X509_STORE_set_flags(store, X509_V_FLAG_CRL_CHECK | X509_V_FLAG_CRL_CHECK_ALL);
  X509_CRL_free(crl);
  return num(ctx, 0);
}

/* addRootCerts(extraPem?) → 0: the context trusts the system CA store (OpenSSL's default
 * paths, /etc/ssl/certs on Debian) plus extraPem (NODE_EXTRA_CA_CERTS), one store shared by
 * every context that uses it, built by the first call. */
LODE_LOCKED_CB(ctx_add_root_certs_cb) {
  LODE_CB_UNUSED;
  ctx_t *c = this_ctx(this_obj);
  if (c == NULL) return num(ctx, E_ARG);
  if (root_store == NULL) {
    root_store = X509_STORE_new();
    CHECK(root_store != NULL);
    /* OpenSSL's default paths minus their OSSL_STORE lookup, which reads the whole certificate
     * directory (opendir + getdents) every time a certificate is not in memory: a server
     * building its chain to a private CA paid that on every handshake. The hash directory
     * costs one stat per miss; the bundle file is loaded into memory before the first
     * handshake that verifies a peer (root_bundle_needed: parsing its ~150 certificates
     * costs OpenSSL 3.0 ~100 ms, which an https server that never verifies need not pay).
     * Both honor SSL_CERT_FILE and SSL_CERT_DIR. */
    X509_LOOKUP *lookup = X509_STORE_add_lookup(root_store, X509_LOOKUP_hash_dir());
    if (lookup != NULL) X509_LOOKUP_add_dir(lookup, NULL, X509_FILETYPE_DEFAULT);
    lode__crypto_bytes_t b;
    BIO *bio = bio_arg(ctx, argc, argv, 0, &b);
    if (bio != NULL) {
      X509 *cert;
      while ((cert = PEM_read_bio_X509(bio, NULL, NULL, NULL)) != NULL) {
        X509_STORE_add_cert(root_store, cert);
        X509_free(cert);
      }
      bio_release(bio, &b);
    }
    ERR_clear_error();
  }
  SSL_CTX_set1_cert_store(c->ctx, root_store);
  return num(ctx, 0);
}

/* loadPKCS12(der, passphrase?) → 0 or a code: key, certificate, and the extra certificates
 * as both chain and trusted CAs (as Node does). */
LODE_LOCKED_CB(ctx_load_pkcs12_cb) {
  LODE_CB_UNUSED;
  ctx_t *c;
  lode__crypto_bytes_t b;
  BIO *bio = ctx_pem_args(ctx, this_obj, argc, argv, &c, &b);
  if (bio == NULL) return num(ctx, E_ARG);
  char *pass = str_arg(ctx, argc, argv, 1);
  PKCS12 *p12 = d2i_PKCS12_bio(bio, NULL);
  bio_release(bio, &b);
  EVP_PKEY *key = NULL;
  X509 *cert = NULL;
  STACK_OF(X509) *extra = NULL;
  int ok = p12 != NULL && PKCS12_parse(p12, pass != NULL ? pass : "", &key, &cert, &extra) &&
           cert != NULL && key != NULL && SSL_CTX_use_certificate(c->ctx, cert) &&
           SSL_CTX_use_PrivateKey(c->ctx, key);
  pem_password_clear(pass);
  if (ok && extra != NULL) {
    X509_STORE *store = SSL_CTX_get_cert_store(c->ctx);
    for (int i = 0; i < sk_X509_num(extra); i++) {
      X509 *x = sk_X509_value(extra, i);
      SSL_CTX_add1_chain_cert(c->ctx, x);
      X509_STORE_add_cert(store, x);
    }
  }
  if (extra != NULL) sk_X509_pop_free(extra, X509_free);
  X509_free(cert);
  EVP_PKEY_free(key);
  if (p12 != NULL) PKCS12_free(p12);
  if (!ok) return openssl_failed(ctx);
  return num(ctx, 0);
}

/* set(what, value) → 0 or a code, for the string and number settings:
 * 0 ciphers (TLS 1.2 list), 1 ciphersuites (TLS 1.3), 2 ECDH groups, 3 min version,
 * 4 max version, 5 session timeout (s), 6 options to add, 7 session id context (bytes),
 * 8 ticket keys (48 bytes), 10 verify mode (0 none, 1 request, 2 request and require),
 * 11 signature algorithms (OpenSSL's list syntax), 12 a client context shared by connections:
 * sessions are only handed to new_session_cb, never kept in the context's cache. */
LODE_LOCKED_CB(ctx_set_cb) {
  LODE_CB_UNUSED;
  ctx_t *c = this_ctx(this_obj);
  if (c == NULL) return num(ctx, E_ARG);
  int what = int_arg(ctx, argc, argv, 0);
  int ok = 1;
  if (what <= 2 || what == 11) {
    char *s = str_arg(ctx, argc, argv, 1);
    if (s == NULL) return num(ctx, E_ARG);
    if (what == 0) ok = SSL_CTX_set_cipher_list(c->ctx, s);
    else if (what == 1) ok = SSL_CTX_set_ciphersuites(c->ctx, s);
    else if (what == 2) ok = SSL_CTX_set1_groups_list(c->ctx, s);
    else ok = SSL_CTX_set1_sigalgs_list(c->ctx, s);
    free(s);
  } else if (what == 12) {
    SSL_CTX_set_session_cache_mode(c->ctx,
                                   SSL_SESS_CACHE_CLIENT | SSL_SESS_CACHE_NO_INTERNAL_STORE);
  } else if (what <= 6 || what == 10) {
    int v = int_arg(ctx, argc, argv, 1);
    if (what == 3) ok = SSL_CTX_set_min_proto_version(c->ctx, v);
    else if (what == 4) ok = SSL_CTX_set_max_proto_version(c->ctx, v);
    else if (what == 5) SSL_CTX_set_timeout(c->ctx, v);
    else if (what == 6) SSL_CTX_set_options(c->ctx, (uint64_t)(uint32_t)v);
    else SSL_CTX_set_verify(c->ctx, verify_mode(v), v == 0 ? NULL : verify_accept_cb);
  } else {
    lode__crypto_bytes_t b;
    if (!lode__crypto_get_bytes(ctx, argc, argv, 1, &b)) return num(ctx, E_ARG);
    if (what == 7) {
      ok = SSL_CTX_set_session_id_context(
          c->ctx, b.data, (unsigned int)(b.len > SSL_MAX_SID_CTX_LENGTH ? SSL_MAX_SID_CTX_LENGTH : b.len));
    } else if (what == 8) {
      ok = b.len == 48 && SSL_CTX_set_tlsext_ticket_keys(c->ctx, (void *)b.data, 48);
    } else {
      ok = 0;
    }
    free(b.owned);
  }
  if (!ok) return openssl_failed(ctx);
  return num(ctx, 0);
}

/* getTicketKeys() → 48 bytes. */
LODE_LOCKED_CB(ctx_get_ticket_keys_cb) {
  LODE_CB_UNUSED;
  ctx_t *c = this_ctx(this_obj);
  if (c == NULL) return JSValueMakeUndefined(ctx);
  uint8_t *p = malloc(48);
  CHECK(p != NULL);
  if (!SSL_CTX_get_tlsext_ticket_keys(c->ctx, p, 48)) {
    free(p);
    return JSValueMakeUndefined(ctx);
  }
  return lode__crypto_make_bytes(ctx, p, 48);
}

/* getCertificate() → DER of the context's own certificate, or undefined. */
LODE_LOCKED_CB(ctx_get_cert_cb) {
  LODE_CB_UNUSED;
  ctx_t *c = this_ctx(this_obj);
  if (c == NULL) return JSValueMakeUndefined(ctx);
  SSL *ssl = SSL_new(c->ctx);
  if (ssl == NULL) return JSValueMakeUndefined(ctx);
  JSValueRef r = cert_der(ctx, SSL_get_certificate(ssl));
  SSL_free(ssl);
  return r;
}

/* ---- TLSWrap ---- */

/* The write BIO appends OpenSSL's output to conn->out, which take_output hands to JS without
 * a copy: a memory BIO zero-fills as it grows and its contents had to be copied out. */
static BIO_METHOD *out_method;

/* Makes room for n more bytes of output. */
static void out_reserve(conn_t *c, size_t n) {
  if (c->out_len + n <= c->out_cap) return;
  size_t cap = c->out_cap > 0 ? c->out_cap : 4096;
  while (cap < c->out_len + n) cap *= 2;
  uint8_t *p = realloc(c->out, cap);
  CHECK(p != NULL);
  c->out = p;
  c->out_cap = cap;
}

static int out_write_ex(BIO *b, const char *data, size_t len, size_t *written) {
  conn_t *c = BIO_get_data(b);
  out_reserve(c, len);
  memcpy(c->out + c->out_len, data, len);
  c->out_len += len;
  *written = len;
  return 1;
}

static long out_ctrl(BIO *b, int cmd, long num, void *ptr) {
  (void)num;
  (void)ptr;
  conn_t *c = BIO_get_data(b);
  if (cmd == BIO_CTRL_FLUSH) return 1;
  if (cmd == BIO_CTRL_WPENDING) return c != NULL ? (long)c->out_len : 0;
  return 0;
}

static int bio_create(BIO *b) {
  BIO_set_init(b, 1);
  return 1;
}

/* The read BIO serves OpenSSL the ciphertext kept from earlier calls, then the bytes of the
 * current receive() in place; what is left at the end of the call is kept (a memory BIO
 * copied all of it in first). */
static BIO_METHOD *in_method;

static size_t in_pending(const conn_t *c) {
  return c->kept_len - c->kept_off + c->in_len;
}

static int in_read_ex(BIO *b, char *buf, size_t size, size_t *got) {
  conn_t *c = BIO_get_data(b);
  BIO_clear_retry_flags(b);
  size_t n = 0;
  if (c->kept_off < c->kept_len) {
    n = c->kept_len - c->kept_off < size ? c->kept_len - c->kept_off : size;
    memcpy(buf, c->kept + c->kept_off, n);
    c->kept_off += n;
    if (c->kept_off == c->kept_len) c->kept_off = c->kept_len = 0;
  }
  if (n < size && c->in_len > 0) {
    size_t m = c->in_len < size - n ? c->in_len : size - n;
    memcpy(buf + n, c->in, m);
    c->in += m;
    c->in_len -= m;
    n += m;
  }
  *got = n;
  if (n == 0) {
    BIO_set_retry_read(b); /* "wait for more", not end of file */
    return 0;
  }
  return 1;
}

/* Keeps what OpenSSL has not read of the current call's bytes. */
static void in_keep_rest(conn_t *c) {
  if (c->in_len > 0) {
    if (c->kept_off > 0) {
      memmove(c->kept, c->kept + c->kept_off, c->kept_len - c->kept_off);
      c->kept_len -= c->kept_off;
      c->kept_off = 0;
    }
    if (c->kept_len + c->in_len > c->kept_cap) {
      size_t cap = c->kept_len + c->in_len;
      uint8_t *p = realloc(c->kept, cap);
      CHECK(p != NULL);
      c->kept = p;
      c->kept_cap = cap;
    }
    memcpy(c->kept + c->kept_len, c->in, c->in_len);
    c->kept_len += c->in_len;
  }
  c->in = NULL;
  c->in_len = 0;
}

static long in_ctrl(BIO *b, int cmd, long num, void *ptr) {
  (void)num;
  (void)ptr;
  conn_t *c = BIO_get_data(b);
  if (cmd == BIO_CTRL_FLUSH) return 1;
  if (cmd == BIO_CTRL_PENDING) return c != NULL ? (long)in_pending(c) : 0;
  return 0;
}

/* A BIO over conn c, of the method in *method (made on first use with the given callbacks;
 * read_ex or write_ex may be NULL). */
static BIO *conn_bio_new(conn_t *c, BIO_METHOD **method, const char *name,
                         int (*read_ex)(BIO *, char *, size_t, size_t *),
                         int (*write_ex)(BIO *, const char *, size_t, size_t *),
                         long (*ctrl)(BIO *, int, long, void *)) {
  if (*method == NULL) {
    *method = BIO_meth_new(BIO_get_new_index() | BIO_TYPE_SOURCE_SINK, name);
    CHECK(*method != NULL);
    if (read_ex != NULL) BIO_meth_set_read_ex(*method, read_ex);
    if (write_ex != NULL) BIO_meth_set_write_ex(*method, write_ex);
    BIO_meth_set_ctrl(*method, ctrl);
    BIO_meth_set_create(*method, bio_create);
  }
  BIO *b = BIO_new(*method);
  CHECK(b != NULL);
  BIO_set_data(b, c);
  return b;
}

static void conn_release(conn_t *c) {
  if (c->ssl != NULL) SSL_free(c->ssl);
  c->ssl = NULL;
  if (c->new_session != NULL) SSL_SESSION_free(c->new_session);
  c->new_session = NULL;
  free(c->servername);
  c->servername = NULL;
  free(c->alpn);
  c->alpn = NULL;
  free(c->out);
  c->out = NULL;
  c->out_len = c->out_cap = c->out_off = 0;
  free(c->kept);
  c->kept = NULL;
  c->kept_off = c->kept_len = c->kept_cap = 0;
  if (c->keylog_buf != NULL) OPENSSL_cleanse(c->keylog_buf, c->keylog_cap);
  free(c->keylog_buf);
  c->keylog_buf = NULL;
}

static void conn_finalize(JSObjectRef obj) {
  conn_t *c = JSObjectGetPrivate(obj);
  if (c == NULL) return;
  conn_release(c);
  free(c);
}

/* createConnection(secureContext, isServer) → a TLSWrap, or a code. */
LODE_LOCKED_CB(create_conn_cb) {
  LODE_CB_UNUSED;
  ctx_t *sc = ctx_arg(ctx, argc, argv, 0);
  if (sc == NULL) return num(ctx, E_ARG);
  SSL *ssl = SSL_new(sc->ctx);
  if (ssl == NULL) return openssl_failed(ctx);
  conn_t *c = calloc(1, sizeof *c);
  CHECK(c != NULL);
  c->kind = KIND_CONN;
  c->ssl = ssl;
  c->sc = sc;
  c->server = argc > 1 && JSValueToBoolean(ctx, argv[1]);
  c->obj = JSObjectMake(ctx, conn_class, c);
  c->rbio = conn_bio_new(c, &in_method, "lode TLS input", in_read_ex, NULL, in_ctrl);
  c->wbio = conn_bio_new(c, &out_method, "lode TLS output", NULL, out_write_ex, out_ctrl);
  CHECK(c->rbio != NULL);
  SSL_set_bio(ssl, c->rbio, c->wbio);
  SSL_set_ex_data(ssl, conn_index, c);
  if (c->server) SSL_set_accept_state(ssl);
  else SSL_set_connect_state(ssl);
  return c->obj;
}

static void free_output_cb(void *bytes, void *base) {
  (void)bytes;
  free(base);
}

/* The ciphertext waiting in the write BIO (from c->out_off on) as a Uint8Array, or
 * undefined. */
static JSValueRef take_output(JSContextRef ctx, conn_t *c) {
  if (c->out_len == c->out_off) return JSValueMakeUndefined(ctx);
  uint8_t *p = c->out;
  size_t off = c->out_off, n = c->out_len - off;
  c->out = NULL;
  c->out_len = c->out_cap = c->out_off = 0;
  if (off == 0) return lode__crypto_make_bytes(ctx, p, n);
  JSObjectRef arr = JSObjectMakeTypedArrayWithBytesNoCopy(ctx, kJSTypedArrayTypeUint8Array,
                                                          p + off, n, free_output_cb, p, NULL);
  CHECK(arr != NULL);
  return arr;
}

/* Room for the records of len bytes of plaintext (a 16 KiB record adds at most ~90 bytes). */
static void out_reserve_records(conn_t *c, size_t len) {
  out_reserve(c, len + (len / 16384 + 1) * 128);
}

/* Before a handshake step: a connection that verifies its peer (a client, or a server that
 * asks for certificates) against the system store gets the system CA file loaded into it,
 * once for the process. */
static void root_bundle_needed(conn_t *c) {
  if (root_bundle_loaded || root_store == NULL) return;
  if (c->server && SSL_get_verify_mode(c->ssl) == SSL_VERIFY_NONE) return;
  if (SSL_CTX_get_cert_store(SSL_get_SSL_CTX(c->ssl)) != root_store) return;
  root_bundle_loaded = true;
  X509_LOOKUP *lookup = X509_STORE_add_lookup(root_store, X509_LOOKUP_file());
  if (lookup != NULL) X509_LOOKUP_load_file(lookup, NULL, X509_FILETYPE_DEFAULT);
  ERR_clear_error();
}

/* Handles a failed SSL call: R_ERROR for a fatal error, 0 if it only wants more input. */
static int check_error(conn_t *c, int ret) {
  int e = SSL_get_error(c->ssl, ret);
  if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE) return 0;
  if (e == SSL_ERROR_WANT_CLIENT_HELLO_CB) return 0;
  if (e == SSL_ERROR_ZERO_RETURN) return R_EOF;
  lode__crypto_capture_error();
  return R_ERROR;
}

/* Plaintext is decrypted into this buffer (one per thread): small reads are then copied into
 * the shared read pool (lode__pool_copy), a larger one takes the buffer over (shrunk to fit,
 * in place) and the next read makes a new one. */
enum { PLAIN_SCRATCH = 64 * 1024 };
static _Thread_local uint8_t *plain_scratch;
static _Thread_local size_t plain_scratch_cap;

static void free_plain_cb(void *bytes, void *ctx) {
  (void)ctx;
  free(bytes);
}

/* An ArrayBuffer holding the len bytes at the start of plain_scratch, with their offset in
 * *off. */
static JSValueRef plain_result(JSContextRef ctx, size_t len, size_t *off) {
  if (len <= LODE__POOL_MAX_COPY) {
    JSObjectRef pool = lode__pool_copy(ctx, (const char *)plain_scratch, len, off);
    CHECK(pool != NULL);
    return pool;
  }
  *off = 0;
  uint8_t *p = realloc(plain_scratch, len);
  CHECK(p != NULL);
  plain_scratch = NULL;
  plain_scratch_cap = 0;
  JSObjectRef ab =
      JSObjectMakeArrayBufferWithBytesNoCopy(ctx, p, len, free_plain_cb, NULL, NULL);
  CHECK(ab != NULL);
  return ab;
}

/* Advances the handshake and decrypts everything c->in and the kept bytes hold. Sets
 * r[0..4] to: flags, the ciphertext to send (or undefined), then the plaintext as an
 * ArrayBuffer (or undefined), its offset and its length. */
static void receive_core(JSContextRef ctx, conn_t *c, JSValueRef r[5]) {
  c->flags = 0;
  int flags = 0;
  if (!c->done) {
    if (c->sni_state == 1) c->sni_state = 2;
    root_bundle_needed(c);
    int ret = SSL_do_handshake(c->ssl);
    if (ret == 1) {
      c->done = 1;
      flags |= R_HANDSHAKE_DONE;
    } else {
      flags |= check_error(c, ret);
    }
  }
  size_t plain_len = 0;
  if (c->done && !(flags & R_ERROR)) {
    /* The plaintext is no longer than the ciphertext: room for all of it up front (plus a
     * record OpenSSL may hold), grown by a record's worth if that is not enough. */
    size_t want = in_pending(c) + 16384;
    for (;;) {
      if (plain_scratch_cap - plain_len < 16384 || plain_scratch_cap < want) {
        size_t cap = plain_scratch_cap < PLAIN_SCRATCH ? PLAIN_SCRATCH : plain_scratch_cap;
        if (cap < want) cap = want;
        if (cap - plain_len < 16384) cap = plain_len + 32768;
        uint8_t *p = realloc(plain_scratch, cap);
        CHECK(p != NULL);
        plain_scratch = p;
        plain_scratch_cap = cap;
      }
      size_t got = 0;
      int ret =
          SSL_read_ex(c->ssl, plain_scratch + plain_len, plain_scratch_cap - plain_len, &got);
      if (ret == 1) {
        plain_len += got;
        /* All input read and nothing buffered: the next read could only ask for more. */
        if (in_pending(c) == 0 && !SSL_has_pending(c->ssl)) break;
        continue;
      }
      flags |= check_error(c, ret);
      break;
    }
  }
  in_keep_rest(c);
  flags |= c->flags;
  r[0] = num(ctx, flags);
  r[1] = take_output(ctx, c);
  size_t off = 0;
  r[2] = plain_len > 0 ? plain_result(ctx, plain_len, &off) : JSValueMakeUndefined(ctx);
  r[3] = num(ctx, (double)off);
  r[4] = num(ctx, (double)plain_len);
}

/* receive(bytes | null) → [flags, ciphertext to send | undefined, plaintext (ArrayBuffer) |
 * undefined, its offset, its length]: feeds what the peer sent, advances the handshake, and
 * decrypts everything available. */
LODE_LOCKED_CB(conn_receive_cb) {
  LODE_CB_UNUSED;
  conn_t *c = this_conn(this_obj);
  if (c == NULL) return JSValueMakeUndefined(ctx);
  lode__crypto_bytes_t b = {NULL, 0, NULL};
  if (argc > 0 && lode__crypto_get_bytes(ctx, argc, argv, 0, &b)) {
    c->in = b.data;
    c->in_len = b.len;
  }
  JSValueRef r[5];
  receive_core(ctx, c, r);
  free(b.owned);
  return JSObjectMakeArray(ctx, 5, r, NULL);
}

/* ---- consuming a stream ----
 *
 * consume(handle) attaches the connection to the stream wrapper carrying its ciphertext (a
 * TCP socket): each read goes into OpenSSL here, straight from the read buffer, and reaches
 * JS as one call `onreceive(flags, out, plaintext, offset, length)` (receive()'s results; the
 * function obj.onreceive held when consume() was called). The stream's `onread` still gets
 * the end of the stream and errors. */

static JSStringRef onreceive_name;

static void consumer_detach(lode__stream_t *st) {
  conn_t *c = st->consumer;
  lode_runtime_t *rt = lode_runtime();
  st->consume = NULL;
  st->detach_consumer = NULL;
  st->consumer = NULL;
  c->stream = NULL;
  if (c->onreceive != NULL) JSValueUnprotect(rt->ctx, c->onreceive);
  c->onreceive = NULL;
  if (c->onwrite != NULL) JSValueUnprotect(rt->ctx, c->onwrite);
  c->onwrite = NULL;
  lode_unpin(rt, c->obj);
}

/* The arguments are made holding JSLock, released before the trampoline (which must be the
 * outermost lock: microtasks). */
static void consumer_read(lode__stream_t *st, char *bytes, size_t n) {
  conn_t *c = st->consumer;
  lode_runtime_t *rt = lode_runtime();
  JSContextRef ctx = rt->ctx;
  JSObjectRef obj = c->obj;
  JSObjectRef fn = c->onreceive;
  JSValueRef r[5];
  JSLock(ctx);
  c->in = (const uint8_t *)bytes;
  c->in_len = n;
  receive_core(ctx, c, r);
  JSUnlock(ctx);
  lode_make_callback(rt, fn, obj, 5, r);
}

static JSStringRef onwrite_name;

/* The function obj[name] (looked up through the cached key *key), or NULL. */
static JSObjectRef own_function(JSContextRef ctx, JSObjectRef obj, JSStringRef *key,
                                const char *name) {
  if (*key == NULL) *key = JSStringCreateWithUTF8CString(name);
  JSValueRef v = JSObjectGetProperty(ctx, obj, *key, NULL);
  return v != NULL && JSValueIsObject(ctx, v) && JSObjectIsFunction(ctx, (JSObjectRef)v)
             ? (JSObjectRef)v : NULL;
}

/* consume(handle) → true if this connection now consumes the reads of stream wrapper
 * handle; false if handle is not an open stream or already has a consumer, or there are no
 * onreceive and onwrite functions (onwrite: see write()). */
LODE_LOCKED_CB(conn_consume_cb) {
  LODE_CB_UNUSED;
  conn_t *c = this_conn(this_obj);
  lode__stream_t *st = c != NULL && argc > 0 && JSValueIsObject(ctx, argv[0])
                           ? lode__stream_this(ctx, (JSObjectRef)argv[0]) : NULL;
  if (st == NULL || st->consume != NULL || c->stream != NULL)
    return JSValueMakeBoolean(ctx, false);
  JSObjectRef on = own_function(ctx, this_obj, &onreceive_name, "onreceive");
  JSObjectRef onwrite = own_function(ctx, this_obj, &onwrite_name, "onwrite");
  if (on == NULL || onwrite == NULL) return JSValueMakeBoolean(ctx, false);
  c->onreceive = on;
  JSValueProtect(ctx, on);
  c->onwrite = onwrite;
  JSValueProtect(ctx, onwrite);
  st->consume = consumer_read;
  st->detach_consumer = consumer_detach;
  st->consumer = c;
  c->stream = st;
  lode_pin(lode_runtime(), c->obj);
  return JSValueMakeBoolean(ctx, true);
}

/* Encrypts len bytes at data into the output: 0 or E_OPENSSL. */
static int encrypt(conn_t *c, const uint8_t *data, size_t len) {
  if (len == 0) return 0;
  out_reserve_records(c, len);
  size_t w;
  int r = SSL_write_ex(c->ssl, data, len, &w);
  return r != 1 && check_error(c, r) != 0 ? E_OPENSSL : 0;
}

/* Encrypts the bytes of value into the output: 0, E_ARG (not bytes) or E_OPENSSL. */
static int write_plain(JSContextRef ctx, conn_t *c, JSValueRef value) {
  lode__crypto_bytes_t b;
  if (!lode__crypto_get_bytes(ctx, 1, &value, 0, &b)) return E_ARG;
  int rc = encrypt(c, b.data, b.len);
  free(b.owned);
  return rc;
}

/* Chunks of a list written together up to this many bytes go into one record (one
 * SSL_write): a response's head and body then cost one record, as in Node. */
enum { JOIN_MAX = 16384 };

/* Encrypts the chunks of array arr: runs of small chunks are joined into one SSL_write. */
static int write_list(JSContextRef ctx, conn_t *c, JSObjectRef arr) {
  static _Thread_local uint8_t join[JOIN_MAX];
  size_t joined = 0;
  JSValueRef len_v = lode_js_get(ctx, arr, "length");
  size_t n = (size_t)JSValueToNumber(ctx, len_v, NULL);
  for (size_t i = 0; i < n; i++) {
    JSValueRef item = JSObjectGetPropertyAtIndex(ctx, arr, (unsigned)i, NULL);
    lode__crypto_bytes_t b;
    if (!lode__crypto_get_bytes(ctx, 1, &item, 0, &b)) return E_ARG;
    int rc = 0;
    if (joined + b.len <= JOIN_MAX) {
      memcpy(join + joined, b.data, b.len);
      joined += b.len;
    } else {
      rc = encrypt(c, join, joined);
      joined = 0;
      if (rc == 0 && b.len <= JOIN_MAX) {
        memcpy(join, b.data, b.len);
        joined = b.len;
      } else if (rc == 0) {
        rc = encrypt(c, b.data, b.len);
      }
    }
    free(b.owned);
    if (rc != 0) return rc;
  }
  return encrypt(c, join, joined);
}

/* A write of ciphertext queued on the consumed stream: it owns the bytes and pins the
 * connection's wrapper until libuv is done with it. */
typedef struct tls_write_s {
  uv_write_t req;
  conn_t *c;
  uint8_t *base;
} tls_write_t;

/* Calls onwrite(status) for the oldest queued write, unless the connection stopped
 * consuming (its pending callbacks then belong to lib/, which failed them). */
static void after_queued_write(uv_write_t *req, int status) {
  tls_write_t *w = (tls_write_t *)req;
  conn_t *c = w->c;
  lode_runtime_t *rt = lode_runtime();
  free(w->base);
  JSObjectRef obj = c->obj;
  JSObjectRef fn = c->onwrite;
  if (fn != NULL) {
    JSValueRef arg = JSValueMakeNumber(rt->ctx, status);
    lode_make_callback(rt, fn, obj, 1, &arg);
  }
  lode_unpin(rt, obj);
  free(w);
}

/* Sends the output to stream wrapper handle (lib/ gives it when nothing of its own is queued
 * on it): straight away, the rest (or all) through a uv_write queued behind the stream's
 * writes when it is the consumed stream (after_queued_write then reports it), else left in
 * the output for the caller. Returns 0 when all was written, 1 when a queued write will
 * report, -1 when something is left in the output. */
static int send_output(JSContextRef ctx, conn_t *c, JSValueRef handle) {
  if (c->out_len == 0) return 0;
  lode__stream_t *st = JSValueIsObject(ctx, handle) ? lode__stream_this(ctx, (JSObjectRef)handle)
                                                    : NULL;
  if (st == NULL || st->state != LODE__HANDLE_OPEN) return -1;
  uv_buf_t buf = uv_buf_init((char *)c->out, (unsigned)c->out_len);
  int r = uv_try_write(&st->h.stream, &buf, 1);
  if (r == (int)c->out_len) {
    c->out_len = 0;
    return 0;
  }
  if (r < 0 && r != UV_EAGAIN) return -1; /* the caller's write through the stream fails */
  size_t done = r > 0 ? (size_t)r : 0;
  if (st != c->stream) {
    c->out_off = done; /* take_output hands over the rest */
    return -1;
  }
  tls_write_t *w = malloc(sizeof *w);
  CHECK(w != NULL);
  w->c = c;
  w->base = c->out;
  buf = uv_buf_init((char *)c->out + done, (unsigned)(c->out_len - done));
  if (uv_write(&w->req, &st->h.stream, &buf, 1, after_queued_write) != 0) {
    free(w);
    c->out_off = done;
    return -1;
  }
  c->out = NULL;
  c->out_len = c->out_cap = 0;
  lode_pin(lode_runtime(), c->obj);
  return 1;
}

/* write(bytes | [bytes...], handle?) → the ciphertext to send (Uint8Array), or a code; with
 * handle (given when nothing is queued on it) or on a consumed stream, 0 when the records
 * went straight to the stream, 1 when they were queued on the consumed stream (onwrite(status)
 * says when they are written: one call per write that returned 1, in order). */
LODE_LOCKED_CB(conn_write_cb) {
  LODE_CB_UNUSED;
  conn_t *c = this_conn(this_obj);
  if (c == NULL || !c->done || argc < 1) return num(ctx, E_ARG);
  c->flags = 0;
  int rc;
  if (JSValueGetTypedArrayType(ctx, argv[0], NULL) == kJSTypedArrayTypeNone &&
      JSValueIsArray(ctx, argv[0])) {
    rc = write_list(ctx, c, (JSObjectRef)argv[0]);
  } else {
    rc = write_plain(ctx, c, argv[0]);
  }
  if (rc != 0) return num(ctx, rc);
  int sent = send_output(ctx, c, argc > 1 ? argv[1] : JSValueMakeUndefined(ctx));
  if (sent >= 0) return num(ctx, sent);
  return take_output(ctx, c);
}

/* shutdown() → the close_notify alert to send (Uint8Array) or undefined. */
LODE_LOCKED_CB(conn_shutdown_cb) {
  LODE_CB_UNUSED;
  conn_t *c = this_conn(this_obj);
  if (c == NULL) return JSValueMakeUndefined(ctx);
  if (c->done) SSL_shutdown(c->ssl);
  ERR_clear_error();
  return take_output(ctx, c);
}

/* set(what, value) → 0 or a code: 0 servername to send (client), 1 ALPN protocols to offer
 * (wire format), 2 session to resume (DER), 3 pause for SNI (server), 4 keylog on,
 * 5 verify mode (0 none, 1 request, 2 require), 6 secure context (SNI result),
 * 7 ALPN protocols to select from (server, wire format). */
LODE_LOCKED_CB(conn_set_cb) {
  LODE_CB_UNUSED;
  conn_t *c = this_conn(this_obj);
  if (c == NULL) return num(ctx, E_ARG);
  int what = int_arg(ctx, argc, argv, 0);
  int ok = 1;
  if (what == 0) {
    char *s = str_arg(ctx, argc, argv, 1);
    if (s == NULL) return num(ctx, E_ARG);
    ok = SSL_set_tlsext_host_name(c->ssl, s);
    free(s);
  } else if (what == 1 || what == 2 || what == 7) {
    lode__crypto_bytes_t b;
    if (!lode__crypto_get_bytes(ctx, argc, argv, 1, &b)) return num(ctx, E_ARG);
    if (what == 7) {
      free(c->alpn);
      c->alpn = malloc(b.len + 1);
      CHECK(c->alpn != NULL);
      memcpy(c->alpn, b.data, b.len);
      c->alpn_len = b.len;
    } else if (what == 1) {
      ok = SSL_set_alpn_protos(c->ssl, b.data, (unsigned int)b.len) == 0;
    } else {
      const unsigned char *p = b.data;
      SSL_SESSION *sess = d2i_SSL_SESSION(NULL, &p, (long)b.len);
      ok = sess != NULL && SSL_set_session(c->ssl, sess);
      if (sess != NULL) SSL_SESSION_free(sess);
    }
    free(b.owned);
  } else if (what == 3) {
    c->sni_wanted = int_arg(ctx, argc, argv, 1);
  } else if (what == 4) {
    c->keylog = int_arg(ctx, argc, argv, 1);
    if (c->keylog) SSL_CTX_set_keylog_callback(SSL_get_SSL_CTX(c->ssl), keylog_cb);
  } else if (what == 5) {
    int v = int_arg(ctx, argc, argv, 1);
    SSL_set_verify(c->ssl, verify_mode(v), v == 0 ? NULL : verify_accept_cb);
  } else if (what == 6) {
    ctx_t *sc = ctx_arg(ctx, argc, argv, 1);
    if (sc == NULL) return num(ctx, E_ARG);
    ok = SSL_set_SSL_CTX(c->ssl, sc->ctx) != NULL;
    if (ok) c->sc = sc;
    if (ok && c->keylog) SSL_CTX_set_keylog_callback(sc->ctx, keylog_cb);
  } else {
    return num(ctx, E_ARG);
  }
  if (!ok) return openssl_failed(ctx);
  return num(ctx, 0);
}

static JSValueRef str_or_undefined(JSContextRef ctx, const char *s) {
  return s != NULL ? lode_js_value_from_cstr(ctx, s) : JSValueMakeUndefined(ctx);
}

/* get(what) → information about the connection:
 * 0 protocol ('TLSv1.3'), 1 [cipher name, standard name, version], 2 session (DER),
 * 3 session reused, 4 ALPN protocol (or false), 5 [verify code, message] or undefined,
 * 6 servername, 7 peer certificate chain [DER...] (leaf first), 8 own certificate (DER),
 * 9 keylog lines taken (Buffer of lines ending in \n), 10 new session taken (DER),
 * 11 handshake finished. */
LODE_LOCKED_CB(conn_get_cb) {
  LODE_CB_UNUSED;
  conn_t *c = this_conn(this_obj);
  if (c == NULL) return JSValueMakeUndefined(ctx);
  int what = int_arg(ctx, argc, argv, 0);
  SSL *ssl = c->ssl;
  switch (what) {
  case 0:
    return c->done ? str_or_undefined(ctx, SSL_get_version(ssl)) : JSValueMakeNull(ctx);
  case 1: {
    const SSL_CIPHER *ci = SSL_get_current_cipher(ssl);
    if (ci == NULL) return JSValueMakeUndefined(ctx);
    JSValueRef v[3] = {str_or_undefined(ctx, SSL_CIPHER_get_name(ci)),
                       str_or_undefined(ctx, SSL_CIPHER_standard_name(ci)),
                       str_or_undefined(ctx, SSL_CIPHER_get_version(ci))};
    return JSObjectMakeArray(ctx, 3, v, NULL);
  }
  case 2:
  case 10: {
    SSL_SESSION *sess;
    if (what == 2) {
      sess = SSL_get1_session(ssl);
    } else {
      sess = c->new_session;
      c->new_session = NULL;
    }
    if (sess == NULL) return JSValueMakeUndefined(ctx);
    int len = i2d_SSL_SESSION(sess, NULL);
    JSValueRef r = JSValueMakeUndefined(ctx);
    if (len > 0) {
      uint8_t *p = malloc((size_t)len), *q = p;
      CHECK(p != NULL);
      i2d_SSL_SESSION(sess, &q);
      r = lode__crypto_make_bytes(ctx, p, (size_t)len);
    }
    SSL_SESSION_free(sess);
    return r;
  }
  case 3:
    return JSValueMakeBoolean(ctx, SSL_session_reused(ssl));
  case 4: {
    const unsigned char *p;
    unsigned int len;
    SSL_get0_alpn_selected(ssl, &p, &len);
    if (len == 0) return JSValueMakeBoolean(ctx, false);
    return lode_js_value_from_utf8(ctx, (const char *)p, len);
  }
  case 5: {
    long code = X509_V_OK;
    X509 *peer = SSL_get1_peer_certificate(ssl);
    if (peer == NULL) {
      /* No certificate at all: Node reports the missing issuer. */
      code = X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT;
    } else {
      X509_free(peer);
      code = SSL_get_verify_result(ssl);
    }
    if (code == X509_V_OK) return JSValueMakeUndefined(ctx);
    JSValueRef v[2] = {num(ctx, (double)code),
                       str_or_undefined(ctx, X509_verify_cert_error_string(code))};
    return JSObjectMakeArray(ctx, 2, v, NULL);
  }
  case 6: {
    const char *name = c->servername;
    if (name == NULL) name = SSL_get_servername(ssl, TLSEXT_NAMETYPE_host_name);
    return name != NULL ? lode_js_value_from_cstr(ctx, name) : JSValueMakeBoolean(ctx, false);
  }
  case 7: {
    JSObjectRef arr = JSObjectMakeArray(ctx, 0, NULL, NULL);
    X509 *peer = SSL_get1_peer_certificate(ssl);
    if (peer == NULL) return arr;
    unsigned n = 0;
    JSObjectSetPropertyAtIndex(ctx, arr, n++, cert_der(ctx, peer), NULL);
    STACK_OF(X509) *chain = SSL_get_peer_cert_chain(ssl);
    for (int i = 0; chain != NULL && i < sk_X509_num(chain); i++) {
      X509 *x = sk_X509_value(chain, i);
      if (i == 0 && X509_cmp(x, peer) == 0) continue; /* a client's chain starts with the leaf */
      JSObjectSetPropertyAtIndex(ctx, arr, n++, cert_der(ctx, x), NULL);
    }
    X509_free(peer);
    return arr;
  }
  case 8:
    return cert_der(ctx, SSL_get_certificate(ssl));
  case 9: {
    if (c->keylog_len == 0) return JSValueMakeUndefined(ctx);
    uint8_t *p = malloc(c->keylog_len);
    CHECK(p != NULL);
    memcpy(p, c->keylog_buf, c->keylog_len);
    JSValueRef r = lode__crypto_make_bytes(ctx, p, c->keylog_len);
    OPENSSL_cleanse(c->keylog_buf, c->keylog_len);
    c->keylog_len = 0;
    return r;
  }
  case 11:
    return JSValueMakeBoolean(ctx, c->done);
  default:
    return JSValueMakeUndefined(ctx);
  }
}

/* free() releases the connection now (idempotent); later calls see a dead handle. */
LODE_LOCKED_CB(conn_free_cb) {
  LODE_CB_UNUSED;
  conn_t *c = JSObjectGetPrivate(this_obj);
  if (c != NULL && c->kind == KIND_CONN) {
    if (c->stream != NULL) consumer_detach(c->stream);
    conn_release(c);
  }
  return JSValueMakeUndefined(ctx);
}

/* ---- binding ---- */

/* getCiphers() → the TLS cipher names OpenSSL offers by default, lower-cased by lib/. */
LODE_LOCKED_CB(get_ciphers_cb) {
  LODE_CB_UNUSED;
  SSL_CTX *sc = SSL_CTX_new(TLS_method());
  if (sc == NULL) return openssl_failed(ctx);
  SSL *ssl = SSL_new(sc);
  JSObjectRef arr = JSObjectMakeArray(ctx, 0, NULL, NULL);
  STACK_OF(SSL_CIPHER) *list = ssl != NULL ? SSL_get_ciphers(ssl) : NULL;
  for (int i = 0; list != NULL && i < sk_SSL_CIPHER_num(list); i++) {
    const SSL_CIPHER *ci = sk_SSL_CIPHER_value(list, i);
    JSObjectSetPropertyAtIndex(ctx, arr, (unsigned)i, str_or_undefined(ctx, SSL_CIPHER_get_name(ci)),
                               NULL);
  }
  if (ssl != NULL) SSL_free(ssl);
  SSL_CTX_free(sc);
  return arr;
}

/* verifyErrorName(code) → the X509_V_ERR_ name of a verify code is kept in lib/; this gives
 * OpenSSL's message for a code. */
LODE_LOCKED_CB(verify_message_cb) {
  LODE_CB_UNUSED;
  return str_or_undefined(ctx, X509_verify_cert_error_string(int_arg(ctx, argc, argv, 0)));
}

#define METHOD(name, cb)                                                                           \
  { name, cb, kJSPropertyAttributeDontEnum | kJSPropertyAttributeReadOnly }

JSObjectRef lode_binding_tls_wrap(lode_runtime_t *rt) {
  JSContextRef ctx = rt->ctx;
  /* The crypto binding initializes OpenSSL (OPENSSL_INIT_NO_ATEXIT, providers) first. */
  CHECK(lode_binding_get(rt, "crypto") != NULL);
  if (ctx_class == NULL) {
    OPENSSL_init_ssl(OPENSSL_INIT_NO_ATEXIT | OPENSSL_INIT_LOAD_SSL_STRINGS, NULL);
    conn_index = SSL_get_ex_new_index(0, NULL, NULL, NULL, NULL);
    CHECK(conn_index >= 0);
    static const JSStaticFunction ctx_functions[] = {
        METHOD("setKey", ctx_set_key_cb),
        METHOD("setCert", ctx_set_cert_cb),
        METHOD("addCACert", ctx_add_ca_cb),
        METHOD("addCRL", ctx_add_crl_cb),
        METHOD("addRootCerts", ctx_add_root_certs_cb),
        METHOD("loadPKCS12", ctx_load_pkcs12_cb),
        METHOD("set", ctx_set_cb),
        METHOD("getTicketKeys", ctx_get_ticket_keys_cb),
        METHOD("getCertificate", ctx_get_cert_cb),
        {NULL, NULL, 0}};
    static const JSStaticFunction conn_functions[] = {
        METHOD("receive", conn_receive_cb), METHOD("write", conn_write_cb),
        METHOD("shutdown", conn_shutdown_cb), METHOD("set", conn_set_cb),
        METHOD("get", conn_get_cb),         METHOD("free", conn_free_cb),
        METHOD("consume", conn_consume_cb),
        {NULL, NULL, 0}};
    ctx_class = lode__crypto_make_class("SecureContext", ctx_functions, ctx_finalize);
    conn_class = lode__crypto_make_class("TLSWrap", conn_functions, conn_finalize);
    ERR_clear_error();
  }
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  lode_js_set_function(ctx, b, "createSecureContext", create_ctx_cb);
  lode_js_set_function(ctx, b, "createConnection", create_conn_cb);
  lode_js_set_function(ctx, b, "getCiphers", get_ciphers_cb);
  lode_js_set_function(ctx, b, "verifyMessage", verify_message_cb);
  return b;
}
