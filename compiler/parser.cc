// parser.cc — statements (see parser.h); expressions are in parser_expr.cc,
// literals in parser_literal.cc.
//
// Each function parses one grammar rule, starting at the current token and
// leaving the parser on the first token after the rule. On a syntax error it
// records the error in the context and returns nullptr/false; callers just
// propagate the failure. The checks CPython makes in its compiler rather
// than its grammar ('return' outside function, nonlocal bindings...) are
// made by the scope pass and the code generator, which see the whole tree.
#include "compiler/parser.h"

#include <cstring>

#include "vm/qstr.h"
#include "vm/vm.h"

namespace mote::compiler {

// --- stack guard ------------------------------------------------------------------

static uintptr_t g_stack_base;    // frame address of the compiler's entry
static size_t g_stack_budget;     // bytes below g_stack_base the compiler may use

void stack_guard_init(Ctx& c) {
  g_stack_base = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));  // see Vm::check_c_stack
  size_t usable = size_t(c.vm->c_stack_base_ - c.vm->c_stack_limit_);
  g_stack_budget = usable != 0 && usable / 4 < kStackBudget ? usable / 4 : kStackBudget;
}

bool stack_guard_ok(Ctx& c, uint32_t pos) {
  uintptr_t now = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  // (A difference, not now + budget: a 32-bit stack can sit just below 4 GiB.)
  if (g_stack_base != 0 && now < g_stack_base && g_stack_base - now > g_stack_budget) {
    return c.error(pos, "expression too complex");
  }
  // The VM's own limit, for a compile() called deep inside running code.
  return c.vm->check_c_stack() || c.oom();
}

// --- tokens ---------------------------------------------------------------------------

bool Parser::init(Ctx* c, Lexer* lexer) {
  c_ = c;
  lex_ = lexer;
  lex_->init(c);
  return advance();
}

bool Parser::advance() {
  if (has_ahead_) {
    tok_ = ahead_;
    has_ahead_ = false;
  } else {
    tok_ = lex_->next();
  }
  return tok_.kind != Tok::ERROR;
}

const Token& Parser::lookahead() {
  if (!has_ahead_) {
    ahead_ = lex_->next();
    has_ahead_ = true;
  }
  return ahead_;
}

bool Parser::accept(Tok k) {
  if (tok_.kind != k) return false;
  advance();
  return true;
}

// The generic error for an unexpected token, with CPython's special cases.
bool Parser::syntax_error() {
  if (tok_.kind == Tok::ERROR) return false;  // the lexer has recorded it
  if (tok_.kind == Tok::INDENT) return c_->indent_error(tok_.pos, "unexpected indent");
  if (tok_.kind == Tok::DEDENT) return c_->indent_error(tok_.pos, "unindent does not match any outer indentation level");
  if (tok_.kind == Tok::END || (tok_.kind == Tok::NEWLINE && tok_.pos >= c_->src.size())) {
    return c_->error(uint32_t(c_->src.size()), "invalid syntax");
  }
  return c_->error(tok_.pos, "invalid syntax");
}

bool Parser::expect(Tok k) {
  if (tok_.kind == k) return advance();
  if (tok_.kind == Tok::ERROR) return false;
  if (k == Tok::COLON && tok_.kind == Tok::NEWLINE) return c_->error(tok_.pos, "expected ':'");
  return syntax_error();
}

bool Parser::error_at(uint32_t pos, const char* msg, std::string_view arg) {
  return c_->error(pos, msg, arg);
}

// Names in a class body (and in the functions inside it) that start with
// two underscores and do not end with two are private: `__x` in class C is
// `_C__x`, as CPython mangles them.
Value Parser::name_value(const Token& t) {
  std::string_view name = text(t);
  if (private_.is_null() || name.size() < 3 || name.substr(0, 2) != "__" || name.substr(name.size() - 2) == "__") {
    return intern(*c_, name);
  }
  std::string_view cls = qstr_view(private_);
  while (!cls.empty() && cls[0] == '_') cls.remove_prefix(1);
  if (cls.empty()) return intern(*c_, name);
  char* buf = c_->array<char>(1 + cls.size() + name.size());
  if (!buf) return Value::null();
  buf[0] = '_';
  memcpy(buf + 1, cls.data(), cls.size());
  memcpy(buf + 1 + cls.size(), name.data(), name.size());
  return intern(*c_, {buf, 1 + cls.size() + name.size()});
}

// --- nodes -------------------------------------------------------------------------------

// Only expression depth is limited here: statement nesting is bounded by
// the indentation stack and the frame-block limit, and every recursive pass
// checks the C stack budget as well.
Node* Parser::new_node(size_t bytes, NodeKind kind, uint32_t pos, uint32_t line) {
  auto* n = static_cast<Node*>(c_->arena.alloc(bytes));  // arena memory is zeroed
  if (!n) return c_->oom(), nullptr;
  n->kind = kind;
  n->pos = pos;
  n->line = line;
  n->depth = 1;
  return n;
}

