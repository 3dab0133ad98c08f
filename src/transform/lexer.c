/* The tokenizer of the transform: one pass over UTF-16 units. The parser drives it: `/` and
 * `}` are lexed as punctuators, and the parser asks for a rescan as a regular expression or
 * a template continuation where the grammar says so. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "internal.h"

enum { C_ID_START = 1, C_ID_PART = 2, C_DIGIT = 4, C_SPACE = 8, C_NL = 16 };

static const uint8_t ascii_class[128] = {
    ['\t'] = C_SPACE, ['\v'] = C_SPACE, ['\f'] = C_SPACE, [' '] = C_SPACE, ['\n'] = C_NL,
    ['\r'] = C_NL,
#define R2(a) [a] = C_ID_START | C_ID_PART
    R2('$'), R2('_'),
    R2('a'), R2('b'), R2('c'), R2('d'), R2('e'), R2('f'), R2('g'), R2('h'), R2('i'), R2('j'),
    R2('k'), R2('l'), R2('m'), R2('n'), R2('o'), R2('p'), R2('q'), R2('r'), R2('s'), R2('t'),
    R2('u'), R2('v'), R2('w'), R2('x'), R2('y'), R2('z'),
    R2('A'), R2('B'), R2('C'), R2('D'), R2('E'), R2('F'), R2('G'), R2('H'), R2('I'), R2('J'),
    R2('K'), R2('L'), R2('M'), R2('N'), R2('O'), R2('P'), R2('Q'), R2('R'), R2('S'), R2('T'),
    R2('U'), R2('V'), R2('W'), R2('X'), R2('Y'), R2('Z'),
#undef R2
    ['0'] = C_ID_PART | C_DIGIT, ['1'] = C_ID_PART | C_DIGIT, ['2'] = C_ID_PART | C_DIGIT,
    ['3'] = C_ID_PART | C_DIGIT, ['4'] = C_ID_PART | C_DIGIT, ['5'] = C_ID_PART | C_DIGIT,
    ['6'] = C_ID_PART | C_DIGIT, ['7'] = C_ID_PART | C_DIGIT, ['8'] = C_ID_PART | C_DIGIT,
    ['9'] = C_ID_PART | C_DIGIT,
};

static bool is_unicode_space(uint16_t c) {
  return c == 0xA0 || c == 0xFEFF || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
         c == 0x202F || c == 0x205F || c == 0x3000;
}

/* Non-ASCII units are identifier characters unless they are spaces or line terminators:
 * the engine validates the exact Unicode classes when it compiles the output. */
static bool is_id_part(uint16_t c) {
  if (c < 128) return ascii_class[c] & C_ID_PART;
  return !is_unicode_space(c) && c != 0x2028 && c != 0x2029;
}

static bool is_id_start(uint16_t c) {
  if (c < 128) return ascii_class[c] & C_ID_START;
  return !is_unicode_space(c) && c != 0x2028 && c != 0x2029;
}

void lode__tx_name_to_utf8(const uint16_t *s, uint32_t len, char *out, size_t cap) {
  size_t o = 0;
  for (uint32_t i = 0; i < len && o + 4 < cap; i++) {
    uint32_t c = s[i];
    if (c < 0x80) {
      out[o++] = (char)c;
    } else if (c < 0x800) {
      out[o++] = (char)(0xC0 | (c >> 6));
      out[o++] = (char)(0x80 | (c & 0x3F));
    } else {
      if (c >= 0xD800 && c <= 0xDFFF) c = 0xFFFD;
      out[o++] = (char)(0xE0 | (c >> 12));
      out[o++] = (char)(0x80 | ((c >> 6) & 0x3F));
      out[o++] = (char)(0x80 | (c & 0x3F));
    }
  }
  out[o] = '\0';
}

_Noreturn void lode__tx_fail_at(parser_t *p, uint32_t pos, int status, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(p->err_msg, sizeof p->err_msg, fmt, ap);
  va_end(ap);
  p->err_pos = pos;
  p->status = status;
  longjmp(*p->jump, 1);
}

