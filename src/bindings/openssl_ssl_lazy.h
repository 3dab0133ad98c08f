/* OpenSSL's libssl, loaded on first use like libcrypto (see openssl_lazy.h and
 * src/lazy_lib.h). Only the tls binding includes this header; it includes libssl's headers
 * first, then openssl_lazy.h (libcrypto's list), then routes every libssl function Lode calls
 * through LODE_LAZY_FN. A missing line fails the build with "undefined reference to
 * `SSL_foo'": add `#define SSL_foo SSL_FN(SSL_foo)`, keeping the list sorted. Macros such as
 * SSL_CTX_set_min_proto_version expand to SSL_CTX_ctrl/SSL_ctrl, listed here. libssl.so.3
 * needs libcrypto.so.3, which the dynamic loader shares with the crypto binding's copy. */
#ifndef LODE_BINDINGS_OPENSSL_SSL_LAZY_H
#define LODE_BINDINGS_OPENSSL_SSL_LAZY_H

#include <openssl/pkcs12.h>
#include <openssl/ssl.h>
#include <openssl/tls1.h>
#include <openssl/x509_vfy.h>

#include "openssl_lazy.h"

extern lode_lazy_lib_t lode__libssl;

#define SSL_FN(f) LODE_LAZY_FN(lode__libssl, f)

#define OPENSSL_init_ssl SSL_FN(OPENSSL_init_ssl)
#define SSL_CIPHER_get_name SSL_FN(SSL_CIPHER_get_name)
#define SSL_CIPHER_get_version SSL_FN(SSL_CIPHER_get_version)
#define SSL_CIPHER_standard_name SSL_FN(SSL_CIPHER_standard_name)
#define SSL_CTX_check_private_key SSL_FN(SSL_CTX_check_private_key)
#define SSL_CTX_ctrl SSL_FN(SSL_CTX_ctrl)
#define SSL_CTX_free SSL_FN(SSL_CTX_free)
#define SSL_CTX_get_cert_store SSL_FN(SSL_CTX_get_cert_store)
#define SSL_CTX_new SSL_FN(SSL_CTX_new)
#define SSL_CTX_sess_set_new_cb SSL_FN(SSL_CTX_sess_set_new_cb)
#define SSL_CTX_set1_cert_store SSL_FN(SSL_CTX_set1_cert_store)
#define SSL_CTX_set_alpn_select_cb SSL_FN(SSL_CTX_set_alpn_select_cb)
#define SSL_CTX_set_cipher_list SSL_FN(SSL_CTX_set_cipher_list)
#define SSL_CTX_set_ciphersuites SSL_FN(SSL_CTX_set_ciphersuites)
#define SSL_CTX_set_client_hello_cb SSL_FN(SSL_CTX_set_client_hello_cb)
#define SSL_CTX_set_keylog_callback SSL_FN(SSL_CTX_set_keylog_callback)
#define SSL_CTX_set_options SSL_FN(SSL_CTX_set_options)
#define SSL_CTX_set_session_id_context SSL_FN(SSL_CTX_set_session_id_context)
#define SSL_CTX_set_timeout SSL_FN(SSL_CTX_set_timeout)
#define SSL_CTX_set_verify SSL_FN(SSL_CTX_set_verify)
#define SSL_CTX_use_PrivateKey SSL_FN(SSL_CTX_use_PrivateKey)
#define SSL_CTX_use_certificate SSL_FN(SSL_CTX_use_certificate)
#define SSL_SESSION_free SSL_FN(SSL_SESSION_free)
#define SSL_client_hello_get0_ext SSL_FN(SSL_client_hello_get0_ext)
#define SSL_ctrl SSL_FN(SSL_ctrl)
#define SSL_do_handshake SSL_FN(SSL_do_handshake)
#define SSL_free SSL_FN(SSL_free)
#define SSL_get0_alpn_selected SSL_FN(SSL_get0_alpn_selected)
#define SSL_get1_peer_certificate SSL_FN(SSL_get1_peer_certificate)
#define SSL_get1_session SSL_FN(SSL_get1_session)
#define SSL_get_certificate SSL_FN(SSL_get_certificate)
#define SSL_get_ciphers SSL_FN(SSL_get_ciphers)
#define SSL_get_current_cipher SSL_FN(SSL_get_current_cipher)
#define SSL_get_error SSL_FN(SSL_get_error)
#define SSL_get_SSL_CTX SSL_FN(SSL_get_SSL_CTX)
#define SSL_get_ex_data SSL_FN(SSL_get_ex_data)
#define SSL_get_peer_cert_chain SSL_FN(SSL_get_peer_cert_chain)
#define SSL_get_servername SSL_FN(SSL_get_servername)
#define SSL_get_verify_mode SSL_FN(SSL_get_verify_mode)
#define SSL_get_verify_result SSL_FN(SSL_get_verify_result)
#define SSL_get_version SSL_FN(SSL_get_version)
#define SSL_has_pending SSL_FN(SSL_has_pending)
#define SSL_is_init_finished SSL_FN(SSL_is_init_finished)
#define SSL_new SSL_FN(SSL_new)
#define SSL_read_ex SSL_FN(SSL_read_ex)
#define SSL_select_next_proto SSL_FN(SSL_select_next_proto)
#define SSL_session_reused SSL_FN(SSL_session_reused)
#define SSL_set_SSL_CTX SSL_FN(SSL_set_SSL_CTX)
#define SSL_set_accept_state SSL_FN(SSL_set_accept_state)
#define SSL_set_alpn_protos SSL_FN(SSL_set_alpn_protos)
#define SSL_set_bio SSL_FN(SSL_set_bio)
#define SSL_set_connect_state SSL_FN(SSL_set_connect_state)
#define SSL_set_ex_data SSL_FN(SSL_set_ex_data)
#define SSL_set_session SSL_FN(SSL_set_session)
#define SSL_set_verify SSL_FN(SSL_set_verify)
#define SSL_shutdown SSL_FN(SSL_shutdown)
#define SSL_write_ex SSL_FN(SSL_write_ex)
#define TLS_method SSL_FN(TLS_method)
#define d2i_SSL_SESSION SSL_FN(d2i_SSL_SESSION)
#define i2d_SSL_SESSION SSL_FN(i2d_SSL_SESSION)

#endif
