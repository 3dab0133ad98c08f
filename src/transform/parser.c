/* The parser of the transform: recursive descent over the whole language and the erasable
 * part of TypeScript. It builds no tree: while parsing it records edits (erased types,
 * blanked module syntax), declarations and references (for the module pass in module.c).
 * Ambiguities (arrow parameters, type arguments) are resolved by speculation: the state is
 * saved, a parse is tried, and a failure jumps back and restores it; positions where a
 * speculation failed are remembered so nesting cannot make the work exponential. */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define TK (p->tok.kind)
#define KW (p->tok.kind == T_NAME ? p->tok.kw : KW_NONE)
#define MAX_DEPTH 600

typedef struct {
  int32_t ref;   /* the reference an identifier expression recorded, or -1 */
  uint8_t flags; /* EX_* */
} ex_t;

static const ex_t EX_PLAIN = {-1, 0};

typedef struct {
  bool in_function, in_async, in_generator, in_class_field;
} fnctx_t;

typedef struct {
  lex_state_t lex;
  size_t edits, text, refs, decls, scopes;
  fnctx_t ctx;
  int no_refs, depth;
  bool in_cond_extends;
} snap_t;

static ex_t parse_assign(parser_t *p, bool no_in);
static ex_t parse_expression(parser_t *p, bool no_in);
static ex_t parse_unary(parser_t *p);
static ex_t parse_lhs(parser_t *p);
static void parse_statement(parser_t *p);
static void parse_list_statement(parser_t *p);
static void parse_type(parser_t *p);
static void parse_type_no_cond(parser_t *p);
static void parse_type_args(parser_t *p);
static void parse_type_params(parser_t *p);
static void parse_object_type(parser_t *p);
static void parse_return_type(parser_t *p);
static void parse_binding_element(parser_t *p, int kind, bool no_in);
static void parse_binding_target(parser_t *p, int kind);
static void parse_params(parser_t *p);
static bool parse_class(parser_t *p, bool is_decl, uint32_t *body_open, bool *has_name);

/* ---- small helpers ---- */

static inline void next(parser_t *p) {
  lode__tx_next(p);
}

static inline bool is_kw(const parser_t *p, int kw) {
  return p->tok.kind == T_NAME && p->tok.kw == kw;
}

static void expect(parser_t *p, int kind) {
  if (TK != kind) lode__tx_unexpected(p);
  next(p);
}

static bool eat(parser_t *p, int kind) {
  if (TK != kind) return false;
  next(p);
  return true;
}

static void expect_kw(parser_t *p, int kw) {
  if (!is_kw(p, kw)) lode__tx_unexpected(p);
  next(p);
}

/* Automatic semicolon insertion. */
static void semicolon(parser_t *p) {
  if (TK == T_SEMI) {
    next(p);
    return;
  }
  if (TK == T_RBRACE || TK == T_EOF || p->tok.nl_before) return;
  lode__tx_unexpected(p);
}

static bool can_insert_semicolon(const parser_t *p) {
  return TK == T_SEMI || TK == T_RBRACE || TK == T_EOF || p->tok.nl_before;
}

/* The token after the current one (the lexer state is restored). */
static token_t peek(parser_t *p) {
  lex_state_t s = lode__tx_save(p);
  next(p);
  token_t t = p->tok;
  lode__tx_restore(p, &s);
  return t;
}

static void enter(parser_t *p) {
  if (++p->depth > MAX_DEPTH)
    lode__tx_fail_at(p, p->tok.start, LODE_TX_SYNTAX_ERROR, "Maximum nesting depth exceeded");
}

static void leave(parser_t *p) {
  p->depth--;
}

static void blank(parser_t *p, uint32_t start, uint32_t end) {
  if (end > start) lode__tx_edit(p, start, end, NULL);
}

/* Blanks an erased statement or class member, leaving a `;` in its place so the code
 * around it cannot merge across the gap. */
static void blank_stmt(parser_t *p, uint32_t start, uint32_t end) {
  if (end > start) lode__tx_edit(p, start, end, ";");
}

static fnctx_t enter_function(parser_t *p, bool is_async, bool is_gen) {
  fnctx_t saved = {p->in_function, p->in_async, p->in_generator, p->in_class_field};
  p->in_function = true;
  p->in_async = is_async;
  p->in_generator = is_gen;
  p->in_class_field = false;
  return saved;
}

static void leave_function(parser_t *p, fnctx_t saved) {
  p->in_function = saved.in_function;
  p->in_async = saved.in_async;
  p->in_generator = saved.in_generator;
  p->in_class_field = saved.in_class_field;
}

static snap_t snapshot(const parser_t *p) {
  snap_t s = {lode__tx_save(p),
              p->edits.len,
              p->text.len,
              p->refs.len,
              p->decls.len,
              p->scopes.len,
              {p->in_function, p->in_async, p->in_generator, p->in_class_field},
              p->no_refs,
              p->depth,
              p->in_cond_extends};
  return s;
}

static void rollback(parser_t *p, const snap_t *s) {
  lode__tx_restore(p, &s->lex);
  p->edits.len = s->edits;
  p->text.len = s->text;
  p->refs.len = s->refs;
  p->decls.len = s->decls;
  p->scopes.len = s->scopes;
  leave_function(p, s->ctx);
  p->no_refs = s->no_refs;
  p->depth = s->depth;
  p->in_cond_extends = s->in_cond_extends;
  p->status = LODE_TX_OK;
}

/* The memo of failed speculations: an open-addressing set of (position * 4 + kind). */
static bool memo_has(const parser_t *p, uint32_t key) {
  if (p->memo.cap == 0) return false;
  uint32_t mask = (uint32_t)p->memo.cap - 1, h = (key * 2654435761u) & mask;
  while (p->memo.items[h]) {
    if (p->memo.items[h] == key + 1) return true;
    h = (h + 1) & mask;
  }
  return false;
}

static void memo_add(parser_t *p, uint32_t key) {
  if ((p->memo_count + 1) * 2 > p->memo.cap) {
    size_t cap = p->memo.cap ? p->memo.cap * 2 : 256;
    uint32_t *old = p->memo.items;
    size_t old_cap = p->memo.cap;
    p->memo.items = calloc(cap, sizeof(uint32_t));
    if (!p->memo.items) abort();
    p->memo.cap = cap;
    p->memo_count = 0;
    for (size_t i = 0; i < old_cap; i++)
      if (old[i]) memo_add(p, old[i] - 1);
    free(old);
  }
  uint32_t mask = (uint32_t)p->memo.cap - 1, h = (key * 2654435761u) & mask;
  while (p->memo.items[h]) {
    if (p->memo.items[h] == key + 1) return;
    h = (h + 1) & mask;
  }
  p->memo.items[h] = key + 1;
  p->memo_count++;
}

enum { MEMO_ARROW = 0, MEMO_TYPE_ARGS = 1, MEMO_ASYNC_ARROW = 2, MEMO_INFER_EXTENDS = 3 };

/* Whether the current token can begin a class member or property name. */
static bool is_property_name_start(const token_t *t) {
  return t->kind == T_NAME || t->kind == T_STRING || t->kind == T_NUM ||
         t->kind == T_PRIVATE || t->kind == T_LBRACK;
}

/* ---- TypeScript types ---- */

/* Consumes one `>`, splitting `>>`, `>=`, `>>=`... as types need. */
static void expect_gt(parser_t *p) {
  if (TK == T_GT) {
    next(p);
    return;
  }
  if (p->tok.end > p->tok.start + 1 && p->src[p->tok.start] == '>' &&
      (TK == T_SHR || TK == T_USHR || TK == T_GE || TK == T_ASSIGN_OP)) {
    p->pos = p->tok.start + 1;
    p->tok.end = p->pos;
    next(p);
    p->prev_end = p->tok.start; /* the split `>` ended where the rest begins */
    return;
  }
  lode__tx_unexpected(p);
}

static void parse_entity_name(parser_t *p) {
  if (TK != T_NAME) lode__tx_unexpected(p);
  next(p);
  while (TK == T_DOT) {
    next(p);
    if (TK != T_NAME && TK != T_PRIVATE) lode__tx_unexpected(p);
    next(p);
  }
}

/* Skips a balanced bracket group starting at the current ( [ or {, token-wise. */
static void skip_balanced(parser_t *p) {
  int depth = 0;
  VEC(uint8_t) stack = {0};
  for (;;) {
    int k = TK;
    if (k == T_EOF) {
      free(stack.items);
      lode__tx_unexpected(p);
    }
    if (k == T_LBRACE || k == T_LPAREN || k == T_LBRACK || k == T_TEMPLATE_HEAD) {
      *vec_push(&stack) = (uint8_t)k;
      depth++;
    } else if (k == T_RBRACE || k == T_RPAREN || k == T_RBRACK) {
      if (depth == 0) {
        free(stack.items);
        lode__tx_unexpected(p);
      }
      uint8_t open = stack.items[stack.len - 1];
      if (k == T_RBRACE && open == T_TEMPLATE_HEAD) {
        lode__tx_rescan_template(p);
        if (TK == T_TEMPLATE_TAIL) {
          stack.len--;
          depth--;
        }
      } else {
        stack.len--;
        depth--;
      }
    }
    next(p);
    if (depth == 0) break;
  }
  free(stack.items);
}

