/* Shared libraries loaded on first use instead of at start-up.
 *
 * Every library in the executable's DT_NEEDED list is mapped and relocated before main()
 * runs, whether the program uses it or not: libcrypto alone cost ~3.2M instructions (~6% of
 * `lode -e 0`), brotli ~0.7M. A library used only by some bindings is therefore not linked;
 * its binding's file routes each function it calls through LODE_LAZY_FN, which loads the
 * library (dlopen) the first time any of its functions is called and looks each function up
 * (dlsym) the first time that call site runs. The code calling it reads as before:
 *
 *   #include <zzz.h>                    // every header of the library first
 *   #include "lazy_lib.h"
 *   extern lode_lazy_lib_t lode__libzzz;  // defined once: LODE_LAZY_LIB(lode__libzzz, "libzzz.so.1")
 *   #define zzz_open LODE_LAZY_FN(lode__libzzz, zzz_open)
 *   ...
 *   zzz_open(x);                        // unchanged
 *
 * The list of #defines must name every function the code calls: the library is not linked, so
 * a call that is not routed fails the build with "undefined reference to `zzz_close'". The
 * library's headers must all be included before the #defines (a declaration read after them
 * would be rewritten). Failing to load the library or a function is fatal (a message, exit
 * 70), as a missing DT_NEEDED library was. Lookups may happen on any thread. */
#ifndef LODE_LAZY_LIB_H
#define LODE_LAZY_LIB_H

typedef struct lode_lazy_lib_s {
  const char *soname;
  void *handle; /* accessed atomically */
} lode_lazy_lib_t;

#define LODE_LAZY_LIB(var, soname) lode_lazy_lib_t var = {soname, 0}

/* Returns the address of function `name` in lib, loading lib first if needed. Never NULL:
 * exits the process with a message if the library or the function cannot be found. */
void *lode_lazy_sym(lode_lazy_lib_t *lib, const char *name);

/* Loads lib now (idempotent); for code that must run before the library's first call from
 * a worker thread, or that wants the failure early. */
void lode_lazy_load(lode_lazy_lib_t *lib);

/* The function f of lib, typed as f is declared, resolved once per call site. `f` inside the
 * expansion is not expanded again (a macro is not re-entered), so __typeof__ and #f see the
 * real name. A GNU statement expression (GCC and Clang accept it with -std=c11). */
#define LODE_LAZY_FN(lib, f)                                          \
  (*({                                                                \
    static void *lode__fn_ptr;                                        \
    void *lode__p = __atomic_load_n(&lode__fn_ptr, __ATOMIC_ACQUIRE); \
    if (lode__p == 0) {                                               \
      lode__p = lode_lazy_sym(&(lib), #f);                            \
      __atomic_store_n(&lode__fn_ptr, lode__p, __ATOMIC_RELEASE);     \
    }                                                                 \
    (__typeof__(f) *)lode__p;                                         \
  }))

#endif
