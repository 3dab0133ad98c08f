/* js2c: embeds lib/ JavaScript sources in the binary.
 * Usage: js2c OUT.c LIBDIR FILE... ; each FILE is a path under LIBDIR ending in .js, and its
 * module id is the path relative to LIBDIR without ".js". Sources are decoded from UTF-8 into
 * UTF-16 here, at build time, wrapped as they run (see block_prefix_start) and sorted by id for
 * binary search at run time; a module that is all ASCII is embedded as bytes, NUL-terminated.
 * Comments are dropped (see strip_comments); JS2C_DUMP=DIR also writes the embedded text of
 * each module to DIR/<id with '/' as '+'>.js, to check the stripping against a real parser. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdbool.h>

typedef struct {
  char *id;
  unsigned short *units;
  size_t n;
} source_t;

/* A built-in module runs as one strict program whose code sits in a block that receives the
 * module variables from `this` (block_prefix_start, the names, block_prefix_end); the prefix
 * shares the file's first line, so reported lines stay exact. A program's top level is
 * parsed once, whereas the body of a function wrapper is parsed twice (checked when the
 * wrapper is compiled, parsed again when it is first called): start-up saves ~0.7 ms. The
 * block behaves as a wrapper's body would because lib files are strict and have no
 * top-level `var` (it would make a global), `return`, `this` or `arguments`. */
static const char block_prefix_start[] = "'use strict';{let {";
static const char block_prefix_end[] = "} = this;";
static const char block_suffix[] = "\n}";

/* The module variables; the prefix destructures only those a module's text mentions (each
 * costs ~4k instructions per module load). */
static const char *const module_vars[] = {"exports", "require", "module", "process",
                                          "internalBinding"};

static bool is_word_unit(unsigned short c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '$' || c >= 0x80;
}

/* Whether word occurs in u[0..n) as a whole word other than right after a property dot
 * (`module.exports`; a spread `...exports` counts). Strings are not told apart: a name that
 * appears only in one is still destructured, which is harmless. */
static bool mentions(const unsigned short *u, size_t n, const char *word) {
  size_t len = strlen(word);
  for (size_t i = 0; i + len <= n; i++) {
    if (u[i] != (unsigned char)word[0] || (i > 0 && is_word_unit(u[i - 1]))) continue;
    if (i > 0 && u[i - 1] == '.' && !(i > 2 && u[i - 2] == '.' && u[i - 3] == '.')) continue;
    size_t k = 1;
    while (k < len && u[i + k] == (unsigned char)word[k])
      k++;
    if (k == len && (i + len == n || !is_word_unit(u[i + len]))) return true;
  }
  return false;
}

/* Writes ASCII text s as array elements; returns its length. */
static size_t write_ascii(FILE *out, const char *s) {
  size_t n = 0;
  for (; s[n]; n++)
    fprintf(out, "%u,", (unsigned char)s[n]);
  return n;
}

/* Writes the block prefix of a module as array elements; returns its length. */
static size_t write_prefix(FILE *out, const source_t *src) {
  size_t n = write_ascii(out, block_prefix_start);
  bool first = true;
  for (size_t v = 0; v < sizeof module_vars / sizeof module_vars[0]; v++) {
    if (!mentions(src->units, src->n, module_vars[v])) continue;
    if (!first) n += write_ascii(out, ", ");
    first = false;
    n += write_ascii(out, module_vars[v]);
  }
  return n + write_ascii(out, block_prefix_end);
}

static int by_id(const void *a, const void *b) {
  return strcmp(((const source_t *)a)->id, ((const source_t *)b)->id);
}