/* At `(` in a type: is this a function type's parameter list? */
static bool is_function_type_start(parser_t *p) {
  lex_state_t s = lode__tx_save(p);
  bool result = false;
  next(p);
  if (TK == T_RPAREN || TK == T_ELLIPSIS) {
    result = true;
  } else if (TK == T_NAME) {
    next(p);
    if (TK == T_COLON || TK == T_COMMA || TK == T_QUESTION || TK == T_ASSIGN) {
      result = true;
    } else if (TK == T_RPAREN) {
      next(p);
      result = TK == T_ARROW;
    }
  } else if (TK == T_LBRACE || TK == T_LBRACK) {
    int depth = 0;
    do {
      if (TK == T_LBRACE || TK == T_LBRACK || TK == T_LPAREN) depth++;
      else if (TK == T_RBRACE || TK == T_RBRACK || TK == T_RPAREN) depth--;
      if (TK == T_EOF || TK == T_TEMPLATE_HEAD) break;
      next(p);
    } while (depth > 0);
    if (TK == T_COLON || TK == T_COMMA || TK == T_QUESTION || TK == T_ASSIGN) {
      result = true;
    } else if (TK == T_RPAREN) {
      next(p);
      result = TK == T_ARROW;
    }
  }
  lode__tx_restore(p, &s);
  return result;
}

static void parse_type_template(parser_t *p) {
  /* At a template head: `a${T}b${U}c` */
  next(p);
  for (;;) {
    parse_type(p);
    if (TK != T_RBRACE) lode__tx_unexpected(p);
    lode__tx_rescan_template(p);
    bool tail = TK == T_TEMPLATE_TAIL;
    next(p);
    if (tail) break;
  }
}

static void parse_tuple_type(parser_t *p) {
  next(p);
  while (TK != T_RBRACK) {
    eat(p, T_ELLIPSIS);
    /* A labelled element `name?: T` or a plain type. */
    if (TK == T_NAME) {
      token_t t = peek(p);
      if (t.kind == T_COLON || (t.kind == T_QUESTION && 0)) {
        next(p);
        next(p);
      } else if (t.kind == T_QUESTION) {
        lex_state_t s = lode__tx_save(p);
        next(p);
        next(p);
        if (TK != T_COLON) lode__tx_restore(p, &s);
        else next(p);
      }
    }
    parse_type(p);
    eat(p, T_QUESTION);
    if (TK != T_RBRACK) expect(p, T_COMMA);
  }
  next(p);
}

static void parse_type_primary(parser_t *p) {
  switch (TK) {
  case T_LPAREN:
    next(p);
    parse_type(p);
    expect(p, T_RPAREN);
    return;
  case T_LBRACK: parse_tuple_type(p); return;
  case T_LBRACE: parse_object_type(p); return;
  case T_STRING:
  case T_NUM:
  case T_TEMPLATE: next(p); return;
  case T_TEMPLATE_HEAD: parse_type_template(p); return;
  case T_MINUS:
    next(p);
    if (TK != T_NUM) lode__tx_unexpected(p);
    next(p);
    return;
  case T_NAME: break;
  default: lode__tx_unexpected(p);
  }
  switch (p->tok.kw) {
  case KW_TYPEOF:
    next(p);
    if (is_kw(p, KW_IMPORT)) {
      next(p);
      expect(p, T_LPAREN);
      if (TK != T_STRING) lode__tx_unexpected(p);
      next(p);
      expect(p, T_RPAREN);
      while (eat(p, T_DOT)) {
        if (TK != T_NAME) lode__tx_unexpected(p);
        next(p);
      }
    } else {
      parse_entity_name(p);
    }
    if (TK == T_LT && !p->tok.nl_before) parse_type_args(p);
    return;
  case KW_IMPORT:
    next(p);
    expect(p, T_LPAREN);
    if (TK != T_STRING) lode__tx_unexpected(p);
    next(p);
    if (eat(p, T_COMMA) && TK != T_RPAREN) {
      parse_object_type(p);
      eat(p, T_COMMA);
    }
    expect(p, T_RPAREN);
    while (eat(p, T_DOT)) {
      if (TK != T_NAME) lode__tx_unexpected(p);
      next(p);
    }
    if (TK == T_LT) parse_type_args(p);
    return;
  case KW_VOID:
  case KW_NULL:
  case KW_TRUE:
  case KW_FALSE:
  case KW_THIS: next(p); return;
  default: break;
  }
  parse_entity_name(p);
  if (TK == T_LT && !p->tok.nl_before) parse_type_args(p);
}

static void parse_type_postfix(parser_t *p) {
  parse_type_primary(p);
  while (TK == T_LBRACK && !p->tok.nl_before) {
    next(p);
    if (TK != T_RBRACK) parse_type(p);
    expect(p, T_RBRACK);
  }
}

static void parse_type_operator(parser_t *p) {
  if (TK == T_NAME) {
    int kw = p->tok.kw;
    if (kw == KW_KEYOF || kw == KW_UNIQUE || kw == KW_READONLY) {
      token_t t = peek(p);
      /* `keyof` alone is a type name; an operator needs an operand. */
      if (t.kind != T_COMMA && t.kind != T_RPAREN && t.kind != T_RBRACK && t.kind != T_GT &&
          t.kind != T_SEMI && t.kind != T_EOF && t.kind != T_ASSIGN && t.kind != T_BAR &&
          t.kind != T_AMP && t.kind != T_RBRACE) {
        next(p);
        parse_type_operator(p);
        return;
      }
    } else if (kw == KW_INFER) {
      next(p);
      if (TK != T_NAME) lode__tx_unexpected(p);
      next(p);
      if (is_kw(p, KW_EXTENDS) && p->in_cond_extends) {
        /* In the extends clause of a conditional type, no conditional may follow. */
        next(p);
        parse_type_no_cond(p);
      } else if (is_kw(p, KW_EXTENDS) && !memo_has(p, p->tok.start * 4 + MEMO_INFER_EXTENDS)) {
        /* `infer U extends C` unless the extends begins a conditional type. A constraint
         * that failed here once fails again: the memo keeps nested `infer X extends`
         * from being tried 2^depth times. */
        uint32_t key = p->tok.start * 4 + MEMO_INFER_EXTENDS;
        snap_t s = snapshot(p);
        jmp_buf jb, *outer = p->jump;
        if (setjmp(jb) == 0) {
          p->jump = &jb;
          next(p);
          parse_type_no_cond(p);
          p->jump = outer;
          if (TK == T_QUESTION) {
            rollback(p, &s);
            memo_add(p, key);
          }
        } else {
          p->jump = outer;
          rollback(p, &s);
          memo_add(p, key);
        }
      }
      return;
    }
  }
  parse_type_postfix(p);
}

static bool parse_type_function_like(parser_t *p);

/* A member of a union or intersection: TypeScript also accepts an unparenthesized
 * function type there. */
static void parse_type_member(parser_t *p) {
  if (!parse_type_function_like(p)) parse_type_operator(p);
}

static void parse_type_intersection(parser_t *p) {
  eat(p, T_AMP);
  parse_type_member(p);
  while (eat(p, T_AMP)) parse_type_member(p);
}

static void parse_type_union(parser_t *p) {
  eat(p, T_BAR);
  parse_type_intersection(p);
  while (eat(p, T_BAR)) parse_type_intersection(p);
}

static void parse_function_type_rest(parser_t *p) {
  /* At `<` or `(`. */
  if (TK == T_LT) parse_type_params(p);
  parse_params(p);
  expect(p, T_ARROW);
  parse_return_type(p);
}

static bool parse_type_function_like(parser_t *p) {
  if (TK == T_LT) {
    parse_function_type_rest(p);
    return true;
  }
  if (TK == T_LPAREN && is_function_type_start(p)) {
    parse_function_type_rest(p);
    return true;
  }
  if (is_kw(p, KW_NEW) || (is_kw(p, KW_ABSTRACT) && peek(p).kw == KW_NEW)) {
    if (is_kw(p, KW_ABSTRACT)) next(p);
    next(p);
    parse_function_type_rest(p);
    return true;
  }
  return false;
}

static void parse_type_no_cond(parser_t *p) {
  enter(p);
  bool saved = p->in_cond_extends;
  p->in_cond_extends = true;
  if (!parse_type_function_like(p)) parse_type_union(p);
  p->in_cond_extends = saved;
  leave(p);
}

static void parse_type(parser_t *p) {
  enter(p);
  bool saved_cond = p->in_cond_extends;
  p->in_cond_extends = false;
  p->no_refs++;
  if (!parse_type_function_like(p)) {
    parse_type_union(p);
    if (is_kw(p, KW_EXTENDS) && !p->tok.nl_before) {
      next(p);
      parse_type_no_cond(p);
      expect(p, T_QUESTION);
      parse_type(p);
      expect(p, T_COLON);
      parse_type(p);
    }
  }
  p->no_refs--;
  p->in_cond_extends = saved_cond;
  leave(p);
}

/* A return type: also `x is T`, `asserts x is T`, `asserts x`. */
static void parse_return_type(parser_t *p) {
  p->no_refs++;
  if (is_kw(p, KW_ASSERTS)) {
    token_t t = peek(p);
    if (t.kind == T_NAME && !t.nl_before) {
      next(p);
      next(p);
      if (is_kw(p, KW_IS) && !p->tok.nl_before) {
        next(p);
        parse_type(p);
      }
      p->no_refs--;
      return;
    }
  }
  if (TK == T_NAME) {
    token_t t = peek(p);
    if (t.kind == T_NAME && t.kw == KW_IS && !t.nl_before) {
      next(p);
      next(p);
      parse_type(p);
      p->no_refs--;
      return;
    }
  }
  parse_type(p);
  p->no_refs--;
}

