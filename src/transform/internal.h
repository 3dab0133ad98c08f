/* Shared between the lexer, the parser and the module pass of the transform. */
#ifndef LODE_TRANSFORM_INTERNAL_H
#define LODE_TRANSFORM_INTERNAL_H

#include <setjmp.h>

#include "transform.h"

/* A growable array: `VEC(T) v;` then vec_push(&v, sizeof *v.items) returns the new slot. */
#define VEC(T)                                                                                     \
  struct {                                                                                         \
    T *items;                                                                                      \
    size_t len, cap;                                                                               \
  }
void *lode__tx_vec_grow(void *vec, size_t item_size);
/* A pointer to a new last item of vector *v (which must be an expression without side
 * effects: it is evaluated more than once). The function call is only for growing. */
#define vec_push(v)                                                                                \
  ((v)->len < (v)->cap ? &(v)->items[(v)->len++]                                                   \
                       : (__typeof__((v)->items))lode__tx_vec_grow((v), sizeof *(v)->items))

typedef enum {
  T_EOF,
  T_NAME,    /* identifiers and keywords; tok.kw tells which keyword */
  T_PRIVATE, /* #name */
  T_NUM,
  T_STRING,
  T_TEMPLATE,      /* `...` without substitutions */
  T_TEMPLATE_HEAD, /* `...${ */
  T_TEMPLATE_MID,  /* }...${ (only after rescan_template) */
  T_TEMPLATE_TAIL, /* }...` (only after rescan_template) */
  T_REGEX,         /* only after rescan_regex */
  T_LBRACE,
  T_RBRACE,
  T_LPAREN,
  T_RPAREN,
  T_LBRACK,
  T_RBRACK,
  T_DOT,
  T_ELLIPSIS,
  T_SEMI,
  T_COMMA,
  T_QUESTION,
  T_QDOT,
  T_COLON,
  T_ARROW,
  T_AT,
  T_BANG,
  T_TILDE,
  T_INC,
  T_DEC,
  /* Binary operators, in an order the precedence table in parser.c follows. */
  T_QQ,
  T_OROR,
  T_ANDAND,
  T_BAR,
  T_CARET,
  T_AMP,
  T_EQ,
  T_NE,
  T_SEQ,
  T_SNE,
  T_LT,
  T_GT,
  T_LE,
  T_GE,
  T_SHL,
  T_SHR,
  T_USHR,
  T_PLUS,
  T_MINUS,
  T_STAR,
  T_SLASH,
  T_PERCENT,
  T_STARSTAR,
  /* Assignment operators. */
  T_ASSIGN,
  T_ASSIGN_OP, /* += -= *= /= %= **= <<= >>= >>>= &= |= ^= &&= ||= ??= */
  T_INVALID,
} tok_kind_t;

typedef enum {
  KW_NONE,
  /* Reserved words. */
  KW_BREAK, KW_CASE, KW_CATCH, KW_CLASS, KW_CONST, KW_CONTINUE, KW_DEBUGGER, KW_DEFAULT,
  KW_DELETE, KW_DO, KW_ELSE, KW_ENUM, KW_EXPORT, KW_EXTENDS, KW_FALSE, KW_FINALLY, KW_FOR,
  KW_FUNCTION, KW_IF, KW_IMPORT, KW_IN, KW_INSTANCEOF, KW_NEW, KW_NULL, KW_RETURN, KW_SUPER,
  KW_SWITCH, KW_THIS, KW_THROW, KW_TRUE, KW_TRY, KW_TYPEOF, KW_VAR, KW_VOID, KW_WHILE, KW_WITH,
  KW_LAST_RESERVED = KW_WITH,
  /* Contextual words. */
  KW_LET, KW_STATIC, KW_YIELD, KW_AWAIT, KW_ASYNC, KW_OF, KW_GET, KW_SET, KW_FROM, KW_AS,
  KW_TARGET, KW_META, KW_USING, KW_IMPLEMENTS, KW_INTERFACE, KW_PACKAGE, KW_PRIVATE,
  KW_PROTECTED, KW_PUBLIC, KW_ABSTRACT, KW_DECLARE, KW_TYPE, KW_NAMESPACE, KW_MODULE,
  KW_SATISFIES, KW_READONLY, KW_KEYOF, KW_INFER, KW_IS, KW_UNIQUE, KW_ASSERTS, KW_OVERRIDE,
  KW_GLOBAL, KW_CONSTRUCTOR, KW_ACCESSOR, KW_OUT, KW_REQUIRE, KW_ASSERT,
} kw_t;