bool Parser::deepen(Node* n, const Node* child) {
  if (!is_expr(n)) return true;
  if (child && child->depth + 1 > n->depth) n->depth = uint16_t(child->depth + 1);
  return n->depth <= kMaxAstDepth || c_->error(n->pos, "expression too complex");
}

bool Parser::deepen_all(Node* n, Nodes children) {
  for (Node* child : children) {
    if (child && !deepen(n, child)) return false;
  }
  return true;
}

Nodes Parser::take(uint32_t m) {
  Nodes out;
  out.n = scratch_.len - m;
  if (out.n) {
    out.items = c_->array<Node*>(out.n);
    if (out.items) memcpy(static_cast<void*>(out.items), scratch_.data + m, out.n * sizeof(Node*));
  }
  scratch_.len = m;
  return out;
}

Nodes Parser::finish(Vec<Node*>& v) {
  Nodes out;
  out.items = v.data;
  out.n = v.len;
  return out;
}

bool Parser::enter(uint32_t pos) {
  if (++nest_ > kMaxParseNesting) {
    return c_->error(pos, tok_.kind == Tok::LPAR || tok_.kind == Tok::LSQB || tok_.kind == Tok::LBRACE
                              ? "too many nested parentheses"
                              : "expression too complex");
  }
  return stack_guard_ok(*c_, pos);
}

// --- statements ----------------------------------------------------------------------------

// file: [statements] ENDMARKER   (handed out one statement at a time)
Node* Parser::next_statement(bool* done) {
  *done = false;
  scratch_.len = 0;  // left over from a failed statement
  while (tok_.kind == Tok::NEWLINE) {
    if (!advance()) return nullptr;
  }
  if (tok_.kind == Tok::END) {
    *done = true;
    return nullptr;
  }
  Node* s = statement();
  return c_->failed() ? nullptr : s;
}

// eval: expressions NEWLINE* ENDMARKER
Node* Parser::eval_input() {
  while (tok_.kind == Tok::NEWLINE || tok_.kind == Tok::INDENT) {
    if (!advance()) return nullptr;
  }
  Node* e = star_expressions();
  if (!e) return nullptr;
  while (tok_.kind == Tok::NEWLINE || tok_.kind == Tok::DEDENT) {
    if (!advance()) return nullptr;
  }
  if (tok_.kind != Tok::END) return syntax_error(), nullptr;
  return e;
}

static bool starts_compound(Tok k) {
  switch (k) {
    case Tok::KW_IF: case Tok::KW_WHILE: case Tok::KW_FOR: case Tok::KW_TRY: case Tok::KW_WITH:
    case Tok::KW_DEF: case Tok::KW_CLASS: case Tok::KW_ASYNC: case Tok::AT:
      return true;
    default:
      return false;
  }
}

// statement: compound_stmt | simple_stmts
// simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE   (one simple_stmt per call)
Node* Parser::statement() {
  if (!stack_guard_ok(*c_, tok_.pos)) return nullptr;
  if (starts_compound(tok_.kind)) return compound_stmt();
  if (tok_.kind == Tok::NAME && text(tok_) == "match") {
    Node* m = maybe_match_stmt();
    if (m || c_->failed()) return m;
  }
  Node* s = simple_stmt();
  if (!s) return nullptr;
  if (accept(Tok::SEMI)) {
    if (tok_.kind == Tok::NEWLINE && !advance()) return nullptr;
    return s;
  }
  if (tok_.kind != Tok::NEWLINE) return syntax_error(), nullptr;
  return advance() ? s : nullptr;
}

// compound_stmt: function_def | if_stmt | class_def | with_stmt | for_stmt | try_stmt | while_stmt
Node* Parser::compound_stmt() {
  uint32_t pos = tok_.pos, line = tok_.line;
  switch (tok_.kind) {
    case Tok::KW_IF: return if_stmt();
    case Tok::KW_WHILE: return while_stmt();
    case Tok::KW_FOR: return advance() ? for_stmt(pos, line, false) : nullptr;
    case Tok::KW_TRY: return try_stmt();
    case Tok::KW_WITH: return advance() ? with_stmt(pos, line, false) : nullptr;
    case Tok::KW_DEF: return function_def({}, pos, false);
    case Tok::KW_CLASS: return class_def({}, pos);
    case Tok::AT: return decorated();
    case Tok::KW_ASYNC: {
      if (!advance()) return nullptr;
      if (tok_.kind == Tok::KW_DEF) return function_def({}, pos, true);
      if (accept(Tok::KW_FOR)) return for_stmt(pos, line, true);
      if (accept(Tok::KW_WITH)) return with_stmt(pos, line, true);
      return syntax_error(), nullptr;
    }
    default:
      return syntax_error(), nullptr;
  }
}

