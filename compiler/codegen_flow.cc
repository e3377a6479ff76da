// codegen_flow.cc — control flow: if, loops, try/except/finally, with,
// return/break/continue (see codegen.h).
//
// Exceptions follow CPython 3.11's lowering. Stack pictures are written
// bottom ... top relative to the depth `d` the statement started at.
//
//   try/except                        try/finally
//     [handler H, depth d]              [handler F, depth d]
//     body                              body
//     [outer] else; JUMP end            [outer] finally-body; JUMP end
//   H: exc                            F: exc
//     PUSH_EXC_INFO     prev exc        PUSH_EXC_INFO      prev exc
//     [handler C, d+1]                  [handler C, d+1]
//     <type> CHECK_EXC_MATCH            finally-body
//     POP_JUMP_IF_FALSE next            RERAISE
//     STORE e / POP_TOP  prev         C: prev exc2
//     handler-body                      SWAP 2; POP_EXCEPT; RERAISE
//     [outer] POP_EXCEPT; e=None; del e
//     JUMP end
//   next: ... RERAISE  (no clause matched)
//   C: prev exc2 -> SWAP 2; POP_EXCEPT; RERAISE
//
//   with m as x:
//     <m> BEFORE_WITH             exit res
//     [handler W, depth d+1]  STORE x; body
//     [outer] exit(None, None, None); POP_TOP; JUMP end
//   W: exit exc -> PUSH_EXC_INFO  exit prev exc
//     [handler C, d+2] WITH_EXCEPT_START  exit prev exc res
//     POP_JUMP_IF_TRUE suppress; RERAISE
//   suppress: [outer] POP_TOP; POP_EXCEPT; POP_TOP; JUMP end
//   C: exit prev exc2 -> SWAP 2; POP_EXCEPT; RERAISE
#include "compiler/codegen.h"

