// tuple.cc — tuple: an immutable array of Values inline after the header.
//
// One allocation per tuple; the empty tuple is a flash singleton. Hashing is
// CPython's xxHash-based combination, so hash((1, 2)) equals CPython's on a
// 64-bit build. Comparison helpers here are shared with list.
#include "vm/runtime.h"

namespace mote {

namespace {
constexpr Tuple kEmptyTuple = {&tuple_type, 0, {}};
}

Value empty_tuple() { return Value::object(&kEmptyTuple); }

bool is_tuple(Value v) { return v.is_object() && isinstance(v, &tuple_type); }

Value tuple_alloc(Vm& vm, size_t n) {
  if (n == 0) return empty_tuple();
  auto* t = static_cast<Tuple*>(gc_alloc(vm, sizeof(Tuple) + n * sizeof(Value)));
  if (!t) return Value::null();
  t->type = &tuple_type;
  t->len = n;
  for (size_t i = 0; i < n; ++i) t->items[i] = Value::none();
  return Value::object(t);
}

Value tuple_new(Vm& vm, size_t n, const Value* items) {
  Value v = tuple_alloc(vm, n);
  if (v.is_null() || !items) return v;
  vcopy(as_tuple(v)->items, items, n);
  return v;
}

Value tuple_from_iter(Vm& vm, Value iterable) {
  if (iterable.is_object() && iterable.as_object()->type == &tuple_type) return iterable;
  size_t n;
  Value* items;
  if (seq_items(iterable, &n, &items)) return tuple_new(vm, n, items);
  Value l = list_from_iter(vm, iterable);
  if (l.is_null()) return l;
  return tuple_new(vm, as_list(l)->len, as_list(l)->items);
}

// --- sequence helpers shared with list ----------------------------------------------

// Lexicographic rich comparison of two item arrays.
Value seq_compare(Vm& vm, uint8_t op, const Value* a, size_t na, const Value* b, size_t nb) {
  size_t n = na < nb ? na : nb;
  size_t i = 0;
  for (; i < n; ++i) {
    int e = equal(vm, a[i], b[i]);
    if (e < 0) return Value::null();
    if (!e) break;
  }
  if (i < n) {
    if (op == kBinaryEq) return Value::false_();
    if (op == kBinaryNe) return Value::true_();
    return compare(vm, CompareOp(op - kBinaryLt), a[i], b[i]);
  }
  switch (op) {
    case kBinaryLt: return Value::boolean(na < nb);
    case kBinaryLe: return Value::boolean(na <= nb);
    case kBinaryEq: return Value::boolean(na == nb);
    case kBinaryNe: return Value::boolean(na != nb);
    case kBinaryGt: return Value::boolean(na > nb);
    default: return Value::boolean(na >= nb);
  }
}

// repr of a sequence of items between `open` and `close`.
bool print_seq(Vm& vm, Printer& out, const Value* items, size_t n, const char* open, const char* close,
               bool trailing_comma_for_one) {
  if (!print_str(out, open)) return false;
  for (size_t i = 0; i < n; ++i) {
    if (i && !print_str(out, ", ")) return false;
    if (!print_value(vm, out, items[i], PrintKind::kRepr)) return false;
  }
  if (n == 1 && trailing_comma_for_one && !print_str(out, ",")) return false;
  return print_str(out, close);
}

// Count/index shared by tuple and list methods.
Value seq_count(Vm& vm, const Value* items, size_t n, Value x) {
  sword c = 0;
  for (size_t i = 0; i < n; ++i) {
    int e = equal(vm, items[i], x);
    if (e < 0) return Value::null();
    c += e;
  }
  return Value::small_int(c);
}

bool index_bound(Vm& vm, Value v, size_t len, size_t* out) {
  sword i;
  if (!to_sword(vm, v, &i)) return false;
  if (i < 0) {
    i += sword(len);
    if (i < 0) i = 0;
  }
  *out = size_t(i) > len ? len : size_t(i);
  return true;
}

Value seq_index(Vm& vm, Value* items_ref_owner, size_t n_args, const Value* args, const char* what) {
  // args: self x [start [stop]]
  size_t n;
  Value* items;
  seq_items(args[0], &n, &items);
  size_t start = 0, stop = n;
  if (n_args > 2 && !index_bound(vm, args[2], n, &start)) return Value::null();
  if (n_args > 3 && !index_bound(vm, args[3], n, &stop)) return Value::null();
  for (size_t i = start; i < stop; ++i) {
    seq_items(args[0], &n, &items);
    if (i >= n) break;
    int e = equal(vm, items[i], args[1]);
    if (e < 0) return Value::null();
    if (e) return Value::small_int(sword(i));
  }
  return raise(vm, &ValueError_type, "%s", what);
}

namespace {

bool tuple_print(Vm& vm, Printer& out, Value self, PrintKind) {
  ReprGuard guard(vm, self);
  if (guard.recursive()) return print_str(out, "(...)");
  Tuple* t = as_tuple(self);
  return print_seq(vm, out, t->items, t->len, "(", ")", true);
}

sword tuple_hash(Vm& vm, Tuple* t, bool* ok) {
  using U = word;
  constexpr bool k64 = sizeof(U) == 8;
  constexpr U P1 = k64 ? U(11400714785074694791ull) : U(2654435761u);
  constexpr U P2 = k64 ? U(14029467366897019727ull) : U(2246822519u);
  constexpr U P5 = k64 ? U(2870177450012600261ull) : U(374761393u);
  constexpr int kRot = k64 ? 31 : 13;
  U acc = P5;
  for (size_t i = 0; i < t->len; ++i) {
    sword h;
    if (!hash_value(vm, t->items[i], &h)) {
      *ok = false;
      return 0;
    }
    acc += U(h) * P2;
    acc = (acc << kRot) | (acc >> (sizeof(U) * 8 - kRot));
    acc *= P1;
  }
  acc += U(t->len) ^ (P5 ^ U(3527539));
  if (acc == U(-1)) return 1546275796;
  *ok = true;
  return sword(acc);
}

Value tuple_unary(Vm& vm, UnarySlot op, Value self) {
  Tuple* t = as_tuple(self);
  switch (op) {
    case UnarySlot::kBool: return Value::boolean(t->len != 0);
    case UnarySlot::kLen: return Value::small_int(sword(t->len));
    case UnarySlot::kHash: {
      bool ok = true;
      sword h = tuple_hash(vm, t, &ok);
      if (!ok) return Value::null();
      return int_from_sword(vm, h);
    }
    default: return Value::absent();
  }
}

Value tuple_concat(Vm& vm, Tuple* a, Tuple* b) {
  Value r = tuple_alloc(vm, a->len + b->len);
  if (r.is_null()) return r;
  vcopy(as_tuple(r)->items, a->items, a->len);
  vcopy(as_tuple(r)->items + a->len, b->items, b->len);
  return r;
}

Value tuple_repeat(Vm& vm, Tuple* a, Value count) {
  sword n;
  if (!to_sword(vm, count, &n)) return Value::null();
  if (n <= 0 || a->len == 0) return empty_tuple();
  if (size_t(n) > (size_t(1) << 28) / a->len) return raise_memory_error(vm);
  Value r = tuple_alloc(vm, a->len * size_t(n));
  if (r.is_null()) return r;
  for (sword i = 0; i < n; ++i) vcopy(as_tuple(r)->items + size_t(i) * a->len, a->items, a->len);
  return r;
}

Value tuple_binary(Vm& vm, uint8_t op, Value self, Value other) {
  Tuple* a = as_tuple(self);
  if (op >= kBinaryLt && op <= kBinaryGe) {
    if (!is_tuple(other)) return Value::not_implemented();
    Tuple* b = as_tuple(other);
    return seq_compare(vm, op, a->items, a->len, b->items, b->len);
  }
  switch (op) {
    case uint8_t(BinaryOp::ADD):
    case uint8_t(BinaryOp::INPLACE_ADD):
      if (!is_tuple(other)) {
        if (op == uint8_t(BinaryOp::INPLACE_ADD)) return Value::not_implemented();
        return raise(vm, &TypeError_type, "can only concatenate tuple (not \"%.*s\") to tuple",
                     int(type_name(type_of(other)).size()), type_name(type_of(other)).data());
      }
      return tuple_concat(vm, a, as_tuple(other));
    case uint8_t(BinaryOp::MUL):
    case uint8_t(BinaryOp::INPLACE_MUL):
    case kReflectedBase + uint8_t(BinaryOp::MUL):
      if (!is_int(other)) return Value::not_implemented();
      return tuple_repeat(vm, a, other);
    case kBinaryContains:
      for (size_t i = 0; i < a->len; ++i) {
        int e = equal(vm, a->items[i], other);
        if (e < 0) return Value::null();
        if (e) return Value::true_();
      }
      return Value::false_();
    default:
      return Value::not_implemented();
  }
}

Value tuple_subscr(Vm& vm, Value self, Value index, Value value) {
  if (!value.is_absent()) {
    std::string_view tn = type_name(type_of(self));  // a subclass's own name, as CPython
    return raise(vm, &TypeError_type, value.is_null() ? "'%.*s' object doesn't support item deletion"
                                                      : "'%.*s' object does not support item assignment",
                 int(tn.size()), tn.data());
  }
  Tuple* t = as_tuple(self);
  if (index.is_small_int()) {
    sword i = index.as_small_int();
    if (i < 0) i += sword(t->len);
    if (i < 0 || size_t(i) >= t->len) return raise(vm, &IndexError_type, "tuple index out of range");
    return t->items[i];
  }
  if (index.is_object() && index.as_object()->type == &slice_type) {
    sword start, stop, step;
    size_t count;
    if (!slice_indices(vm, index, t->len, &start, &stop, &step, &count)) return Value::null();
    if (step == 1 && count == t->len && self.as_object()->type == &tuple_type) return self;
    Value r = tuple_alloc(vm, count);
    if (r.is_null()) return r;
    for (size_t i = 0; i < count; ++i) as_tuple(r)->items[i] = t->items[start + sword(i) * step];
    return r;
  }
  index = index_operand(vm, index, "tuple indices must be integers or slices, not %.*s");
  if (index.is_null()) return index;
  size_t i;
  if (!normalize_index(vm, index, t->len, &i, "tuple")) return Value::null();
  return t->items[i];
}

struct SeqIterator {
  const Type* type;
  Value seq;
  size_t index;
};

Value tuple_iter_next(Vm& vm, Value self) {
  SeqIterator* it = self.as<SeqIterator>();
  Tuple* t = as_tuple(it->seq);
  if (it->index >= t->len) return Value::absent();
  return t->items[it->index++];
}


}  // namespace

constexpr Type tuple_iterator_type = {
    .type = &type_type, .name = Q::iter, .flags = kTypeIterIsSelf, .instance_size = 0,
    .base = &object_type, .make_new = nullptr, .print = nullptr, .unary = nullptr, .binary = nullptr,
    .load_attr = nullptr, .store_attr = nullptr, .subscr = nullptr, .call = nullptr,
    .get_iter = iter_self, .iternext = tuple_iter_next, .buffer = nullptr, .locals = nullptr};

namespace {

Value tuple_get_iter(Vm& vm, Value self) {
  auto* it = static_cast<SeqIterator*>(gc_alloc(vm, sizeof(SeqIterator)));
  if (!it) return Value::null();
  it->type = &tuple_iterator_type;
  it->seq = self;
  return Value::object(it);
}

Value tuple_make_new(Vm& vm, const Type* t, size_t n_pos, size_t n_kw, const Value* args) {
  if (n_kw) return raise(vm, &TypeError_type, "tuple() takes no keyword arguments");
  if (n_pos > 1) return raise(vm, &TypeError_type, "tuple expected at most 1 argument, got %d", int(n_pos));
  if (n_pos == 0) return empty_tuple();
  return tuple_from_iter(vm, args[0]);
}

Value tuple_count(Vm& vm, size_t, size_t, const Value* args) {
  Tuple* t = as_tuple(args[0]);
  return seq_count(vm, t->items, t->len, args[1]);
}

Value tuple_index(Vm& vm, size_t n, size_t, const Value* args) {
  return seq_index(vm, nullptr, n, args, "tuple.index(x): x not in tuple");
}

constexpr NativeFunction tuple_count_obj = native_fn(Q::count, tuple_count, 2, 2);
constexpr NativeFunction tuple_index_obj = native_fn(Q::index, tuple_index, 2, 4);
constexpr auto tuple_locals_table = sorted_table<2>({{
    {q(Q::count), Value::object(&tuple_count_obj)},
    {q(Q::index), Value::object(&tuple_index_obj)},
}});
constexpr ConstMap tuple_locals = {tuple_locals_table.data(), tuple_locals_table.size()};

}  // namespace

Value tuple_slot_binary(Vm& vm, uint8_t op, Value self, Value other) { return tuple_binary(vm, op, self, other); }
Value tuple_slot_unary(Vm& vm, UnarySlot op, Value self) { return tuple_unary(vm, op, self); }
Value tuple_slot_subscr(Vm& vm, Value self, Value index, Value value) { return tuple_subscr(vm, self, index, value); }
Value tuple_slot_get_iter(Vm& vm, Value self) { return tuple_get_iter(vm, self); }

constexpr Type tuple_type = {
    .type = &type_type, .name = Q::tuple, .flags = kTypeBaseType, .instance_size = sizeof(Tuple),
    .base = &object_type, .make_new = tuple_make_new, .print = tuple_print, .unary = tuple_unary,
    .binary = tuple_binary, .load_attr = nullptr, .store_attr = nullptr, .subscr = tuple_subscr,
    .call = nullptr, .get_iter = tuple_get_iter, .iternext = nullptr, .buffer = nullptr,
    .locals = &tuple_locals};

}  // namespace mote