static bool is_strict_reserved(int kw) {
  return kw == KW_LET || kw == KW_STATIC || kw == KW_YIELD || kw == KW_IMPLEMENTS ||
         kw == KW_INTERFACE || kw == KW_PACKAGE || kw == KW_PRIVATE || kw == KW_PROTECTED ||
         kw == KW_PUBLIC;
}

_Noreturn void lode__tx_unexpected(parser_t *p) {
  const token_t *t = &p->tok;
  char name[96];
  switch (t->kind) {
  case T_EOF: lode__tx_fail_at(p, t->start, LODE_TX_SYNTAX_ERROR, "Unexpected end of input");
  case T_NAME:
    lode__tx_name_to_utf8(p->src + t->start, t->end - t->start > 60 ? 60 : t->end - t->start,
                          name, sizeof name);
    if (t->kw != KW_NONE && t->kw <= KW_LAST_RESERVED)
      lode__tx_fail_at(p, t->start, LODE_TX_SYNTAX_ERROR, "Unexpected token '%s'", name);
    if (p->module && is_strict_reserved(t->kw))
      lode__tx_fail_at(p, t->start, LODE_TX_SYNTAX_ERROR, "Unexpected strict mode reserved word");
    lode__tx_fail_at(p, t->start, LODE_TX_SYNTAX_ERROR, "Unexpected identifier '%s'", name);
  case T_NUM: lode__tx_fail_at(p, t->start, LODE_TX_SYNTAX_ERROR, "Unexpected number");
  case T_STRING: lode__tx_fail_at(p, t->start, LODE_TX_SYNTAX_ERROR, "Unexpected string");
  case T_TEMPLATE:
  case T_TEMPLATE_HEAD:
  case T_TEMPLATE_MID:
  case T_TEMPLATE_TAIL:
    lode__tx_fail_at(p, t->start, LODE_TX_SYNTAX_ERROR, "Unexpected template string");
  case T_INVALID:
    lode__tx_fail_at(p, t->start, LODE_TX_SYNTAX_ERROR, "Invalid or unexpected token");
  default:
    lode__tx_name_to_utf8(p->src + t->start, t->end - t->start > 60 ? 60 : t->end - t->start,
                          name, sizeof name);
    lode__tx_fail_at(p, t->start, LODE_TX_SYNTAX_ERROR, "Unexpected token '%s'", name);
  }
}

static const struct {
  const char *s;
  uint8_t kw;
} keywords[] = {
    {"break", KW_BREAK}, {"case", KW_CASE}, {"catch", KW_CATCH}, {"class", KW_CLASS},
    {"const", KW_CONST}, {"continue", KW_CONTINUE}, {"debugger", KW_DEBUGGER},
    {"default", KW_DEFAULT}, {"delete", KW_DELETE}, {"do", KW_DO}, {"else", KW_ELSE},
    {"enum", KW_ENUM}, {"export", KW_EXPORT}, {"extends", KW_EXTENDS}, {"false", KW_FALSE},
    {"finally", KW_FINALLY}, {"for", KW_FOR}, {"function", KW_FUNCTION}, {"if", KW_IF},
    {"import", KW_IMPORT}, {"in", KW_IN}, {"instanceof", KW_INSTANCEOF}, {"new", KW_NEW},
    {"null", KW_NULL}, {"return", KW_RETURN}, {"super", KW_SUPER}, {"switch", KW_SWITCH},
    {"this", KW_THIS}, {"throw", KW_THROW}, {"true", KW_TRUE}, {"try", KW_TRY},
    {"typeof", KW_TYPEOF}, {"var", KW_VAR}, {"void", KW_VOID}, {"while", KW_WHILE},
    {"with", KW_WITH}, {"let", KW_LET}, {"static", KW_STATIC}, {"yield", KW_YIELD},
    {"await", KW_AWAIT}, {"async", KW_ASYNC}, {"of", KW_OF}, {"get", KW_GET}, {"set", KW_SET},
    {"from", KW_FROM}, {"as", KW_AS}, {"target", KW_TARGET}, {"meta", KW_META},
    {"using", KW_USING}, {"implements", KW_IMPLEMENTS}, {"interface", KW_INTERFACE},
    {"package", KW_PACKAGE}, {"private", KW_PRIVATE}, {"protected", KW_PROTECTED},
    {"public", KW_PUBLIC}, {"abstract", KW_ABSTRACT}, {"declare", KW_DECLARE},
    {"type", KW_TYPE}, {"namespace", KW_NAMESPACE}, {"module", KW_MODULE},
    {"satisfies", KW_SATISFIES}, {"readonly", KW_READONLY}, {"keyof", KW_KEYOF},
    {"infer", KW_INFER}, {"is", KW_IS}, {"unique", KW_UNIQUE}, {"asserts", KW_ASSERTS},
    {"override", KW_OVERRIDE}, {"global", KW_GLOBAL}, {"constructor", KW_CONSTRUCTOR},
    {"accessor", KW_ACCESSOR}, {"out", KW_OUT}, {"require", KW_REQUIRE}, {"assert", KW_ASSERT},
};