static unsigned short *decode(const unsigned char *s, size_t len, size_t *out_n) {
  unsigned short *u = malloc((len + 1) * sizeof *u);
  size_t n = 0;
  for (size_t i = 0; i < len;) {
    unsigned c = s[i], cp, extra;
    if (c < 0x80) {
      cp = c;
      extra = 0;
    } else if ((c & 0xE0) == 0xC0) {
      cp = c & 0x1F;
      extra = 1;
    } else if ((c & 0xF0) == 0xE0) {
      cp = c & 0x0F;
      extra = 2;
    } else {
      cp = c & 0x07;
      extra = 3;
    }
    if (i + extra >= len + (extra == 0)) {
      fprintf(stderr, "js2c: truncated UTF-8\n");
      exit(1);
    }
    for (unsigned k = 1; k <= extra; k++)
      cp = (cp << 6) | (s[i + k] & 0x3F);
    i += extra + 1;
    if (cp >= 0x10000) {
      cp -= 0x10000;
      u[n++] = (unsigned short)(0xD800 + (cp >> 10));
      u[n++] = (unsigned short)(0xDC00 + (cp & 0x3FF));
    } else {
      u[n++] = (unsigned short)cp;
    }
  }
  *out_n = n;
  return u;
}

/* Writes a module's embedded text as UTF-8 to DIR/<id, '/' replaced by '+'>.js. */
static void dump_source(const char *dir, const source_t *src) {
  char path[4096];
  snprintf(path, sizeof path, "%s/%s.js", dir, src->id);
  for (char *p = path + strlen(dir) + 1; *p; p++)
    if (*p == '/') *p = '+';
  FILE *f = fopen(path, "wb");
  if (!f) {
    perror(path);
    exit(1);
  }
  for (size_t k = 0; k < src->n; k++) {
    unsigned c = src->units[k];
    if (c >= 0xD800 && c < 0xDC00 && k + 1 < src->n) {
      unsigned cp = 0x10000 + ((c - 0xD800) << 10) + (src->units[++k] - 0xDC00);
      fputc(0xF0 | (cp >> 18), f);
      fputc(0x80 | ((cp >> 12) & 0x3F), f);
      fputc(0x80 | ((cp >> 6) & 0x3F), f);
      fputc(0x80 | (cp & 0x3F), f);
    } else if (c >= 0x800) {
      fputc(0xE0 | (c >> 12), f);
      fputc(0x80 | ((c >> 6) & 0x3F), f);
      fputc(0x80 | (c & 0x3F), f);
    } else if (c >= 0x80) {
      fputc(0xC0 | (c >> 6), f);
      fputc(0x80 | (c & 0x3F), f);
    } else {
      fputc((int)c, f);
    }
  }
  fclose(f);
}

static bool is_ident_unit(unsigned short c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         c == '_' || c == '$' || c >= 0x80;
}

/* Whether a '/' after the word u[start..end) starts a regular expression literal. */
static bool keyword_allows_regex(const unsigned short *u, size_t start, size_t end) {
  static const char *const words[] = {"return", "typeof", "case", "do", "else", "in",
                                      "of", "new", "delete", "void", "throw", "instanceof",
                                      "yield", "await", NULL};
  for (int i = 0; words[i] != NULL; i++) {
    size_t len = strlen(words[i]);
    if (len != end - start) continue;
    size_t k = 0;
    while (k < len && u[start + k] == (unsigned char)words[i][k])
      k++;
    if (k == len) return true;
  }
  return false;
}

/* Removes comments from a module's source while every token keeps its line and column, so
 * stacks and error carets stay exact: the engine lexes each function body twice at start-up
 * (checked when compiled, parsed again on the first call) and comment text was ~20% of the
 * bootstrap's bytes. A `//` comment is cut to its line end; a block comment becomes the line
 * breaks it contains, followed by spaces up to its end column if code follows it on its last
 * line; a one-line block comment between code is kept. Strings, template literals (with
 * nested substitutions) and regular expression literals are skipped; a '/' starts a regular
 * expression unless it follows an identifier, a number, `)` or `]` (a keyword such as
 * `return` excepted). Trailing white space before a removed comment goes too. Returns the
 * new length; `u` is rewritten in place. */
