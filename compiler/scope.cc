// scope.cc — the scope pass (see scope.h).
//
// Two walks. `Collector` visits the statement's AST once, creating a Scope
// per function/lambda/class/comprehension and recording, per name and
// scope, whether it is bound, read, a parameter, or declared global or
// nonlocal (and reporting the context errors). `resolve` then visits the
// scope tree top-down and decides local / cell / free / global for every
// symbol, adding pass-through free variables to the scopes between a free
// use and its binding; `assign_slots` finally numbers the frame slots.
#include "compiler/scope.h"

#include <cstring>

#include "compiler/parser.h"
#include "vm/qstr.h"

namespace mote::compiler {

// --- symbol tables --------------------------------------------------------------

static uint32_t hash_name(Value name, uint32_t cap) {
  return (uint32_t(name.bits() >> 2) * 2654435761u) & (cap - 1);
}

Symbol* scope_lookup(Scope* s, Value name) {
  if (!s->table_cap) return nullptr;
  for (uint32_t h = hash_name(name, s->table_cap);; h = (h + 1) & (s->table_cap - 1)) {
    uint16_t idx = s->table[h];
    if (idx == 0) return nullptr;
    if (s->symbols[idx - 1].name == name) return &s->symbols[idx - 1];
  }
}

static bool rehash(Ctx& c, Scope* s, uint32_t cap) {
  uint16_t* table = c.array<uint16_t>(cap);
  if (!table) return false;
  s->table = table;
  s->table_cap = cap;
  for (uint32_t i = 0; i < s->symbols.len; ++i) {
    uint32_t h = hash_name(s->symbols[i].name, cap);
    while (table[h]) h = (h + 1) & (cap - 1);
    table[h] = uint16_t(i + 1);
  }
  return true;
}

// The symbol for `name` in `s`, created (with no flags) if new.
static Symbol* symbol(Ctx& c, Scope* s, Value name, uint32_t pos) {
  if (Symbol* sym = scope_lookup(s, name)) return sym;
  if (s->symbols.len >= 0xFFF0) return c.error(pos, "too many local variables"), nullptr;
  if ((s->symbols.len + 1) * 4 >= s->table_cap * 3 && !rehash(c, s, s->table_cap ? s->table_cap * 2 : 16)) {
    return nullptr;
  }
  Symbol sym{name, 0, 0, pos};
  if (!c.push(s->symbols, sym)) return nullptr;
  uint32_t h = hash_name(name, s->table_cap);
  while (s->table[h]) h = (h + 1) & (s->table_cap - 1);
  s->table[h] = uint16_t(s->symbols.len);
  return &s->symbols.back();
}

void init_module_scope(Scope* module) {
  memset(static_cast<void*>(module), 0, sizeof *module);
  module->kind = ScopeKind::kModule;
}

// --- collection ------------------------------------------------------------------

namespace {

struct Collector {
  Ctx& c;
  Scope* cur;
  int loops = 0;  // loops around the current statement, within the current function
  Value q_class, q_super, q_dot0;

  bool is_func() const { return is_function_scope(cur); }

  bool add(Scope* s, Value name, uint16_t flags, uint32_t pos) {
    if (s->kind == ScopeKind::kModule) return true;  // module names are all LOAD_NAME
    Symbol* sym = symbol(c, s, name, pos);
    if (!sym) return false;
    sym->flags |= flags;
    return true;
  }
  bool bind(Value name, uint32_t pos) { return add(cur, name, kSymAssigned, pos); }
  bool use(Value name, uint32_t pos) {
    if (!add(cur, name, kSymUsed, pos)) return false;
    // super() and __class__ in a method need the class cell.
    if (is_func() && (name == q_super || name == q_class)) return add(cur, q_class, kSymUsed, pos);
    return true;
  }

  Scope* new_scope(ScopeKind kind, Node* node, Value name);
  bool params(Scope* s, Arguments* a);
  bool function(FunctionDef* f);
  bool lambda(Lambda* l);
  bool class_def(ClassDef* k);
  bool comprehension(Comp* comp);
  bool walrus(NamedExpr* n);
  bool declare(NameList* n, bool nonlocal);