// simple_stmt: assignment | star_expressions | return_stmt | import_stmt | raise_stmt | 'pass'
//   | del_stmt | yield_stmt | assert_stmt | 'break' | 'continue' | global_stmt | nonlocal_stmt
Node* Parser::simple_stmt() {
  Node* n;
  switch (tok_.kind) {
    case Tok::KW_PASS: case Tok::KW_BREAK: case Tok::KW_CONTINUE: {
      NodeKind kind = tok_.kind == Tok::KW_PASS ? NodeKind::kPass
                      : tok_.kind == Tok::KW_BREAK ? NodeKind::kBreak : NodeKind::kContinue;
      n = node_here<Node>(kind);
      return n && advance() ? n : nullptr;
    }
    case Tok::KW_RETURN: return return_stmt();
    case Tok::KW_IMPORT: return import_stmt();
    case Tok::KW_FROM: return from_import_stmt();
    case Tok::KW_RAISE: return raise_stmt();
    case Tok::KW_DEL: return del_stmt();
    case Tok::KW_ASSERT: return assert_stmt();
    case Tok::KW_GLOBAL: return global_stmt(false);
    case Tok::KW_NONLOCAL: return global_stmt(true);
    case Tok::INDENT: return c_->indent_error(tok_.pos, "unexpected indent"), nullptr;
    default: return expression_stmt();
  }
}

// block: NEWLINE INDENT statements DEDENT | simple_stmts
bool Parser::block(Nodes* out, const char* what, uint32_t header_line) {
  if (!expect(Tok::COLON)) return false;
  uint32_t body = mark();
  if (tok_.kind != Tok::NEWLINE) {
    // simple_stmts on the header's line
    for (;;) {
      Node* s = simple_stmt();
      if (!s || !push(s)) return false;
      if (accept(Tok::SEMI)) {
        if (tok_.kind == Tok::NEWLINE) break;
        continue;
      }
      if (tok_.kind != Tok::NEWLINE) return syntax_error();
      break;
    }
    *out = take(body);
    return !c_->failed() && advance();
  }
  if (!advance()) return false;
  if (tok_.kind != Tok::INDENT) {
    if (tok_.kind == Tok::ERROR) return false;
    char line[12];
    char* p = line + sizeof line;
    *--p = 0;
    uint32_t v = header_line;
    do *--p = char('0' + v % 10); while (v /= 10);
    char msg[96];
    size_t n = 0;
    for (const char* s = "expected an indented block after "; *s;) msg[n++] = *s++;
    for (const char* s = what; *s && n < 60;) msg[n++] = *s++;
    for (const char* s = " on line "; *s;) msg[n++] = *s++;
    while (*p) msg[n++] = *p++;
    msg[n] = 0;
    uint32_t pos = tok_.kind == Tok::END ? uint32_t(c_->src.size()) : tok_.pos;
    return c_->indent_error(pos, "%s", msg);
  }
  if (!advance()) return false;
  if (!statements_until_dedent(out)) return false;
  return true;
}

// statements: statement+   (up to the DEDENT that closes the block)
bool Parser::statements_until_dedent(Nodes* out) {
  uint32_t body = mark();
  while (tok_.kind != Tok::DEDENT) {
    if (tok_.kind == Tok::END || tok_.kind == Tok::ERROR) return syntax_error();
    Node* s = statement();
    if (!s || !push(s)) return false;
  }
  *out = take(body);
  return !c_->failed() && advance();
}

// decorators: ('@' named_expression NEWLINE)+   then a class or function definition
Node* Parser::decorated() {
  uint32_t decorators = mark();
  uint32_t pos = tok_.pos;
  while (tok_.kind == Tok::AT) {
    if (!advance()) return nullptr;
    Node* d = named_expression();
    if (!d || !push(d)) return nullptr;
    if (tok_.kind != Tok::NEWLINE) return syntax_error(), nullptr;
    if (!advance()) return nullptr;
  }
  Nodes decos = take(decorators);
  if (c_->failed()) return nullptr;
  if (tok_.kind == Tok::KW_DEF) return function_def(decos, pos, false);
  if (tok_.kind == Tok::KW_CLASS) return class_def(decos, pos);
  if (tok_.kind == Tok::KW_ASYNC) {
    if (!advance()) return nullptr;
    if (tok_.kind == Tok::KW_DEF) return function_def(decos, pos, true);
  }
  return syntax_error(), nullptr;
}

// function_def: ['async'] 'def' NAME '(' [params] ')' ['->' expression] ':' block
Node* Parser::function_def(Nodes decorators, uint32_t pos, bool is_async) {
  uint32_t line = tok_.line;
  if (!expect(Tok::KW_DEF)) return nullptr;
  if (tok_.kind != Tok::NAME) return syntax_error(), nullptr;
  auto* f = node<FunctionDef>(NodeKind::kFunctionDef, pos, line);
  if (!f) return nullptr;
  f->op = is_async;
  f->decorators = decorators;
  f->name = name_value(tok_);
  if (f->name.is_null() || !advance() || !expect(Tok::LPAR)) return nullptr;
  f->args = parameters(Tok::RPAR, true);
  if (!f->args || !expect(Tok::RPAR)) return nullptr;
  if (accept(Tok::ARROW)) {
    f->returns = expression();
    if (!f->returns) return nullptr;
  }
  if (!enter(pos) || !block(&f->body, "function definition", line)) return nullptr;
  leave();
  if (!deepen_all(f, f->body) || !deepen_all(f, decorators)) return nullptr;
  return f;
}

