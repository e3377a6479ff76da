// interp.cc — the bytecode interpreter: one dispatch loop over the
// instructions of vm/opcodes.def.
//
// Dispatch is computed goto (a label per opcode, the table generated from
// opcodes.def). The running frame's state lives in locals (ip, sp, slots,
// consts, names) and is written back to the Frame only when another frame
// takes over (a call, a return, a yield).
//
// Python→Python calls do not recurse in C: CALL pushes a Frame whose slots
// start at the first argument on the caller's stack (so positional arguments
// are already bound) and the loop continues in the callee; RETURN_VALUE pops
// it and continues in the caller. Only calls made from native code (a key=
// function, __eq__ in a dict lookup, __init__ from a type call) enter run()
// recursively; those frames are marked kFrameEntry and return to C.
//
// Exceptions: an instruction that fails jumps to `error`, which adds a
// traceback entry, finds the innermost exception-table entry covering the
// failing instruction, trims the value stack to the entry's depth, pushes the
// exception and jumps to the handler — or pops the frame and repeats in the
// caller. KeyboardInterrupt is polled on backward jumps and calls.
//
// Fast paths inline: small-int arithmetic and comparison, float arithmetic
// (reusing the box of a temporary operand), str equality, list/tuple
// subscripts, range and list iteration, calls of Python functions, bound
// methods and plain classes (their __init__ runs in this loop), and inline
// caches for LOAD_GLOBAL, LOAD_ATTR, STORE_ATTR and LOAD_METHOD (keyed by
// instruction address; see runtime.h and docs/design/vm.md).
#include <cmath>

#include "vm/builtins_lib.h"
#include "vm/format.h"
#include "vm/match.h"
#include "vm/set.h"
#include "vm/runtime.h"
#include "vm/scheduler.h"