  bool stmt(Node* s);
  bool body(Nodes stmts);
  bool stmt_simple(Node* s);
  bool expr(Node* e);
  bool exprs(Nodes es);
  bool call(Call* call);
  bool target(Node* t);
  bool yield_or_await(YieldNode* y);
  bool import_names(Node* s);
  bool match(Match* m);
  bool pattern(Node* p);
  bool patterns_of(Nodes ps) {
    for (Node* p : ps) {
      if (!pattern(p)) return false;
    }
    return true;
  }
};

Scope* Collector::new_scope(ScopeKind kind, Node* node, Value name) {
  Scope* s = c.make<Scope>();
  if (!s) return nullptr;
  s->kind = kind;
  s->parent = cur;
  s->node = node;
  s->name = name;
  s->first_param = Value::null();
  // qualname: parent's, then ".<locals>." after a function, "." after a class.
  std::string_view n = qstr_view(name), sep;
  std::string_view parent(cur->qualname ? cur->qualname : "", cur->qualname_len);
  if (cur->kind == ScopeKind::kClass) sep = ".";
  else if (cur->kind != ScopeKind::kModule) sep = ".<locals>.";
  size_t len = cur->kind == ScopeKind::kModule ? n.size() : parent.size() + sep.size() + n.size();
  char* q = c.array<char>(len + 1);
  if (!q || !c.push(cur->children, s)) return nullptr;
  size_t k = 0;
  if (cur->kind != ScopeKind::kModule) {
    memcpy(q, parent.data(), parent.size());
    memcpy(q + parent.size(), sep.data(), sep.size());
    k = parent.size() + sep.size();
  }
  memcpy(q + k, n.data(), n.size());
  s->qualname = q;
  s->qualname_len = uint32_t(len);
  return s;
}

// Parameters in frame order: positional, keyword-only, *args, **kwargs.
bool Collector::params(Scope* s, Arguments* a) {
  for (const Arg& arg : a->args) {
    if (!add(s, arg.name, kSymParam, arg.pos)) return false;
  }
  for (const Arg& arg : a->kwonly) {
    if (!add(s, arg.name, kSymParam, arg.pos)) return false;
  }
  if (a->vararg && !add(s, a->vararg->name, kSymParam, a->vararg->pos)) return false;
  if (a->kwarg && !add(s, a->kwarg->name, kSymParam, a->kwarg->pos)) return false;
  if (a->args.n) s->first_param = a->args[0].name;
  return true;
}

// Defaults and decorators belong to the enclosing scope; annotations are
// never evaluated, so they are not visited at all.
bool Collector::function(FunctionDef* f) {
  if (!exprs(f->decorators) || !exprs(f->args->defaults)) return false;
  for (Node* d : f->args->kw_defaults) {
    if (d && !expr(d)) return false;
  }
  if (!bind(f->name, f->pos)) return false;
  Scope* s = new_scope(ScopeKind::kFunction, f, f->name);
  if (!s || !params(s, f->args)) return false;
  s->is_async = f->op;
  f->scope = s;
  Scope* outer = cur;
  int outer_loops = loops;
  cur = s;
  loops = 0;
  bool ok = body(f->body);
  cur = outer;
  loops = outer_loops;
  return ok;
}

bool Collector::lambda(Lambda* l) {
  if (!exprs(l->args->defaults)) return false;
  for (Node* d : l->args->kw_defaults) {
    if (d && !expr(d)) return false;
  }
  Scope* s = new_scope(ScopeKind::kLambda, l, q(Q::lt_lambda_));
  if (!s || !params(s, l->args)) return false;
  l->scope = s;
  Scope* outer = cur;
  cur = s;
  bool ok = expr(l->body);
  cur = outer;
  return ok;
}

bool Collector::class_def(ClassDef* k) {
  if (!exprs(k->decorators) || !exprs(k->bases)) return false;
  for (const Keyword& kw : k->keywords) {
    if (!expr(kw.value)) return false;
  }
  if (!bind(k->name, k->pos)) return false;
  Scope* s = new_scope(ScopeKind::kClass, k, k->name);
  if (!s) return false;
  k->scope = s;
  Scope* outer = cur;
  int outer_loops = loops;
  cur = s;
  loops = 0;
  bool ok = body(k->body);
  cur = outer;
  loops = outer_loops;
  return ok;
}

// The first iterable is evaluated in the enclosing scope; everything else
// runs inside the comprehension's own function.
bool Collector::comprehension(Comp* comp) {
  if (!expr(comp->generators[0].iter)) return false;
  uint32_t name = comp->kind == NodeKind::kListComp ? Q::lt_listcomp_
                  : comp->kind == NodeKind::kSetComp ? Q::lt_setcomp_
                  : comp->kind == NodeKind::kDictComp ? Q::lt_dictcomp_ : Q::lt_genexpr_;
  Scope* s = new_scope(ScopeKind::kComprehension, comp, q(name));
  if (!s || !add(s, q_dot0, kSymParam, comp->pos)) return false;
  comp->scope = s;
  s->is_generator = comp->kind == NodeKind::kGenExp;
  Scope* outer = cur;
  cur = s;
  bool ok = true;
  for (uint32_t i = 0; ok && i < comp->generators.n; ++i) {
    const Comprehension& g = comp->generators[i];
    if (g.is_async) s->is_async = true;
    ok = (i == 0 || expr(g.iter)) && target(g.target) && exprs(g.ifs);
  }
  ok = ok && expr(comp->elt) && (!comp->value || expr(comp->value));
  cur = outer;
  // An asynchronous comprehension (`async for` or `await` inside) is a
  // coroutine the enclosing code awaits, so that code must be an async
  // function or a comprehension that becomes asynchronous in turn; an
  // asynchronous generator expression is an async generator, allowed anywhere.
  if (ok && s->is_async && comp->kind != NodeKind::kGenExp) {
    if (outer->kind == ScopeKind::kComprehension) {
      outer->is_async = true;
    } else if (!(is_function_scope(outer) && outer->is_async)) {
      ok = c.error(comp->pos, "asynchronous comprehension outside of an asynchronous function");
    }
  }
  return ok;
}

// x := v inside a comprehension binds x in the nearest enclosing
// non-comprehension scope; the comprehensions in between see it as free.
bool Collector::walrus(NamedExpr* n) {
  Value name = static_cast<Name*>(n->target)->id;
  if (!expr(n->value)) return false;
  if (cur->kind != ScopeKind::kComprehension) return bind(name, n->pos);
  Scope* s = cur;
  while (s->kind == ScopeKind::kComprehension) {
    if (!add(s, name, kSymWalrus, n->pos)) return false;
    s = s->parent;
  }
  if (s->kind == ScopeKind::kClass) {
    return c.error(n->pos, "assignment expression within a comprehension cannot be used in a class body");
  }
  return add(s, name, kSymAssigned, n->pos);
}

bool Collector::declare(NameList* n, bool nonlocal) {
  if (nonlocal && cur->kind == ScopeKind::kModule) {
    return c.error(n->pos, "nonlocal declaration not allowed at module level");
  }
  const char* what = nonlocal ? "nonlocal" : "global";
  for (Value name : n->names) {
    Symbol* sym = cur->kind == ScopeKind::kModule ? nullptr : scope_lookup(cur, name);
    if (sym) {
      MsgBuf m;
      m.s("name '").s(qstr_view(name)).s("' is ");
      if (sym->flags & kSymParam) m.s("parameter and ").s(what);
      else if (sym->flags & (nonlocal ? kSymGlobal : kSymNonlocal)) m.s("nonlocal and global");
      else if (sym->flags & kSymAssigned) m.s("assigned to before ").s(what).s(" declaration");
      else if (sym->flags & kSymUsed) m.s("used prior to ").s(what).s(" declaration");
      else m.n = 0;
      if (m.n) return c.error(n->pos, "%s", m.view());
    }
    if (!add(cur, name, nonlocal ? kSymNonlocal : kSymGlobal, n->pos)) return false;
  }
  return true;
}

bool Collector::body(Nodes stmts) {
  for (Node* s : stmts) {
    if (!stmt(s)) return false;
  }
  return true;
}

bool Collector::exprs(Nodes es) {
  for (Node* e : es) {
    if (e && !expr(e)) return false;
  }
  return true;
}

// Assignment targets: names are bound, the rest is evaluated.
bool Collector::target(Node* t) {
  switch (t->kind) {
    case NodeKind::kName: return bind(static_cast<Name*>(t)->id, t->pos);
    case NodeKind::kStarred: return target(static_cast<Starred*>(t)->value);
    case NodeKind::kTuple: case NodeKind::kList:
      for (Node* e : static_cast<Sequence*>(t)->elts) {
        if (!target(e)) return false;
      }
      return true;
    default:
      return expr(t);  // attribute, subscript: their parts are evaluated
  }
}

bool Collector::stmt(Node* s) {
  if (!stack_guard_ok(c, s->pos)) return false;
  switch (s->kind) {
    case NodeKind::kFunctionDef: return function(static_cast<FunctionDef*>(s));
    case NodeKind::kClassDef: return class_def(static_cast<ClassDef*>(s));
    case NodeKind::kFor: {
      auto* f = static_cast<For*>(s);
      if (f->op && !(is_func() && cur->is_async)) return c.error(s->pos, "'async for' outside async function");
      if (!expr(f->iter) || !target(f->target)) return false;
      ++loops;
      bool ok = body(f->body);
      --loops;
      return ok && body(f->orelse);
    }
    case NodeKind::kWhile: {
      auto* w = static_cast<While*>(s);
      if (!expr(w->test)) return false;
      ++loops;
      bool ok = body(w->body);
      --loops;
      return ok && body(w->orelse);
    }
    case NodeKind::kIf: {
      // an elif chain is walked in a loop (see ast.h)
      for (auto* n = static_cast<If*>(s);;) {
        if (!expr(n->test) || !body(n->body)) return false;
        if (n->orelse.n == 1 && n->orelse[0]->kind == NodeKind::kIf && n->orelse[0]->op == 1) {
          n = static_cast<If*>(n->orelse[0]);
          continue;
        }
        return body(n->orelse);
      }
    }
    case NodeKind::kWith: {
      auto* w = static_cast<With*>(s);
      if (w->op && !(is_func() && cur->is_async)) return c.error(s->pos, "'async with' outside async function");
      for (const WithItem& it : w->items) {
        if (!expr(it.context_expr) || (it.optional_vars && !target(it.optional_vars))) return false;
      }
      return body(w->body);
    }
    case NodeKind::kTry: {
      auto* t = static_cast<Try*>(s);
      if (!body(t->body)) return false;
      for (const ExceptHandler& h : t->handlers) {
        if (h.type && !expr(h.type)) return false;
        if (!h.name.is_null() && !bind(h.name, h.pos)) return false;
        if (!body(h.body)) return false;
      }
      return body(t->orelse) && body(t->finalbody);
    }
    case NodeKind::kMatch: return match(static_cast<Match*>(s));
    default:
      return stmt_simple(s);
  }
}

bool Collector::match(Match* m) {
  if (!expr(m->subject)) return false;
  for (const MatchCase& mc : m->cases) {
    if (!pattern(mc.pattern) || (mc.guard && !expr(mc.guard)) || !body(mc.body)) return false;
  }
  return true;
}

// Capture names are bound; value patterns, mapping keys and class names are read.
bool Collector::pattern(Node* p) {
  if (!stack_guard_ok(c, p->pos)) return false;
  switch (p->kind) {
    case NodeKind::kMatchValue: return expr(static_cast<MatchValue*>(p)->value);
    case NodeKind::kMatchSequence: return patterns_of(static_cast<MatchSequence*>(p)->patterns);
    case NodeKind::kMatchMapping: {
      auto* m = static_cast<MatchMapping*>(p);
      if (!exprs(m->keys) || !patterns_of(m->patterns)) return false;
      return m->rest.is_null() || bind(m->rest, p->pos);
    }
    case NodeKind::kMatchClass: {
      auto* k = static_cast<MatchClass*>(p);
      return expr(k->cls) && patterns_of(k->patterns) && patterns_of(k->kwd_patterns);
    }
    case NodeKind::kMatchStar: {
      Value name = static_cast<MatchStar*>(p)->name;
      return name.is_null() || bind(name, p->pos);
    }
    case NodeKind::kMatchAs: {
      auto* a = static_cast<MatchAs*>(p);
      if (a->pattern && !pattern(a->pattern)) return false;
      return a->name.is_null() || bind(a->name, p->pos);
    }
    case NodeKind::kMatchOr: return patterns_of(static_cast<MatchOr*>(p)->patterns);
    default: return true;  // MatchSingleton
  }
}

// The names an import statement binds.
bool Collector::import_names(Node* s) {
  if (s->kind == NodeKind::kImport) {
    for (const Alias& a : static_cast<Import*>(s)->names) {
      std::string_view full = qstr_view(a.name);
      size_t dot = full.find('.');
      Value bound = a.asname;  // import a.b.c binds a
      if (bound.is_null()) bound = dot == std::string_view::npos ? a.name : intern(c, full.substr(0, dot));
      if (bound.is_null() || !bind(bound, a.pos)) return false;
    }
    return true;
  }
  for (const Alias& a : static_cast<ImportFrom*>(s)->names) {
    if (qstr_view(a.name) == "*") {
      if (cur->kind != ScopeKind::kModule) return c.error(s->pos, "import * only allowed at module level");
      continue;
    }
    if (!bind(a.asname.is_null() ? a.name : a.asname, a.pos)) return false;
  }
  return true;
}

bool Collector::stmt_simple(Node* s) {
  switch (s->kind) {
    case NodeKind::kReturn: {
      auto* r = static_cast<Return*>(s);
      if (cur->kind != ScopeKind::kFunction) return c.error(s->pos, "'return' outside function");
      return !r->value || expr(r->value);
    }
    case NodeKind::kDelete:
      for (Node* t : static_cast<Delete*>(s)->targets) {
        if (!target(t)) return false;
      }
      return true;
    case NodeKind::kAssign: {
      auto* a = static_cast<Assign*>(s);
      if (!expr(a->value)) return false;
      for (Node* t : a->targets) {
        if (!target(t)) return false;
      }
      return true;
    }
    case NodeKind::kAugAssign: {
      auto* a = static_cast<AugAssign*>(s);
      if (!expr(a->value)) return false;
      if (a->target->kind == NodeKind::kName) {
        Value name = static_cast<Name*>(a->target)->id;
        return use(name, s->pos) && bind(name, s->pos);
      }
      return expr(a->target);
    }
    case NodeKind::kAnnAssign: {
      auto* a = static_cast<AnnAssign*>(s);
      if (a->value && !expr(a->value)) return false;
      return a->target->kind == NodeKind::kName ? bind(static_cast<Name*>(a->target)->id, s->pos)
                                                : (!a->value || target(a->target));
    }
    case NodeKind::kRaise: {
      auto* r = static_cast<Raise*>(s);
      return (!r->exc || expr(r->exc)) && (!r->cause || expr(r->cause));
    }
    case NodeKind::kAssert: {
      auto* a = static_cast<Assert*>(s);
      return expr(a->test) && (!a->msg || expr(a->msg));
    }
    case NodeKind::kImport: case NodeKind::kImportFrom:
      return import_names(s);
    case NodeKind::kGlobal: return declare(static_cast<NameList*>(s), false);
    case NodeKind::kNonlocal: return declare(static_cast<NameList*>(s), true);
    case NodeKind::kExpr: return expr(static_cast<ExprStmt*>(s)->value);
    case NodeKind::kBreak:
      return loops > 0 || c.error(s->pos, "'break' outside loop");
    case NodeKind::kContinue:
      return loops > 0 || c.error(s->pos, "'continue' not properly in loop");
    default:
      return true;  // pass
  }
}

// yield, yield from and await: where they may appear, and what they make
// of the function (a generator).
bool Collector::yield_or_await(YieldNode* y) {
  bool is_await = y->kind == NodeKind::kAwait;
  if (cur->kind == ScopeKind::kModule || cur->kind == ScopeKind::kClass) {
    return c.error(y->pos, is_await ? "'await' outside function" : "'yield' outside function");
  }
  if (cur->kind == ScopeKind::kComprehension) {
    if (is_await) {  // makes the comprehension asynchronous (checked at its end)
      cur->is_async = true;
      return !y->value || expr(y->value);
    }
    auto k = cur->node->kind;
    return c.error(y->pos, k == NodeKind::kListComp ? "'yield' inside list comprehension"
                           : k == NodeKind::kSetComp ? "'yield' inside set comprehension"
                           : k == NodeKind::kDictComp ? "'yield' inside dict comprehension"
                                                      : "'yield' inside generator expression");
  }
  if (is_await && !cur->is_async) return c.error(y->pos, "'await' outside async function");
  if (y->kind == NodeKind::kYieldFrom && cur->is_async) return c.error(y->pos, "'yield from' inside async function");
  if (!is_await) cur->is_generator = true;
  return !y->value || expr(y->value);
}

bool Collector::call(Call* call) {
  if (call->func && !expr(call->func)) return false;
  if (!exprs(call->args)) return false;
  for (const Keyword& kw : call->keywords) {
    if (!expr(kw.value)) return false;
  }
  return true;
}

bool Collector::expr(Node* e) {
  if (!stack_guard_ok(c, e->pos)) return false;
  switch (e->kind) {
    case NodeKind::kName: {
      Value id = static_cast<Name*>(e)->id;
      return ExprCtx(e->op) == ExprCtx::kLoad ? use(id, e->pos) : bind(id, e->pos);
    }
    case NodeKind::kConst: return true;
    case NodeKind::kJoinedStr: return exprs(static_cast<JoinedStr*>(e)->values);
    case NodeKind::kFormattedValue: {
      auto* f = static_cast<FormattedValue*>(e);
      return expr(f->value) && (!f->spec || expr(f->spec));
    }
    case NodeKind::kBoolOp: return exprs(static_cast<BoolOp*>(e)->values);
    case NodeKind::kBinOp: {
      Node* n = e;  // the left spine of a chain is walked in a loop
      for (; n->kind == NodeKind::kBinOp; n = static_cast<BinOp*>(n)->left) {
        if (!expr(static_cast<BinOp*>(n)->right)) return false;
      }
      return expr(n);
    }
    case NodeKind::kUnaryOp: return expr(static_cast<UnaryOpNode*>(e)->operand);
    case NodeKind::kCompare: {
      auto* cmp = static_cast<Compare*>(e);
      return expr(cmp->left) && exprs(cmp->comparators);
    }
    case NodeKind::kCall: return call(static_cast<Call*>(e));
    case NodeKind::kAttribute: return expr(static_cast<Attribute*>(e)->value);
    case NodeKind::kSubscript: {
      auto* s = static_cast<Subscript*>(e);
      return expr(s->value) && expr(s->slice);
    }
    case NodeKind::kStarred: return expr(static_cast<Starred*>(e)->value);
    case NodeKind::kList: case NodeKind::kTuple: case NodeKind::kSet:
      return exprs(static_cast<Sequence*>(e)->elts);
    case NodeKind::kDict: {
      auto* d = static_cast<Dict*>(e);
      return exprs(d->keys) && exprs(d->values);
    }
    case NodeKind::kListComp: case NodeKind::kSetComp: case NodeKind::kDictComp: case NodeKind::kGenExp:
      return comprehension(static_cast<Comp*>(e));
    case NodeKind::kIfExp: {
      auto* i = static_cast<IfExp*>(e);
      return expr(i->test) && expr(i->body) && expr(i->orelse);
    }
    case NodeKind::kLambda: return lambda(static_cast<Lambda*>(e));
    case NodeKind::kNamedExpr: return walrus(static_cast<NamedExpr*>(e));
    case NodeKind::kYield: case NodeKind::kYieldFrom: case NodeKind::kAwait:
      return yield_or_await(static_cast<YieldNode*>(e));
    case NodeKind::kSlice: {
      auto* s = static_cast<Slice*>(e);
      return (!s->lower || expr(s->lower)) && (!s->upper || expr(s->upper)) && (!s->step || expr(s->step));
    }
    default:
      return true;
  }
}

}  // namespace

// --- resolution --------------------------------------------------------------------

// The function scope above `s` that binds `name` (class scopes are skipped,
// except that a class binds `__class__` for the functions inside it).
static Scope* find_binder(Scope* s, Value name, Value q_class) {
  for (Scope* p = s->parent; p && p->kind != ScopeKind::kModule; p = p->parent) {
    if (p->kind == ScopeKind::kClass) {
      if (name == q_class) return p;
      continue;
    }
    Symbol* sym = scope_lookup(p, name);
    if (!sym) continue;
    if (sym->flags & kSymGlobal) return nullptr;
    if ((sym->flags & (kSymAssigned | kSymParam)) && !(sym->flags & (kSymWalrus | kSymNonlocal))) return p;
  }
  return nullptr;
}

// Makes `name` free in `s` and every scope up to `binder`, and a cell there.
static bool make_free(Ctx& c, Scope* s, Scope* binder, Symbol* sym) {
  Value name = sym->name;
  uint32_t pos = sym->pos;
  sym->flags |= kSymFree;
  for (Scope* p = s->parent; p != binder; p = p->parent) {
    Symbol* pass = symbol(c, p, name, pos);
    if (!pass) return false;
    pass->flags |= kSymFree;
  }
  Symbol* bound = symbol(c, binder, name, pos);
  if (!bound) return false;
  bound->flags |= kSymCell;
  if (binder->kind == ScopeKind::kClass) binder->needs_class_cell = true;
  return true;
}

static bool resolve(Ctx& c, Scope* s, Value q_class) {
  // Symbols may be appended (pass-through frees) while resolving children,
  // never while resolving `s` itself, so indexing is stable here.
  for (uint32_t i = 0; i < s->symbols.len; ++i) {
    Symbol* sym = &s->symbols[i];
    uint16_t f = sym->flags;
    if (f & (kSymFree | kSymCell)) {
      if (!(f & kSymFree) && (f & (kSymAssigned | kSymParam))) sym->flags |= kSymLocal;
      continue;
    }
    if (f & kSymGlobal) {
      sym->flags |= kSymGlobalExplicit;
    } else if (f & kSymNonlocal) {
      Scope* binder = find_binder(s, sym->name, q_class);
      if (!binder || binder->kind == ScopeKind::kClass) {
        return c.error(sym->pos, "no binding for nonlocal '%s' found", qstr_view(sym->name));
      }
      if (!make_free(c, s, binder, &s->symbols[i])) return false;
    } else if ((f & (kSymAssigned | kSymParam)) && !(f & kSymWalrus)) {
      sym->flags |= kSymLocal;
    } else {
      Scope* binder = find_binder(s, sym->name, q_class);
      if (binder) {
        if (!make_free(c, s, binder, &s->symbols[i])) return false;
      } else {
        s->symbols[i].flags |= kSymGlobalImplicit;
      }
    }
  }
  for (Scope* child : s->children) {
    if (!resolve(c, child, q_class)) return false;
  }
  return true;
}

// Frame slots: parameters (already first in the table), other locals and
// cells in order of appearance, then free variables.
static void assign_slots(Scope* s) {
  uint16_t slot = 0, cells = 0, frees = 0;
  bool func = is_function_scope(s);
  for (Symbol& sym : s->symbols) {
    bool local_slot = func ? (sym.flags & (kSymLocal | kSymCell | kSymParam)) && !(sym.flags & kSymFree)
                           : (sym.flags & kSymCell) != 0;
    if (local_slot) {
      sym.slot = slot++;
      cells += (sym.flags & kSymCell) != 0;
    }
  }
  for (Symbol& sym : s->symbols) {
    if (sym.flags & kSymFree) {
      sym.slot = slot++;
      ++frees;
    }
  }
  s->n_slots = slot;
  s->n_cells = cells;
  s->n_free = frees;
  for (Scope* child : s->children) assign_slots(child);
}

bool analyze(Ctx& c, Scope* module, Node* stmt) {
  module->children = Vec<Scope*>{};
  Collector col{c, module, 0, Value::null(), Value::null(), Value::null()};
  col.q_class = q(Q::dunder_class);
  col.q_super = q(Q::super);
  col.q_dot0 = intern(c, ".0");
  if (col.q_dot0.is_null()) return false;
  bool ok = is_expr(stmt) ? col.expr(stmt) : col.stmt(stmt);
  if (!ok) return false;
  for (Scope* child : module->children) {
    if (!resolve(c, child, col.q_class)) return false;
    assign_slots(child);
  }
  return true;
}

}  // namespace mote::compiler
