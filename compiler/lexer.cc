// lexer.cc — tokens from UTF-8 source (see lexer.h).
//
// The lexer is a hand-written scanner over the source bytes with one state
// bit that matters: whether we are at the start of a logical line (where
// indentation is measured) or inside a line. Inside brackets, newlines are
// whitespace. Error messages and their positions follow CPython 3.11's
// tokenizer so a user sees the same SyntaxError text on both.
//
// Identifiers: ASCII letters, digits, '_' and any non-ASCII byte (the UTF-8
// of a Unicode identifier is accepted without checking XID_Start/Continue;
// only valid programs are expected to use non-ASCII names).
#include "compiler/lexer.h"

#include <cstring>

namespace mote::compiler {

static const char* const kTokText[] = {
#define X(name, text) text,
    MOTE_TOKENS(X)
#undef X
};

const char* tok_text(Tok t) { return kTokText[int(t)]; }

static bool is_digit(char c) { return c >= '0' && c <= '9'; }
static bool is_hex(char c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
static bool is_oct(char c) { return c >= '0' && c <= '7'; }
static bool is_bin(char c) { return c == '0' || c == '1'; }
static bool is_name_start(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || uint8_t(c) >= 0x80;
}
static bool is_name_char(char c) { return is_name_start(c) || is_digit(c); }

// Keyword lookup: binary search over the alphabetical keyword range of Tok.
static Tok keyword(std::string_view s) {
  int lo = int(kFirstKeyword), hi = int(Tok::kCount) - 1;
  while (lo <= hi) {
    int mid = (lo + hi) / 2;
    int cmp = s.compare(kTokText[mid]);
    if (cmp == 0) return Tok(mid);
    if (cmp < 0) hi = mid - 1;
    else lo = mid + 1;
  }
  return Tok::NAME;
}

void Lexer::init(Ctx* ctx) {
  c_ = ctx;
  src_ = ctx->src.data();
  pos_ = 0;
  end_ = uint32_t(ctx->src.size());
  line_ = 1;
  line_begin_ = 0;
  expr_mode_ = false;
  at_line_start_ = true;
  // A UTF-8 byte order mark is not part of the program.
  if (end_ >= 3 && memcmp(src_, "\xEF\xBB\xBF", 3) == 0) pos_ = line_begin_ = 3;
}

void Lexer::init_fstring_expr(Ctx* ctx, uint32_t start, uint32_t end, uint32_t line) {
  c_ = ctx;
  src_ = ctx->src.data();
  pos_ = start;
  end_ = end;
  line_ = line;
  line_begin_ = start;
  expr_mode_ = true;
  at_line_start_ = false;
}

Token Lexer::make(Tok kind, uint32_t start, uint8_t flags) {
  Token t;
  t.kind = kind;
  t.flags = flags;
  t.pos = start;
  t.len = pos_ - start;
  t.line = line_;
  return t;
}

Token Lexer::error(uint32_t pos, const char* msg, std::string_view arg) {
  c_->error(pos, msg, arg);
  Token t;
  t.kind = Tok::ERROR;
  t.pos = pos;
  t.line = line_;
  return t;
}

void Lexer::newline_at(uint32_t pos) {
  ++line_;
  line_begin_ = pos + 1;
}

// Formats a decimal number for "(detected at line N)" messages.
static std::string_view decimal(char* buf, uint32_t v) {
  char tmp[12];
  int n = 0;
  do {
    tmp[n++] = char('0' + v % 10);
    v /= 10;
  } while (v);
  for (int i = 0; i < n; ++i) buf[i] = tmp[n - 1 - i];
  return {buf, size_t(n)};
}

Token Lexer::next() {
  if (done_) return make(Tok::END, end_);
  if (pending_dedents_ > 0) {
    --pending_dedents_;
    return make(Tok::DEDENT, pos_);
  }
  if (at_line_start_ && !expr_mode_ && n_brackets_ == 0) {
    Token t = line_start();
    if (t.kind != Tok::NAME) return t;  // NAME: no indentation change, go on
  }
  for (;;) {
    bool hit_newline = false;
    if (!skip_space_and_comments(&hit_newline)) return make(Tok::ERROR, pos_);
    if (!hit_newline) break;
    // A newline outside brackets ends the logical line (if it had tokens).
    uint32_t nl = pos_;
    ++pos_;
    at_line_start_ = true;
    if (line_has_tokens_) {
      line_has_tokens_ = false;
      Token t = make(Tok::NEWLINE, nl);
      newline_at(nl);
      return t;
    }
    newline_at(nl);
    Token t = line_start();
    if (t.kind != Tok::NAME) return t;
  }
  if (at_end()) return end_of_input();
  line_has_tokens_ = true;
  char ch = peek();
  if (is_name_start(ch)) return name_or_string();
  if (is_digit(ch) || (ch == '.' && is_digit(peek(1)))) return number();
  if (ch == '\'' || ch == '"') return string(pos_, 0);
  return op();
}

// Skips blanks, comments and backslash continuations. Stops at a newline
// that ends a logical line (*hit_newline) or at a token. False on error.
bool Lexer::skip_space_and_comments(bool* hit_newline) {
  for (;;) {
    char ch = peek();
    if (at_end()) return true;
    if (ch == ' ' || ch == '\t' || ch == '\f' || (ch == '\r' && peek(1) == '\n')) {
      ++pos_;
    } else if (ch == '#') {
      while (!at_end() && peek() != '\n') ++pos_;
    } else if (ch == '\\') {
      uint32_t skip = peek(1) == '\n' ? 1 : (peek(1) == '\r' && peek(2) == '\n') ? 2 : 0;
      if (skip == 0) {
        if (pos_ + 1 >= end_) {
          trailing_backslash_ = true;
          error(pos_ + 1, "unexpected EOF while parsing");
          c_->diag.incomplete = true;
          return false;
        }
        error(pos_ + 1, "unexpected character after line continuation character");
        return false;
      }
      uint32_t backslash = pos_;
      pos_ += skip;
      newline_at(pos_);
      ++pos_;
      if (at_end() && !expr_mode_) {
        trailing_backslash_ = true;
        error(backslash + 1, "unexpected EOF while parsing");
        c_->diag.incomplete = true;
        return false;
      }
    } else if (ch == '\n') {
      if (n_brackets_ == 0 && !expr_mode_) {
        *hit_newline = true;
        return true;
      }
      newline_at(pos_);
      ++pos_;
    } else {
      return true;
    }
  }
}

// At the start of a line: skips blank and comment-only lines, measures the
// indentation and returns INDENT, DEDENT, END or ERROR; or NAME to mean
// "same indentation, lex the line's first token".
Token Lexer::line_start() {
  uint32_t col;
  for (;;) {
    col = 0;
    while (!at_end()) {
      char ch = peek();
      if (ch == ' ') ++col;
      else if (ch == '\t') col = (col / 8 + 1) * 8;
      else if (ch == '\f') col = 0;
      else if (ch == '\r' && peek(1) == '\n') {}
      else break;
      ++pos_;
    }
    if (at_end()) return end_of_input();
    if (peek() == '#') {
      while (!at_end() && peek() != '\n') ++pos_;
    }
    if (at_end()) return end_of_input();
    if (peek() != '\n') break;
    newline_at(pos_);  // a blank line: no tokens at all
    ++pos_;
  }
  at_line_start_ = false;
  uint32_t top = n_indents_ ? indents_[n_indents_ - 1] : 0;
  if (col > top) {
    if (n_indents_ == kMaxIndent) return error(pos_, "too many levels of indentation");
    indents_[n_indents_++] = uint16_t(col > 0xFFFF ? 0xFFFF : col);
    return make(Tok::INDENT, pos_);
  }
  if (col < top) {
    int dedents = 0;
    while (n_indents_ > 0 && col < indents_[n_indents_ - 1]) {
      --n_indents_;
      ++dedents;
    }
    if (col != (n_indents_ ? indents_[n_indents_ - 1] : 0u)) {
      c_->indent_error(pos_, "unindent does not match any outer indentation level");
      return make(Tok::ERROR, pos_);
    }
    pending_dedents_ = dedents - 1;
    return make(Tok::DEDENT, pos_);
  }
  return make(Tok::NAME, pos_);
}

Token Lexer::end_of_input() {
  if (n_brackets_ > 0) {
    uint32_t open = brackets_[n_brackets_ - 1];
    char text[2] = {src_[open], 0};
    Token t = error(open, "'%s' was never closed", text);
    c_->diag.incomplete = true;
    return t;
  }
  if (expr_mode_) {
    done_ = true;
    return make(Tok::END, end_);
  }
  if (line_has_tokens_) {
    line_has_tokens_ = false;
    return make(Tok::NEWLINE, end_);
  }
  if (n_indents_ > 0) {
    --n_indents_;
    return make(Tok::DEDENT, end_);
  }
  done_ = true;
  return make(Tok::END, end_);
}

// A name, a keyword, or a string with a prefix (r, b, f, u, br, rb, fr, rf).
Token Lexer::name_or_string() {
  uint32_t start = pos_;
  while (!at_end() && is_name_char(peek())) ++pos_;
  uint32_t n = pos_ - start;
  char q = peek();
  if ((q == '\'' || q == '"') && n <= 2) {
    uint8_t flags = 0;
    bool ok = true;
    for (uint32_t i = start; i < pos_; ++i) {
      char ch = char(src_[i] | 0x20);
      uint8_t bit = ch == 'r' ? kStrRaw : ch == 'b' ? kStrBytes : ch == 'f' ? kStrF : ch == 'u' ? 0x80 : 0;
      if (bit == 0 || (flags & bit)) ok = false;
      flags |= bit;
    }
    // Valid prefixes: one of r/b/f/u, or r with b or f.
    if ((flags & kStrBytes) && (flags & kStrF)) ok = false;
    if ((flags & 0x80) && n != 1) ok = false;
    if (ok) return string(start, uint8_t((flags & 0x7F) | (n << kStrPrefixShift)));
  }
  return make(keyword({src_ + start, n}), start);
}

// A string literal from `start` (its prefix) with pos_ at the opening quote.
// True if the string whose quote is src[quote] has an f in its prefix: the
// one or two prefix letters just before it, not the end of a longer name
// (`x if"{"` is a plain string after the keyword `if`).
static bool has_f_prefix(std::string_view src, uint32_t quote) {
  uint32_t start = quote;
  while (start > 0 && quote - start < 3 && is_name_char(src[start - 1])) --start;
  if (quote - start > 2) return false;
  bool f = false;
  for (uint32_t i = start; i < quote; ++i) {
    char c = char(src[i] | 0x20);  // lower case
    if (c != 'f' && c != 'r' && c != 'b' && c != 'u') return false;
    f = f || c == 'f';
  }
  return f;
}

uint32_t string_literal_end(std::string_view src, uint32_t quote_pos) {
  uint32_t end = uint32_t(src.size()), i = quote_pos;
  char q = src[i];
  bool triple = i + 2 < end && src[i + 1] == q && src[i + 2] == q;
  bool f = has_f_prefix(src, quote_pos);
  int fields = 0;  // open replacement fields (and brackets inside them)
  for (i += triple ? 3 : 1; i < end;) {
    char ch = src[i];
    if (ch == '\\') {
      i += 2;
    } else if (f && ch == '{') {
      bool literal_brace = fields == 0 && i + 1 < end && src[i + 1] == '{';  // '{{'
      if (!literal_brace) ++fields;
      i += literal_brace ? 2 : 1;
    } else if (f && ch == '}') {
      if (fields > 0) --fields;  // outside a field, '}}' is a literal brace
      ++i;
    } else if (fields > 0 && (ch == '\'' || ch == '"')) {
      i = string_literal_end(src, i);
      if (i == 0) return 0;
    } else if (ch == q && (!triple || (i + 2 < end && src[i + 1] == q && src[i + 2] == q))) {
      return i + (triple ? 3 : 1);
    } else if (ch == '\n' && !triple && fields == 0) {
      return 0;
    } else {
      ++i;
    }
  }
  return 0;
}

Token Lexer::string(uint32_t start, uint8_t flags) {
  char q = peek();
  uint32_t start_line = line_;
  bool triple = peek(1) == q && peek(2) == q;
  if (flags & kStrF) {
    // Replacement fields may nest strings with the same quotes (PEP 701).
    uint32_t stop = string_literal_end(c_->src.substr(0, end_), pos_);
    if (stop != 0) {
      if (triple) flags |= kStrTriple;
      for (; pos_ < stop; ++pos_) {
        if (peek() == '\n') newline_at(pos_);
      }
      Token t = make(Tok::STRING, start, flags);
      t.line = start_line;
      return t;
    }
  }
  pos_ += triple ? 3 : 1;
  if (triple) flags |= kStrTriple;
  for (;;) {
    if (at_end()) {
      char buf[12];
      Token t = error(start, triple ? "unterminated triple-quoted string literal (detected at line %s)"
                                    : "unterminated string literal (detected at line %s)",
                      decimal(buf, line_));
      if (triple) c_->diag.incomplete = true;
      return t;
    }
    char ch = peek();
    if (ch == '\\') {
      ++pos_;
      if (at_end()) continue;
      if (peek() == '\n') newline_at(pos_);
      ++pos_;
      continue;
    }
    if (ch == '\n') {
      if (!triple) {
        char buf[12];
        return error(start, "unterminated string literal (detected at line %s)", decimal(buf, line_));
      }
      newline_at(pos_);
    } else if (ch == q && (!triple || (peek(1) == q && peek(2) == q))) {
      pos_ += triple ? 3 : 1;
      break;
    }
    ++pos_;
  }
  Token t = make(Tok::STRING, start, flags);
  t.line = start_line;
  return t;
}

// Digits of one kind with single underscores between them. Stops at the
// first character that is neither; *bad_underscore is set (and pos_ left at
// the underscore) for an underscore not followed by a digit.
bool Lexer::scan_digits(bool (*digit)(char), bool* bad_underscore) {
  uint32_t start = pos_;
  for (;;) {
    while (!at_end() && digit(peek())) ++pos_;
    if (peek() != '_') break;
    if (!digit(peek(1))) {
      *bad_underscore = true;
      return false;
    }
    ++pos_;
  }
  return pos_ > start;
}

// After a number: an identifier character right after a literal is an
// error, except for the keywords CPython still accepts there (`1if x else 2`).
Token Lexer::check_number_end(uint32_t start, uint8_t flags) {
  if (!is_name_char(peek())) return make(Tok::NUMBER, start, flags);
  uint32_t p = pos_;
  while (p < end_ && is_name_char(src_[p])) ++p;
  std::string_view word(src_ + pos_, p - pos_);
  static const char* const kAllowed[] = {"and", "else", "for", "if", "in", "is", "not", "or"};
  for (const char* kw : kAllowed) {
    if (word == kw) return make(Tok::NUMBER, start, flags);
  }
  int base = flags >> kNumBaseShift;
  uint32_t last = pos_ - 1;  // CPython points at the number's last character
  if ((flags & kNumKindMask) == kNumInt && base == 1) return error(last, "invalid hexadecimal literal");
  if ((flags & kNumKindMask) == kNumInt && base == 2) return error(last, "invalid octal literal");
  if ((flags & kNumKindMask) == kNumInt && base == 3) return error(last, "invalid binary literal");
  if ((flags & kNumKindMask) == kNumImag) return error(last, "invalid imaginary literal");
  return error(last, "invalid decimal literal");
}

// The fraction, exponent and imaginary suffix of a decimal number.
Token Lexer::number_tail(uint32_t start, bool is_float) {
  bool bad = false;
  if (peek() == '.') {
    ++pos_;
    is_float = true;
    if (peek() == '_') return error(pos_, "invalid decimal literal");
    if (is_digit(peek()) && !scan_digits(is_digit, &bad)) return error(pos_, "invalid decimal literal");
  }
  char e = peek();
  if (e == 'e' || e == 'E') {
    uint32_t sign = (peek(1) == '+' || peek(1) == '-') ? 1 : 0;
    if (is_digit(peek(1 + sign))) {
      pos_ += 1 + sign;
      is_float = true;
      if (!scan_digits(is_digit, &bad)) return error(pos_, "invalid decimal literal");
    } else if (sign) {
      return error(pos_ + 1, "invalid decimal literal");
    }
  }
  if (peek() == 'j' || peek() == 'J') {
    ++pos_;
    return check_number_end(start, kNumImag);
  }
  return check_number_end(start, is_float ? kNumFloat : kNumInt);
}

Token Lexer::number() {
  uint32_t start = pos_;
  bool bad = false;
  if (peek() == '.') return number_tail(start, true);
  char x = char(peek(1) | 0x20);
  if (peek() == '0' && (x == 'x' || x == 'o' || x == 'b')) {
    bool (*digit)(char) = x == 'x' ? is_hex : x == 'o' ? is_oct : is_bin;
    int base_code = x == 'x' ? 1 : x == 'o' ? 2 : 3;
    const char* what = x == 'x' ? "invalid hexadecimal literal" : x == 'o' ? "invalid octal literal"
                                                                           : "invalid binary literal";
    pos_ += 2;
    if (peek() == '_') ++pos_;
    if (!digit(peek())) {
      if (x != 'x' && is_digit(peek())) {
        char d[2] = {peek(), 0};
        return error(pos_, x == 'o' ? "invalid digit '%s' in octal literal" : "invalid digit '%s' in binary literal", d);
      }
      return error(pos_ - 1, what);
    }
    if (!scan_digits(digit, &bad)) return error(pos_, what);
    if (x != 'x' && is_digit(peek())) {
      char d[2] = {peek(), 0};
      return error(pos_, x == 'o' ? "invalid digit '%s' in octal literal" : "invalid digit '%s' in binary literal", d);
    }
    return check_number_end(start, uint8_t(kNumInt | base_code << kNumBaseShift));
  }
  if (!scan_digits(is_digit, &bad)) return error(pos_, "invalid decimal literal");
  bool leading_zero = src_[start] == '0';
  bool nonzero = false;
  for (uint32_t i = start; i < pos_; ++i) nonzero |= src_[i] != '0' && src_[i] != '_';
  char next = char(peek() | 0x20);
  if (leading_zero && nonzero && next != '.' && next != 'e' && next != 'j') {
    return error(start,
                 "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
  }
  return number_tail(start, false);
}

Token Lexer::open_bracket(Tok kind) {
  if (n_brackets_ == kMaxBrackets) return error(pos_, "too many nested parentheses");
  brackets_[n_brackets_++] = pos_;
  ++pos_;
  return make(kind, pos_ - 1);
}

Token Lexer::close_bracket(Tok kind) {
  char close[2] = {peek(), 0};
  if (n_brackets_ == 0) return error(pos_, "unmatched '%s'", close);
  char open = src_[brackets_[n_brackets_ - 1]];
  bool match = (open == '(' && close[0] == ')') || (open == '[' && close[0] == ']') ||
               (open == '{' && close[0] == '}');
  if (!match) {
    char msg[80] = "closing parenthesis '";
    size_t n = strlen(msg);
    msg[n++] = close[0];
    memcpy(msg + n, "' does not match opening parenthesis '", 39);
    n = strlen(msg);
    msg[n++] = open;
    msg[n++] = '\'';
    msg[n] = 0;
    return error(pos_, "%s", msg);
  }
  --n_brackets_;
  ++pos_;
  return make(kind, pos_ - 1);
}

// Operators and delimiters: the longest match.
Token Lexer::op() {
  uint32_t start = pos_;
  char a = peek(), b = peek(1), c = peek(2);
  auto take = [&](Tok kind, uint32_t n) {
    pos_ += n;
    return make(kind, start);
  };
  switch (a) {
    case '(': return open_bracket(Tok::LPAR);
    case '[': return open_bracket(Tok::LSQB);
    case '{': return open_bracket(Tok::LBRACE);
    case ')': case ']': case '}':
      return close_bracket(a == ')' ? Tok::RPAR : a == ']' ? Tok::RSQB : Tok::RBRACE);
    case ':': return b == '=' ? take(Tok::WALRUS, 2) : take(Tok::COLON, 1);
    case ',': return take(Tok::COMMA, 1);
    case ';': return take(Tok::SEMI, 1);
    case '.': return b == '.' && c == '.' ? take(Tok::ELLIPSIS, 3) : take(Tok::DOT, 1);
    case '~': return take(Tok::TILDE, 1);
    case '+': return b == '=' ? take(Tok::PLUSEQ, 2) : take(Tok::PLUS, 1);
    case '-':
      if (b == '>') return take(Tok::ARROW, 2);
      return b == '=' ? take(Tok::MINUSEQ, 2) : take(Tok::MINUS, 1);
    case '*':
      if (b == '*') return c == '=' ? take(Tok::DSTAREQ, 3) : take(Tok::DSTAR, 2);
      return b == '=' ? take(Tok::STAREQ, 2) : take(Tok::STAR, 1);
    case '/':
      if (b == '/') return c == '=' ? take(Tok::DSLASHEQ, 3) : take(Tok::DSLASH, 2);
      return b == '=' ? take(Tok::SLASHEQ, 2) : take(Tok::SLASH, 1);
    case '%': return b == '=' ? take(Tok::PERCENTEQ, 2) : take(Tok::PERCENT, 1);
    case '@': return b == '=' ? take(Tok::ATEQ, 2) : take(Tok::AT, 1);
    case '&': return b == '=' ? take(Tok::AMPEREQ, 2) : take(Tok::AMPER, 1);
    case '|': return b == '=' ? take(Tok::VBAREQ, 2) : take(Tok::VBAR, 1);
    case '^': return b == '=' ? take(Tok::CIRCUMFLEXEQ, 2) : take(Tok::CIRCUMFLEX, 1);
    case '=': return b == '=' ? take(Tok::EQEQUAL, 2) : take(Tok::EQUAL, 1);
    case '!':
      if (b == '=') return take(Tok::NOTEQUAL, 2);
      break;
    case '<':
      if (b == '<') return c == '=' ? take(Tok::LSHIFTEQ, 3) : take(Tok::LSHIFT, 2);
      return b == '=' ? take(Tok::LESSEQUAL, 2) : take(Tok::LESS, 1);
    case '>':
      if (b == '>') return c == '=' ? take(Tok::RSHIFTEQ, 3) : take(Tok::RSHIFT, 2);
      return b == '=' ? take(Tok::GREATEREQUAL, 2) : take(Tok::GREATER, 1);
    default:
      break;
  }
  if (uint8_t(a) < 0x20 || a == 0x7F) {
    static const char kHex[] = "0123456789ABCDEF";
    char code[5] = {'0', '0', kHex[(uint8_t(a) >> 4) & 15], kHex[a & 15], 0};
    return error(start, "invalid non-printable character U+%s", code);
  }
  return error(start, "invalid syntax");
}

}  // namespace mote::compiler
