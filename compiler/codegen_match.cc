// codegen_match.cc — `match` statements (PEP 634) to bytecode.
//
// The lowering follows CPython 3.11's compiler.c with one simplification:
// captured names are stored as soon as their sub-pattern has matched, not
// held on the stack until the whole pattern has. PEP 634 allows this (names
// bound by a failed case may or may not be bound afterwards); it saves the
// rotations CPython needs and keeps the stack shallow.
//
// Per case the subject is copied (`COPY 1`) and the pattern consumes the
// copy. A pattern is compiled with its subject on top; on success it falls
// through having consumed it, on failure it jumps to `fail_pop[n]`, where n
// is the number of items it still has on the stack (`on_top`). The
// fail_pop labels are emitted after the case body as a ladder of POP_TOPs
// that ends at the next case, with the subject alone on the stack again:
//
//   <subject>
//   COPY 1; <pattern>; [guard: jump if false to fail_pop[0]]; POP_TOP; <body>; JUMP end
//   fail_pop[2]: POP_TOP   fail_pop[1]: POP_TOP   fail_pop[0]: <next case> ...
//   POP_TOP     (no case matched)
//   end:
//
// The checks CPython makes here are made here too: irrefutable patterns
// that are not last, a name bound twice, alternatives binding different
// names, duplicate literal keys in a mapping pattern.
#include "compiler/codegen.h"
#include "compiler/parser.h"
#include "vm/qstr.h"
#include "vm/vm.h"