static size_t strip_comments(unsigned short *u, size_t n) {
  size_t out = 0, i = 0;
  unsigned short last = 0;          /* last significant code unit, 0 at the start */
  size_t word_start = 0, word_end = 0; /* the last identifier-like word, if last ends one */
  int braces = 0;
  int template_depths[64];
  int templates = 0;
  size_t line_start_out = 0;        /* output index of the current line's start */
  while (i < n) {
    unsigned short c = u[i];
    if (c == '\n') {
      u[out++] = c;
      i++;
      line_start_out = out;
      continue;
    }
    if (c == '/' && i + 1 < n && (u[i + 1] == '/' || u[i + 1] == '*')) {
      bool block = u[i + 1] == '*';
      size_t end = i + 2;
      size_t newlines = 0;
      if (block) {
        while (end + 1 < n && !(u[end] == '*' && u[end + 1] == '/')) {
          if (u[end] == '\n') newlines++;
          end++;
        }
        end += 2;
      } else {
        while (end < n && u[end] != '\n')
          end++;
      }
      /* What follows the comment on its last line: only white space? */
      size_t rest = end;
      while (rest < n && (u[rest] == ' ' || u[rest] == '\t' || u[rest] == '\r'))
        rest++;
      bool code_follows = rest < n && u[rest] != '\n';
      if (block && newlines == 0 && code_follows) {
        /* Between code on one line: keep it, so columns after it stay. */
        while (i < end)
          u[out++] = u[i++];
        continue;
      }
      /* Drop the white space before the comment on this line. */
      while (out > line_start_out && (u[out - 1] == ' ' || u[out - 1] == '\t'))
        out--;
      if (newlines > 0) {
        for (size_t k = 0; k < newlines; k++)
          u[out++] = '\n';
        /* The column of the comment's end, counted from the start of its last line. */
        size_t last_line = end;
        while (u[last_line - 1] != '\n')
          last_line--;
        line_start_out = out;
        if (code_follows) {
          for (size_t k = last_line; k < end; k++)
            u[out++] = u[k] == '\t' ? '\t' : ' ';
        }
      }
      i = end;
      continue;
    }
    if (c == '\'' || c == '"') {
      u[out++] = u[i++];
      while (i < n && u[i] != c && u[i] != '\n') {
        if (u[i] == '\\' && i + 1 < n) u[out++] = u[i++];
        u[out++] = u[i++];
      }
      if (i < n && u[i] == c) u[out++] = u[i++];
      last = c;
      continue;
    }
    if (c == '`' || (c == '}' && templates > 0 && template_depths[templates - 1] == braces)) {
      if (c == '}') templates--;
      u[out++] = u[i++];
      while (i < n && u[i] != '`' && !(u[i] == '$' && i + 1 < n && u[i + 1] == '{')) {
        if (u[i] == '\\' && i + 1 < n) u[out++] = u[i++];
        if (u[i] == '\n') {
          u[out++] = u[i++];
          line_start_out = out;
          continue;
        }
        u[out++] = u[i++];
      }
      if (i < n && u[i] == '`') {
        u[out++] = u[i++];
        last = '`';
      } else if (i < n) {
        if (templates == 64) {
          fprintf(stderr, "js2c: template literals nested too deeply\n");
          exit(1);
        }
        template_depths[templates++] = braces;
        u[out++] = u[i++];
        u[out++] = u[i++];
        last = '{';
      }
      continue;
    }
    if (c == '/') {
      bool regex = last == 0 || (last < 0x80 && strchr("(,=:[!&|?{};+-*%<>~^", last) != NULL);
      if (!regex && is_ident_unit(last) && keyword_allows_regex(u, word_start, word_end))
        regex = true;
      if (regex) {
        bool in_class = false;
        u[out++] = u[i++];
        while (i < n && u[i] != '\n' && (in_class || u[i] != '/')) {
          if (u[i] == '\\' && i + 1 < n) u[out++] = u[i++];
          else if (u[i] == '[') in_class = true;
          else if (u[i] == ']') in_class = false;
          u[out++] = u[i++];
        }
        if (i < n && u[i] == '/') u[out++] = u[i++];
        last = 'a';
        word_start = word_end = 0;
        continue;
      }
    }
    if (is_ident_unit(c)) {
      /* Words are copied whole, so that `last` and the word bounds describe this one. */
      size_t start = i;
      while (i < n && is_ident_unit(u[i]))
        u[out++] = u[i++];
      last = u[i - 1];
      /* Bounds in output coordinates equal input ones only before any removal, so keep
       * the word's text where keyword_allows_regex reads it: the output. */
      word_start = out - (i - start);
      word_end = out;
      continue;
    }
    if (c == '{') braces++;
    if (c == '}') braces--;
    if (c != ' ' && c != '\t' && c != '\r') last = c;
    u[out++] = u[i++];
  }
  return out;
}