typedef struct {
  uint8_t kind;    /* tok_kind_t */
  uint8_t kw;      /* kw_t for T_NAME without escapes */
  bool nl_before;  /* a line terminator precedes the token */
  bool escaped;    /* an identifier written with \u escapes */
  uint32_t start, end;
} token_t;

/* An edit of the output: units [start, end) of the source are replaced by text (which
 * covers the first units of the range) followed by the rest of the range blanked to
 * spaces; line terminators of the range are always kept. */
typedef struct {
  uint32_t start, end;
  uint32_t text_off, text_len; /* into parser.text */
  uint32_t seq;                /* creation order, to keep sorting stable */
} edit_t;

typedef struct {
  const uint16_t *name;
  uint32_t len, hash;
  uint32_t pos, end; /* source range of the identifier */
  uint8_t kind;      /* REF_* */
  bool stmt_start;   /* REF_CALL that starts a listed statement after a line break */
  uint32_t aux;  /* REF_EXPORT: index into parser.export_specs */
} ref_t;

enum { REF_PLAIN, REF_CALL, REF_SHORTHAND, REF_EXPORT };

typedef struct {
  const uint16_t *name;
  uint32_t len, hash;
  uint32_t scope; /* index into the scope stack */
  uint32_t pos;
  uint8_t kind;   /* DECL_* */
  uint32_t aux;   /* DECL_IMPORT: index into parser.bindings */
} decl_t;

enum { DECL_VAR, DECL_LEXICAL, DECL_FUNCTION, DECL_PARAM, DECL_IMPORT, DECL_TYPE };

typedef struct {
  uint32_t decl_start, ref_start;
  bool is_function; /* var declarations stop here */
} scope_t;

/* An imported binding: local name → (request, imported name). */
typedef struct {
  uint32_t request;
  lode_tx_str_t imported; /* in result strings; len 1 "*" for namespace imports */
  bool is_namespace;
} binding_t;

/* `export { local as exported }` without `from`, resolved when the module scope closes. */
typedef struct {
  lode_tx_str_t exported;
  uint32_t pos;
} export_spec_t;

/* An import specifier seen but not yet declared (the statement may still fail). */
typedef struct {
  token_t local;
  lode_tx_str_t imported;
  bool is_namespace;
  bool type_only; /* declared as a type, so `export { T }` of it is erased */
  uint32_t pos;
} pending_binding_t;

/* A specifier of `export { local as exported }` while its statement is parsed. */
typedef struct {
  token_t local;
  token_t exported;
} export_pair_t;

/* A local export: exported name → the local name its getter returns. */
typedef struct {
  lode_tx_str_t exported;
  const uint16_t *local;
  uint32_t local_len;
} local_export_t;

typedef struct {
  uint32_t pos, len;
  token_t tok;
  uint32_t prev_end;
} lex_state_t;

typedef struct parser {
  const uint16_t *src;
  uint32_t len;
  uint32_t pos;      /* lexer position: the end of tok */
  token_t tok;
  uint32_t prev_end; /* end of the previous token */
  bool ts, module, detect, dynamic_import;

  /* Errors leave through the innermost jump buffer: the top level or a speculation. */
  jmp_buf *jump;
  int status;
  uint32_t err_pos;
  char err_msg[200];

  /* Context of the code being parsed. */
  bool in_function, in_async, in_generator, in_class_field;
  int no_refs; /* > 0 inside erased (ambient) code */
  bool in_cond_extends; /* parsing the extends clause of a conditional type */
  int depth;   /* recursion depth guard */
  bool saw_module_syntax, has_tla;
  /* Where the statement being parsed starts when it is one of a statement list (program,
   * block, function body, case) and a line terminator precedes it, else UINT32_MAX: a call
   * of an import there is rewritten `;(0,...)(...)`, so that the previous statement, ended
   * by automatic semicolon insertion, does not become its callee. */
  uint32_t list_stmt_start;

  VEC(edit_t) edits;
  VEC(uint16_t) text; /* replacement texts of edits */
  VEC(ref_t) refs;
  VEC(decl_t) decls;
  VEC(scope_t) scopes;
  VEC(uint32_t) memo; /* open-addressing set of positions where a speculation failed */
  uint32_t memo_count;
  uint32_t seq;

  /* Module metadata (the result's strings hold all names). */
  lode_tx_result_t *out;
  VEC(uint16_t) strings;
  VEC(lode_tx_request_t) requests;
  VEC(lode_tx_attr_t) attrs;
  VEC(lode_tx_import_t) imports;
  VEC(binding_t) bindings;
  VEC(export_spec_t) export_specs;
  VEC(local_export_t) local_exports;
  VEC(lode_tx_str_t) export_names; /* every exported name, for the duplicate check */
  VEC(lode_tx_reexport_t) reexports;
  VEC(uint32_t) star_exports;
  VEC(lode_tx_shift_t) shifts;
  VEC(uint32_t) lookup; /* scratch hash table for scope resolution */
  /* Scratch lists of the import/export statement being parsed. They live here, not on the
   * stack, because a syntax error longjmps out of the statement. */
  VEC(pending_binding_t) pending;
  VEC(export_pair_t) export_pairs;
  bool default_is_function_decl_anon; /* `export default function () {}`: fix its name */
} parser_t;

