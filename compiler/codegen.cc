// codegen.cc — code units, definitions and simple statements (see codegen.h).
//
// A def, lambda, class or comprehension is compiled into its own Unit first
// (its Code object becomes a constant of the enclosing code), then the
// enclosing code builds the function object around it: defaults tuple,
// keyword-only defaults dict, closure tuple of Cells, MAKE_FUNCTION.
#include "compiler/codegen.h"

#include <cstring>

#include "compiler/parser.h"
#include "gc/gc.h"
#include "vm/object.h"
#include "vm/qstr.h"

namespace mote::compiler {

void Codegen::init(Ctx* c, NameTable* names, CompileMode mode, Unit* module_unit, Scope* module_scope) {
  c_ = c;
  names_ = names;
  mode_ = mode;
  first_statement_ = true;
  u_ = module_unit;
  u_->scope = module_scope;
  u_->parent = nullptr;
  u_->n_fblocks = 0;
  u_->em.init(c, 1, c->opt_level < 2);
  q_class_ = q(Q::dunder_class);
  q_super_ = q(Q::super);
  q_debug_ = q(Q::dunder_debug);
  q_name_ = q(Q::dunder_name);
  q_module_ = q(Q::dunder_module);
  q_qualname_ = q(Q::dunder_qualname);
}

// --- names --------------------------------------------------------------------------

static uint32_t name_hash(Value name, uint32_t cap) {
  return (uint32_t(name.bits() >> 2) * 2654435761u) & (cap - 1);
}

static bool grow_name_index(Vm& vm, NameTable* t) {
  uint32_t cap = t->index.cap ? t->index.cap * 2 : 32;
  GrowBuf<uint16_t> index;
  if (!index.grow(vm, cap)) return false;
  memset(index.data, 0, cap * sizeof(uint16_t));
  index.len = cap;
  for (uint32_t i = 0; i < t->names.len; ++i) {
    uint32_t h = name_hash(t->names[i], cap);
    while (index[h]) h = (h + 1) & (cap - 1);
    index[h] = uint16_t(i + 1);
  }
  t->index.free(vm);
  t->index = index;
  return true;
}

int32_t Codegen::name_index(Value name) {
  NameTable* t = names_;
  Vm& vm = *c_->vm;
  if ((t->names.len + 1) * 4 >= t->index.len * 3 && !grow_name_index(vm, t)) return c_->oom(), -1;
  uint32_t cap = t->index.len;
  uint32_t h = name_hash(name, cap);
  for (; t->index[h]; h = (h + 1) & (cap - 1)) {
    if (t->names[t->index[h] - 1] == name) return t->index[h] - 1;
  }
  if (t->names.len >= 0xFFFE) return c_->error(0, "too many names"), -1;
  if (!t->names.push(vm, name)) return c_->oom(), -1;
  t->index[h] = uint16_t(t->names.len);
  return int32_t(t->names.len - 1);
}

void Codegen::emit_name(Op op, Value name) {
  int32_t i = name_index(name);
  if (i >= 0) emit(op, uint32_t(i));
}

// Loads, stores or deletes a variable with the instruction its scope asks for.
bool Codegen::name_op(Value name, ExprCtx ctx, uint32_t pos) {
  static const Op kName[] = {Op::LOAD_NAME, Op::STORE_NAME, Op::DELETE_NAME};
  static const Op kGlobal[] = {Op::LOAD_GLOBAL, Op::STORE_GLOBAL, Op::DELETE_GLOBAL};
  static const Op kFast[] = {Op::LOAD_FAST, Op::STORE_FAST, Op::DELETE_FAST};
  static const Op kDeref[] = {Op::LOAD_DEREF, Op::STORE_DEREF, Op::DELETE_DEREF};
  int i = int(ctx);
  Scope* s = u_->scope;
  if (s->kind == ScopeKind::kModule) return emit_name(kName[i], name), ok();
  Symbol* sym = scope_lookup(s, name);
  uint16_t f = sym ? sym->flags : uint16_t(kSymGlobalImplicit);
  if (s->kind == ScopeKind::kClass) {
    if (f & kSymGlobalExplicit) emit_name(kGlobal[i], name);
    else if ((f & kSymFree) && !(f & kSymLocal)) emit(ctx == ExprCtx::kLoad ? Op::LOAD_CLASSDEREF : kDeref[i], sym->slot);
    else emit_name(kName[i], name);
    return ok();
  }
  if (f & (kSymCell | kSymFree)) emit(kDeref[i], sym->slot);
  else if (f & kSymLocal) emit(kFast[i], sym->slot);
  else emit_name(kGlobal[i], name);
  return ok();
}

// --- units ---------------------------------------------------------------------------

// Units are reused: a statement with many lambdas needs only as many Units
// as its deepest nesting (a Unit is ~460 bytes, mostly its fblock stack).
Unit* Codegen::enter_unit(Scope* s, uint32_t first_line) {
  Unit* u = free_units_;
  if (u) {
    free_units_ = u->parent;
    *u = Unit{};
  } else if (!(u = c_->make<Unit>())) {
    return nullptr;
  }
  u->scope = s;
  u->parent = u_;
  u->em.init(c_, first_line, c_->opt_level < 2);
  u->em.set_line(first_line);
  u_ = u;
  return u;
}

Code* Codegen::leave_unit(uint32_t pos) {
  Unit* u = u_;
  Code* code = u->em.finish(pos);
  u->em.release();
  u_ = u->parent;
  u->parent = free_units_;
  free_units_ = u;
  if (code && !names_->codes.push(*c_->vm, code)) return c_->oom(), nullptr;
  return code;
}

static Value qualname_value(Ctx* c, Scope* s) {
  std::string_view text(s->qualname, s->qualname_len);
  if (text == qstr_view(s->name)) return s->name;
  Value v = str_new(*c->vm, text);
  if (v.is_null()) c->oom();
  return v;
}

// Identity, signature and frame layout of a function/class/comprehension Code.
void Codegen::fill_code(Code* code, Scope* s, Arguments* args) {
  Vm& vm = *c_->vm;
  code->name = s->name;
  code->qualname = qualname_value(c_, s);
  code->filename = c_->filename;
  uint16_t flags = 0;
  if (args) {
    code->n_pos = uint16_t(args->args.n);
    code->n_posonly = uint16_t(args->n_posonly);
    code->n_kwonly = uint16_t(args->kwonly.n);
    if (args->vararg) flags |= kCodeVarargs;
    if (args->kwarg) flags |= kCodeVarKeywords;
  } else if (s->kind == ScopeKind::kComprehension) {
    code->n_pos = 1;
  }
  if (s->kind == ScopeKind::kClass) flags |= kCodeClassBody;
  if (s->is_async) flags |= s->is_generator ? kCodeAsyncGenerator : kCodeCoroutine;
  else if (s->is_generator) flags |= kCodeGenerator;
  code->flags = flags;
  code->n_slots = s->n_slots;
  code->n_free = s->n_free;
  code->n_cells = s->n_cells;
  auto* names = s->n_slots ? static_cast<Value*>(gc_alloc(vm, s->n_slots * sizeof(Value), true)) : nullptr;
  auto* cells = s->n_cells ? static_cast<uint16_t*>(gc_alloc(vm, s->n_cells * sizeof(uint16_t), true)) : nullptr;
  if ((s->n_slots && !names) || (s->n_cells && !cells)) return void(c_->oom());
  uint32_t k = 0;
  for (const Symbol& sym : s->symbols) {
    bool has_slot = is_function_scope(s) ? (sym.flags & (kSymLocal | kSymCell | kSymParam | kSymFree)) != 0
                                         : (sym.flags & (kSymCell | kSymFree)) != 0;
    if (has_slot && sym.slot < s->n_slots) names[sym.slot] = sym.name;
    if ((sym.flags & kSymCell) && !(sym.flags & kSymFree) && k < s->n_cells) cells[k++] = sym.slot;
  }
  code->slot_names = names;
  code->cell_slots = cells;
}

// Pushes the closure tuple for `inner`: the Cell of each of its free
// variables, in its slot order, taken from this unit's cells and frees.
bool Codegen::make_closure(Scope* inner, uint16_t* flags) {
  uint32_t n = 0;
  for (const Symbol& sym : inner->symbols) {
    if (!(sym.flags & kSymFree)) continue;
    Symbol* here = u_->scope->kind == ScopeKind::kModule ? nullptr : scope_lookup(u_->scope, sym.name);
    if (!here || !(here->flags & (kSymCell | kSymFree))) {
      return c_->error(sym.pos, "internal compiler error: no cell for free variable '%s'", qstr_view(sym.name));
    }
    emit(Op::LOAD_CLOSURE, here->slot);
    ++n;
  }
  emit(Op::BUILD_TUPLE, n);
  *flags |= kMakeFunctionClosure;
  return ok();
}

// [defaults tuple] [kw-only defaults: a constant (name, value...) tuple, or a
// dict if one is not a constant] [closure tuple] code -> function
bool Codegen::make_function(Code* code, Scope* inner, Arguments* args) {
  uint16_t flags = 0;
  if (args && args->defaults.n) {
    Sequence defaults{};
    defaults.kind = NodeKind::kTuple;
    defaults.elts = args->defaults;
    if (!expr(&defaults)) return false;  // a tuple display: constant defaults fold into one constant
    flags |= kMakeFunctionDefaults;
  }
  Value kwdefaults;
  bool any_kwdefault = false;
  for (uint32_t i = 0; args && i < args->kwonly.n; ++i) any_kwdefault |= args->kw_defaults[i] != nullptr;
  if (any_kwdefault && fold_kwdefaults(args, &kwdefaults)) {
    em().load_const(kwdefaults);
    flags |= kMakeFunctionKwDefaults;
  } else if (c_->failed()) {
    return false;
  } else if (args) {
    uint32_t n = 0;
    for (uint32_t i = 0; i < args->kwonly.n; ++i) {
      if (!args->kw_defaults[i]) continue;
      em().load_const(args->kwonly[i].name);
      if (!expr(args->kw_defaults[i])) return false;
      ++n;
    }
    if (n) {
      emit(Op::BUILD_MAP, n);
      flags |= kMakeFunctionKwDefaults;
    }
  }
  if (inner->n_free && !make_closure(inner, &flags)) return false;
  em().load_const(Value::object(code));
  emit(Op::MAKE_FUNCTION, flags);
  return ok();
}

// The docstring of a body: its first statement when that is a str literal
// (not an f-string or bytes), unless docstrings are dropped (-OO).
static Const* docstring(const Codegen& g, Nodes body) {
  if (g.c_->opt_level >= 2 || body.n == 0 || body[0]->kind != NodeKind::kExpr) return nullptr;
  Node* v = static_cast<ExprStmt*>(body[0])->value;
  if (v->kind != NodeKind::kConst || ConstKind(v->op) != ConstKind::kStr) return nullptr;
  return static_cast<Const*>(v);
}

// Stores a module's or class body's docstring as `__doc__` in its namespace.
bool Codegen::store_docstring(Nodes body) {
  Const* doc = docstring(*this, body);
  if (!doc) return true;
  if (!constant(doc)) return false;
  emit_name(Op::STORE_NAME, q(Q::dunder_doc));
  return ok();
}

static bool apply_decorators(Codegen& g, Nodes decorators) {
  for (uint32_t i = 0; i < decorators.n; ++i) g.emit(Op::CALL_FUNCTION, 1);
  return g.ok();
}

// A function's docstring is its Code's constant 0 (kCodeDocstring), where
// __doc__ reads it: no per-function attribute dict, and in flash when frozen.
bool Codegen::function_body(FunctionDef* f, Code** out) {
  if (!enter_unit(f->scope, f->line)) return false;
  Const* doc = docstring(*this, f->body);
  if (doc && em().add_str(doc->data, doc->len, false) < 0) return false;
  if (!body(f->body)) return false;
  if (em().reachable()) {
    emit(Op::LOAD_NONE);
    emit(Op::RETURN_VALUE);
  }
  Scope* s = f->scope;
  *out = leave_unit(f->pos);
  if (!*out) return false;
  fill_code(*out, s, f->args);
  if (doc) (*out)->flags |= kCodeDocstring;
  return ok();
}

// decorators; def name(args): body  ->  name = decorators(function)
bool Codegen::function_def(FunctionDef* f) {
  if (!exprs(f->decorators)) return false;
  Code* code;
  if (!function_body(f, &code)) return false;
  em().set_line(f->line);
  if (!make_function(code, f->scope, f->args)) return false;
  if (!apply_decorators(*this, f->decorators)) return false;
  return name_op(f->name, ExprCtx::kStore, f->pos);
}

bool Codegen::lambda(Lambda* l) {
  if (!enter_unit(l->scope, l->line) || !expr(l->body)) return false;
  emit(Op::RETURN_VALUE);
  Code* code = leave_unit(l->pos);
  if (!code) return false;
  fill_code(code, l->scope, l->args);
  return make_function(code, l->scope, l->args);
}

// The class body: sets __module__ and __qualname__, runs the statements,
// returns the __class__ cell (if a method needs it) or None.
bool Codegen::class_body(ClassDef* k, Code** out) {
  Scope* s = k->scope;
  if (!enter_unit(s, k->line)) return false;
  emit_name(Op::LOAD_NAME, q_name_);
  emit_name(Op::STORE_NAME, q_module_);
  int32_t qn = em().add_str(s->qualname, s->qualname_len, false);
  if (qn < 0) return false;
  emit(Op::LOAD_CONST, uint32_t(qn));
  emit_name(Op::STORE_NAME, q_qualname_);
  if (!store_docstring(k->body) || !body(k->body)) return false;
  if (s->needs_class_cell) {
    em().set_line(k->line);
    emit(Op::LOAD_CLOSURE, scope_lookup(s, q_class_)->slot);
  } else {
    emit(Op::LOAD_NONE);
  }
  emit(Op::RETURN_VALUE);
  *out = leave_unit(k->pos);
  if (!*out) return false;
  fill_code(*out, s, nullptr);
  return ok();
}

static bool has_unpacking(Nodes args, Array<Keyword> kws) {
  for (Node* a : args) {
    if (a->kind == NodeKind::kStarred) return true;
  }
  for (const Keyword& kw : kws) {
    if (kw.arg.is_null()) return true;
  }
  return false;
}

// class Name(bases, **kw): body  ->  __build_class__(function, 'Name', *bases, **kw)
bool Codegen::class_def(ClassDef* k) {
  if (!exprs(k->decorators)) return false;
  Code* code;
  if (!class_body(k, &code)) return false;
  em().set_line(k->line);
  emit(Op::LOAD_BUILD_CLASS);
  if (!make_function(code, k->scope, nullptr)) return false;
  em().load_const(k->name);
  Call call{};
  call.args = k->bases;
  call.keywords = k->keywords;
  if (has_unpacking(k->bases, k->keywords) || k->bases.n > 253 || k->keywords.n > 255) {
    // __build_class__(*(function, name, *bases), **kw)
    emit(Op::BUILD_LIST, 2);
    if (!call_ex(&call, true)) return false;
  } else if (!call_args(&call, 2, Op::CALL_FUNCTION)) {
    return false;
  }
  if (!apply_decorators(*this, k->decorators)) return false;
  return name_op(k->name, ExprCtx::kStore, k->pos);
}

// --- statements --------------------------------------------------------------------

bool Codegen::body(Nodes stmts) {
  for (Node* s : stmts) {
    if (!stmt(s)) return false;
  }
  return true;
}

bool Codegen::stmt(Node* s) {
  if (!stack_guard_ok(*c_, s->pos)) return false;
  em().set_line(s->line);
  switch (s->kind) {
    case NodeKind::kFunctionDef: return function_def(static_cast<FunctionDef*>(s));
    case NodeKind::kClassDef: return class_def(static_cast<ClassDef*>(s));
    case NodeKind::kIf: return if_stmt(static_cast<If*>(s));
    case NodeKind::kWhile: return while_stmt(static_cast<While*>(s));
    case NodeKind::kFor: {
      auto* f = static_cast<For*>(s);
      return f->op ? async_for(f) : for_stmt(f);
    }
    case NodeKind::kTry: return try_stmt(static_cast<Try*>(s));
    case NodeKind::kWith: return with_stmt(static_cast<With*>(s), 0);
    case NodeKind::kReturn: return return_stmt(static_cast<Return*>(s));
    case NodeKind::kBreak: case NodeKind::kContinue: return break_continue(s);
    case NodeKind::kMatch: return match_stmt(static_cast<Match*>(s));
    default: return simple_stmt(s);
  }
}

bool Codegen::simple_stmt(Node* s) {
  switch (s->kind) {
    case NodeKind::kExpr: {
      Node* v = static_cast<ExprStmt*>(s)->value;
      if (mode_ == CompileMode::kSingle && u_->scope->kind == ScopeKind::kModule) {
        if (!expr(v)) return false;
        emit(Op::PRINT_EXPR);
        return ok();
      }
      if (v->kind == NodeKind::kConst) return true;  // docstrings, `...`
      if (!expr(v)) return false;
      emit(Op::POP_TOP);
      return ok();
    }
    case NodeKind::kAssign: return assign(static_cast<Assign*>(s));
    case NodeKind::kAugAssign: return aug_assign(static_cast<AugAssign*>(s));
    case NodeKind::kAnnAssign: {
      // Annotations are not evaluated; `x: T = v` is `x = v`.
      auto* a = static_cast<AnnAssign*>(s);
      if (!a->value) return true;
      return expr(a->value) && store(a->target);
    }
    case NodeKind::kDelete:
      for (Node* t : static_cast<Delete*>(s)->targets) {
        if (!del(t)) return false;
      }
      return true;
    case NodeKind::kRaise: {
      auto* r = static_cast<Raise*>(s);
      uint32_t n = r->exc ? (r->cause ? 2 : 1) : 0;
      if ((r->exc && !expr(r->exc)) || (r->cause && !expr(r->cause))) return false;
      emit(Op::RAISE_VARARGS, n);
      return ok();
    }
    case NodeKind::kAssert: return assert_stmt(static_cast<Assert*>(s));
    case NodeKind::kImport: return import(static_cast<Import*>(s));
    case NodeKind::kImportFrom: return import_from(static_cast<ImportFrom*>(s));
    default:
      return true;  // pass, global, nonlocal
  }
}

// a = b = value: the value is stored into each target, left to right.
// `a, b = x, y` with two or three names swaps on the stack instead of
// building and unpacking a tuple.
bool Codegen::assign(Assign* a) {
  Node* t = a->targets[0];
  if (a->targets.n == 1 && a->value->kind == NodeKind::kTuple &&
      (t->kind == NodeKind::kTuple || t->kind == NodeKind::kList)) {
    auto* vals = static_cast<Sequence*>(a->value);
    auto* tgts = static_cast<Sequence*>(t);
    bool simple = vals->elts.n == tgts->elts.n && (vals->elts.n == 2 || vals->elts.n == 3);
    for (uint32_t i = 0; simple && i < vals->elts.n; ++i) {
      simple = vals->elts[i]->kind != NodeKind::kStarred && tgts->elts[i]->kind != NodeKind::kStarred;
    }
    if (simple) {
      if (!exprs(vals->elts)) return false;
      emit(Op::SWAP, vals->elts.n);
      for (Node* e : tgts->elts) {
        if (!store(e)) return false;
      }
      return true;
    }
  }
  if (!expr(a->value)) return false;
  for (uint32_t i = 0; i < a->targets.n; ++i) {
    if (i + 1 < a->targets.n) emit(Op::COPY, 1);
    if (!store(a->targets[i])) return false;
  }
  return true;
}

bool Codegen::aug_assign(AugAssign* a) {
  uint32_t op = a->op + uint32_t(kInplaceOffset);
  Node* t = a->target;
  switch (t->kind) {
    case NodeKind::kName: {
      Value id = static_cast<Name*>(t)->id;
      if (!name_op(id, ExprCtx::kLoad, t->pos) || !expr(a->value)) return false;
      emit(Op::BINARY_OP, op);
      return name_op(id, ExprCtx::kStore, t->pos);
    }
    case NodeKind::kAttribute: {
      auto* at = static_cast<Attribute*>(t);
      if (!expr(at->value)) return false;
      emit(Op::COPY, 1);
      emit_name(Op::LOAD_ATTR, at->attr);
      if (!expr(a->value)) return false;
      emit(Op::BINARY_OP, op);
      emit(Op::SWAP, 2);
      emit_name(Op::STORE_ATTR, at->attr);
      return ok();
    }
    default: {  // subscript: obj key -> obj key obj[key] -> ... -> value obj key
      auto* s = static_cast<Subscript*>(t);
      if (!expr(s->value)) return false;
      if (!(s->slice->kind == NodeKind::kSlice ? slice(static_cast<Slice*>(s->slice)) : expr(s->slice))) return false;
      emit(Op::COPY, 2);
      emit(Op::COPY, 2);
      emit(Op::BINARY_SUBSCR);
      if (!expr(a->value)) return false;
      emit(Op::BINARY_OP, op);
      emit(Op::SWAP, 3);
      emit(Op::SWAP, 2);
      emit(Op::STORE_SUBSCR);
      return ok();
    }
  }
}

// Stores the value on top of the stack into `target`.
bool Codegen::store(Node* t) {
  switch (t->kind) {
    case NodeKind::kName: return name_op(static_cast<Name*>(t)->id, ExprCtx::kStore, t->pos);
    case NodeKind::kAttribute: {
      auto* a = static_cast<Attribute*>(t);
      if (!expr(a->value)) return false;
      emit_name(Op::STORE_ATTR, a->attr);
      return ok();
    }
    case NodeKind::kSubscript: {
      auto* s = static_cast<Subscript*>(t);
      if (!expr(s->value)) return false;
      if (!(s->slice->kind == NodeKind::kSlice ? slice(static_cast<Slice*>(s->slice)) : expr(s->slice))) return false;
      emit(Op::STORE_SUBSCR);
      return ok();
    }
    case NodeKind::kTuple: case NodeKind::kList: {
      Nodes elts = static_cast<Sequence*>(t)->elts;
      uint32_t star = elts.n;
      for (uint32_t i = 0; i < elts.n; ++i) {
        if (elts[i]->kind == NodeKind::kStarred) star = i;
      }
      if (star == elts.n) {
        emit(Op::UNPACK_SEQUENCE, elts.n);
      } else {
        uint32_t after = elts.n - star - 1;
        if (star > 255 || after > 255) return c_->error(t->pos, "too many expressions in star-unpacking assignment");
        emit(Op::UNPACK_EX, star | after << 8);
      }
      for (Node* e : elts) {
        if (!store(e->kind == NodeKind::kStarred ? static_cast<Starred*>(e)->value : e)) return false;
      }
      return true;
    }
    default:
      return c_->error(t->pos, "cannot assign to %s", expr_description(t));
  }
}

bool Codegen::del(Node* t) {
  switch (t->kind) {
    case NodeKind::kName: return name_op(static_cast<Name*>(t)->id, ExprCtx::kDel, t->pos);
    case NodeKind::kAttribute: {
      auto* a = static_cast<Attribute*>(t);
      if (!expr(a->value)) return false;
      emit_name(Op::DELETE_ATTR, a->attr);
      return ok();
    }
    case NodeKind::kSubscript: {
      auto* s = static_cast<Subscript*>(t);
      if (!expr(s->value)) return false;
      if (!(s->slice->kind == NodeKind::kSlice ? slice(static_cast<Slice*>(s->slice)) : expr(s->slice))) return false;
      emit(Op::DELETE_SUBSCR);
      return ok();
    }
    default:
      for (Node* e : static_cast<Sequence*>(t)->elts) {
        if (!del(e)) return false;
      }
      return true;
  }
}

// import a.b.c        -> IMPORT_NAME 'a.b.c' (returns package a); a = ...
// import a.b.c as d   -> IMPORT_NAME 'a.b.c'; IMPORT_FROM b; IMPORT_FROM c; d = ...
bool Codegen::import(Import* n) {
  for (const Alias& a : n->names) {
    std::string_view full = qstr_view(a.name);
    emit(Op::LOAD_SMALL_INT, 0);
    emit(Op::LOAD_NONE);
    emit_name(Op::IMPORT_NAME, a.name);
    size_t dot = full.find('.');
    if (a.asname.is_null()) {
      Value top = dot == std::string_view::npos ? a.name : intern(*c_, full.substr(0, dot));
      if (top.is_null() || !name_op(top, ExprCtx::kStore, a.pos)) return false;
      continue;
    }
    while (dot != std::string_view::npos) {
      size_t next = full.find('.', dot + 1);
      Value part = intern(*c_, full.substr(dot + 1, next == std::string_view::npos ? next : next - dot - 1));
      if (part.is_null()) return false;
      emit_name(Op::IMPORT_FROM, part);
      emit(Op::SWAP, 2);
      emit(Op::POP_TOP);
      dot = next;
    }
    if (!name_op(a.asname, ExprCtx::kStore, a.pos)) return false;
  }
  return ok();
}

// from .m import x as y  ->  level ('x',) IMPORT_NAME m; IMPORT_FROM x; y = ...; POP_TOP
// `from __future__ import ...` selects compile-time features that are all
// on (or meaningless) in Mote: it generates no code.
bool Codegen::import_from(ImportFrom* n) {
  if (n->level == 0 && !n->module.is_null() && qstr_view(n->module) == "__future__") return true;
  emit(Op::LOAD_SMALL_INT, n->level);
  Value* names = c_->array<Value>(n->names.n);
  if (!names) return false;
  for (uint32_t i = 0; i < n->names.n; ++i) names[i] = n->names[i].name;
  Value fromlist = tuple_new(*c_->vm, n->names.n, names);
  if (fromlist.is_null()) return c_->oom();
  em().load_const(fromlist);
  emit_name(Op::IMPORT_NAME, n->module.is_null() ? q(Q::empty_) : n->module);
  if (qstr_view(n->names[0].name) == "*") {
    emit(Op::IMPORT_STAR);
    return ok();
  }
  for (const Alias& a : n->names) {
    emit_name(Op::IMPORT_FROM, a.name);
    if (!name_op(a.asname.is_null() ? a.name : a.asname, ExprCtx::kStore, a.pos)) return false;
  }
  emit(Op::POP_TOP);
  return ok();
}

// assert test, msg  ->  if not test: raise AssertionError(msg)   (nothing at -O)
bool Codegen::assert_stmt(Assert* a) {
  if (c_->opt_level >= 1) return true;
  LabelId pass = label();
  if (!jump_if(a->test, true, pass)) return false;
  emit(Op::LOAD_ASSERTION_ERROR);
  if (a->msg) {
    if (!expr(a->msg)) return false;
    emit(Op::CALL_FUNCTION, 1);
  }
  emit(Op::RAISE_VARARGS, 1);
  bind(pass);
  return ok();
}

// --- module ------------------------------------------------------------------------------

bool Codegen::statement(Node* s) {
  free_units_ = nullptr;  // they were in the arena of the previous statement
  if (first_statement_) {
    first_statement_ = false;
    Nodes one{&s, 1};
    em().set_line(s->line);
    if (mode_ == CompileMode::kFile && !store_docstring(one)) return false;
  }
  return stmt(s);
}

bool Codegen::eval_expression(Node* e) {
  em().set_line(e->line);
  if (!expr(e)) return false;
  emit(Op::RETURN_VALUE);
  return ok();
}

Code* Codegen::finish_module() {
  if (em().reachable()) {
    emit(Op::LOAD_NONE);
    emit(Op::RETURN_VALUE);
  }
  Code* code = em().finish(0);
  em().release();
  if (!code) return nullptr;
  code->name = q(Q::lt_module_);
  code->qualname = code->name;
  code->filename = c_->filename;
  code->flags = kCodeModule;
  // Every Code object of the module shares one names table.
  NameTable* t = names_;
  Vm& vm = *c_->vm;
  Value* names = nullptr;
  if (t->names.len) {
    names = static_cast<Value*>(gc_alloc(vm, t->names.len * sizeof(Value), true));
    if (!names) return c_->oom(), nullptr;
    memcpy(static_cast<void*>(names), t->names.data, t->names.len * sizeof(Value));
  }
  if (!t->codes.push(vm, code)) return c_->oom(), nullptr;
  for (uint32_t i = 0; i < t->codes.len; ++i) {
    t->codes[i]->names = names;
    t->codes[i]->n_names = uint16_t(t->names.len);
  }
  return code;
}

}  // namespace mote::compiler
