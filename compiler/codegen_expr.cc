// codegen_expr.cc — expressions (see codegen.h).
//
// Every expression leaves exactly one value on the stack. Cheap, safe
// peepholes only: a minus on a literal was folded by the parser; tuples of
// constants become one constant; `not`, `and`, `or`, `is None` and constant
// tests in conditions become jumps (jump_if); `__debug__` is a constant.
// Displays with more than kInlineItems elements are built incrementally
// (BUILD_LIST 0 + LIST_APPEND) so a long literal does not need a deep
// value stack on a small device.
#include <cstring>

#include "compiler/codegen.h"
#include "compiler/parser.h"
#include "modules/cmath/complex.h"
#include "vm/object.h"
#include "vm/qstr.h"

namespace mote::compiler {

static constexpr uint32_t kInlineItems = 16;

// --- constants --------------------------------------------------------------------

// An int literal's digits without prefix and underscores.
static std::string_view int_digits(Ctx* c, const Const* k) {
  std::string_view text(k->data, k->len);
  if (k->base != 10) text.remove_prefix(2);
  if (text.find('_') == std::string_view::npos) return text;
  char* buf = c->array<char>(text.size());
  if (!buf) return {};
  size_t n = 0;
  for (char ch : text) {
    if (ch != '_') buf[n++] = ch;
  }
  return {buf, n};
}

static int digit_value(char ch) {
  if (ch >= '0' && ch <= '9') return ch - '0';
  return (ch | 0x20) - 'a' + 10;
}

// The value of an int literal: a small int or a BigInt. A negative literal
// too big for a machine word is loaded positive and negated (*negate).
static Value int_constant(Ctx* c, const Const* k, bool* negate) {
  std::string_view digits = int_digits(c, k);
  if (digits.empty() && k->len) return c->oom(), Value::null();
  uint64_t v = 0;
  bool big = false;
  for (char ch : digits) {
    if (v > (uint64_t(1) << 56)) big = true;
    v = v * k->base + uint64_t(digit_value(ch));
  }
  uint64_t limit = uint64_t(~word(0) >> 1) + (k->negative ? 1 : 0);
  *negate = false;
  if (!big && v <= limit) {
    Value r = int_from_sword(*c->vm, k->negative ? sword(0 - v) : sword(v));
    if (r.is_null()) c->oom();
    return r;
  }
  *negate = k->negative;
  Value r = int_parse(*c->vm, digits, k->base);
  if (r.is_null()) c->oom();
  return r;
}

bool Codegen::constant(Const* k) {
  switch (ConstKind(k->op)) {
    case ConstKind::kNone: emit(Op::LOAD_NONE); break;
    case ConstKind::kTrue: emit(Op::LOAD_TRUE); break;
    case ConstKind::kFalse: emit(Op::LOAD_FALSE); break;
    case ConstKind::kEllipsis: em().load_const(Value::ellipsis()); break;
    case ConstKind::kFloat: {
      int32_t i = em().add_float(k->negative ? -k->f : k->f);
      if (i >= 0) emit(Op::LOAD_CONST, uint32_t(i));
      break;
    }
    case ConstKind::kImag: {  // -2j is -(0+2j): both parts negated, as CPython folds it
      int32_t i = k->negative ? em().add_complex(-0.0, -k->f) : em().add_complex(0.0, k->f);
      if (i >= 0) emit(Op::LOAD_CONST, uint32_t(i));
      break;
    }
    case ConstKind::kStr: case ConstKind::kBytes: {
      int32_t i = em().add_str(k->data, k->len, ConstKind(k->op) == ConstKind::kBytes);
      if (i >= 0) emit(Op::LOAD_CONST, uint32_t(i));
      break;
    }
    case ConstKind::kInt: {
      bool negate;
      Value v = int_constant(c_, k, &negate);
      if (v.is_null()) return false;
      if (v.is_small_int() && v.as_small_int() >= -32768 && v.as_small_int() <= 32767) {
        emit(Op::LOAD_SMALL_INT, uint32_t(v.as_small_int()) & 0xFFFF);
      } else {
        em().load_const(v);
      }
      if (negate) emit(Op::UNARY_OP, uint32_t(UnaryOp::NEG));
      break;
    }
  }
  return ok();
}

static bool is_constant(const Node* e) {
  if (e->kind == NodeKind::kConst) return true;
  if (e->kind != NodeKind::kTuple) return false;
  for (const Node* x : static_cast<const Sequence*>(e)->elts) {
    if (!is_constant(x)) return false;
  }
  return true;
}

// The runtime value of a constant expression (is_constant() is true).
bool Codegen::const_value(Node* e, Value* out) {
  if (e->kind == NodeKind::kTuple) return fold_tuple(static_cast<Sequence*>(e), out);
  auto* k = static_cast<Const*>(e);
  Vm& vm = *c_->vm;
  bool negate = false;
  switch (ConstKind(k->op)) {
    case ConstKind::kNone: *out = Value::none(); break;
    case ConstKind::kTrue: *out = Value::true_(); break;
    case ConstKind::kFalse: *out = Value::false_(); break;
    case ConstKind::kEllipsis: *out = Value::ellipsis(); break;
    case ConstKind::kFloat: *out = float_new(vm, k->negative ? -k->f : k->f); break;
    case ConstKind::kStr: *out = str_new(vm, {k->data, k->len}); break;
    case ConstKind::kBytes: *out = bytes_new(vm, reinterpret_cast<const uint8_t*>(k->data), k->len); break;
    case ConstKind::kInt: *out = int_constant(c_, k, &negate); break;
    case ConstKind::kImag: *out = k->negative ? complex_new(vm, -0.0, -k->f) : complex_new(vm, 0.0, k->f); break;
  }
  if (negate) return false;  // a huge negative literal is not folded
  return !out->is_null() || c_->oom();
}

// A tuple display of constants as one tuple constant.
bool Codegen::fold_tuple(Sequence* s, Value* out) {
  Value* items = c_->array<Value>(s->elts.n);
  if (s->elts.n && !items) return false;
  for (uint32_t i = 0; i < s->elts.n; ++i) {
    if (!const_value(s->elts[i], &items[i])) return false;
  }
  *out = tuple_new(*c_->vm, s->elts.n, items);
  return !out->is_null() || c_->oom();
}

// Keyword-only defaults that are all constants as one constant tuple
// (name, value, name, value...): MAKE_FUNCTION keeps it as the function's
// kwdefaults, in flash when frozen, and makes the dict only if
// __kwdefaults__ is read. False (nothing pending) if one is not a constant.
bool Codegen::fold_kwdefaults(Arguments* args, Value* out) {
  uint32_t n = 0;
  for (uint32_t i = 0; i < args->kwonly.n; ++i) {
    if (!args->kw_defaults[i]) continue;
    if (!is_constant(args->kw_defaults[i])) return false;
    ++n;
  }
  Value* items = c_->array<Value>(2 * n);
  if (!items) return false;
  for (uint32_t i = 0, j = 0; i < args->kwonly.n; ++i) {
    if (!args->kw_defaults[i]) continue;
    items[j++] = args->kwonly[i].name;
    if (!const_value(args->kw_defaults[i], &items[j++])) return false;
  }
  *out = tuple_new(*c_->vm, 2 * n, items);
  return !out->is_null() || c_->oom();
}

// --- names, operators ------------------------------------------------------------------

bool Codegen::name_load(Name* n) {
  if (n->id == q_debug_) {
    emit(c_->opt_level ? Op::LOAD_FALSE : Op::LOAD_TRUE);
    return ok();
  }
  return name_op(n->id, ExprCtx::kLoad, n->pos);
}

// a + b + c ...: the left spine is walked in a loop, not by recursion.
bool Codegen::binop_chain(BinOp* b) {
  Vec<BinOp*> spine;
  Node* n = b;
  for (; n->kind == NodeKind::kBinOp; n = static_cast<BinOp*>(n)->left) {
    if (!c_->push(spine, static_cast<BinOp*>(n))) return false;
  }
  if (!expr(n)) return false;
  for (uint32_t i = spine.len; i-- > 0;) {
    if (!expr(spine[i]->right)) return false;
    emit(Op::BINARY_OP, spine[i]->op);
  }
  return ok();
}

bool Codegen::boolop(BoolOp* b) {
  LabelId end = label();
  Op op = BoolOpKind(b->op) == BoolOpKind::kAnd ? Op::JUMP_IF_FALSE_OR_POP : Op::JUMP_IF_TRUE_OR_POP;
  for (uint32_t i = 0; i + 1 < b->values.n; ++i) {
    if (!expr(b->values[i])) return false;
    jump(op, end);
  }
  if (!expr(b->values[b->values.n - 1])) return false;
  bind(end);
  return ok();
}

bool Codegen::compare_op(uint8_t kind) {
  switch (CmpKind(kind)) {
    case CmpKind::kIs: emit(Op::IS_OP, 0); break;
    case CmpKind::kIsNot: emit(Op::IS_OP, 1); break;
    case CmpKind::kIn: emit(Op::CONTAINS_OP, 0); break;
    case CmpKind::kNotIn: emit(Op::CONTAINS_OP, 1); break;
    default: emit(Op::COMPARE_OP, kind); break;  // CmpKind kLt..kGe == CompareOp LT..GE
  }
  return ok();
}

// a < b < c: each middle operand is evaluated once and kept (SWAP/COPY);
// the first false comparison short-circuits with its result.
bool Codegen::compare(Compare* cmp) {
  if (!expr(cmp->left)) return false;
  uint32_t n = cmp->comparators.n;
  if (n == 1) return expr(cmp->comparators[0]) && compare_op(cmp->ops[0]);
  LabelId cleanup = label(), end = label();
  for (uint32_t i = 0; i + 1 < n; ++i) {
    if (!expr(cmp->comparators[i])) return false;  // a b
    emit(Op::SWAP, 2);                             // b a
    emit(Op::COPY, 2);                             // b a b
    compare_op(cmp->ops[i]);                       // b r
    jump(Op::JUMP_IF_FALSE_OR_POP, cleanup);       // b
  }
  if (!expr(cmp->comparators[n - 1])) return false;
  compare_op(cmp->ops[n - 1]);
  jump(Op::JUMP, end);
  bind(cleanup);  // b r
  emit(Op::SWAP, 2);
  emit(Op::POP_TOP);
  bind(end);
  return ok();
}

// --- calls ------------------------------------------------------------------------------------

// Positional arguments, then (name, value) keyword pairs, then the call.
bool Codegen::call_args(Call* c, uint32_t n_before, Op op) {
  if (!exprs(c->args)) return false;
  for (const Keyword& kw : c->keywords) {
    em().load_const(kw.arg);
    if (!expr(kw.value)) return false;
  }
  em().set_line(c->line);
  emit(op, (n_before + c->args.n) | c->keywords.n << 8);
  return ok();
}

// Keyword arguments as a dict for CALL_FUNCTION_EX: runs of name=value are
// built as dicts and merged, **mappings merged in order (DICT_MERGE reports
// repeated keywords).
bool Codegen::keywords_dict(Array<Keyword> kws) {
  bool have = false;
  uint32_t run = 0;
  auto flush = [&] {
    if (!run) return;
    emit(Op::BUILD_MAP, run);
    if (have) emit(Op::DICT_MERGE, 1);
    have = true;
    run = 0;
  };
  for (const Keyword& kw : kws) {
    if (!kw.arg.is_null()) {
      em().load_const(kw.arg);
      if (!expr(kw.value)) return false;
      ++run;
      continue;
    }
    flush();
    if (!have) emit(Op::BUILD_MAP, 0);
    have = true;
    if (!expr(kw.value)) return false;
    emit(Op::DICT_MERGE, 1);
  }
  flush();
  return ok();
}

// f(*args, **kwargs) and calls too big for CALL_FUNCTION: the arguments as a
// tuple (and a dict), then CALL_FUNCTION_EX. With `list_started`, a list of
// leading arguments is already on the stack.
bool Codegen::call_ex(Call* c, bool list_started) {
  bool starred = false;
  for (Node* a : c->args) starred |= a->kind == NodeKind::kStarred;
  if (!list_started && !starred && c->args.n <= 255) {
    if (!exprs(c->args)) return false;
    emit(Op::BUILD_TUPLE, c->args.n);
  } else {
    if (!list_started) emit(Op::BUILD_LIST, 0);
    for (Node* a : c->args) {
      bool star = a->kind == NodeKind::kStarred;
      if (!expr(star ? static_cast<Starred*>(a)->value : a)) return false;
      emit(star ? Op::LIST_EXTEND : Op::LIST_APPEND, 1);
    }
    emit(Op::LIST_TO_TUPLE);
  }
  if (c->keywords.n && !keywords_dict(c->keywords)) return false;
  em().set_line(c->line);
  emit(Op::CALL_FUNCTION_EX, c->keywords.n ? 1 : 0);
  return ok();
}

// super() in a method is super(__class__, <first parameter>).
bool Codegen::super_call(Call* c) {
  Scope* s = u_->scope;
  emit_name(Op::LOAD_GLOBAL, q_super_);
  if (!name_op(q_class_, ExprCtx::kLoad, c->pos) || !name_op(s->first_param, ExprCtx::kLoad, c->pos)) return false;
  em().set_line(c->line);
  emit(Op::CALL_FUNCTION, 2);
  return ok();
}

static bool is_zero_arg_super(Codegen& g, Call* c) {
  Scope* s = g.u_->scope;
  if (c->args.n || c->keywords.n || c->func->kind != NodeKind::kName) return false;
  if (static_cast<Name*>(c->func)->id != g.q_super_ || !is_function_scope(s) || s->first_param.is_null()) return false;
  Symbol* super_sym = scope_lookup(s, g.q_super_);
  Symbol* cls = scope_lookup(s, g.q_class_);
  return super_sym && (super_sym->flags & (kSymGlobalImplicit)) && cls && (cls->flags & kSymFree);
}

bool Codegen::call(Call* c) {
  bool unpack = c->args.n > 255 || c->keywords.n > 255;
  for (Node* a : c->args) unpack |= a->kind == NodeKind::kStarred;
  for (const Keyword& kw : c->keywords) unpack |= kw.arg.is_null();
  if (is_zero_arg_super(*this, c)) return super_call(c);
  if (c->func->kind == NodeKind::kAttribute && !unpack) {
    auto* a = static_cast<Attribute*>(c->func);
    if (!expr(a->value)) return false;
    emit_name(Op::LOAD_METHOD, a->attr);
    return call_args(c, 0, Op::CALL_METHOD);
  }
  if (!expr(c->func)) return false;
  return unpack ? call_ex(c, false) : call_args(c, 0, Op::CALL_FUNCTION);
}

// --- displays ----------------------------------------------------------------------------

static Op build_op(NodeKind kind) {
  return kind == NodeKind::kSet ? Op::BUILD_SET : kind == NodeKind::kTuple ? Op::BUILD_TUPLE : Op::BUILD_LIST;
}

// [a, *b, c] / (a, *b) / {a, *b}, and long displays: built one item at a time.
bool Codegen::starred_sequence(Nodes elts, NodeKind kind) {
  bool set = kind == NodeKind::kSet;
  emit(set ? Op::BUILD_SET : Op::BUILD_LIST, 0);
  for (Node* e : elts) {
    bool star = e->kind == NodeKind::kStarred;
    if (!expr(star ? static_cast<Starred*>(e)->value : e)) return false;
    emit(star ? (set ? Op::SET_UPDATE : Op::LIST_EXTEND) : (set ? Op::SET_ADD : Op::LIST_APPEND), 1);
  }
  if (kind == NodeKind::kTuple) emit(Op::LIST_TO_TUPLE);
  return ok();
}

bool Codegen::sequence(Sequence* s) {
  bool starred = false, all_const = true;
  for (Node* e : s->elts) {
    starred |= e->kind == NodeKind::kStarred;
    all_const &= is_constant(e);
  }
  if (all_const && s->elts.n && (s->kind == NodeKind::kTuple || s->elts.n > kInlineItems)) {
    Value t;
    if (fold_tuple(s, &t)) {
      if (s->kind == NodeKind::kTuple) return em().load_const(t), ok();
      emit(build_op(s->kind), 0);  // [1, 2, ...] = [] extended by a constant tuple
      em().load_const(t);
      emit(s->kind == NodeKind::kSet ? Op::SET_UPDATE : Op::LIST_EXTEND, 1);
      return ok();
    }
    if (c_->failed()) return false;
  }
  if (starred || s->elts.n > kInlineItems) return starred_sequence(s->elts, s->kind);
  if (!exprs(s->elts)) return false;
  emit(build_op(s->kind), s->elts.n);
  return ok();
}

bool Codegen::dict(Dict* d) {
  bool unpack = false;
  for (Node* k : d->keys) unpack |= k == nullptr;
  if (!unpack && d->keys.n <= kInlineItems) {
    for (uint32_t i = 0; i < d->keys.n; ++i) {
      if (!expr(d->keys[i]) || !expr(d->values[i])) return false;
    }
    emit(Op::BUILD_MAP, d->keys.n);
    return ok();
  }
  emit(Op::BUILD_MAP, 0);
  for (uint32_t i = 0; i < d->keys.n; ++i) {
    if (d->keys[i]) {
      if (!expr(d->keys[i]) || !expr(d->values[i])) return false;
      emit(Op::MAP_ADD, 1);
    } else {
      if (!expr(d->values[i])) return false;
      emit(Op::DICT_UPDATE, 1);
    }
  }
  return ok();
}

// f"...": literal parts and FORMAT_VALUEs joined by BUILD_STRING.
bool Codegen::joined_str(JoinedStr* j) {
  if (j->values.n == 0) {
    int32_t i = em().add_str("", 0, false);
    if (i >= 0) emit(Op::LOAD_CONST, uint32_t(i));
    return ok();
  }
  for (Node* part : j->values) {
    if (!(part->kind == NodeKind::kConst ? constant(static_cast<Const*>(part))
                                         : formatted(static_cast<FormattedValue*>(part)))) {
      return false;
    }
  }
  if (j->values.n > 1) emit(Op::BUILD_STRING, j->values.n);
  return ok();
}

bool Codegen::formatted(FormattedValue* f) {
  if (!expr(f->value)) return false;
  if (f->spec && !joined_str(static_cast<JoinedStr*>(f->spec))) return false;
  emit(Op::FORMAT_VALUE, f->op | (f->spec ? kFormatHasSpec : 0));
  return ok();
}

bool Codegen::slice(Slice* s) {
  Node* parts[3] = {s->lower, s->upper, s->step};
  for (int i = 0; i < (s->step ? 3 : 2); ++i) {
    if (!parts[i]) emit(Op::LOAD_NONE);
    else if (!expr(parts[i])) return false;
  }
  emit(Op::BUILD_SLICE, s->step ? 3 : 2);
  return ok();
}

bool Codegen::subscript(Subscript* s) {
  if (!expr(s->value)) return false;
  if (!(s->slice->kind == NodeKind::kSlice ? slice(static_cast<Slice*>(s->slice)) : expr(s->slice))) return false;
  em().set_line(s->line);
  emit(Op::BINARY_SUBSCR);
  return ok();
}

// --- comprehensions ------------------------------------------------------------------------

// The innermost element: appended to the collection `iters + 1` below it
// (one iterator per `for` sits in between), or yielded by a genexpr.
bool Codegen::comp_element(Comp* c, uint32_t iters) {
  switch (c->kind) {
    case NodeKind::kListComp:
      if (!expr(c->elt)) return false;
      emit(Op::LIST_APPEND, iters + 1);
      break;
    case NodeKind::kSetComp:
      if (!expr(c->elt)) return false;
      emit(Op::SET_ADD, iters + 1);
      break;
    case NodeKind::kDictComp:
      if (!expr(c->elt) || !expr(c->value)) return false;
      emit(Op::MAP_ADD, iters + 1);
      break;
    default:
      if (!expr(c->elt)) return false;
      emit(Op::YIELD_VALUE);
      emit(Op::POP_TOP);
      break;
  }
  return ok();
}

// for target in iter [if cond]... : one loop per generator, nested.
// `async for` loops as the statement does: GET_ANEXT and an await under a
// handler whose END_ASYNC_FOR ends the loop on StopAsyncIteration.
bool Codegen::comp_generator(Comp* c, uint32_t i, uint32_t iters) {
  const Comprehension& g = c->generators[i];
  if (i == 0) {
    emit(Op::LOAD_FAST, 0);  // .0, the iterator passed in
  } else {
    if (!expr(g.iter)) return false;
    emit(g.is_async ? Op::GET_AITER : Op::GET_ITER);
  }
  LabelId start = label(), end = label();
  bind(start);
  if (g.is_async) {
    HandlerId outer = em().handler();
    em().set_handler(em().new_handler(end, em().depth()));
    emit(Op::GET_ANEXT);
    emit(Op::LOAD_NONE);
    emit(Op::YIELD_FROM);
    em().set_handler(outer);
  } else {
    jump(Op::FOR_ITER, end);
  }
  if (!store(g.target)) return false;
  for (Node* cond : g.ifs) {
    if (!jump_if(cond, false, start)) return false;
  }
  bool more = i + 1 < c->generators.n;
  if (!(more ? comp_generator(c, i + 1, iters + 1) : comp_element(c, iters + 1))) return false;
  jump(Op::JUMP, start);
  bind(end);
  if (g.is_async) emit(Op::END_ASYNC_FOR);  // aiter exc ->
  return ok();
}

bool Codegen::comp_body(Comp* c, Code** out) {
  if (!enter_unit(c->scope, c->line)) return false;
  switch (c->kind) {
    case NodeKind::kListComp: emit(Op::BUILD_LIST, 0); break;
    case NodeKind::kSetComp: emit(Op::BUILD_SET, 0); break;
    case NodeKind::kDictComp: emit(Op::BUILD_MAP, 0); break;
    default: break;
  }
  if (!comp_generator(c, 0, 0)) return false;
  if (c->kind == NodeKind::kGenExp) emit(Op::LOAD_NONE);
  emit(Op::RETURN_VALUE);
  Scope* s = c->scope;
  *out = leave_unit(c->pos);
  if (!*out) return false;
  fill_code(*out, s, nullptr);
  return ok();
}

// [elt for ...]  ->  (function of .0)(iter(first iterable))
bool Codegen::comprehension(Comp* c) {
  Code* code;
  if (!comp_body(c, &code) || !make_function(code, c->scope, nullptr)) return false;
  if (!expr(c->generators[0].iter)) return false;
  emit(c->generators[0].is_async ? Op::GET_AITER : Op::GET_ITER);
  emit(Op::CALL_FUNCTION, 1);
  if (c->scope->is_async && c->kind != NodeKind::kGenExp) {  // await the coroutine
    emit(Op::GET_AWAITABLE);
    emit(Op::LOAD_NONE);
    emit(Op::YIELD_FROM);
  }
  return ok();
}

// --- conditions ---------------------------------------------------------------------------------

// The truth of a constant, or -1 if `e` is not a simple constant.
static int const_truth(Codegen& g, Node* e) {
  if (e->kind == NodeKind::kName && static_cast<Name*>(e)->id == g.q_debug_) return g.c_->opt_level == 0;
  if (e->kind != NodeKind::kConst) return -1;
  auto* k = static_cast<Const*>(e);
  switch (ConstKind(k->op)) {
    case ConstKind::kNone: case ConstKind::kFalse: return 0;
    case ConstKind::kTrue: case ConstKind::kEllipsis: return 1;
    case ConstKind::kStr: case ConstKind::kBytes: return k->len != 0;
    case ConstKind::kFloat: case ConstKind::kImag: return k->f != 0;
    case ConstKind::kInt:
      for (uint32_t i = k->base == 10 ? 0 : 2; i < k->len; ++i) {
        if (k->data[i] != '0' && k->data[i] != '_') return 1;
      }
      return 0;
  }
  return -1;
}

static bool is_none_test(Node* e, Node** operand, bool* is_not) {
  if (e->kind != NodeKind::kCompare) return false;
  auto* c = static_cast<Compare*>(e);
  CmpKind op = CmpKind(c->ops[0]);
  if (c->comparators.n != 1 || (op != CmpKind::kIs && op != CmpKind::kIsNot)) return false;
  Node* right = c->comparators[0];
  if (right->kind != NodeKind::kConst || ConstKind(right->op) != ConstKind::kNone) return false;
  *operand = c->left;
  *is_not = op == CmpKind::kIsNot;
  return true;
}

// Jumps to `target` if the truth of `e` is `cond`; falls through otherwise.
bool Codegen::jump_if(Node* e, bool cond, LabelId target) {
  if (!stack_guard_ok(*c_, e->pos)) return false;
  if (e->kind == NodeKind::kUnaryOp && UnaryOp(e->op) == UnaryOp::NOT) {
    return jump_if(static_cast<UnaryOpNode*>(e)->operand, !cond, target);
  }
  if (e->kind == NodeKind::kBoolOp) {
    auto* b = static_cast<BoolOp*>(e);
    bool is_and = BoolOpKind(b->op) == BoolOpKind::kAnd;
    if (is_and != cond) {  // `a and b` jumping if false, `a or b` jumping if true
      for (Node* v : b->values) {
        if (!jump_if(v, cond, target)) return false;
      }
      return ok();
    }
    LabelId skip = label();
    for (uint32_t i = 0; i + 1 < b->values.n; ++i) {
      if (!jump_if(b->values[i], !cond, skip)) return false;
    }
    if (!jump_if(b->values[b->values.n - 1], cond, target)) return false;
    bind(skip);
    return ok();
  }
  int truth = const_truth(*this, e);
  if (truth >= 0) {
    if (bool(truth) == cond) jump(Op::JUMP, target);
    return ok();
  }
  Node* operand;
  bool is_not;
  if (is_none_test(e, &operand, &is_not)) {
    if (!expr(operand)) return false;
    jump(is_not == cond ? Op::POP_JUMP_IF_NOT_NONE : Op::POP_JUMP_IF_NONE, target);
    return ok();
  }
  if (!expr(e)) return false;
  jump(cond ? Op::POP_JUMP_IF_TRUE : Op::POP_JUMP_IF_FALSE, target);
  return ok();
}

bool Codegen::if_exp(IfExp* e) {
  LabelId orelse = label(), end = label();
  if (!jump_if(e->test, false, orelse) || !expr(e->body)) return false;
  jump(Op::JUMP, end);
  bind(orelse);
  if (!expr(e->orelse)) return false;
  bind(end);
  return ok();
}

bool Codegen::yield_expr(YieldNode* y) {
  if (y->kind == NodeKind::kYield) {
    if (y->value) {
      if (!expr(y->value)) return false;
    } else {
      emit(Op::LOAD_NONE);
    }
    emit(Op::YIELD_VALUE);
    return ok();
  }
  if (!expr(y->value)) return false;
  emit(y->kind == NodeKind::kAwait ? Op::GET_AWAITABLE : Op::GET_YIELD_FROM_ITER);
  emit(Op::LOAD_NONE);
  emit(Op::YIELD_FROM);
  return ok();
}

// --- dispatch --------------------------------------------------------------------------------------

bool Codegen::exprs(Nodes es) {
  for (Node* e : es) {
    if (!expr(e)) return false;
  }
  return true;
}

bool Codegen::expr(Node* e) {
  if (!stack_guard_ok(*c_, e->pos)) return false;
  switch (e->kind) {
    case NodeKind::kName: return name_load(static_cast<Name*>(e));
    case NodeKind::kConst: return constant(static_cast<Const*>(e));
    case NodeKind::kJoinedStr: return joined_str(static_cast<JoinedStr*>(e));
    case NodeKind::kFormattedValue: return formatted(static_cast<FormattedValue*>(e));
    case NodeKind::kBoolOp: return boolop(static_cast<BoolOp*>(e));
    case NodeKind::kBinOp: return binop_chain(static_cast<BinOp*>(e));
    case NodeKind::kUnaryOp: {
      if (!expr(static_cast<UnaryOpNode*>(e)->operand)) return false;
      emit(Op::UNARY_OP, e->op);
      return ok();
    }
    case NodeKind::kCompare: return compare(static_cast<Compare*>(e));
    case NodeKind::kCall: return call(static_cast<Call*>(e));
    case NodeKind::kAttribute: {
      auto* a = static_cast<Attribute*>(e);
      if (!expr(a->value)) return false;
      em().set_line(a->line);
      emit_name(Op::LOAD_ATTR, a->attr);
      return ok();
    }
    case NodeKind::kSubscript: return subscript(static_cast<Subscript*>(e));
    case NodeKind::kStarred: return c_->error(e->pos, "can't use starred expression here");
    case NodeKind::kList: case NodeKind::kTuple: case NodeKind::kSet:
      return sequence(static_cast<Sequence*>(e));
    case NodeKind::kDict: return dict(static_cast<Dict*>(e));
    case NodeKind::kListComp: case NodeKind::kSetComp: case NodeKind::kDictComp: case NodeKind::kGenExp:
      return comprehension(static_cast<Comp*>(e));
    case NodeKind::kIfExp: return if_exp(static_cast<IfExp*>(e));
    case NodeKind::kLambda: return lambda(static_cast<Lambda*>(e));
    case NodeKind::kNamedExpr: {
      auto* n = static_cast<NamedExpr*>(e);
      if (!expr(n->value)) return false;
      emit(Op::COPY, 1);
      return store(n->target);
    }
    case NodeKind::kYield: case NodeKind::kYieldFrom: case NodeKind::kAwait:
      return yield_expr(static_cast<YieldNode*>(e));
    case NodeKind::kSlice: return slice(static_cast<Slice*>(e));
    default:
      return c_->error(e->pos, "invalid syntax");
  }
}

}  // namespace mote::compiler
