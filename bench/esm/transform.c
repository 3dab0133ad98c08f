/* Transform throughput (bench/esm/transform.sh): runs src/transform over a file RUNS times
 * with the given flags and prints the median MiB/s of UTF-8 source. The source is decoded
 * to UTF-16 once, outside the timing: JS strings already are UTF-16 when the binding gets
 * them. Usage: transform FILE FLAGS [RUNS] */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "../../src/transform/transform.h"

static size_t utf8_to_utf16(const unsigned char *s, size_t n, uint16_t *o) {
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

static int compare_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

int main(int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: transform FILE FLAGS [RUNS]\n");
    return 2;
  }
  int flags = atoi(argv[2]), runs = argc > 3 ? atoi(argv[3]) : 15;
  if (runs < 1 || runs > 1000) runs = 15;
  FILE *f = fopen(argv[1], "rb");
  if (f == NULL) return 2;
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  unsigned char *bytes = malloc((size_t)n + 1);
  if (fread(bytes, 1, (size_t)n, f) != (size_t)n) return 2;
  fclose(f);
  uint16_t *src = malloc(((size_t)n + 1) * sizeof *src);
  size_t len = utf8_to_utf16(bytes, (size_t)n, src);
  double *rates = malloc((size_t)runs * sizeof *rates);
  for (int i = 0; i < runs; i++) {
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    lode_tx_result_t r;
    lode_transform(src, len, flags, &r);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    if (r.status != LODE_TX_OK) {
      fprintf(stderr, "%s:%u:%u: %s\n", argv[1], r.line, r.column, r.message);
      return 1;
    }
    lode_transform_free(&r);
    double secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    rates[i] = (double)n / (1024.0 * 1024.0) / secs;
  }
  qsort(rates, (size_t)runs, sizeof *rates, compare_double);
  printf("%.1f\n", rates[runs / 2]);
  return 0;
}