namespace mote {

Value float_new_fast(Vm& vm, double d) { return float_new(vm, d); }
Value exec_import_name(Vm& vm, Value name, Value fromlist, Value level, Dict* globals);
Value exec_import_from(Vm& vm, Value module, Value name);
bool exec_import_star(Vm& vm, Value module, Dict* locals);
bool print_expr(Vm& vm, Value v);
Value get_awaitable(Vm& vm, Value obj);
Value yield_from_step(Vm& vm, Value it, Value sent, Value* ret);
int32_t dict_find_qstr_pos(Dict* d, Value name);



namespace {

struct RangeIterLayout {
  const Type* type;
  sword next, stop, step;
};
struct ListIterLayout {
  const Type* type;
  Value list;
  size_t index;
};

const ExceptionTableEntry* find_handler(const Code* code, uint32_t offset) {
  for (uint16_t i = 0; i < code->n_exc; ++i) {
    const ExceptionTableEntry& e = code->exc_table[i];
    if (offset >= e.start && offset < e.end) return &e;
  }
  return nullptr;
}

Value unbound_local(Vm& vm, const Code* code, uint16_t slot) {
  std::string_view n = qstr_view(code->slot_names[slot]);
  return raise(vm, &UnboundLocalError_type, "cannot access local variable '%.*s' where it is not associated with a value",
               int(n.size()), n.data());
}

Value unbound_deref(Vm& vm, const Code* code, uint16_t slot) {
  std::string_view n = qstr_view(code->slot_names[slot]);
  if (slot >= code->n_slots - code->n_free) {
    return raise(vm, &NameError_type,
                 "cannot access free variable '%.*s' where it is not associated with a value in enclosing scope",
                 int(n.size()), n.data());
  }
  return unbound_local(vm, code, slot);
}

Value name_error(Vm& vm, Value name) {
  std::string_view n = qstr_view(name);
  return raise(vm, &NameError_type, "name '%.*s' is not defined", int(n.size()), n.data());
}

inline GlobalCacheEntry& global_cache_slot(Vm& vm, const uint8_t* ip) {
  auto* cache = static_cast<GlobalCacheEntry*>(vm.global_cache_);
  return cache[(reinterpret_cast<uintptr_t>(ip) >> 1) & vm.global_cache_mask_];
}

inline uint32_t builtins_layout(Vm& vm) { return vm.builtins_dict_ ? vm.builtins_dict_->layout : 0; }

// LOAD_GLOBAL on a cache miss: looks the name up and fills the cache entry.
Value load_global_miss(Vm& vm, Dict* globals, Value name, const uint8_t* ip) {
  GlobalCacheEntry& e = global_cache_slot(vm, ip);
  int32_t pos = dict_find_qstr_pos(globals, name);
  Value v;
  if (pos >= 0) {
    v = globals->entries[pos].value;
  } else {
    v = builtins_lookup(vm, name);
    if (v.is_absent()) return name_error(vm, name);
  }
  e.ip = ip;
  e.key = globals;
  e.layout = globals->layout;
  e.layout2 = builtins_layout(vm);
  e.epoch = vm.type_version_;
  e.index = pos;
  e.value = v;
  return v;
}

bool unpack_sequence(Vm& vm, Value seq, size_t n, Value* out_top) {
  size_t len;
  Value* items;
  if (seq_items(seq, &len, &items)) {
    if (len != n) {
      if (len < n) {
        raise(vm, &ValueError_type, "not enough values to unpack (expected %d, got %d)", int(n), int(len));
      } else {
        raise(vm, &ValueError_type, "too many values to unpack (expected %d)", int(n));
      }
      return false;
    }
    for (size_t i = 0; i < n; ++i) out_top[-1 - sword(i)] = items[i];
    return true;
  }
  Value it = get_iter(vm, seq);
  if (it.is_null()) {
    if (exc_matches(vm, &TypeError_type)) {
      vm.clear_exc();
      raise(vm, &TypeError_type, "cannot unpack non-iterable %.*s object", int(type_name(type_of(seq)).size()),
            type_name(type_of(seq)).data());
    }
    return false;
  }
  for (size_t i = 0; i < n; ++i) {
    Value v = iter_next(vm, it);
    if (v.is_null()) return false;
    if (v.is_absent()) {
      raise(vm, &ValueError_type, "not enough values to unpack (expected %d, got %d)", int(n), int(i));
      return false;
    }
    out_top[-1 - sword(i)] = v;
  }
  Value extra = iter_next(vm, it);
  if (extra.is_null()) return false;
  if (!extra.is_absent()) {
    raise(vm, &ValueError_type, "too many values to unpack (expected %d)", int(n));
    return false;
  }
  return true;
}

// UNPACK_EX: writes before... starred after... with item 0 on top.
bool unpack_ex(Vm& vm, Value seq, size_t before, size_t after, Value* out_top) {
  Value l = list_from_iter(vm, seq);
  if (l.is_null()) {
    if (exc_matches(vm, &TypeError_type)) {
      vm.clear_exc();
      raise(vm, &TypeError_type, "cannot unpack non-iterable %.*s object", int(type_name(type_of(seq)).size()),
            type_name(type_of(seq)).data());
    }
    return false;
  }
  List* list = as_list(l);
  size_t n = list->len;
  if (n < before + after) {
    raise(vm, &ValueError_type, "not enough values to unpack (expected at least %d, got %d)", int(before + after),
          int(n));
    return false;
  }
  size_t k = 0;
  for (size_t i = 0; i < before; ++i) out_top[-1 - sword(k++)] = list->items[i];
  Value star = list_new(vm, n - before - after, list->items + before);
  if (star.is_null()) return false;
  out_top[-1 - sword(k++)] = star;
  for (size_t i = 0; i < after; ++i) out_top[-1 - sword(k++)] = list->items[n - after + i];
  return true;
}

Value build_string(Vm& vm, const Value* parts, size_t n) {
  size_t total = 0;
  for (size_t i = 0; i < n; ++i) total += str_view(parts[i]).len;
  if (total == 0) return q(Q::empty_);
  Str* s = str_alloc(vm, total);
  if (!s) return Value::null();
  size_t off = 0;
  for (size_t i = 0; i < n; ++i) {
    StrView v = str_view(parts[i]);
    memcpy(str_data(s) + off, v.data, v.len);
    off += v.len;
  }
  return str_finish(s);
}

Value format_value_op(Vm& vm, Value v, uint16_t flags, Value spec) {
  switch (flags & kFormatConversionMask) {
    case 1: v = to_str(vm, v); break;
    case 2: v = repr(vm, v); break;
    case 3: v = call1(vm, Value::object(&builtin_ascii_obj), v); break;
    default: break;
  }
  if (v.is_null()) return v;
  if (flags & kFormatHasSpec) return format_value(vm, v, spec);
  if (is_str(v) && type_of(v) == &str_type) return v;
  return format_value(vm, v, q(Q::empty_));
}

// isinstance(exc, type-or-tuple) for `except`; TypeError for non-exception types.
int exception_match(Vm& vm, Value exc, Value type) {
  if (is_tuple(type)) {
    Tuple* t = as_tuple(type);
    for (size_t i = 0; i < t->len; ++i) {
      int r = exception_match(vm, exc, t->items[i]);
      if (r) return r;
    }
    return 0;
  }
  if (!is_type(type) || !(as_type(type)->flags & kTypeException)) {
    raise(vm, &TypeError_type, "catching classes that do not inherit from BaseException is not allowed");
    return -1;
  }
  return isinstance(exc, as_type(type));
}

// Sets __context__ on a freshly raised exception (CPython does it at raise time).
void set_context(Vm& vm, Value exc) {
  Value h = vm.handled_exc_;
  if (h.is_null() || h == exc || !is_exception(exc) || !is_exception(h)) return;
  ExceptionObj* e = as_exception(exc);
  if (!e->context.is_null()) return;
  // Avoid cycles: h's context chain must not contain exc.
  for (Value c = h; !c.is_null(); c = as_exception(c)->context) {
    if (c == exc) return;
    if (!is_exception(as_exception(c)->context)) break;
  }
  e->context = h;
}

Value call_ex_args(Vm& vm, Value fn, Value args, Value kwargs) {
  size_t n_pos;
  Value* items;
  Value tmp = args;
  if (!seq_items(args, &n_pos, &items)) {
    tmp = tuple_from_iter(vm, args);
    if (tmp.is_null()) {
      if (exc_matches(vm, &TypeError_type)) {
        vm.clear_exc();
        raise(vm, &TypeError_type, "%.*s() argument after * must be an iterable, not %.*s",
              int(callable_name(fn).size()), callable_name(fn).data(), int(type_name(type_of(args)).size()),
              type_name(type_of(args)).data());
      }
      return tmp;
    }
    seq_items(tmp, &n_pos, &items);
  }
  size_t n_kw = 0;
  Dict* kw = nullptr;
  if (!kwargs.is_null() && !kwargs.is_none()) {
    if (!is_dict(kwargs)) {
      kw = dict_new(vm);
      if (!kw || !dict_update_from(vm, kw, kwargs, false)) return Value::null();
    } else {
      kw = as_dict(kwargs);
    }
    n_kw = kw->used;
  }
  Value* buf = vm.stack_top_;
  if (buf + n_pos + 2 * n_kw + 16 > vm.stack_end_) return raise_value(vm, vm.recursion_error_);
  vcopy(buf, items, n_pos);
  size_t pos = 0, i = 0;
  Value k, v;
  while (kw && dict_next(kw, &pos, &k, &v)) {
    if (!is_str(k)) return raise(vm, &TypeError_type, "keywords must be strings");
    Value name = str_intern(vm, k);
    if (name.is_null()) return name;
    buf[n_pos + 2 * i] = name;
    buf[n_pos + 2 * i + 1] = v;
    ++i;
  }
  vm.stack_top_ += n_pos + 2 * n_kw;
  Value r = call_kw(vm, fn, n_pos, n_kw, buf);
  vm.stack_top_ -= n_pos + 2 * n_kw;
  return r;
}

Value before_with(Vm& vm, Value mgr, Value* exit_out, bool async) {
  Value enter = lookup_attr(vm, mgr, q(async ? Q::dunder_aenter : Q::dunder_enter));
  if (enter.is_null()) return enter;
  Value exit = enter.is_absent() ? enter : lookup_attr(vm, mgr, q(async ? Q::dunder_aexit : Q::dunder_exit));
  if (exit.is_null()) return exit;
  if (enter.is_absent() || exit.is_absent()) {
    return raise(vm, &TypeError_type, "'%.*s' object does not support the %scontext manager protocol",
                 int(type_name(type_of(mgr)).size()), type_name(type_of(mgr)).data(),
                 async ? "asynchronous " : "");
  }
  *exit_out = exit;
  return call0(vm, enter);
}

Value make_function(Vm& vm, Dict* globals, uint16_t flags, Value* sp_after) {
  // Stack (bottom..top): [defaults] [kwdefaults] [closure] code
  Value* p = sp_after - 1;
  Value code = *p;
  Value closure = Value::null(), kwdefaults = Value::null(), defaults = Value::null();
  if (flags & kMakeFunctionClosure) closure = *--p;
  if (flags & kMakeFunctionKwDefaults) kwdefaults = *--p;
  if (flags & kMakeFunctionDefaults) defaults = *--p;
  return function_new(vm, code.as<Code>(), globals, defaults, kwdefaults, closure);
}

Value raise_varargs(Vm& vm, uint16_t n, Value* sp) {
  if (n == 0) {
    Value h = vm.handled_exc_;
    if (h.is_null() || h.is_none()) return raise(vm, &RuntimeError_type, "No active exception to reraise");
    vm.set_exc(h);
    return Value::null();
  }
  Value exc = make_exception(vm, n == 2 ? sp[-2] : sp[-1]);
  if (exc.is_null()) return exc;
  if (n == 2) {
    Value cause = sp[-1];
    if (!cause.is_none()) {
      cause = make_exception(vm, cause);
      if (cause.is_null()) {
        if (exc_matches(vm, &TypeError_type)) {
          vm.clear_exc();
          raise(vm, &TypeError_type, "exception causes must derive from BaseException");
        }
        return cause;
      }
    }
    ExceptionObj* e = as_exception(exc);
    e->cause = cause.is_none() ? Value::null() : cause;
    e->suppress_context = true;
  }
  vm.set_exc(exc);
  return Value::null();
}

// An `import` when builtins.__import__ was replaced: the replacement's
// result (null on error). Absent when it was not replaced.
[[gnu::noinline, gnu::cold]] Value overridden_import(Vm& vm, Value name, Value fromlist, Value level,
                                                    Frame* frame) {
  if (!vm.builtins_dict_) return Value::absent();
  Value imp = dict_get_qstr(vm.builtins_dict_, q(Q::dunder_import));
  if (imp.is_absent() || imp == const_map_lookup(&builtins_module_globals, q(Q::dunder_import))) return Value::absent();
  Value args[5] = {name, dict_value(frame->globals),
                   frame->locals ? dict_value(frame->locals) : Value::none(), fromlist, level};
  return call(vm, imp, 5, args);
}

// A class namespace from a metaclass __prepare__ that is a dict subclass:
// name stores, loads and deletes go through its __setitem__ & co.
bool is_custom_namespace(const Dict* d) { return d->type != &dict_type; }

// A name from a custom namespace: absent if missing (its KeyError cleared),
// null on another error.
[[gnu::noinline, gnu::cold]] Value custom_namespace_get(Vm& vm, Dict* d, Value name) {
  Value v = subscr_load(vm, dict_value(d), name);
  if (v.is_null() && exc_matches(vm, &KeyError_type)) {
    vm.clear_exc();
    return Value::absent();
  }
  return v;
}

}  // namespace

// Runs from vm.frame_ until an entry frame returns. `throwing`: an exception
// is pending and must be raised at the frame's current instruction (generator
// throw()).
Value interpret(Vm& vm, bool throwing) {
  static const void* const labels[] = {
#define OP(name, operand, effect, jump) &&op_##name,
#include "vm/opcodes.def"
#undef OP
  };

  Frame* frame = vm.frame_;
  const Code* code;
  const uint8_t* ip;
  Value* sp;
  Value* slots;
  const Value* consts;
  const Value* names;
  bool reraise = false;  // the pending exception keeps its traceback (no entry for this frame)
  Obj* fresh = nullptr;  // see DISPATCH
  Value entry_handled = vm.handled_exc_;

#define LOAD_FRAME()         \
  do {                       \
    code = frame->code;      \
    ip = frame->ip;          \
    sp = frame->sp;          \
    slots = frame->slots;    \
    consts = code->consts;   \
    names = code->names;     \
  } while (0)
// DISPATCH forgets `fresh` (a float box only the operand stack refers to);
// the pure pushes use DISPATCH_KEEP, so a box made by one BINARY_OP can be
// reused by the next one when only loads happened in between.
#define DISPATCH()            \
  do {                        \
    fresh = nullptr;          \
    goto *labels[*ip++];      \
  } while (0)
#define DISPATCH_KEEP() goto *labels[*ip++]
#define ARG() (ip += 2, uint16_t(ip[-2] | (ip[-1] << 8)))
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define CHECK_INTERRUPT()                                  \
  do {                                                     \
    if (__builtin_expect(vm.interrupt_pending, 0)) {       \
      vm.interrupt_pending = false;                        \
      raise_args(vm, &KeyboardInterrupt_type, 0, nullptr); \
      goto error;                                          \
    }                                                      \
    /* IRQ handlers, micropython.schedule: vm/scheduler.h */ \
    if (__builtin_expect(sched_pending, 0)) {              \
      frame->ip = ip;                                      \
      frame->sp = sp;                                      \
      if (!sched_run_pending(vm)) goto error;              \
    }                                                      \
  } while (0)

  LOAD_FRAME();
  if (throwing) goto error;
  DISPATCH();

op_NOP:
  DISPATCH();
op_POP_TOP:
  --sp;
  DISPATCH();
op_COPY: {
  uint16_t n = ARG();
  Value v = sp[-sword(n)];
  PUSH(v);
  DISPATCH();
}
op_SWAP: {
  uint16_t n = ARG();
  Value t = sp[-1];
  sp[-1] = sp[-sword(n)];
  sp[-sword(n)] = t;
  DISPATCH();
}

// --- constants and variables ------------------------------------------------------
op_LOAD_CONST:
  PUSH(consts[ARG()]);
  DISPATCH_KEEP();
op_LOAD_SMALL_INT:
  PUSH(Value::small_int(int16_t(ARG())));
  DISPATCH_KEEP();
op_LOAD_NONE:
  PUSH(Value::none());
  DISPATCH();
op_LOAD_TRUE:
  PUSH(Value::true_());
  DISPATCH();
op_LOAD_FALSE:
  PUSH(Value::false_());
  DISPATCH();
op_LOAD_FAST: {
  uint16_t n = ARG();
  Value v = slots[n];
  if (__builtin_expect(v.is_null(), 0)) {
    unbound_local(vm, code, n);
    goto error;
  }
  PUSH(v);
  DISPATCH_KEEP();
}
op_STORE_FAST:
  slots[ARG()] = POP();
  DISPATCH();
op_DELETE_FAST: {
  uint16_t n = ARG();
  if (slots[n].is_null()) {
    unbound_local(vm, code, n);
    goto error;
  }
  slots[n] = Value::null();
  DISPATCH();
}
op_LOAD_DEREF: {
  uint16_t n = ARG();
  Value v = slots[n].as<Cell>()->contents;
  if (v.is_null()) {
    unbound_deref(vm, code, n);
    goto error;
  }
  PUSH(v);
  DISPATCH_KEEP();
}
op_STORE_DEREF:
  slots[ARG()].as<Cell>()->contents = POP();
  DISPATCH();
op_DELETE_DEREF: {
  uint16_t n = ARG();
  Cell* c = slots[n].as<Cell>();
  if (c->contents.is_null()) {
    unbound_deref(vm, code, n);
    goto error;
  }
  c->contents = Value::null();
  DISPATCH();
}
op_LOAD_CLOSURE:
  PUSH(slots[ARG()]);
  DISPATCH();
op_LOAD_CLASSDEREF: {
  uint16_t n = ARG();
  if (frame->locals) {
    Value v = dict_get_qstr(frame->locals, code->slot_names[n]);
    if (!v.is_absent()) {
      PUSH(v);
      DISPATCH();
    }
  }
  Value v = slots[n].as<Cell>()->contents;
  if (v.is_null()) {
    unbound_deref(vm, code, n);
    goto error;
  }
  PUSH(v);
  DISPATCH();
}
op_LOAD_NAME: {
  Value name = names[ARG()];
  Dict* locals = frame->locals ? frame->locals : frame->globals;
  Value v = is_custom_namespace(locals) ? custom_namespace_get(vm, locals, name) : dict_get_qstr(locals, name);
  if (v.is_null()) goto error;
  if (v.is_absent() && locals != frame->globals) v = dict_get_qstr(frame->globals, name);
  if (v.is_absent()) v = builtins_lookup(vm, name);
  if (v.is_absent()) {
    name_error(vm, name);
    goto error;
  }
  PUSH(v);
  DISPATCH();
}
op_STORE_NAME: {
  Value name = names[ARG()];
  Value v = POP();
  Dict* target = frame->locals ? frame->locals : frame->globals;
  if (is_custom_namespace(target) ? !subscr_store(vm, dict_value(target), name, v)
                                  : !dict_set_qstr(vm, target, name, v)) {
    goto error;
  }
  DISPATCH();
}
op_DELETE_NAME: {
  Value name = names[ARG()];
  Dict* target = frame->locals ? frame->locals : frame->globals;
  if (is_custom_namespace(target)) {
    if (!subscr_delete(vm, dict_value(target), name)) goto error;
    DISPATCH();
  }
  Value v = dict_delete(vm, target, name);
  if (v.is_null()) goto error;
  if (v.is_absent()) {
    name_error(vm, name);
    goto error;
  }
  DISPATCH();
}
op_LOAD_GLOBAL: {
  Value name = names[ARG()];
  Dict* g = frame->globals;
  GlobalCacheEntry& e = global_cache_slot(vm, ip);
  if (e.ip == ip && e.key == g && e.layout == g->layout && e.epoch == vm.type_version_) {
    if (e.index >= 0) {
      PUSH(g->entries[e.index].value);
      DISPATCH_KEEP();
    }
    if (e.layout2 == builtins_layout(vm)) {
      PUSH(e.value);
      DISPATCH_KEEP();
    }
  }
  Value v = load_global_miss(vm, g, name, ip);
  if (v.is_null()) goto error;
  PUSH(v);
  DISPATCH();
}
op_STORE_GLOBAL: {
  Value name = names[ARG()];
  Value v = POP();
  if (!dict_set_qstr(vm, frame->globals, name, v)) goto error;
  DISPATCH();
}
op_DELETE_GLOBAL: {
  Value name = names[ARG()];
  Value v = dict_delete(vm, frame->globals, name);
  if (v.is_null()) goto error;
  if (v.is_absent()) {
    name_error(vm, name);
    goto error;
  }
  DISPATCH();
}
op_LOAD_ATTR: {
  Value name = names[ARG()];
  Value obj = TOP();
  // A plain instance's own attribute: the inline cache remembers the type and
  // the entry position in the instance dict (valid if the key is still there).
  if (obj.is_object()) {
    const Type* t = obj.as_object()->type;
    if ((t->flags & kTypeHeap) && !t->load_attr && t->dict_offset == offsetof(Instance, dict)) {
      Dict* d = obj.as<Instance>()->dict;
      if (d) {
        GlobalCacheEntry& e = global_cache_slot(vm, ip);
        uint32_t pos = uint32_t(e.index);
        if (e.ip == ip && e.key == t && e.epoch == vm.type_version_ && pos < d->fill &&
            d->entries[pos].key == name) {
          sp[-1] = d->entries[pos].value;
          DISPATCH();
        }
        if (type_lookup(t, name).is_absent()) {
          int32_t p = dict_find_qstr_pos(d, name);
          if (p >= 0) {
            e.ip = ip;
            e.key = t;
            e.index = p;
            e.epoch = vm.type_version_;
            sp[-1] = d->entries[p].value;
            DISPATCH();
          }
        }
      }
    }
  }
  Value v = load_attr(vm, obj, name);
  if (v.is_null()) goto error;
  sp[-1] = v;
  DISPATCH();
}
op_STORE_ATTR: {
  Value name = names[ARG()];
  Value obj = sp[-1];
  Value v = sp[-2];
  sp -= 2;
  if (obj.is_object()) {
    const Type* t = obj.as_object()->type;
    if ((t->flags & kTypeHeap) && !t->store_attr && t->dict_offset == offsetof(Instance, dict)) {
      Dict* d = obj.as<Instance>()->dict;
      GlobalCacheEntry& e = global_cache_slot(vm, ip);
      uint32_t pos = uint32_t(e.index);
      if (d && e.ip == ip && e.key == t && e.epoch == vm.type_version_ && pos < d->fill &&
          d->entries[pos].key == name) {
        d->entries[pos].value = v;
        DISPATCH();
      }
      if (type_lookup(t, name).is_absent()) {
        // No descriptor on the class: a plain store into the instance dict.
        HeapType* ht = as_heap_type(t);
        if (!d) {
          // Sized for as many attributes as instances of this class have had.
          d = dict_new(vm, ht->attr_hint);
          if (!d) goto error;
          obj.as<Instance>()->dict = d;
        }
        int32_t p = dict_find_qstr_pos(d, name);
        if (p >= 0) {
          d->entries[p].value = v;
        } else {
          if (!dict_set_qstr(vm, d, name, v)) goto error;
          p = dict_find_qstr_pos(d, name);
          if (d->used > ht->attr_hint && d->used <= 64) ht->attr_hint = d->used;
        }
        e.ip = ip;
        e.key = t;
        e.index = p;
        e.epoch = vm.type_version_;
        DISPATCH();
      }
    }
  }
  if (!store_attr(vm, obj, name, v)) goto error;
  DISPATCH();
}
op_DELETE_ATTR: {
  Value name = names[ARG()];
  Value obj = POP();
  if (!delete_attr(vm, obj, name)) goto error;
  DISPATCH();
}
op_LOAD_METHOD: {
  Value name = names[ARG()];
  Value obj = TOP();
  const Type* t = type_of(obj);
  GlobalCacheEntry& e = global_cache_slot(vm, ip);
  if (e.ip == ip && e.key == t && e.epoch == vm.type_version_ && (!e.dict || e.dict->layout == e.layout)) {
    // A method found on the type before: still valid unless the instance's
    // own dict now shadows it.
    Value m = e.dict ? e.dict->entries[e.index].value : e.value;
    Dict** slot = instance_dict_slot(obj, t);
    if ((!e.dict || (m.is_object() && m.as_object()->type == &function_type)) &&
        (!slot || !*slot || dict_find_qstr_pos(*slot, name) < 0)) {
      sp[-1] = m;
      PUSH(obj);
      DISPATCH();
    }
  }
  Value meth, self;
  if (!load_method(vm, obj, name, &meth, &self)) goto error;
  if (!self.is_null()) {
    bool native;
    const Dict* where;
    int32_t pos;
    type_lookup_where(t, name, &native, &where, &pos);
    e.ip = ip;
    e.key = t;
    e.dict = where;
    e.index = pos;
    e.layout = where ? where->layout : 0;
    e.value = meth;
    e.epoch = vm.type_version_;
  }
  sp[-1] = meth;
  PUSH(self);
  DISPATCH();
}
op_LOAD_ASSERTION_ERROR:
  PUSH(type_value(&AssertionError_type));
  DISPATCH();
op_LOAD_BUILD_CLASS:
  // (builtins.__build_class__ may be replaced, as in CPython)
  PUSH(vm.builtins_dict_ ? builtins_lookup(vm, q(Q::dunder_build_class)) : Value::object(&builtin_build_class_obj));
  DISPATCH();

// --- subscripts -----------------------------------------------------------------------
op_BINARY_SUBSCR: {
  Value key = POP();
  Value obj = TOP();
  if (obj.is_object() && key.is_small_int()) {
    const Type* t = obj.as_object()->type;
    sword i = key.as_small_int();
    if (t == &list_type) {
      List* l = as_list(obj);
      if (i < 0) i += sword(l->len);
      if (size_t(i) < l->len) {
        sp[-1] = l->items[i];
        DISPATCH();
      }
    } else if (t == &tuple_type) {
      Tuple* tu = as_tuple(obj);
      if (i < 0) i += sword(tu->len);
      if (size_t(i) < tu->len) {
        sp[-1] = tu->items[i];
        DISPATCH();
      }
    }
  }
  Value v = subscr_load(vm, obj, key);
  if (v.is_null()) goto error;
  sp[-1] = v;
  DISPATCH();
}
op_STORE_SUBSCR: {
  Value key = sp[-1], obj = sp[-2], v = sp[-3];
  sp -= 3;
  if (obj.is_object() && key.is_small_int() && obj.as_object()->type == &list_type) {
    List* l = as_list(obj);
    sword i = key.as_small_int();
    if (i < 0) i += sword(l->len);
    if (size_t(i) < l->len) {
      l->items[i] = v;
      DISPATCH();
    }
  }
  if (!subscr_store(vm, obj, key, v)) goto error;
  DISPATCH();
}
op_DELETE_SUBSCR: {
  Value key = sp[-1], obj = sp[-2];
  sp -= 2;
  if (!subscr_delete(vm, obj, key)) goto error;
  DISPATCH();
}
op_BUILD_SLICE: {
  uint16_t n = ARG();
  Value step = n == 3 ? POP() : Value::none();
  Value stop = POP();
  Value start = TOP();
  Value s = slice_new(vm, start, stop, step);
  if (s.is_null()) goto error;
  sp[-1] = s;
  DISPATCH();
}

// --- operators ------------------------------------------------------------------------
op_UNARY_OP: {
  uint16_t op = ARG();
  Value a = TOP();
  Value r;
  if (op == uint16_t(UnaryOp::NOT)) {
    if (a.is_bool()) {
      r = Value::boolean(!a.is_true_literal());
    } else {
      int t = is_true(vm, a);
      if (t < 0) goto error;
      r = Value::boolean(!t);
    }
  } else {
    r = unary_op(vm, UnaryOp(op), a);
    if (r.is_null()) goto error;
  }
  sp[-1] = r;
  DISPATCH();
}
op_BINARY_OP: {
  uint16_t op = ARG();
  Value b = sp[-1];
  Value a = sp[-2];
  if (a.is_small_int() && b.is_small_int()) {
    sword x = a.as_small_int(), y = b.as_small_int(), r;
    BinaryOp o = BinaryOp(op >= kInplaceOffset ? op - kInplaceOffset : op);
    switch (o) {
      case BinaryOp::ADD:
        if (!__builtin_add_overflow(x, y, &r) && Value::fits_small_int(r)) {
          --sp;
          sp[-1] = Value::small_int(r);
          DISPATCH();
        }
        break;
      case BinaryOp::SUB:
        if (!__builtin_sub_overflow(x, y, &r) && Value::fits_small_int(r)) {
          --sp;
          sp[-1] = Value::small_int(r);
          DISPATCH();
        }
        break;
      case BinaryOp::MUL:
        if (!__builtin_mul_overflow(x, y, &r) && Value::fits_small_int(r)) {
          --sp;
          sp[-1] = Value::small_int(r);
          DISPATCH();
        }
        break;
      case BinaryOp::AND:
        --sp;
        sp[-1] = Value::small_int(x & y);
        DISPATCH();
      case BinaryOp::OR:
        --sp;
        sp[-1] = Value::small_int(x | y);
        DISPATCH();
      case BinaryOp::XOR:
        --sp;
        sp[-1] = Value::small_int(x ^ y);
        DISPATCH();
      default:
        break;
    }
    Value rv = int_binary_small(vm, o, x, y);
    if (rv.is_null()) goto error;
    --sp;
    sp[-1] = rv;
    DISPATCH();
  }
  {
    // Float arithmetic (float with float or small int). A float operand that
    // the previous instruction group produced and nothing else references
    // (`fresh`) is reused for the result: `a * b + c` boxes once, not twice.
    bool af = a.is_object() && a.as_object()->type == &float_type;
    bool bf = b.is_object() && b.as_object()->type == &float_type;
    if ((af && (bf || b.is_small_int())) || (bf && a.is_small_int())) {
      double x = af ? float_value(a) : double(a.as_small_int());
      double y = bf ? float_value(b) : double(b.as_small_int());
      BinaryOp o = BinaryOp(op >= kInplaceOffset ? op - kInplaceOffset : op);
      double r;
      switch (o) {
        case BinaryOp::ADD: r = x + y; goto float_result;
        case BinaryOp::SUB: r = x - y; goto float_result;
        case BinaryOp::MUL: r = x * y; goto float_result;
        case BinaryOp::TRUEDIV:
          if (y == 0.0) break;
          r = x / y;
        float_result : {
          Obj* box;
          if (af && a.as_object() == fresh) {
            box = fresh;
          } else if (bf && b.as_object() == fresh) {
            box = fresh;
          } else {
            Value rv = float_new(vm, r);
            if (rv.is_null()) goto error;
            box = rv.as_object();
          }
          reinterpret_cast<Float*>(box)->value = r;
          --sp;
          sp[-1] = Value::object(box);
          fresh = box;
          DISPATCH_KEEP();
        }
        default:
          break;
      }
    }
  }
  Value rv = binary_op(vm, BinaryOp(op), a, b);
  if (rv.is_null()) goto error;
  --sp;
  sp[-1] = rv;
  DISPATCH();
}
op_COMPARE_OP: {
  uint16_t op = ARG();
  Value b = sp[-1];
  Value a = sp[-2];
  Value r;
  if (a.is_small_int() && b.is_small_int()) {
    sword x = a.as_small_int(), y = b.as_small_int();
    bool t;
    switch (CompareOp(op)) {
      case CompareOp::LT: t = x < y; break;
      case CompareOp::LE: t = x <= y; break;
      case CompareOp::EQ: t = x == y; break;
      case CompareOp::NE: t = x != y; break;
      case CompareOp::GT: t = x > y; break;
      default: t = x >= y; break;
    }
    r = Value::boolean(t);
  } else if ((op == uint16_t(CompareOp::EQ) || op == uint16_t(CompareOp::NE)) && (a.is_qstr() || (a.is_object() && a.as_object()->type == &str_type)) &&
             (b.is_qstr() || (b.is_object() && b.as_object()->type == &str_type))) {
    r = Value::boolean(str_equal(a, b) == (op == uint16_t(CompareOp::EQ)));
  } else if (a.is_object() && b.is_object() && a.as_object()->type == &float_type &&
             b.as_object()->type == &float_type) {
    double x = float_value(a), y = float_value(b);
    bool t;
    switch (CompareOp(op)) {
      case CompareOp::LT: t = x < y; break;
      case CompareOp::LE: t = x <= y; break;
      case CompareOp::EQ: t = x == y; break;
      case CompareOp::NE: t = x != y; break;
      case CompareOp::GT: t = x > y; break;
      default: t = x >= y; break;
    }
    r = Value::boolean(t);
  } else {
    r = compare(vm, CompareOp(op), a, b);
    if (r.is_null()) goto error;
  }
  --sp;
  sp[-1] = r;
  DISPATCH();
}
op_IS_OP: {
  uint16_t inv = ARG();
  Value b = POP();
  sp[-1] = Value::boolean((sp[-1] == b) != (inv != 0));
  DISPATCH();
}
op_CONTAINS_OP: {
  uint16_t inv = ARG();
  Value b = POP();
  int c = contains(vm, b, sp[-1]);
  if (c < 0) goto error;
  sp[-1] = Value::boolean((c != 0) != (inv != 0));
  DISPATCH();
}

// --- building containers ------------------------------------------------------------------
op_BUILD_TUPLE: {
  uint16_t n = ARG();
  Value t = tuple_new(vm, n, sp - n);
  if (t.is_null()) goto error;
  sp -= n;
  PUSH(t);
  DISPATCH();
}
op_BUILD_LIST: {
  uint16_t n = ARG();
  Value l = list_new(vm, n, sp - n);
  if (l.is_null()) goto error;
  sp -= n;
  PUSH(l);
  DISPATCH();
}
op_BUILD_SET: {
  uint16_t n = ARG();
  Value s = set_new(vm);
  if (s.is_null()) goto error;
  for (uint16_t i = 0; i < n; ++i) {
    if (!set_add(vm, s, sp[-sword(n) + i])) goto error;
  }
  sp -= n;
  PUSH(s);
  DISPATCH();
}
op_BUILD_MAP: {
  uint16_t n = ARG();
  Dict* d = dict_new(vm, n);
  if (!d) goto error;
  Value* p = sp - 2 * n;
  for (uint16_t i = 0; i < n; ++i) {
    if (!dict_set(vm, d, p[2 * i], p[2 * i + 1])) goto error;
  }
  sp = p;
  PUSH(dict_value(d));
  DISPATCH();
}
op_BUILD_STRING: {
  uint16_t n = ARG();
  Value s = build_string(vm, sp - n, n);
  if (s.is_null()) goto error;
  sp -= n;
  PUSH(s);
  DISPATCH();
}
op_LIST_APPEND: {
  uint16_t n = ARG();
  Value v = POP();
  if (!list_append(vm, as_list(sp[-sword(n)]), v)) goto error;
  DISPATCH();
}
op_SET_ADD: {
  uint16_t n = ARG();
  Value v = POP();
  if (!set_add(vm, sp[-sword(n)], v)) goto error;
  DISPATCH();
}
op_MAP_ADD: {
  uint16_t n = ARG();
  Value v = POP();
  Value k = POP();
  if (!dict_set(vm, as_dict(sp[-sword(n)]), k, v)) goto error;
  DISPATCH();
}
op_LIST_EXTEND: {
  uint16_t n = ARG();
  Value it = POP();
  if (!list_extend(vm, as_list(sp[-sword(n)]), it)) {
    if (exc_matches(vm, &TypeError_type) && !type_of(it)->get_iter && !type_of(it)->subscr) {
      vm.clear_exc();
      raise(vm, &TypeError_type, "Value after * must be an iterable, not %.*s", int(type_name(type_of(it)).size()),
            type_name(type_of(it)).data());
    }
    goto error;
  }
  DISPATCH();
}
op_SET_UPDATE: {
  uint16_t n = ARG();
  Value it = POP();
  Value s = sp[-sword(n)];
  if (!for_each(vm, it, [&](Value x) { return set_add(vm, s, x); })) goto error;
  DISPATCH();
}
op_DICT_UPDATE: {
  uint16_t n = ARG();
  Value m = POP();
  if (!dict_update_from(vm, as_dict(sp[-sword(n)]), m, false)) {
    if (exc_matches(vm, &TypeError_type) && !is_dict(m)) {
      vm.clear_exc();
      raise(vm, &TypeError_type, "'%.*s' object is not a mapping", int(type_name(type_of(m)).size()),
            type_name(type_of(m)).data());
    }
    goto error;
  }
  DISPATCH();
}
op_DICT_MERGE: {
  uint16_t n = ARG();
  Value m = POP();
  if (!dict_update_from(vm, as_dict(sp[-sword(n)]), m, true)) goto error;
  DISPATCH();
}
op_LIST_TO_TUPLE: {
  List* l = as_list(TOP());
  Value t = tuple_new(vm, l->len, l->items);
  if (t.is_null()) goto error;
  sp[-1] = t;
  DISPATCH();
}
op_FORMAT_VALUE: {
  uint16_t flags = ARG();
  Value spec = (flags & kFormatHasSpec) ? POP() : Value::null();
  Value r = format_value_op(vm, TOP(), flags, spec);
  if (r.is_null()) goto error;
  sp[-1] = r;
  DISPATCH();
}

// --- unpacking ---------------------------------------------------------------------------
op_UNPACK_SEQUENCE: {
  uint16_t n = ARG();
  Value seq = POP();
  // Fast path: an exact tuple or list of the right length (the loop body of
  // `for a, b in pairs`); everything else, errors included, in the helper.
  const Type* t = seq.is_object() ? seq.as_object()->type : nullptr;
  if (t == &tuple_type && as_tuple(seq)->len == n) {
    for (size_t i = 0; i < n; ++i) sp[n - 1 - i] = as_tuple(seq)->items[i];
  } else if (t == &list_type && as_list(seq)->len == n) {
    for (size_t i = 0; i < n; ++i) sp[n - 1 - i] = as_list(seq)->items[i];
  } else if (!unpack_sequence(vm, seq, n, sp + n)) {
    goto error;
  }
  sp += n;
  DISPATCH();
}
op_UNPACK_EX: {
  uint16_t arg = ARG();
  size_t before = arg & 0xff, after = arg >> 8;
  Value seq = POP();
  if (!unpack_ex(vm, seq, before, after, sp + before + after + 1)) goto error;
  sp += before + after + 1;
  DISPATCH();
}

// --- control flow -----------------------------------------------------------------------
op_JUMP: {
  uint16_t target = ARG();
  const uint8_t* t = code->bytecode + target;
  if (t < ip) CHECK_INTERRUPT();
  ip = t;
  DISPATCH();
}
op_POP_JUMP_IF_FALSE: {
  uint16_t target = ARG();
  Value v = POP();
  int t = v.is_bool() ? v.is_true_literal() : is_true(vm, v);
  if (t < 0) goto error;
  if (!t) {
    const uint8_t* nip = code->bytecode + target;
    if (nip < ip) CHECK_INTERRUPT();
    ip = nip;
  }
  DISPATCH();
}
op_POP_JUMP_IF_TRUE: {
  uint16_t target = ARG();
  Value v = POP();
  int t = v.is_bool() ? v.is_true_literal() : is_true(vm, v);
  if (t < 0) goto error;
  if (t) {
    const uint8_t* nip = code->bytecode + target;
    if (nip < ip) CHECK_INTERRUPT();
    ip = nip;
  }
  DISPATCH();
}
op_JUMP_IF_FALSE_OR_POP: {
  uint16_t target = ARG();
  Value v = TOP();
  int t = v.is_bool() ? v.is_true_literal() : is_true(vm, v);
  if (t < 0) goto error;
  if (!t) {
    ip = code->bytecode + target;
  } else {
    --sp;
  }
  DISPATCH();
}
op_JUMP_IF_TRUE_OR_POP: {
  uint16_t target = ARG();
  Value v = TOP();
  int t = v.is_bool() ? v.is_true_literal() : is_true(vm, v);
  if (t < 0) goto error;
  if (t) {
    ip = code->bytecode + target;
  } else {
    --sp;
  }
  DISPATCH();
}
op_POP_JUMP_IF_NONE: {
  uint16_t target = ARG();
  if (POP().is_none()) ip = code->bytecode + target;
  DISPATCH();
}
op_POP_JUMP_IF_NOT_NONE: {
  uint16_t target = ARG();
  if (!POP().is_none()) ip = code->bytecode + target;
  DISPATCH();
}
op_GET_ITER: {
  Value it = get_iter(vm, TOP());
  if (it.is_null()) goto error;
  sp[-1] = it;
  DISPATCH();
}
op_FOR_ITER: {
  uint16_t target = ARG();
  Value it = TOP();
  Value v;
  // (FOR_ITER's operand is the result of GET_ITER, or a comprehension's
  // parameter — untrusted in a loaded .mpy: not necessarily an object.)
  const Type* t = it.is_object() ? it.as_object()->type : nullptr;
  if (t == &range_iterator_type) {
    auto* r = it.as<RangeIterLayout>();
    sword x = r->next;
    if (r->step > 0 ? x < r->stop : x > r->stop) {
      sword nx;  // (past the sword range: the range is done)
      r->next = __builtin_add_overflow(x, r->step, &nx) ? r->stop : nx;
      if (__builtin_expect(Value::fits_small_int(x), 1)) {
        PUSH(Value::small_int(x));
        DISPATCH();
      }
      Value big = int_from_sword(vm, x);  // a 32-bit sword exceeds a small int
      if (big.is_null()) goto error;
      PUSH(big);
      DISPATCH();
    }
    v = Value::absent();
  } else if (t == &list_iterator_type) {
    auto* li = it.as<ListIterLayout>();
    List* l = as_list(li->list);
    if (li->index < l->len) {
      PUSH(l->items[li->index++]);
      DISPATCH();
    }
    v = Value::absent();
  } else {
    frame->ip = ip;
    v = iter_next(vm, it);
    if (v.is_null()) goto error;
  }
  if (v.is_absent()) {
    --sp;
    ip = code->bytecode + target;
    DISPATCH();
  }
  PUSH(v);
  DISPATCH();
}
op_RETURN_VALUE: {
  Value v = POP();
  if (__builtin_expect(frame->flags & kFrameInit, 0)) {
    if (!v.is_none()) {
      raise(vm, &TypeError_type, "__init__() should return None, not '%.*s'", int(type_name(type_of(v)).size()),
            type_name(type_of(v)).data());
      goto error;
    }
    v = frame->init_self;
  }
  if (frame->flags & kFrameEntry) {
    if (frame->gen) {
      frame->gen->state = kGenFinished;
      frame->gen->ip = nullptr;
    }
    pop_frame(vm);
    return v;
  }
  pop_frame(vm);
  frame = vm.frame_;
  LOAD_FRAME();
  PUSH(v);
  DISPATCH();
}

// --- functions and calls ---------------------------------------------------------------
op_MAKE_FUNCTION: {
  uint16_t flags = ARG();
  Value f = make_function(vm, frame->globals, flags, sp);
  if (f.is_null()) goto error;
  sp -= __builtin_popcount(flags);
  sp[-1] = f;
  DISPATCH();
}
{
  // Shared call path: fn, args (n_pos values then n_kw pairs), and where the
  // result goes (`res`, also where the caller's sp resumes).
  Value fn;
  Value* args;
  Value* res;
  size_t n_pos, n_kw;

op_CALL_FUNCTION: {
  uint16_t arg = ARG();
  n_pos = arg & 0xff;
  n_kw = arg >> 8;
  args = sp - n_pos - 2 * n_kw;
  res = args - 1;
  fn = *res;
  goto do_call;
}
op_CALL_METHOD: {
  uint16_t arg = ARG();
  n_pos = arg & 0xff;
  n_kw = arg >> 8;
  args = sp - n_pos - 2 * n_kw;
  res = args - 2;
  fn = *res;
  if (!args[-1].is_null()) {
    --args;
    ++n_pos;
  }
  goto do_call;
}
do_call:
  CHECK_INTERRUPT();
  if (fn.is_object()) {
    const Type* ft = fn.as_object()->type;
    if (ft == &bound_method_type) {
      BoundMethod* m = fn.as<BoundMethod>();
      if (m->func.is_object() && m->func.as_object()->type == &function_type) {
        // Put self where the method was and call the function.
        if (args - 1 == res) {
          *res = m->self;
          args = res;
        } else {
          args[-1] = m->self;
          --args;
        }
        ++n_pos;
        fn = m->func;
        ft = &function_type;
      }
    }
    Value init_self = Value::null();
    if (ft->flags & kTypeHeap ? false : is_subtype(ft, &type_type)) {
      // Instantiating a plain class: allocate here and run its Python
      // __init__ in this loop (no C recursion), returning the instance.
      Value init;
      if (plain_init_call(as_type(fn), &init)) {
        init_self = instance_alloc(vm, as_type(fn));
        if (init_self.is_null()) goto error;
        if (args - 1 == res) {
          *res = init_self;
          args = res;
        } else {
          args[-1] = init_self;
          --args;
        }
        ++n_pos;
        fn = init;
        ft = &function_type;
      }
    }
    if (ft == &function_type) {
      Function* f = fn.as<Function>();
      if (!(f->code->flags & (kCodeGenerator | kCodeCoroutine | kCodeAsyncGenerator))) {
        frame->ip = ip;
        frame->sp = res;
        Value* new_slots = frame->gen ? vm.stack_top_ : args;
        Frame* nf = push_frame_at(vm, f, new_slots, n_pos, n_kw, args);
        if (!nf) goto error;
        if (!init_self.is_null()) {
          nf->flags |= kFrameInit;
          nf->init_self = init_self;
        }
        frame = nf;
        LOAD_FRAME();
        DISPATCH();
      }
    }
  }
  {
    frame->ip = ip;
    frame->sp = sp;
    Value r = call_kw(vm, fn, n_pos, n_kw, args);
    if (r.is_null()) goto error;
    sp = res;
    PUSH(r);
    DISPATCH();
  }
}
op_CALL_FUNCTION_EX: {
  uint16_t flags = ARG();
  Value kwargs = (flags & 1) ? POP() : Value::null();
  Value a = POP();
  Value f = TOP();
  frame->ip = ip;
  frame->sp = sp;
  Value r = call_ex_args(vm, f, a, kwargs);
  if (r.is_null()) goto error;
  sp[-1] = r;
  DISPATCH();
}

// --- exceptions ----------------------------------------------------------------------------
op_RAISE_VARARGS: {
  uint16_t n = ARG();
  raise_varargs(vm, n, sp);
  sp -= n;
  if (n == 0) reraise = true;
  goto error;
}
op_RERAISE: {
  Value e = POP();
  if (__builtin_expect(!is_exception(e), 0)) {
    raise(vm, &SystemError_type, "RERAISE of a non-exception");
    goto error;
  }
  vm.set_exc(e);
  reraise = true;
  goto error;
}
op_PUSH_EXC_INFO: {
  Value e = TOP();
  sp[-1] = vm.handled_exc_.is_null() ? Value::none() : vm.handled_exc_;
  PUSH(e);
  vm.handled_exc_ = e;
  DISPATCH();
}
op_POP_EXCEPT: {
  Value prev = POP();
  vm.handled_exc_ = prev.is_none() ? Value::null() : prev;
  DISPATCH();
}
op_CHECK_EXC_MATCH: {
  Value type = TOP();
  int m = exception_match(vm, sp[-2], type);
  if (m < 0) goto error;
  sp[-1] = Value::boolean(m);
  DISPATCH();
}

// --- with ------------------------------------------------------------------------------
op_BEFORE_WITH: {
  Value exit;
  frame->ip = ip;
  frame->sp = sp;
  Value r = before_with(vm, TOP(), &exit, false);
  if (r.is_null()) goto error;
  sp[-1] = exit;
  PUSH(r);
  DISPATCH();
}
op_WITH_EXCEPT_START: {
  Value exc = sp[-1];
  Value exit = sp[-3];
  Value tb = is_exception(exc) && !as_exception(exc)->traceback.is_null() ? as_exception(exc)->traceback
                                                                           : Value::none();
  Value args[3] = {type_value(type_of(exc)), exc, tb};
  frame->ip = ip;
  frame->sp = sp;
  Value r = call(vm, exit, 3, args);
  if (r.is_null()) goto error;
  PUSH(r);
  DISPATCH();
}
op_BEFORE_ASYNC_WITH: {
  Value exit;
  frame->ip = ip;
  frame->sp = sp;
  Value r = before_with(vm, TOP(), &exit, true);
  if (r.is_null()) goto error;
  r = get_awaitable(vm, r);
  if (r.is_null()) goto error;
  sp[-1] = exit;
  PUSH(r);
  DISPATCH();
}

// --- generators and coroutines ------------------------------------------------------------
op_YIELD_VALUE: {
  Value v = POP();
  Generator* g = frame->gen;
  g->ip = ip;
  g->sp = sp;
  g->state = kGenSuspended;
  g->yielded = 1;
  pop_frame(vm);
  return v;
}
op_YIELD_FROM: {
  Value sent = POP();
  Value it = TOP();
  Value ret = Value::none();
  frame->ip = ip;
  frame->sp = sp;
  Value r = yield_from_step(vm, it, sent, &ret);
  if (r.is_null()) goto error;
  if (r.is_absent()) {
    sp[-1] = ret;
    DISPATCH();
  }
  Generator* g = frame->gen;
  g->ip = ip - 1;  // re-run YIELD_FROM with the next sent value
  g->sp = sp;
  g->state = kGenSuspended;
  g->yielded = 0;
  pop_frame(vm);
  return r;
}
op_GET_YIELD_FROM_ITER: {
  Value o = TOP();
  const Type* t = type_of(o);
  if (t == &generator_type || t == &coroutine_type) DISPATCH();
  Value it = get_iter(vm, o);
  if (it.is_null()) goto error;
  sp[-1] = it;
  DISPATCH();
}
op_GET_AWAITABLE: {
  frame->ip = ip;
  frame->sp = sp;
  Value a = get_awaitable(vm, TOP());
  if (a.is_null()) goto error;
  sp[-1] = a;
  DISPATCH();
}
op_GET_AITER: {
  Value o = TOP();
  frame->ip = ip;
  frame->sp = sp;
  Value r = call_method_opt(vm, o, q(Q::dunder_aiter), 0, nullptr);
  if (r.is_null()) goto error;
  if (r.is_absent()) {
    raise(vm, &TypeError_type, "'async for' requires an object with __aiter__ method, got %.*s",
          int(type_name(type_of(o)).size()), type_name(type_of(o)).data());
    goto error;
  }
  sp[-1] = r;
  DISPATCH();
}
op_GET_ANEXT: {
  Value o = TOP();
  frame->ip = ip;
  frame->sp = sp;
  Value r = call_method_opt(vm, o, q(Q::dunder_anext), 0, nullptr);
  if (r.is_null()) goto error;
  if (r.is_absent()) {
    raise(vm, &TypeError_type, "'async for' requires an iterator with __anext__ method, got %.*s",
          int(type_name(type_of(o)).size()), type_name(type_of(o)).data());
    goto error;
  }
  r = get_awaitable(vm, r);
  if (r.is_null()) goto error;
  PUSH(r);
  DISPATCH();
}
op_END_ASYNC_FOR: {
  Value exc = POP();
  if (isinstance(exc, &StopAsyncIteration_type)) {
    --sp;  // the async iterator
    DISPATCH();
  }
  vm.set_exc(exc);
  reraise = true;
  goto error;
}

// --- imports, classes, misc ---------------------------------------------------------------
op_IMPORT_NAME: {
  Value name = names[ARG()];
  Value fromlist = POP();
  Value level = TOP();
  frame->ip = ip;
  frame->sp = sp;
  Value m = overridden_import(vm, name, fromlist, level, frame);
  if (m.is_absent()) m = exec_import_name(vm, name, fromlist, level, frame->globals);
  if (m.is_null()) goto error;
  sp[-1] = m;
  DISPATCH();
}
op_IMPORT_FROM: {
  Value name = names[ARG()];
  Value v = exec_import_from(vm, TOP(), name);
  if (v.is_null()) goto error;
  PUSH(v);
  DISPATCH();
}
op_IMPORT_STAR: {
  Value m = POP();
  if (!exec_import_star(vm, m, frame->locals ? frame->locals : frame->globals)) goto error;
  DISPATCH();
}
op_PRINT_EXPR: {
  Value v = POP();
  frame->ip = ip;
  frame->sp = sp;
  if (!print_expr(vm, v)) goto error;
  DISPATCH();
}
op_SETUP_ANNOTATIONS: {
  Dict* ns = frame->locals ? frame->locals : frame->globals;
  if (dict_get_qstr(ns, q(Q::dunder_annotations)).is_absent()) {
    Dict* d = dict_new(vm);
    if (!d || !dict_set_qstr(vm, ns, q(Q::dunder_annotations), dict_value(d))) goto error;
  }
  DISPATCH();
}

// --- pattern matching (the work is in vm/match.cc) ----------------------------------------
op_MATCH_SEQUENCE: {
  bool is_seq = match_is_sequence(TOP());
  PUSH(Value::boolean(is_seq));
  DISPATCH();
}
op_MATCH_MAPPING: {
  bool is_map = match_is_mapping(TOP());
  PUSH(Value::boolean(is_map));
  DISPATCH();
}
op_GET_LEN: {
  Value n = match_len(vm, TOP());
  if (n.is_null()) goto error;
  PUSH(n);
  DISPATCH();
}
op_MATCH_KEYS: {
  Value values = match_keys(vm, sp[-2], sp[-1]);
  if (values.is_null()) goto error;
  PUSH(values);
  DISPATCH();
}
op_COPY_DICT_WITHOUT_KEYS: {
  Value rest = match_copy_dict_without_keys(vm, sp[-2], sp[-1]);
  if (rest.is_null()) goto error;
  sp[-1] = rest;
  DISPATCH();
}
op_MATCH_CLASS: {
  uint16_t n_pos = ARG();
  Value attrs = match_class(vm, sp[-3], sp[-2], sp[-1], n_pos);
  if (attrs.is_null()) goto error;
  sp -= 2;
  sp[-1] = attrs;
  DISPATCH();
}

error : {
  Value exc = vm.exc_;
  if (!reraise) {
    set_context(vm, exc);
    uint32_t off = uint32_t(ip - code->bytecode) - 1;
    traceback_add(vm, exc, code, code_line_for_offset(code, off));
  }
  reraise = false;
  for (;;) {
    uint32_t off = uint32_t(ip - code->bytecode) - 1;
    const ExceptionTableEntry* h = find_handler(code, off);
    if (h) {
      sp = slots + code->n_slots + h->depth;
      PUSH(exc);
      vm.exc_ = Value::null();
      ip = code->bytecode + h->handler;
      DISPATCH();
    }
    bool entry = frame->flags & kFrameEntry;
    bool in_gen = frame->gen != nullptr;
    if (in_gen) {
      frame->gen->state = kGenFinished;
      frame->gen->ip = nullptr;
    }
    pop_frame(vm);
    if (entry) {
      vm.exc_ = exc;
      if (!in_gen) vm.handled_exc_ = entry_handled;
      return Value::null();
    }
    frame = vm.frame_;
    LOAD_FRAME();
    traceback_add(vm, exc, code, code_line_for_offset(code, uint32_t(ip - code->bytecode) - 1));
  }
}
#undef LOAD_FRAME
#undef DISPATCH
#undef DISPATCH_KEEP
#undef ARG
#undef PUSH
#undef POP
#undef TOP
#undef CHECK_INTERRUPT
}

Value run(Vm& vm) { return interpret(vm, false); }

}  // namespace mote