// class_def: 'class' NAME ['(' [arguments] ')'] ':' block
Node* Parser::class_def(Nodes decorators, uint32_t pos) {
  uint32_t line = tok_.line;
  if (!advance()) return nullptr;
  if (tok_.kind != Tok::NAME) return syntax_error(), nullptr;
  auto* k = node<ClassDef>(NodeKind::kClassDef, pos, line);
  if (!k) return nullptr;
  k->decorators = decorators;
  k->name = name_value(tok_);
  if (k->name.is_null() || !advance()) return nullptr;
  if (tok_.kind == Tok::LPAR) {
    auto* call = static_cast<Call*>(call_trailer(nullptr));
    if (!call) return nullptr;
    k->bases = call->args;
    k->keywords = call->keywords;
    if (!deepen(k, call)) return nullptr;
  }
  Value outer_private = private_;
  private_ = k->name;
  if (!enter(pos) || !block(&k->body, "class definition", line)) return nullptr;
  leave();
  private_ = outer_private;
  if (!deepen_all(k, k->body) || !deepen_all(k, decorators)) return nullptr;
  return k;
}

// if_stmt: 'if' named_expression ':' block (elif_stmt | [else_block])
// elif_stmt: 'elif' named_expression ':' block (elif_stmt | [else_block])
// An elif chain is parsed in a loop, not by recursion (and walked in loops
// by the later passes), so long chains cost no stack.
Node* Parser::if_stmt() {
  If* first = nullptr;
  If* last = nullptr;
  do {
    uint32_t pos = tok_.pos, line = tok_.line;
    bool is_elif = tok_.kind == Tok::KW_ELIF;
    auto* n = node<If>(NodeKind::kIf, pos, line);
    if (!n || !advance()) return nullptr;
    n->op = is_elif;
    n->test = named_expression();
    if (!n->test || !enter(pos)) return nullptr;
    if (!block(&n->body, is_elif ? "'elif' statement" : "'if' statement", line)) return nullptr;
    leave();
    if (last) {
      Node** one = c_->array<Node*>(1);
      if (!one) return nullptr;
      one[0] = n;
      last->orelse.items = one;
      last->orelse.n = 1;
    } else {
      first = n;
    }
    last = n;
  } while (tok_.kind == Tok::KW_ELIF);
  if (tok_.kind == Tok::KW_ELSE) {
    uint32_t else_line = tok_.line;
    if (!advance() || !enter(last->pos) || !block(&last->orelse, "'else' statement", else_line)) return nullptr;
    leave();
  }
  return first;
}

// while_stmt: 'while' named_expression ':' block [else_block]
Node* Parser::while_stmt() {
  uint32_t pos = tok_.pos, line = tok_.line;
  if (!advance()) return nullptr;
  auto* n = node<While>(NodeKind::kWhile, pos, line);
  if (!n) return nullptr;
  n->test = named_expression();
  if (!n->test || !enter(pos) || !block(&n->body, "'while' statement", line)) return nullptr;
  if (tok_.kind == Tok::KW_ELSE) {
    uint32_t else_line = tok_.line;
    if (!advance() || !block(&n->orelse, "'else' statement", else_line)) return nullptr;
  }
  leave();
  if (!deepen(n, n->test) || !deepen_all(n, n->body) || !deepen_all(n, n->orelse)) return nullptr;
  return n;
}

// for_stmt: ['async'] 'for' star_targets 'in' star_expressions ':' block [else_block]
Node* Parser::for_stmt(uint32_t pos, uint32_t line, bool is_async) {
  auto* n = node<For>(NodeKind::kFor, pos, line);
  if (!n) return nullptr;
  n->op = is_async;
  n->target = target_list();
  if (!n->target || !set_context(n->target, ExprCtx::kStore, false)) return nullptr;
  if (!expect(Tok::KW_IN)) return nullptr;
  n->iter = star_expressions();
  if (!n->iter || !enter(pos) || !block(&n->body, "'for' statement", n->line)) return nullptr;
  if (tok_.kind == Tok::KW_ELSE) {
    uint32_t else_line = tok_.line;
    if (!advance() || !block(&n->orelse, "'else' statement", else_line)) return nullptr;
  }
  leave();
  if (!deepen(n, n->target) || !deepen(n, n->iter) || !deepen_all(n, n->body) ||
      !deepen_all(n, n->orelse)) {
    return nullptr;
  }
  return n;
}