static void parse_type_args(parser_t *p) {
  expect(p, T_LT);
  p->no_refs++;
  while (TK != T_GT) {
    parse_type(p);
    if (TK == T_COMMA) {
      next(p);
      continue;
    }
    break;
  }
  p->no_refs--;
  expect_gt(p);
}

static void parse_type_params(parser_t *p) {
  expect(p, T_LT);
  p->no_refs++;
  while (TK != T_GT) {
    while (TK == T_NAME && (p->tok.kw == KW_CONST || p->tok.kw == KW_IN || p->tok.kw == KW_OUT)) {
      token_t t = peek(p);
      if (t.kind != T_NAME) break;
      next(p);
    }
    if (TK != T_NAME) lode__tx_unexpected(p);
    next(p);
    if (is_kw(p, KW_EXTENDS)) {
      next(p);
      parse_type(p);
    }
    if (eat(p, T_ASSIGN)) parse_type(p);
    if (!eat(p, T_COMMA)) break;
  }
  p->no_refs--;
  expect_gt(p);
}

/* Blanks `<...>` type parameters at the current `<`. */
static void erase_type_params(parser_t *p) {
  uint32_t start = p->tok.start;
  parse_type_params(p);
  blank(p, start, p->prev_end);
}

/* Blanks `: T` at the current `:`. */
static void erase_type_annotation(parser_t *p) {
  uint32_t start = p->tok.start;
  next(p);
  parse_type(p);
  blank(p, start, p->prev_end);
}

static void parse_property_name_type(parser_t *p) {
  if (TK == T_LBRACK) {
    next(p);
    parse_type(p);
    expect(p, T_RBRACK);
    return;
  }
  if (TK != T_NAME && TK != T_STRING && TK != T_NUM && TK != T_PRIVATE) lode__tx_unexpected(p);
  next(p);
}

static void parse_object_type(parser_t *p) {
  expect(p, T_LBRACE);
  p->no_refs++;
  while (TK != T_RBRACE) {
    if (TK == T_SEMI || TK == T_COMMA) {
      next(p);
      continue;
    }
    if (TK == T_PLUS || TK == T_MINUS) {
      next(p);
      expect_kw(p, KW_READONLY);
    } else if (is_kw(p, KW_READONLY)) {
      token_t t = peek(p);
      if (is_property_name_start(&t)) next(p);
    }
    if (TK == T_LBRACK) {
      /* Index signature, mapped type or computed name. */
      lex_state_t s = lode__tx_save(p);
      next(p);
      if (TK == T_NAME) {
        next(p);
        if (is_kw(p, KW_IN)) {
          next(p);
          parse_type(p);
          if (is_kw(p, KW_AS)) {
            next(p);
            parse_type(p);
          }
          expect(p, T_RBRACK);
          if (TK == T_PLUS || TK == T_MINUS) {
            next(p);
            expect(p, T_QUESTION);
          } else {
            eat(p, T_QUESTION);
          }
          if (eat(p, T_COLON)) parse_type(p);
          goto separator;
        }
        if (TK == T_COLON) {
          next(p);
          parse_type(p);
          expect(p, T_RBRACK);
          if (eat(p, T_COLON)) parse_type(p);
          goto separator;
        }
      }
      lode__tx_restore(p, &s);
      parse_property_name_type(p);
    } else if (TK == T_LPAREN || TK == T_LT) {
      if (TK == T_LT) parse_type_params(p);
      parse_params(p);
      if (eat(p, T_COLON)) parse_return_type(p);
      goto separator;
    } else if (is_kw(p, KW_NEW) && (peek(p).kind == T_LPAREN || peek(p).kind == T_LT)) {
      next(p);
      if (TK == T_LT) parse_type_params(p);
      parse_params(p);
      if (eat(p, T_COLON)) parse_type(p);
      goto separator;
    } else if ((is_kw(p, KW_GET) || is_kw(p, KW_SET))) {
      token_t t = peek(p);
      if (is_property_name_start(&t)) next(p);
      parse_property_name_type(p);
    } else {
      parse_property_name_type(p);
    }
    eat(p, T_QUESTION);
    if (TK == T_LPAREN || TK == T_LT) {
      if (TK == T_LT) parse_type_params(p);
      parse_params(p);
      if (eat(p, T_COLON)) parse_return_type(p);
    } else if (eat(p, T_COLON)) {
      parse_type(p);
    }
  separator:
    if (TK == T_SEMI || TK == T_COMMA) next(p);
    else if (TK != T_RBRACE && !p->tok.nl_before) lode__tx_unexpected(p);
  }
  p->no_refs--;
  next(p);
}

/* ---- Speculation helpers ---- */

/* After type arguments in an expression: may they be type arguments here (TypeScript's rule)? */
static bool can_follow_type_args(const parser_t *p) {
  switch (TK) {
  case T_LPAREN:
  case T_TEMPLATE:
  case T_TEMPLATE_HEAD: return true;
  case T_LT:
  case T_GT:
  case T_PLUS:
  case T_MINUS: return false;
  default: break;
  }
  if (p->tok.nl_before) return true;
  switch (TK) {
  case T_RPAREN:
  case T_RBRACK:
  case T_COLON:
  case T_SEMI:
  case T_COMMA:
  case T_DOT:
  case T_QDOT:
  case T_RBRACE:
  case T_EOF:
  case T_QUESTION:
  case T_EQ:
  case T_NE:
  case T_SEQ:
  case T_SNE:
  case T_ANDAND:
  case T_OROR:
  case T_QQ:
  case T_CARET:
  case T_AMP:
  case T_BAR:
  case T_ASSIGN: return true;
  default: return false;
  }
}

/* At `<` after an expression: tries type arguments; on success they are blanked. */
static bool try_type_args(parser_t *p) {
  uint32_t start = p->tok.start;
  uint32_t key = start * 4 + MEMO_TYPE_ARGS;
  if (memo_has(p, key)) return false;
  snap_t s = snapshot(p);
  jmp_buf jb, *outer = p->jump;
  if (setjmp(jb) == 0) {
    p->jump = &jb;
    parse_type_args(p);
    if (!can_follow_type_args(p)) lode__tx_unexpected(p);
    p->jump = outer;
    blank(p, start, p->prev_end);
    return true;
  }
  p->jump = outer;
  rollback(p, &s);
  memo_add(p, key);
  return false;
}

/* ---- Expressions ---- */

static void parse_template(parser_t *p) {
  /* At a template head. */
  next(p);
  for (;;) {
    parse_expression(p, false);
    if (TK != T_RBRACE) lode__tx_unexpected(p);
    lode__tx_rescan_template(p);
    bool tail = TK == T_TEMPLATE_TAIL;
    next(p);
    if (tail) break;
  }
}

static void parse_arguments(parser_t *p) {
  expect(p, T_LPAREN);
  while (TK != T_RPAREN) {
    eat(p, T_ELLIPSIS);
    parse_assign(p, false);
    if (TK != T_RPAREN) expect(p, T_COMMA);
  }
  next(p);
}

static void parse_function_body(parser_t *p) {
  expect(p, T_LBRACE);
  while (TK != T_RBRACE) {
    if (TK == T_EOF) lode__tx_unexpected(p);
    parse_list_statement(p);
  }
  next(p);
}

/* Parses an arrow body in the already pushed function scope. */
static void parse_arrow_body(parser_t *p, bool is_async) {
  fnctx_t saved = enter_function(p, is_async, false);
  if (TK == T_LBRACE) parse_function_body(p);
  else parse_assign(p, false);
  leave_function(p, saved);
  lode__tx_scope_pop(p);
}

/* At `(` (after `async` if is_async): parses an arrow function if this is one. */
static bool try_arrow(parser_t *p, bool is_async) {
  uint32_t start = p->tok.start;
  uint32_t key = start * 4 + (is_async ? MEMO_ASYNC_ARROW : MEMO_ARROW);
  if (memo_has(p, key)) return false;
  snap_t s = snapshot(p);
  jmp_buf jb, *outer = p->jump;
  if (setjmp(jb) == 0) {
    p->jump = &jb;
    lode__tx_scope_push(p, true);
    fnctx_t saved = enter_function(p, is_async, false);
    parse_params(p);
    leave_function(p, saved);
    uint32_t rparen = p->prev_end - 1;
    if (p->ts && TK == T_COLON) {
      uint32_t colon = p->tok.start;
      next(p);
      parse_return_type(p);
      uint32_t end = p->prev_end;
      bool newline = false;
      for (uint32_t i = rparen; i < end; i++)
        if (lode__tx_is_line_terminator(p->src[i])) newline = true;
      if (newline && TK == T_ARROW && !p->tok.nl_before) {
        /* `=>` may not follow a line break: move the `)` to the end of the erased type. */
        blank(p, rparen, rparen + 1);
        blank(p, colon, end - 1);
        lode__tx_edit(p, end - 1, end, ")");
      } else {
        blank(p, colon, end);
      }
    }
    if (TK != T_ARROW || p->tok.nl_before) lode__tx_unexpected(p);
    p->jump = outer;
    next(p);
    parse_arrow_body(p, is_async);
    return true;
  }
  p->jump = outer;
  rollback(p, &s);
  memo_add(p, key);
  return false;
}

/* `x => ...` with the parameter token already consumed and the current token `=>`. */
static void parse_simple_arrow(parser_t *p, const token_t *param, bool is_async) {
  lode__tx_scope_push(p, true);
  lode__tx_declare(p, param, DECL_PARAM);
  next(p);
  parse_arrow_body(p, is_async);
}

