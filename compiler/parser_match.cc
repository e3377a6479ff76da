// parser_match.cc — the `match` statement and its patterns (PEP 634).
//
// `match` and `case` are soft keywords: plain NAMEs to the lexer. A
// statement starting with the NAME `match` followed by a token that can
// start an expression is *tried* as a match statement: the lexer and parser
// state are saved, `match subject ':'` is parsed, and if that fails the
// state is restored and the line is parsed as an ordinary statement
// (`match = 1`, `match(x)`, `match[x]: int = 2` all stay valid). Once
// `':' NEWLINE` has been seen the statement is committed and errors are
// real, as in CPython's PEG parser.
//
// Patterns are parsed by their own small recursive grammar (CPython's
// rules are in the comments); the few checks CPython makes in its compiler
// that need only the pattern itself (repeated keyword attributes, several
// starred names, '_' as a target) are made here.

#include "compiler/parser.h"
#include "vm/qstr.h"
#include "vm/vm.h"

namespace mote::compiler {

static bool is_soft_keyword(const Parser& p, const Token& t, const char* word) {
  return t.kind == Tok::NAME && p.text(t) == word;
}

// Tries `match` at the start of a statement. nullptr without an error:
// it was not a match statement and the parser is back where it started.
Node* Parser::maybe_match_stmt() {
  if (!starts_expression(lookahead().kind)) return nullptr;
  auto* saved = c_->make<Lexer>();
  if (!saved) return nullptr;
  *saved = *lex_;
  Token saved_tok = tok_, saved_ahead = ahead_;
  bool saved_has_ahead = has_ahead_;
  Diag saved_diag = c_->diag;
  uint32_t saved_scratch = scratch_.len;
  int saved_nest = nest_;
  uint32_t pos = tok_.pos, line = tok_.line;
  Node* subject = nullptr;
  if (advance()) subject = match_subject();
  if (subject && tok_.kind == Tok::COLON && lookahead().kind == Tok::NEWLINE) {
    return match_rest(subject, pos, line);
  }
  if (c_->diag.kind == ErrorKind::kPending) return nullptr;  // the REPL needs more input
  *lex_ = *saved;
  tok_ = saved_tok;
  ahead_ = saved_ahead;
  has_ahead_ = saved_has_ahead;
  c_->diag = saved_diag;
  scratch_.len = saved_scratch;
  nest_ = saved_nest;
  return nullptr;
}

// subject_expr: star_named_expression ',' star_named_expressions? | named_expression
Node* Parser::match_subject() {
  uint32_t pos = tok_.pos, line = tok_.line;
  Node* first = tok_.kind == Tok::STAR ? star_named_expression() : named_expression();
  if (!first) return nullptr;
  if (tok_.kind == Tok::COMMA) return tuple_rest(first, pos, line, true);
  if (first->kind == NodeKind::kStarred) return syntax_error(), nullptr;
  return first;
}

// match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
// case_block: "case" patterns guard? ':' block
Node* Parser::match_rest(Node* subject, uint32_t pos, uint32_t line) {
  saw_match_ = true;
  auto* m = node<Match>(NodeKind::kMatch, pos, line);
  if (!m || !advance()) return nullptr;
  m->subject = subject;
  if (tok_.kind != Tok::NEWLINE) return syntax_error(), nullptr;
  if (!advance()) return nullptr;
  if (tok_.kind != Tok::INDENT) {
    if (tok_.kind == Tok::ERROR) return nullptr;
    return c_->indent_error(tok_.kind == Tok::END ? uint32_t(c_->src.size()) : tok_.pos,
                            "expected an indented block after 'match' statement on line %s",
                            line_text(line)), nullptr;
  }
  if (!advance() || !enter(pos)) return nullptr;
  Vec<MatchCase> cases;
  while (tok_.kind != Tok::DEDENT) {
    if (!is_soft_keyword(*this, tok_, "case")) return syntax_error(), nullptr;
    uint32_t case_line = tok_.line;
    MatchCase mc{};
    if (!advance() || !(mc.pattern = case_patterns())) return nullptr;
    if (accept(Tok::KW_IF) && !(mc.guard = named_expression())) return nullptr;
    if (!block(&mc.body, "'case' statement", case_line) || !c_->push(cases, mc)) return nullptr;
  }
  leave();
  if (!advance()) return nullptr;
  m->cases.items = cases.data;
  m->cases.n = cases.len;
  return deepen(m, subject) ? m : nullptr;
}

// The decimal text of a line number, in the arena (for messages).
std::string_view Parser::line_text(uint32_t line) {
  char buf[12];
  int n = 0;
  do buf[n++] = char('0' + line % 10); while (line /= 10);
  char* out = c_->array<char>(size_t(n));
  if (!out) return {};
  for (int i = 0; i < n; ++i) out[i] = buf[n - 1 - i];
  return {out, size_t(n)};
}

// patterns: open_sequence_pattern | pattern
// open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern?
Node* Parser::case_patterns() {
  uint32_t pos = tok_.pos, line = tok_.line;
  Node* first = maybe_star_pattern();
  if (!first) return nullptr;
  if (tok_.kind != Tok::COMMA) {
    if (first->kind == NodeKind::kMatchStar) return error_at(first->pos, "can't use starred expression here"), nullptr;
    return first;
  }
  uint32_t items = mark();
  if (!push(first)) return nullptr;
  while (accept(Tok::COMMA)) {
    if (tok_.kind == Tok::COLON || tok_.kind == Tok::KW_IF) break;
    Node* p = maybe_star_pattern();
    if (!p || !push(p)) return nullptr;
  }
  return sequence_pattern(items, pos, line);
}

// Ends a sequence pattern whose items are on the scratch stack from `items`.
Node* Parser::sequence_pattern(uint32_t items, uint32_t pos, uint32_t line) {
  auto* s = node<MatchSequence>(NodeKind::kMatchSequence, pos, line);
  if (!s) return nullptr;
  s->patterns = take(items);
  if (c_->failed()) return nullptr;
  bool star = false;
  for (Node* p : s->patterns) {
    if (p->kind != NodeKind::kMatchStar) continue;
    if (star) return error_at(pos, "multiple starred names in sequence pattern"), nullptr;
    star = true;
  }
  return s;
}

// maybe_star_pattern: star_pattern | pattern
// star_pattern: '*' (capture_pattern | wildcard_pattern)
Node* Parser::maybe_star_pattern() {
  if (tok_.kind != Tok::STAR) return pattern();
  auto* s = node_here<MatchStar>(NodeKind::kMatchStar);
  if (!s || !advance()) return nullptr;
  if (tok_.kind != Tok::NAME) return syntax_error(), nullptr;
  if (text(tok_) != "_" && (s->name = name_value(tok_)).is_null()) return nullptr;
  return advance() ? s : nullptr;
}

// pattern: or_pattern ['as' NAME]
// or_pattern: '|'.closed_pattern+
Node* Parser::pattern() {
  uint32_t pos = tok_.pos, line = tok_.line;
  if (!enter(pos)) return nullptr;
  uint32_t alts = mark();
  do {
    Node* p = closed_pattern();
    if (!p || !push(p)) return nullptr;
  } while (accept(Tok::VBAR));
  Node* p;
  if (count(alts) == 1) {
    p = take(alts)[0];
  } else {
    auto* o = node<MatchOr>(NodeKind::kMatchOr, pos, line);
    if (!o) return nullptr;
    o->patterns = take(alts);
    p = o;
  }
  if (c_->failed()) return nullptr;
  leave();
  if (!accept(Tok::KW_AS)) return p;
  if (tok_.kind != Tok::NAME) return error_at(tok_.pos, "invalid pattern target"), nullptr;
  if (text(tok_) == "_") return error_at(tok_.pos, "cannot use '_' as a target"), nullptr;
  auto* as = node<MatchAs>(NodeKind::kMatchAs, pos, line);
  if (!as || (as->name = name_value(tok_)).is_null() || !advance()) return nullptr;
  as->pattern = p;
  return as;
}

// signed_number: NUMBER | '-' NUMBER
// complex_number: signed_number ('+' | '-') NUMBER    (real, then imaginary)
// A complex literal stays a BinOp, evaluated when the pattern is tried.
Node* Parser::number_pattern() {
  uint32_t pos = tok_.pos;
  bool neg = tok_.kind == Tok::MINUS;
  if (neg && !advance()) return nullptr;
  if (tok_.kind != Tok::NUMBER) return syntax_error(), nullptr;
  Node* n = number();
  if (!n) return nullptr;
  if (n->kind != NodeKind::kConst) return syntax_error(), nullptr;
  if (neg) {
    static_cast<Const*>(n)->negative = true;
    n->pos = pos;
  }
  if (tok_.kind != Tok::PLUS && tok_.kind != Tok::MINUS) return n;
  auto* sum = node<BinOp>(NodeKind::kBinOp, n->pos, n->line);
  if (!sum) return nullptr;
  sum->op = uint8_t(tok_.kind == Tok::PLUS ? BinaryOp::ADD : BinaryOp::SUB);
  if (!advance()) return nullptr;
  if (tok_.kind != Tok::NUMBER) return syntax_error(), nullptr;
  if ((tok_.flags & kNumKindMask) != kNumImag) {
    return error_at(tok_.pos, "imaginary number required in complex literal"), nullptr;
  }
  if (ConstKind(n->op) == ConstKind::kImag) return error_at(n->pos, "real number required in complex literal"), nullptr;
  sum->left = n;
  sum->right = number();
  return sum->right && deepen(sum, n) && deepen(sum, sum->right) ? sum : nullptr;
}

// A literal usable as a value pattern or a mapping key: signed_number,
// strings, None, True, False, or a dotted name `a.b` (attr). `allow_name`:
// a plain NAME is accepted (returned as a Name: the caller decides).
Node* Parser::literal_or_attr(bool allow_name) {
  switch (tok_.kind) {
    case Tok::NUMBER: case Tok::MINUS: return number_pattern();
    case Tok::STRING: {
      Node* s = strings();
      if (s && s->kind != NodeKind::kConst) {
        return error_at(s->pos, "patterns may only match literals and attribute lookups"), nullptr;
      }
      return s;
    }
    case Tok::KW_NONE: case Tok::KW_TRUE: case Tok::KW_FALSE: return atom();
    case Tok::NAME: {
      Node* e = atom();
      while (e && tok_.kind == Tok::DOT) {
        if (!advance()) return nullptr;
        if (tok_.kind != Tok::NAME) return syntax_error(), nullptr;
        auto* a = node<Attribute>(NodeKind::kAttribute, e->pos, e->line);
        if (!a || (a->attr = name_value(tok_)).is_null() || !advance()) return nullptr;
        a->value = e;
        if (!deepen(a, e)) return nullptr;
        e = a;
      }
      if (e && e->kind == NodeKind::kName && !allow_name) return error_at(e->pos, "invalid syntax"), nullptr;
      return e;
    }
    default:
      return syntax_error(), nullptr;
  }
}

// closed_pattern: literal_pattern | capture_pattern | wildcard_pattern | value_pattern
//   | group_pattern | sequence_pattern | mapping_pattern | class_pattern
Node* Parser::closed_pattern() {
  uint32_t pos = tok_.pos, line = tok_.line;
  switch (tok_.kind) {
    case Tok::KW_NONE: case Tok::KW_TRUE: case Tok::KW_FALSE: {
      auto* s = node_here<Node>(NodeKind::kMatchSingleton);
      if (!s) return nullptr;
      s->op = uint8_t(tok_.kind == Tok::KW_NONE ? ConstKind::kNone
                      : tok_.kind == Tok::KW_TRUE ? ConstKind::kTrue : ConstKind::kFalse);
      return advance() ? s : nullptr;
    }
    case Tok::LPAR: case Tok::LSQB: return bracket_pattern();
    case Tok::LBRACE: return mapping_pattern();
    default: break;
  }
  Node* e = literal_or_attr(true);
  if (!e) return nullptr;
  if (tok_.kind == Tok::LPAR && (e->kind == NodeKind::kName || e->kind == NodeKind::kAttribute)) {
    return class_pattern(e);
  }
  if (e->kind == NodeKind::kName) {
    auto* as = node<MatchAs>(NodeKind::kMatchAs, pos, line);
    if (!as) return nullptr;
    Value id = static_cast<Name*>(e)->id;
    if (qstr_view(id) != "_") as->name = id;
    return as;
  }
  auto* v = node<MatchValue>(NodeKind::kMatchValue, pos, line);
  if (!v) return nullptr;
  v->value = e;
  return v;
}

// group_pattern: '(' pattern ')'
// sequence_pattern: '[' maybe_sequence_pattern? ']' | '(' open_sequence_pattern? ')'
Node* Parser::bracket_pattern() {
  uint32_t pos = tok_.pos, line = tok_.line;
  Tok close = tok_.kind == Tok::LPAR ? Tok::RPAR : Tok::RSQB;
  bool paren = close == Tok::RPAR;
  if (!enter(pos) || !advance()) return nullptr;
  uint32_t items = mark();
  bool comma = false;
  while (tok_.kind != close) {
    Node* p = maybe_star_pattern();
    if (!p || !push(p)) return nullptr;
    if (tok_.kind == close) break;
    if (!expect(Tok::COMMA)) return nullptr;
    comma = true;
  }
  if (!advance()) return nullptr;
  leave();
  if (paren && count(items) == 1 && !comma) {
    Node* p = take(items)[0];
    if (p && p->kind == NodeKind::kMatchStar) return error_at(p->pos, "can't use starred expression here"), nullptr;
    return p;
  }
  return sequence_pattern(items, pos, line);
}

// mapping_pattern: '{' [items_pattern ','] ['**' NAME] [','] '}'
// key_value_pattern: (literal_expr | attr) ':' pattern
Node* Parser::mapping_pattern() {
  auto* m = node_here<MatchMapping>(NodeKind::kMatchMapping);
  if (!m || !enter(m->pos) || !advance()) return nullptr;
  uint32_t items = mark();  // key, pattern, key, pattern...
  while (tok_.kind != Tok::RBRACE) {
    if (tok_.kind == Tok::DSTAR) {
      if (!advance()) return nullptr;
      if (tok_.kind != Tok::NAME || text(tok_) == "_") return syntax_error(), nullptr;
      if ((m->rest = name_value(tok_)).is_null() || !advance()) return nullptr;
      accept(Tok::COMMA);
      if (tok_.kind != Tok::RBRACE) return syntax_error(), nullptr;
      break;
    }
    Node* key = literal_or_attr(false);
    if (!key || !push(key) || !expect(Tok::COLON)) return nullptr;
    Node* p = pattern();
    if (!p || !push(p)) return nullptr;
    if (tok_.kind == Tok::RBRACE) break;
    if (!expect(Tok::COMMA)) return nullptr;
  }
  if (!advance()) return nullptr;
  leave();
  Nodes both = take(items);
  if (c_->failed()) return nullptr;
  uint32_t n = both.n / 2;
  m->keys.items = c_->array<Node*>(n);
  m->patterns.items = c_->array<Node*>(n);
  if (n && (!m->keys.items || !m->patterns.items)) return nullptr;
  m->keys.n = m->patterns.n = n;
  for (uint32_t i = 0; i < n; ++i) {
    m->keys.items[i] = both[2 * i];
    m->patterns.items[i] = both[2 * i + 1];
  }
  return m;
}

// class_pattern: name_or_attr '(' [','.pattern+ [','] ] [','.(NAME '=' pattern)+ [',']] ')'
Node* Parser::class_pattern(Node* cls) {
  auto* k = node<MatchClass>(NodeKind::kMatchClass, cls->pos, cls->line);
  if (!k || !enter(cls->pos) || !advance()) return nullptr;
  k->cls = cls;
  uint32_t items = mark();
  Vec<Value> attrs;
  bool keywords = false;
  while (tok_.kind != Tok::RPAR) {
    bool is_kw = tok_.kind == Tok::NAME && lookahead().kind == Tok::EQUAL;
    if (is_kw) {
      if (!keywords) {
        k->patterns = take(items);
        if (c_->failed()) return nullptr;
        items = mark();
        keywords = true;
      }
      Value attr = name_value(tok_);
      if (attr.is_null()) return nullptr;
      for (uint32_t i = 0; i < attrs.len; ++i) {
        if (attrs[i] == attr) {
          return error_at(tok_.pos, "attribute name repeated in class pattern: %s", qstr_view(attr)), nullptr;
        }
      }
      if (!c_->push(attrs, attr) || !advance() || !advance()) return nullptr;
    } else if (keywords) {
      return error_at(tok_.pos, "positional patterns follow keyword patterns"), nullptr;
    }
    Node* p = pattern();
    if (!p || !push(p)) return nullptr;
    if (tok_.kind == Tok::RPAR) break;
    if (!expect(Tok::COMMA)) return nullptr;
  }
  if (!advance()) return nullptr;
  leave();
  if (keywords) {
    k->kwd_patterns = take(items);
  } else {
    k->patterns = take(items);
  }
  k->kwd_attrs.items = attrs.data;
  k->kwd_attrs.n = attrs.len;
  return c_->failed() ? nullptr : k;
}

}  // namespace mote::compiler