// try_stmt: 'try' ':' block finally_block
//         | 'try' ':' block except_block+ [else_block] [finally_block]
// except_block: 'except' expression ['as' NAME] ':' block | 'except' ':' block
Node* Parser::try_stmt() {
  uint32_t pos = tok_.pos, line = tok_.line;
  if (!advance()) return nullptr;
  auto* n = node<Try>(NodeKind::kTry, pos, line);
  if (!n || !enter(pos) || !block(&n->body, "'try' statement", line)) return nullptr;
  Vec<ExceptHandler> handlers;
  while (tok_.kind == Tok::KW_EXCEPT) {
    ExceptHandler h{};
    h.pos = tok_.pos;
    h.line = tok_.line;
    if (handlers.len && !handlers.back().type) return error_at(handlers.back().pos, "default 'except:' must be last"), nullptr;
    if (!advance()) return nullptr;
    if (tok_.kind == Tok::STAR) return error_at(tok_.pos, "exception groups (except*) are not supported"), nullptr;
    if (tok_.kind != Tok::COLON) {
      h.type = expression();
      if (!h.type) return nullptr;
      if (tok_.kind == Tok::COMMA) return error_at(h.type->pos, "multiple exception types must be parenthesized"), nullptr;
      if (accept(Tok::KW_AS)) {
        if (tok_.kind != Tok::NAME) return syntax_error(), nullptr;
        h.name = name_value(tok_);
        if (h.name.is_null() || !advance()) return nullptr;
      }
    }
    if (!block(&h.body, "'except' statement", h.line) || !c_->push(handlers, h)) return nullptr;
    if (h.type && !deepen(n, h.type)) return nullptr;
    if (!deepen_all(n, h.body)) return nullptr;
  }
  n->handlers.items = handlers.data;
  n->handlers.n = handlers.len;
  if (tok_.kind == Tok::KW_ELSE) {
    if (!handlers.len) return syntax_error(), nullptr;
    uint32_t else_line = tok_.line;
    if (!advance() || !block(&n->orelse, "'else' statement", else_line)) return nullptr;
  }
  if (tok_.kind == Tok::KW_FINALLY) {
    uint32_t fin_line = tok_.line;
    if (!advance() || !block(&n->finalbody, "'finally' statement", fin_line)) return nullptr;
  } else if (!handlers.len) {
    return error_at(tok_.pos, "expected 'except' or 'finally' block"), nullptr;
  }
  leave();
  if (!deepen_all(n, n->body) || !deepen_all(n, n->orelse) || !deepen_all(n, n->finalbody)) return nullptr;
  return n;
}

// with_item: expression ['as' star_target]
bool Parser::with_item(Vec<WithItem>* items) {
  WithItem item{};
  item.context_expr = expression();
  if (!item.context_expr) return false;
  if (accept(Tok::KW_AS)) {
    item.optional_vars = bitwise_or();  // star_target: a single target (a tuple needs parentheses)
    if (!item.optional_vars || !set_context(item.optional_vars, ExprCtx::kStore, false)) return false;
  }
  return c_->push(*items, item);
}

// with_stmt: ['async'] 'with' '(' ','.with_item+ ','? ')' ':' block
//          | ['async'] 'with' ','.with_item+ ':' block
// The parenthesised form is tried first and abandoned (the lexer and parser
// state restored) if the ')' is not followed by ':', as in `with (a, b) as c:`.
Node* Parser::with_stmt(uint32_t pos, uint32_t line, bool is_async) {
  auto* n = node<With>(NodeKind::kWith, pos, line);
  if (!n) return nullptr;
  n->op = is_async;
  Vec<WithItem> items;
  bool done = false;
  if (tok_.kind == Tok::LPAR) {
    auto* saved = c_->make<Lexer>();
    if (!saved) return nullptr;
    *saved = *lex_;
    Token saved_tok = tok_, saved_ahead = ahead_;
    bool saved_has_ahead = has_ahead_;
    Diag saved_diag = c_->diag;
    uint32_t saved_scratch = scratch_.len;
    bool ok = advance();
    while (ok && tok_.kind != Tok::RPAR) {
      ok = with_item(&items) && (tok_.kind == Tok::RPAR || expect(Tok::COMMA));
    }
    if (ok && advance() && tok_.kind == Tok::COLON) {
      done = true;
    } else if (c_->diag.kind == ErrorKind::kPending) {
      return nullptr;
    } else {
      *lex_ = *saved;
      tok_ = saved_tok;
      ahead_ = saved_ahead;
      has_ahead_ = saved_has_ahead;
      c_->diag = saved_diag;
      scratch_.len = saved_scratch;
      items = Vec<WithItem>{};
    }
  }
  while (!done) {
    if (!with_item(&items)) return nullptr;
    if (!accept(Tok::COMMA)) break;
  }
  n->items.items = items.data;
  n->items.n = items.len;
  if (!enter(pos) || !block(&n->body, "'with' statement", line)) return nullptr;
  leave();
  for (const WithItem& it : n->items) {
    if (!deepen(n, it.context_expr) || (it.optional_vars && !deepen(n, it.optional_vars))) return nullptr;
  }
  return deepen_all(n, n->body) ? n : nullptr;
}