/* Keywords bucketed by (first letter, length) for a lookup of one or two compares. */
static uint8_t kw_bucket[26][12][4];
static bool kw_ready;

static void kw_init(void) {
  for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++) {
    size_t n = strlen(keywords[i].s);
    uint8_t *b = kw_bucket[keywords[i].s[0] - 'a'][n];
    int j = 0;
    while (b[j]) j++;
    b[j] = (uint8_t)(i + 1);
  }
  kw_ready = true;
}

static int keyword_of(const uint16_t *s, uint32_t len) {
  if (len < 2 || len > 11 || s[0] < 'a' || s[0] > 'z') return KW_NONE;
  const uint8_t *b = kw_bucket[s[0] - 'a'][len];
  for (int j = 0; j < 4 && b[j]; j++) {
    const char *k = keywords[b[j] - 1].s;
    uint32_t i = 1;
    while (i < len && s[i] == (uint16_t)k[i]) i++;
    if (i == len) return keywords[b[j] - 1].kw;
  }
  return KW_NONE;
}

lex_state_t lode__tx_save(const parser_t *p) {
  lex_state_t s = {p->pos, 0, p->tok, p->prev_end};
  return s;
}

void lode__tx_restore(parser_t *p, const lex_state_t *s) {
  p->pos = s->pos;
  p->tok = s->tok;
  p->prev_end = s->prev_end;
}

/* Skips a \uXXXX or \u{...} escape at i (pointing at the backslash); returns the index
 * after it, or 0 if it is malformed. */
static uint32_t skip_unicode_escape(const uint16_t *s, uint32_t len, uint32_t i) {
  if (i + 1 >= len || s[i + 1] != 'u') return 0;
  i += 2;
  if (i < len && s[i] == '{') {
    i++;
    uint32_t digits = 0;
    while (i < len && s[i] != '}' && digits < 8) {
      uint16_t c = s[i];
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) return 0;
      i++, digits++;
    }
    if (i >= len || s[i] != '}' || digits == 0) return 0;
    return i + 1;
  }
  for (int k = 0; k < 4; k++, i++) {
    if (i >= len) return 0;
    uint16_t c = s[i];
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) return 0;
  }
  return i;
}

/* Scans identifier parts from i; sets *escaped if a \u escape occurs. Returns the end. */
static uint32_t scan_ident_rest(parser_t *p, uint32_t i, bool *escaped) {
  const uint16_t *s = p->src;
  uint32_t len = p->len;
  for (;;) {
    while (i < len && s[i] < 128 && (ascii_class[s[i]] & C_ID_PART)) i++;
    if (i >= len) return i;
    uint16_t c = s[i];
    if (c == '\\') {
      uint32_t e = skip_unicode_escape(s, len, i);
      if (!e) return i;
      *escaped = true;
      i = e;
    } else if (c >= 128 && is_id_part(c)) {
      i++;
    } else {
      return i;
    }
  }
}

static uint32_t scan_string(parser_t *p, uint32_t i, uint16_t quote) {
  const uint16_t *s = p->src;
  uint32_t len = p->len;
  i++;
  while (i < len) {
    uint16_t c = s[i];
    if (c == quote) return i + 1;
    if (c == '\\') {
      i += 2;
      continue;
    }
    if (c == '\n' || c == '\r') break;
    i++;
  }
  lode__tx_fail_at(p, p->tok.start, LODE_TX_SYNTAX_ERROR, "Invalid or unexpected token");
}

