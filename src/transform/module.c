/* The module half of the transform: scopes and references, import and export declarations,
 * the rewrite of references to imported bindings, the output (prologue, edits applied) and
 * the entry point. See doc/esm.md for the shape of the output. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define TK (p->tok.kind)

void *lode__tx_vec_grow(void *vec, size_t item_size) {
  struct {
    char *items;
    size_t len, cap;
  } *v = vec;
  if (v->len == v->cap) {
    size_t cap = v->cap ? v->cap * 2 : 16;
    char *items = realloc(v->items, cap * item_size);
    if (items == NULL) abort();
    v->items = items;
    v->cap = cap;
  }
  return v->items + item_size * v->len++;
}

/* Writes the decimal digits of n and a NUL to buf (at least 21 bytes); returns buf. Cheaper
 * than snprintf, which the prologue and every rewritten import reference called. */
static char *format_uint(char *buf, size_t n) {
  char digits[20];
  size_t k = 0;
  do {
    digits[k++] = (char)('0' + n % 10);
    n /= 10;
  } while (n > 0);
  size_t i = 0;
  while (k > 0) buf[i++] = digits[--k];
  buf[i] = '\0';
  return buf;
}

static void append_u16(parser_t *p, const uint16_t *s, size_t n) {
  for (size_t i = 0; i < n; i++) *vec_push(&p->text) = s[i];
}

static void append_ascii(parser_t *p, const char *s) {
  while (*s) *vec_push(&p->text) = (uint16_t)(unsigned char)*s++;
}

void lode__tx_edit_u16(parser_t *p, uint32_t start, uint32_t end, const uint16_t *text,
                       uint32_t text_len) {
  edit_t *e = vec_push(&p->edits);
  e->start = start;
  e->end = end;
  e->text_off = (uint32_t)p->text.len;
  e->text_len = text_len;
  e->seq = p->seq++;
  if (text_len) append_u16(p, text, text_len);
}

void lode__tx_edit(parser_t *p, uint32_t start, uint32_t end, const char *text) {
  edit_t *e = vec_push(&p->edits);
  e->start = start;
  e->end = end;
  e->text_off = (uint32_t)p->text.len;
  e->seq = p->seq++;
  size_t before = p->text.len;
  if (text) append_ascii(p, text);
  /* vec_push may have moved the edits array: index it again. */
  p->edits.items[p->edits.len - 1].text_len = (uint32_t)(p->text.len - before);
}

/* ---- strings ---- */

lode_tx_str_t lode__tx_intern(parser_t *p, const uint16_t *s, uint32_t len) {
  lode_tx_str_t r = {(uint32_t)p->strings.len, len};
  for (uint32_t i = 0; i < len; i++) *vec_push(&p->strings) = s[i];
  return r;
}

lode_tx_str_t lode__tx_intern_ascii(parser_t *p, const char *s) {
  lode_tx_str_t r = {(uint32_t)p->strings.len, 0};
  while (*s) {
    *vec_push(&p->strings) = (uint16_t)(unsigned char)*s++;
    r.len++;
  }
  return r;
}

