/* c-ares, loaded on first use (see src/lazy_lib.h): not linked, because mapping and
 * relocating it cost every start ~0.4M instructions and only DNS queries use it.
 * cares_wrap.c includes it instead of <ares.h>. Every c-ares function called must have a line
 * below (a missing one fails the build with "undefined reference"). */
#ifndef LODE_BINDINGS_CARES_LAZY_H
#define LODE_BINDINGS_CARES_LAZY_H

#include <ares.h>

#include "../lazy_lib.h"

extern lode_lazy_lib_t lode__libcares;

#define CARES_FN(f) LODE_LAZY_FN(lode__libcares, f)

#define ares_cancel CARES_FN(ares_cancel)
#define ares_destroy CARES_FN(ares_destroy)
#define ares_free_data CARES_FN(ares_free_data)
#define ares_get_servers_ports CARES_FN(ares_get_servers_ports)
#define ares_gethostbyaddr CARES_FN(ares_gethostbyaddr)
#define ares_inet_ntop CARES_FN(ares_inet_ntop)
#define ares_init_options CARES_FN(ares_init_options)
#define ares_library_init CARES_FN(ares_library_init)
#define ares_process_fd CARES_FN(ares_process_fd)
#define ares_query CARES_FN(ares_query)
#define ares_set_local_ip4 CARES_FN(ares_set_local_ip4)
#define ares_set_local_ip6 CARES_FN(ares_set_local_ip6)
#define ares_set_servers_ports CARES_FN(ares_set_servers_ports)
#define ares_strerror CARES_FN(ares_strerror)
#define ares_timeout CARES_FN(ares_timeout)

#endif
