// parser_expr.cc — expressions (see parser.h).
//
// All operator levels (or, and, not, comparisons, the six binary levels,
// unary, power) are parsed by one precedence-climbing function, operand(),
// and the code that builds a node for an operator that is actually present
// lives in separate functions. So the C frames on the recursive path from a
// parenthesis to the next are few and small: paren_atom, named_expression,
// expression, operand, primary, atom (about 200 bytes on a Cortex-M0+).
// Every recursion that the input controls goes through enter()/leave().
//
// A chain of left-associative binary operators (`a + b + c ...`) is a
// left-deep tree; its depth counts only the right operands, because the
// later passes walk the left spine in a loop, so long concatenations are not
// limited by kMaxAstDepth.
#include "compiler/parser.h"

#include "vm/opcode.h"
#include "vm/qstr.h"

namespace mote::compiler {

// Tokens that can begin an expression (to tell `x,` from `x, y` and a bare
// `yield` from `yield v`).
bool starts_expression(Tok k) {
  switch (k) {
    case Tok::NAME: case Tok::NUMBER: case Tok::STRING: case Tok::LPAR: case Tok::LSQB:
    case Tok::LBRACE: case Tok::MINUS: case Tok::PLUS: case Tok::TILDE: case Tok::STAR:
    case Tok::KW_NOT: case Tok::KW_LAMBDA: case Tok::KW_AWAIT: case Tok::KW_NONE:
    case Tok::KW_TRUE: case Tok::KW_FALSE: case Tok::ELLIPSIS:
      return true;
    default:
      return false;
  }
}

// star_expressions: star_expression (',' star_expression)* [',']
Node* Parser::star_expressions() {
  uint32_t pos = tok_.pos, line = tok_.line;
  Node* first = star_expression();
  if (!first || tok_.kind != Tok::COMMA) return first;
  return tuple_rest(first, pos, line, false);
}

// The rest of a tuple after its first element, at a ','. Elements are
// star_named_expressions (in brackets) or star_expressions.
Node* Parser::tuple_rest(Node* first, uint32_t pos, uint32_t line, bool named) {
  auto* t = node<Sequence>(NodeKind::kTuple, pos, line);
  uint32_t elts = mark();
  if (!t || !push(first)) return nullptr;
  while (accept(Tok::COMMA)) {
    if (!starts_expression(tok_.kind)) break;
    Node* e = named ? star_named_expression() : star_expression();
    if (!e || !push(e)) return nullptr;
  }
  if (tok_.kind == Tok::ERROR) return nullptr;
  t->elts = take(elts);
  return deepen_all(t, t->elts) ? t : nullptr;
}

static Node* starred(Parser& p) {
  uint32_t pos = p.tok().pos, line = p.tok().line;
  if (!p.advance()) return nullptr;
  auto* s = p.node<Starred>(NodeKind::kStarred, pos, line);
  if (!s || !(s->value = p.bitwise_or())) return nullptr;
  return p.deepen(s, s->value) ? s : nullptr;
}

// star_expression: '*' bitwise_or | expression
Node* Parser::star_expression() {
  if (tok_.kind == Tok::STAR) return starred(*this);
  return expression();
}

// star_named_expression: '*' bitwise_or | named_expression
Node* Parser::star_named_expression() {
  if (tok_.kind == Tok::STAR) return starred(*this);
  return named_expression();
}

// named_expression: NAME ':=' expression | expression !':='
Node* Parser::named_expression() {
  Node* e = expression();
  if (!e || tok_.kind != Tok::WALRUS) return e;
  return walrus_rest(e);
}

// The ':=' part of a named_expression (kept out of the recursive path: the
// frames on the way down to an atom stay small).
Node* Parser::walrus_rest(Node* target) {
  if (target->kind != NodeKind::kName) {
    return error_at(target->pos, "cannot use assignment expressions with %s", expr_description(target)), nullptr;
  }
  auto* n = node<NamedExpr>(NodeKind::kNamedExpr, target->pos, target->line);
  if (!n || !advance()) return nullptr;
  target->op = uint8_t(ExprCtx::kStore);
  n->target = target;
  n->value = expression();
  return n->value && deepen(n, n->value) ? n : nullptr;
}

// expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef
Node* Parser::expression() {
  if (!enter(tok_.pos)) return nullptr;
  Node* result = tok_.kind == Tok::KW_LAMBDA ? lambda_def() : operand(kPrecOr);
  if (result && tok_.kind == Tok::KW_IF) result = if_exp_rest(result);
  leave();
  return result;
}

// The 'if' disjunction 'else' expression after a conditional's body.
Node* Parser::if_exp_rest(Node* body) {
  auto* n = node<IfExp>(NodeKind::kIfExp, body->pos, body->line);
  if (!n || !advance()) return nullptr;
  n->body = body;
  if (!(n->test = operand(kPrecOr))) return nullptr;
  if (tok_.kind != Tok::KW_ELSE) return error_at(body->pos, "expected 'else' after 'if' expression"), nullptr;
  if (!advance() || !(n->orelse = expression())) return nullptr;
  return deepen(n, n->body) && deepen(n, n->test) && deepen(n, n->orelse) ? n : nullptr;
}

Node* Parser::disjunction() { return operand(kPrecOr); }
Node* Parser::bitwise_or() { return operand(kPrecBitOr); }

// The binding power of the infix operator at the current token (0 if none)
// and, for binary operators, its BinaryOp.
static int infix_precedence(Parser& p, BinaryOp* op) {
  switch (p.tok().kind) {
    case Tok::KW_OR: return kPrecOr;
    case Tok::KW_AND: return kPrecAnd;
    case Tok::LESS: case Tok::LESSEQUAL: case Tok::EQEQUAL: case Tok::NOTEQUAL: case Tok::GREATER:
    case Tok::GREATEREQUAL: case Tok::KW_IN: case Tok::KW_IS:
      return kPrecCompare;
    case Tok::KW_NOT: return p.lookahead().kind == Tok::KW_IN ? kPrecCompare : 0;
    case Tok::VBAR: *op = BinaryOp::OR; return kPrecBitOr;
    case Tok::CIRCUMFLEX: *op = BinaryOp::XOR; return kPrecXor;
    case Tok::AMPER: *op = BinaryOp::AND; return kPrecBitAnd;
    case Tok::LSHIFT: *op = BinaryOp::LSHIFT; return kPrecShift;
    case Tok::RSHIFT: *op = BinaryOp::RSHIFT; return kPrecShift;
    case Tok::PLUS: *op = BinaryOp::ADD; return kPrecArith;
    case Tok::MINUS: *op = BinaryOp::SUB; return kPrecArith;
    case Tok::STAR: *op = BinaryOp::MUL; return kPrecTerm;
    case Tok::SLASH: *op = BinaryOp::TRUEDIV; return kPrecTerm;
    case Tok::DSLASH: *op = BinaryOp::FLOORDIV; return kPrecTerm;
    case Tok::PERCENT: *op = BinaryOp::MOD; return kPrecTerm;
    case Tok::AT: *op = BinaryOp::MATMUL; return kPrecTerm;
    case Tok::DSTAR: *op = BinaryOp::POW; return kPrecPower;
    default: return 0;
  }
}

// Every operator level of the grammar in one precedence-climbing function:
//   disjunction: conjunction ('or' conjunction)*
//   conjunction: inversion ('and' inversion)*
//   inversion: 'not' inversion | comparison
//   comparison: bitwise_or (compare_op bitwise_or)*
//   bitwise_or ... term: left-associative binary operators, six levels
//   factor: ('+' | '-' | '~') factor | power
//   power: await_primary ['**' factor]
// `min_prec` is the lowest operator this call may consume (kPrecOr for a
// disjunction, kPrecBitOr for a bitwise_or, kPrecUnary for a factor). One
// C frame per operand nesting instead of one per grammar level.
Node* Parser::operand(int min_prec) {
  Node* left;
  Tok t = tok_.kind;
  if (t == Tok::KW_NOT && min_prec <= kPrecNot) {
    left = prefix_operator(UnaryOp::NOT, kPrecNot);
  } else if ((t == Tok::MINUS || t == Tok::PLUS || t == Tok::TILDE) && min_prec <= kPrecUnary) {
    left = prefix_operator(t == Tok::MINUS ? UnaryOp::NEG : t == Tok::PLUS ? UnaryOp::POS : UnaryOp::INVERT, kPrecUnary);
  } else {
    left = await_primary();
  }
  BinaryOp op = BinaryOp::ADD;
  for (int prec; left && (prec = infix_precedence(*this, &op)) >= min_prec && prec > 0;) {
    if (prec == kPrecOr || prec == kPrecAnd) left = bool_chain(left, prec);
    else if (prec == kPrecCompare) left = compare_chain(left);
    else left = binary_rest(left, op, prec);
  }
  return left;
}

static bool is_number_const(const Node* n) {
  ConstKind k = ConstKind(n->op);
  return k == ConstKind::kInt || k == ConstKind::kFloat || k == ConstKind::kImag;
}

// not x / -x / +x / ~x; a minus on a number literal is folded into it.
Node* Parser::prefix_operator(UnaryOp op, int prec) {
  uint32_t pos = tok_.pos, line = tok_.line;
  if (!advance() || !enter(pos)) return nullptr;
  Node* operand_node = operand(prec);
  leave();
  if (!operand_node) return nullptr;
  if (op == UnaryOp::NEG && operand_node->kind == NodeKind::kConst && is_number_const(operand_node)) {
    auto* k = static_cast<Const*>(operand_node);
    k->negative = !k->negative;
    k->pos = pos;
    return k;
  }
  auto* n = node<UnaryOpNode>(NodeKind::kUnaryOp, pos, line);
  if (!n) return nullptr;
  n->op = uint8_t(op);
  n->operand = operand_node;
  return deepen(n, operand_node) ? n : nullptr;
}

// left OP right for the binary operators; `**` is right-associative and
// binds its right operand as a factor.
Node* Parser::binary_rest(Node* left, BinaryOp op, int prec) {
  auto* n = node<BinOp>(NodeKind::kBinOp, left->pos, left->line);
  if (!n || !advance()) return nullptr;
  n->op = uint8_t(op);
  n->left = left;
  bool power = op == BinaryOp::POW;
  if (power && !enter(n->pos)) return nullptr;
  n->right = operand(power ? kPrecUnary : prec + 1);
  if (power) leave();
  if (!n->right || !deepen(n, n->right)) return nullptr;
  if (power) return deepen(n, left) ? n : nullptr;
  if (left->depth > n->depth) n->depth = left->depth;  // the left spine is walked iteratively
  return n;
}

// a or b or c / a and b and c: one BoolOp with all the operands.
Node* Parser::bool_chain(Node* first, int prec) {
  Tok op_tok = tok_.kind;
  auto* n = node<BoolOp>(NodeKind::kBoolOp, first->pos, first->line);
  uint32_t values = mark();
  if (!n || !push(first)) return nullptr;
  n->op = uint8_t(prec == kPrecOr ? BoolOpKind::kOr : BoolOpKind::kAnd);
  while (accept(op_tok)) {
    Node* v = operand(prec + 1);
    if (!v || !push(v)) return nullptr;
  }
  if (tok_.kind == Tok::ERROR) return nullptr;
  n->values = take(values);
  return deepen_all(n, n->values) ? n : nullptr;
}

// compare_op: '==' | '!=' | '<=' | '<' | '>=' | '>' | 'not' 'in' | 'in' | 'is' 'not' | 'is'
static bool compare_op(Parser& p, CmpKind* out) {
  switch (p.tok().kind) {
    case Tok::LESS: *out = CmpKind::kLt; break;
    case Tok::LESSEQUAL: *out = CmpKind::kLe; break;
    case Tok::EQEQUAL: *out = CmpKind::kEq; break;
    case Tok::NOTEQUAL: *out = CmpKind::kNe; break;
    case Tok::GREATER: *out = CmpKind::kGt; break;
    case Tok::GREATEREQUAL: *out = CmpKind::kGe; break;
    case Tok::KW_IN: *out = CmpKind::kIn; break;
    case Tok::KW_IS:
      *out = CmpKind::kIs;
      if (p.lookahead().kind == Tok::KW_NOT) {
        *out = CmpKind::kIsNot;
        p.advance();
      }
      break;
    case Tok::KW_NOT:
      if (p.lookahead().kind != Tok::KW_IN) return false;
      *out = CmpKind::kNotIn;
      p.advance();
      break;
    default:
      return false;
  }
  return true;
}

// a < b <= c: one Compare with all the operators.
Node* Parser::compare_chain(Node* left) {
  auto* n = node<Compare>(NodeKind::kCompare, left->pos, left->line);
  uint32_t comparators = mark();
  Vec<uint8_t> ops;
  if (!n) return nullptr;
  n->left = left;
  CmpKind op;
  while (compare_op(*this, &op)) {
    if (!c_->push(ops, uint8_t(op)) || !advance()) return nullptr;
    Node* right = operand(kPrecBitOr);
    if (!right || !push(right)) return nullptr;
  }
  if (tok_.kind == Tok::ERROR) return nullptr;
  n->ops = ops.data;
  n->comparators = take(comparators);
  return deepen(n, left) && deepen_all(n, n->comparators) ? n : nullptr;
}

// await_primary: 'await' primary | primary
Node* Parser::await_primary() {
  if (tok_.kind != Tok::KW_AWAIT) return primary();
  auto* a = node_here<YieldNode>(NodeKind::kAwait);
  if (!a || !advance() || !(a->value = primary()) || !deepen(a, a->value)) return nullptr;
  return a;
}

// primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')'
//        | primary '[' slices ']' | atom
Node* Parser::primary() {
  Node* e = atom();
  while (e) {
    if (tok_.kind == Tok::DOT) {
      if (!advance()) return nullptr;
      if (tok_.kind != Tok::NAME) return syntax_error(), nullptr;
      auto* a = node<Attribute>(NodeKind::kAttribute, e->pos, e->line);
      if (!a) return nullptr;
      a->value = e;
      a->attr = name_value(tok_);
      if (a->attr.is_null() || !advance() || !deepen(a, e)) return nullptr;
      e = a;
    } else if (tok_.kind == Tok::LPAR) {
      e = call_trailer(e);
    } else if (tok_.kind == Tok::LSQB) {
      e = subscript_trailer(e);
    } else {
      break;
    }
  }
  return e;
}

static bool is_identifier_char(char ch) {
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_' ||
         uint8_t(ch) >= 0x80;
}

static bool repeated_keyword(const Vec<Keyword>& kws, Value name) {
  for (uint32_t i = 0; i < kws.len; ++i) {
    if (kws[i].arg == name) return true;
  }
  return false;
}

// NAME '=' expression, after the NAME was parsed as expression `e`.
bool Parser::keyword_argument(Node* e, Vec<Keyword>* kws, uint32_t arg_pos) {
  if (e->kind != NodeKind::kName) {
    return error_at(e->pos, "expression cannot contain assignment, perhaps you meant \"==\"?");
  }
  // A keyword argument's name is never mangled: take it from the source.
  Token name_tok = tok_;
  name_tok.pos = e->pos;
  name_tok.len = 0;
  while (name_tok.pos + name_tok.len < c_->src.size() && is_identifier_char(c_->src[name_tok.pos + name_tok.len])) {
    ++name_tok.len;
  }
  Keyword kw{intern(*c_, text(name_tok)), nullptr, arg_pos};
  if (kw.arg.is_null()) return false;
  if (repeated_keyword(*kws, kw.arg)) return error_at(arg_pos, "keyword argument repeated: %s", qstr_view(kw.arg));
  return advance() && (kw.value = expression()) && c_->push(*kws, kw);
}

// One argument of a call: positional ones go on the scratch list that
// started at `args`, keyword ones into `kws`. `seen` tracks kKeywordSeen and
// kDoubleStarSeen for the ordering errors.
bool Parser::call_argument(uint32_t args, Vec<Keyword>* kws, uint8_t* seen) {
  enum : uint8_t { kKeywordSeen = 1, kDoubleStarSeen = 2 };
  uint32_t arg_pos = tok_.pos, arg_line = tok_.line;
  if (tok_.kind == Tok::STAR) {
    if (*seen & kDoubleStarSeen) return error_at(arg_pos, "iterable argument unpacking follows keyword argument unpacking");
    Node* s = starred(*this);
    return s && push(s);
  }
  if (tok_.kind == Tok::DSTAR) {
    Keyword kw{Value::null(), nullptr, arg_pos};
    *seen |= kDoubleStarSeen;
    return advance() && (kw.value = expression()) && c_->push(*kws, kw);
  }
  Node* e = named_expression();
  if (!e) return false;
  if (tok_.kind == Tok::EQUAL) {
    *seen |= kKeywordSeen;
    return keyword_argument(e, kws, arg_pos);
  }
  if (at_comp_for()) {
    e = comprehension(NodeKind::kGenExp, e, nullptr, arg_pos, arg_line);
    if (!e) return false;
    bool alone = !count(args) && !kws->len &&
                 (tok_.kind == Tok::RPAR || (tok_.kind == Tok::COMMA && lookahead().kind == Tok::RPAR));
    return alone ? push(e) : error_at(e->pos, "Generator expression must be parenthesized");
  }
  if (*seen & kDoubleStarSeen) return error_at(e->pos, "positional argument follows keyword argument unpacking");
  if (*seen & kKeywordSeen) return error_at(e->pos, "positional argument follows keyword argument");
  return push(e);
}

// '(' arguments ')' after `func` (nullptr for a class statement's bases).
// arguments: ','.(starred_expression | named_expression !'=' | NAME '=' expression
//            | '**' expression)+ [','] | genexp
Node* Parser::call_trailer(Node* func) {
  uint32_t pos = func ? func->pos : tok_.pos, line = func ? func->line : tok_.line;
  auto* call = node<Call>(NodeKind::kCall, pos, line);
  if (!call || !enter(tok_.pos) || !advance()) return nullptr;
  call->func = func;
  uint32_t args = mark();
  Vec<Keyword> kws;
  uint8_t seen = 0;
  while (tok_.kind != Tok::RPAR) {
    if (!call_argument(args, &kws, &seen)) return nullptr;
    if (!accept(Tok::COMMA)) break;
  }
  if (!expect(Tok::RPAR)) return nullptr;
  leave();
  call->args = take(args);
  call->keywords.items = kws.data;
  call->keywords.n = kws.len;
  if (!deepen(call, func) || !deepen_all(call, call->args)) return nullptr;
  for (const Keyword& kw : call->keywords) {
    if (!deepen(call, kw.value)) return nullptr;
  }
  return call;
}

// slice: [expression] ':' [expression] [':' [expression]] | named_expression
Node* Parser::slice() {
  uint32_t pos = tok_.pos, line = tok_.line;
  if (tok_.kind == Tok::STAR) return starred(*this);
  Node* lower = nullptr;
  if (tok_.kind != Tok::COLON) {
    lower = named_expression();
    if (!lower || tok_.kind != Tok::COLON) return lower;
  }
  auto* s = node<Slice>(NodeKind::kSlice, pos, line);
  if (!s || !advance()) return nullptr;
  s->lower = lower;
  auto bound_follows = [&] {
    return tok_.kind != Tok::COLON && tok_.kind != Tok::COMMA && tok_.kind != Tok::RSQB;
  };
  if (bound_follows() && !(s->upper = expression())) return nullptr;
  if (accept(Tok::COLON) && bound_follows() && !(s->step = expression())) return nullptr;
  return deepen(s, s->lower) && deepen(s, s->upper) && deepen(s, s->step) ? s : nullptr;
}

// '[' slices ']' after `value`
// slices: slice !',' | ','.(slice | starred_expression)+ [',']
Node* Parser::subscript_trailer(Node* value) {
  auto* n = node<Subscript>(NodeKind::kSubscript, value->pos, value->line);
  if (!n || !enter(tok_.pos) || !advance()) return nullptr;
  n->value = value;
  uint32_t pos = tok_.pos, line = tok_.line;
  Node* first = slice();
  if (!first) return nullptr;
  if (tok_.kind == Tok::COMMA) {
    auto* t = node<Sequence>(NodeKind::kTuple, pos, line);
    uint32_t elts = mark();
    if (!t || !push(first)) return nullptr;
    while (accept(Tok::COMMA) && tok_.kind != Tok::RSQB) {
      Node* e = slice();
      if (!e || !push(e)) return nullptr;
    }
    t->elts = take(elts);
    if (!deepen_all(t, t->elts)) return nullptr;
    first = t;
  } else if (first->kind == NodeKind::kStarred) {
    // a[*b] is a[(*b,)]
    auto* t = node<Sequence>(NodeKind::kTuple, pos, line);
    Node** one = c_->array<Node*>(1);
    if (!t || !one) return nullptr;
    one[0] = first;
    t->elts.items = one;
    t->elts.n = 1;
    if (!deepen(t, first)) return nullptr;
    first = t;
  }
  if (!expect(Tok::RSQB)) return nullptr;
  leave();
  n->slice = first;
  return deepen(n, value) && deepen(n, first) ? n : nullptr;
}

// atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER | (tuple | group | genexp)
//     | (list | listcomp) | (dict | set | dictcomp | setcomp) | '...'
Node* Parser::atom() {
  switch (tok_.kind) {
    case Tok::NAME: {
      auto* n = node_here<Name>(NodeKind::kName);
      if (!n || (n->id = name_value(tok_)).is_null()) return nullptr;
      return advance() ? n : nullptr;
    }
    case Tok::NUMBER: return number();
    case Tok::STRING: return strings();
    case Tok::KW_NONE: case Tok::KW_TRUE: case Tok::KW_FALSE: case Tok::ELLIPSIS: {
      auto* n = node_here<Const>(NodeKind::kConst);
      if (!n) return nullptr;
      n->op = uint8_t(tok_.kind == Tok::KW_NONE ? ConstKind::kNone
                      : tok_.kind == Tok::KW_TRUE ? ConstKind::kTrue
                      : tok_.kind == Tok::KW_FALSE ? ConstKind::kFalse : ConstKind::kEllipsis);
      return advance() ? n : nullptr;
    }
    case Tok::LPAR: return paren_atom();
    case Tok::LSQB: return list_atom();
    case Tok::LBRACE: return brace_atom();
    default:
      return syntax_error(), nullptr;
  }
}

// tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
// group: '(' (yield_expr | named_expression) ')'
// genexp: '(' named_expression for_if_clauses ')'
Node* Parser::paren_atom() {
  uint32_t pos = tok_.pos, line = tok_.line;
  if (!enter(pos) || !advance()) return nullptr;
  Node* result;
  if (tok_.kind == Tok::RPAR) {
    result = node<Sequence>(NodeKind::kTuple, pos, line);
  } else if (tok_.kind == Tok::KW_YIELD) {
    result = yield_expr();
  } else {
    Node* first = star_named_expression();
    if (!first) return nullptr;
    if (at_comp_for()) {
      result = comprehension(NodeKind::kGenExp, first, nullptr, pos, line);
    } else if (tok_.kind == Tok::COMMA) {
      result = tuple_rest(first, pos, line, true);
    } else {
      if (first->kind == NodeKind::kStarred && tok_.kind == Tok::RPAR) {
        return error_at(first->pos, "cannot use starred expression here"), nullptr;
      }
      result = first;
    }
  }
  if (!result || !expect(Tok::RPAR)) return nullptr;
  leave();
  return result;
}

// list: '[' [star_named_expressions] ']'     listcomp: '[' named_expression for_if_clauses ']'
Node* Parser::list_atom() {
  uint32_t pos = tok_.pos, line = tok_.line;
  if (!enter(pos) || !advance()) return nullptr;
  auto* list = node<Sequence>(NodeKind::kList, pos, line);
  if (!list) return nullptr;
  Node* result = list;
  if (tok_.kind != Tok::RSQB) {
    Node* first = star_named_expression();
    if (!first) return nullptr;
    if (at_comp_for()) {
      result = comprehension(NodeKind::kListComp, first, nullptr, pos, line);
      if (!result) return nullptr;
    } else {
      uint32_t elts = mark();
      if (!push(first)) return nullptr;
      while (accept(Tok::COMMA) && tok_.kind != Tok::RSQB) {
        Node* e = star_named_expression();
        if (!e || !push(e)) return nullptr;
      }
      list->elts = take(elts);
      if (!deepen_all(list, list->elts)) return nullptr;
    }
  }
  if (!expect(Tok::RSQB)) return nullptr;
  leave();
  return result;
}

// dict: '{' [double_starred_kvpairs] '}'    set: '{' star_named_expressions '}'
// dictcomp: '{' kvpair for_if_clauses '}'   setcomp: '{' named_expression for_if_clauses '}'
Node* Parser::brace_atom() {
  uint32_t pos = tok_.pos, line = tok_.line;
  if (!enter(pos) || !advance()) return nullptr;
  Node* result;
  if (tok_.kind == Tok::RBRACE) {
    result = node<Dict>(NodeKind::kDict, pos, line);
  } else if (tok_.kind == Tok::DSTAR) {
    Node* v;
    if (!advance() || !(v = bitwise_or())) return nullptr;
    result = dict_rest(nullptr, v, pos, line);
  } else {
    Node* first = star_named_expression();
    if (!first) return nullptr;
    if (tok_.kind == Tok::COLON && first->kind != NodeKind::kStarred) {
      Node* value;
      if (!advance() || !(value = expression())) return nullptr;
      result = at_comp_for() ? comprehension(NodeKind::kDictComp, first, value, pos, line)
                                        : dict_rest(first, value, pos, line);
    } else if (at_comp_for()) {
      result = comprehension(NodeKind::kSetComp, first, nullptr, pos, line);
    } else {
      auto* set = node<Sequence>(NodeKind::kSet, pos, line);
      uint32_t elts = mark();
      if (!set || !push(first)) return nullptr;
      while (accept(Tok::COMMA) && tok_.kind != Tok::RBRACE) {
        Node* e = star_named_expression();
        if (!e || !push(e)) return nullptr;
      }
      set->elts = take(elts);
      result = deepen_all(set, set->elts) ? set : nullptr;
    }
  }
  if (!result || !expect(Tok::RBRACE)) return nullptr;
  leave();
  return result;
}

// double_starred_kvpairs: ','.('**' bitwise_or | expression ':' expression)+ [',']
Node* Parser::dict_rest(Node* first_key, Node* first_value, uint32_t pos, uint32_t line) {
  auto* d = node<Dict>(NodeKind::kDict, pos, line);
  uint32_t pairs = mark();  // key, value, key, value... (a null key for **mapping)
  if (!d || !push(first_key) || !push(first_value)) return nullptr;
  while (accept(Tok::COMMA) && tok_.kind != Tok::RBRACE) {
    Node* k = nullptr;
    Node* v;
    if (accept(Tok::DSTAR)) {
      if (!(v = bitwise_or())) return nullptr;
    } else {
      if (!(k = expression()) || !expect(Tok::COLON) || !(v = expression())) return nullptr;
    }
    if (!push(k) || !push(v)) return nullptr;
  }
  if (tok_.kind == Tok::ERROR) return nullptr;
  uint32_t n = count(pairs) / 2;
  d->keys.items = c_->array<Node*>(n);
  d->values.items = c_->array<Node*>(n);
  if (!d->keys.items || !d->values.items) return nullptr;
  d->keys.n = d->values.n = n;
  for (uint32_t i = 0; i < n; ++i) {
    d->keys.items[i] = scratch_[pairs + 2 * i];
    d->values.items[i] = scratch_[pairs + 2 * i + 1];
  }
  scratch_.len = pairs;
  return deepen_all(d, d->keys) && deepen_all(d, d->values) ? d : nullptr;
}

// star_targets of a for clause or statement: ','.(['*'] bitwise_or)+ [',']
Node* Parser::target_list() {
  uint32_t pos = tok_.pos, line = tok_.line;
  uint32_t items = mark();
  bool tuple = false;
  for (;;) {
    Node* t = tok_.kind == Tok::STAR ? starred(*this) : bitwise_or();
    if (!t || !push(t)) return nullptr;
    if (tok_.kind != Tok::COMMA) break;
    tuple = true;
    if (!advance()) return nullptr;
    if (!starts_expression(tok_.kind)) break;
  }
  if (!tuple) {
    Node* only = scratch_[items];
    scratch_.len = items;
    return only;
  }
  auto* seq = node<Sequence>(NodeKind::kTuple, pos, line);
  if (!seq) return nullptr;
  seq->elts = take(items);
  return deepen_all(seq, seq->elts) ? seq : nullptr;
}

// True at the start of for_if_clauses: 'for' or 'async' 'for'.
bool Parser::at_comp_for() {
  return tok_.kind == Tok::KW_FOR || (tok_.kind == Tok::KW_ASYNC && lookahead().kind == Tok::KW_FOR);
}

// for_if_clauses: (['async'] 'for' star_targets 'in' disjunction ('if' disjunction)*)+
bool Parser::comp_for(Vec<Comprehension>* gens) {
  while (at_comp_for()) {
    Comprehension g{};
    if (tok_.kind == Tok::KW_ASYNC) {
      g.is_async = true;
      if (!advance()) return false;
    }
    if (!advance()) return false;
    g.target = target_list();
    if (!g.target || !set_context(g.target, ExprCtx::kStore, false)) return false;
    if (!expect(Tok::KW_IN) || !(g.iter = disjunction())) return false;
    uint32_t ifs = mark();
    while (accept(Tok::KW_IF)) {
      Node* cond = disjunction();
      if (!cond || !push(cond)) return false;
    }
    g.ifs = take(ifs);
    if (!c_->push(*gens, g)) return false;
  }
  return tok_.kind != Tok::ERROR;
}

Node* Parser::comprehension(NodeKind kind, Node* elt, Node* value, uint32_t pos, uint32_t line) {
  if (elt->kind == NodeKind::kStarred) {
    return error_at(elt->pos, kind == NodeKind::kDictComp ? "dict unpacking cannot be used in dict comprehension"
                                                          : "iterable unpacking cannot be used in comprehension"), nullptr;
  }
  auto* n = node<Comp>(kind, pos, line);
  Vec<Comprehension> gens;
  if (!n || !comp_for(&gens)) return nullptr;
  n->elt = elt;
  n->value = value;
  n->generators.items = gens.data;
  n->generators.n = gens.len;
  if (!deepen(n, elt) || !deepen(n, value)) return nullptr;
  for (const Comprehension& g : n->generators) {
    if (!deepen(n, g.target) || !deepen(n, g.iter) || !deepen_all(n, g.ifs)) return nullptr;
  }
  return n;
}

// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
Node* Parser::yield_expr() {
  uint32_t pos = tok_.pos, line = tok_.line;
  if (!advance()) return nullptr;
  if (accept(Tok::KW_FROM)) {
    auto* n = node<YieldNode>(NodeKind::kYieldFrom, pos, line);
    if (!n || !(n->value = expression())) return nullptr;
    return deepen(n, n->value) ? n : nullptr;
  }
  auto* n = node<YieldNode>(NodeKind::kYield, pos, line);
  if (!n) return nullptr;
  if (starts_expression(tok_.kind) && !(n->value = star_expressions())) return nullptr;
  return deepen(n, n->value) ? n : nullptr;
}

// lambdef: 'lambda' [lambda_params] ':' expression
Node* Parser::lambda_def() {
  auto* n = node_here<Lambda>(NodeKind::kLambda);
  if (!n || !advance()) return nullptr;
  n->args = parameters(Tok::COLON, false);
  if (!n->args || !expect(Tok::COLON) || !(n->body = expression())) return nullptr;
  if (!deepen(n, n->body) || !deepen_all(n, n->args->defaults) || !deepen_all(n, n->args->kw_defaults)) return nullptr;
  return n;
}

// param: NAME [':' expression]
bool Parser::parameter(Arg* out, bool annotations) {
  if (tok_.kind != Tok::NAME) return syntax_error();
  out->pos = tok_.pos;
  out->name = name_value(tok_);
  if (out->name.is_null() || !advance()) return false;
  if (annotations && accept(Tok::COLON)) {
    out->annotation = expression();
    if (!out->annotation) return false;
  }
  return true;
}

static bool duplicate_params(Parser& p, Arguments* a) {
  Arg* all[2] = {a->vararg, a->kwarg};
  auto check = [&](const Arg& arg, const Arg* upto) {
    for (const Arg& x : a->args) {
      if (&x == upto) return true;
      if (x.name == arg.name) return false;
    }
    for (const Arg& x : a->kwonly) {
      if (&x == upto) return true;
      if (x.name == arg.name) return false;
    }
    return true;
  };
  for (const Arg& x : a->args) {
    if (!check(x, &x)) return p.error_at(x.pos, "duplicate argument '%s' in function definition", qstr_view(x.name));
  }
  for (const Arg& x : a->kwonly) {
    if (!check(x, &x)) return p.error_at(x.pos, "duplicate argument '%s' in function definition", qstr_view(x.name));
  }
  for (Arg* s : all) {
    if (s && !check(*s, nullptr)) return p.error_at(s->pos, "duplicate argument '%s' in function definition", qstr_view(s->name));
  }
  if (a->vararg && a->kwarg && a->vararg->name == a->kwarg->name) {
    return p.error_at(a->kwarg->pos, "duplicate argument '%s' in function definition", qstr_view(a->kwarg->name));
  }
  return true;
}

// parameters: the parameter list of a def (up to ')') or a lambda (up to ':')
//   [param_no_default|param_with_default ... '/' ','] [param ...] ['*' [param] (',' param ['=' expression])*]
//   ['**' param]
Arguments* Parser::parameters(Tok close, bool annotations) {
  auto* a = c_->make<Arguments>();
  if (!a) return nullptr;
  Vec<Arg> args, kwonly;
  Vec<Node*> defaults, kw_defaults;
  bool seen_slash = false, seen_star = false;
  uint32_t star_pos = 0;
  while (tok_.kind != close) {
    if (tok_.kind == Tok::SLASH) {
      if (seen_star) return error_at(tok_.pos, "/ must be ahead of *"), nullptr;
      if (seen_slash) return error_at(tok_.pos, "/ may appear only once"), nullptr;
      if (!args.len) return error_at(tok_.pos, "at least one argument must precede /"), nullptr;
      seen_slash = true;
      a->n_posonly = args.len;
      if (!advance()) return nullptr;
    } else if (tok_.kind == Tok::STAR) {
      if (seen_star) return error_at(tok_.pos, "* argument may appear only once"), nullptr;
      seen_star = true;
      star_pos = tok_.pos;
      if (!advance()) return nullptr;
      if (tok_.kind == Tok::NAME) {
        a->vararg = c_->make<Arg>();
        if (!a->vararg || !parameter(a->vararg, annotations)) return nullptr;
      } else if (tok_.kind != Tok::COMMA || lookahead().kind == Tok::DSTAR) {
        return error_at(star_pos, "named arguments must follow bare *"), nullptr;
      }
    } else if (tok_.kind == Tok::DSTAR) {
      if (!advance()) return nullptr;
      a->kwarg = c_->make<Arg>();
      if (!a->kwarg || !parameter(a->kwarg, annotations)) return nullptr;
      accept(Tok::COMMA);
      if (tok_.kind != close) return error_at(tok_.pos, "arguments cannot follow var-keyword argument"), nullptr;
      break;
    } else {
      Arg arg{};
      if (!parameter(&arg, annotations)) return nullptr;
      Node* def = nullptr;
      if (accept(Tok::EQUAL) && !(def = expression())) return nullptr;
      if (seen_star) {
        if (!c_->push(kwonly, arg) || !c_->push(kw_defaults, def)) return nullptr;
      } else {
        if (!def && defaults.len) return error_at(arg.pos, "non-default argument follows default argument"), nullptr;
        if (!c_->push(args, arg) || (def && !c_->push(defaults, def))) return nullptr;
      }
    }
    if (!accept(Tok::COMMA)) break;
  }
  if (tok_.kind == Tok::ERROR) return nullptr;
  if (seen_star && !a->vararg && !kwonly.len) return error_at(star_pos, "named arguments must follow bare *"), nullptr;
  a->args.items = args.data;
  a->args.n = args.len;
  a->kwonly.items = kwonly.data;
  a->kwonly.n = kwonly.len;
  a->defaults = finish(defaults);
  a->kw_defaults = finish(kw_defaults);
  return duplicate_params(*this, a) ? a : nullptr;
}

}  // namespace mote::compiler
