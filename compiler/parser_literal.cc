// parser_literal.cc — number, string, bytes and f-string literals (see parser.h).
//
// String tokens are decoded here into arena buffers: escapes are expanded
// (str escapes \u \U produce UTF-8; bytes keep raw byte values), adjacent
// literals are concatenated, and f-strings are split into literal text and
// replacement fields. Each field's expression is parsed by this same parser
// running over a sub-lexer on the field's source range (CPython 3.11 does
// the same), so positions in errors point into the original source.
//
// Number tokens were validated by the lexer. Int literals keep their source
// text until the code generator builds the constant (so big ints need no
// bigint arithmetic here); float literals are converted with the runtime's
// parse_float. An imaginary literal (`2.5j`) is a kImag Const holding its
// imaginary part, converted the same way without the `j`.
#include "compiler/parser.h"
#include "vm/float_format.h"

namespace mote::compiler {

Node* Parser::number() {
  auto* n = node_here<Const>(NodeKind::kConst);
  if (!n) return nullptr;
  std::string_view digits = text(tok_);
  switch (tok_.flags & kNumKindMask) {
    case kNumImag:
    case kNumFloat: {
      bool imag = (tok_.flags & kNumKindMask) == kNumImag;
      n->op = uint8_t(imag ? ConstKind::kImag : ConstKind::kFloat);
      if (imag) digits.remove_suffix(1);  // the 'j' or 'J'
      if (!parse_float(digits, true, &n->f)) return error_at(tok_.pos, "invalid decimal literal"), nullptr;
      break;
    }
    default: {
      static const uint8_t kBases[] = {10, 16, 8, 2};
      n->op = uint8_t(ConstKind::kInt);
      n->base = kBases[(tok_.flags >> kNumBaseShift) & 3];
      n->data = digits.data();
      n->len = uint32_t(digits.size());
      break;
    }
  }
  return advance() ? n : nullptr;
}

static bool push_byte(Ctx& c, Vec<char>* out, uint32_t b) { return c.push(*out, char(b)); }

// Appends the UTF-8 encoding of code point `cp` (surrogates are encoded as
// three bytes, as CPython's str can hold them).
static bool push_utf8(Ctx& c, Vec<char>* out, uint32_t cp) {
  if (cp < 0x80) return push_byte(c, out, cp);
  if (cp < 0x800) return push_byte(c, out, 0xC0 | cp >> 6) && push_byte(c, out, 0x80 | (cp & 0x3F));
  if (cp < 0x10000) {
    return push_byte(c, out, 0xE0 | cp >> 12) && push_byte(c, out, 0x80 | ((cp >> 6) & 0x3F)) &&
           push_byte(c, out, 0x80 | (cp & 0x3F));
  }
  return push_byte(c, out, 0xF0 | cp >> 18) && push_byte(c, out, 0x80 | ((cp >> 12) & 0x3F)) &&
         push_byte(c, out, 0x80 | ((cp >> 6) & 0x3F)) && push_byte(c, out, 0x80 | (cp & 0x3F));
}

static int hex_value(char ch) {
  if (ch >= '0' && ch <= '9') return ch - '0';
  if (ch >= 'a' && ch <= 'f') return ch - 'a' + 10;
  if (ch >= 'A' && ch <= 'F') return ch - 'A' + 10;
  return -1;
}

struct Decoder {
  Ctx& c;
  Vec<char>* out;
  uint32_t tok_pos;        // for error positions
  uint32_t content_start;  // offsets in messages are relative to this
  bool raw;
  bool bytes;

  bool escape_error(uint32_t start, uint32_t last, const char* what) {
    MsgBuf m;
    if (bytes) {
      m.s("(value error) invalid ").s(what).s(" escape at position ").u(start - content_start);
    } else {
      m.s("(unicode error) 'unicodeescape' codec can't decode bytes in position ").u(start - content_start);
      m.s("-").u(last - content_start).s(": ").s(what);
    }
    return c.error(tok_pos, "%s", m.view());
  }

