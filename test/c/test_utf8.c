/* Unit tests for the UTF-8 ⇄ UTF-16 conversions in src/js.c (WHATWG decoding rules). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/js.h"

static int failures;

static void expect_decode(const char *name, const char *in, size_t len, const JSChar *want,
                          size_t want_len) {
  JSStringRef s = lode_js_string_from_utf8(in, len);
  size_t n = JSStringGetLength(s);
  const JSChar *got = JSStringGetCharactersPtr(s);
  int ok = n == want_len && memcmp(got, want, n * sizeof(JSChar)) == 0;
  printf("%s decode: %s\n", ok ? "OK  " : "FAIL", name);
  if (!ok) failures++;
  JSStringRelease(s);
}

static void expect_encode(const char *name, const JSChar *in, size_t len, const char *want) {
  JSStringRef s = JSStringCreateWithCharacters(in, len);
  size_t n;
  char *got = lode_js_string_to_utf8(s, &n);
  int ok = n == strlen(want) && memcmp(got, want, n) == 0;
  printf("%s encode: %s\n", ok ? "OK  " : "FAIL", name);
  if (!ok) failures++;
  free(got);
  JSStringRelease(s);
}

#define DECODE(name, in, ...)                                                                      \
  do {                                                                                             \
    const JSChar want[] = {__VA_ARGS__};                                                           \
    expect_decode(name, in, sizeof(in) - 1, want, sizeof want / sizeof want[0]);                   \
  } while (0)

int main(void) {
  DECODE("ascii", "abc", 'a', 'b', 'c');
  DECODE("embedded NUL kept", "a\0b", 'a', 0, 'b');
  /* Runs of ASCII long enough for the 16- and 8-byte steps, broken by multibyte characters. */
  DECODE("long ascii runs around multibyte",
         "0123456789abcdefghijklmnopq\xC3\xA9rstuvwxyz0123456\xE2\x82\xAC!",
         '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h',
         'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 0xE9, 'r', 's', 't', 'u', 'v', 'w', 'x', 'y',
         'z', '0', '1', '2', '3', '4', '5', '6', 0x20AC, '!');
  DECODE("two-byte", "\xC3\xA9", 0xE9);
  DECODE("three-byte", "\xE2\x82\xAC", 0x20AC);
  DECODE("four-byte becomes a surrogate pair", "\xF0\x9F\x98\x80", 0xD83D, 0xDE00);
  DECODE("bad continuation", "\xC3\x28", 0xFFFD, '(');
  DECODE("truncated sequence is one replacement", "\xE2\x82", 0xFFFD);
  DECODE("truncated before ascii", "\xE2\x82x", 0xFFFD, 'x');
  DECODE("encoded surrogate", "\xED\xA0\x80", 0xFFFD, 0xFFFD, 0xFFFD);
  DECODE("overlong", "\xC0\xAF", 0xFFFD, 0xFFFD);
  DECODE("above U+10FFFF", "\xF4\x90\x80\x80", 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD);
  DECODE("lone continuation",
         "\x80"
         "a",
         0xFFFD, 'a');

  const JSChar euro[] = {0x20AC};
  expect_encode("three-byte", euro, 1, "\xE2\x82\xAC");
  const JSChar pair[] = {0xD83D, 0xDE00};
  expect_encode("surrogate pair", pair, 2, "\xF0\x9F\x98\x80");
  const JSChar lone[] = {'a', 0xD800, 'b'};
  expect_encode("lone surrogate becomes U+FFFD", lone, 3,
                "a\xEF\xBF\xBD"
                "b");
  const JSChar trailing_high[] = {0xDBFF};
  expect_encode("trailing high surrogate", trailing_high, 1, "\xEF\xBF\xBD");

  return failures == 0 ? 0 : 1;
}