/* Scans template characters from i (after ` or }) to the end of the `${` or closing `. */
static uint32_t scan_template(parser_t *p, uint32_t i, bool *tail) {
  const uint16_t *s = p->src;
  uint32_t len = p->len;
  while (i < len) {
    uint16_t c = s[i];
    if (c == '`') {
      *tail = true;
      return i + 1;
    }
    if (c == '\\') {
      i += 2;
      continue;
    }
    if (c == '$' && i + 1 < len && s[i + 1] == '{') {
      *tail = false;
      return i + 2;
    }
    i++;
  }
  lode__tx_fail_at(p, len, LODE_TX_SYNTAX_ERROR, "Unterminated template literal");
}

static uint32_t scan_number(parser_t *p, uint32_t i) {
  const uint16_t *s = p->src;
  uint32_t len = p->len;
  if (s[i] == '0' && i + 1 < len && (s[i + 1] | 0x20) >= 'b' && (s[i + 1] | 0x20) <= 'x' &&
      ((s[i + 1] | 0x20) == 'x' || (s[i + 1] | 0x20) == 'o' || (s[i + 1] | 0x20) == 'b')) {
    i += 2;
    while (i < len && s[i] < 128 && (ascii_class[s[i]] & C_ID_PART)) i++;
    return i;
  }
  while (i < len && ((s[i] >= '0' && s[i] <= '9') || s[i] == '_')) i++;
  if (i < len && s[i] == '.') {
    i++;
    while (i < len && ((s[i] >= '0' && s[i] <= '9') || s[i] == '_')) i++;
  }
  if (i < len && (s[i] | 0x20) == 'e') {
    uint32_t j = i + 1;
    if (j < len && (s[j] == '+' || s[j] == '-')) j++;
    if (j < len && s[j] >= '0' && s[j] <= '9') {
      i = j;
      while (i < len && ((s[i] >= '0' && s[i] <= '9') || s[i] == '_')) i++;
    }
  }
  /* A BigInt suffix, or letters glued to the number (an error the engine reports). */
  while (i < len && s[i] < 128 && (ascii_class[s[i]] & C_ID_PART)) i++;
  return i;
}

/* Skips white space and comments from p->pos; returns whether a line terminator was seen. */
static bool skip_trivia(parser_t *p) {
  const uint16_t *s = p->src;
  uint32_t len = p->len, i = p->pos;
  bool nl = false;
  while (i < len) {
    uint16_t c = s[i];
    if (c < 128) {
      uint8_t k = ascii_class[c];
      if (k & C_SPACE) {
        i++;
        continue;
      }
      if (k & C_NL) {
        nl = true;
        i++;
        continue;
      }
      if (c == '/' && i + 1 < len) {
        if (s[i + 1] == '/') {
          i += 2;
          /* Most units are above '\r' and below U+2028: one compare each. */
          while (i < len) {
            uint16_t d = s[i];
            if ((d <= '\r' && (d == '\n' || d == '\r')) || (d | 1) == 0x2029) break;
            i++;
          }
          continue;
        }
        if (s[i + 1] == '*') {
          uint32_t start = i;
          i += 2;
          for (;;) {
            if (i + 1 >= len) {
              p->pos = len;
              lode__tx_fail_at(p, start, LODE_TX_SYNTAX_ERROR, "Invalid or unexpected token");
            }
            uint16_t d = s[i];
            if (d == '*' && s[i + 1] == '/') break;
            if ((d <= '\r' && (d == '\n' || d == '\r')) || (d | 1) == 0x2029) nl = true;
            i++;
          }
          i += 2;
          continue;
        }
      }
      /* HTML-like comments exist in scripts only. */
      if (!p->module && c == '<' && i + 3 < len && s[i + 1] == '!' && s[i + 2] == '-' &&
          s[i + 3] == '-') {
        while (i < len && !lode__tx_is_line_terminator(s[i])) i++;
        continue;
      }
      if (!p->module && c == '-' && (nl || i == 0) && i + 2 < len && s[i + 1] == '-' &&
          s[i + 2] == '>') {
        while (i < len && !lode__tx_is_line_terminator(s[i])) i++;
        continue;
      }
      break;
    }
    if (c == 0x2028 || c == 0x2029) {
      nl = true;
      i++;
      continue;
    }
    if (is_unicode_space(c)) {
      i++;
      continue;
    }
    break;
  }
  p->pos = i;
  return nl;
}