static int hex_value(uint16_t c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

static void push_code_point(parser_t *p, uint32_t cp) {
  if (cp >= 0x10000) {
    cp -= 0x10000;
    *vec_push(&p->strings) = (uint16_t)(0xD800 + (cp >> 10));
    *vec_push(&p->strings) = (uint16_t)(0xDC00 + (cp & 0x3FF));
  } else {
    *vec_push(&p->strings) = (uint16_t)cp;
  }
}

/* Decodes the escape at s[i] (after the backslash) and returns the index after it. */
static uint32_t decode_escape(parser_t *p, const uint16_t *s, uint32_t i, uint32_t end) {
  if (i >= end) return end;
  uint16_t c = s[i++];
  switch (c) {
  case 'n': push_code_point(p, '\n'); return i;
  case 't': push_code_point(p, '\t'); return i;
  case 'r': push_code_point(p, '\r'); return i;
  case 'b': push_code_point(p, '\b'); return i;
  case 'f': push_code_point(p, '\f'); return i;
  case 'v': push_code_point(p, '\v'); return i;
  case '\r':
    if (i < end && s[i] == '\n') i++;
    return i;
  case '\n':
  case 0x2028:
  case 0x2029: return i;
  case 'x':
    if (i + 1 < end && hex_value(s[i]) >= 0 && hex_value(s[i + 1]) >= 0) {
      push_code_point(p, (uint32_t)(hex_value(s[i]) * 16 + hex_value(s[i + 1])));
      return i + 2;
    }
    push_code_point(p, c);
    return i;
  case 'u':
    if (i < end && s[i] == '{') {
      uint32_t cp = 0, j = i + 1;
      while (j < end && hex_value(s[j]) >= 0 && cp <= 0x10FFFF) cp = cp * 16 + (uint32_t)hex_value(s[j++]);
      if (j < end && s[j] == '}' && cp <= 0x10FFFF) {
        push_code_point(p, cp);
        return j + 1;
      }
    } else if (i + 3 < end && hex_value(s[i]) >= 0 && hex_value(s[i + 1]) >= 0 &&
               hex_value(s[i + 2]) >= 0 && hex_value(s[i + 3]) >= 0) {
      push_code_point(p, (uint32_t)(hex_value(s[i]) << 12 | hex_value(s[i + 1]) << 8 |
                                    hex_value(s[i + 2]) << 4 | hex_value(s[i + 3])));
      return i + 4;
    }
    push_code_point(p, c);
    return i;
  default:
    if (c >= '0' && c <= '7') {
      uint32_t v = c - '0';
      for (int k = 0; k < 2 && i < end && s[i] >= '0' && s[i] <= '7' && v * 8 + (s[i] - '0') < 256; k++)
        v = v * 8 + (s[i++] - '0');
      push_code_point(p, v);
      return i;
    }
    push_code_point(p, c);
    return i;
  }
}

/* The value of a string literal token, interned. */
lode_tx_str_t lode__tx_string_value(parser_t *p, const token_t *t) {
  lode_tx_str_t r = {(uint32_t)p->strings.len, 0};
  const uint16_t *s = p->src;
  uint32_t i = t->start + 1, end = t->end - 1;
  while (i < end) {
    if (s[i] == '\\') i = decode_escape(p, s, i + 1, end);
    else *vec_push(&p->strings) = s[i++];
  }
  r.len = (uint32_t)p->strings.len - r.off;
  return r;
}

/* The name of an identifier or string token (a module export name), interned. */
lode_tx_str_t lode__tx_name_value(parser_t *p, const token_t *t) {
  if (t->kind == T_STRING) return lode__tx_string_value(p, t);
  if (!t->escaped) return lode__tx_intern(p, p->src + t->start, t->end - t->start);
  lode_tx_str_t r = {(uint32_t)p->strings.len, 0};
  uint32_t i = t->start;
  while (i < t->end) {
    if (p->src[i] == '\\') i = decode_escape(p, p->src, i + 1, t->end);
    else *vec_push(&p->strings) = p->src[i++];
  }
  r.len = (uint32_t)p->strings.len - r.off;
  return r;
}

void lode__tx_identifier_name(parser_t *p, const token_t *t, const uint16_t **name,
                              uint32_t *len) {
  if (!t->escaped) {
    *name = p->src + t->start;
    *len = t->end - t->start;
    return;
  }
  /* Escaped names are decoded into the strings buffer; their pointer is taken when the
   * buffer no longer moves, so keep the offset and resolve it later (see fix_names). */
  lode_tx_str_t s = lode__tx_name_value(p, t);
  *name = (const uint16_t *)(uintptr_t)(s.off + 1); /* tagged offset, see name_ptr */
  *len = s.len;
}

static const uint16_t *name_ptr(const parser_t *p, const uint16_t *name) {
  uintptr_t v = (uintptr_t)name;
  /* Offsets into strings are tagged as small values; real pointers point into src. */
  if (v <= p->strings.len + 1 && (name < p->src || name > p->src + p->len))
    return p->strings.items + (v - 1);
  return name;
}

static uint32_t hash_name(const uint16_t *s, uint32_t len) {
  uint32_t h = 2166136261u;
  for (uint32_t i = 0; i < len; i++) h = (h ^ s[i]) * 16777619u;
  return h;
}

static bool same_name(const parser_t *p, const uint16_t *a, uint32_t alen, const uint16_t *b,
                      uint32_t blen) {
  return alen == blen && memcmp(name_ptr(p, a), name_ptr(p, b), alen * 2) == 0;
}

static const char *utf8_name(const parser_t *p, const uint16_t *name, uint32_t len, char *buf,
                             size_t cap) {
  lode__tx_name_to_utf8(name_ptr(p, name), len > 80 ? 80 : len, buf, cap);
  return buf;
}

/* A forward scan of the source's lines: the scan has reached `pos`, which is on 1-based
 * `line`, starting at `line_start` (CRLF is one line break). */
typedef struct {
  uint32_t pos, line, line_start;
} line_cursor_t;

#define LINE_CURSOR_START ((line_cursor_t){.pos = 0, .line = 1, .line_start = 0})

/* Moves lc to `pos` (from the start again when pos is behind it). */
static void line_cursor_seek(const parser_t *p, line_cursor_t *lc, uint32_t pos) {
  if (pos < lc->pos) *lc = LINE_CURSOR_START;
  for (; lc->pos < pos && lc->pos < p->len; lc->pos++) {
    uint16_t c = p->src[lc->pos];
    if (c == '\n' || c == 0x2028 || c == 0x2029 ||
        (c == '\r' && !(lc->pos + 1 < p->len && p->src[lc->pos + 1] == '\n'))) {
      lc->line++;
      lc->line_start = lc->pos + 1;
    }
  }
}

void lode__tx_line_col(const parser_t *p, uint32_t pos, uint32_t *line, uint32_t *col) {
  line_cursor_t lc = LINE_CURSOR_START;
  line_cursor_seek(p, &lc, pos);
  *line = lc.line;
  *col = pos - lc.line_start;
}

/* ---- scopes ---- */

void lode__tx_scope_push(parser_t *p, bool is_function) {
  if (!p->module) return;
  scope_t *s = vec_push(&p->scopes);
  s->decl_start = (uint32_t)p->decls.len;
  s->ref_start = (uint32_t)p->refs.len;
  s->is_function = is_function;
}

static bool reserved_prefix(const uint16_t *s, uint32_t len) {
  static const uint16_t lode[] = {'$', 'l', 'o', 'd', 'e'};
  return len >= 5 && memcmp(s, lode, sizeof lode) == 0;
}

void lode__tx_declare(parser_t *p, const token_t *t, int kind) {
  if (!p->module || p->scopes.len == 0) return;
  /* Names declared inside erased code (declare, types) exist for types only. */
  if (p->no_refs > 0) kind = DECL_TYPE;
  const uint16_t *name;
  uint32_t len;
  lode__tx_identifier_name(p, t, &name, &len);
  if (reserved_prefix(name_ptr(p, name), len)) {
    char buf[96];
    lode__tx_fail_at(p, t->start, LODE_TX_SYNTAX_ERROR,
                     "Identifier '%s' is reserved (names starting with $lode are Lode's)",
                     utf8_name(p, name, len, buf, sizeof buf));
  }
  uint32_t scope = (uint32_t)p->scopes.len - 1;
  if (kind == DECL_VAR)
    while (scope > 0 && !p->scopes.items[scope].is_function) scope--;
  decl_t *d = vec_push(&p->decls);
  d->name = name;
  d->len = len;
  d->hash = hash_name(name_ptr(p, name), len);
  d->scope = scope;
  d->pos = t->start;
  d->kind = (uint8_t)kind;
  d->aux = 0;
}

uint32_t lode__tx_ref(parser_t *p, const token_t *t, int kind) {
  if (!p->module || p->no_refs > 0) return UINT32_MAX;
  const uint16_t *name;
  uint32_t len;
  lode__tx_identifier_name(p, t, &name, &len);
  ref_t *r = vec_push(&p->refs);
  r->name = name;
  r->len = len;
  r->hash = hash_name(name_ptr(p, name), len);
  r->pos = t->start;
  r->end = t->end;
  r->kind = (uint8_t)kind;
  r->stmt_start = false;
  r->aux = 0;
  return (uint32_t)p->refs.len - 1;
}

/* Builds the lookup table of the declarations of scope si found in decls[from..). A value
 * declaration wins over a type of the same name. Returns the number of them. */
static uint32_t build_lookup(parser_t *p, uint32_t si, uint32_t from) {
  uint32_t count = 0;
  for (size_t i = from; i < p->decls.len; i++)
    if (p->decls.items[i].scope == si) count++;
  if (count == 0) return 0;
  size_t cap = 16;
  while (cap < count * 2) cap *= 2;
  p->lookup.len = 0;
  while (p->lookup.len < cap) *vec_push(&p->lookup) = 0;
  uint32_t mask = (uint32_t)cap - 1;
  for (size_t i = from; i < p->decls.len; i++) {
    decl_t *d = &p->decls.items[i];
    if (d->scope != si) continue;
    uint32_t h = d->hash & mask;
    for (;;) {
      uint32_t slot = p->lookup.items[h];
      if (slot == 0) {
        p->lookup.items[h] = (uint32_t)i + 1;
        break;
      }
      decl_t *o = &p->decls.items[slot - 1];
      if (o->hash == d->hash && same_name(p, o->name, o->len, d->name, d->len)) {
        if (p->scopes.len == 1 && si == 0 &&
            ((o->kind == DECL_IMPORT && d->kind != DECL_TYPE) ||
             (d->kind == DECL_IMPORT && o->kind != DECL_TYPE))) {
          char buf[96];
          lode__tx_fail_at(p, d->pos > o->pos ? d->pos : o->pos, LODE_TX_SYNTAX_ERROR,
                           "Identifier '%s' has already been declared",
                           utf8_name(p, d->name, d->len, buf, sizeof buf));
        }
        if (o->kind == DECL_TYPE && d->kind != DECL_TYPE) p->lookup.items[h] = (uint32_t)i + 1;
        break;
      }
      h = (h + 1) & mask;
    }
  }
  return count;
}

static decl_t *find_decl(parser_t *p, const ref_t *r) {
  uint32_t mask = (uint32_t)p->lookup.len - 1, h = r->hash & mask;
  for (;;) {
    uint32_t slot = p->lookup.items[h];
    if (slot == 0) return NULL;
    decl_t *d = &p->decls.items[slot - 1];
    if (d->hash == r->hash && same_name(p, d->name, d->len, r->name, r->len)) return d;
    h = (h + 1) & mask;
  }
}

static bool is_identifier_name(const uint16_t *s, uint32_t len) {
  if (len == 0) return false;
  for (uint32_t i = 0; i < len; i++) {
    uint16_t c = s[i];
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$' ||
              (i > 0 && c >= '0' && c <= '9');
    if (!ok) return false;
  }
  return true;
}

static void append_json_string(parser_t *p, const uint16_t *s, uint32_t len) {
  static const char hex[] = "0123456789abcdef";
  *vec_push(&p->text) = '"';
  for (uint32_t i = 0; i < len; i++) {
    uint16_t c = s[i];
    bool lone = false;
    if (c >= 0xD800 && c <= 0xDBFF) lone = !(i + 1 < len && s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF);
    else if (c >= 0xDC00 && c <= 0xDFFF) lone = !(i > 0 && s[i - 1] >= 0xD800 && s[i - 1] <= 0xDBFF);
    if (c == '"' || c == '\\') {
      *vec_push(&p->text) = '\\';
      *vec_push(&p->text) = c;
    } else if (c < 0x20 || c == 0x2028 || c == 0x2029 || lone) {
      char buf[7] = {'\\', 'u', hex[c >> 12], hex[(c >> 8) & 15], hex[(c >> 4) & 15], hex[c & 15], 0};
      append_ascii(p, buf);
    } else {
      *vec_push(&p->text) = c;
    }
  }
  *vec_push(&p->text) = '"';
}

/* Appends `$lode.n[i].name` (or the namespace itself) to p->text. */
static void append_import_access(parser_t *p, const binding_t *b) {
  char buf[24];
  append_ascii(p, "$lode.n[");
  append_ascii(p, format_uint(buf, b->request));
  append_ascii(p, "]");
  if (b->is_namespace) return;
  const uint16_t *name = p->strings.items + b->imported.off;
  if (is_identifier_name(name, b->imported.len)) {
    *vec_push(&p->text) = '.';
    append_u16(p, name, b->imported.len);
  } else {
    *vec_push(&p->text) = '[';
    append_json_string(p, name, b->imported.len);
    *vec_push(&p->text) = ']';
  }
}

static void rewrite_import_ref(parser_t *p, const ref_t *r, const binding_t *b) {
  edit_t *e = vec_push(&p->edits);
  e->start = r->pos;
  e->end = r->end;
  e->seq = p->seq++;
  size_t before = p->text.len;
  e->text_off = (uint32_t)before;
  if (r->kind == REF_CALL) {
    append_ascii(p, r->stmt_start ? ";(0," : "(0,");
    append_import_access(p, b);
    append_ascii(p, ")");
  } else if (r->kind == REF_SHORTHAND) {
    append_u16(p, p->src + r->pos, r->end - r->pos);
    append_ascii(p, ": ");
    append_import_access(p, b);
  } else {
    append_import_access(p, b);
  }
  p->edits.items[p->edits.len - 1].text_len = (uint32_t)(p->text.len - before);
}

static void add_local_export(parser_t *p, lode_tx_str_t exported, const uint16_t *local,
                             uint32_t local_len) {
  local_export_t *le = vec_push(&p->local_exports);
  le->exported = exported;
  le->local = local;
  le->local_len = local_len;
}

/* Resolves the references of the module scope (the last one open). */
static void resolve_module_scope(parser_t *p) {
  uint32_t count = build_lookup(p, 0, 0);
  for (size_t i = 0; i < p->refs.len; i++) {
    ref_t *r = &p->refs.items[i];
    decl_t *d = count ? find_decl(p, r) : NULL;
    if (r->kind == REF_EXPORT) {
      export_spec_t *spec = &p->export_specs.items[r->aux];
      if (d == NULL) {
        char buf[96];
        lode__tx_fail_at(p, r->pos, LODE_TX_SYNTAX_ERROR, "Export '%s' is not defined in module",
                         utf8_name(p, r->name, r->len, buf, sizeof buf));
      }
      if (d->kind == DECL_TYPE) continue;
      if (d->kind == DECL_IMPORT) {
        binding_t *b = &p->bindings.items[d->aux];
        lode_tx_reexport_t *re = vec_push(&p->reexports);
        re->name = spec->exported;
        re->request = b->request;
        re->imported = b->is_namespace ? lode__tx_intern_ascii(p, "*") : b->imported;
      } else {
        add_local_export(p, spec->exported, r->name, r->len);
      }
      continue;
    }
    if (d != NULL && d->kind == DECL_IMPORT) rewrite_import_ref(p, r, &p->bindings.items[d->aux]);
  }
  p->refs.len = 0;
}

void lode__tx_scope_pop(parser_t *p) {
  if (!p->module) return;
  uint32_t si = (uint32_t)p->scopes.len - 1;
  scope_t sc = p->scopes.items[si];
  uint32_t count = build_lookup(p, si, sc.decl_start);
  if (count > 0) {
    size_t keep = sc.ref_start;
    for (size_t i = sc.ref_start; i < p->refs.len; i++) {
      ref_t *r = &p->refs.items[i];
      decl_t *d = find_decl(p, r);
      if (d != NULL && d->kind != DECL_TYPE) continue; /* resolved here: not an import */
      p->refs.items[keep++] = *r;
    }
    p->refs.len = keep;
    size_t dk = sc.decl_start;
    for (size_t i = sc.decl_start; i < p->decls.len; i++)
      if (p->decls.items[i].scope < si) p->decls.items[dk++] = p->decls.items[i];
    p->decls.len = dk;
  }
  p->scopes.len--;
}

/* ---- import and export declarations ---- */

static bool is_kw(const parser_t *p, int kw) {
  return p->tok.kind == T_NAME && p->tok.kw == kw && !p->tok.escaped;
}

static void expect(parser_t *p, int kind) {
  if (TK != kind) lode__tx_unexpected(p);
  lode__tx_next(p);
}

static void expect_kw(parser_t *p, int kw) {
  if (!is_kw(p, kw)) lode__tx_unexpected(p);
  lode__tx_next(p);
}

static token_t peek(parser_t *p) {
  lex_state_t s = lode__tx_save(p);
  lode__tx_next(p);
  token_t t = p->tok;
  lode__tx_restore(p, &s);
  return t;
}

static bool str_equal(const parser_t *p, lode_tx_str_t a, lode_tx_str_t b) {
  return a.len == b.len &&
         memcmp(p->strings.items + a.off, p->strings.items + b.off, a.len * 2) == 0;
}

static int str_compare(const parser_t *p, lode_tx_str_t a, lode_tx_str_t b) {
  uint32_t n = a.len < b.len ? a.len : b.len;
  for (uint32_t i = 0; i < n; i++) {
    uint16_t x = p->strings.items[a.off + i], y = p->strings.items[b.off + i];
    if (x != y) return x < y ? -1 : 1;
  }
  return a.len < b.len ? -1 : a.len > b.len;
}

static void check_top_level(parser_t *p, uint32_t pos, const char *what) {
  if (p->in_function || p->scopes.len != 1 || p->no_refs > 0)
    lode__tx_fail_at(p, pos, LODE_TX_SYNTAX_ERROR, "Unexpected token '%s'", what);
}

/* Checks that an import/export declaration may appear here. A type-only one (erased) may
 * also appear in a TypeScript script. */
static void check_module(parser_t *p, uint32_t pos, bool is_import, bool type_only) {
  if (p->detect) {
    p->saw_module_syntax = true;
    lode__tx_fail_at(p, pos, LODE_TX_OK, "detected");
  }
  (void)type_only;
  /* In a script the declaration is left for the engine to report (only its types go). */
  if (!p->module) return;
  check_top_level(p, pos, is_import ? "import" : "export");
  p->saw_module_syntax = true;
}

/* Parses `'specifier' [with { k: 'v' }]` and returns the index of its request. */
static uint32_t parse_module_request(parser_t *p, bool record) {
  if (TK != T_STRING) lode__tx_unexpected(p);
  lode_tx_str_t spec = lode__tx_string_value(p, &p->tok);
  lode__tx_next(p);
  size_t attr_start = p->attrs.len;
  bool has_attrs = false;
  if (is_kw(p, KW_WITH) && !p->tok.escaped) {
    has_attrs = true;
    lode__tx_next(p);
    expect(p, T_LBRACE);
    while (TK != T_RBRACE) {
      if (TK != T_NAME && TK != T_STRING) lode__tx_unexpected(p);
      uint32_t key_pos = p->tok.start;
      lode_tx_str_t key = lode__tx_name_value(p, &p->tok);
      lode__tx_next(p);
      expect(p, T_COLON);
      if (TK != T_STRING) lode__tx_unexpected(p);
      lode_tx_str_t value = lode__tx_string_value(p, &p->tok);
      lode__tx_next(p);
      /* Keep the attributes sorted by key, rejecting duplicates. */
      size_t at = p->attrs.len;
      vec_push(&p->attrs);
      while (at > attr_start && str_compare(p, p->attrs.items[at - 1].key, key) > 0) {
        p->attrs.items[at] = p->attrs.items[at - 1];
        at--;
      }
      if (at > attr_start && str_equal(p, p->attrs.items[at - 1].key, key)) {
        char buf[96];
        lode__tx_name_to_utf8(p->strings.items + key.off, key.len, buf, sizeof buf);
        lode__tx_fail_at(p, key_pos, LODE_TX_SYNTAX_ERROR,
                         "Import attribute has duplicate key '%s'", buf);
      }
      p->attrs.items[at].key = key;
      p->attrs.items[at].value = value;
      if (TK != T_RBRACE) expect(p, T_COMMA);
    }
    lode__tx_next(p);
  }
  if (!record) {
    p->attrs.len = attr_start;
    return 0;
  }
  uint32_t nattrs = (uint32_t)(p->attrs.len - attr_start);
  for (size_t i = 0; i < p->requests.len; i++) {
    lode_tx_request_t *r = &p->requests.items[i];
    if (!str_equal(p, r->specifier, spec) || r->attr_count != nattrs) continue;
    bool same = true;
    for (uint32_t k = 0; k < nattrs && same; k++) {
      same = str_equal(p, p->attrs.items[r->attr_start + k].key,
                       p->attrs.items[attr_start + k].key) &&
             str_equal(p, p->attrs.items[r->attr_start + k].value,
                       p->attrs.items[attr_start + k].value);
    }
    if (same) {
      p->attrs.len = attr_start;
      return (uint32_t)i;
    }
  }
  lode_tx_request_t *r = vec_push(&p->requests);
  r->specifier = spec;
  r->attr_start = (uint32_t)attr_start;
  r->attr_count = nattrs;
  r->has_attrs = has_attrs;
  return (uint32_t)p->requests.len - 1;
}

/* Records an exported name, rejecting duplicates. */
static void note_export_name(parser_t *p, lode_tx_str_t name, uint32_t pos) {
  /* Modules rarely export more than a few hundred names: a linear scan is enough. */
  for (size_t i = 0; i < p->export_names.len; i++) {
    if (str_equal(p, p->export_names.items[i], name)) {
      char buf[96];
      lode__tx_name_to_utf8(p->strings.items + name.off, name.len > 80 ? 80 : name.len, buf,
                            sizeof buf);
      lode__tx_fail_at(p, pos, LODE_TX_SYNTAX_ERROR, "Duplicate export of '%s'", buf);
    }
  }
  *vec_push(&p->export_names) = name;
}

/* The `type` modifier of an import/export specifier: returns true (and consumes it) if the
 * specifier is type-only. */
static bool specifier_is_type_only(parser_t *p) {
  if (!p->ts || !is_kw(p, KW_TYPE)) return false;
  token_t t = peek(p);
  if (t.kind == T_COMMA || t.kind == T_RBRACE) return false; /* a binding named type */
  if (t.kind == T_NAME && t.kw == KW_AS) {
    lex_state_t s = lode__tx_save(p);
    lode__tx_next(p);
    lode__tx_next(p);
    bool type_only = TK == T_COMMA || TK == T_RBRACE || (is_kw(p, KW_AS));
    lode__tx_restore(p, &s);
    if (!type_only) return false;
  } else if (t.kind != T_NAME && t.kind != T_STRING) {
    return false;
  }
  lode__tx_next(p);
  return true;
}

void lode__tx_parse_import(parser_t *p) {
  uint32_t start = p->tok.start;
  if (p->detect) check_module(p, start, true, false);
  lode__tx_next(p);
  bool type_only = false;
  if (p->ts && is_kw(p, KW_TYPE)) {
    token_t t = peek(p);
    if (t.kind == T_LBRACE || t.kind == T_STAR) {
      type_only = true;
    } else if (t.kind == T_NAME && t.kw == KW_FROM) {
      lex_state_t s = lode__tx_save(p);
      lode__tx_next(p);
      lode__tx_next(p);
      type_only = is_kw(p, KW_FROM); /* import type from from 'x' */
      lode__tx_restore(p, &s);
    } else if (t.kind == T_NAME) {
      type_only = true;
    }
    if (type_only) lode__tx_next(p);
  }
  check_module(p, start, true, type_only);
  p->pending.len = 0;
  if (TK == T_STRING) {
    uint32_t req = parse_module_request(p, !type_only);
    (void)req;
  } else {
    if (TK == T_NAME && !(TK == T_LBRACE)) {
      pending_binding_t *b = vec_push(&p->pending);
      b->local = p->tok;
      b->imported = lode__tx_intern_ascii(p, "default");
      b->is_namespace = false;
      b->type_only = false;
      b->pos = p->tok.start;
      lode__tx_next(p);
      if (TK == T_ASSIGN) {
        if (p->ts)
          lode__tx_fail_at(p, start, LODE_TX_UNSUPPORTED_TS,
                           "TypeScript import equals declaration is not supported in strip-only "
                           "mode");
        lode__tx_unexpected(p);
      }
      if (TK == T_COMMA) {
        lode__tx_next(p);
        if (TK != T_STAR && TK != T_LBRACE) lode__tx_unexpected(p);
      }
    }
    if (TK == T_STAR) {
      lode__tx_next(p);
      expect_kw(p, KW_AS);
      if (TK != T_NAME) lode__tx_unexpected(p);
      pending_binding_t *b = vec_push(&p->pending);
      b->local = p->tok;
      b->imported = lode__tx_intern_ascii(p, "*");
      b->is_namespace = true;
      b->type_only = false;
      b->pos = p->tok.start;
      lode__tx_next(p);
    } else if (TK == T_LBRACE) {
      lode__tx_next(p);
      while (TK != T_RBRACE) {
        uint32_t spec_start = p->tok.start;
        bool skip = specifier_is_type_only(p);
        if (TK != T_NAME && TK != T_STRING) lode__tx_unexpected(p);
        token_t imported = p->tok;
        lode__tx_next(p);
        token_t local = imported;
        if (is_kw(p, KW_AS)) {
          lode__tx_next(p);
          if (TK != T_NAME) lode__tx_unexpected(p);
          local = p->tok;
          lode__tx_next(p);
        } else if (imported.kind == T_STRING) {
          lode__tx_unexpected(p);
        }
        if (local.kw != KW_NONE && local.kw <= KW_LAST_RESERVED && !local.escaped) {
          p->tok = local;
          lode__tx_unexpected(p);
        }
        pending_binding_t *b = vec_push(&p->pending);
        b->local = local;
        b->imported = lode__tx_name_value(p, &imported);
        b->is_namespace = false;
        b->type_only = skip;
        b->pos = imported.start;
        if (skip && !p->module && !type_only) /* with its comma: `{ type A, b }` */
          lode__tx_edit(p, spec_start, TK == T_COMMA ? p->tok.end : p->prev_end, NULL);
        if (TK != T_RBRACE) expect(p, T_COMMA);
      }
      lode__tx_next(p);
    } else if (p->pending.len == 0) {
      lode__tx_unexpected(p);
    }
    if (!is_kw(p, KW_FROM)) {
      lode__tx_unexpected(p);
    }
    lode__tx_next(p);
    uint32_t req = parse_module_request(p, !type_only);
    for (size_t i = 0; i < p->pending.len; i++) {
      pending_binding_t *pb = &p->pending.items[i];
      if (type_only || pb->type_only) {
        lode__tx_declare(p, &pb->local, DECL_TYPE);
        continue;
      }
      {
        binding_t *b = vec_push(&p->bindings);
        b->request = req;
        b->imported = pb->imported;
        b->is_namespace = pb->is_namespace;
        size_t before = p->decls.len;
        lode__tx_declare(p, &pb->local, DECL_IMPORT);
        if (p->decls.len > before) p->decls.items[before].aux = (uint32_t)p->bindings.len - 1;
        if (!pb->is_namespace) {
          lode_tx_import_t *im = vec_push(&p->imports);
          im->request = req;
          im->name = pb->imported;
          im->line = pb->pos; /* converted to line/column at the end */
          im->column = 0;
        }
      }
    }
  }
  lode__tx_semicolon(p);
  if (type_only) lode__tx_edit(p, start, p->prev_end, ";");
  else if (p->module) lode__tx_edit(p, start, p->prev_end, NULL);
}

static const uint16_t default_local[] = {'$', 'l', 'o', 'd', 'e', '_', 'd'};

/* At `async function` (no line break between the two words). */
static bool at_async_function(parser_t *p) {
  if (!is_kw(p, KW_ASYNC)) return false;
  token_t t = peek(p);
  return t.kind == T_NAME && t.kw == KW_FUNCTION && !t.nl_before;
}

/* TypeScript `abstract class`: erases `abstract` and says whether it was there. */
static bool erase_abstract_before_class(parser_t *p) {
  if (!(p->ts && is_kw(p, KW_ABSTRACT) && peek(p).kw == KW_CLASS)) return false;
  lode__tx_edit(p, p->tok.start, p->tok.end, NULL);
  lode__tx_next(p);
  return true;
}

/* `export default ...` from the token after `default`. */
static void parse_export_default(parser_t *p, uint32_t start) {
  lode_tx_str_t name = lode__tx_intern_ascii(p, "default");
  note_export_name(p, name, p->tok.start);
  uint32_t default_end = p->prev_end;
  if (p->ts && is_kw(p, KW_INTERFACE)) {
    lode__tx_parse_interface(p, p->tok.start);
    p->export_names.len--; /* a type: nothing is exported */
    lode__tx_edit(p, start, default_end, NULL);
    return;
  }
  bool is_async = at_async_function(p);
  if (is_kw(p, KW_FUNCTION) || is_async) {
    uint32_t fn_start = p->tok.start;
    if (is_async) lode__tx_next(p);
    fninfo_t f = lode__tx_parse_function(p, true, is_async);
    if (!f.has_body) {
      p->export_names.len--; /* an overload signature */
      lode__tx_edit(p, start, p->prev_end, ";");
      return;
    }
    if (f.has_name) {
      lode__tx_edit(p, start, fn_start, NULL);
      const uint16_t *local;
      uint32_t len;
      lode__tx_identifier_name(p, &f.name, &local, &len);
      add_local_export(p, name, local, len);
    } else {
      bool gen = p->src[f.head_end - 1] == '*';
      const char *text = is_async ? (gen ? "async function*$lode_d" : "async function $lode_d")
                                  : (gen ? "function*$lode_d" : "function $lode_d");
      lode__tx_edit(p, start, f.head_end, text);
      add_local_export(p, name, default_local, 7);
      p->default_is_function_decl_anon = true;
    }
    return;
  }
  bool abstract = erase_abstract_before_class(p);
  if (is_kw(p, KW_CLASS)) {
    uint32_t class_start = p->tok.start, class_end = p->tok.end;
    token_t name_tok = peek(p);
    uint32_t body_open;
    bool has_name;
    bool static_name = lode__tx_parse_class(p, true, &body_open, &has_name);
    if (has_name) {
      lode__tx_edit(p, start, abstract ? default_end : class_start, NULL);
      const uint16_t *local;
      uint32_t len;
      lode__tx_identifier_name(p, &name_tok, &local, &len);
      add_local_export(p, name, local, len);
    } else {
      lode__tx_edit(p, start, class_end, "class $lode_d");
      if (!static_name)
        lode__tx_edit(p, body_open, body_open,
                      "static{Object.defineProperty(this,\"name\",{value:\"default\"})}");
      add_local_export(p, name, default_local, 7);
    }
    return;
  }
  /* An expression: `const $lode_d=` fits in `export default`. */
  lode__tx_edit(p, start, default_end, "const $lode_d=");
  int flags = lode__tx_parse_assign_flags(p);
  lode__tx_semicolon(p);
  /* Anonymous functions and classes are named "default" (after the statement, so that the
   * columns of its first line stay). */
  if (flags & EX_ANON_FN)
    lode__tx_edit(p, p->prev_end, p->prev_end,
                  ";Object.defineProperty($lode_d,\"name\",{value:\"default\"});");
  add_local_export(p, name, default_local, 7);
}

/* `export default ...` in a script: parsed (its types erased), otherwise left alone. */
static void parse_script_export_default(parser_t *p, uint32_t start) {
  uint32_t default_end = p->prev_end;
  if (p->ts && is_kw(p, KW_INTERFACE)) {
    lode__tx_parse_interface(p, p->tok.start);
    lode__tx_edit(p, start, default_end, NULL);
    return;
  }
  bool is_async = at_async_function(p);
  if (is_kw(p, KW_FUNCTION) || is_async) {
    if (is_async) lode__tx_next(p);
    fninfo_t f = lode__tx_parse_function(p, true, is_async);
    if (!f.has_body) lode__tx_edit(p, start, p->prev_end, ";");
    return;
  }
  erase_abstract_before_class(p);
  if (is_kw(p, KW_CLASS)) {
    uint32_t body_open;
    bool has_name;
    lode__tx_parse_class(p, true, &body_open, &has_name);
    return;
  }
  lode__tx_parse_assign_flags(p);
  lode__tx_semicolon(p);
}

void lode__tx_parse_export(parser_t *p) {
  uint32_t start = p->tok.start;
  if (p->detect) check_module(p, start, false, false);
  lode__tx_next(p);
  uint32_t export_end = p->prev_end;
  bool erased = false;
  if (p->ts && TK == T_NAME && !p->tok.escaped) {
    int kw = p->tok.kw;
    if (kw == KW_TYPE) {
      token_t t = peek(p);
      erased = t.kind == T_LBRACE || t.kind == T_STAR || (t.kind == T_NAME && !t.nl_before);
    } else if (kw == KW_INTERFACE || kw == KW_DECLARE || kw == KW_NAMESPACE || kw == KW_MODULE) {
      erased = lode__tx_ts_declaration_follows(p, kw);
    } else if (kw == KW_AS) {
      erased = true;
    }
  }
  check_module(p, start, false, erased);
  if (TK == T_ASSIGN && p->ts)
    lode__tx_fail_at(p, start, LODE_TX_UNSUPPORTED_TS,
                     "TypeScript export assignment is not supported in strip-only mode");
  if (p->ts && is_kw(p, KW_IMPORT))
    lode__tx_fail_at(p, start, LODE_TX_UNSUPPORTED_TS,
                     "TypeScript import equals declaration is not supported in strip-only mode");
  if (p->ts && is_kw(p, KW_AS)) {
    /* export as namespace X; */
    lode__tx_next(p);
    expect_kw(p, KW_NAMESPACE);
    if (TK != T_NAME) lode__tx_unexpected(p);
    lode__tx_next(p);
    lode__tx_semicolon(p);
    lode__tx_edit(p, start, p->prev_end, ";");
    return;
  }
  bool type_only = false;
  if (p->ts && is_kw(p, KW_TYPE)) {
    token_t t = peek(p);
    if (t.kind == T_LBRACE || t.kind == T_STAR) {
      type_only = true;
      lode__tx_next(p);
    }
  }
  if (TK == T_STAR) {
    lode__tx_next(p);
    token_t as_name = {0};
    bool has_as = false;
    if (is_kw(p, KW_AS)) {
      lode__tx_next(p);
      if (TK != T_NAME && TK != T_STRING) lode__tx_unexpected(p);
      as_name = p->tok;
      has_as = true;
      lode__tx_next(p);
    }
    expect_kw(p, KW_FROM);
    uint32_t req = parse_module_request(p, !type_only);
    if (!type_only) {
      if (has_as) {
        lode_tx_str_t exported = lode__tx_name_value(p, &as_name);
        note_export_name(p, exported, as_name.start);
        lode_tx_reexport_t *re = vec_push(&p->reexports);
        re->name = exported;
        re->request = req;
        re->imported = lode__tx_intern_ascii(p, "*");
      } else {
        *vec_push(&p->star_exports) = req;
      }
    }
    lode__tx_semicolon(p);
    if (type_only || p->module) lode__tx_edit(p, start, p->prev_end, type_only ? ";" : NULL);
    return;
  }
  if (TK == T_LBRACE) {
    p->export_pairs.len = 0;
    lode__tx_next(p);
    while (TK != T_RBRACE) {
      uint32_t spec_start = p->tok.start;
      bool skip = specifier_is_type_only(p);
      if (TK != T_NAME && TK != T_STRING) {
        lode__tx_unexpected(p);
      }
      token_t local = p->tok, exported = p->tok;
      lode__tx_next(p);
      if (is_kw(p, KW_AS)) {
        lode__tx_next(p);
        if (TK != T_NAME && TK != T_STRING) {
          lode__tx_unexpected(p);
        }
        exported = p->tok;
        lode__tx_next(p);
      }
      if (!skip && !type_only) {
        export_pair_t *s = vec_push(&p->export_pairs);
        s->local = local;
        s->exported = exported;
      } else if (skip && !type_only && !p->module) {
        lode__tx_edit(p, spec_start, TK == T_COMMA ? p->tok.end : p->prev_end, NULL);
      }
      if (TK != T_RBRACE) {
        if (TK != T_COMMA) {
          lode__tx_unexpected(p);
        }
        lode__tx_next(p);
      }
    }
    lode__tx_next(p);
    if (is_kw(p, KW_FROM)) {
      lode__tx_next(p);
      uint32_t req = parse_module_request(p, !type_only && p->export_pairs.len > 0);
      for (size_t i = 0; i < p->export_pairs.len; i++) {
        lode_tx_str_t exported = lode__tx_name_value(p, &p->export_pairs.items[i].exported);
        note_export_name(p, exported, p->export_pairs.items[i].exported.start);
        lode_tx_reexport_t *re = vec_push(&p->reexports);
        re->name = exported;
        re->request = req;
        re->imported = lode__tx_name_value(p, &p->export_pairs.items[i].local);
      }
    } else {
      for (size_t i = 0; i < p->export_pairs.len; i++) {
        token_t *local = &p->export_pairs.items[i].local;
        if (local->kind == T_STRING || (local->kw != KW_NONE && local->kw <= KW_LAST_RESERVED &&
                                        !local->escaped)) {
          p->tok = *local;
          lode__tx_unexpected(p);
        }
        lode_tx_str_t exported = lode__tx_name_value(p, &p->export_pairs.items[i].exported);
        note_export_name(p, exported, p->export_pairs.items[i].exported.start);
        export_spec_t *es = vec_push(&p->export_specs);
        es->exported = exported;
        es->pos = local->start;
        uint32_t r = lode__tx_ref(p, local, REF_EXPORT);
        if (r != UINT32_MAX) p->refs.items[r].aux = (uint32_t)p->export_specs.len - 1;
      }
    }
    lode__tx_semicolon(p);
    if (type_only || p->module) lode__tx_edit(p, start, p->prev_end, type_only ? ";" : NULL);
    return;
  }
  if (is_kw(p, KW_DEFAULT)) {
    lode__tx_next(p);
    if (!p->module) {
      parse_script_export_default(p, start);
      return;
    }
    parse_export_default(p, start);
    return;
  }
  if (TK != T_NAME || p->tok.escaped) lode__tx_unexpected(p);
  int kw = p->tok.kw;
  uint32_t decl_start = p->tok.start;
  if (p->ts && (kw == KW_INTERFACE || kw == KW_TYPE || kw == KW_DECLARE || kw == KW_NAMESPACE ||
                kw == KW_MODULE) &&
      lode__tx_ts_declaration_follows(p, kw)) {
    if (kw == KW_INTERFACE) lode__tx_parse_interface(p, decl_start);
    else if (kw == KW_TYPE) lode__tx_parse_type_alias(p, decl_start);
    else if (kw == KW_DECLARE) lode__tx_parse_declare(p, decl_start);
    else lode__tx_parse_namespace(p, decl_start);
    lode__tx_edit(p, start, export_end, NULL);
    return;
  }
  if (kw == KW_ENUM || (kw == KW_CONST && p->ts && peek(p).kw == KW_ENUM)) {
    if (p->ts)
      lode__tx_fail_at(p, decl_start, LODE_TX_UNSUPPORTED_TS,
                       "TypeScript enum is not supported in strip-only mode");
    lode__tx_unexpected(p);
  }
  size_t decls_before = p->decls.len;
  if (kw == KW_VAR || kw == KW_LET || kw == KW_CONST) {
    lode__tx_parse_var_statement(p, kw == KW_VAR ? DECL_VAR : DECL_LEXICAL);
  } else if (kw == KW_FUNCTION || (kw == KW_ASYNC && peek(p).kw == KW_FUNCTION)) {
    bool is_async = kw == KW_ASYNC;
    if (is_async) lode__tx_next(p);
    fninfo_t f = lode__tx_parse_function(p, true, is_async);
    if (!f.has_body) {
      lode__tx_edit(p, start, p->prev_end, ";");
      return;
    }
  } else if (kw == KW_CLASS || erase_abstract_before_class(p)) {
    uint32_t body_open;
    bool has_name;
    lode__tx_parse_class(p, true, &body_open, &has_name);
    if (!has_name)
      lode__tx_fail_at(p, decl_start, LODE_TX_SYNTAX_ERROR, "Unexpected token '{'");
  } else {
    lode__tx_unexpected(p);
  }
  if (!p->module) return;
  lode__tx_edit(p, start, export_end, NULL);
  /* The declarations this statement added to the module scope are its exports. */
  for (size_t i = decls_before; i < p->decls.len; i++) {
    decl_t *d = &p->decls.items[i];
    if (d->scope != 0 || d->kind == DECL_TYPE) continue;
    lode_tx_str_t exported = lode__tx_intern(p, name_ptr(p, d->name), d->len);
    note_export_name(p, exported, d->pos);
    add_local_export(p, exported, d->name, d->len);
  }
}

/* ---- output ---- */

static int compare_edits(const void *a, const void *b) {
  const edit_t *x = a, *y = b;
  if (x->start != y->start) return x->start < y->start ? -1 : 1;
  /* At one offset: insertions first, then the outermost range, which swallows the edits
   * nested in it (a modifier blanked inside an erased class member). */
  bool xe = x->end == x->start, ye = y->end == y->start;
  if (xe != ye) return xe ? -1 : 1;
  if (x->end != y->end) return x->end > y->end ? -1 : 1;
  return x->seq < y->seq ? -1 : x->seq > y->seq;
}

typedef VEC(uint16_t) u16vec_t;

static void out_ascii(u16vec_t *o, const char *s) {
  while (*s) *vec_push(o) = (uint16_t)(unsigned char)*s++;
}

static void out_u16(u16vec_t *o, const uint16_t *s, size_t n) {
  if (n == 0) return;
  if (o->len + n > o->cap) {
    size_t cap = o->cap * 2 + n;
    uint16_t *items = realloc(o->items, cap * 2);
    if (items == NULL) abort();
    o->items = items;
    o->cap = cap;
  }
  memcpy(o->items + o->len, s, n * 2);
  o->len += n;
}

/* Records in p->shifts an edit that makes its line longer (its range holds no line break), so
 * that stack columns can be mapped back to the file's. lc moves forward to the edit (the
 * edits come in source order). */
static void note_shift(parser_t *p, const edit_t *e, line_cursor_t *lc) {
  uint32_t len = e->end - e->start;
  if (e->text_len <= len) return;
  for (uint32_t j = e->start; j < e->end; j++)
    if (lode__tx_is_line_terminator(p->src[j])) return;
  line_cursor_seek(p, lc, e->start);
  lode_tx_shift_t *s = vec_push(&p->shifts);
  s->line = lc->line;
  s->start_column = e->start - lc->line_start;
  s->end_column = e->end - lc->line_start;
  s->grow = e->text_len - len;
}

/* Copies the source into o with the edits applied. */
static void apply_edits(parser_t *p, u16vec_t *o) {
  if (p->edits.len > 1) qsort(p->edits.items, p->edits.len, sizeof(edit_t), compare_edits);
  uint32_t cursor = 0;
  line_cursor_t lc = LINE_CURSOR_START;
  for (size_t i = 0; i < p->edits.len; i++) {
    edit_t *e = &p->edits.items[i];
    if (e->start < cursor || e->end > p->len) continue; /* inside an erased range */
    note_shift(p, e, &lc);
    out_u16(o, p->src + cursor, e->start - cursor);
    out_u16(o, p->text.items + e->text_off, e->text_len);
    uint32_t skip = e->text_len;
    for (uint32_t j = e->start; j < e->end; j++) {
      uint16_t c = p->src[j];
      if (lode__tx_is_line_terminator(c)) *vec_push(o) = c;
      else if (skip > 0) skip--;
      else *vec_push(o) = ' ';
    }
    cursor = e->end;
  }
  out_u16(o, p->src + cursor, p->len - cursor);
}

/* The prologue hands the loader one accessor of the local exports, by index in the order of
 * local_exports (one function, where a getter per export would cost a function each). A
 * module without top-level await is a plain function: `function  ` and the trailing six
 * spaces are where the loader writes `function*` and `yield;` when the module sits in an
 * import cycle and must be instantiated before it runs (doc/esm.md). */
static void append_module_prologue(parser_t *p, u16vec_t *o) {
  out_ascii(o, p->has_tla ? "(async function* ($lode) {'use strict';$lode.x("
                          : "(function  ($lode) {'use strict';$lode.x(");
  if (p->local_exports.len > 0) {
    out_ascii(o, "($lode_k)=>{switch($lode_k){");
    for (size_t i = 0; i < p->local_exports.len; i++) {
      local_export_t *le = &p->local_exports.items[i];
      char num[24];
      out_ascii(o, "case ");
      out_ascii(o, format_uint(num, i));
      out_ascii(o, ":return ");
      out_u16(o, name_ptr(p, le->local), le->local_len);
      out_ascii(o, ";");
    }
    out_ascii(o, "}}");
  }
  out_ascii(o, ");");
  if (p->default_is_function_decl_anon)
    out_ascii(o, "Object.defineProperty($lode_d,\"name\",{value:\"default\"});");
  out_ascii(o, p->has_tla ? "yield;" : "      ");
}

/* ---- entry point ---- */

/* The parser's scratch vectors, whose memory the next transform on the thread reuses: a
 * module loader transforms many small files in a row, and growing each vector from nothing
 * again cost ~3k instructions per file. Buffers above kSpareMax bytes are freed instead. */
#define SCRATCH_VECTORS(V)                                                                         \
  V(edits) V(text) V(refs) V(decls) V(scopes) V(bindings) V(export_specs) V(local_exports)       \
  V(export_names) V(pending) V(export_pairs)
enum { kSpareMax = 64 * 1024 };
#define SPARE_FIELD(name) VEC(char) name;
static _Thread_local struct {
  SCRATCH_VECTORS(SPARE_FIELD)
} spares;
#undef SPARE_FIELD

static void take_spares(parser_t *p) {
#define TAKE(name)                                                                                 \
  p->name.items = (void *)spares.name.items;                                                       \
  p->name.cap = spares.name.cap;                                                                   \
  spares.name.items = NULL;                                                                        \
  spares.name.cap = 0;
  SCRATCH_VECTORS(TAKE)
#undef TAKE
}

static void free_parser(parser_t *p) {
#define KEEP(name)                                                                                 \
  if (p->name.cap * sizeof *p->name.items <= kSpareMax && spares.name.items == NULL) {             \
    spares.name.items = (char *)p->name.items;                                                     \
    spares.name.cap = p->name.cap;                                                                 \
  } else {                                                                                         \
    free(p->name.items);                                                                           \
  }
  SCRATCH_VECTORS(KEEP)
#undef KEEP
  free(p->memo.items);
  free(p->lookup.items);
}

static void convert_import_positions(parser_t *p) {
  line_cursor_t lc = LINE_CURSOR_START;
  for (size_t k = 0; k < p->imports.len; k++) {
    lode_tx_import_t *im = &p->imports.items[k];
    uint32_t pos = im->line;
    line_cursor_seek(p, &lc, pos);
    im->line = lc.line;
    im->column = pos - lc.line_start;
  }
}

static void run(parser_t *p) {
  if (p->module) lode__tx_scope_push(p, true);
  if (p->len >= 2 && p->src[0] == '#' && p->src[1] == '!') {
    uint32_t e = 2;
    while (e < p->len && !lode__tx_is_line_terminator(p->src[e])) e++;
    lode__tx_edit(p, 0, e, NULL);
    p->pos = e;
  }
  lode__tx_parse_program(p);
  if (p->detect) return;
  if (p->module) {
    p->scopes.len = 1;
    resolve_module_scope(p);
    convert_import_positions(p);
  }
}

int lode_transform(const uint16_t *src, size_t len, int flags, lode_tx_result_t *out) {
  memset(out, 0, sizeof *out);
  if (len > (size_t)0x3FFFFFFF) {
    out->status = LODE_TX_SYNTAX_ERROR;
    snprintf(out->message, sizeof out->message, "Source is too large to transform");
    out->line = 1;
    return out->status;
  }
  parser_t *p = calloc(1, sizeof *p);
  if (p == NULL) abort();
  p->src = src ? src : (const uint16_t *)u"";
  p->len = (uint32_t)len;
  p->ts = flags & LODE_TX_TYPESCRIPT;
  p->detect = flags & LODE_TX_DETECT;
  p->module = (flags & LODE_TX_MODULE) && !p->detect;
  p->dynamic_import = flags & LODE_TX_DYNAMIC_IMPORT;
  p->list_stmt_start = UINT32_MAX;
  p->out = out;
  take_spares(p);
  jmp_buf jb;
  p->jump = &jb;
  if (setjmp(jb) == 0) run(p);
  if (p->detect) {
    out->has_module_syntax = p->saw_module_syntax;
  } else if (p->status != LODE_TX_OK) {
    out->status = p->status;
    snprintf(out->message, sizeof out->message, "%s", p->err_msg);
    lode__tx_line_col(p, p->err_pos, &out->line, &out->column);
  } else {
    u16vec_t o = {0};
    size_t cap = len + len / 8 + 256;
    o.items = malloc(cap * 2);
    if (o.items == NULL) abort();
    o.cap = cap;
    if (p->module) append_module_prologue(p, &o);
    out->prologue_len = o.len;
    apply_edits(p, &o);
    if (p->module) out_ascii(&o, "\n})");
    out->code = o.items;
    out->code_len = o.len;
    out->has_module_syntax = p->saw_module_syntax;
    out->has_tla = p->has_tla;
/* Hands the parser's list over to out (out->items, out->n); the free below then skips it. */
#define TAKE_LIST(list, n)                                                                         \
  (out->list = p->list.items, out->n = p->list.len, p->list.items = NULL)
    TAKE_LIST(strings, strings_len);
    TAKE_LIST(requests, nrequests);
    TAKE_LIST(attrs, nattrs);
    TAKE_LIST(imports, nimports);
    TAKE_LIST(reexports, nreexports);
    TAKE_LIST(star_exports, nstar_exports);
    TAKE_LIST(shifts, nshifts);
#undef TAKE_LIST
    out->nlocal_exports = p->local_exports.len;
    if (p->local_exports.len) {
      out->local_exports = malloc(p->local_exports.len * sizeof(lode_tx_str_t));
      if (out->local_exports == NULL) abort();
      for (size_t i = 0; i < p->local_exports.len; i++)
        out->local_exports[i] = p->local_exports.items[i].exported;
    }
  }
  free(p->strings.items);
  free(p->requests.items);
  free(p->attrs.items);
  free(p->imports.items);
  free(p->reexports.items);
  free(p->star_exports.items);
  free(p->shifts.items);
  free_parser(p);
  free(p);
  return out->status;
}

void lode_transform_free(lode_tx_result_t *r) {
  free(r->code);
  free(r->strings);
  free(r->requests);
  free(r->attrs);
  free(r->imports);
  free(r->local_exports);
  free(r->reexports);
  free(r->star_exports);
  free(r->shifts);
  memset(r, 0, sizeof *r);
}
