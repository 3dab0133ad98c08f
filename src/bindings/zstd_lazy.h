/* Zstandard, loaded on first use (see src/lazy_lib.h) like Brotli (brotli_lazy.h): not linked,
 * so a program that never uses zstd does not pay for mapping libzstd at start-up. zlib.c
 * includes it instead of <zstd.h>. Every zstd function called must have a line below. */
#ifndef LODE_BINDINGS_ZSTD_LAZY_H
#define LODE_BINDINGS_ZSTD_LAZY_H

#include <zstd.h>
#include <zstd_errors.h>

#include "../lazy_lib.h"

extern lode_lazy_lib_t lode__libzstd;

#define ZSTD_FN(f) LODE_LAZY_FN(lode__libzstd, f)

#define ZSTD_CCtx_reset ZSTD_FN(ZSTD_CCtx_reset)
#define ZSTD_CCtx_setParameter ZSTD_FN(ZSTD_CCtx_setParameter)
#define ZSTD_CCtx_setPledgedSrcSize ZSTD_FN(ZSTD_CCtx_setPledgedSrcSize)
#define ZSTD_DCtx_reset ZSTD_FN(ZSTD_DCtx_reset)
#define ZSTD_DCtx_setParameter ZSTD_FN(ZSTD_DCtx_setParameter)
#define ZSTD_compressBound ZSTD_FN(ZSTD_compressBound)
#define ZSTD_compressStream2 ZSTD_FN(ZSTD_compressStream2)
#define ZSTD_createCCtx ZSTD_FN(ZSTD_createCCtx)
#define ZSTD_createDCtx ZSTD_FN(ZSTD_createDCtx)
#define ZSTD_decompressStream ZSTD_FN(ZSTD_decompressStream)
#define ZSTD_freeCCtx ZSTD_FN(ZSTD_freeCCtx)
#define ZSTD_freeDCtx ZSTD_FN(ZSTD_freeDCtx)
#define ZSTD_getErrorCode ZSTD_FN(ZSTD_getErrorCode)
#define ZSTD_getErrorName ZSTD_FN(ZSTD_getErrorName)
#define ZSTD_getFrameContentSize ZSTD_FN(ZSTD_getFrameContentSize)
#define ZSTD_isError ZSTD_FN(ZSTD_isError)
#define ZSTD_versionString ZSTD_FN(ZSTD_versionString)

#endif