  // \xXX \uXXXX \UXXXXXXXX starting at the backslash `i`; *next is set past it.
  bool hex_escape(uint32_t i, uint32_t to, int digits, uint32_t* next) {
    const char* s = c.src.data();
    uint32_t v = 0, j = i + 2;
    for (int k = 0; k < digits; ++k, ++j) {
      int h = j < to ? hex_value(s[j]) : -1;
      if (h < 0) {
        const char* what = digits == 2 ? (bytes ? "\\x" : "truncated \\xXX escape")
                           : digits == 4 ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
        return escape_error(i, j - 1, what);
      }
      v = v * 16 + uint32_t(h);
    }
    *next = j;
    if (bytes) return push_byte(c, out, v);
    if (v > 0x10FFFF) return escape_error(i, j - 1, "illegal Unicode character");
    return push_utf8(c, out, v);
  }

  // One escape sequence at src[i] == '\\'; *next is set past it.
  bool escape(uint32_t i, uint32_t to, uint32_t* next) {
    const char* s = c.src.data();
    char e = s[i + 1];
    *next = i + 2;
    switch (e) {
      case '\n': return true;
      case '\r':
        if (i + 2 < to && s[i + 2] == '\n') *next = i + 3;
        return true;
      case '\\': case '\'': case '"': return push_byte(c, out, uint8_t(e));
      case 'a': return push_byte(c, out, 7);
      case 'b': return push_byte(c, out, 8);
      case 'f': return push_byte(c, out, 12);
      case 'n': return push_byte(c, out, 10);
      case 'r': return push_byte(c, out, 13);
      case 't': return push_byte(c, out, 9);
      case 'v': return push_byte(c, out, 11);
      case 'x': return hex_escape(i, to, 2, next);
      default: break;
    }
    if (e >= '0' && e <= '7') {
      uint32_t v = 0, j = i + 1;
      for (int k = 0; k < 3 && j < to && s[j] >= '0' && s[j] <= '7'; ++k, ++j) v = v * 8 + uint32_t(s[j] - '0');
      *next = j;
      return bytes ? push_byte(c, out, v & 0xFF) : push_utf8(c, out, v);
    }
    if (!bytes && (e == 'u' || e == 'U')) return hex_escape(i, to, e == 'u' ? 4 : 8, next);
    if (!bytes && e == 'N') return c.error(tok_pos, "(unicode error) \\N{...} escapes are not supported");
    // An unknown escape is kept as it is (CPython warns).
    return push_byte(c, out, '\\') && push_byte(c, out, uint8_t(e));
  }