/* At `function`. Declarations declare their name in the current scope. */
static fninfo_t parse_function(parser_t *p, bool is_decl, bool is_async) {
  fninfo_t info = {0};
  next(p);
  bool is_gen = false;
  info.head_end = p->prev_end;
  if (TK == T_STAR) {
    is_gen = true;
    info.head_end = p->tok.end;
    next(p);
  }
  if (TK == T_NAME && TK != T_LPAREN) {
    info.has_name = true;
    info.name = p->tok;
    if (is_decl) lode__tx_declare(p, &p->tok, DECL_FUNCTION);
    next(p);
  }
  lode__tx_scope_push(p, true);
  if (!is_decl && info.has_name) lode__tx_declare(p, &info.name, DECL_FUNCTION);
  fnctx_t saved = enter_function(p, is_async, is_gen);
  if (p->ts && TK == T_LT) erase_type_params(p);
  parse_params(p);
  if (p->ts && TK == T_COLON) {
    uint32_t start = p->tok.start;
    next(p);
    parse_return_type(p);
    blank(p, start, p->prev_end);
  }
  if (TK == T_LBRACE) {
    info.has_body = true;
    parse_function_body(p);
  } else if (p->ts && is_decl) {
    semicolon(p); /* an overload signature or a declared function */
  } else {
    lode__tx_unexpected(p);
  }
  leave_function(p, saved);
  lode__tx_scope_pop(p);
  return info;
}

/* Parses a method's type parameters, parameters, return type and body (from `<` or `(`).
 * Returns false if a TypeScript signature had no body. */
static bool parse_method_rest(parser_t *p, bool is_async, bool is_gen) {
  lode__tx_scope_push(p, true);
  fnctx_t saved = enter_function(p, is_async, is_gen);
  if (p->ts && TK == T_LT) erase_type_params(p);
  parse_params(p);
  if (p->ts && TK == T_COLON) {
    uint32_t start = p->tok.start;
    next(p);
    parse_return_type(p);
    blank(p, start, p->prev_end);
  }
  bool has_body = true;
  if (TK == T_LBRACE) {
    parse_function_body(p);
  } else if (p->ts) {
    has_body = false;
    semicolon(p);
  } else {
    lode__tx_unexpected(p);
  }
  leave_function(p, saved);
  lode__tx_scope_pop(p);
  return has_body;
}

static void parse_property_key(parser_t *p) {
  if (TK == T_LBRACK) {
    next(p);
    parse_assign(p, false);
    expect(p, T_RBRACK);
    return;
  }
  if (TK != T_NAME && TK != T_STRING && TK != T_NUM && TK != T_PRIVATE) lode__tx_unexpected(p);
  next(p);
}

/* The `async`, `get` / `set` and `*` before a method's key, each taken only when a key (or
 * `*` after async) follows. A line break after `async` ends it as a modifier; in a class
 * body (in_class) a line break after `get` / `set` does too. */
static void parse_method_modifiers(parser_t *p, bool in_class, bool *is_async, bool *is_gen,
                                   bool *accessor) {
  *is_async = *is_gen = *accessor = false;
  if (TK == T_NAME && !p->tok.escaped &&
      (p->tok.kw == KW_ASYNC || p->tok.kw == KW_GET || p->tok.kw == KW_SET)) {
    token_t t = peek(p);
    if ((is_property_name_start(&t) || (t.kind == T_STAR && p->tok.kw == KW_ASYNC)) &&
        !((in_class || p->tok.kw == KW_ASYNC) && t.nl_before)) {
      *is_async = p->tok.kw == KW_ASYNC;
      *accessor = !*is_async;
      next(p);
    }
  }
  if (TK == T_STAR) {
    *is_gen = true;
    next(p);
  }
}

static void parse_object_literal(parser_t *p) {
  next(p);
  while (TK != T_RBRACE) {
    if (TK == T_ELLIPSIS) {
      next(p);
      parse_assign(p, false);
    } else {
      bool is_async, is_gen, accessor;
      parse_method_modifiers(p, false, &is_async, &is_gen, &accessor);
      token_t key = p->tok;
      parse_property_key(p);
      if (TK == T_LPAREN || (p->ts && TK == T_LT)) {
        parse_method_rest(p, is_async, is_gen);
      } else if (is_async || is_gen || accessor) {
        lode__tx_unexpected(p);
      } else if (TK == T_COLON) {
        next(p);
        parse_assign(p, false);
      } else if (key.kind == T_NAME && (key.kw == KW_NONE || key.kw > KW_LAST_RESERVED)) {
        lode__tx_ref(p, &key, REF_SHORTHAND);
        if (TK == T_ASSIGN) {
          next(p);
          parse_assign(p, false);
        }
      } else {
        lode__tx_unexpected(p);
      }
    }
    if (TK != T_RBRACE) expect(p, T_COMMA);
  }
  next(p);
}

static void parse_array_literal(parser_t *p) {
  next(p);
  while (TK != T_RBRACK) {
    if (TK == T_COMMA) {
      next(p);
      continue;
    }
    eat(p, T_ELLIPSIS);
    parse_assign(p, false);
    if (TK != T_RBRACK) expect(p, T_COMMA);
  }
  next(p);
}

/* An identifier in expression position, already consumed (tok is the next token). */
static ex_t identifier_expression(parser_t *p, const token_t *id) {
  ex_t e = {-1, EX_IDENT};
  uint32_t r = lode__tx_ref(p, id, REF_PLAIN);
  if (r != UINT32_MAX) e.ref = (int32_t)r;
  return e;
}

static void check_identifier_reference(parser_t *p, const token_t *t) {
  if (t->kw == KW_AWAIT && (p->module || p->in_async) && !p->detect)
    lode__tx_fail_at(p, t->start, LODE_TX_SYNTAX_ERROR,
                     "Unexpected reserved word");
  if (t->kw == KW_YIELD && (p->module || p->in_generator))
    lode__tx_fail_at(p, t->start, LODE_TX_SYNTAX_ERROR, "Unexpected strict mode reserved word");
}

static ex_t parse_primary(parser_t *p) {
  token_t t = p->tok;
  switch (TK) {
  case T_NAME: break;
  case T_PRIVATE:
  case T_NUM:
  case T_STRING:
  case T_TEMPLATE:
  case T_REGEX: next(p); return EX_PLAIN;
  case T_SLASH:
  case T_ASSIGN_OP:
    if (p->src[p->tok.start] != '/') lode__tx_unexpected(p);
    lode__tx_rescan_regex(p);
    next(p);
    return EX_PLAIN;
  case T_TEMPLATE_HEAD: parse_template(p); return EX_PLAIN;
  case T_LBRACK: parse_array_literal(p); return EX_PLAIN;
  case T_LBRACE: parse_object_literal(p); return EX_PLAIN;
  case T_LPAREN: {
    if (try_arrow(p, false)) {
      ex_t e = {-1, EX_ARROW | EX_ANON_FN};
      return e;
    }
    next(p);
    ex_t e = parse_expression(p, false);
    expect(p, T_RPAREN);
    e.flags &= EX_IDENT | EX_ANON_FN;
    return e;
  }
  default: lode__tx_unexpected(p);
  }
  if (t.escaped) {
    next(p);
    if (TK == T_ARROW && !p->tok.nl_before) {
      parse_simple_arrow(p, &t, false);
      ex_t e = {-1, EX_ARROW | EX_ANON_FN};
      return e;
    }
    return identifier_expression(p, &t);
  }
  switch (t.kw) {
  case KW_THIS:
  case KW_NULL:
  case KW_TRUE:
  case KW_FALSE:
  case KW_SUPER: next(p); return EX_PLAIN;
  case KW_FUNCTION: {
    fninfo_t f = parse_function(p, false, false);
    ex_t e = {-1, f.has_name ? 0 : EX_ANON_FN};
    return e;
  }
  case KW_CLASS: {
    uint32_t body;
    bool has_name;
    parse_class(p, false, &body, &has_name);
    ex_t e = {-1, has_name ? 0 : EX_ANON_FN};
    return e;
  }
  case KW_IMPORT: {
    next(p);
    if (TK == T_DOT) {
      next(p);
      if (!is_kw(p, KW_META)) lode__tx_unexpected(p);
      next(p);
      if (p->detect) {
        p->saw_module_syntax = true;
        lode__tx_fail_at(p, t.start, LODE_TX_OK, "detected");
      }
      /* In a script, import.meta is left for the engine to report. */
      if (p->module) lode__tx_edit(p, t.start, p->prev_end, "$lode.meta");
      return EX_PLAIN;
    }
    if (TK != T_LPAREN) lode__tx_unexpected(p);
    if (p->module || p->dynamic_import) lode__tx_edit(p, t.start, t.end, "$lode.imp");
    return EX_PLAIN;
  }
  case KW_ASYNC: {
    next(p);
    if (is_kw(p, KW_FUNCTION) && !p->tok.nl_before) {
      fninfo_t f = parse_function(p, false, true);
      ex_t e = {-1, f.has_name ? 0 : EX_ANON_FN};
      return e;
    }
    if (!p->tok.nl_before) {
      if (TK == T_NAME && !p->tok.escaped &&
          (p->tok.kw == KW_NONE || p->tok.kw > KW_LAST_RESERVED)) {
        token_t param = p->tok;
        lex_state_t s = lode__tx_save(p);
        next(p);
        if (TK == T_ARROW && !p->tok.nl_before) {
          parse_simple_arrow(p, &param, true);
          ex_t e = {-1, EX_ARROW | EX_ANON_FN};
          return e;
        }
        lode__tx_restore(p, &s);
      } else if (TK == T_LPAREN || (p->ts && TK == T_LT)) {
        if (TK == T_LT) {
          /* async <T>(x) => x */
          snap_t s = snapshot(p);
          jmp_buf jb, *outer = p->jump;
          if (setjmp(jb) == 0) {
            p->jump = &jb;
            erase_type_params(p);
            if (TK != T_LPAREN) lode__tx_unexpected(p);
            p->jump = outer;
          } else {
            p->jump = outer;
            rollback(p, &s);
          }
        }
        if (TK == T_LPAREN && try_arrow(p, true)) {
          ex_t e = {-1, EX_ARROW | EX_ANON_FN};
          return e;
        }
      }
    }
    if (TK == T_ARROW && !p->tok.nl_before) {
      parse_simple_arrow(p, &t, false);
      ex_t e = {-1, EX_ARROW | EX_ANON_FN};
      return e;
    }
    return identifier_expression(p, &t);
  }
  default: break;
  }
  if (t.kw != KW_NONE && t.kw <= KW_LAST_RESERVED) lode__tx_unexpected(p);
  next(p);
  if (TK == T_ARROW && !p->tok.nl_before) {
    parse_simple_arrow(p, &t, false);
    ex_t e = {-1, EX_ARROW | EX_ANON_FN};
    return e;
  }
  check_identifier_reference(p, &t);
  return identifier_expression(p, &t);
}