namespace mote::compiler {

bool Codegen::push_fblock(FBlockKind kind, HandlerId restore, uint32_t pos, LabelId cont, LabelId exit) {
  if (u_->n_fblocks == kMaxBlocks) return c_->error(pos, "too many statically nested blocks");
  FBlock& b = u_->fblocks[u_->n_fblocks++];
  b = FBlock{kind, cont, exit, restore, nullptr, Value::null()};
  return true;
}

void Codegen::clear_name(Value name, uint32_t pos) {
  emit(Op::LOAD_NONE);
  name_op(name, ExprCtx::kStore, pos);
  name_op(name, ExprCtx::kDel, pos);
}

static void call_exit(Codegen& g, bool is_async) {
  g.emit(Op::LOAD_NONE);
  g.emit(Op::LOAD_NONE);
  g.emit(Op::LOAD_NONE);
  g.emit(Op::CALL_FUNCTION, 3);
  if (is_async) {
    g.emit(Op::GET_AWAITABLE);
    g.emit(Op::LOAD_NONE);
    g.emit(Op::YIELD_FROM);
  }
  g.emit(Op::POP_TOP);
}

// The code that leaving block `b` needs. With `preserve_tos` a return
// value sits on top of the stack and must stay there.
bool Codegen::unwind(const FBlock& b, bool preserve_tos) {
  switch (b.kind) {
    case FBlockKind::kWhile:
      return true;
    case FBlockKind::kFor: case FBlockKind::kAsyncFor:
      if (preserve_tos) emit(Op::SWAP, 2);
      emit(Op::POP_TOP);  // the iterator
      return ok();
    case FBlockKind::kTryExcept:
      em().set_handler(b.restore);
      return true;
    case FBlockKind::kFinallyTry:
      em().set_handler(b.restore);
      return body(*b.finalbody);
    case FBlockKind::kFinallyEnd:  // prev exc [value]
      if (preserve_tos) emit(Op::SWAP, 2);
      emit(Op::POP_TOP);
      if (preserve_tos) emit(Op::SWAP, 2);
      em().set_handler(b.restore);
      emit(Op::POP_EXCEPT);
      return ok();
    case FBlockKind::kWith: case FBlockKind::kAsyncWith:  // exit [value]
      em().set_handler(b.restore);
      if (preserve_tos) emit(Op::SWAP, 2);
      call_exit(*this, b.kind == FBlockKind::kAsyncWith);
      return ok();
    case FBlockKind::kHandlerCleanup:  // prev [value]
      em().set_handler(b.restore);
      if (preserve_tos) emit(Op::SWAP, 2);
      emit(Op::POP_EXCEPT);
      if (!b.name.is_null()) clear_name(b.name, 0);
      return ok();
  }
  return true;
}

// Unwinds blocks top..stop (inclusive, innermost first). Each block is
// popped while its exit code is generated (a finally body must not see
// itself) and put back afterwards: the copy on the C stack survives any
// blocks the finally body pushes in its place.
bool Codegen::unwind_from(int top, int stop, bool preserve_tos) {
  if (top < stop) return true;
  FBlock b = u_->fblocks[top];
  u_->n_fblocks = top;
  bool result = unwind(b, preserve_tos) && unwind_from(top - 1, stop, preserve_tos);
  u_->fblocks[top] = b;
  u_->n_fblocks = top + 1;
  return result;
}

// return [value]
bool Codegen::return_stmt(Return* r) {
  Scope* s = u_->scope;
  if (r->value && s->is_async && s->is_generator) return c_->error(r->pos, "'return' with value in async generator");
  HandlerId saved = em().handler();
  bool preserve = r->value && r->value->kind != NodeKind::kConst;
  if (preserve && !expr(r->value)) return false;
  int n = u_->n_fblocks;
  if (!unwind_from(n - 1, 0, preserve)) return false;
  if (!preserve) {
    if (r->value) {
      if (!expr(r->value)) return false;
    } else {
      emit(Op::LOAD_NONE);
    }
  }
  emit(Op::RETURN_VALUE);
  em().set_handler(saved);
  return ok();
}

bool Codegen::break_continue(Node* s) {
  int loop = u_->n_fblocks - 1;
  while (loop >= 0 && u_->fblocks[loop].kind != FBlockKind::kWhile && u_->fblocks[loop].kind != FBlockKind::kFor &&
         u_->fblocks[loop].kind != FBlockKind::kAsyncFor) {
    --loop;
  }
  bool is_break = s->kind == NodeKind::kBreak;
  if (loop < 0) return c_->error(s->pos, is_break ? "'break' outside loop" : "'continue' not properly in loop");
  HandlerId saved = em().handler();
  if (!unwind_from(u_->n_fblocks - 1, loop + 1, false)) return false;
  FBlock b = u_->fblocks[loop];
  if (is_break) {
    if (!unwind(b, false)) return false;
    jump(Op::JUMP, b.exit);
  } else {
    jump(Op::JUMP, b.cont);
  }
  em().set_handler(saved);
  return ok();
}

// if/elif/else: the elif chain is walked in a loop.
bool Codegen::if_stmt(If* n) {
  LabelId end = label();
  for (;;) {
    LabelId next = label();
    em().set_line(n->line);
    if (!jump_if(n->test, false, next) || !body(n->body)) return false;
    bool has_else = n->orelse.n > 0;
    if (has_else) jump(Op::JUMP, end);
    bind(next);
    if (has_else && n->orelse.n == 1 && n->orelse[0]->kind == NodeKind::kIf && n->orelse[0]->op == 1) {
      n = static_cast<If*>(n->orelse[0]);
      continue;
    }
    if (!body(n->orelse)) return false;
    break;
  }
  bind(end);
  return ok();
}

static bool is_true_constant(Node* e) {
  return e->kind == NodeKind::kConst && ConstKind(e->op) == ConstKind::kTrue;
}

bool Codegen::while_stmt(While* n) {
  LabelId start = label(), orelse = label(), exit = label();
  bind(start);
  if (!is_true_constant(n->test) && !jump_if(n->test, false, orelse)) return false;
  if (!push_fblock(FBlockKind::kWhile, em().handler(), n->pos, start, exit)) return false;
  if (!body(n->body)) return false;
  pop_fblock();
  em().set_line(n->line);
  jump(Op::JUMP, start);
  bind(orelse);
  if (!body(n->orelse)) return false;
  bind(exit);
  return ok();
}

bool Codegen::for_stmt(For* n) {
  if (!expr(n->iter)) return false;
  emit(Op::GET_ITER);
  LabelId start = label(), orelse = label(), exit = label();
  bind(start);
  em().set_line(n->line);
  jump(Op::FOR_ITER, orelse);
  if (!push_fblock(FBlockKind::kFor, em().handler(), n->pos, start, exit)) return false;
  if (!store(n->target) || !body(n->body)) return false;
  pop_fblock();
  em().set_line(n->line);
  jump(Op::JUMP, start);
  bind(orelse);
  if (!body(n->orelse)) return false;
  bind(exit);
  return ok();
}

// async for: GET_ANEXT + await under a handler that ends the loop on
// StopAsyncIteration (END_ASYNC_FOR re-raises anything else).
bool Codegen::async_for(For* n) {
  if (!expr(n->iter)) return false;
  emit(Op::GET_AITER);
  int d = em().depth();
  HandlerId outer = em().handler();
  LabelId start = label(), stop = label(), exit = label();
  bind(start);
  em().set_line(n->line);
  em().set_handler(em().new_handler(stop, d));
  emit(Op::GET_ANEXT);
  emit(Op::LOAD_NONE);
  emit(Op::YIELD_FROM);
  em().set_handler(outer);
  if (!push_fblock(FBlockKind::kAsyncFor, outer, n->pos, start, exit)) return false;
  if (!store(n->target) || !body(n->body)) return false;
  pop_fblock();
  jump(Op::JUMP, start);
  bind(stop);  // aiter exc
  emit(Op::END_ASYNC_FOR);
  if (!body(n->orelse)) return false;
  bind(exit);
  return ok();
}

bool Codegen::try_stmt(Try* t) { return t->finalbody.n ? try_finally(t) : try_except(t); }

// A cleanup handler: prev exc2 -> restores prev as the handled exception and re-raises exc2.
void Codegen::cleanup_block(LabelId l) {
  bind(l);
  emit(Op::SWAP, 2);
  emit(Op::POP_EXCEPT);
  emit(Op::RERAISE);
}

bool Codegen::try_finally(Try* t) {
  int d = em().depth();
  HandlerId outer = em().handler();
  LabelId on_exc = label(), end = label(), cleanup = label();
  HandlerId hf = em().new_handler(on_exc, d);
  if (!push_fblock(FBlockKind::kFinallyTry, outer, t->pos)) return false;
  u_->fblocks[u_->n_fblocks - 1].finalbody = &t->finalbody;
  em().set_handler(hf);
  if (!(t->handlers.n ? try_except(t) : body(t->body))) return false;
  pop_fblock();
  em().set_handler(outer);
  if (!body(t->finalbody)) return false;  // normal exit
  jump(Op::JUMP, end);
  bind(on_exc);  // exc
  emit(Op::PUSH_EXC_INFO);
  em().set_handler(em().new_handler(cleanup, d + 1));
  if (!push_fblock(FBlockKind::kFinallyEnd, outer, t->pos)) return false;
  if (!body(t->finalbody)) return false;  // exceptional exit
  pop_fblock();
  emit(Op::RERAISE);
  em().set_handler(outer);
  cleanup_block(cleanup);
  bind(end);
  return ok();
}

// One `except` clause's body, with the handled exception's prev below.
bool Codegen::handler_body(const ExceptHandler& h, HandlerId cleanup, HandlerId outer, LabelId end, int d) {
  if (h.name.is_null()) {
    emit(Op::POP_TOP);
    if (!push_fblock(FBlockKind::kHandlerCleanup, outer, h.pos)) return false;
    if (!body(h.body)) return false;
    pop_fblock();
    em().set_handler(outer);
    emit(Op::POP_EXCEPT);
    jump(Op::JUMP, end);
    em().set_handler(cleanup);
    return ok();
  }
  // except E as name: the body is a try/finally that unbinds name.
  if (!name_op(h.name, ExprCtx::kStore, h.pos)) return false;
  LabelId name_cleanup = label();
  if (!push_fblock(FBlockKind::kHandlerCleanup, outer, h.pos)) return false;
  u_->fblocks[u_->n_fblocks - 1].name = h.name;
  em().set_handler(em().new_handler(name_cleanup, d + 1));
  if (!body(h.body)) return false;
  pop_fblock();
  em().set_handler(outer);
  emit(Op::POP_EXCEPT);
  clear_name(h.name, h.pos);
  jump(Op::JUMP, end);
  bind(name_cleanup);  // prev exc2
  em().set_handler(cleanup);
  clear_name(h.name, h.pos);
  emit(Op::RERAISE);
  return ok();
}

bool Codegen::try_except(Try* t) {
  int d = em().depth();
  HandlerId outer = em().handler();
  LabelId on_exc = label(), end = label(), cleanup = label();
  HandlerId h = em().new_handler(on_exc, d);
  if (!push_fblock(FBlockKind::kTryExcept, outer, t->pos)) return false;
  em().set_handler(h);
  if (!body(t->body)) return false;
  pop_fblock();
  em().set_handler(outer);
  if (!body(t->orelse)) return false;
  jump(Op::JUMP, end);
  bind(on_exc);  // exc
  emit(Op::PUSH_EXC_INFO);
  HandlerId hc = em().new_handler(cleanup, d + 1);
  em().set_handler(hc);
  for (const ExceptHandler& clause : t->handlers) {
    em().set_line(clause.line);
    LabelId next = label();
    if (clause.type) {
      if (!expr(clause.type)) return false;
      emit(Op::CHECK_EXC_MATCH);
      jump(Op::POP_JUMP_IF_FALSE, next);
    }
    if (!handler_body(clause, hc, outer, end, d)) return false;
    bind(next);
  }
  emit(Op::RERAISE);  // no clause matched
  em().set_handler(outer);
  cleanup_block(cleanup);
  bind(end);
  return ok();
}

// with a as x, b as y: body   is   with a as x: with b as y: body
bool Codegen::with_stmt(With* w, uint32_t i) {
  const WithItem& item = w->items[i];
  bool is_async = w->op;
  if (!expr(item.context_expr)) return false;
  if (is_async) {
    emit(Op::BEFORE_ASYNC_WITH);
    emit(Op::GET_AWAITABLE);
    emit(Op::LOAD_NONE);
    emit(Op::YIELD_FROM);
  } else {
    emit(Op::BEFORE_WITH);
  }
  int de = em().depth() - 1;  // depth with the bound __exit__ on top
  HandlerId outer = em().handler();
  LabelId on_exc = label(), end = label(), cleanup = label(), suppress = label();
  if (!push_fblock(is_async ? FBlockKind::kAsyncWith : FBlockKind::kWith, outer, w->pos)) return false;
  em().set_handler(em().new_handler(on_exc, de));
  if (item.optional_vars) {
    if (!store(item.optional_vars)) return false;
  } else {
    emit(Op::POP_TOP);
  }
  if (!(i + 1 < w->items.n ? with_stmt(w, i + 1) : body(w->body))) return false;
  pop_fblock();
  em().set_handler(outer);
  em().set_line(w->line);
  call_exit(*this, is_async);
  jump(Op::JUMP, end);
  bind(on_exc);  // exit exc
  emit(Op::PUSH_EXC_INFO);
  em().set_handler(em().new_handler(cleanup, de + 1));
  emit(Op::WITH_EXCEPT_START);
  if (is_async) {
    emit(Op::GET_AWAITABLE);
    emit(Op::LOAD_NONE);
    emit(Op::YIELD_FROM);
  }
  jump(Op::POP_JUMP_IF_TRUE, suppress);
  emit(Op::RERAISE);
  bind(suppress);  // exit prev exc
  em().set_handler(outer);
  emit(Op::POP_TOP);
  emit(Op::POP_EXCEPT);
  emit(Op::POP_TOP);
  jump(Op::JUMP, end);
  cleanup_block(cleanup);
  bind(end);
  return ok();
}

}  // namespace mote::compiler
