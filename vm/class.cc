// class.cc — `type`, classes made by `class` statements (heap types), their
// instances, super(), property, classmethod and staticmethod.
//
// A heap type is a Type in the GC heap whose slots are the generic functions
// below: each looks the matching dunder up along the MRO (through the method
// cache) and calls it, or defers to the native base's slot (so `class L(list)`
// behaves as a list where it does not override). Lookups only consider
// Python-level definitions (class dicts); native behaviour is reached through
// the native base's slots, never by calling a native dunder by name.
//
// Instances of a class deriving from `object` are two words (type, dict); a
// class deriving from a native type gets that type's layout plus a dict
// pointer (Type::dict_offset) — for `tuple`, whose items are inline, the
// pointer follows the items (kDictAfterItems). `__slots__ = ()` in a class
// whose bases have no dict leaves the dict out (other __slots__ are accepted
// but instances keep a dict). Creating an instance follows CPython:
// __new__ (default: allocate the native layout, running the native
// constructor for immutable bases like int and str) then __init__.
//
// MRO: C3 linearisation, computed once at class creation into a tuple.
#include <cstdio>

#include "vm/runtime.h"

namespace mote {

Value type_lookup_ex(const Type* t, Value name, bool* native);
Value native_slot_method(Vm& vm, const Type* t, Value name, Value self);
bool shadowed_by_slot(const Type* t, Value attr);  // object.cc
Value bind_attr_native(Vm& vm, Value attr, Value obj, const Type* owner, bool native);
Value method_descriptor_new(Vm& vm, const Type* owner, Value func);  // function.cc

namespace {

// A dunder defined in Python (a class dict along the MRO); absent if the
// name is not defined or only a native type defines it.
Value user_dunder(const Type* t, uint32_t qname) {
  bool native;
  Value v = type_lookup_ex(t, q(qname), &native);
  return native ? Value::absent() : v;
}

// Calls a dunder found on a type with self prepended.
Value call_dunder(Vm& vm, Value fn, Value self, size_t n, const Value* args) {
  Value buf[4];
  buf[0] = self;
  for (size_t i = 0; i < n; ++i) buf[i + 1] = args[i];
  if (fn.is_object() && fn.as_object()->type == &static_method_type) {
    return call(vm, fn.as<NativeMethodWrapper>()->function, n, args);
  }
  if (fn.is_object() && fn.as_object()->type == &class_method_type) {
    buf[0] = type_value(type_of(self));
    return call(vm, fn.as<NativeMethodWrapper>()->function, n + 1, buf);
  }
  return call(vm, fn, n + 1, buf);
}

uint32_t compare_dunder(uint8_t op) {
  switch (op) {
    case kBinaryLt: return Q::dunder_lt;
    case kBinaryLe: return Q::dunder_le;
    case kBinaryEq: return Q::dunder_eq;
    case kBinaryNe: return Q::dunder_ne;
    case kBinaryGt: return Q::dunder_gt;
    default: return Q::dunder_ge;
  }
}

uint32_t binary_dunder(uint8_t op) {
  if (op < uint8_t(BinaryOp::INPLACE_ADD)) return Q::dunder_add + op;
  if (op < uint8_t(BinaryOp::kCount)) return Q::dunder_iadd + (op - kInplaceOffset);
  if (op < kBinaryContains) return compare_dunder(op);
  if (op == kBinaryContains) return Q::dunder_contains;
  return Q::dunder_radd + (op - kReflectedBase);
}

// --- generic slots of heap types -------------------------------------------------------

Value heap_binary(Vm& vm, uint8_t op, Value self, Value other) {
  const Type* t = type_of(self);
  Value fn = user_dunder(t, binary_dunder(op));
  if (!fn.is_absent()) {
    if (fn.is_none()) return Value::not_implemented();
    Value r = call_dunder(vm, fn, self, 1, &other);
    if (op == kBinaryContains && !r.is_null() && !r.is_bool()) {
      int b = is_true(vm, r);
      return b < 0 ? Value::null() : Value::boolean(b);
    }
    return r;
  }
  if (op == kBinaryNe) {
    Value eq = user_dunder(t, Q::dunder_eq);
    if (!eq.is_absent()) {
      Value r = call_dunder(vm, eq, self, 1, &other);
      if (r.is_null() || r == Value::not_implemented()) return r;
      int b = is_true(vm, r);
      return b < 0 ? Value::null() : Value::boolean(!b);
    }
  }
  const Type* nb = native_base(t);
  if (nb->binary) return nb->binary(vm, op, self, other);
  return Value::not_implemented();
}

Value heap_unary(Vm& vm, UnarySlot op, Value self) {
  const Type* t = type_of(self);
  static constexpr uint32_t names[] = {Q::dunder_bool, Q::dunder_len,   Q::dunder_hash,
                                       Q::dunder_neg,  Q::dunder_pos,   Q::dunder_invert,
                                       Q::dunder_abs,  Q::dunder_int,   Q::dunder_float,
                                       Q::dunder_index};
  Value fn = user_dunder(t, names[int(op)]);
  if (!fn.is_absent()) {
    if (fn.is_none()) {
      if (op == UnarySlot::kHash) {
        return raise(vm, &TypeError_type, "unhashable type: '%.*s'", int(type_name(t).size()),
                     type_name(t).data());
      }
      return Value::absent();
    }
    Value r = call_dunder(vm, fn, self, 0, nullptr);
    if (r.is_null()) return r;
    switch (op) {
      case UnarySlot::kBool:
        if (!r.is_bool()) {
          return raise(vm, &TypeError_type, "__bool__ should return bool, returned %.*s",
                       int(type_name(type_of(r)).size()), type_name(type_of(r)).data());
        }
        return r;
      case UnarySlot::kLen: {
        if (!is_int(r)) {
          return raise(vm, &TypeError_type, "'%.*s' object cannot be interpreted as an integer",
                       int(type_name(type_of(r)).size()), type_name(type_of(r)).data());
        }
        sword n;
        if (!to_sword(vm, r, &n)) return Value::null();
        if (n < 0) return raise(vm, &ValueError_type, "__len__() should return >= 0");
        return Value::small_int(n);
      }
      case UnarySlot::kHash: {
        if (!is_int(r)) return raise(vm, &TypeError_type, "__hash__ method should return an integer");
        if (r.is_small_int()) return r;
        sword h;
        if (!hash_value(vm, r, &h)) return Value::null();
        return int_from_sword(vm, h);  // a 32-bit hash may exceed a small int
      }
      case UnarySlot::kIndex:
      case UnarySlot::kInt:
        if (!is_int(r)) {
          return raise(vm, &TypeError_type, "__%s__ returned non-int (type %.*s)",
                       op == UnarySlot::kIndex ? "index" : "int", int(type_name(type_of(r)).size()),
                       type_name(type_of(r)).data());
        }
        return r;
      case UnarySlot::kFloat:
        if (!isinstance(r, &float_type)) {
          return raise(vm, &TypeError_type, "%.*s.__float__ returned non-float (type %.*s)",
                       int(type_name(t).size()), type_name(t).data(), int(type_name(type_of(r)).size()),
                       type_name(type_of(r)).data());
        }
        return r;
      default:
        return r;
    }
  }
  const Type* nb = native_base(t);
  if (nb->unary) return nb->unary(vm, op, self);
  return Value::absent();
}

bool print_dunder_result(Vm& vm, Printer& out, Value r, const char* what) {
  if (r.is_null()) return false;
  if (!is_str(r)) {
    raise(vm, &TypeError_type, "__%s__ returned non-string (type %.*s)", what,
          int(type_name(type_of(r)).size()), type_name(type_of(r)).data());
    return false;
  }
  StrView s = str_view(r);
  return out.write(out, s.data, s.len);
}

bool heap_print(Vm& vm, Printer& out, Value self, PrintKind kind) {
  const Type* t = type_of(self);
  const Type* nb = native_base(t);
  if (kind == PrintKind::kStr) {
    Value fn = user_dunder(t, Q::dunder_str);
    if (!fn.is_absent()) return print_dunder_result(vm, out, call_dunder(vm, fn, self, 0, nullptr), "str");
    if ((nb->flags & kTypeException) || nb == &str_type) return nb->print(vm, out, self, kind);
  }
  Value fn = user_dunder(t, Q::dunder_repr);
  if (!fn.is_absent()) return print_dunder_result(vm, out, call_dunder(vm, fn, self, 0, nullptr), "repr");
  return nb->print(vm, out, self, PrintKind::kRepr);
}

Value heap_subscr(Vm& vm, Value self, Value index, Value value) {
  const Type* t = type_of(self);
  uint32_t name = value.is_absent() ? Q::dunder_getitem
                  : value.is_null() ? Q::dunder_delitem
                                    : Q::dunder_setitem;
  Value fn = user_dunder(t, name);
  if (!fn.is_absent()) {
    Value args[2] = {index, value};
    Value r = call_dunder(vm, fn, self, value.is_absent() || value.is_null() ? 1 : 2, args);
    if (r.is_null() || value.is_absent()) return r;
    return Value::none();
  }
  const Type* nb = native_base(t);
  if (nb->subscr) return nb->subscr(vm, self, index, value);
  if (value.is_absent()) {
    return raise(vm, &TypeError_type, "'%.*s' object is not subscriptable", int(type_name(t).size()),
                 type_name(t).data());
  }
  return raise(vm, &TypeError_type, value.is_null() ? "'%.*s' object doesn't support item deletion"
                                                    : "'%.*s' object does not support item assignment",
               int(type_name(t).size()), type_name(t).data());
}

Value heap_call(Vm& vm, Value self, size_t n_pos, size_t n_kw, const Value* args) {
  const Type* t = type_of(self);
  Value fn = user_dunder(t, Q::dunder_call);
  if (fn.is_absent()) {
    const Type* nb = native_base(t);
    if (nb->call) return nb->call(vm, self, n_pos, n_kw, args);
    return raise(vm, &TypeError_type, "'%.*s' object is not callable", int(type_name(t).size()),
                 type_name(t).data());
  }
  // Prepend self on the value stack scratch area.
  size_t n = n_pos + 2 * n_kw + 1;
  Value* buf = vm.stack_top_;
  if (buf + n > vm.stack_end_) return raise_value(vm, vm.recursion_error_);
  buf[0] = self;
  vcopy(buf + 1, args, (n - 1));
  vm.stack_top_ += n;
  Value r = call_kw(vm, fn, n_pos + 1, n_kw, buf);
  vm.stack_top_ -= n;
  return r;
}

// Iterator over a class that has __getitem__ but no __iter__.
struct SeqIter {
  const Type* type;
  Value seq;
  sword index;
};

Value seq_iter_next(Vm& vm, Value self) {
  SeqIter* it = self.as<SeqIter>();
  if (it->seq.is_null()) return Value::absent();
  Value r = subscr_load(vm, it->seq, Value::small_int(it->index));
  if (r.is_null()) {
    if (exc_matches(vm, &IndexError_type) || exc_matches(vm, &StopIteration_type)) {
      vm.clear_exc();
      it->seq = Value::null();
      return Value::absent();
    }
    return r;
  }
  ++it->index;
  return r;
}


}  // namespace

constexpr Type seq_iter_type = {
    .type = &type_type, .name = Q::iter, .flags = kTypeIterIsSelf, .instance_size = 0,
    .base = &object_type, .make_new = nullptr, .print = nullptr, .unary = nullptr, .binary = nullptr,
    .load_attr = nullptr, .store_attr = nullptr, .subscr = nullptr, .call = nullptr,
    .get_iter = iter_self, .iternext = seq_iter_next, .buffer = nullptr, .locals = nullptr};

Value seq_iter_new(Vm& vm, Value seq) {
  auto* it = static_cast<SeqIter*>(gc_alloc(vm, sizeof(SeqIter)));
  if (!it) return Value::null();
  it->type = &seq_iter_type;
  it->seq = seq;
  return Value::object(it);
}

namespace {

Value heap_get_iter(Vm& vm, Value self) {
  const Type* t = type_of(self);
  Value fn = user_dunder(t, Q::dunder_iter);
  if (!fn.is_absent()) {
    if (fn.is_none()) {
      return raise(vm, &TypeError_type, "'%.*s' object is not iterable", int(type_name(t).size()),
                   type_name(t).data());
    }
    Value r = call_dunder(vm, fn, self, 0, nullptr);
    if (r.is_null()) return r;
    const Type* rt = type_of(r);
    if (!rt->iternext) {
      return raise(vm, &TypeError_type, "iter() returned non-iterator of type '%.*s'",
                   int(type_name(rt).size()), type_name(rt).data());
    }
    return r;
  }
  const Type* nb = native_base(t);
  if (nb->get_iter) return nb->get_iter(vm, self);
  if (!user_dunder(t, Q::dunder_getitem).is_absent()) return seq_iter_new(vm, self);
  if (!user_dunder(t, Q::dunder_next).is_absent()) return self;
  return raise(vm, &TypeError_type, "'%.*s' object is not iterable", int(type_name(t).size()),
               type_name(t).data());
}

Value heap_iternext(Vm& vm, Value self) {
  const Type* t = type_of(self);
  Value fn = user_dunder(t, Q::dunder_next);
  if (!fn.is_absent()) {
    Value r = call_dunder(vm, fn, self, 0, nullptr);
    if (r.is_null() && exc_matches(vm, &StopIteration_type)) {
      vm.stop_iteration_ = vm.take_exc();
      return Value::absent();
    }
    return r;
  }
  const Type* nb = native_base(t);
  if (nb->iternext) return nb->iternext(vm, self);
  return raise(vm, &TypeError_type, "'%.*s' object is not an iterator", int(type_name(t).size()),
               type_name(t).data());
}

Value heap_getattr(Vm& vm, Value self, Value name) {
  const Type* t = type_of(self);
  Value ga = user_dunder(t, Q::dunder_getattribute);
  Value r;
  if (!ga.is_absent()) {
    r = call_dunder(vm, ga, self, 1, &name);
    if (!r.is_null()) return r;
    if (!exc_matches(vm, &AttributeError_type)) return r;
    Value fallback = user_dunder(t, Q::dunder_getattr);
    if (fallback.is_absent()) return r;
    vm.clear_exc();
    return call_dunder(vm, fallback, self, 1, &name);
  }
  if (native_base(t)->load_attr) {
    r = native_base(t)->load_attr(vm, self, name);
    if (!r.is_absent()) return r;
  }
  r = generic_getattr(vm, self, name, nullptr);
  if (!r.is_absent()) return r;
  Value fallback = user_dunder(t, Q::dunder_getattr);
  if (fallback.is_absent()) return r;
  return call_dunder(vm, fallback, self, 1, &name);
}

bool heap_setattr(Vm& vm, Value self, Value name, Value value) {
  const Type* t = type_of(self);
  Value fn = user_dunder(t, value.is_null() ? Q::dunder_delattr : Q::dunder_setattr);
  if (!fn.is_absent()) {
    Value args[2] = {name, value};
    return !call_dunder(vm, fn, self, value.is_null() ? 1 : 2, args).is_null();
  }
  const Type* nb = native_base(t);
  if (nb->store_attr) {
    // A native base with its own attributes (e.g. exceptions) handles its names.
    return nb->store_attr(vm, self, name, value);
  }
  return generic_setattr(vm, self, name, value);
}

Value heap_make_new(Vm& vm, const Type* t, size_t n_pos, size_t n_kw, const Value* args);

}  // namespace

// --- instance creation ---------------------------------------------------------------

Value instance_alloc(Vm& vm, const Type* t) {
  size_t size = t->instance_size;
  if (t->dict_offset + sizeof(Dict*) > size) size = t->dict_offset + sizeof(Dict*);
  auto* o = static_cast<Obj*>(gc_alloc(vm, size));
  if (!o) return Value::null();
  o->type = t;
  return Value::object(o);
}

namespace {

// Types whose constructor does the work in __new__ (immutable values, and
// subclassable iterators like map): a subclass instance copies the native
// object the base constructor makes.
bool immutable_base(const Type* nb) {
  constexpr uint16_t kIterBase = kTypeIterIsSelf | kTypeBaseType;
  return nb == &int_type || nb == &float_type || nb == &str_type || nb == &tuple_type ||
         nb == &bytes_type || nb == &frozenset_type || nb == &range_type || (nb->flags & kIterBase) == kIterBase;
}

// An instance of tuple subclass `t` holding the items of `base`: the Tuple
// layout, then the dict pointer if `t` has one (zeroed: no dict yet).
Value tuple_instance(Vm& vm, const Type* t, const Tuple* base) {
  size_t size = sizeof(Tuple) + base->len * sizeof(Value) + (t->dict_offset ? sizeof(Dict*) : 0);
  auto* o = static_cast<Tuple*>(gc_alloc(vm, size));
  if (!o) return Value::null();
  o->type = t;
  o->len = base->len;
  vcopy(o->items, base->items, base->len);
  return Value::object(o);
}

}  // namespace

Value native_new(Vm& vm, const Type* t, size_t n_pos, size_t n_kw, const Value* args) {
  const Type* nb = native_base(t);
  if (!is_heap_type(t)) {
    if (!t->make_new) {
      return raise(vm, &TypeError_type, "cannot create '%.*s' instances", int(type_name(t).size()),
                   type_name(t).data());
    }
    return t->make_new(vm, t, n_pos, n_kw, args);
  }
  if (nb == &object_type) return instance_alloc(vm, t);
  if (nb == &type_type) {
    // A metaclass: type.__new__(M, name, bases, ns) makes the class and M
    // becomes its type.
    Value cls = type_type.make_new(vm, &type_type, n_pos, n_kw, args);
    if (!cls.is_null() && n_pos == 3 && is_heap_type(as_type(cls))) as_heap_type(as_type(cls))->type = t;
    return cls;
  }
  Value base_obj;
  if (nb->flags & kTypeException) {
    base_obj = nb->make_new(vm, nb, n_pos, 0, args);
  } else if (immutable_base(nb)) {
    base_obj = nb->make_new(vm, nb, n_pos, n_kw, args);
  } else if (nb->make_new) {
    base_obj = nb->make_new(vm, nb, 0, 0, nullptr);
  } else {
    return raise(vm, &TypeError_type, "cannot create '%.*s' instances", int(type_name(nb).size()),
                 type_name(nb).data());
  }
  if (base_obj.is_null()) return base_obj;
  if (nb == &tuple_type) return tuple_instance(vm, t, as_tuple(base_obj));
  Value inst = instance_alloc(vm, t);
  if (inst.is_null()) return inst;
  Obj* o = inst.as_object();
  if (nb == &int_type) {
    reinterpret_cast<IntBox*>(o)->value = base_obj;
  } else if (nb == &str_type && base_obj.is_qstr()) {
    QstrText text = qstr_text(base_obj.as_qstr());
    Str* s = reinterpret_cast<Str*>(o);
    s->data = text.data;
    s->len = text.len;
    s->hash = text.hash;
    s->char_len = uint32_t(utf8_char_count(text.data, text.len));
  } else if (base_obj.is_object()) {
    // Everything after the type pointer (on 32-bit targets the first field
    // sits at offset 4, inside sizeof(Obj)).
    size_t n = nb->instance_size, start = sizeof(const Type*);
    if (n > start) {
      memcpy(reinterpret_cast<char*>(o) + start, reinterpret_cast<char*>(base_obj.as_object()) + start,
             n - start);
    }
  }
  o->type = t;
  return inst;
}

namespace {

// A plain `def __new__` is stored as a staticmethod (as CPython does), so
// instance.__new__(cls) does not bind the instance as a first argument.
bool wrap_new_as_static(Vm& vm, Dict* ns) {
  Value fn = dict_get_qstr(ns, q(Q::dunder_new));
  if (!fn.is_object() || fn.as_object()->type != &function_type) return true;
  auto* w = static_cast<NativeMethodWrapper*>(gc_alloc(vm, sizeof(NativeMethodWrapper)));
  if (!w) return false;
  w->type = &static_method_type;
  w->function = fn;
  return dict_set_qstr(vm, ns, q(Q::dunder_new), Value::object(w));
}

Value heap_make_new(Vm& vm, const Type* t, size_t n_pos, size_t n_kw, const Value* args) {
  Value new_fn = user_dunder(t, Q::dunder_new);
  Value obj;
  if (!new_fn.is_absent()) {
    if (new_fn.is_object() && new_fn.as_object()->type == &static_method_type) {
      new_fn = new_fn.as<NativeMethodWrapper>()->function;
    }
    size_t n = n_pos + 2 * n_kw + 1;
    Value* buf = vm.stack_top_;
    if (buf + n > vm.stack_end_) return raise_value(vm, vm.recursion_error_);
    buf[0] = type_value(t);
    vcopy(buf + 1, args, (n - 1));
    vm.stack_top_ += n;
    obj = call_kw(vm, new_fn, n_pos + 1, n_kw, buf);
    vm.stack_top_ -= n;
  } else {
    obj = native_new(vm, t, n_pos, n_kw, args);
  }
  if (obj.is_null() || !isinstance(obj, t)) return obj;
  bool native;
  Value init = type_lookup_ex(t, q(Q::dunder_init), &native);
  if (init.is_absent()) return obj;
  if (native && native_base(t) == &object_type) {
    if ((n_pos || n_kw) && new_fn.is_absent()) {
      StrView n = str_view(as_heap_type(t)->qualname);
      return raise(vm, &TypeError_type, "%.*s() takes no arguments", int(n.len), n.data);
    }
    return obj;
  }
  if (native && immutable_base(native_base(t))) return obj;
  size_t n = n_pos + 2 * n_kw + 1;
  Value* buf = vm.stack_top_;
  if (buf + n > vm.stack_end_) return raise_value(vm, vm.recursion_error_);
  buf[0] = obj;
  vcopy(buf + 1, args, (n - 1));
  vm.stack_top_ += n;
  Value r = call_kw(vm, init, n_pos + 1, n_kw, buf);
  vm.stack_top_ -= n;
  if (r.is_null()) return r;
  if (!r.is_none()) {
    return raise(vm, &TypeError_type, "__init__() should return None, not '%.*s'",
                 int(type_name(type_of(r)).size()), type_name(type_of(r)).data());
  }
  return obj;
}

}  // namespace

// For the interpreter's inline instantiation: true if calling class `t`
// means "allocate a plain instance, then run the Python function *init on
// it" (no __new__ override, object layout, __init__ written in Python).
bool plain_init_call(const Type* t, Value* init) {
  if (!is_heap_type(t) || t->make_new != heap_make_new || native_base(t) != &object_type) return false;
  if (!user_dunder(t, Q::dunder_new).is_absent()) return false;
  bool native;
  Value fn = type_lookup_ex(t, q(Q::dunder_init), &native);
  if (native || !fn.is_object() || fn.as_object()->type != &function_type) return false;
  if (fn.as<Function>()->code->flags & (kCodeGenerator | kCodeCoroutine | kCodeAsyncGenerator)) return false;
  *init = fn;
  return true;
}

namespace {

// --- C3 linearisation -----------------------------------------------------------------

size_t native_chain(const Type* t, Value* out, size_t cap) {
  size_t n = 0;
  for (; t && n < cap; t = t->base) out[n++] = type_value(t);
  return n;
}

// Linearisation of a type into out[] (cap entries). Returns count, 0 on overflow.
size_t linearization(const Type* t, Value* out, size_t cap) {
  if (is_heap_type(t)) {
    Tuple* m = as_tuple(as_heap_type(t)->mro);
    if (m->len > cap) return 0;
    vcopy(out, m->items, m->len);
    return m->len;
  }
  return native_chain(t, out, cap);
}

constexpr size_t kMaxMro = 64;

bool in_tail(const Value* seq, size_t start, size_t len, Value v) {
  for (size_t i = start + 1; i < len; ++i) {
    if (seq[i] == v) return true;
  }
  return false;
}

// C3: merge the bases' linearisations and the base list.
Value compute_mro(Vm& vm, Value self, Tuple* bases) {
  size_t nseq = bases->len + 1;
  if (nseq > 16) return raise(vm, &TypeError_type, "too many bases");
  Value seqs[17][kMaxMro];
  size_t lens[17], heads[17];
  for (size_t i = 0; i < bases->len; ++i) {
    lens[i] = linearization(as_type(bases->items[i]), seqs[i], kMaxMro);
    heads[i] = 0;
  }
  vcopy(seqs[bases->len], bases->items, bases->len);
  lens[bases->len] = bases->len;
  heads[bases->len] = 0;
  Value result[kMaxMro];
  size_t n = 0;
  result[n++] = self;
  for (;;) {
    bool empty = true;
    Value candidate = Value::null();
    for (size_t i = 0; i < nseq; ++i) {
      if (heads[i] >= lens[i]) continue;
      empty = false;
      Value c = seqs[i][heads[i]];
      bool ok = true;
      for (size_t j = 0; j < nseq && ok; ++j) {
        if (heads[j] < lens[j] && in_tail(seqs[j], heads[j], lens[j], c)) ok = false;
      }
      if (ok) {
        candidate = c;
        break;
      }
    }
    if (empty) break;
    if (candidate.is_null()) {
      return raise(vm, &TypeError_type,
                   "Cannot create a consistent method resolution order (MRO) for bases");
    }
    if (n == kMaxMro) return raise(vm, &TypeError_type, "class hierarchy too deep");
    result[n++] = candidate;
    for (size_t i = 0; i < nseq; ++i) {
      if (heads[i] < lens[i] && seqs[i][heads[i]] == candidate) ++heads[i];
    }
  }
  return tuple_new(vm, n, result);
}

// The native layout a class's instances use; TypeError on a conflict.
const Type* solid_base(Vm& vm, Tuple* bases) {
  const Type* solid = &object_type;
  for (size_t i = 0; i < bases->len; ++i) {
    const Type* nb = native_base(as_type(bases->items[i]));
    if (is_subtype(nb, solid)) {
      solid = nb;
    } else if (!is_subtype(solid, nb)) {
      raise(vm, &TypeError_type, "multiple bases have instance lay-out conflict");
      return nullptr;
    }
  }
  return solid;
}

// `__slots__ = ()` (or []) in a class whose bases' instances have no dict:
// its instances have none either.
bool dictless(Dict* ns, Tuple* bases) {
  Value slots = dict_get_qstr(ns, q(Q::dunder_slots));
  size_t n;
  Value* items;
  if (slots.is_absent() || !seq_items(slots, &n, &items) || n != 0) return false;
  for (size_t i = 0; i < bases->len; ++i) {
    if (as_type(bases->items[i])->dict_offset) return false;
  }
  return true;
}

void set_heap_slots(HeapType* h) {
  Tuple* mro = as_tuple(h->mro);
  bool custom_get = false, custom_getattr = false, custom_set = false;
  for (size_t i = 0; i < mro->len; ++i) {
    const Type* m = as_type(mro->items[i]);
    if (!is_heap_type(m)) continue;
    Dict* d = as_heap_type(m)->dict;
    if (!dict_get_qstr(d, q(Q::dunder_getattribute)).is_absent()) custom_get = true;
    if (!dict_get_qstr(d, q(Q::dunder_getattr)).is_absent()) custom_getattr = true;
    if (!dict_get_qstr(d, q(Q::dunder_setattr)).is_absent() ||
        !dict_get_qstr(d, q(Q::dunder_delattr)).is_absent()) {
      custom_set = true;
    }
  }
  const Type* nb = native_base(h);
  h->flags = uint16_t((h->flags & ~kTypeCustomGetattr) | (custom_get ? kTypeCustomGetattr : 0));
  h->load_attr = (custom_get || custom_getattr || nb->load_attr) ? heap_getattr : nullptr;
  h->store_attr = (custom_set || nb->store_attr) ? heap_setattr : nullptr;
}

}  // namespace

namespace {

bool has_set_name(Value v) { return v.is_object() && !user_dunder(type_of(v), Q::dunder_set_name).is_absent(); }

// Calls __set_name__(cls, name) on the descriptors of a new class. Like
// CPython it walks a snapshot of the namespace, so a __set_name__ that adds,
// replaces or deletes class attributes does not change which ones are called.
bool call_set_names(Vm& vm, Value cls, Dict* ns) {
  size_t pos = 0;
  Value k, v;
  bool any = false;
  while (!any && dict_next(ns, &pos, &k, &v)) any = has_set_name(v);
  if (!any) return true;
  Value snapshot = dict_copy(vm, ns);
  if (snapshot.is_null()) return false;
  pos = 0;
  while (dict_next(as_dict(snapshot), &pos, &k, &v)) {
    if (!has_set_name(v)) continue;
    Value args[2] = {cls, k};
    if (call_dunder(vm, user_dunder(type_of(v), Q::dunder_set_name), v, 2, args).is_null()) return false;
  }
  return true;
}

}  // namespace

Value class_new(Vm& vm, Value name, Value bases_v, Dict* ns, Value qualname) {
  if (!name.is_qstr()) {
    name = str_intern(vm, name);
    if (name.is_null()) return name;
  }
  Tuple* bases = as_tuple(bases_v);
  if (bases->len == 0) {
    Value obj = type_value(&object_type);
    bases_v = tuple_new(vm, 1, &obj);
    if (bases_v.is_null()) return bases_v;
    bases = as_tuple(bases_v);
  }
  for (size_t i = 0; i < bases->len; ++i) {
    Value b = bases->items[i];
    if (!is_type(b)) return raise(vm, &TypeError_type, "bases must be types");
    const Type* bt = as_type(b);
    if (!(bt->flags & kTypeBaseType)) {
      return raise(vm, &TypeError_type, "type '%.*s' is not an acceptable base type",
                   int(type_name(bt).size()), type_name(bt).data());
    }
  }
  const Type* solid = solid_base(vm, bases);
  if (!solid) return Value::null();
  auto* h = static_cast<HeapType*>(gc_alloc(vm, sizeof(HeapType)));
  if (!h) return Value::null();
  // The primary base: the first base carrying the solid layout.
  const Type* primary = as_type(bases->items[0]);
  for (size_t i = 0; i < bases->len; ++i) {
    if (native_base(as_type(bases->items[i])) == solid) {
      primary = as_type(bases->items[i]);
      break;
    }
  }
  h->type = &type_type;
  h->name = name.as_qstr();
  h->flags = uint16_t(kTypeHeap | kTypeBaseType | (solid->flags & kTypeException) |
                      (solid == &type_type ? kTypeMetaclass : 0));
  h->base = primary;
  h->make_new = heap_make_new;
  h->print = heap_print;
  h->unary = heap_unary;
  h->binary = heap_binary;
  h->subscr = heap_subscr;
  h->call = heap_call;
  h->get_iter = heap_get_iter;
  h->iternext = heap_iternext;
  h->buffer = solid->buffer;
  h->locals = nullptr;
  if (dictless(ns, bases)) {
    h->dict_offset = 0;
    h->instance_size = primary->instance_size;
  } else if (primary->dict_offset) {
    h->dict_offset = primary->dict_offset;
    h->instance_size = primary->instance_size;
  } else if (solid == &tuple_type) {
    h->dict_offset = kDictAfterItems;
    h->instance_size = sizeof(Tuple);
  } else if (solid == &type_type) {
    // A metaclass: its instances are classes, whose attributes live in their
    // own HeapType::dict, so they get no instance dict slot.
    h->dict_offset = 0;
    h->instance_size = primary->instance_size;
  } else {
    // A plain object's instance is an Instance (the dict follows the type
    // pointer, inside Obj's alignment padding on 32-bit targets): the VM's
    // LOAD_ATTR/STORE_ATTR fast paths read it there.
    size_t off = (solid->instance_size + sizeof(void*) - 1) & ~(sizeof(void*) - 1);
    if (off < sizeof(Obj)) off = sizeof(Obj);
    if (solid == &object_type) off = offsetof(Instance, dict);
    h->dict_offset = uint16_t(off);
    h->instance_size = uint16_t(off + sizeof(Dict*));
  }
  h->dict = ns;
  h->bases = bases_v;
  h->qualname = qualname.is_null() ? name : qualname;
  Value mro = compute_mro(vm, Value::object(h), bases);
  if (mro.is_null()) return mro;
  h->mro = mro;
  // A class that defines __eq__ without __hash__ is unhashable.
  if (!dict_get_qstr(ns, q(Q::dunder_eq)).is_absent() && dict_get_qstr(ns, q(Q::dunder_hash)).is_absent()) {
    if (!dict_set_qstr(vm, ns, q(Q::dunder_hash), Value::none())) return Value::null();
  }
  // __init_subclass__ / __new__ given as plain functions are implicitly class/static methods.
  if (!wrap_new_as_static(vm, ns)) return Value::null();
  // The namespace is complete: drop its growth slack (most classes get no
  // class attribute after their body, and a hash table is 1.5-2x its entries).
  dict_compact(vm, ns);
  set_heap_slots(h);
  Value cls = Value::object(h);
  if (!call_set_names(vm, cls, ns)) return Value::null();
  return cls;
}

// Calls the parent's __init_subclass__(**kw) for a new class.
bool init_subclass(Vm& vm, Value cls, size_t n_kw, const Value* kw) {
  HeapType* h = as_heap_type(as_type(cls));
  Tuple* mro = as_tuple(h->mro);
  for (size_t i = 1; i < mro->len; ++i) {
    const Type* m = as_type(mro->items[i]);
    if (!is_heap_type(m)) break;
    Value fn = dict_get_qstr(as_heap_type(m)->dict, q(Q::dunder_init_subclass));
    if (fn.is_absent()) continue;
    if (fn.is_object() && fn.as_object()->type == &class_method_type) {
      fn = fn.as<NativeMethodWrapper>()->function;
    }
    size_t n = 1 + 2 * n_kw;
    Value* buf = vm.stack_top_;
    buf[0] = cls;
    vcopy(buf + 1, kw, 2 * n_kw);
    vm.stack_top_ += n;
    Value r = call_kw(vm, fn, 1, n_kw, buf);
    vm.stack_top_ -= n;
    return !r.is_null();
  }
  if (n_kw) {
    raise(vm, &TypeError_type, "__init_subclass__() takes no keyword arguments");
    return false;
  }
  return true;
}

// --- type --------------------------------------------------------------------------------

namespace {

Value type_make_new(Vm& vm, const Type* t, size_t n_pos, size_t n_kw, const Value* args) {
  if (n_pos == 1 && n_kw == 0) return type_value(type_of(args[0]));
  if (n_pos != 3) return raise(vm, &TypeError_type, "type() takes 1 or 3 arguments");
  if (!is_str(args[0]) || !is_tuple(args[1]) || !is_dict(args[2])) {
    return raise(vm, &TypeError_type, "type() argument types must be (str, tuple, dict)");
  }
  Dict* ns = as_dict(dict_copy(vm, as_dict(args[2])));
  if (!ns) return Value::null();
  Value cls = class_new(vm, args[0], args[1], ns, Value::null());
  if (cls.is_null()) return cls;
  if (!init_subclass(vm, cls, n_kw, args + 3)) return Value::null();
  return cls;
}

Value type_call(Vm& vm, Value self, size_t n_pos, size_t n_kw, const Value* args) {
  const Type* t = as_type(self);
  if (!t->make_new) {
    return raise(vm, &TypeError_type, "cannot create '%.*s' instances", int(type_name(t).size()),
                 type_name(t).data());
  }
  return t->make_new(vm, t, n_pos, n_kw, args);
}

bool type_print(Vm& vm, Printer& out, Value self, PrintKind) {
  const Type* t = as_type(self);
  if (is_heap_type(t)) {
    HeapType* h = as_heap_type(t);
    Value mod = dict_get_qstr(h->dict, q(Q::dunder_module));
    StrView n = str_view(h->qualname);
    if (!mod.is_absent() && is_str(mod) && !(mod == q(Q::builtins))) {
      StrView m = str_view(mod);
      return printf_to(out, "<class '%.*s.%.*s'>", int(m.len), m.data, int(n.len), n.data);
    }
    return printf_to(out, "<class '%.*s'>", int(n.len), n.data);
  }
  return printf_to(out, "<class '%.*s'>", int(type_name(t).size()), type_name(t).data());
}

// A native type's __dict__: a new dict of its method table (CPython gives a
// read-only mappingproxy; the slot methods such as __add__ are not listed).
Value native_type_dict(Vm& vm, const Type* t) {
  Dict* d = dict_new(vm);
  if (!d) return Value::null();
  for (size_t i = 0; t->locals && i < t->locals->count; ++i) {
    if (!dict_set_qstr(vm, d, t->locals->entries[i].key, t->locals->entries[i].value)) return Value::null();
  }
  return dict_value(d);
}

Value type_special_attr(Vm& vm, const Type* t, Value name) {
  switch (name.as_qstr()) {
    case Q::dunder_name:
      return q(t->name);
    case Q::dunder_qualname:
      return is_heap_type(t) ? as_heap_type(t)->qualname : q(t->name);
    case Q::dunder_mro: {
      if (is_heap_type(t)) return as_heap_type(t)->mro;
      Value items[16];
      return tuple_new(vm, native_chain(t, items, 16), items);
    }
    case Q::dunder_bases: {
      if (is_heap_type(t)) return as_heap_type(t)->bases;
      if (!t->base) return empty_tuple();
      Value b = type_value(t->base);
      return tuple_new(vm, 1, &b);
    }
    case Q::dunder_base:
      return t->base ? type_value(t->base) : Value::none();
    case Q::dunder_dict:
      if (is_heap_type(t)) return dict_value(as_heap_type(t)->dict);
      return native_type_dict(vm, t);
    case Q::dunder_module:
      return q(Q::builtins);
    case Q::dunder_doc:
      return Value::none();
    case Q::dunder_class:
      return type_value(&type_type);
    default:
      break;
  }
  return Value::absent();
}

// A native method read from a type (`list.append`): wrapped so that a call
// checks self's type; methods of `object` apply to everything and stay bare.
Value unbound_native_method(Vm& vm, const Type* t, Value name, Value method) {
  for (const Type* owner = native_base(t); owner && owner != &object_type; owner = owner->base) {
    if (const_map_lookup(owner->locals, name) == method) return method_descriptor_new(vm, owner, method);
  }
  return method;
}

Value type_getattr(Vm& vm, Value self, Value name) {
  const Type* t = as_type(self);
  bool native;
  Value attr = type_lookup_ex(t, name, &native);
  if (native && shadowed_by_slot(t, attr)) {  // tuple.__repr__: tuple's slot, not object's method
    Value w = native_slot_method(vm, t, name, Value::null());
    if (!w.is_absent()) return w;
  }
  if (!attr.is_absent()) {
    if (!attr.is_object()) return attr;
    const Type* at = attr.as_object()->type;
    if (at == &class_method_type) return bind_attr_native(vm, attr, Value::null(), t, native);
    if (at == &static_method_type) return attr.as<NativeMethodWrapper>()->function;
    if (native && at == &native_function_type) return unbound_native_method(vm, t, name, attr);
    if (is_heap_type(at) && !user_dunder(at, Q::dunder_get).is_absent()) {
      Value get = user_dunder(at, Q::dunder_get);
      Value args[3] = {attr, Value::none(), self};
      return call(vm, get, 3, args);
    }
    return attr;
  }
  Value v = type_special_attr(vm, t, name);
  if (!v.is_absent()) return v;
  if (!is_heap_type(t)) return native_slot_method(vm, t, name, Value::null());
  return Value::absent();
}

bool type_setattr(Vm& vm, Value self, Value name, Value value) {
  const Type* t = as_type(self);
  if (!is_heap_type(t)) {
    raise(vm, &TypeError_type, "cannot set '%.*s' attribute of immutable type '%.*s'",
          int(qstr_view(name).size()), qstr_view(name).data(), int(type_name(t).size()),
          type_name(t).data());
    return false;
  }
  HeapType* h = as_heap_type(t);
  // Rebinding an existing attribute keeps every cache entry valid (they read
  // the dict entry); adding or removing one can change lookups of this name
  // on any class.
  if (value.is_null() || dict_get_qstr(h->dict, name).is_absent()) invalidate_method_cache_name(vm, name);
  if (name == q(Q::dunder_name) && !value.is_null()) {
    Value n = str_intern(vm, value);
    if (n.is_null()) return false;
    h->name = n.as_qstr();
    h->qualname = n;
    return true;
  }
  if (value.is_null()) {
    if (dict_delete(vm, h->dict, name).is_absent()) {
      raise(vm, &AttributeError_type, "type object '%.*s' has no attribute '%.*s'",
            int(type_name(t).size()), type_name(t).data(), int(qstr_view(name).size()),
            qstr_view(name).data());
      return false;
    }
  } else if (!dict_set_qstr(vm, h->dict, name, value)) {
    return false;
  }
  uint32_t n = name.as_qstr();
  if (n == Q::dunder_getattr || n == Q::dunder_getattribute || n == Q::dunder_setattr || n == Q::dunder_delattr) {
    set_heap_slots(h);  // (classes created before this one keep their slots)
  }
  return true;
}

Value type_binary(Vm& vm, uint8_t op, Value self, Value other) {
  if (op == kBinaryEq) return Value::boolean(self == other);
  if (op == kBinaryNe) return Value::boolean(self != other);
  return Value::not_implemented();
}

Value type_subscr(Vm& vm, Value self, Value index, Value value) {
  if (!value.is_absent()) return raise(vm, &TypeError_type, "'type' object does not support item assignment");
  Value fn = type_lookup(as_type(self), q(Q::dunder_class_getitem));
  if (!fn.is_absent()) {
    if (fn.is_object() && fn.as_object()->type == &class_method_type) {
      fn = fn.as<NativeMethodWrapper>()->function;
    }
    Value args[2] = {self, index};
    return call(vm, fn, 2, args);
  }
  return self;  // list[int] and friends: typing only
}

// type.__setattr__ / type.__delattr__, which a metaclass's own __setattr__
// calls to store on the class (object.__setattr__ cannot: a class keeps its
// attributes in its HeapType dict, not an instance dict).
Value type_setattr_fn(Vm& vm, size_t n_args, size_t, const Value* args) {
  if (!is_type(args[0])) return raise(vm, &TypeError_type, "descriptor requires a 'type' object");
  Value name = str_intern(vm, args[1]);
  if (name.is_null()) return name;
  Value value = n_args == 3 ? args[2] : Value::null();
  return type_setattr(vm, args[0], name, value) ? Value::none() : Value::null();
}

constexpr NativeFunction type_setattr_obj = native_fn(Q::dunder_setattr, type_setattr_fn, 3, 3);
constexpr NativeFunction type_delattr_obj = native_fn(Q::dunder_delattr, type_setattr_fn, 2, 2);

constexpr auto type_locals_table = sorted_table<2>({{
    {q(Q::dunder_setattr), Value::object(&type_setattr_obj)},
    {q(Q::dunder_delattr), Value::object(&type_delattr_obj)},
}});
constexpr ConstMap type_locals = {type_locals_table.data(), type_locals_table.size()};

}  // namespace

constexpr Type type_type = {
    .type = &type_type, .name = Q::type, .flags = kTypeBaseType | kTypeEqIsIdentity,
    .instance_size = sizeof(HeapType), .base = &object_type, .make_new = type_make_new,
    .print = type_print, .unary = nullptr, .binary = type_binary, .load_attr = type_getattr,
    .store_attr = type_setattr, .subscr = type_subscr, .call = type_call, .get_iter = nullptr,
    .iternext = nullptr, .buffer = nullptr, .locals = &type_locals};

// --- __build_class__ ---------------------------------------------------------------------

namespace {

// The metaclass of the first base that has one (a class of a subclass of
// type), or null.
Value metaclass_of_bases(Value bases) {
  for (size_t i = 0; i < as_tuple(bases)->len; ++i) {
    const Type* mt = type_of(as_tuple(bases)->items[i]);
    if (is_heap_type(mt) && is_subtype(mt, &type_type)) return type_value(mt);
  }
  return Value::null();
}

// The namespace a class body runs in: metaclass.__prepare__(name, bases,
// **kw) when the metaclass defines it (PEP 3115), else a new dict. Class
// bodies store into a real dict, so __prepare__ must return a dict (or a
// dict subclass).
Value prepare_namespace(Vm& vm, Value meta, Value name, Value bases, size_t n_kw, const Value* kw) {
  Value prep = Value::absent();
  if (!meta.is_null() && is_type(meta) && is_heap_type(as_type(meta))) {
    prep = lookup_attr(vm, meta, q(Q::dunder_prepare));
    if (prep.is_null()) return prep;
  }
  if (prep.is_absent()) {
    Dict* d = dict_new(vm);
    return d ? dict_value(d) : Value::null();
  }
  Value a[2 + 2 * 16];
  a[0] = name;
  a[1] = bases;
  vcopy(a + 2, kw, 2 * n_kw);
  Value ns = call_kw(vm, prep, 2, n_kw, a);
  if (ns.is_null() || is_dict(ns)) return ns;
  return raise(vm, &TypeError_type, "%.*s.__prepare__() must return a dict, not %.*s",
               int(type_name(as_type(meta)).size()), type_name(as_type(meta)).data(),
               int(type_name(type_of(ns)).size()), type_name(type_of(ns)).data());
}

}  // namespace

Value build_class(Vm& vm, size_t n_pos, size_t n_kw, const Value* args) {
  if (n_pos < 2) return raise(vm, &TypeError_type, "__build_class__: not enough arguments");
  if (!args[0].is_object() || args[0].as_object()->type != &function_type) {
    return raise(vm, &TypeError_type, "__build_class__: func must be a function");
  }
  Function* body = args[0].as<Function>();
  if (body->code->flags & (kCodeGenerator | kCodeCoroutine | kCodeAsyncGenerator)) {
    return raise(vm, &TypeError_type, "__build_class__: the class body must be a plain function");
  }
  Value name = args[1];
  Value bases = tuple_new(vm, n_pos - 2, args + 2);
  if (bases.is_null()) return bases;
  // metaclass=type is accepted; other keywords go to __init_subclass__.
  Value kw[32];
  size_t n_rest = 0;
  Value metaclass = Value::null();
  for (size_t i = 0; i < n_kw && n_rest < 16; ++i) {
    Value k = args[n_pos + 2 * i], v = args[n_pos + 2 * i + 1];
    if (k == qstr_find("metaclass")) {
      metaclass = v;
      continue;
    }
    kw[2 * n_rest] = k;
    kw[2 * n_rest + 1] = v;
    ++n_rest;
  }
  if (metaclass.is_null()) metaclass = metaclass_of_bases(bases);
  Value ns_v = prepare_namespace(vm, metaclass, name, bases, n_rest, kw);
  if (ns_v.is_null()) return ns_v;
  Dict* ns = as_dict(ns_v);
  Value modname = dict_get_qstr(body->globals, q(Q::dunder_name));
  if (!modname.is_absent() && !dict_set_qstr(vm, ns, q(Q::dunder_module), modname)) return Value::null();
  Value qualname = code_qualname(body->code);
  if (!dict_set_qstr(vm, ns, q(Q::dunder_qualname), qualname)) return Value::null();
  Frame* f = push_call_frame(vm, body, 0, 0, nullptr);
  if (!f) return Value::null();
  f->locals = ns;
  f->flags |= kFrameEntry;
  Value cell = run(vm);
  if (cell.is_null()) return cell;
  Value qn = dict_get_qstr(ns, q(Q::dunder_qualname));
  if (!qn.is_absent()) {
    qualname = qn;
    dict_delete(vm, ns, q(Q::dunder_qualname));
  }
  Value cls;
  if (!metaclass.is_null() && !(metaclass == type_value(&type_type))) {
    Value margs[3] = {name, bases, dict_value(ns)};
    cls = call(vm, metaclass, 3, margs);
    if (cls.is_null()) return cls;
  } else {
    cls = class_new(vm, name, bases, ns, qualname);
    if (cls.is_null()) return cls;
    if (!init_subclass(vm, cls, n_rest, kw)) return Value::null();
  }
  if (cell.is_object() && cell.as_object()->type == &cell_type) cell.as<Cell>()->contents = cls;
  return cls;
}

// --- super -------------------------------------------------------------------------------

Value super_lookup(Vm& vm, Super* s, Value name) {
  const Type* ot = is_type(s->obj) && is_subtype(as_type(s->obj), s->start) ? as_type(s->obj) : type_of(s->obj);
  Value chain[kMaxMro];
  size_t n = linearization(ot, chain, kMaxMro);
  size_t i = 0;
  while (i < n && as_type(chain[i]) != s->start) ++i;
  // super(C, C): class-level lookup (no binding); otherwise obj is an
  // instance of ot, which for a metaclass's super().__call__ is a class.
  bool obj_is_class = is_type(s->obj) && ot == as_type(s->obj);
  for (++i; i < n; ++i) {
    const Type* m = as_type(chain[i]);
    bool native = !is_heap_type(m);
    Value v = native ? const_map_lookup(m->locals, name) : dict_get_qstr(as_heap_type(m)->dict, name);
    if (v.is_absent() && native && m != &object_type && !obj_is_class) {
      v = native_slot_method(vm, m, name, s->obj);
      if (v.is_null() || !v.is_absent()) return v;
    }
    if (v.is_absent()) continue;
    if (obj_is_class) {
      if (v.is_object() && v.as_object()->type == &class_method_type) {
        return bind_attr_native(vm, v, Value::null(), ot, native);
      }
      if (v.is_object() && v.as_object()->type == &static_method_type) {
        return v.as<NativeMethodWrapper>()->function;
      }
      return v;
    }
    return bind_attr_native(vm, v, s->obj, ot, native);
  }
  return Value::absent();
}

namespace {

Value super_make_new(Vm& vm, const Type*, size_t n_pos, size_t n_kw, const Value* args) {
  if (n_pos != 2) return raise(vm, &RuntimeError_type, "super(): no arguments");
  if (!is_type(args[0])) return raise(vm, &TypeError_type, "super() argument 1 must be a type");
  const Type* start = as_type(args[0]);
  Value obj = args[1];
  if (!isinstance(obj, start) && !(is_type(obj) && is_subtype(as_type(obj), start))) {
    return raise(vm, &TypeError_type, "super(type, obj): obj must be an instance or subtype of type");
  }
  auto* s = static_cast<Super*>(gc_alloc(vm, sizeof(Super)));
  if (!s) return Value::null();
  s->type = &super_type;
  s->start = start;
  s->obj = obj;
  return Value::object(s);
}

Value super_getattr(Vm& vm, Value self, Value name) {
  Super* s = self.as<Super>();
  Value v = super_lookup(vm, s, name);
  if (!v.is_absent()) return v;
  if (name == q(Q::dunder_class)) return type_value(&super_type);
  return raise(vm, &AttributeError_type, "'super' object has no attribute '%.*s'",
               int(qstr_view(name).size()), qstr_view(name).data());
}

bool super_print(Vm& vm, Printer& out, Value self, PrintKind) {
  Super* s = self.as<Super>();
  return printf_to(out, "<super: <class '%.*s'>, <%.*s object>>", int(type_name(s->start).size()),
                   type_name(s->start).data(), int(type_name(type_of(s->obj)).size()),
                   type_name(type_of(s->obj)).data());
}

}  // namespace

constexpr Type super_type = {
    .type = &type_type, .name = Q::super, .flags = 0, .instance_size = 0, .base = &object_type,
    .make_new = super_make_new, .print = super_print, .unary = nullptr, .binary = nullptr,
    .load_attr = super_getattr, .store_attr = nullptr, .subscr = nullptr, .call = nullptr,
    .get_iter = nullptr, .iternext = nullptr, .buffer = nullptr, .locals = nullptr};

// --- property ------------------------------------------------------------------------------

namespace {

Value property_make(Vm& vm, Value fget, Value fset, Value fdel, Value doc) {
  auto* p = static_cast<Property*>(gc_alloc(vm, sizeof(Property)));
  if (!p) return Value::null();
  p->type = &property_type;
  p->fget = fget;
  p->fset = fset;
  p->fdel = fdel;
  p->doc = doc;
  return Value::object(p);
}

Value property_make_new(Vm& vm, const Type*, size_t n_pos, size_t n_kw, const Value* args) {
  static const ArgSpec spec[] = {{Q::fget, 0, Value::none()},
                                 {Q::fset, 0, Value::none()},
                                 {Q::fdel, 0, Value::none()},
                                 {Q::doc, 0, Value::none()}};
  Value a[4];
  if (!parse_args(vm, "property", n_pos, n_kw, args, spec, 4, a)) return Value::null();
  return property_make(vm, a[0], a[1], a[2], a[3]);
}

Value property_getter(Vm& vm, size_t, size_t, const Value* args) {
  Property* p = args[0].as<Property>();
  return property_make(vm, args[1], p->fset, p->fdel, p->doc);
}
Value property_setter(Vm& vm, size_t, size_t, const Value* args) {
  Property* p = args[0].as<Property>();
  return property_make(vm, p->fget, args[1], p->fdel, p->doc);
}
Value property_deleter(Vm& vm, size_t, size_t, const Value* args) {
  Property* p = args[0].as<Property>();
  return property_make(vm, p->fget, p->fset, args[1], p->doc);
}

Value property_getattr(Vm& vm, Value self, Value name) {
  Property* p = self.as<Property>();
  switch (name.as_qstr()) {
    case Q::fget: return p->fget;
    case Q::fset: return p->fset;
    case Q::fdel: return p->fdel;
    case Q::dunder_doc:
      if (p->doc.is_none() && !p->fget.is_none()) return lookup_attr(vm, p->fget, q(Q::dunder_doc));
      return p->doc;
    default: return Value::absent();
  }
}

constexpr NativeFunction property_getter_obj = native_fn(Q::getter, property_getter, 2, 2);
constexpr NativeFunction property_setter_obj = native_fn(Q::setter, property_setter, 2, 2);
constexpr NativeFunction property_deleter_obj = native_fn(Q::deleter, property_deleter, 2, 2);
constexpr auto property_locals_table = sorted_table<3>({{
    {q(Q::getter), Value::object(&property_getter_obj)},
    {q(Q::setter), Value::object(&property_setter_obj)},
    {q(Q::deleter), Value::object(&property_deleter_obj)},
}});
constexpr ConstMap property_locals = {property_locals_table.data(), property_locals_table.size()};

// --- classmethod / staticmethod ------------------------------------------------------------

Value wrapper_make_new(Vm& vm, const Type* t, size_t n_pos, size_t n_kw, const Value* args) {
  if (n_pos != 1 || n_kw) {
    return raise(vm, &TypeError_type, "%.*s expected 1 argument, got %d", int(type_name(t).size()),
                 type_name(t).data(), int(n_pos));
  }
  auto* w = static_cast<NativeMethodWrapper*>(gc_alloc(vm, sizeof(NativeMethodWrapper)));
  if (!w) return Value::null();
  w->type = t;
  w->function = args[0];
  return Value::object(w);
}

Value wrapper_getattr(Vm& vm, Value self, Value name) {
  if (name == q(Q::dunder_func)) return self.as<NativeMethodWrapper>()->function;
  if (name == q(Q::dunder_name) || name == q(Q::dunder_qualname) || name == q(Q::dunder_doc)) {
    return lookup_attr(vm, self.as<NativeMethodWrapper>()->function, name);
  }
  return Value::absent();
}

Value static_call(Vm& vm, Value self, size_t n_pos, size_t n_kw, const Value* args) {
  return call_kw(vm, self.as<NativeMethodWrapper>()->function, n_pos, n_kw, args);
}

}  // namespace

constexpr Type property_type = {
    .type = &type_type, .name = Q::property, .flags = kTypeBaseType, .instance_size = sizeof(Property),
    .base = &object_type, .make_new = property_make_new, .print = nullptr, .unary = nullptr,
    .binary = nullptr, .load_attr = property_getattr, .store_attr = nullptr, .subscr = nullptr,
    .call = nullptr, .get_iter = nullptr, .iternext = nullptr, .buffer = nullptr,
    .locals = &property_locals};

constexpr Type static_method_type = {
    .type = &type_type, .name = Q::staticmethod, .flags = kTypeBaseType,
    .instance_size = sizeof(NativeMethodWrapper), .base = &object_type,
    .make_new = wrapper_make_new, .print = nullptr, .unary = nullptr, .binary = nullptr,
    .load_attr = wrapper_getattr, .store_attr = nullptr, .subscr = nullptr, .call = static_call,
    .get_iter = nullptr, .iternext = nullptr, .buffer = nullptr, .locals = nullptr};

constexpr Type class_method_type = {
    .type = &type_type, .name = Q::classmethod, .flags = kTypeBaseType,
    .instance_size = sizeof(NativeMethodWrapper), .base = &object_type,
    .make_new = wrapper_make_new, .print = nullptr, .unary = nullptr, .binary = nullptr,
    .load_attr = wrapper_getattr, .store_attr = nullptr, .subscr = nullptr, .call = nullptr,
    .get_iter = nullptr, .iternext = nullptr, .buffer = nullptr, .locals = nullptr};

}  // namespace mote
