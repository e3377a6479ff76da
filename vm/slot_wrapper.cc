// slot_wrapper.cc — native dunder methods reached by name: `[1].__len__()`,
// `super().__getitem__(k)` in a dict subclass, `int.__add__(1, 2)`.
//
// Native types implement operators in their Type slots, not as named
// methods, so a lookup of "__len__" on list finds nothing in its locals
// table. When such a lookup fails and the name is a dunder whose slot the
// type fills, a small wrapper object is made on demand that calls that slot
// of that type (not of the instance's type — so super() works). Nothing is
// stored in flash tables for this and the common paths never see it.
#include "vm/runtime.h"

namespace mote {

extern const Type complex_type;  // modules/cmath/complex.cc

namespace {

struct SlotWrapper {
  const Type* type;   // &slot_wrapper_type
  const Type* owner;  // the native type whose slot is called
  Value name;         // qstr of the dunder
  Value self;         // bound instance, or null() for an unbound wrapper
};

enum class SlotKind : uint8_t { kNone, kUnary, kBinary, kGetItem, kSetItem, kDelItem, kIter, kNext, kRepr, kStr, kCall };

struct SlotInfo {
  SlotKind kind;
  uint8_t op;  // UnarySlot or binary slot op
};

SlotInfo slot_info(uint32_t q) {
  static constexpr uint32_t unary_names[] = {Q::dunder_bool, Q::dunder_len,   Q::dunder_hash,  Q::dunder_neg,
                                             Q::dunder_pos,  Q::dunder_invert, Q::dunder_abs,  Q::dunder_int,
                                             Q::dunder_float, Q::dunder_index};
  for (uint8_t i = 0; i < 10; ++i) {
    if (unary_names[i] == q) return {SlotKind::kUnary, i};
  }
  if (q >= Q::dunder_add && q <= Q::dunder_xor) return {SlotKind::kBinary, uint8_t(q - Q::dunder_add)};
  if (q >= Q::dunder_radd && q <= Q::dunder_rxor) return {SlotKind::kBinary, uint8_t(kReflectedBase + q - Q::dunder_radd)};
  if (q >= Q::dunder_iadd && q <= Q::dunder_ixor) return {SlotKind::kBinary, uint8_t(kInplaceOffset + q - Q::dunder_iadd)};
  switch (q) {
    case Q::dunder_lt: return {SlotKind::kBinary, kBinaryLt};
    case Q::dunder_le: return {SlotKind::kBinary, kBinaryLe};
    case Q::dunder_eq: return {SlotKind::kBinary, kBinaryEq};
    case Q::dunder_ne: return {SlotKind::kBinary, kBinaryNe};
    case Q::dunder_gt: return {SlotKind::kBinary, kBinaryGt};
    case Q::dunder_ge: return {SlotKind::kBinary, kBinaryGe};
    case Q::dunder_contains: return {SlotKind::kBinary, kBinaryContains};
    case Q::dunder_getitem: return {SlotKind::kGetItem, 0};
    case Q::dunder_setitem: return {SlotKind::kSetItem, 0};
    case Q::dunder_delitem: return {SlotKind::kDelItem, 0};
    case Q::dunder_iter: return {SlotKind::kIter, 0};
    case Q::dunder_next: return {SlotKind::kNext, 0};
    case Q::dunder_repr: return {SlotKind::kRepr, 0};
    case Q::dunder_str: return {SlotKind::kStr, 0};
    case Q::dunder_call: return {SlotKind::kCall, 0};
    default: return {SlotKind::kNone, 0};
  }
}

bool is_number_type(const Type* t) {
  return is_subtype(t, &int_type) || t == &float_type || t == &complex_type;
}

// One unary slot serves several operators; which of them a type has follows
// CPython: numbers have no __len__, other types no arithmetic, only int has
// __invert__ and __index__ (hasattr(5, "__len__") is False).
bool has_unary(const Type* t, UnarySlot op) {
  if (t->unary == nullptr) return false;
  bool integer = is_subtype(t, &int_type);
  bool real = integer || t == &float_type;
  bool number = is_number_type(t);
  switch (op) {
    case UnarySlot::kLen: return !number;
    case UnarySlot::kNeg:
    case UnarySlot::kPos:
    case UnarySlot::kAbs: return number;
    case UnarySlot::kInvert:
    case UnarySlot::kIndex: return integer;
    case UnarySlot::kInt:
    case UnarySlot::kFloat: return real;
    default: return true;
  }
}

bool has_slot(const Type* t, SlotInfo s) {
  switch (s.kind) {
    case SlotKind::kUnary: return has_unary(t, UnarySlot(s.op));
    case SlotKind::kBinary:  // numbers have no __contains__ (hasattr(5, "__contains__") is False)
      return t->binary != nullptr && !(s.op == kBinaryContains && is_number_type(t));
    case SlotKind::kGetItem:
    case SlotKind::kSetItem:
    case SlotKind::kDelItem: return t->subscr != nullptr;
    case SlotKind::kIter: return t->get_iter != nullptr || (t->flags & kTypeIterIsSelf);
    case SlotKind::kNext: return t->iternext != nullptr;
    case SlotKind::kRepr:
    case SlotKind::kStr: return t->print != nullptr;
    case SlotKind::kCall: return t->call != nullptr;
    default: return false;
  }
}

size_t arity(SlotInfo s) {
  switch (s.kind) {
    case SlotKind::kBinary:
    case SlotKind::kGetItem:
    case SlotKind::kDelItem: return 1;
    case SlotKind::kSetItem: return 2;
    default: return 0;
  }
}

Value call_slot(Vm& vm, const Type* owner, SlotInfo s, Value self, size_t n, const Value* args, size_t n_kw,
                Value name) {
  if (s.kind != SlotKind::kCall && (n != arity(s) || n_kw)) {
    return raise(vm, &TypeError_type, "expected %d argument%s, got %d", int(arity(s)), arity(s) == 1 ? "" : "s",
                 int(n));
  }
  switch (s.kind) {
    case SlotKind::kUnary: {
      Value r = owner->unary(vm, UnarySlot(s.op), self);
      if (r.is_absent()) return raise_attribute_error(vm, self, name);
      return r;
    }
    case SlotKind::kBinary: return owner->binary(vm, s.op, self, args[0]);
    case SlotKind::kGetItem: return owner->subscr(vm, self, args[0], Value::absent());
    case SlotKind::kSetItem: return owner->subscr(vm, self, args[0], args[1]);
    case SlotKind::kDelItem: return owner->subscr(vm, self, args[0], Value::null());
    case SlotKind::kIter: return owner->get_iter ? owner->get_iter(vm, self) : self;
    case SlotKind::kNext: {
      Value r = owner->iternext(vm, self);
      if (r.is_absent()) return raise_args(vm, &StopIteration_type, 0, nullptr);
      return r;
    }
    case SlotKind::kRepr:
    case SlotKind::kStr: {
      StrBuilder b(vm);
      if (!owner->print(vm, b, self, s.kind == SlotKind::kRepr ? PrintKind::kRepr : PrintKind::kStr)) {
        return Value::null();
      }
      return b.finish();
    }
    case SlotKind::kCall: return owner->call(vm, self, n, n_kw, args);
    default: return raise_attribute_error(vm, self, name);
  }
}

Value wrapper_call(Vm& vm, Value fn, size_t n_pos, size_t n_kw, const Value* args) {
  auto* w = fn.as<SlotWrapper>();
  SlotInfo s = slot_info(w->name.as_qstr());
  if (!w->self.is_null()) return call_slot(vm, w->owner, s, w->self, n_pos, args, n_kw, w->name);
  if (n_pos == 0 || !isinstance(args[0], w->owner)) {
    std::string_view nm = qstr_view(w->name);
    return raise(vm, &TypeError_type, "descriptor '%.*s' of '%.*s' object needs an argument", int(nm.size()),
                 nm.data(), int(type_name(w->owner).size()), type_name(w->owner).data());
  }
  return call_slot(vm, w->owner, s, args[0], n_pos - 1, args + 1, n_kw, w->name);
}

bool wrapper_print(Vm& vm, Printer& out, Value self, PrintKind) {
  auto* w = self.as<SlotWrapper>();
  std::string_view nm = qstr_view(w->name);
  std::string_view tn = type_name(w->owner);
  if (w->self.is_null()) {
    return printf_to(out, "<slot wrapper '%.*s' of '%.*s' objects>", int(nm.size()), nm.data(), int(tn.size()),
                     tn.data());
  }
  return printf_to(out, "<method-wrapper '%.*s' of %.*s object at %p>", int(nm.size()), nm.data(), int(tn.size()),
                   tn.data(), static_cast<void*>(self.as_object()));
}

}  // namespace

constexpr Type slot_wrapper_type = {
    .type = &type_type, .name = Q::method, .flags = 0, .instance_size = 0, .base = &object_type,
    .make_new = nullptr, .print = wrapper_print, .unary = nullptr, .binary = nullptr, .load_attr = nullptr,
    .store_attr = nullptr, .subscr = nullptr, .call = wrapper_call, .get_iter = nullptr, .iternext = nullptr,
    .buffer = nullptr, .locals = nullptr};

// A wrapper for the native slot behind dunder `name` on native type `t` (or
// on the first type of its base chain that fills the slot); absent() if none.
Value native_slot_method(Vm& vm, const Type* t, Value name, Value self) {
  if (!name.is_qstr()) return Value::absent();
  SlotInfo s = slot_info(name.as_qstr());
  if (s.kind == SlotKind::kNone) return Value::absent();
  t = native_base(t);
  if (!has_slot(t, s)) return Value::absent();
  auto* w = static_cast<SlotWrapper*>(gc_alloc(vm, sizeof(SlotWrapper)));
  if (!w) return Value::null();
  w->type = &slot_wrapper_type;
  w->owner = t;
  w->name = name;
  w->self = self;
  return Value::object(w);
}

}  // namespace mote