static void mark_call(parser_t *p, ex_t e) {
  if ((e.flags & EX_IDENT) && e.ref >= 0 && (size_t)e.ref < p->refs.len) {
    ref_t *r = &p->refs.items[e.ref];
    r->kind = REF_CALL;
    r->stmt_start = r->pos == p->list_stmt_start;
  }
}

/* Member accesses, calls, tagged templates, TypeScript `!` and type arguments. */
static ex_t parse_suffixes(parser_t *p, ex_t e, bool no_call) {
  if (e.flags & EX_ARROW) return e;
  for (;;) {
    switch (TK) {
    case T_DOT:
      next(p);
      if (TK != T_NAME && TK != T_PRIVATE) lode__tx_unexpected(p);
      next(p);
      break;
    case T_QDOT:
      if (no_call) return e;
      next(p);
      if (TK == T_LPAREN) {
        mark_call(p, e);
        parse_arguments(p);
      } else if (TK == T_LBRACK) {
        next(p);
        parse_expression(p, false);
        expect(p, T_RBRACK);
      } else if (p->ts && TK == T_LT) {
        if (!try_type_args(p)) lode__tx_unexpected(p);
        mark_call(p, e);
        parse_arguments(p);
      } else if (TK == T_NAME || TK == T_PRIVATE) {
        next(p);
      } else {
        lode__tx_unexpected(p);
      }
      break;
    case T_LBRACK:
      next(p);
      parse_expression(p, false);
      expect(p, T_RBRACK);
      break;
    case T_LPAREN:
      if (no_call) return e;
      mark_call(p, e);
      parse_arguments(p);
      break;
    case T_TEMPLATE:
      mark_call(p, e);
      next(p);
      break;
    case T_TEMPLATE_HEAD:
      mark_call(p, e);
      parse_template(p);
      break;
    case T_BANG:
      if (!p->ts || p->tok.nl_before) return e;
      blank(p, p->tok.start, p->tok.end);
      next(p);
      continue; /* `x!` is still x */
    case T_LT:
    case T_SHL:
      if (!p->ts || TK == T_SHL) return e;
      if (!try_type_args(p)) return e;
      continue; /* `f<T>(x)` calls f */
    default: return e;
    }
    e.flags = 0;
    e.ref = -1;
  }
}

static ex_t parse_new(parser_t *p) {
  next(p);
  if (TK == T_DOT) {
    next(p);
    expect_kw(p, KW_TARGET);
    return EX_PLAIN;
  }
  ex_t callee = is_kw(p, KW_NEW) ? parse_new(p) : parse_primary(p);
  callee.flags &= ~EX_IDENT;
  parse_suffixes(p, callee, true);
  if (TK == T_LPAREN) parse_arguments(p);
  return EX_PLAIN;
}

static ex_t parse_lhs(parser_t *p) {
  ex_t e = is_kw(p, KW_NEW) ? parse_new(p) : parse_primary(p);
  return parse_suffixes(p, e, false);
}

static ex_t parse_postfix(parser_t *p) {
  ex_t e = parse_lhs(p);
  if ((TK == T_INC || TK == T_DEC) && !p->tok.nl_before && !(e.flags & EX_ARROW)) {
    next(p);
    return EX_PLAIN;
  }
  return e;
}

/* In detection mode, whether a top-level `await` reads as an operator, which only a module
 * allows (as Node's detection, which retries as a module when the script parse fails). */
static bool detect_await_is_operator(parser_t *p) {
  token_t t = peek(p);
  if (t.nl_before) return false;
  switch (t.kind) {
  case T_NAME: return t.kw != KW_IN && t.kw != KW_INSTANCEOF && t.kw != KW_OF;
  case T_NUM:
  case T_STRING:
  case T_LBRACE:
  case T_BANG:
  case T_TILDE:
  case T_PRIVATE: return true;
  default: return false;
  }
}

static ex_t parse_unary(parser_t *p) {
  switch (TK) {
  case T_BANG:
  case T_TILDE:
  case T_PLUS:
  case T_MINUS:
  case T_INC:
  case T_DEC:
    next(p);
    parse_unary(p);
    return EX_PLAIN;
  case T_LT:
    if (p->ts) {
      /* A type assertion `<T>x` or the type parameters of a generic arrow. */
      uint32_t start = p->tok.start;
      token_t a = peek(p);
      bool params = false;
      if (a.kind == T_NAME) {
        lex_state_t s = lode__tx_save(p);
        next(p);
        if (p->tok.kw == KW_CONST) next(p);
        next(p);
        params = is_kw(p, KW_EXTENDS) || TK == T_COMMA || TK == T_ASSIGN;
        lode__tx_restore(p, &s);
      }
      if (params) {
        parse_type_params(p);
      } else {
        next(p);
        parse_type(p);
        expect_gt(p);
      }
      blank(p, start, p->prev_end);
      return parse_unary(p);
    }
    break;
  case T_NAME:
    if (p->tok.escaped) break;
    switch (p->tok.kw) {
    case KW_DELETE:
    case KW_VOID:
    case KW_TYPEOF:
      next(p);
      parse_unary(p);
      return EX_PLAIN;
    case KW_AWAIT:
      if (p->in_async) {
        next(p);
        parse_unary(p);
        return EX_PLAIN;
      }
      if (!p->in_function && !p->in_class_field) {
        if (p->detect) {
          if (!detect_await_is_operator(p)) break;
          p->saw_module_syntax = true;
          lode__tx_fail_at(p, p->tok.start, LODE_TX_OK, "detected");
        }
        if (p->module) {
          p->has_tla = true;
          next(p);
          parse_unary(p);
          return EX_PLAIN;
        }
      }
      if (p->module)
        lode__tx_fail_at(p, p->tok.start, LODE_TX_SYNTAX_ERROR,
                         "await is only valid in async functions and the top level bodies of "
                         "modules");
      break;
    default: break;
    }
    break;
  default: break;
  }
  return parse_postfix(p);
}

static int binary_precedence(const parser_t *p, bool no_in) {
  switch (TK) {
  case T_QQ: return 1;
  case T_OROR: return 2;
  case T_ANDAND: return 3;
  case T_BAR: return 4;
  case T_CARET: return 5;
  case T_AMP: return 6;
  case T_EQ:
  case T_NE:
  case T_SEQ:
  case T_SNE: return 7;
  case T_LT:
  case T_GT:
  case T_LE:
  case T_GE: return 8;
  case T_SHL:
  case T_SHR:
  case T_USHR: return 9;
  case T_PLUS:
  case T_MINUS: return 10;
  case T_STAR:
  case T_SLASH:
  case T_PERCENT: return 11;
  case T_STARSTAR: return 12;
  case T_NAME:
    if (p->tok.escaped) return 0;
    if (p->tok.kw == KW_INSTANCEOF) return 8;
    if (p->tok.kw == KW_IN && !no_in) return 8;
    return 0;
  default: return 0;
  }
}

static ex_t parse_binary(parser_t *p, int min_prec, bool no_in) {
  ex_t left;
  if (TK == T_PRIVATE) {
    next(p); /* `#x in obj` */
    left = EX_PLAIN;
  } else {
    left = parse_unary(p);
  }
  if (left.flags & EX_ARROW) return left;
  for (;;) {
    if (p->ts && TK == T_NAME && !p->tok.nl_before && !p->tok.escaped &&
        (p->tok.kw == KW_AS || p->tok.kw == KW_SATISFIES) && min_prec <= 8) {
      uint32_t start = p->tok.start;
      next(p);
      if (is_kw(p, KW_CONST)) next(p);
      else parse_type(p);
      blank(p, start, p->prev_end);
      left = EX_PLAIN;
      continue;
    }
    int prec = binary_precedence(p, no_in);
    if (prec == 0 || prec < min_prec) return left;
    next(p);
    parse_binary(p, prec == 12 ? prec : prec + 1, no_in);
    left = EX_PLAIN;
  }
}

