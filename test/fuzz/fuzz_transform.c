/* libFuzzer target for the transform (`make fuzz`): arbitrary bytes must never crash, hang
 * or read out of bounds (ASan/UBSan), every successful output keeps the input's lines, and
 * a script that JavaScriptCore accepts must still be accepted after the transform.
 *
 * Input: the first byte selects the flags (its low 4 bits) and the encoding of the rest:
 * bit 7 set means raw little-endian UTF-16 units (lone surrogates and all), else UTF-8. */
#include <stdlib.h>
#include <string.h>

#include <JavaScriptCore/JavaScript.h>

#include "../../src/transform/transform.h"

static JSGlobalContextRef ctx;

static size_t utf8_to_utf16(const uint8_t *s, size_t n, uint16_t *o) {
  size_t k = 0;
  for (size_t i = 0; i < n;) {
    unsigned c = s[i];
    if (c < 0x80) {
      o[k++] = (uint16_t)c;
      i++;
    } else if ((c & 0xE0) == 0xC0 && i + 1 < n) {
      o[k++] = (uint16_t)(((c & 0x1F) << 6) | (s[i + 1] & 0x3F));
      i += 2;
    } else if ((c & 0xF0) == 0xE0 && i + 2 < n) {
      o[k++] = (uint16_t)(((c & 0x0F) << 12) | ((s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F));
      i += 3;
    } else {
      o[k++] = 0xFFFD;
      i++;
    }
  }
  return k;
}

static bool engine_accepts(const uint16_t *s, size_t n) {
  JSStringRef str = JSStringCreateWithCharacters(s, n);
  bool ok = JSCheckScriptSyntax(ctx, str, NULL, 1, NULL);
  JSStringRelease(str);
  return ok;
}

static size_t count_lines(const uint16_t *s, size_t n) {
  size_t lines = 0;
  for (size_t i = 0; i < n; i++)
    if (s[i] == '\n' || s[i] == 0x2028 || s[i] == 0x2029 ||
        (s[i] == '\r' && !(i + 1 < n && s[i + 1] == '\n')))
      lines++;
  return lines;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size == 0) return 0;
  if (ctx == NULL) ctx = JSGlobalContextCreate(NULL);
  int flags = data[0] & 15;
  bool raw16 = data[0] & 0x80;
  data++, size--;
  uint16_t *src = malloc((size + 1) * sizeof *src);
  size_t len;
  if (raw16) {
    len = size / 2;
    for (size_t i = 0; i < len; i++) src[i] = (uint16_t)(data[2 * i] | data[2 * i + 1] << 8);
  } else {
    len = utf8_to_utf16(data, size, src);
  }
  lode_tx_result_t r;
  lode_transform(src, len, flags, &r);
  if (r.status == LODE_TX_OK && !(flags & LODE_TX_DETECT)) {
    /* The module's closing `\n})` is not source: compare the lines before it. */
    size_t code_len = (flags & LODE_TX_MODULE) ? r.code_len - 3 : r.code_len;
    if (count_lines(r.code, code_len) != count_lines(src, len)) abort();
    /* A plain script the engine accepts must survive the transform. */
    if (!(flags & (LODE_TX_MODULE | LODE_TX_TYPESCRIPT)) && engine_accepts(src, len) &&
        !engine_accepts(r.code, r.code_len))
      abort();
  }
  lode_transform_free(&r);
  free(src);
  return 0;
}