/* lexer.c */
void lode__tx_next(parser_t *p);
void lode__tx_rescan_regex(parser_t *p);
void lode__tx_rescan_template(parser_t *p);
static inline bool lode__tx_is_line_terminator(uint16_t c) {
  return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029;
}
lex_state_t lode__tx_save(const parser_t *p);
void lode__tx_restore(parser_t *p, const lex_state_t *s);
_Noreturn void lode__tx_fail_at(parser_t *p, uint32_t pos, int status, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
_Noreturn void lode__tx_unexpected(parser_t *p);
void lode__tx_name_to_utf8(const uint16_t *s, uint32_t len, char *out, size_t cap);

/* parser.c */
typedef struct {
  bool has_body;
  bool has_name;
  uint32_t head_end; /* after `function` or `*` */
  token_t name;
} fninfo_t;

void lode__tx_parse_program(parser_t *p);
void lode__tx_parse_statement(parser_t *p);
fninfo_t lode__tx_parse_function(parser_t *p, bool is_decl, bool is_async);
/* Parses a class; *body_open receives the offset after its `{`, *has_name whether it is
 * named. Returns whether the class has a static member called `name`. */
bool lode__tx_parse_class(parser_t *p, bool is_decl, uint32_t *body_open, bool *has_name);
int lode__tx_parse_assign_flags(parser_t *p); /* EX_* flags of the expression */
void lode__tx_parse_interface(parser_t *p, uint32_t start);
void lode__tx_parse_type_alias(parser_t *p, uint32_t start);
void lode__tx_parse_declare(parser_t *p, uint32_t start);
void lode__tx_parse_namespace(parser_t *p, uint32_t start);
bool lode__tx_ts_declaration_follows(parser_t *p, int kw);
void lode__tx_parse_var_statement(parser_t *p, int kind);
void lode__tx_semicolon(parser_t *p);
void lode__tx_parse_object_type(parser_t *p);
void lode__tx_parse_import(parser_t *p);
void lode__tx_parse_export(parser_t *p);

enum { EX_IDENT = 1, EX_ARROW = 2, EX_ANON_FN = 4 };

/* module.c */
void lode__tx_edit(parser_t *p, uint32_t start, uint32_t end, const char *text);
void lode__tx_edit_u16(parser_t *p, uint32_t start, uint32_t end, const uint16_t *text,
                       uint32_t text_len);
void lode__tx_scope_push(parser_t *p, bool is_function);
void lode__tx_scope_pop(parser_t *p);
void lode__tx_declare(parser_t *p, const token_t *t, int kind);
uint32_t lode__tx_ref(parser_t *p, const token_t *t, int kind);
lode_tx_str_t lode__tx_intern(parser_t *p, const uint16_t *s, uint32_t len);
lode_tx_str_t lode__tx_intern_ascii(parser_t *p, const char *s);
lode_tx_str_t lode__tx_string_value(parser_t *p, const token_t *t);
lode_tx_str_t lode__tx_name_value(parser_t *p, const token_t *t);
void lode__tx_identifier_name(parser_t *p, const token_t *t, const uint16_t **name, uint32_t *len);
void lode__tx_finish_module(parser_t *p);
void lode__tx_line_col(const parser_t *p, uint32_t pos, uint32_t *line, uint32_t *col);

#endif