// dotted_name: NAME ('.' NAME)*    -> the whole dotted text interned, and its first NAME
bool Parser::dotted_name(Value* out, Value* first) {
  if (tok_.kind != Tok::NAME) return syntax_error();
  uint32_t start = tok_.pos, end = tok_.pos + tok_.len;
  if (first && (*first = name_value(tok_)).is_null()) return false;
  if (!advance()) return false;
  while (tok_.kind == Tok::DOT) {
    if (!advance()) return false;
    if (tok_.kind != Tok::NAME) return syntax_error();
    end = tok_.pos + tok_.len;
    if (!advance()) return false;
  }
  // Spaces are allowed around the dots: rebuild the text without them.
  std::string_view s = c_->src.substr(start, end - start);
  bool clean = true;
  for (char ch : s) clean &= ch != ' ' && ch != '\t' && ch != '\\' && ch != '\n';
  if (clean) return !(*out = intern(*c_, s)).is_null();
  char* buf = c_->array<char>(s.size());
  if (!buf) return false;
  size_t n = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    char ch = s[i];
    if (ch == '#') {
      while (i < s.size() && s[i] != '\n') ++i;
    } else if (ch != ' ' && ch != '\t' && ch != '\\' && ch != '\n' && ch != '\r' && ch != '\f') {
      buf[n++] = ch;
    }
  }
  return !(*out = intern(*c_, {buf, n})).is_null();
}

// import_name: 'import' dotted_as_names
// dotted_as_name: dotted_name ['as' NAME]
Node* Parser::import_stmt() {
  auto* n = node_here<Import>(NodeKind::kImport);
  if (!n || !advance()) return nullptr;
  Vec<Alias> names;
  do {
    Alias a{};
    a.pos = tok_.pos;
    if (!dotted_name(&a.name, nullptr)) return nullptr;
    if (accept(Tok::KW_AS)) {
      if (tok_.kind != Tok::NAME) return syntax_error(), nullptr;
      if ((a.asname = name_value(tok_)).is_null() || !advance()) return nullptr;
    }
    if (!c_->push(names, a)) return nullptr;
  } while (accept(Tok::COMMA));
  n->names.items = names.data;
  n->names.n = names.len;
  return n;
}

// import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
//            | 'from' ('.' | '...')+ 'import' import_from_targets
// import_from_targets: '(' import_from_as_names [','] ')' | import_from_as_names !',' | '*'
Node* Parser::from_import_stmt() {
  auto* n = node_here<ImportFrom>(NodeKind::kImportFrom);
  if (!n || !advance()) return nullptr;
  while (tok_.kind == Tok::DOT || tok_.kind == Tok::ELLIPSIS) {
    n->level += tok_.kind == Tok::DOT ? 1 : 3;
    if (!advance()) return nullptr;
  }
  if (tok_.kind == Tok::NAME) {
    if (!dotted_name(&n->module, nullptr)) return nullptr;
  } else if (n->level == 0) {
    return syntax_error(), nullptr;
  }
  if (!expect(Tok::KW_IMPORT)) return nullptr;
  Vec<Alias> names;
  if (tok_.kind == Tok::STAR) {
    Alias a{};
    a.pos = tok_.pos;
    a.name = intern(*c_, "*");
    if (a.name.is_null() || !c_->push(names, a) || !advance()) return nullptr;
  } else {
    bool paren = accept(Tok::LPAR);
    for (;;) {
      if (tok_.kind != Tok::NAME) return syntax_error(), nullptr;
      Alias a{};
      a.pos = tok_.pos;
      if ((a.name = name_value(tok_)).is_null() || !advance()) return nullptr;
      if (accept(Tok::KW_AS)) {
        if (tok_.kind != Tok::NAME) return syntax_error(), nullptr;
        if ((a.asname = name_value(tok_)).is_null() || !advance()) return nullptr;
      }
      if (!c_->push(names, a)) return nullptr;
      if (!accept(Tok::COMMA)) break;
      if (paren && tok_.kind == Tok::RPAR) break;
      if (!paren && tok_.kind == Tok::NEWLINE) {
        return error_at(tok_.pos, "trailing comma not allowed without surrounding parentheses"), nullptr;
      }
    }
    if (paren && !expect(Tok::RPAR)) return nullptr;
  }
  n->names.items = names.data;
  n->names.n = names.len;
  return n;
}

// return_stmt: 'return' [star_expressions]
Node* Parser::return_stmt() {
  auto* n = node_here<Return>(NodeKind::kReturn);
  if (!n || !advance()) return nullptr;
  if (tok_.kind != Tok::NEWLINE && tok_.kind != Tok::SEMI) {
    n->value = star_expressions();
    if (!n->value || !deepen(n, n->value)) return nullptr;
  }
  return n;
}