static ex_t parse_assign(parser_t *p, bool no_in) {
  enter(p);
  if (is_kw(p, KW_YIELD) && p->in_generator && !p->tok.escaped) {
    next(p);
    if (!p->tok.nl_before) {
      bool star = eat(p, T_STAR);
      if (star || !(TK == T_RPAREN || TK == T_RBRACK || TK == T_RBRACE || TK == T_COMMA ||
                    TK == T_SEMI || TK == T_COLON || TK == T_EOF ||
                    (TK == T_NAME && p->tok.kw == KW_IN)))
        parse_assign(p, no_in);
    }
    leave(p);
    return EX_PLAIN;
  }
  if (is_kw(p, KW_YIELD) && p->module && !p->in_function)
    lode__tx_fail_at(p, p->tok.start, LODE_TX_SYNTAX_ERROR,
                     "Unexpected strict mode reserved word");
  ex_t e = parse_binary(p, 1, no_in);
  if (e.flags & EX_ARROW) {
    leave(p);
    return e;
  }
  if (TK == T_QUESTION) {
    next(p);
    parse_assign(p, false);
    expect(p, T_COLON);
    parse_assign(p, no_in);
    leave(p);
    return EX_PLAIN;
  }
  if (TK == T_ASSIGN || TK == T_ASSIGN_OP) {
    next(p);
    ex_t r = parse_assign(p, no_in);
    leave(p);
    /* `x = function () {}` names the function; only `export default` cares. */
    (void)r;
    return EX_PLAIN;
  }
  leave(p);
  return e;
}

static ex_t parse_expression(parser_t *p, bool no_in) {
  ex_t e = parse_assign(p, no_in);
  while (TK == T_COMMA) {
    next(p);
    parse_assign(p, no_in);
    e = EX_PLAIN;
  }
  return e;
}

/* ---- Bindings and parameters ---- */

static void parse_binding_target(parser_t *p, int kind) {
  enter(p);
  if (TK == T_NAME) {
    if (p->tok.kw != KW_NONE && p->tok.kw <= KW_LAST_RESERVED && !p->tok.escaped)
      lode__tx_unexpected(p);
    check_identifier_reference(p, &p->tok);
    lode__tx_declare(p, &p->tok, kind);
    next(p);
  } else if (TK == T_LBRACK) {
    next(p);
    while (TK != T_RBRACK) {
      if (TK == T_COMMA) {
        next(p);
        continue;
      }
      if (eat(p, T_ELLIPSIS)) parse_binding_target(p, kind);
      else parse_binding_element(p, kind, false);
      if (TK != T_RBRACK) expect(p, T_COMMA);
    }
    next(p);
  } else if (TK == T_LBRACE) {
    next(p);
    while (TK != T_RBRACE) {
      if (eat(p, T_ELLIPSIS)) {
        parse_binding_target(p, kind);
      } else {
        token_t key = p->tok;
        parse_property_key(p);
        if (eat(p, T_COLON)) {
          parse_binding_element(p, kind, false);
        } else {
          if (key.kind != T_NAME || (key.kw != KW_NONE && key.kw <= KW_LAST_RESERVED))
            lode__tx_unexpected(p);
          check_identifier_reference(p, &key);
          lode__tx_declare(p, &key, kind);
          if (eat(p, T_ASSIGN)) parse_assign(p, false);
        }
      }
      if (TK != T_RBRACE) expect(p, T_COMMA);
    }
    next(p);
  } else {
    lode__tx_unexpected(p);
  }
  leave(p);
}

/* A binding with its TypeScript `?`/`!` marker, type annotation and default value. */
static void parse_binding_element(parser_t *p, int kind, bool no_in) {
  parse_binding_target(p, kind);
  if (p->ts) {
    if (TK == T_QUESTION || (TK == T_BANG && !p->tok.nl_before)) {
      blank(p, p->tok.start, p->tok.end);
      next(p);
    }
    if (TK == T_COLON) erase_type_annotation(p);
  }
  if (eat(p, T_ASSIGN)) parse_assign(p, no_in);
}

static bool is_parameter_modifier(parser_t *p) {
  if (TK != T_NAME || p->tok.escaped) return false;
  int kw = p->tok.kw;
  if (kw != KW_PUBLIC && kw != KW_PRIVATE && kw != KW_PROTECTED && kw != KW_READONLY &&
      kw != KW_OVERRIDE)
    return false;
  token_t t = peek(p);
  return !t.nl_before && (t.kind == T_NAME || t.kind == T_LBRACE || t.kind == T_LBRACK);
}

/* `(a, b = 1, ...rest)` with TypeScript annotations and `this` parameters. */
static void parse_params(parser_t *p) {
  expect(p, T_LPAREN);
  while (TK != T_RPAREN) {
    uint32_t start = p->tok.start;
    if (p->ts && is_parameter_modifier(p))
      lode__tx_fail_at(p, start, LODE_TX_UNSUPPORTED_TS,
                       "TypeScript parameter property is not supported in strip-only mode");
    if (p->ts && is_kw(p, KW_THIS)) {
      next(p);
      if (TK == T_COLON) {
        next(p);
        parse_type(p);
      }
      if (TK == T_COMMA) {
        next(p);
        blank(p, start, p->tok.start);
      } else {
        blank(p, start, p->prev_end);
      }
      continue;
    }
    if (eat(p, T_ELLIPSIS)) {
      parse_binding_target(p, DECL_PARAM);
      if (p->ts && TK == T_QUESTION) {
        blank(p, p->tok.start, p->tok.end);
        next(p);
      }
      if (p->ts && TK == T_COLON) erase_type_annotation(p);
      if (eat(p, T_ASSIGN)) parse_assign(p, false);
    } else {
      parse_binding_element(p, DECL_PARAM, false);
    }
    if (TK != T_RPAREN) expect(p, T_COMMA);
  }
  next(p);
}

/* ---- Classes ---- */

static bool is_member_modifier(int kw, bool ts) {
  if (kw == KW_STATIC || kw == KW_ACCESSOR) return true;
  return ts && (kw == KW_PUBLIC || kw == KW_PRIVATE || kw == KW_PROTECTED || kw == KW_READONLY ||
                kw == KW_ABSTRACT || kw == KW_OVERRIDE || kw == KW_DECLARE);
}

static void parse_class_member(parser_t *p, bool *static_name) {
  uint32_t start = p->tok.start;
  bool is_static = false, erase_member = false;
  if (TK == T_SEMI) {
    next(p);
    return;
  }
  /* Modifiers: words followed by something that continues the member. */
  while (TK == T_NAME && !p->tok.escaped && is_member_modifier(p->tok.kw, p->ts)) {
    token_t t = peek(p);
    int kw = p->tok.kw;
    if (kw == KW_STATIC && t.kind == T_LBRACE) {
      /* A static block: its own function-like scope, where `await` is reserved. */
      next(p);
      lode__tx_scope_push(p, true);
      fnctx_t saved = enter_function(p, false, false);
      p->in_class_field = true;
      parse_function_body(p);
      leave_function(p, saved);
      lode__tx_scope_pop(p);
      return;
    }
    if (!(is_property_name_start(&t) || t.kind == T_STAR || t.kind == T_LBRACE) ||
        (kw != KW_STATIC && t.nl_before))
      break;
    if (kw == KW_STATIC) is_static = true;
    else if (kw != KW_ACCESSOR) {
      if (kw == KW_ABSTRACT || kw == KW_DECLARE) erase_member = true;
      blank(p, p->tok.start, p->tok.end);
    }
    next(p);
  }
  /* Index signature `[key: T]: U`. */
  if (p->ts && TK == T_LBRACK) {
    lex_state_t s = lode__tx_save(p);
    next(p);
    bool sig = false;
    if (TK == T_NAME) {
      next(p);
      sig = TK == T_COLON;
    }
    lode__tx_restore(p, &s);
    if (sig) {
      p->no_refs++;
      next(p);
      next(p);
      next(p);
      parse_type(p);
      expect(p, T_RBRACK);
      if (TK == T_COLON) {
        next(p);
        parse_type(p);
      }
      p->no_refs--;
      semicolon(p);
      blank_stmt(p, start, p->prev_end);
      return;
    }
  }
  bool is_async, is_gen, accessor;
  parse_method_modifiers(p, true, &is_async, &is_gen, &accessor);
  token_t key = p->tok;
  if (is_static && key.kind == T_NAME && key.end - key.start == 4 &&
      memcmp(p->src + key.start, u"name", 8) == 0)
    *static_name = true;
  if (erase_member) p->no_refs++;
  parse_property_key(p);
  if (p->ts && (TK == T_QUESTION || (TK == T_BANG && !p->tok.nl_before))) {
    blank(p, p->tok.start, p->tok.end);
    next(p);
  }
  if (TK == T_LPAREN || (p->ts && TK == T_LT)) {
    if (!parse_method_rest(p, is_async, is_gen)) erase_member = true;
  } else {
    if (is_async || is_gen || accessor) lode__tx_unexpected(p);
    if (p->ts && TK == T_COLON) erase_type_annotation(p);
    if (TK == T_ASSIGN) {
      next(p);
      lode__tx_scope_push(p, true);
      fnctx_t saved = enter_function(p, false, false);
      p->in_class_field = true;
      parse_assign(p, false);
      leave_function(p, saved);
      lode__tx_scope_pop(p);
    }
    semicolon(p);
  }
  if (erase_member) {
    p->no_refs--;
    blank_stmt(p, start, p->prev_end);
  }
}

