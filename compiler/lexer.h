// lexer.h — Python source text to tokens, one token at a time.
//
// The lexer is pulled by the parser (no token array is built: RAM stays
// constant however long the source). It produces CPython's token stream:
// NEWLINE at the end of each logical line, INDENT/DEDENT from a fixed-depth
// indentation stack, no tokens for blank lines, comments, backslash
// continuations or newlines inside brackets. Keywords are their own token
// kinds; the soft keywords `match`, `case` and `_` are plain NAMEs.
//
// Literals are only delimited and checked here: a NUMBER token says whether
// it is an int (and its base), a float or an imaginary number, and has been
// validated (underscores, digits of the base, leading zeros); a STRING token
// carries its prefix (r/b/f) and quote length. The parser decodes them,
// which keeps the lexer free of allocation. An f-string is one STRING token,
// as in CPython 3.11; the parser runs a sub-lexer (`init_fstring_expr`) over
// the source range of each replacement field, with newlines ignored as if
// the expression were in parentheses.
//
// Positions are byte offsets into the whole source (sub-lexers included), so
// an error anywhere can be shown with its line and column.
#pragma once

#include <cstdint>
#include <string_view>

#include "compiler/context.h"

namespace mote::compiler {

#define MOTE_TOKENS(X)                                                                  \
  X(END, "end of input") X(NEWLINE, "newline") X(INDENT, "indent") X(DEDENT, "dedent") \
  X(NAME, "name") X(NUMBER, "number") X(STRING, "string") X(ERROR, "error")          \
  /* operators and delimiters */                                                      \
  X(LPAR, "(") X(RPAR, ")") X(LSQB, "[") X(RSQB, "]") X(LBRACE, "{") X(RBRACE, "}")   \
  X(COLON, ":") X(COMMA, ",") X(SEMI, ";") X(DOT, ".") X(ELLIPSIS, "...")             \
  X(ARROW, "->") X(WALRUS, ":=") X(EQUAL, "=") X(AT, "@")                             \
  X(PLUS, "+") X(MINUS, "-") X(STAR, "*") X(SLASH, "/") X(DSLASH, "//")               \
  X(PERCENT, "%") X(DSTAR, "**") X(LSHIFT, "<<") X(RSHIFT, ">>") X(AMPER, "&")        \
  X(VBAR, "|") X(CIRCUMFLEX, "^") X(TILDE, "~")                                       \
  X(LESS, "<") X(GREATER, ">") X(EQEQUAL, "==") X(NOTEQUAL, "!=") X(LESSEQUAL, "<=")  \
  X(GREATEREQUAL, ">=")                                                               \
  /* augmented assignment: same order as BinaryOp ADD..XOR */                         \
  X(PLUSEQ, "+=") X(MINUSEQ, "-=") X(STAREQ, "*=") X(SLASHEQ, "/=") X(DSLASHEQ, "//=") \
  X(PERCENTEQ, "%=") X(DSTAREQ, "**=") X(ATEQ, "@=") X(LSHIFTEQ, "<<=")                \
  X(RSHIFTEQ, ">>=") X(AMPEREQ, "&=") X(VBAREQ, "|=") X(CIRCUMFLEXEQ, "^=")            \
  /* keywords (kept in this alphabetical order: looked up by binary search) */        \
  X(KW_FALSE, "False") X(KW_NONE, "None") X(KW_TRUE, "True") X(KW_AND, "and")         \
  X(KW_AS, "as") X(KW_ASSERT, "assert") X(KW_ASYNC, "async") X(KW_AWAIT, "await")     \
  X(KW_BREAK, "break") X(KW_CLASS, "class") X(KW_CONTINUE, "continue")                \
  X(KW_DEF, "def") X(KW_DEL, "del") X(KW_ELIF, "elif") X(KW_ELSE, "else")             \
  X(KW_EXCEPT, "except") X(KW_FINALLY, "finally") X(KW_FOR, "for") X(KW_FROM, "from") \
  X(KW_GLOBAL, "global") X(KW_IF, "if") X(KW_IMPORT, "import") X(KW_IN, "in")         \
  X(KW_IS, "is") X(KW_LAMBDA, "lambda") X(KW_NONLOCAL, "nonlocal") X(KW_NOT, "not")   \
  X(KW_OR, "or") X(KW_PASS, "pass") X(KW_RAISE, "raise") X(KW_RETURN, "return")       \
  X(KW_TRY, "try") X(KW_WHILE, "while") X(KW_WITH, "with") X(KW_YIELD, "yield")

enum class Tok : uint8_t {
#define X(name, text) name,
  MOTE_TOKENS(X)
#undef X
      kCount
};

inline constexpr Tok kFirstKeyword = Tok::KW_FALSE;
inline constexpr Tok kFirstAugAssign = Tok::PLUSEQ;

// Text of a token kind: "(" for LPAR, "while" for KW_WHILE, "name" for NAME.
const char* tok_text(Tok t);
inline bool is_keyword(Tok t) { return t >= kFirstKeyword && t < Tok::kCount; }
inline bool is_aug_assign(Tok t) { return t >= Tok::PLUSEQ && t <= Tok::CIRCUMFLEXEQ; }

// Token flags for NUMBER.
enum : uint8_t {
  kNumInt = 0,
  kNumFloat = 1,
  kNumImag = 2,
  kNumKindMask = 3,
  // An int's base, as (flags >> 2): 0 for decimal, 1 hex, 2 octal, 3 binary.
  kNumBaseShift = 2,
};
// Token flags for STRING.
enum : uint8_t {
  kStrRaw = 1,
  kStrBytes = 2,
  kStrF = 4,
  kStrTriple = 8,  // the quotes are three characters
  kStrPrefixShift = 4,  // (flags >> 4): length of the prefix (0..2)
};

// A string literal starting at the quote src[quote_pos] (its prefix letters,
// if any, just before): the offset just past its closing quote, or 0 if it
// is unterminated. In an f-string, a replacement field may hold any string
// literal, even one with the same quotes or another f-string (PEP 701,
// Python 3.12), so fields are scanned too.
uint32_t string_literal_end(std::string_view src, uint32_t quote_pos);

struct Token {
  Tok kind = Tok::END;
  uint8_t flags = 0;
  uint32_t pos = 0;   // byte offset of the first character
  uint32_t len = 0;   // bytes
  uint32_t line = 0;  // 1-based line of the first character
};

class Lexer {
 public:
  // A lexer over the whole source, from line 1.
  void init(Ctx* ctx);
  // A lexer over src[start, end) (an f-string replacement field), starting
  // at `line`: no NEWLINE/INDENT/DEDENT, only expression tokens.
  void init_fstring_expr(Ctx* ctx, uint32_t start, uint32_t end, uint32_t line);
  // The next token; Tok::ERROR after recording an error in the context.
  Token next();
  // Bracket depth at the end of input etc., for compile_needs_more_input.
  int bracket_depth() const { return n_brackets_; }
  int indent_depth() const { return n_indents_; }
  // True once a backslash continuation has been seen at the very end.
  bool trailing_backslash() const { return trailing_backslash_; }

