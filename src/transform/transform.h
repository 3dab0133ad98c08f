/* The JavaScript/TypeScript transform: erases TypeScript type syntax and rewrites ES modules
 * into the generator-function shape the module loader runs (doc/esm.md), keeping every token
 * on its line and column. It works on UTF-16 (what JS strings are), so columns are UTF-16
 * units as V8 reports them. It never reads outside the input and always terminates. */
#ifndef LODE_TRANSFORM_H
#define LODE_TRANSFORM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define LODE_TX_TYPESCRIPT 1
#define LODE_TX_MODULE 2
#define LODE_TX_DETECT 4
#define LODE_TX_DYNAMIC_IMPORT 8 /* a script whose import() calls are rewritten */

enum { LODE_TX_OK = 0, LODE_TX_SYNTAX_ERROR = 1, LODE_TX_UNSUPPORTED_TS = 2 };

/* A string held in lode_tx_result_t.strings: units strings[off .. off+len). */
typedef struct {
  uint32_t off, len;
} lode_tx_str_t;

typedef struct {
  lode_tx_str_t specifier;
  uint32_t attr_start, attr_count; /* range of lode_tx_result_t.attrs, sorted by key */
  bool has_attrs;                  /* a `with { }` clause was written, even empty */
} lode_tx_request_t;

typedef struct {
  lode_tx_str_t key, value;
} lode_tx_attr_t;

typedef struct {
  uint32_t request;
  lode_tx_str_t name; /* imported name; "default" for default imports */
  uint32_t line, column;
} lode_tx_import_t;

typedef struct {
  lode_tx_str_t name;     /* exported name */
  uint32_t request;
  lode_tx_str_t imported; /* "*" for export * as ns */
} lode_tx_reexport_t;

/* A replacement longer than the source text it replaces (a reference to an imported binding):
 * the source columns [start_column, end_column) of `line` became `grow` units longer, so the
 * engine's columns after it on that line are larger than the file's. */
typedef struct {
  uint32_t line; /* 1-based */
  uint32_t start_column, end_column; /* 0-based, UTF-16 units */
  uint32_t grow;
} lode_tx_shift_t;

typedef struct {
  int status;        /* LODE_TX_OK, LODE_TX_SYNTAX_ERROR or LODE_TX_UNSUPPORTED_TS */
  char message[256]; /* UTF-8, when status != OK */
  uint32_t line;     /* 1-based */
  uint32_t column;   /* 0-based, UTF-16 units */

  uint16_t *code;
  size_t code_len;
  size_t prologue_len; /* units of code before the first source unit */

  bool has_module_syntax, has_tla;
  uint16_t *strings;
  size_t strings_len;
  lode_tx_request_t *requests;
  size_t nrequests;
  lode_tx_attr_t *attrs;
  size_t nattrs;
  lode_tx_import_t *imports;
  size_t nimports;
  lode_tx_str_t *local_exports;
  size_t nlocal_exports;
  lode_tx_reexport_t *reexports;
  size_t nreexports;
  uint32_t *star_exports;
  size_t nstar_exports;
  lode_tx_shift_t *shifts; /* in source order */
  size_t nshifts;
} lode_tx_result_t;

/* Transforms src[0..len) according to flags (LODE_TX_*) into *out, which the caller releases
 * with lode_transform_free whatever the status. Returns out->status. With LODE_TX_DETECT only
 * has_module_syntax is meaningful. */
int lode_transform(const uint16_t *src, size_t len, int flags, lode_tx_result_t *out);

/* Frees what lode_transform allocated in r (not r itself). */
void lode_transform_free(lode_tx_result_t *r);

#endif