/* At `class`. Returns whether it had a name; *body_open receives the offset after `{`. */
static bool parse_class(parser_t *p, bool is_decl, uint32_t *body_open, bool *has_name) {
  next(p);
  *has_name = false;
  if (TK == T_NAME && !(p->tok.kw == KW_EXTENDS && !p->tok.escaped) &&
      !(p->ts && p->tok.kw == KW_IMPLEMENTS)) {
    *has_name = true;
    token_t name = p->tok;
    if (is_decl) lode__tx_declare(p, &name, DECL_LEXICAL);
    next(p);
    lode__tx_scope_push(p, false);
    if (!is_decl) lode__tx_declare(p, &name, DECL_LEXICAL);
  } else {
    lode__tx_scope_push(p, false);
  }
  if (p->ts && TK == T_LT) erase_type_params(p);
  if (is_kw(p, KW_EXTENDS)) {
    next(p);
    parse_lhs(p);
    if (p->ts && TK == T_LT) {
      uint32_t start = p->tok.start;
      parse_type_args(p);
      blank(p, start, p->prev_end);
    }
  }
  if (p->ts && is_kw(p, KW_IMPLEMENTS)) {
    uint32_t start = p->tok.start;
    next(p);
    p->no_refs++;
    for (;;) {
      parse_entity_name(p);
      if (TK == T_LT) parse_type_args(p);
      if (!eat(p, T_COMMA)) break;
    }
    p->no_refs--;
    blank(p, start, p->prev_end);
  }
  if (TK != T_LBRACE) lode__tx_unexpected(p);
  *body_open = p->tok.end;
  next(p);
  bool static_name = false;
  fnctx_t saved = {p->in_function, p->in_async, p->in_generator, p->in_class_field};
  while (TK != T_RBRACE) {
    if (TK == T_EOF) lode__tx_unexpected(p);
    parse_class_member(p, &static_name);
  }
  leave_function(p, saved);
  next(p);
  lode__tx_scope_pop(p);
  return static_name;
}

/* ---- TypeScript declarations ---- */

static void parse_interface(parser_t *p, uint32_t start) {
  next(p);
  if (TK != T_NAME) lode__tx_unexpected(p);
  lode__tx_declare(p, &p->tok, DECL_TYPE);
  next(p);
  p->no_refs++;
  if (TK == T_LT) parse_type_params(p);
  if (is_kw(p, KW_EXTENDS)) {
    next(p);
    for (;;) {
      parse_entity_name(p);
      if (TK == T_LT) parse_type_args(p);
      if (!eat(p, T_COMMA)) break;
    }
  }
  parse_object_type(p);
  p->no_refs--;
  blank_stmt(p, start, p->prev_end);
}

static void parse_type_alias(parser_t *p, uint32_t start) {
  next(p);
  if (TK != T_NAME) lode__tx_unexpected(p);
  lode__tx_declare(p, &p->tok, DECL_TYPE);
  next(p);
  p->no_refs++;
  if (TK == T_LT) parse_type_params(p);
  expect(p, T_ASSIGN);
  parse_type(p);
  p->no_refs--;
  semicolon(p);
  blank_stmt(p, start, p->prev_end);
}

static _Noreturn void unsupported_namespace(parser_t *p, uint32_t pos) {
  lode__tx_fail_at(p, pos, LODE_TX_UNSUPPORTED_TS,
                   "TypeScript namespace declaration is not supported in strip-only mode");
}

static bool ts_declaration_follows(parser_t *p, int kw);
static void parse_declare(parser_t *p, uint32_t start);

/* `namespace A.B { ... }` holding only types (anything else cannot be erased). */
static void parse_namespace(parser_t *p, uint32_t start) {
  next(p);
  if (TK == T_STRING) unsupported_namespace(p, start);
  parse_entity_name(p);
  if (TK != T_LBRACE) lode__tx_unexpected(p);
  next(p);
  p->no_refs++;
  while (TK != T_RBRACE) {
    uint32_t s = p->tok.start;
    if (TK == T_SEMI) {
      next(p);
      continue;
    }
    if (is_kw(p, KW_EXPORT)) next(p);
    int kw = KW;
    if (TK == T_NAME && !p->tok.escaped && ts_declaration_follows(p, kw)) {
      if (kw == KW_INTERFACE) parse_interface(p, s);
      else if (kw == KW_TYPE) parse_type_alias(p, s);
      else if (kw == KW_DECLARE) parse_declare(p, s);
      else if (kw == KW_NAMESPACE || kw == KW_MODULE) parse_namespace(p, s);
      else unsupported_namespace(p, start);
    } else {
      unsupported_namespace(p, start);
    }
  }
  p->no_refs--;
  next(p);
  blank_stmt(p, start, p->prev_end);
}

/* Whether the TypeScript word kw at the current token starts a declaration here. */
static bool ts_declaration_follows(parser_t *p, int kw) {
  token_t t = peek(p);
  if (t.nl_before) return false;
  switch (kw) {
  case KW_INTERFACE:
  case KW_TYPE: return t.kind == T_NAME;
  case KW_NAMESPACE:
  case KW_MODULE: return t.kind == T_NAME || (kw == KW_MODULE && t.kind == T_STRING);
  case KW_ABSTRACT: return t.kind == T_NAME && t.kw == KW_CLASS;
  case KW_DECLARE:
    return t.kind == T_NAME &&
           (t.kw == KW_CONST || t.kw == KW_LET || t.kw == KW_VAR || t.kw == KW_FUNCTION ||
            t.kw == KW_CLASS || t.kw == KW_ENUM || t.kw == KW_NAMESPACE || t.kw == KW_MODULE ||
            t.kw == KW_GLOBAL || t.kw == KW_ABSTRACT || t.kw == KW_INTERFACE ||
            t.kw == KW_TYPE || t.kw == KW_ASYNC || t.kw == KW_USING);
  default: return false;
  }
}

static void parse_var_declarations(parser_t *p, int kind, bool no_in);

/* `declare ...`: everything is erased. */
static void parse_declare(parser_t *p, uint32_t start) {
  next(p);
  p->no_refs++;
  int kw = KW;
  switch (kw) {
  case KW_CONST:
    next(p);
    if (is_kw(p, KW_ENUM)) {
      next(p);
      next(p);
      skip_balanced(p);
      break;
    }
    parse_var_declarations(p, DECL_TYPE, false);
    semicolon(p);
    break;
  case KW_LET:
  case KW_VAR:
  case KW_USING:
    next(p);
    parse_var_declarations(p, DECL_TYPE, false);
    semicolon(p);
    break;
  case KW_ASYNC:
    next(p);
    parse_function(p, true, true);
    break;
  case KW_FUNCTION: parse_function(p, true, false); break;
  case KW_ABSTRACT:
    next(p);
    /* fall through */
  case KW_CLASS: {
    uint32_t body;
    bool has_name;
    parse_class(p, true, &body, &has_name);
    break;
  }
  case KW_ENUM:
    next(p);
    if (TK == T_NAME) lode__tx_declare(p, &p->tok, DECL_TYPE);
    next(p);
    skip_balanced(p);
    break;
  case KW_INTERFACE: parse_interface(p, p->tok.start); break;
  case KW_TYPE: parse_type_alias(p, p->tok.start); break;
  case KW_GLOBAL:
  case KW_NAMESPACE:
  case KW_MODULE:
    next(p);
    if (kw != KW_GLOBAL) {
      if (TK == T_NAME) lode__tx_declare(p, &p->tok, DECL_TYPE);
      if (TK == T_STRING) next(p);
      else parse_entity_name(p);
    }
    if (TK == T_LBRACE) skip_balanced(p);
    else semicolon(p);
    break;
  default: lode__tx_unexpected(p);
  }
  p->no_refs--;
  blank_stmt(p, start, p->prev_end);
}

/* ---- Statements ---- */

static void parse_var_declarations(parser_t *p, int kind, bool no_in) {
  for (;;) {
    parse_binding_element(p, kind, no_in);
    if (!eat(p, T_COMMA)) break;
  }
}

static void parse_block(parser_t *p) {
  expect(p, T_LBRACE);
  lode__tx_scope_push(p, false);
  while (TK != T_RBRACE) {
    if (TK == T_EOF) lode__tx_unexpected(p);
    parse_list_statement(p);
  }
  lode__tx_scope_pop(p);
  next(p);
}

static void parse_paren_expression(parser_t *p) {
  expect(p, T_LPAREN);
  parse_expression(p, false);
  expect(p, T_RPAREN);
}

/* Whether `let` (the current token) begins a declaration. */
static bool let_is_declaration(parser_t *p) {
  token_t t = peek(p);
  if (t.kind == T_LBRACK || t.kind == T_LBRACE) return true;
  return t.kind == T_NAME && t.kw != KW_IN && t.kw != KW_INSTANCEOF &&
         !(t.kw == KW_OF && 0);
}

/* Whether `using` (the current token) begins a declaration. */
static bool using_is_declaration(parser_t *p) {
  token_t t = peek(p);
  return t.kind == T_NAME && !t.nl_before && t.kw != KW_IN && t.kw != KW_INSTANCEOF &&
         t.kw != KW_OF;
}

