#include "lazy_lib.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static pthread_mutex_t load_lock = PTHREAD_MUTEX_INITIALIZER;

/* A library that cannot be loaded is as fatal as a missing DT_NEEDED library was, but only
 * for the programs that use it. 70 is what Lode exits with when its bootstrap fails. */
_Noreturn static void lazy_fail(const char *what, const char *err) {
  fprintf(stderr, "lode: cannot load %s: %s\n", what, err ? err : "unknown error");
  fflush(stdout);
  fflush(stderr);
  _exit(70);
}

void lode_lazy_load(lode_lazy_lib_t *lib) {
  if (__atomic_load_n(&lib->handle, __ATOMIC_ACQUIRE) != NULL) return;
  /* dlopen is thread-safe and returns the same handle twice; the lock only keeps two
   * threads from both paying for the first load. */
  pthread_mutex_lock(&load_lock);
  if (lib->handle == NULL) {
    void *h = dlopen(lib->soname, RTLD_NOW | RTLD_LOCAL);
    if (h == NULL) lazy_fail(lib->soname, dlerror());
    __atomic_store_n(&lib->handle, h, __ATOMIC_RELEASE);
  }
  pthread_mutex_unlock(&load_lock);
}

void *lode_lazy_sym(lode_lazy_lib_t *lib, const char *name) {
  lode_lazy_load(lib);
  void *p = dlsym(__atomic_load_n(&lib->handle, __ATOMIC_ACQUIRE), name);
  if (p == NULL) lazy_fail(name, dlerror());
  return p;
}

/* The libraries loaded this way, by the bindings that use them. */
LODE_LAZY_LIB(lode__libcrypto, "libcrypto.so.3");
LODE_LAZY_LIB(lode__libbrotlienc, "libbrotlienc.so.1");
LODE_LAZY_LIB(lode__libbrotlidec, "libbrotlidec.so.1");
LODE_LAZY_LIB(lode__libzstd, "libzstd.so.1");
LODE_LAZY_LIB(lode__libcares, "libcares.so.2");