// raise_stmt: 'raise' expression ['from' expression] | 'raise'
Node* Parser::raise_stmt() {
  auto* n = node_here<Raise>(NodeKind::kRaise);
  if (!n || !advance()) return nullptr;
  if (tok_.kind != Tok::NEWLINE && tok_.kind != Tok::SEMI) {
    n->exc = expression();
    if (!n->exc || !deepen(n, n->exc)) return nullptr;
    if (accept(Tok::KW_FROM)) {
      n->cause = expression();
      if (!n->cause || !deepen(n, n->cause)) return nullptr;
    }
  }
  return n;
}

// global_stmt: 'global' ','.NAME+     nonlocal_stmt: 'nonlocal' ','.NAME+
Node* Parser::global_stmt(bool nonlocal) {
  auto* n = node_here<NameList>(nonlocal ? NodeKind::kNonlocal : NodeKind::kGlobal);
  if (!n || !advance()) return nullptr;
  Vec<Value> names;
  do {
    if (tok_.kind != Tok::NAME) return syntax_error(), nullptr;
    Value v = name_value(tok_);
    if (v.is_null() || !c_->push(names, v) || !advance()) return nullptr;
  } while (accept(Tok::COMMA));
  n->names.items = names.data;
  n->names.n = names.len;
  return n;
}

// del_stmt: 'del' del_targets
Node* Parser::del_stmt() {
  auto* n = node_here<Delete>(NodeKind::kDelete);
  if (!n || !advance()) return nullptr;
  uint32_t targets = mark();
  do {
    if (tok_.kind == Tok::NEWLINE || tok_.kind == Tok::SEMI) break;
    if (tok_.kind == Tok::STAR) return error_at(tok_.pos, "cannot delete starred"), nullptr;
    Node* t = bitwise_or();
    if (!t || !set_context(t, ExprCtx::kDel, false) || !push(t)) return nullptr;
  } while (accept(Tok::COMMA));
  if (!count(targets)) return syntax_error(), nullptr;
  n->targets = take(targets);
  if (c_->failed()) return nullptr;
  return n;
}

// assert_stmt: 'assert' expression [',' expression]
Node* Parser::assert_stmt() {
  auto* n = node_here<Assert>(NodeKind::kAssert);
  if (!n || !advance()) return nullptr;
  n->test = expression();
  if (!n->test || !deepen(n, n->test)) return nullptr;
  if (accept(Tok::COMMA)) {
    n->msg = expression();
    if (!n->msg || !deepen(n, n->msg)) return nullptr;
  }
  return n;
}

// The names CPython uses for an expression in "cannot assign to %s".
const char* expr_description(const Node* n) {
  switch (n->kind) {
    case NodeKind::kConst:
      switch (ConstKind(n->op)) {
        case ConstKind::kNone: return "None";
        case ConstKind::kTrue: return "True";
        case ConstKind::kFalse: return "False";
        case ConstKind::kEllipsis: return "ellipsis";
        default: return "literal";
      }
    case NodeKind::kJoinedStr: case NodeKind::kFormattedValue: return "f-string expression";
    case NodeKind::kCall: return "function call";
    case NodeKind::kCompare: return "comparison";
    case NodeKind::kIfExp: return "conditional expression";
    case NodeKind::kLambda: return "lambda";
    case NodeKind::kDict: return "dict literal";
    case NodeKind::kSet: return "set display";
    case NodeKind::kListComp: return "list comprehension";
    case NodeKind::kSetComp: return "set comprehension";
    case NodeKind::kDictComp: return "dict comprehension";
    case NodeKind::kGenExp: return "generator expression";
    case NodeKind::kYield: case NodeKind::kYieldFrom: return "yield expression";
    case NodeKind::kAwait: return "await expression";
    case NodeKind::kNamedExpr: return "named expression";
    case NodeKind::kStarred: return "starred";
    case NodeKind::kSlice: return "slice";
    default: return "expression";
  }
}

