// generator.cc — generators and coroutines: send/throw/close, yield from,
// await, and the iteration protocol.
//
// A generator owns a heap copy of its frame: the Generator object holds the
// slots and operand stack (n_slots + stack_size Values) inline, plus the
// resume ip and stack pointer. Resuming pushes a Frame record whose slots
// point into the generator object (nothing is copied) and runs the loop as
// an entry frame; YIELD_VALUE saves ip/sp back and returns to C.
//
// `yield from` (and `await`) delegate one step at a time: YIELD_FROM sends
// into the inner iterator and, if it yields, re-arms itself (ip stays on the
// YIELD_FROM) so the next resume sends again. throw() and close() on the
// outer generator go to the delegate first, as PEP 380 requires.
//
// Coroutines are the same object with another type (no __next__/__iter__;
// `await` accepts them). The exception being handled inside a suspended
// generator is saved with it and swapped in on resume.
#include <cstdio>

#include "vm/runtime.h"

namespace mote {

namespace {

bool is_gen(Value v) {
  if (!v.is_object()) return false;
  const Type* t = v.as_object()->type;
  return t == &generator_type || t == &coroutine_type || t == &async_generator_type;
}

const char* kind_name(const Generator* g) { return g->type == &coroutine_type ? "coroutine" : "generator"; }

// Pushes the generator's frame as the running frame (entry).
Frame* push_gen_frame(Vm& vm, Generator* g) {
  Frame* f = vm.frame_ ? vm.frame_ + 1 : vm.frames_;
  if (f >= vm.frames_end_) {
    raise_value(vm, vm.recursion_error_);
    return nullptr;
  }
  const Code* c = g->func->code;
  f->code = c;
  f->ip = g->ip;
  f->sp = g->sp;
  f->slots = g->slots;
  f->func = g->func;
  f->globals = g->func->globals;
  f->locals = nullptr;
  f->gen = g;
  f->prev_top = vm.stack_top_;
  f->flags = kFrameEntry;
  vm.frame_ = f;
  return f;
}

// Runs the generator's frame; returns the yielded value, or absent() with
// *ret set when it returned, or null() when it raised.
Value run_gen(Vm& vm, Generator* g, bool throwing, Value* ret) {
  if (!vm.check_c_stack()) return Value::null();
  Value saved_handled = vm.handled_exc_;
  vm.handled_exc_ = g->handled_exc;
  g->state = kGenRunning;
  Value pending = throwing ? vm.take_exc() : Value::null();
  Frame* f = push_gen_frame(vm, g);
  if (!f) {
    g->state = kGenFinished;
    vm.handled_exc_ = saved_handled;
    return Value::null();
  }
  if (throwing) vm.set_exc(pending);
  Value r = interpret(vm, throwing);
  g->handled_exc = vm.handled_exc_;
  vm.handled_exc_ = saved_handled;
  if (r.is_null()) {
    g->state = kGenFinished;
    if (exc_matches(vm, &StopIteration_type) ||
        (g->type == &async_generator_type && exc_matches(vm, &StopAsyncIteration_type))) {
      // PEP 479: StopIteration escaping a generator body becomes RuntimeError.
      Value cause = vm.take_exc();
      char msg[64];
      snprintf(msg, sizeof msg, "%s raised StopIteration", kind_name(g));
      raise(vm, &RuntimeError_type, "%s", msg);
      if (vm.has_exc() && is_exception(vm.exc())) {
        as_exception(vm.exc())->cause = cause;
        as_exception(vm.exc())->context = cause;
        as_exception(vm.exc())->suppress_context = true;
      }
    }
    return r;
  }
  if (g->state == kGenFinished) {
    *ret = r;
    return Value::absent();
  }
  return r;
}

bool at_yield_from(const Generator* g) { return g->ip && *g->ip == uint8_t(Op::YIELD_FROM); }

Value gen_throw_into(Vm& vm, Generator* g, Value exc, Value* ret);

// Closes a delegate iterator (for GeneratorExit going through yield from).
bool close_delegate(Vm& vm, Value it) {
  if (is_gen(it)) {
    Generator* d = it.as<Generator>();
    if (d->state == kGenCreated || d->state == kGenFinished) {
      d->state = kGenFinished;
      return true;
    }
    Value gexit = exception_new(vm, &GeneratorExit_type, 0, nullptr);
    if (gexit.is_null()) return false;
    Value ret;
    Value r = gen_throw_into(vm, d, gexit, &ret);
    if (r.is_null()) {
      if (exc_matches(vm, &GeneratorExit_type) || exc_matches(vm, &StopIteration_type)) {
        vm.clear_exc();
        return true;
      }
      return false;
    }
    if (r.is_absent()) return true;
    raise(vm, &RuntimeError_type, "%s ignored GeneratorExit", kind_name(d));
    return false;
  }
  Value r = call_method_opt(vm, it, q(Q::close), 0, nullptr);
  return !r.is_null();
}

// Calls a delegate's throw method; its StopIteration becomes absent with
// the return value in *dret.
Value call_delegate_throw(Vm& vm, Value thr, size_t n, const Value* args, Value* dret) {
  Value r = call_kw(vm, thr, n, 0, args);
  if (r.is_null() && exc_matches(vm, &StopIteration_type)) {
    *dret = exception_arg0(vm.take_exc());
    return Value::absent();
  }
  return r;
}

// After the delegate of g's `yield from` handled a throw: it yielded r (g
// yields it too), returned dret (r absent) or raised (r null).
Value resume_after_delegate(Vm& vm, Generator* g, Value r, Value dret, Value* ret) {
  if (!r.is_null() && !r.is_absent()) return r;
  g->ip += 1;  // continue after YIELD_FROM
  if (r.is_absent()) {
    g->sp[-1] = dret;
    return run_gen(vm, g, false, ret);
  }
  return run_gen(vm, g, true, ret);
}

// throw(exc) into g: to the delegate first if g is suspended in yield from.
Value gen_throw_into(Vm& vm, Generator* g, Value exc, Value* ret) {
  if (g->state == kGenRunning) return raise(vm, &ValueError_type, "%s already executing", kind_name(g));
  if (g->state == kGenFinished || g->state == kGenCreated) {
    g->state = kGenFinished;
    vm.set_exc(exc);
    return Value::null();
  }
  if (at_yield_from(g)) {
    Value it = g->sp[-1];
    if (isinstance(exc, &GeneratorExit_type)) {
      if (!close_delegate(vm, it)) {
        g->ip += 1;
        return run_gen(vm, g, true, ret);
      }
    } else {
      Value r;
      Value dret = Value::none();
      if (is_gen(it)) {
        r = gen_throw_into(vm, it.as<Generator>(), exc, &dret);
      } else {
        Value thr = lookup_attr(vm, it, q(Q::throw_));
        if (thr.is_null()) {
          r = thr;
        } else if (thr.is_absent()) {
          vm.set_exc(exc);
          r = Value::null();
        } else {
          r = call_delegate_throw(vm, thr, 1, &exc, &dret);
        }
      }
      return resume_after_delegate(vm, g, r, dret, ret);
    }
  }
  vm.set_exc(exc);
  return run_gen(vm, g, true, ret);
}

// throw() on a generator suspended in `yield from` over a non-generator
// iterator with a throw method: CPython hands that method the arguments
// exactly as given (a class, or even a non-exception), so do the same.
// Returns false when this does not apply; else *result is throw()'s answer.
bool throw_raw_to_delegate(Vm& vm, Generator* g, size_t n_args, const Value* args, Value* result) {
  if (g->state != kGenSuspended || !at_yield_from(g) || is_gen(g->sp[-1])) return false;
  Value e = args[0];
  if (is_type(e) ? is_subtype(as_type(e), &GeneratorExit_type) : isinstance(e, &GeneratorExit_type)) {
    return false;  // close semantics: the usual path
  }
  Value thr = lookup_attr(vm, g->sp[-1], q(Q::throw_));
  if (thr.is_absent()) return false;
  if (thr.is_null()) {
    *result = thr;
    return true;
  }
  Value dret = Value::none();
  Value ret = Value::none();
  Value r = resume_after_delegate(vm, g, call_delegate_throw(vm, thr, n_args, args, &dret), dret, &ret);
  *result = r.is_absent() ? raise_stop_iteration(vm, ret) : r;
  return true;
}

}  // namespace

Value generator_new(Vm& vm, Function* func, size_t n_pos, size_t n_kw, const Value* args) {
  const Code* c = func->code;
  size_t n = size_t(c->n_slots) + c->stack_size;
  auto* g = static_cast<Generator*>(gc_alloc(vm, sizeof(Generator) + n * sizeof(Value)));
  if (!g) return Value::null();
  g->type = (c->flags & kCodeCoroutine)         ? &coroutine_type
            : (c->flags & kCodeAsyncGenerator) ? &async_generator_type
                                                : &generator_type;
  g->func = func;
  g->handled_exc = Value::null();
  if (!bind_args(vm, func, g->slots, n_pos, n_kw, args)) return Value::null();
  g->ip = c->bytecode;
  g->sp = g->slots + c->n_slots;
  g->state = kGenCreated;
  return Value::object(g);
}

Value generator_resume(Vm& vm, Generator* g, Value sent, Value exc, Value* ret) {
  *ret = Value::none();
  if (!exc.is_null()) return gen_throw_into(vm, g, exc, ret);
  switch (g->state) {
    case kGenRunning:
      return raise(vm, &ValueError_type, "%s already executing", kind_name(g));
    case kGenFinished:
      if (g->type == &coroutine_type) return raise(vm, &RuntimeError_type, "cannot reuse already awaited coroutine");
      return Value::absent();
    case kGenCreated:
      if (!sent.is_none()) {
        return raise(vm, &TypeError_type, "can't send non-None value to a just-started %s", kind_name(g));
      }
      break;
    default:
      *g->sp++ = sent;
      break;
  }
  return run_gen(vm, g, false, ret);
}

// One step of `yield from it` / `await it`: sends `sent`; returns a value to
// yield, or absent() with *ret = the delegate's return value.
namespace {

// A class's own __next__, called directly: iter_next() would swallow the
// StopIteration whose value is the result of the `yield from`.
Value next_keeping_stop_value(Vm& vm, Value it) {
  const Type* t = type_of(it);
  Value fn = is_heap_type(t) ? type_lookup(t, q(Q::dunder_next)) : Value::absent();
  if (fn.is_object() && fn.as_object()->type == &function_type) return call(vm, fn, 1, &it);
  return iter_next(vm, it);
}

}  // namespace

Value yield_from_step(Vm& vm, Value it, Value sent, Value* ret) {
  if (is_gen(it)) return generator_resume(vm, it.as<Generator>(), sent, Value::null(), ret);
  Value r = sent.is_none() ? next_keeping_stop_value(vm, it) : call_method(vm, it, q(Q::send), 1, &sent);
  if (r.is_absent()) {
    *ret = Value::none();
    return r;
  }
  if (r.is_null() && exc_matches(vm, &StopIteration_type)) {
    *ret = exception_arg0(vm.take_exc());
    return Value::absent();
  }
  return r;
}

Value get_awaitable(Vm& vm, Value obj) {
  const Type* t = type_of(obj);
  if (t == &coroutine_type) return obj;
  if (t == &generator_type) return obj;  // @types.coroutine-style generators
  Value aw = call_method_opt(vm, obj, q(Q::dunder_await), 0, nullptr);
  if (aw.is_null()) return aw;
  if (aw.is_absent()) {
    return raise(vm, &TypeError_type, "object %.*s can't be used in 'await' expression", int(type_name(t).size()),
                 type_name(t).data());
  }
  if (type_of(aw) == &coroutine_type || !type_of(aw)->iternext) {
    return raise(vm, &TypeError_type, "__await__() returned non-iterator of type '%.*s'",
                 int(type_name(type_of(aw)).size()), type_name(type_of(aw)).data());
  }
  return aw;
}

// --- async generators ------------------------------------------------------------------------
//
// agen.__anext__(), asend(v), athrow(e) and aclose() return an awaitable
// (AsyncGenOp) that drives the async generator one step: values the body
// produces with `yield` finish the awaitable (StopIteration(value)); values
// an inner `await` yields pass through to the event loop; returning ends
// the iteration (StopAsyncIteration).

namespace {

enum class AgenOpKind : uint8_t { kSend, kThrow, kClose };

struct AsyncGenOp {
  const Type* type;  // &async_gen_op_type
  Generator* agen;
  Value arg;         // value to send first / exception to throw first
  AgenOpKind kind;
  bool started;
  bool done;
};

// Interprets one resumption of the async generator for an AsyncGenOp.
Value agen_step_result(Vm& vm, AsyncGenOp* op, Value r, Value ret) {
  Generator* g = op->agen;
  if (r.is_null()) {
    op->done = true;
    if (op->kind == AgenOpKind::kClose &&
        (exc_matches(vm, &GeneratorExit_type) || exc_matches(vm, &StopAsyncIteration_type))) {
      vm.clear_exc();
      return raise_stop_iteration(vm, Value::none());
    }
    return r;
  }
  if (r.is_absent()) {  // the body returned
    op->done = true;
    if (op->kind == AgenOpKind::kClose) return raise_stop_iteration(vm, Value::none());
    return raise_args(vm, &StopAsyncIteration_type, 0, nullptr);
  }
  if (g->yielded) {  // a `yield` in the body: the awaitable's result
    op->done = true;
    if (op->kind == AgenOpKind::kClose) return raise(vm, &RuntimeError_type, "async generator ignored GeneratorExit");
    return raise_stop_iteration(vm, r);
  }
  return r;  // an inner await yielded: pass it to the event loop
}

Value agen_op_send(Vm& vm, AsyncGenOp* op, Value sent) {
  if (op->done) return raise(vm, &RuntimeError_type, "cannot reuse already awaited __anext__()/asend()");
  Value ret;
  Value r;
  if (!op->started) {
    op->started = true;
    if (op->kind == AgenOpKind::kSend) {
      r = generator_resume(vm, op->agen, op->arg, Value::null(), &ret);
    } else {
      Value exc = op->arg;
      if (op->kind == AgenOpKind::kClose) {
        if (op->agen->state == kGenCreated || op->agen->state == kGenFinished) {
          op->agen->state = kGenFinished;
          op->done = true;
          return raise_stop_iteration(vm, Value::none());
        }
        exc = exception_new(vm, &GeneratorExit_type, 0, nullptr);
        if (exc.is_null()) return exc;
      }
      r = generator_resume(vm, op->agen, Value::none(), exc, &ret);
    }
  } else {
    r = generator_resume(vm, op->agen, sent, Value::null(), &ret);
  }
  return agen_step_result(vm, op, r, ret);
}

Value agen_op_iternext(Vm& vm, Value self) { return agen_op_send(vm, self.as<AsyncGenOp>(), Value::none()); }

Value agen_op_send_fn(Vm& vm, size_t, size_t, const Value* args) {
  return agen_op_send(vm, args[0].as<AsyncGenOp>(), args[1]);
}

Value agen_op_throw_fn(Vm& vm, size_t n, size_t, const Value* args) {
  AsyncGenOp* op = args[0].as<AsyncGenOp>();
  Value exc = make_exception(vm, args[1]);
  if (exc.is_null()) return exc;
  op->started = true;
  Value ret;
  Value r = generator_resume(vm, op->agen, Value::none(), exc, &ret);
  return agen_step_result(vm, op, r, ret);
}

Value agen_op_close_fn(Vm& vm, size_t, size_t, const Value* args) {
  args[0].as<AsyncGenOp>()->done = true;
  return Value::none();
}

Value op_self(Vm&, Value self) { return self; }
Value op_await_fn(Vm& vm, size_t, size_t, const Value* args) { return args[0]; }

constexpr NativeFunction op_send_obj = native_fn(Q::send, agen_op_send_fn, 2, 2);
constexpr NativeFunction op_throw_obj = native_fn(Q::throw_, agen_op_throw_fn, 2, 4);
constexpr NativeFunction op_close_obj = native_fn(Q::close, agen_op_close_fn, 1, 1);
constexpr NativeFunction op_await_obj = native_fn(Q::dunder_await, op_await_fn, 1, 1);
constexpr auto agen_op_locals_table = sorted_table<4>({{
    {q(Q::send), Value::object(&op_send_obj)},
    {q(Q::throw_), Value::object(&op_throw_obj)},
    {q(Q::close), Value::object(&op_close_obj)},
    {q(Q::dunder_await), Value::object(&op_await_obj)},
}});
constexpr ConstMap agen_op_locals = {agen_op_locals_table.data(), agen_op_locals_table.size()};

}  // namespace

constexpr Type async_gen_op_type = {
    .type = &type_type, .name = Q::async_generator, .flags = kTypeIterIsSelf, .instance_size = 0,
    .base = &object_type, .make_new = nullptr, .print = nullptr, .unary = nullptr, .binary = nullptr,
    .load_attr = nullptr, .store_attr = nullptr, .subscr = nullptr, .call = nullptr, .get_iter = op_self,
    .iternext = agen_op_iternext, .buffer = nullptr, .locals = &agen_op_locals};

namespace {

Value agen_op_new(Vm& vm, Value agen, AgenOpKind kind, Value arg) {
  auto* op = static_cast<AsyncGenOp*>(gc_alloc(vm, sizeof(AsyncGenOp)));
  if (!op) return Value::null();
  op->type = &async_gen_op_type;
  op->agen = agen.as<Generator>();
  op->arg = arg;
  op->kind = kind;
  return Value::object(op);
}

Value agen_aiter(Vm& vm, size_t, size_t, const Value* args) { return args[0]; }
Value agen_anext(Vm& vm, size_t, size_t, const Value* args) {
  return agen_op_new(vm, args[0], AgenOpKind::kSend, Value::none());
}
Value agen_asend(Vm& vm, size_t, size_t, const Value* args) {
  return agen_op_new(vm, args[0], AgenOpKind::kSend, args[1]);
}
Value agen_athrow(Vm& vm, size_t n, size_t, const Value* args) {
  Value exc = args[1];
  if (is_type(exc)) {
    Value cls = exc;
    exc = check_instantiated(vm, cls, n > 2 && !args[2].is_none() ? call1(vm, cls, args[2]) : call0(vm, cls));
    if (exc.is_null()) return exc;
  }
  return agen_op_new(vm, args[0], AgenOpKind::kThrow, exc);
}
Value agen_aclose(Vm& vm, size_t, size_t, const Value* args) {
  return agen_op_new(vm, args[0], AgenOpKind::kClose, Value::none());
}

constexpr NativeFunction aiter_obj = native_fn(Q::dunder_aiter, agen_aiter, 1, 1);
constexpr NativeFunction anext_obj = native_fn(Q::dunder_anext, agen_anext, 1, 1);
constexpr NativeFunction asend_obj = native_fn(Q::asend, agen_asend, 2, 2);
constexpr NativeFunction athrow_obj = native_fn(Q::athrow, agen_athrow, 2, 4);
constexpr NativeFunction aclose_obj = native_fn(Q::aclose, agen_aclose, 1, 1);

}  // namespace

// --- the types ------------------------------------------------------------------------------

namespace {

Value gen_iternext(Vm& vm, Value self) {
  Value ret;
  Value r = generator_resume(vm, self.as<Generator>(), Value::none(), Value::null(), &ret);
  return r;
}

Value gen_send(Vm& vm, size_t, size_t, const Value* args) {
  Value ret;
  Value r = generator_resume(vm, args[0].as<Generator>(), args[1], Value::null(), &ret);
  if (r.is_absent()) return raise_stop_iteration(vm, ret);
  return r;
}

// Type(value) as CPython builds a thrown exception: None gives Type(), a
// tuple gives Type(*value).
Value instantiate_with(Vm& vm, Value cls, Value value) {
  if (value.is_none()) return call0(vm, cls);
  if (value.is_object() && value.as_object()->type == &tuple_type) {
    return call_kw(vm, cls, as_tuple(value)->len, 0, as_tuple(value)->items);
  }
  return call1(vm, cls, value);
}

Value gen_throw(Vm& vm, size_t n, size_t, const Value* args) {
  Value raw;
  if (throw_raw_to_delegate(vm, args[0].as<Generator>(), n - 1, args + 1, &raw)) return raw;
  Value exc = args[1];
  if (is_type(exc)) {
    if (!(as_type(exc)->flags & kTypeException)) {
      return raise(vm, &TypeError_type, "exceptions must be classes or instances deriving from BaseException, not type");
    }
    Value cls = exc;
    if (n > 2 && isinstance(args[2], as_type(cls))) {
      exc = args[2];  // throw(Type, instance): the instance as is
    } else {
      exc = check_instantiated(vm, cls, instantiate_with(vm, cls, n > 2 ? args[2] : Value::none()));
    }
    if (exc.is_null()) return exc;
  } else if (!is_exception(exc)) {
    return raise(vm, &TypeError_type, "exceptions must be classes or instances deriving from BaseException, not %.*s",
                 int(type_name(type_of(exc)).size()), type_name(type_of(exc)).data());
  }
  Value ret;
  Value r = generator_resume(vm, args[0].as<Generator>(), Value::none(), exc, &ret);
  if (r.is_absent()) return raise_stop_iteration(vm, ret);
  return r;
}

Value gen_close(Vm& vm, size_t, size_t, const Value* args) {
  Generator* g = args[0].as<Generator>();
  if (g->state == kGenCreated || g->state == kGenFinished) {
    g->state = kGenFinished;
    return Value::none();
  }
  Value gexit = exception_new(vm, &GeneratorExit_type, 0, nullptr);
  if (gexit.is_null()) return gexit;
  Value ret;
  Value r = generator_resume(vm, g, Value::none(), gexit, &ret);
  if (r.is_null()) {
    if (exc_matches(vm, &GeneratorExit_type) || exc_matches(vm, &StopIteration_type)) {
      vm.clear_exc();
      return Value::none();
    }
    return r;
  }
  if (r.is_absent()) return Value::none();
  return raise(vm, &RuntimeError_type, "%s ignored GeneratorExit", kind_name(g));
}


Value gen_await(Vm& vm, size_t, size_t, const Value* args) { return args[0]; }

bool gen_print(Vm& vm, Printer& out, Value self, PrintKind) {
  Generator* g = self.as<Generator>();
  StrView n = str_view(function_qualname(g->func));
  const char* kind = g->type == &coroutine_type ? "coroutine" : g->type == &async_generator_type ? "async_generator" : "generator";
  return printf_to(out, "<%s object %.*s at %p>", kind, int(n.len), n.data, static_cast<void*>(g));
}

Value gen_getattr(Vm& vm, Value self, Value name) {
  Generator* g = self.as<Generator>();
  switch (name.as_qstr()) {
    case Q::dunder_name: return function_name(g->func);
    case Q::dunder_qualname: return function_qualname(g->func);
    case Q::gi_running:
    case Q::cr_running: return Value::boolean(g->state == kGenRunning);
    case Q::gi_frame:
    case Q::cr_frame: return Value::none();
    case Q::gi_code:
    case Q::cr_code: return Value::object(g->func->code);
    case Q::cr_await: return at_yield_from(g) ? g->sp[-1] : Value::none();
    default: return Value::absent();
  }
}

constexpr NativeFunction send_obj = native_fn(Q::send, gen_send, 2, 2);
constexpr NativeFunction throw_obj = native_fn(Q::throw_, gen_throw, 2, 4);
constexpr NativeFunction close_obj = native_fn(Q::close, gen_close, 1, 1);
constexpr NativeFunction await_obj = native_fn(Q::dunder_await, gen_await, 1, 1);
constexpr auto gen_locals_table = sorted_table<3>({{
    {q(Q::send), Value::object(&send_obj)},
    {q(Q::throw_), Value::object(&throw_obj)},
    {q(Q::close), Value::object(&close_obj)},
}});
constexpr ConstMap gen_locals = {gen_locals_table.data(), gen_locals_table.size()};
constexpr auto coro_locals_table = sorted_table<4>({{
    {q(Q::send), Value::object(&send_obj)},
    {q(Q::throw_), Value::object(&throw_obj)},
    {q(Q::close), Value::object(&close_obj)},
    {q(Q::dunder_await), Value::object(&await_obj)},
}});
constexpr ConstMap coro_locals = {coro_locals_table.data(), coro_locals_table.size()};

}  // namespace

constexpr Type generator_type = {
    .type = &type_type, .name = Q::generator, .flags = kTypeIterIsSelf, .instance_size = 0,
    .base = &object_type, .make_new = nullptr, .print = gen_print, .unary = nullptr, .binary = nullptr,
    .load_attr = gen_getattr, .store_attr = nullptr, .subscr = nullptr, .call = nullptr,
    .get_iter = iter_self, .iternext = gen_iternext, .buffer = nullptr, .locals = &gen_locals};

constexpr Type coroutine_type = {
    .type = &type_type, .name = Q::coroutine, .flags = 0, .instance_size = 0, .base = &object_type,
    .make_new = nullptr, .print = gen_print, .unary = nullptr, .binary = nullptr, .load_attr = gen_getattr,
    .store_attr = nullptr, .subscr = nullptr, .call = nullptr, .get_iter = nullptr, .iternext = nullptr,
    .buffer = nullptr, .locals = &coro_locals};

namespace {
constexpr auto agen_locals_table = sorted_table<5>({{
    {q(Q::dunder_aiter), Value::object(&aiter_obj)},
    {q(Q::dunder_anext), Value::object(&anext_obj)},
    {q(Q::asend), Value::object(&asend_obj)},
    {q(Q::athrow), Value::object(&athrow_obj)},
    {q(Q::aclose), Value::object(&aclose_obj)},
}});
constexpr ConstMap agen_locals = {agen_locals_table.data(), agen_locals_table.size()};
}  // namespace

constexpr Type async_generator_type = {
    .type = &type_type, .name = Q::async_generator, .flags = 0, .instance_size = 0, .base = &object_type,
    .make_new = nullptr, .print = gen_print, .unary = nullptr, .binary = nullptr, .load_attr = gen_getattr,
    .store_attr = nullptr, .subscr = nullptr, .call = nullptr, .get_iter = nullptr, .iternext = nullptr,
    .buffer = nullptr, .locals = &agen_locals};

}  // namespace mote