namespace mote::compiler {

struct PatternCtx {
  Vec<LabelId> fail_pop;  // fail_pop[i]: pop i items, then on to the next case/alternative
  Vec<Value> stores;      // names bound so far by this case's pattern
  int on_top;             // items the pattern has on the stack (its subject included)
  bool allow_irrefutable; // the case is last or guarded (or this is a sub-pattern)
};

LabelId Codegen::fail_label(PatternCtx& pc, int n) {
  while (pc.fail_pop.len <= uint32_t(n)) {
    if (!c_->push(pc.fail_pop, label())) return 0;
  }
  return pc.fail_pop[uint32_t(n)];
}

// Emits `op` (a POP_JUMP_IF_*) to the failure exit for the current depth.
void Codegen::jump_fail(PatternCtx& pc, Op op) { jump(op, fail_label(pc, pc.on_top)); }

// The POP_TOP ladder: fail_pop[i] pops i items and falls into fail_pop[i-1].
void Codegen::emit_fail_pops(PatternCtx& pc) {
  if (pc.fail_pop.len == 0) return;
  for (uint32_t i = pc.fail_pop.len - 1; i > 0; --i) {
    bind(pc.fail_pop[i]);
    emit(Op::POP_TOP);
  }
  bind(pc.fail_pop[0]);
  pc.fail_pop.len = 0;
}

// Stores the subject (on top) in `name`, once per pattern.
bool Codegen::pattern_store(PatternCtx& pc, Value name, uint32_t pos) {
  for (Value v : pc.stores) {
    if (v == name) return c_->error(pos, "multiple assignments to name '%s' in pattern", qstr_view(name));
  }
  if (!c_->push(pc.stores, name)) return false;
  --pc.on_top;
  return name_op(name, ExprCtx::kStore, pos);
}

bool Codegen::match_stmt(Match* m) {
  if (!expr(m->subject)) return false;
  LabelId end = label();
  for (uint32_t i = 0; i < m->cases.n; ++i) {
    const MatchCase& mc = m->cases[i];
    PatternCtx pc{};
    pc.on_top = 1;
    pc.allow_irrefutable = mc.guard != nullptr || i == m->cases.n - 1;
    em().set_line(mc.pattern->line);
    emit(Op::COPY, 1);
    if (!pattern(mc.pattern, pc)) return false;
    if (mc.guard && !jump_if(mc.guard, false, fail_label(pc, 0))) return false;
    emit(Op::POP_TOP);  // the subject
    if (!body(mc.body)) return false;
    jump(Op::JUMP, end);
    emit_fail_pops(pc);
  }
  emit(Op::POP_TOP);
  bind(end);
  return ok();
}

// Sub-patterns of a sequence, mapping or class pattern: each one's subject
// is on top, the first sub-pattern's topmost.
bool Codegen::subpatterns(Nodes ps, PatternCtx& pc) {
  bool allow = pc.allow_irrefutable;
  pc.allow_irrefutable = true;
  for (Node* p : ps) {
    if (!pattern(p, pc)) return false;
  }
  pc.allow_irrefutable = allow;
  return true;
}

bool Codegen::pattern(Node* p, PatternCtx& pc) {
  if (!stack_guard_ok(*c_, p->pos)) return false;
  switch (p->kind) {
    case NodeKind::kMatchValue:
      if (!expr(static_cast<MatchValue*>(p)->value)) return false;
      emit(Op::COMPARE_OP, uint32_t(CompareOp::EQ));
      --pc.on_top;
      jump_fail(pc, Op::POP_JUMP_IF_FALSE);
      return ok();
    case NodeKind::kMatchSingleton:
      emit(ConstKind(p->op) == ConstKind::kNone ? Op::LOAD_NONE
           : ConstKind(p->op) == ConstKind::kTrue ? Op::LOAD_TRUE : Op::LOAD_FALSE);
      emit(Op::IS_OP, 0);
      --pc.on_top;
      jump_fail(pc, Op::POP_JUMP_IF_FALSE);
      return ok();
    case NodeKind::kMatchStar: {  // inside a sequence: the list of the rest
      Value name = static_cast<MatchStar*>(p)->name;
      if (!name.is_null()) return pattern_store(pc, name, p->pos);
      emit(Op::POP_TOP);
      --pc.on_top;
      return ok();
    }
    case NodeKind::kMatchAs: return as_pattern(static_cast<MatchAs*>(p), pc);
    case NodeKind::kMatchOr: return or_pattern(static_cast<MatchOr*>(p), pc);
    case NodeKind::kMatchSequence: return sequence_pattern(static_cast<MatchSequence*>(p), pc);
    case NodeKind::kMatchMapping: return mapping_pattern(static_cast<MatchMapping*>(p), pc);
    case NodeKind::kMatchClass: return class_pattern(static_cast<MatchClass*>(p), pc);
    default:
      return c_->error(p->pos, "invalid pattern");
  }
}

// `name`, `_`, or `pattern as name`.
bool Codegen::as_pattern(MatchAs* a, PatternCtx& pc) {
  if (!a->pattern) {
    if (!pc.allow_irrefutable) {
      if (a->name.is_null()) return c_->error(a->pos, "wildcard makes remaining patterns unreachable");
      return c_->error(a->pos, "name capture '%s' makes remaining patterns unreachable", qstr_view(a->name));
    }
    if (!a->name.is_null()) return pattern_store(pc, a->name, a->pos);
    emit(Op::POP_TOP);
    --pc.on_top;
    return ok();
  }
  emit(Op::COPY, 1);
  ++pc.on_top;
  return pattern(a->pattern, pc) && pattern_store(pc, a->name, a->pos);
}

// p | q | ...: every alternative but the last works on a copy of the
// subject and fails into the next one; all must bind the same names.
bool Codegen::or_pattern(MatchOr* o, PatternCtx& pc) {
  LabelId end = label();
  Vec<LabelId> outer_fail = pc.fail_pop;
  int outer_on_top = pc.on_top;
  bool outer_allow = pc.allow_irrefutable;
  uint32_t base = pc.stores.len;
  uint32_t n_names = 0;
  Value* names = nullptr;  // what the first alternative binds
  for (uint32_t i = 0; i < o->patterns.n; ++i) {
    Node* alt = o->patterns[i];
    bool last = i == o->patterns.n - 1;
    pc.stores.len = base;
    pc.allow_irrefutable = last && outer_allow;
    if (!last) {
      emit(Op::COPY, 1);
      pc.fail_pop = Vec<LabelId>{};
      pc.on_top = 1;
      if (!pattern(alt, pc)) return false;
      emit(Op::POP_TOP);
      jump(Op::JUMP, end);
      emit_fail_pops(pc);
    } else {
      pc.fail_pop = outer_fail;
      pc.on_top = outer_on_top;
      if (!pattern(alt, pc)) return false;
      outer_fail = pc.fail_pop;  // it may have grown
    }
    uint32_t n = pc.stores.len - base;
    if (i == 0) {
      n_names = n;
      names = c_->array<Value>(n);
      if (n && !names) return false;
      for (uint32_t j = 0; j < n; ++j) names[j] = pc.stores[base + j];
      continue;
    }
    bool same = n == n_names;
    for (uint32_t j = 0; same && j < n; ++j) {
      bool found = false;
      for (uint32_t k = 0; k < n_names; ++k) found |= names[k] == pc.stores[base + j];
      same = found;
    }
    if (!same) return c_->error(alt->pos, "alternative patterns bind different names");
  }
  pc.fail_pop = outer_fail;
  pc.on_top = outer_on_top - 1;
  pc.allow_irrefutable = outer_allow;
  bind(end);
  return ok();
}

// [p, *rest, q]: MATCH_SEQUENCE, a length check, then UNPACK_SEQUENCE or
// UNPACK_EX and the sub-patterns in order.
bool Codegen::sequence_pattern(MatchSequence* s, PatternCtx& pc) {
  uint32_t n = s->patterns.n;
  int star = -1;
  for (uint32_t i = 0; i < n; ++i) {
    if (s->patterns[i]->kind == NodeKind::kMatchStar) star = int(i);
  }
  if (star >= 0 && (uint32_t(star) > 255 || n - uint32_t(star) - 1 > 255)) {
    return c_->error(s->pos, "too many sub-patterns in sequence pattern");
  }
  if (n > 0x7fff) return c_->error(s->pos, "too many sub-patterns in sequence pattern");
  emit(Op::MATCH_SEQUENCE);
  jump_fail(pc, Op::POP_JUMP_IF_FALSE);
  uint32_t need = star < 0 ? n : n - 1;
  if (star < 0 || need > 0) {
    emit(Op::GET_LEN);
    emit(Op::LOAD_SMALL_INT, need);
    emit(Op::COMPARE_OP, uint32_t(star < 0 ? CompareOp::EQ : CompareOp::GE));
    jump_fail(pc, Op::POP_JUMP_IF_FALSE);
  }
  if (star < 0) {
    emit(Op::UNPACK_SEQUENCE, n);
  } else {
    emit(Op::UNPACK_EX, uint32_t(star) | ((n - uint32_t(star) - 1) << 8));
  }
  pc.on_top += int(n) - 1;
  return subpatterns(s->patterns, pc);
}

// Literal keys must differ (CPython checks this at compile time).
bool Codegen::check_mapping_keys(MatchMapping* m) {
  Vm& vm = *c_->vm;
  Value* seen = c_->array<Value>(m->keys.n);
  if (m->keys.n && !seen) return false;
  for (uint32_t i = 0; i < m->keys.n; ++i) {
    seen[i] = Value::null();
    if (m->keys[i]->kind != NodeKind::kConst || !const_value(m->keys[i], &seen[i])) continue;
    for (uint32_t j = 0; j < i; ++j) {
      if (seen[j].is_null() || equal(vm, seen[j], seen[i]) <= 0) continue;
      vm.clear_exc();
      Value r = repr(vm, seen[i]);
      if (r.is_null()) return c_->oom();
      StrView v = str_view(r);
      return c_->error(m->pos, "mapping pattern checks duplicate key (%s)", std::string_view(v.data, v.len));
    }
  }
  return true;
}

// {k: p, **rest}: MATCH_MAPPING, a length check, the keys as a tuple,
// MATCH_KEYS for their values, the sub-patterns, COPY_DICT_WITHOUT_KEYS.
bool Codegen::mapping_pattern(MatchMapping* m, PatternCtx& pc) {
  uint32_t n = m->keys.n;
  if (!check_mapping_keys(m)) return false;
  emit(Op::MATCH_MAPPING);
  jump_fail(pc, Op::POP_JUMP_IF_FALSE);
  if (n == 0 && m->rest.is_null()) {
    emit(Op::POP_TOP);
    --pc.on_top;
    return ok();
  }
  if (n > 0) {
    emit(Op::GET_LEN);
    emit(Op::LOAD_SMALL_INT, n);
    emit(Op::COMPARE_OP, uint32_t(CompareOp::GE));
    jump_fail(pc, Op::POP_JUMP_IF_FALSE);
  }
  if (n > 0x7fff) return c_->error(m->pos, "too many sub-patterns in mapping pattern");
  if (!exprs(m->keys)) return false;
  emit(Op::BUILD_TUPLE, n);
  ++pc.on_top;
  if (n > 0) {
    emit(Op::MATCH_KEYS);
    ++pc.on_top;
    emit(Op::COPY, 1);
    jump_fail(pc, Op::POP_JUMP_IF_NONE);
    emit(Op::UNPACK_SEQUENCE, n);
    pc.on_top += int(n) - 1;
    if (!subpatterns(m->patterns, pc)) return false;
  }
  if (!m->rest.is_null()) {
    emit(Op::COPY_DICT_WITHOUT_KEYS);  // subj keys -> subj rest
    if (!pattern_store(pc, m->rest, m->pos)) return false;
  } else {
    emit(Op::POP_TOP);
    --pc.on_top;
  }
  emit(Op::POP_TOP);
  --pc.on_top;
  return ok();
}

// Cls(p, name=q): MATCH_CLASS leaves a tuple of the attributes (or None),
// which is unpacked for the sub-patterns.
bool Codegen::class_pattern(MatchClass* k, PatternCtx& pc) {
  uint32_t n = k->patterns.n + k->kwd_attrs.n;
  if (k->patterns.n > 0xffff || n > 0x7fff) return c_->error(k->pos, "too many sub-patterns in class pattern");
  if (!expr(k->cls)) return false;
  Value* names = c_->array<Value>(k->kwd_attrs.n);
  if (k->kwd_attrs.n && !names) return false;
  for (uint32_t i = 0; i < k->kwd_attrs.n; ++i) names[i] = k->kwd_attrs[i];
  Value t = tuple_new(*c_->vm, k->kwd_attrs.n, names);
  if (t.is_null()) return c_->oom();
  em().load_const(t);
  emit(Op::MATCH_CLASS, k->patterns.n);
  emit(Op::COPY, 1);
  jump_fail(pc, Op::POP_JUMP_IF_NONE);
  if (n == 0) {
    emit(Op::POP_TOP);
    --pc.on_top;
    return ok();
  }
  emit(Op::UNPACK_SEQUENCE, n);
  pc.on_top += int(n) - 1;
  return subpatterns(k->patterns, pc) && subpatterns(k->kwd_patterns, pc);
}

}  // namespace mote::compiler