 private:
  Token make(Tok kind, uint32_t start, uint8_t flags = 0);
  Token error(uint32_t pos, const char* msg, std::string_view arg = {});
  bool at_end() const { return pos_ >= end_; }
  char peek(uint32_t ahead = 0) const { return pos_ + ahead < end_ ? src_[pos_ + ahead] : '\0'; }
  void newline_at(uint32_t pos);
  bool skip_space_and_comments(bool* hit_newline);
  Token line_start();
  Token end_of_input();
  Token name_or_string();
  Token number();
  Token string(uint32_t start, uint8_t flags);
  Token op();
  Token open_bracket(Tok kind);
  Token close_bracket(Tok kind);
  bool scan_digits(bool (*is_digit)(char), bool* bad_underscore);
  Token number_tail(uint32_t start, bool is_float);
  Token check_number_end(uint32_t start, uint8_t flags);

  Ctx* c_ = nullptr;
  const char* src_ = nullptr;
  uint32_t pos_ = 0;
  uint32_t end_ = 0;
  uint32_t line_ = 1;
  uint32_t line_begin_ = 0;  // offset of the current line's first byte
  bool expr_mode_ = false;   // f-string expression: newlines are whitespace
  bool at_line_start_ = true;
  bool line_has_tokens_ = false;  // a NEWLINE is owed at the end of this logical line
  bool trailing_backslash_ = false;
  bool done_ = false;             // END was returned
  int pending_dedents_ = 0;
  int n_indents_ = 0;
  int n_brackets_ = 0;
  uint16_t indents_[kMaxIndent];    // columns of the enclosing indentation levels (> 0)
  uint32_t brackets_[kMaxBrackets]; // source offset of each open bracket
};

}  // namespace mote::compiler