void lode__tx_next(parser_t *p) {
  if (!kw_ready) kw_init();
  p->prev_end = p->tok.end;
  token_t *t = &p->tok;
  t->nl_before = skip_trivia(p);
  const uint16_t *s = p->src;
  uint32_t len = p->len, i = p->pos;
  t->start = i;
  t->kw = KW_NONE;
  t->escaped = false;
  if (i >= len) {
    t->kind = T_EOF;
    t->end = len;
    return;
  }
  uint16_t c = s[i];
  uint16_t c1 = i + 1 < len ? s[i + 1] : 0;
  uint16_t c2 = i + 2 < len ? s[i + 2] : 0;
  uint8_t kind;
  uint32_t n = 1;
  if (c < 128 && (ascii_class[c] & C_ID_START)) {
    bool escaped = false;
    uint32_t e = scan_ident_rest(p, i + 1, &escaped);
    t->kind = T_NAME;
    t->end = p->pos = e;
    t->escaped = escaped;
    if (!escaped) t->kw = (uint8_t)keyword_of(s + i, e - i);
    return;
  }
  switch (c) {
  case '{': kind = T_LBRACE; break;
  case '}': kind = T_RBRACE; break;
  case '(': kind = T_LPAREN; break;
  case ')': kind = T_RPAREN; break;
  case '[': kind = T_LBRACK; break;
  case ']': kind = T_RBRACK; break;
  case ';': kind = T_SEMI; break;
  case ',': kind = T_COMMA; break;
  case ':': kind = T_COLON; break;
  case '~': kind = T_TILDE; break;
  case '@': kind = T_AT; break;
  case '.':
    if (c1 >= '0' && c1 <= '9') {
      t->kind = T_NUM;
      t->end = p->pos = scan_number(p, i);
      return;
    }
    if (c1 == '.' && c2 == '.') kind = T_ELLIPSIS, n = 3;
    else kind = T_DOT;
    break;
  case '?':
    if (c1 == '?') {
      if (c2 == '=') kind = T_ASSIGN_OP, n = 3;
      else kind = T_QQ, n = 2;
    } else if (c1 == '.' && !(c2 >= '0' && c2 <= '9')) {
      kind = T_QDOT, n = 2;
    } else {
      kind = T_QUESTION;
    }
    break;
  case '=':
    if (c1 == '>') kind = T_ARROW, n = 2;
    else if (c1 == '=') kind = c2 == '=' ? T_SEQ : T_EQ, n = c2 == '=' ? 3 : 2;
    else kind = T_ASSIGN;
    break;
  case '!':
    if (c1 == '=') kind = c2 == '=' ? T_SNE : T_NE, n = c2 == '=' ? 3 : 2;
    else kind = T_BANG;
    break;
  case '+':
    if (c1 == '+') kind = T_INC, n = 2;
    else if (c1 == '=') kind = T_ASSIGN_OP, n = 2;
    else kind = T_PLUS;
    break;
  case '-':
    if (c1 == '-') kind = T_DEC, n = 2;
    else if (c1 == '=') kind = T_ASSIGN_OP, n = 2;
    else kind = T_MINUS;
    break;
  case '*':
    if (c1 == '*') {
      if (c2 == '=') kind = T_ASSIGN_OP, n = 3;
      else kind = T_STARSTAR, n = 2;
    } else if (c1 == '=') {
      kind = T_ASSIGN_OP, n = 2;
    } else {
      kind = T_STAR;
    }
    break;
  case '/':
    if (c1 == '=') kind = T_ASSIGN_OP, n = 2;
    else kind = T_SLASH;
    break;
  case '%':
    if (c1 == '=') kind = T_ASSIGN_OP, n = 2;
    else kind = T_PERCENT;
    break;
  case '<':
    if (c1 == '<') kind = c2 == '=' ? T_ASSIGN_OP : T_SHL, n = c2 == '=' ? 3 : 2;
    else if (c1 == '=') kind = T_LE, n = 2;
    else kind = T_LT;
    break;
  case '>':
    if (c1 == '>') {
      if (c2 == '>') {
        uint16_t c3 = i + 3 < len ? s[i + 3] : 0;
        if (c3 == '=') kind = T_ASSIGN_OP, n = 4;
        else kind = T_USHR, n = 3;
      } else if (c2 == '=') {
        kind = T_ASSIGN_OP, n = 3;
      } else {
        kind = T_SHR, n = 2;
      }
    } else if (c1 == '=') {
      kind = T_GE, n = 2;
    } else {
      kind = T_GT;
    }
    break;
  case '&':
    if (c1 == '&') kind = c2 == '=' ? T_ASSIGN_OP : T_ANDAND, n = c2 == '=' ? 3 : 2;
    else if (c1 == '=') kind = T_ASSIGN_OP, n = 2;
    else kind = T_AMP;
    break;
  case '|':
    if (c1 == '|') kind = c2 == '=' ? T_ASSIGN_OP : T_OROR, n = c2 == '=' ? 3 : 2;
    else if (c1 == '=') kind = T_ASSIGN_OP, n = 2;
    else kind = T_BAR;
    break;
  case '^':
    if (c1 == '=') kind = T_ASSIGN_OP, n = 2;
    else kind = T_CARET;
    break;
  case '"':
  case '\'':
    t->kind = T_STRING;
    t->end = p->pos = scan_string(p, i, c);
    return;
  case '`': {
    bool tail;
    t->end = p->pos = scan_template(p, i + 1, &tail);
    t->kind = tail ? T_TEMPLATE : T_TEMPLATE_HEAD;
    return;
  }
  case '#':
    if (i + 1 < len && (is_id_start(c1) || c1 == '\\')) {
      bool escaped = false;
      uint32_t e = scan_ident_rest(p, i + 1, &escaped);
      if (e > i + 1) {
        t->kind = T_PRIVATE;
        t->end = p->pos = e;
        return;
      }
    }
    kind = T_INVALID;
    break;
  case '\\': {
    uint32_t e = skip_unicode_escape(s, len, i);
    if (e) {
      bool escaped = true;
      e = scan_ident_rest(p, e, &escaped);
      t->kind = T_NAME;
      t->escaped = true;
      t->end = p->pos = e;
      return;
    }
    kind = T_INVALID;
    break;
  }
  default:
    if (c >= '0' && c <= '9') {
      t->kind = T_NUM;
      t->end = p->pos = scan_number(p, i);
      return;
    }
    if (c >= 128 && is_id_start(c)) {
      bool escaped = false;
      uint32_t e = scan_ident_rest(p, i + 1, &escaped);
      t->kind = T_NAME;
      t->escaped = escaped;
      t->end = p->pos = e;
      return;
    }
    kind = T_INVALID;
  }
  t->kind = kind;
  t->end = p->pos = i + n;
}

void lode__tx_rescan_regex(parser_t *p) {
  const uint16_t *s = p->src;
  uint32_t len = p->len, i = p->tok.start + 1;
  bool in_class = false;
  for (;;) {
    if (i >= len || lode__tx_is_line_terminator(s[i]))
      lode__tx_fail_at(p, p->tok.start, LODE_TX_SYNTAX_ERROR,
                       "Invalid regular expression: missing /");
    uint16_t c = s[i];
    if (c == '\\') {
      i += 2;
      if (i > len) i = len;
      continue;
    }
    if (c == '[') in_class = true;
    else if (c == ']') in_class = false;
    else if (c == '/' && !in_class) break;
    i++;
  }
  i++;
  while (i < len && is_id_part(s[i])) i++;
  p->tok.kind = T_REGEX;
  p->tok.end = p->pos = i;
}

void lode__tx_rescan_template(parser_t *p) {
  bool tail;
  p->tok.end = p->pos = scan_template(p, p->tok.start + 1, &tail);
  p->tok.kind = tail ? T_TEMPLATE_TAIL : T_TEMPLATE_MID;
}