  // Decodes src[from, to) onto out.
  bool run(uint32_t from, uint32_t to) {
    const char* s = c.src.data();
    for (uint32_t i = from; i < to;) {
      char ch = s[i];
      if (ch == '\r' && i + 1 < to && s[i + 1] == '\n') {
        ++i;
        continue;
      }
      if (bytes && uint8_t(ch) >= 0x80) return c.error(tok_pos, "bytes can only contain ASCII literal characters");
      if (ch != '\\' || raw || i + 1 >= to) {
        if (!push_byte(c, out, uint8_t(ch))) return false;
        ++i;
        continue;
      }
      if (!escape(i, to, &i)) return false;
    }
    return true;
  }
};

bool Parser::decode_string(const Token& t, Vec<char>* out, uint32_t from, uint32_t to) {
  // Decoding never lengthens the text: one allocation of the final size.
  if (!out->reserve(c_->arena, out->len + (to - from))) return c_->oom();
  Decoder d{*c_, out, t.pos, from, bool(t.flags & kStrRaw), bool(t.flags & kStrBytes)};
  return d.run(from, to);
}

bool Parser::flush_literal(Vec<char>* lit, uint32_t pos, uint32_t line) {
  if (lit->len == 0) return true;
  auto* k = node<Const>(NodeKind::kConst, pos, line);
  if (!k) return false;
  k->op = uint8_t(ConstKind::kStr);
  k->data = lit->data;
  k->len = lit->len;
  *lit = Vec<char>{};  // the buffer now belongs to the constant
  return push(k);
}

// strings: STRING+   (adjacent literals concatenated; any f-string makes a JoinedStr)
Node* Parser::strings() {
  uint32_t pos = tok_.pos, line = tok_.line;
  bool bytes = tok_.flags & kStrBytes;
  bool any_f = false;
  Vec<char> lit;
  uint32_t parts = mark();
  while (tok_.kind == Tok::STRING) {
    const Token t = tok_;
    if (bool(t.flags & kStrBytes) != bytes) return error_at(t.pos, "cannot mix bytes and nonbytes literals"), nullptr;
    uint32_t quote = (t.flags & kStrTriple) ? 3 : 1;
    uint32_t start = t.pos + (t.flags >> kStrPrefixShift) + quote, end = t.pos + t.len - quote;
    if (t.flags & kStrF) {
      any_f = true;
      uint32_t field_line = t.line;
      if (!fstring(&lit, start, end, &field_line, t.flags & kStrRaw, 0)) return nullptr;
    } else if (!decode_string(t, &lit, start, end)) {
      return nullptr;
    }
    if (!advance()) return nullptr;
  }
  if (!any_f) {
    auto* k = node<Const>(NodeKind::kConst, pos, line);
    if (!k) return nullptr;
    k->op = uint8_t(bytes ? ConstKind::kBytes : ConstKind::kStr);
    k->data = lit.data;
    k->len = lit.len;
    return k;
  }
  auto* j = node<JoinedStr>(NodeKind::kJoinedStr, pos, line);
  if (!j || !flush_literal(&lit, pos, line)) return nullptr;
  j->values = take(parts);
  return deepen_all(j, j->values) ? j : nullptr;
}

// The body of an f-string (or of a format spec inside one), src[start, end):
// literal text with {{ and }} escapes, and replacement fields.
bool Parser::fstring(Vec<char>* lit, uint32_t start, uint32_t end, uint32_t* line, bool raw, int nesting) {
  const char* s = c_->src.data();
  Decoder d{*c_, lit, start, start, raw, false};
  uint32_t seg = start;
  for (uint32_t p = start; p < end;) {
    char ch = s[p];
    if (ch == '\\' && !raw && p + 1 < end) {
      p += (s[p + 1] == '{' || s[p + 1] == '}') ? 1 : 2;  // "\{" is a backslash, then a field
      continue;
    }
    if (ch == '\n') ++*line;
    if (ch != '{' && ch != '}') {
      ++p;
      continue;
    }
    if (!d.run(seg, p)) return false;
    if (p + 1 < end && s[p + 1] == ch) {
      if (!c_->push(*lit, ch)) return false;
      p += 2;
    } else if (ch == '}') {
      return error_at(p, "f-string: single '}' is not allowed");
    } else if (!fstring_field(lit, &p, end, line, raw, nesting)) {
      return false;
    }
    seg = p;
  }
  return d.run(seg, end);
}

// Skips a string literal inside a replacement field starting at src[q] (a
// quote); *q is left on its last character.
static bool skip_nested_string(const char* s, uint32_t* q, uint32_t end) {
  uint32_t after = string_literal_end(std::string_view(s, end), *q);
  if (after == 0) return false;
  *q = after - 1;
  return true;
}

// Finds the end of a field's expression: the first '!', ':', '=' (self-documenting)
// or '}' outside brackets and strings. Returns false (error recorded) if none.
static bool field_expr_end(Parser& p, uint32_t open, uint32_t end, uint32_t* out, uint32_t* line) {
  const char* s = p.c_->src.data();
  int depth = 0;
  for (uint32_t q = open + 1; q < end; ++q) {
    char ch = s[q];
    if (ch == '\'' || ch == '"') {
      if (!skip_nested_string(s, &q, end)) return p.error_at(open, "f-string: unterminated string");
      continue;
    }
    if (ch == '\\') return p.error_at(q, "f-string expression part cannot include a backslash");
    if (ch == '#') return p.error_at(q, "f-string expression part cannot include '#'");
    if (ch == '\n') ++*line;
    if (ch == '(' || ch == '[' || ch == '{') {
      ++depth;
    } else if (ch == ')' || ch == ']' || ch == '}') {
      if (depth == 0) {
        if (ch == '}') return *out = q, true;
        char text[2] = {ch, 0};
        return p.error_at(q, "f-string: unmatched '%s'", text);
      }
      --depth;
    } else if (depth == 0) {
      char next = q + 1 < end ? s[q + 1] : 0, prev = s[q - 1];
      if ((ch == '!' && next != '=') || ch == ':') return *out = q, true;
      if (ch == '=' && next != '=' && prev != '=' && prev != '!' && prev != '<' && prev != '>') {
        return *out = q, true;
      }
    }
  }
  return p.error_at(open, "f-string: expecting '}'");
}

// replacement_field: '{' expression ['='] ['!' conversion] [':' format_spec] '}'
// with *p at the '{'; leaves *p after the '}'.
bool Parser::fstring_field(Vec<char>* lit, uint32_t* p, uint32_t end, uint32_t* line, bool raw, int nesting) {
  const char* s = c_->src.data();
  uint32_t open = *p, expr_line = *line, q = 0;
  if (nesting >= kMaxFStringNesting) return error_at(open, "f-string: expressions nested too deeply");
  if (!field_expr_end(*this, open, end, &q, line)) return false;
  uint32_t expr_start = open + 1, expr_end = q;
  bool empty = true;
  for (uint32_t i = expr_start; i < expr_end; ++i) empty &= s[i] == ' ' || s[i] == '\t' || s[i] == '\n';
  if (empty) return error_at(q, "f-string: empty expression not allowed");
  bool selfdoc = s[q] == '=';
  if (selfdoc) {
    for (++q; q < end && (s[q] == ' ' || s[q] == '\t'); ++q) {}
  }
  uint32_t doc_end = q;
  uint8_t conv = 0;
  if (q < end && s[q] == '!') {
    char ch = q + 1 < end ? s[q + 1] : 0;
    conv = ch == 's' ? 1 : ch == 'r' ? 2 : ch == 'a' ? 3 : 0;
    if (!conv) return error_at(q + 1, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
    q += 2;
  }
  Node* value = fstring_expr(expr_start, expr_end, expr_line);
  if (!value) return false;
  auto* fv = node<FormattedValue>(NodeKind::kFormattedValue, open, expr_line);
  if (!fv) return false;
  if (q < end && s[q] == ':') {
    uint32_t spec_start = ++q;
    for (int d = 0; q < end && (s[q] != '}' || d > 0); ++q) d += s[q] == '{' ? 1 : s[q] == '}' ? -1 : 0;
    auto* spec = node<JoinedStr>(NodeKind::kJoinedStr, spec_start, *line);
    uint32_t spec_parts = mark();
    Vec<char> spec_lit;
    if (!spec || !fstring(&spec_lit, spec_start, q, line, raw, nesting + 1)) return false;
    if (!flush_literal(&spec_lit, spec_start, *line)) return false;
    spec->values = take(spec_parts);
    if (!deepen_all(spec, spec->values)) return false;
    fv->spec = spec;
  }
  if (q >= end || s[q] != '}') return error_at(open, "f-string: expecting '}'");
  *p = q + 1;
  if (selfdoc) {
    for (uint32_t i = expr_start; i < doc_end; ++i) {
      if (!c_->push(*lit, s[i])) return false;
    }
    if (!conv && !fv->spec) conv = 2;  // {x=} shows repr(x)
  }
  if (!flush_literal(lit, open, expr_line)) return false;
  fv->op = conv;
  fv->value = value;
  if (!deepen(fv, value) || !deepen(fv, fv->spec)) return false;
  return push(fv);
}

// The expression of a replacement field, parsed with a sub-lexer over its
// source range as if it were in parentheses.
Node* Parser::fstring_expr(uint32_t start, uint32_t end, uint32_t line) {
  // One sub-lexer is kept for reuse (a Lexer is ~430 bytes); only an
  // f-string nested inside a replacement field needs a second one.
  Lexer* sub = spare_lexer_ ? spare_lexer_ : c_->make<Lexer>();
  spare_lexer_ = nullptr;
  if (!sub) return nullptr;
  *sub = Lexer{};
  sub->init_fstring_expr(c_, start, end, line);
  Lexer* saved_lex = lex_;
  Token saved_tok = tok_, saved_ahead = ahead_;
  bool saved_has_ahead = has_ahead_;
  lex_ = sub;
  has_ahead_ = false;
  Node* e = nullptr;
  if (advance()) {
    e = tok_.kind == Tok::KW_YIELD ? yield_expr() : star_expressions();
    if (e && tok_.kind != Tok::END) {
      syntax_error();
      e = nullptr;
    }
  }
  lex_ = saved_lex;
  tok_ = saved_tok;
  ahead_ = saved_ahead;
  has_ahead_ = saved_has_ahead;
  spare_lexer_ = sub;
  return e;
}

}  // namespace mote::compiler