static void parse_for(parser_t *p) {
  next(p);
  if (is_kw(p, KW_AWAIT)) {
    if (!p->in_async) {
      if (p->detect && !p->in_function) {
        p->saw_module_syntax = true;
        lode__tx_fail_at(p, p->tok.start, LODE_TX_OK, "detected");
      }
      if (p->module && !p->in_function) p->has_tla = true;
      else lode__tx_unexpected(p);
    }
    next(p);
  }
  expect(p, T_LPAREN);
  lode__tx_scope_push(p, false);
  if (TK == T_SEMI) {
    /* no initializer */
  } else if (is_kw(p, KW_VAR) || is_kw(p, KW_CONST) || (is_kw(p, KW_LET) && let_is_declaration(p)) ||
             (is_kw(p, KW_USING) && using_is_declaration(p))) {
    int kind = is_kw(p, KW_VAR) ? DECL_VAR : DECL_LEXICAL;
    next(p);
    parse_var_declarations(p, kind, true);
  } else {
    parse_expression(p, true);
  }
  if (is_kw(p, KW_OF) || is_kw(p, KW_IN)) {
    bool of = is_kw(p, KW_OF);
    next(p);
    if (of) parse_assign(p, false);
    else parse_expression(p, false);
  } else {
    expect(p, T_SEMI);
    if (TK != T_SEMI) parse_expression(p, false);
    expect(p, T_SEMI);
    if (TK != T_RPAREN) parse_expression(p, false);
  }
  expect(p, T_RPAREN);
  parse_statement(p);
  lode__tx_scope_pop(p);
}

static void parse_try(parser_t *p) {
  next(p);
  parse_block(p);
  if (is_kw(p, KW_CATCH)) {
    next(p);
    lode__tx_scope_push(p, false);
    if (eat(p, T_LPAREN)) {
      parse_binding_target(p, DECL_LEXICAL);
      if (p->ts && TK == T_COLON) erase_type_annotation(p);
      expect(p, T_RPAREN);
    }
    parse_block(p);
    lode__tx_scope_pop(p);
  }
  if (is_kw(p, KW_FINALLY)) {
    next(p);
    parse_block(p);
  }
}

static void parse_switch(parser_t *p) {
  next(p);
  parse_paren_expression(p);
  expect(p, T_LBRACE);
  lode__tx_scope_push(p, false);
  while (TK != T_RBRACE) {
    if (is_kw(p, KW_CASE)) {
      next(p);
      parse_expression(p, false);
    } else {
      expect_kw(p, KW_DEFAULT);
    }
    expect(p, T_COLON);
    while (TK != T_RBRACE && !is_kw(p, KW_CASE) && !is_kw(p, KW_DEFAULT)) {
      if (TK == T_EOF) lode__tx_unexpected(p);
      parse_list_statement(p);
    }
  }
  lode__tx_scope_pop(p);
  next(p);
}


static void parse_expression_statement(parser_t *p) {
  ex_t e = parse_expression(p, false);
  if (TK == T_COLON && (e.flags & EX_IDENT)) {
    /* A label, not a reference. */
    if (e.ref >= 0 && (size_t)e.ref == p->refs.len - 1) p->refs.len--;
    next(p);
    parse_statement(p);
    return;
  }
  semicolon(p);
}

static void parse_statement_inner(parser_t *p) {
  uint32_t start = p->tok.start;
  switch (TK) {
  case T_LBRACE: parse_block(p); return;
  case T_SEMI: next(p); return;
  case T_NAME: break;
  default: parse_expression_statement(p); return;
  }
  if (p->tok.escaped) {
    parse_expression_statement(p);
    return;
  }
  switch (p->tok.kw) {
  case KW_VAR:
    next(p);
    parse_var_declarations(p, DECL_VAR, false);
    semicolon(p);
    return;
  case KW_CONST:
    if (p->ts && peek(p).kw == KW_ENUM)
      lode__tx_fail_at(p, start, LODE_TX_UNSUPPORTED_TS,
                       "TypeScript enum is not supported in strip-only mode");
    next(p);
    parse_var_declarations(p, DECL_LEXICAL, false);
    semicolon(p);
    return;
  case KW_LET:
    if (!let_is_declaration(p)) break;
    next(p);
    parse_var_declarations(p, DECL_LEXICAL, false);
    semicolon(p);
    return;
  case KW_USING:
    if (!using_is_declaration(p)) break;
    next(p);
    parse_var_declarations(p, DECL_LEXICAL, false);
    semicolon(p);
    return;
  case KW_AWAIT: {
    token_t t = peek(p);
    if (t.kw == KW_USING && !t.nl_before && (p->in_async || (p->module && !p->in_function))) {
      if (!p->in_async) p->has_tla = true;
      next(p);
      next(p);
      parse_var_declarations(p, DECL_LEXICAL, false);
      semicolon(p);
      return;
    }
    break;
  }
  case KW_FUNCTION: {
    fninfo_t f = parse_function(p, true, false);
    if (!f.has_body) blank_stmt(p, start, p->prev_end);
    return;
  }
  case KW_ASYNC: {
    token_t t = peek(p);
    if (t.kw == KW_FUNCTION && !t.nl_before) {
      next(p);
      fninfo_t f = parse_function(p, true, true);
      if (!f.has_body) blank_stmt(p, start, p->prev_end);
      return;
    }
    break;
  }
  case KW_CLASS: {
    uint32_t body;
    bool has_name;
    parse_class(p, true, &body, &has_name);
    return;
  }
  case KW_IF:
    next(p);
    parse_paren_expression(p);
    parse_statement(p);
    if (is_kw(p, KW_ELSE)) {
      next(p);
      parse_statement(p);
    }
    return;
  case KW_FOR: parse_for(p); return;
  case KW_WHILE:
    next(p);
    parse_paren_expression(p);
    parse_statement(p);
    return;
  case KW_DO:
    next(p);
    parse_statement(p);
    expect_kw(p, KW_WHILE);
    parse_paren_expression(p);
    eat(p, T_SEMI);
    return;
  case KW_RETURN:
    if (!p->in_function && p->module)
      lode__tx_fail_at(p, start, LODE_TX_SYNTAX_ERROR, "Illegal return statement");
    next(p);
    if (!can_insert_semicolon(p)) parse_expression(p, false);
    semicolon(p);
    return;
  case KW_BREAK:
  case KW_CONTINUE:
    next(p);
    if (TK == T_NAME && !p->tok.nl_before) next(p);
    semicolon(p);
    return;
  case KW_THROW:
    next(p);
    if (p->tok.nl_before)
      lode__tx_fail_at(p, p->tok.start, LODE_TX_SYNTAX_ERROR, "Illegal newline after throw");
    parse_expression(p, false);
    semicolon(p);
    return;
  case KW_TRY: parse_try(p); return;
  case KW_SWITCH: parse_switch(p); return;
  case KW_WITH:
    next(p);
    parse_paren_expression(p);
    parse_statement(p);
    return;
  case KW_DEBUGGER:
    next(p);
    semicolon(p);
    return;
  case KW_IMPORT: {
    token_t t = peek(p);
    if (t.kind == T_LPAREN || t.kind == T_DOT) break;
    lode__tx_parse_import(p);
    return;
  }
  case KW_EXPORT: lode__tx_parse_export(p); return;
  case KW_ENUM:
    if (p->ts)
      lode__tx_fail_at(p, start, LODE_TX_UNSUPPORTED_TS,
                       "TypeScript enum is not supported in strip-only mode");
    lode__tx_unexpected(p);
  case KW_INTERFACE:
  case KW_TYPE:
  case KW_NAMESPACE:
  case KW_MODULE:
  case KW_DECLARE:
  case KW_ABSTRACT: {
    if (!p->ts || !ts_declaration_follows(p, p->tok.kw)) break;
    int kw = p->tok.kw;
    if (kw == KW_INTERFACE) parse_interface(p, start);
    else if (kw == KW_TYPE) parse_type_alias(p, start);
    else if (kw == KW_DECLARE) parse_declare(p, start);
    else if (kw == KW_ABSTRACT) {
      blank(p, p->tok.start, p->tok.end);
      next(p);
      uint32_t body;
      bool has_name;
      parse_class(p, true, &body, &has_name);
    } else {
      parse_namespace(p, start);
    }
    return;
  }
  default: break;
  }
  parse_expression_statement(p);
}

static void parse_statement(parser_t *p) {
  enter(p);
  parse_statement_inner(p);
  leave(p);
}

/* A statement of a statement list: notes where it starts (see parser.list_stmt_start). */
static void parse_list_statement(parser_t *p) {
  p->list_stmt_start = p->tok.nl_before ? p->tok.start : UINT32_MAX;
  parse_statement(p);
}

/* Exposed for module.c (export declarations). */
void lode__tx_parse_statement(parser_t *p) {
  parse_statement(p);
}
fninfo_t lode__tx_parse_function(parser_t *p, bool is_decl, bool is_async) {
  return parse_function(p, is_decl, is_async);
}
bool lode__tx_parse_class(parser_t *p, bool is_decl, uint32_t *body_open, bool *has_name) {
  return parse_class(p, is_decl, body_open, has_name);
}
int lode__tx_parse_assign_flags(parser_t *p) {
  return parse_assign(p, false).flags;
}
void lode__tx_parse_interface(parser_t *p, uint32_t start) {
  parse_interface(p, start);
}
void lode__tx_parse_type_alias(parser_t *p, uint32_t start) {
  parse_type_alias(p, start);
}
void lode__tx_parse_declare(parser_t *p, uint32_t start) {
  parse_declare(p, start);
}
void lode__tx_parse_namespace(parser_t *p, uint32_t start) {
  parse_namespace(p, start);
}
bool lode__tx_ts_declaration_follows(parser_t *p, int kw) {
  return ts_declaration_follows(p, kw);
}
void lode__tx_parse_var_statement(parser_t *p, int kind) {
  next(p);
  parse_var_declarations(p, kind, false);
  semicolon(p);
}
void lode__tx_semicolon(parser_t *p) {
  semicolon(p);
}
void lode__tx_parse_object_type(parser_t *p) {
  parse_object_type(p);
}

void lode__tx_parse_program(parser_t *p) {
  next(p);
  while (TK != T_EOF) parse_list_statement(p);
}