// Labels a parsed expression as an assignment (or del) target.
bool Parser::set_context(Node* n, ExprCtx ctx, bool in_assign_stmt) {
  switch (n->kind) {
    case NodeKind::kName:
      if (static_cast<Name*>(n)->id == q(Q::dunder_debug)) {
        return error_at(n->pos, ctx == ExprCtx::kDel ? "cannot delete __debug__" : "cannot assign to __debug__");
      }
      n->op = uint8_t(ctx);
      return true;
    case NodeKind::kAttribute: case NodeKind::kSubscript:
      n->op = uint8_t(ctx);
      return true;
    case NodeKind::kTuple: case NodeKind::kList: {
      auto* seq = static_cast<Sequence*>(n);
      bool starred = false;
      for (Node* e : seq->elts) {
        if (e->kind == NodeKind::kStarred && ctx == ExprCtx::kStore) {
          if (starred) return error_at(n->pos, "multiple starred expressions in assignment");
          starred = true;
          e->op = uint8_t(ctx);
          if (!set_context(static_cast<Starred*>(e)->value, ctx, in_assign_stmt)) return false;
        } else if (!set_context(e, ctx, in_assign_stmt)) {
          return false;
        }
      }
      n->op = uint8_t(ctx);
      return true;
    }
    case NodeKind::kStarred:
      if (ctx == ExprCtx::kDel) return error_at(n->pos, "cannot delete starred");
      return error_at(n->pos, "starred assignment target must be in a list or tuple");
    default:
      break;
  }
  const char* what = expr_description(n);
  if (ctx == ExprCtx::kDel) return error_at(n->pos, "cannot delete %s", what);
  if (n->kind == NodeKind::kYield || n->kind == NodeKind::kYieldFrom) {
    return error_at(n->pos, "assignment to yield expression not possible");
  }
  bool plain = n->kind == NodeKind::kIfExp ||
               (n->kind == NodeKind::kConst && ConstKind(n->op) <= ConstKind::kFalse);
  if (in_assign_stmt && !plain) return error_at(n->pos, "cannot assign to %s here. Maybe you meant '==' instead of '='?", what);
  return error_at(n->pos, "cannot assign to %s", what);
}

// NAME ':' expression ['=' annotated_rhs]    (after the target)
Node* Parser::ann_assign_rest(Node* target, uint32_t pos, uint32_t line) {
  auto* n = node<AnnAssign>(NodeKind::kAnnAssign, pos, line);
  if (!n || !advance()) return nullptr;
  n->target = target;
  n->op = target->kind == NodeKind::kName;
  if (target->kind == NodeKind::kTuple) return error_at(target->pos, "only single target (not tuple) can be annotated"), nullptr;
  if (target->kind == NodeKind::kList) return error_at(target->pos, "only single target (not list) can be annotated"), nullptr;
  if (target->kind != NodeKind::kName && target->kind != NodeKind::kAttribute && target->kind != NodeKind::kSubscript) {
    return error_at(target->pos, "illegal target for annotation"), nullptr;
  }
  if (!set_context(target, ExprCtx::kStore, true) || !(n->annotation = expression())) return nullptr;
  if (accept(Tok::EQUAL)) {
    n->value = tok_.kind == Tok::KW_YIELD ? yield_expr() : star_expressions();
    if (!n->value) return nullptr;
  }
  return n;
}

// single_target augassign (yield_expr | star_expressions)    (after the target)
Node* Parser::aug_assign_rest(Node* target, uint32_t pos, uint32_t line) {
  auto* n = node<AugAssign>(NodeKind::kAugAssign, pos, line);
  if (!n) return nullptr;
  n->op = uint8_t(int(tok_.kind) - int(kFirstAugAssign));
  if (target->kind != NodeKind::kName && target->kind != NodeKind::kAttribute && target->kind != NodeKind::kSubscript) {
    const char* what = target->kind == NodeKind::kTuple ? "tuple"
                       : target->kind == NodeKind::kList ? "list" : expr_description(target);
    return error_at(target->pos, "'%s' is an illegal expression for augmented assignment", what), nullptr;
  }
  if (!set_context(target, ExprCtx::kStore, false) || !advance()) return nullptr;
  n->target = target;
  n->value = tok_.kind == Tok::KW_YIELD ? yield_expr() : star_expressions();
  return n->value ? n : nullptr;
}

// (star_targets '=')+ (yield_expr | star_expressions)    (after the first target)
Node* Parser::assign_rest(Node* first, uint32_t pos, uint32_t line) {
  auto* n = node<Assign>(NodeKind::kAssign, pos, line);
  if (!n) return nullptr;
  uint32_t targets = mark();
  Node* value = first;
  while (accept(Tok::EQUAL)) {
    if (!set_context(value, ExprCtx::kStore, true) || !push(value)) return nullptr;
    value = tok_.kind == Tok::KW_YIELD ? yield_expr() : star_expressions();
    if (!value) return nullptr;
  }
  n->targets = take(targets);
  n->value = value;
  return c_->failed() ? nullptr : n;
}

// assignment: NAME ':' expression ['=' annotated_rhs]
//           | single_target augassign (yield_expr | star_expressions)
//           | (star_targets '=')+ (yield_expr | star_expressions)
// star_expressions
Node* Parser::expression_stmt() {
  uint32_t pos = tok_.pos, line = tok_.line;
  Node* first = tok_.kind == Tok::KW_YIELD ? yield_expr() : star_expressions();
  if (!first) return nullptr;
  if (tok_.kind == Tok::COLON) return ann_assign_rest(first, pos, line);
  if (is_aug_assign(tok_.kind)) return aug_assign_rest(first, pos, line);
  if (tok_.kind == Tok::EQUAL) return assign_rest(first, pos, line);
  auto* n = node<ExprStmt>(NodeKind::kExpr, pos, line);
  if (!n) return nullptr;
  n->value = first;
  return n;
}

}  // namespace mote::compiler