int main(int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: js2c OUT.c LIBDIR FILE...\n");
    return 2;
  }
  size_t libdir_len = strlen(argv[2]);
  int count = argc - 3;
  source_t *srcs = calloc((size_t)count + 1, sizeof *srcs);
  for (int i = 0; i < count; i++) {
    const char *path = argv[i + 3];
    FILE *f = fopen(path, "rb");
    if (!f) {
      perror(path);
      return 1;
    }
    fseek(f, 0, SEEK_END);
    long len = ftell(f);
    fseek(f, 0, SEEK_SET);
    unsigned char *data = malloc((size_t)len + 1);
    if (fread(data, 1, (size_t)len, f) != (size_t)len) {
      perror(path);
      return 1;
    }
    fclose(f);
    const char *rel = path + libdir_len;
    while (*rel == '/')
      rel++;
    size_t idlen = strlen(rel) - 3;
    srcs[i].id = strndup(rel, idlen);
    srcs[i].units = decode(data, (size_t)len, &srcs[i].n);
    srcs[i].n = strip_comments(srcs[i].units, srcs[i].n);
    free(data);
    const char *dump = getenv("JS2C_DUMP");
    if (dump != NULL) dump_source(dump, &srcs[i]);
  }
  qsort(srcs, (size_t)count, sizeof *srcs, by_id);
  FILE *out = fopen(argv[1], "w");
  if (!out) {
    perror(argv[1]);
    return 1;
  }
  fprintf(out, "/* Generated by tools/js2c from lib/. Do not edit. */\n");
  fprintf(out, "#include <stddef.h>\n#include <stdint.h>\n#include \"bindings/index.h\"\n\n");
  /* Each module is embedded already wrapped as src/bindings/natives.c runs it, so the
   * engine can read the array in place (no copy per module at start-up). */
  size_t *lengths = calloc((size_t)count + 1, sizeof *lengths);
  bool *wide = calloc((size_t)count + 1, sizeof *wide);
  if (lengths == NULL || wide == NULL) {
    fprintf(stderr, "js2c: out of memory\n");
    return 1;
  }
  for (int i = 0; i < count; i++) {
    /* ASCII modules (all but one) are embedded as bytes: half the size in the binary, and the
     * engine keeps an 8-bit copy of each source it runs rather than a UTF-16 one. */
    for (size_t k = 0; k < srcs[i].n && !wide[i]; k++)
      wide[i] = srcs[i].units[k] >= 0x80 || srcs[i].units[k] == 0;
    fprintf(out, "static const %s src_%d[] = {", wide[i] ? "uint16_t" : "char", i);
    size_t n = write_prefix(out, &srcs[i]);
    for (size_t k = 0; k < srcs[i].n; k++)
      fprintf(out, "%s%u,", k % 24 ? "" : "\n", srcs[i].units[k]);
    n += srcs[i].n + write_ascii(out, block_suffix);
    fprintf(out, "0};\n");
    lengths[i] = n;
  }
  fprintf(out, "\nconst lode_native_t lode_natives[] = {\n");
  for (int i = 0; i < count; i++)
    fprintf(out, "  {\"%s\", src_%d, %zu, %s},\n", srcs[i].id, i, lengths[i],
            wide[i] ? "true" : "false");
  fprintf(out, "  {NULL, NULL, 0, false}};\nconst size_t lode_natives_count = %d;\n", count);
  fclose(out);
  return 0;
}
