/* Brotli's encoder and decoder, loaded on first use (see src/lazy_lib.h): not linked, because
 * mapping and relocating libbrotlienc, libbrotlidec and libbrotlicommon cost every start
 * ~0.7M instructions. zlib.c includes it instead of the Brotli headers. Every Brotli function called
 * must have a line below (a missing one fails the build with "undefined reference"). */
#ifndef LODE_BINDINGS_BROTLI_LAZY_H
#define LODE_BINDINGS_BROTLI_LAZY_H

#include <brotli/decode.h>
#include <brotli/encode.h>

#include "../lazy_lib.h"

extern lode_lazy_lib_t lode__libbrotlienc;
extern lode_lazy_lib_t lode__libbrotlidec;

#define BROTLI_ENC_FN(f) LODE_LAZY_FN(lode__libbrotlienc, f)
#define BROTLI_DEC_FN(f) LODE_LAZY_FN(lode__libbrotlidec, f)

#define BrotliDecoderCreateInstance BROTLI_DEC_FN(BrotliDecoderCreateInstance)
#define BrotliDecoderDecompressStream BROTLI_DEC_FN(BrotliDecoderDecompressStream)
#define BrotliDecoderDestroyInstance BROTLI_DEC_FN(BrotliDecoderDestroyInstance)
#define BrotliDecoderErrorString BROTLI_DEC_FN(BrotliDecoderErrorString)
#define BrotliDecoderGetErrorCode BROTLI_DEC_FN(BrotliDecoderGetErrorCode)
#define BrotliDecoderSetParameter BROTLI_DEC_FN(BrotliDecoderSetParameter)
#define BrotliEncoderCompressStream BROTLI_ENC_FN(BrotliEncoderCompressStream)
#define BrotliEncoderCreateInstance BROTLI_ENC_FN(BrotliEncoderCreateInstance)
#define BrotliEncoderDestroyInstance BROTLI_ENC_FN(BrotliEncoderDestroyInstance)
#define BrotliEncoderIsFinished BROTLI_ENC_FN(BrotliEncoderIsFinished)
#define BrotliEncoderMaxCompressedSize BROTLI_ENC_FN(BrotliEncoderMaxCompressedSize)
#define BrotliEncoderSetParameter BROTLI_ENC_FN(BrotliEncoderSetParameter)

#endif
