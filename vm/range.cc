// range.cc — range and slice objects, and the index arithmetic every
// sequence shares (normalize_index, slice_indices).
//
// range holds machine-word start/stop/step (a range beyond the small-int
// span raises OverflowError); len, `in` and indexing are O(1) arithmetic.
// Its iterator is three words and never allocates per step.
#include "vm/runtime.h"

namespace mote {

Value index_operand(Vm& vm, Value index, const char* fmt) {
  if (index.is_small_int()) return index;
  Value i = to_index(vm, index);
  if (i.is_null() && exc_matches(vm, &TypeError_type)) {
    vm.clear_exc();
    std::string_view n = type_name(type_of(index));
    return raise(vm, &TypeError_type, fmt, int(n.size()), n.data());
  }
  return i;
}

bool normalize_index(Vm& vm, Value index, size_t len, size_t* out, const char* what) {
  sword i;
  if (!to_sword(vm, index, &i)) {
    if (exc_matches(vm, &OverflowError_type)) {
      vm.clear_exc();
      raise(vm, &IndexError_type, "cannot fit 'int' into an index-sized integer");
    }
    return false;
  }
  if (i < 0) i += sword(len);
  if (i < 0 || size_t(i) >= len) {
    raise(vm, &IndexError_type, "%s index out of range", what);
    return false;
  }
  *out = size_t(i);
  return true;
}

namespace {

// A slice bound: None → absent; else an index (clamped on overflow).
bool slice_bound(Vm& vm, Value v, sword* out, bool* given) {
  if (v.is_none()) {
    *given = false;
    return true;
  }
  *given = true;
  if (v.is_small_int()) {
    *out = v.as_small_int();
    return true;
  }
  Value i = to_index(vm, v);
  if (i.is_null()) {
    if (exc_matches(vm, &TypeError_type)) {
      vm.clear_exc();
      raise(vm, &TypeError_type, "slice indices must be integers or None or have an __index__ method");
    }
    return false;
  }
  if (i.is_small_int()) {
    *out = i.as_small_int();
    return true;
  }
  // A BigInt bound: clamp.
  Value zero = Value::small_int(0);
  int neg = less_than(vm, i, zero);
  if (neg < 0) return false;
  *out = neg ? Value::kSmallIntMin : Value::kSmallIntMax;
  return true;
}

}  // namespace

bool slice_indices(Vm& vm, Value slice, size_t len, sword* start, sword* stop, sword* step, size_t* count) {
  Slice* s = slice.as<Slice>();
  bool given;
  sword st = 1;
  if (!slice_bound(vm, s->step, &st, &given)) return false;
  if (!given) st = 1;
  if (st == 0) {
    raise(vm, &ValueError_type, "slice step cannot be zero");
    return false;
  }
  sword n = sword(len);
  sword a, b;
  if (!slice_bound(vm, s->start, &a, &given)) return false;
  if (!given) {
    a = st > 0 ? 0 : n - 1;
  } else {
    if (a < 0) a += n;
    if (st > 0) {
      a = a < 0 ? 0 : a > n ? n : a;
    } else {
      a = a < 0 ? -1 : a >= n ? n - 1 : a;
    }
  }
  if (!slice_bound(vm, s->stop, &b, &given)) return false;
  if (!given) {
    b = st > 0 ? n : -1;
  } else {
    if (b < 0) b += n;
    if (st > 0) {
      b = b < 0 ? 0 : b > n ? n : b;
    } else {
      b = b < -1 ? -1 : b >= n ? n - 1 : b;
    }
  }
  size_t c = 0;
  if (st > 0 && b > a) c = size_t((b - a - 1) / st + 1);
  if (st < 0 && a > b) c = size_t((a - b - 1) / (-st) + 1);
  *start = a;
  *stop = b;
  *step = st;
  *count = c;
  return true;
}

// --- slice ------------------------------------------------------------------------------

Value slice_new(Vm& vm, Value start, Value stop, Value step) {
  auto* s = static_cast<Slice*>(gc_alloc(vm, sizeof(Slice)));
  if (!s) return Value::null();
  s->type = &slice_type;
  s->start = start;
  s->stop = stop;
  s->step = step;
  return Value::object(s);
}

namespace {

Value slice_make_new(Vm& vm, const Type*, size_t n_pos, size_t n_kw, const Value* args) {
  if (n_kw) return raise(vm, &TypeError_type, "slice() takes no keyword arguments");
  if (n_pos < 1 || n_pos > 3) return raise(vm, &TypeError_type, "slice expected at least 1 argument, got 0");
  if (n_pos == 1) return slice_new(vm, Value::none(), args[0], Value::none());
  return slice_new(vm, args[0], args[1], n_pos == 3 ? args[2] : Value::none());
}

bool slice_print(Vm& vm, Printer& out, Value self, PrintKind) {
  Slice* s = self.as<Slice>();
  return print_str(out, "slice(") && print_value(vm, out, s->start, PrintKind::kRepr) && print_str(out, ", ") &&
         print_value(vm, out, s->stop, PrintKind::kRepr) && print_str(out, ", ") &&
         print_value(vm, out, s->step, PrintKind::kRepr) && print_str(out, ")");
}

Value slice_getattr(Vm& vm, Value self, Value name) {
  Slice* s = self.as<Slice>();
  if (name == q(Q::start)) return s->start;
  if (name == q(Q::stop)) return s->stop;
  if (name == q(Q::step)) return s->step;
  return Value::absent();
}

Value slice_binary(Vm& vm, uint8_t op, Value self, Value other) {
  if ((op == kBinaryEq || op == kBinaryNe) && other.is_object() && other.as_object()->type == &slice_type) {
    Slice* a = self.as<Slice>();
    Slice* b = other.as<Slice>();
    Value x[3] = {a->start, a->stop, a->step}, y[3] = {b->start, b->stop, b->step};
    bool eq = true;
    for (int i = 0; i < 3 && eq; ++i) {
      int e = equal(vm, x[i], y[i]);
      if (e < 0) return Value::null();
      eq = e;
    }
    return Value::boolean(op == kBinaryEq ? eq : !eq);
  }
  return Value::not_implemented();
}

Value slice_indices_fn(Vm& vm, size_t, size_t, const Value* args) {
  sword n;
  if (!to_sword(vm, args[1], &n)) return Value::null();
  if (n < 0) return raise(vm, &ValueError_type, "length should not be negative");
  sword a, b, st;
  size_t c;
  if (!slice_indices(vm, args[0], size_t(n), &a, &b, &st, &c)) return Value::null();
  Value items[3] = {int_from_sword(vm, a), int_from_sword(vm, b), int_from_sword(vm, st)};
  if (items[0].is_null() || items[1].is_null() || items[2].is_null()) return Value::null();
  return tuple_new(vm, 3, items);
}

constexpr NativeFunction slice_indices_obj = native_fn(Q::indices, slice_indices_fn, 2, 2);
constexpr auto slice_locals_table = sorted_table<1>({{{q(Q::indices), Value::object(&slice_indices_obj)}}});
constexpr ConstMap slice_locals = {slice_locals_table.data(), slice_locals_table.size()};

Value slice_unary(Vm& vm, UnarySlot op, Value self) {
  if (op == UnarySlot::kHash) return raise(vm, &TypeError_type, "unhashable type: 'slice'");
  return Value::absent();
}

}  // namespace

constexpr Type slice_type = {
    .type = &type_type, .name = Q::slice, .flags = 0, .instance_size = 0, .base = &object_type,
    .make_new = slice_make_new, .print = slice_print, .unary = slice_unary, .binary = slice_binary,
    .load_attr = slice_getattr, .store_attr = nullptr, .subscr = nullptr, .call = nullptr,
    .get_iter = nullptr, .iternext = nullptr, .buffer = nullptr, .locals = &slice_locals};

// --- range ----------------------------------------------------------------------------------

namespace {

size_t range_len(const Range* r) {
  // (Unsigned differences: stop - start can exceed the sword range.)
  if (r->step > 0 && r->stop > r->start) return size_t((word(r->stop) - word(r->start) - 1) / word(r->step) + 1);
  if (r->step < 0 && r->start > r->stop) {
    return size_t((word(r->start) - word(r->stop) - 1) / (word(0) - word(r->step)) + 1);
  }
  return 0;
}

}  // namespace

Value range_new(Vm& vm, sword start, sword stop, sword step) {
  auto* r = static_cast<Range*>(gc_alloc(vm, sizeof(Range), true));
  if (!r) return Value::null();
  r->type = &range_type;
  r->start = start;
  r->stop = stop;
  r->step = step;
  return Value::object(r);
}

namespace {

bool range_arg(Vm& vm, Value v, sword* out) {
  if (v.is_small_int()) {
    *out = v.as_small_int();
    return true;
  }
  if (!is_int(v) && (v.is_object() && v.as_object()->type == &float_type)) {
    raise(vm, &TypeError_type, "'float' object cannot be interpreted as an integer");
    return false;
  }
  return to_sword(vm, v, out);
}

Value range_make_new(Vm& vm, const Type*, size_t n_pos, size_t n_kw, const Value* args) {
  if (n_kw) return raise(vm, &TypeError_type, "range() takes no keyword arguments");
  if (n_pos < 1 || n_pos > 3) {
    return raise(vm, &TypeError_type, n_pos == 0 ? "range expected at least 1 argument, got 0"
                                                 : "range expected at most 3 arguments, got %d",
                 int(n_pos));
  }
  sword a = 0, b, st = 1;
  if (n_pos == 1) {
    if (!range_arg(vm, args[0], &b)) return Value::null();
  } else {
    if (!range_arg(vm, args[0], &a) || !range_arg(vm, args[1], &b)) return Value::null();
    if (n_pos == 3 && !range_arg(vm, args[2], &st)) return Value::null();
    if (st == 0) return raise(vm, &ValueError_type, "range() arg 3 must not be zero");
  }
  return range_new(vm, a, b, st);
}

bool range_print(Vm& vm, Printer& out, Value self, PrintKind) {
  Range* r = self.as<Range>();
  if (r->step == 1) return printf_to(out, "range(%ld, %ld)", long(r->start), long(r->stop));
  return printf_to(out, "range(%ld, %ld, %ld)", long(r->start), long(r->stop), long(r->step));
}

Value range_unary(Vm& vm, UnarySlot op, Value self) {
  Range* r = self.as<Range>();
  switch (op) {
    case UnarySlot::kBool: return Value::boolean(range_len(r) != 0);
    case UnarySlot::kLen: return int_from_sword(vm, sword(range_len(r)));
    case UnarySlot::kHash: {
      // (int_from_sword: on 32-bit targets a bound can exceed a small int.)
      Value items[3] = {int_from_sword(vm, sword(range_len(r))), int_from_sword(vm, r->start),
                        int_from_sword(vm, r->step)};
      if (items[0].is_null() || items[1].is_null() || items[2].is_null()) return Value::null();
      Value t = tuple_new(vm, 3, items);
      sword h;
      if (t.is_null() || !hash_value(vm, t, &h)) return Value::null();
      return int_from_sword(vm, h);
    }
    default: return Value::absent();
  }
}

bool range_has(const Range* r, sword x) {
  if (r->step > 0 ? (x < r->start || x >= r->stop) : (x > r->start || x <= r->stop)) return false;
  return (x - r->start) % r->step == 0;
}

Value range_binary(Vm& vm, uint8_t op, Value self, Value other) {
  Range* r = self.as<Range>();
  if (op == kBinaryContains) {
    if (other.is_small_int()) return Value::boolean(range_has(r, other.as_small_int()));
    if (other.is_bool()) return Value::boolean(range_has(r, other.is_true_literal()));
    return Value::not_implemented();  // falls back to iteration (floats, objects)
  }
  if ((op == kBinaryEq || op == kBinaryNe) && other.is_object() && other.as_object()->type == &range_type) {
    Range* o = other.as<Range>();
    size_t n = range_len(r);
    bool eq = n == range_len(o) && (n == 0 || (r->start == o->start && (n == 1 || r->step == o->step)));
    return Value::boolean(op == kBinaryEq ? eq : !eq);
  }
  return Value::not_implemented();
}

Value range_subscr(Vm& vm, Value self, Value index, Value value) {
  if (!value.is_absent()) return raise(vm, &TypeError_type, "'range' object does not support item assignment");
  Range* r = self.as<Range>();
  size_t n = range_len(r);
  if (index.is_object() && index.as_object()->type == &slice_type) {
    sword a, b, st;
    size_t c;
    if (!slice_indices(vm, index, n, &a, &b, &st, &c)) return Value::null();
    // CPython maps both slice bounds through the range (not start + count*step),
    // so range(4)[1::2] is range(1, 4, 2), not range(1, 5, 2).
    (void)c;
    return range_new(vm, r->start + a * r->step, r->start + b * r->step, r->step * st);
  }
  size_t i;
  if (!normalize_index(vm, index, n, &i, "range object")) return Value::null();
  return int_from_sword(vm, r->start + sword(i) * r->step);
}

struct RangeIter {
  const Type* type;
  sword next, stop, step;
};

Value range_iter_next(Vm& vm, Value self) {
  RangeIter* it = self.as<RangeIter>();
  sword v = it->next;
  if (it->step > 0 ? v >= it->stop : v <= it->stop) return Value::absent();
  sword nx;  // (past the sword range: the range is done)
  it->next = __builtin_add_overflow(v, it->step, &nx) ? it->stop : nx;
  return int_from_sword(vm, v);  // a 32-bit sword can exceed a small int
}


}  // namespace

constexpr Type range_iterator_type = {
    .type = &type_type, .name = Q::iter, .flags = kTypeIterIsSelf, .instance_size = 0,
    .base = &object_type, .make_new = nullptr, .print = nullptr, .unary = nullptr, .binary = nullptr,
    .load_attr = nullptr, .store_attr = nullptr, .subscr = nullptr, .call = nullptr,
    .get_iter = iter_self, .iternext = range_iter_next, .buffer = nullptr, .locals = nullptr};

namespace {

Value range_get_iter(Vm& vm, Value self) {
  Range* r = self.as<Range>();
  auto* it = static_cast<RangeIter*>(gc_alloc(vm, sizeof(RangeIter), true));
  if (!it) return Value::null();
  it->type = &range_iterator_type;
  it->next = r->start;
  it->stop = r->stop;
  it->step = r->step;
  return Value::object(it);
}

Value range_getattr(Vm& vm, Value self, Value name) {
  Range* r = self.as<Range>();
  if (name == q(Q::start)) return int_from_sword(vm, r->start);
  if (name == q(Q::stop)) return int_from_sword(vm, r->stop);
  if (name == q(Q::step)) return int_from_sword(vm, r->step);
  return Value::absent();
}

Value range_count(Vm& vm, size_t, size_t, const Value* args) {
  Range* r = args[0].as<Range>();
  if (args[1].is_small_int()) return Value::small_int(range_has(r, args[1].as_small_int()));
  return Value::small_int(0);
}
Value range_index(Vm& vm, size_t, size_t, const Value* args) {
  Range* r = args[0].as<Range>();
  if (args[1].is_small_int() && range_has(r, args[1].as_small_int())) {
    return Value::small_int((args[1].as_small_int() - r->start) / r->step);
  }
  Value rr = repr(vm, args[1]);
  if (rr.is_null()) return rr;
  StrView v = str_view(rr);
  return raise(vm, &ValueError_type, "%.*s is not in range", int(v.len), v.data);
}

constexpr NativeFunction range_count_obj = native_fn(Q::count, range_count, 2, 2);
constexpr NativeFunction range_index_obj = native_fn(Q::index, range_index, 2, 2);
constexpr auto range_locals_table = sorted_table<2>({{
    {q(Q::count), Value::object(&range_count_obj)},
    {q(Q::index), Value::object(&range_index_obj)},
}});
constexpr ConstMap range_locals = {range_locals_table.data(), range_locals_table.size()};

}  // namespace

constexpr Type range_type = {
    .type = &type_type, .name = Q::range, .flags = 0, .instance_size = 0, .base = &object_type,
    .make_new = range_make_new, .print = range_print, .unary = range_unary, .binary = range_binary,
    .load_attr = range_getattr, .store_attr = nullptr, .subscr = range_subscr, .call = nullptr,
    .get_iter = range_get_iter, .iternext = nullptr, .buffer = nullptr, .locals = &range_locals};

}  // namespace mote
