// builtins_lib.cc — the library builtins (design: builtins_lib.h).
//
// Everything here goes through the public VM API (vm/vm.h): iteration with
// for_each/iter_next, comparison with less_than, arithmetic with
// binary_op, so a builtin treats native types and classes alike. Fast paths
// are limited to where benchmarks care: sum() over small ints and floats
// accumulates in machine words until it would overflow.
//
// enumerate, filter, map, reversed and zip are iterator types: constexpr
// Types whose make_new builds the iterator and whose iternext produces the
// next item (absent() when exhausted).
#include "vm/builtins_lib.h"

#include <cmath>
#include <cstring>

#include "gc/gc.h"
#include "vm/bigint.h"
#include "vm/float_format.h"
#include "vm/format.h"
#include "vm/lib_util.h"
#include "vm/vm.h"

namespace mote {

namespace {

const char* tname(Value v) { return type_name(type_of(v)).data(); }

bool is_float(Value v) { return v.is_object() && isinstance(v, &float_type); }

// --- abs, all, any, ascii, bin/oct/hex, chr, ord, format ----------------------------------------

Value builtin_abs(Vm& vm, size_t, size_t, const Value* args) {
  Value v = args[0];
  if (v.is_small_int()) {
    sword x = v.as_small_int();
    return x >= 0 ? v : bigint_from_sword(vm, -x);
  }
  const Type* t = type_of(v);
  Value r = t->unary != nullptr ? t->unary(vm, UnarySlot::kAbs, v) : Value::absent();
  if (r.is_absent()) return raise(vm, &TypeError_type, "bad operand type for abs(): '%s'", tname(v));
  return r;
}

Value any_all(Vm& vm, Value iterable, bool want) {
  bool found = false;
  bool ok = for_each(vm, iterable, [&](Value item) {
    int t = is_true(vm, item);
    if (t < 0) return false;
    found = (t != 0) == want;
    return !found;
  });
  if (!ok && vm.has_exc()) return Value::null();
  return Value::boolean(found ? want : !want);
}

Value builtin_all(Vm& vm, size_t, size_t, const Value* args) { return any_all(vm, args[0], false); }
Value builtin_any(Vm& vm, size_t, size_t, const Value* args) { return any_all(vm, args[0], true); }
Value builtin_ascii(Vm& vm, size_t, size_t, const Value* args) { return ascii_repr(vm, args[0]); }

Value base_str(Vm& vm, Value v, int base) {
  Value i = to_index(vm, v);
  return i.is_null() ? i : int_to_base_str(vm, i, base);
}

Value builtin_bin(Vm& vm, size_t, size_t, const Value* args) { return base_str(vm, args[0], 2); }
Value builtin_oct(Vm& vm, size_t, size_t, const Value* args) { return base_str(vm, args[0], 8); }
Value builtin_hex(Vm& vm, size_t, size_t, const Value* args) { return base_str(vm, args[0], 16); }

Value builtin_chr(Vm& vm, size_t, size_t, const Value* args) {
  Value i = to_index(vm, args[0]);
  if (i.is_null()) return i;
  sword cp;
  if (!bigint_to_sword(i, &cp) || cp < INT32_MIN || cp > INT32_MAX) {
    return raise(vm, &OverflowError_type, "Python int too large to convert to C int");
  }
  if (cp < 0 || cp > 0x10ffff) return raise(vm, &ValueError_type, "chr() arg not in range(0x110000)");
  char buf[4];
  size_t n;
  if (cp < 0x80) {
    buf[0] = char(cp), n = 1;
  } else if (cp < 0x800) {
    buf[0] = char(0xc0 | (cp >> 6)), buf[1] = char(0x80 | (cp & 0x3f)), n = 2;
  } else if (cp < 0x10000) {
    buf[0] = char(0xe0 | (cp >> 12)), buf[1] = char(0x80 | ((cp >> 6) & 0x3f)), buf[2] = char(0x80 | (cp & 0x3f)), n = 3;
  } else {
    buf[0] = char(0xf0 | (cp >> 18)), buf[1] = char(0x80 | ((cp >> 12) & 0x3f));
    buf[2] = char(0x80 | ((cp >> 6) & 0x3f)), buf[3] = char(0x80 | (cp & 0x3f)), n = 4;
  }
  return str_new(vm, std::string_view(buf, n));
}

Value builtin_ord(Vm& vm, size_t, size_t, const Value* args) {
  Value v = args[0];
  if (is_str(v)) {
    StrView s = str_view(v);
    size_t chars = utf8_char_count(s.data, s.len);
    if (chars != 1) {
      return raise(vm, &TypeError_type, "ord() expected a character, but string of length %zu found", chars);
    }
    uint8_t c = uint8_t(s.data[0]);
    if (c < 0x80) return Value::small_int(c);
    uint32_t cp = c & (s.len == 2 ? 0x1f : s.len == 3 ? 0x0f : 0x07);
    for (size_t k = 1; k < s.len; ++k) cp = (cp << 6) | (uint8_t(s.data[k]) & 0x3f);
    return Value::small_int(sword(cp));
  }
  const Type* t = native_base(type_of(v));
  if (t == &bytes_type || t == &bytearray_type) {
    BufferInfo b;
    t->buffer(vm, v, &b, false);
    if (b.len != 1) {
      return raise(vm, &TypeError_type, "ord() expected a character, but string of length %zu found", b.len);
    }
    return Value::small_int(*static_cast<uint8_t*>(b.data));
  }
  return raise(vm, &TypeError_type, "ord() expected string of length 1, but %s found", tname(v));
}

Value builtin_format(Vm& vm, size_t n_pos, size_t, const Value* args) {
  return format_value(vm, args[0], n_pos > 1 ? args[1] : q(Q::empty_));
}

// --- divmod, pow, round ----------------------------------------------------------------------

Value float_divmod(Vm& vm, double vx, double wx) {
  if (wx == 0) return raise(vm, &ZeroDivisionError_type, "float divmod()");
  double mod = fmod(vx, wx);
  double div = (vx - mod) / wx;
  if (mod != 0) {
    if ((wx < 0) != (mod < 0)) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = copysign(0.0, wx);
  }
  double floordiv;
  if (div != 0) {
    floordiv = floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = copysign(0.0, vx / wx);
  }
  Value pair[2] = {float_new(vm, floordiv), float_new(vm, mod)};
  if (pair[0].is_null() || pair[1].is_null()) return Value::null();
  return tuple_new(vm, 2, pair);
}

Value builtin_divmod(Vm& vm, size_t, size_t, const Value* args) {
  Value a = args[0], b = args[1];
  if (is_int(a) && is_int(b)) return bigint_divmod(vm, a, b);
  if ((is_int(a) || is_float(a)) && (is_int(b) || is_float(b))) {
    double x, y;
    if (!to_double(vm, a, &x) || !to_double(vm, b, &y)) return Value::null();
    return float_divmod(vm, x, y);
  }
  Value r = call_user_dunder(vm, a, Q::dunder_divmod, 1, &b);
  if (!r.is_absent() && r != Value::not_implemented()) return r;
  r = call_user_dunder(vm, b, Q::dunder_rdivmod, 1, &a);
  if (!r.is_absent() && r != Value::not_implemented()) return r;
  return raise(vm, &TypeError_type, "unsupported operand type(s) for divmod(): '%s' and '%s'", tname(a), tname(b));
}

Value builtin_pow(Vm& vm, size_t n_pos, size_t n_kw, const Value* args) {
  static constexpr ArgSpec spec[] = {{Q::base, kArgRequired, Value::absent()},
                                     {Q::exp, kArgRequired, Value::absent()},
                                     {Q::mod, 0, Value::none()}};
  Value a[3];
  if (n_pos + n_kw > 3) return raise(vm, &TypeError_type, "pow() takes at most 3 arguments (%zu given)", n_pos + n_kw);
  if (!parse_args(vm, "pow", n_pos, n_kw, args, spec, 3, a)) return Value::null();
  if (a[2].is_none()) return binary_op(vm, BinaryOp::POW, a[0], a[1]);
  if (is_int(a[0]) && is_int(a[1]) && is_int(a[2])) return bigint_pow_mod(vm, a[0], a[1], a[2]);
  Value rest[2] = {a[1], a[2]};
  Value r = call_user_dunder(vm, a[0], Q::dunder_pow, 2, rest);
  if (!r.is_absent() && r != Value::not_implemented()) return r;
  // float's __pow__ refuses a modulus; int's does not know a non-int one.
  if ((is_float(a[0]) || is_float(a[1])) && (is_int(a[0]) || is_float(a[0])) && (is_int(a[1]) || is_float(a[1]))) {
    return raise(vm, &TypeError_type, "pow() 3rd argument not allowed unless all arguments are integers");
  }
  return raise(vm, &TypeError_type, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'", tname(a[0]),
               tname(a[1]), tname(a[2]));
}

// round(float) to an int, half to even.
Value round_float_to_int(Vm& vm, double x) {
  double r = round(x);
  if (fabs(x - r) == 0.5) r = 2.0 * round(x / 2.0);
  return bigint_from_double(vm, r);
}

// round(int, -k): half to even at 10**k.
Value round_int(Vm& vm, Value x, sword ndigits) {
  if (ndigits >= 0) return x;
  Value pow10 = bigint_binary_op(vm, BinaryOp::POW, Value::small_int(10), bigint_from_sword(vm, -ndigits));
  if (pow10.is_null()) return pow10;
  Value qr = bigint_divmod(vm, x, pow10);
  if (qr.is_null()) return qr;
  Value q = qr.as<Tuple>()->items[0], r = qr.as<Tuple>()->items[1];
  Value r2 = bigint_binary_op(vm, BinaryOp::ADD, r, r);
  if (r2.is_null()) return r2;
  int c = bigint_compare(r2, pow10);
  bool odd = bigint_binary_op(vm, BinaryOp::AND, q, Value::small_int(1)) == Value::small_int(1);
  if (c > 0 || (c == 0 && odd)) q = bigint_binary_op(vm, BinaryOp::ADD, q, Value::small_int(1));
  return q.is_null() ? q : bigint_binary_op(vm, BinaryOp::MUL, q, pow10);
}

Value builtin_round(Vm& vm, size_t n_pos, size_t n_kw, const Value* args) {
  static constexpr ArgSpec spec[] = {{Q::number, kArgRequired, Value::absent()}, {Q::ndigits, 0, Value::none()}};
  Value a[2];
  if (!parse_args(vm, "round", n_pos, n_kw, args, spec, 2, a)) return Value::null();
  Value x = a[0];
  if (is_float(x) && type_of(x) == &float_type) {
    double d = float_value(x);
    if (a[1].is_none()) return round_float_to_int(vm, d);
    Value nd = to_index(vm, a[1]);
    sword n;
    if (nd.is_null()) return nd;
    if (!bigint_to_sword(nd, &n)) n = bigint_compare(nd, Value::small_int(0)) < 0 ? -100000 : 100000;
    double r;
    return float_round_digits(vm, d, n, &r) ? float_new(vm, r) : Value::null();
  }
  if (is_int(x) && (x.is_small_int() || x.is_bool() || is_bigint(x))) {
    Value iv = x.is_bool() ? Value::small_int(x.is_true_literal()) : x;
    if (a[1].is_none()) return iv;
    Value nd = to_index(vm, a[1]);
    sword n;
    if (nd.is_null()) return nd;
    if (!bigint_to_sword(nd, &n)) n = bigint_compare(nd, Value::small_int(0)) < 0 ? -100000 : 100000;
    return round_int(vm, iv, n);
  }
  Value r = call_user_dunder(vm, x, Q::dunder_round, a[1].is_none() ? 0 : 1, &a[1]);
  if (!r.is_absent()) return r;
  return raise(vm, &TypeError_type, "type %s doesn't define __round__ method", tname(x));
}

// --- min, max, sorted, sum ---------------------------------------------------------------------

Value min_max(Vm& vm, const char* name, size_t n_pos, size_t n_kw, const Value* args, bool is_max) {
  Value key = Value::none(), dflt = Value::absent();
  for (size_t i = 0; i < n_kw; ++i) {
    Value k = args[n_pos + 2 * i], v = args[n_pos + 2 * i + 1];
    if (k == q(Q::key)) {
      key = v;
    } else if (k == q(Q::default_)) {
      dflt = v;
    } else {
      StrView kn = str_view(k);
      return raise(vm, &TypeError_type, "'%.*s' is an invalid keyword argument for %s()", int(kn.len), kn.data, name);
    }
  }
  if (n_pos == 0) return raise(vm, &TypeError_type, "%s expected at least 1 argument, got 0", name);
  if (n_pos > 1 && !dflt.is_absent()) {
    return raise(vm, &TypeError_type, "Cannot specify a default for %s() with multiple positional arguments", name);
  }
  Value best = Value::absent(), best_key = Value::absent();
  auto visit = [&](Value item) {
    Value k = key.is_none() ? item : call1(vm, key, item);
    if (k.is_null()) return false;
    if (best.is_absent()) {
      best = item, best_key = k;
      return true;
    }
    // As CPython: item > best for max, item < best for min (this decides the
    // operand order in a TypeError message).
    Value c = compare(vm, is_max ? CompareOp::GT : CompareOp::LT, k, best_key);
    int better = c.is_null() ? -1 : is_true(vm, c);
    if (better < 0) return false;
    if (better) best = item, best_key = k;
    return true;
  };
  if (n_pos > 1) {
    for (size_t i = 0; i < n_pos; ++i) {
      if (!visit(args[i])) return Value::null();
    }
  } else if (!for_each(vm, args[0], visit)) {
    return Value::null();
  }
  if (!best.is_absent()) return best;
  if (!dflt.is_absent()) return dflt;
  return raise(vm, &ValueError_type, "%s() arg is an empty sequence", name);
}

Value builtin_max(Vm& vm, size_t n_pos, size_t n_kw, const Value* args) {
  return min_max(vm, "max", n_pos, n_kw, args, true);
}
Value builtin_min(Vm& vm, size_t n_pos, size_t n_kw, const Value* args) {
  return min_max(vm, "min", n_pos, n_kw, args, false);
}

Value builtin_sorted(Vm& vm, size_t n_pos, size_t n_kw, const Value* args) {
  static constexpr ArgSpec spec[] = {{Q::key, kArgKwOnly, Value::none()}, {Q::reverse, kArgKwOnly, Value::false_()}};
  if (n_pos != 1) return raise(vm, &TypeError_type, "sorted expected 1 argument, got %zu", n_pos);
  for (size_t i = 0; i < n_kw; ++i) {
    Value k = args[n_pos + 2 * i];
    if (k != q(Q::key) && k != q(Q::reverse)) {
      StrView kn = str_view(k);
      return raise(vm, &TypeError_type, "'%.*s' is an invalid keyword argument for sort()", int(kn.len), kn.data);
    }
  }
  Value a[2];
  if (!parse_args(vm, "sorted", 0, n_kw, args + 1, spec, 2, a)) return Value::null();
  int reverse = is_true(vm, a[1]);
  if (reverse < 0) return Value::null();
  Value list = list_from_iter(vm, args[0]);
  if (list.is_null()) return list;
  if (list == args[0]) list = list_new(vm, list.as<List>()->len, list.as<List>()->items);
  if (list.is_null() || !list_sort(vm, list.as<List>(), a[0], reverse != 0)) return Value::null();
  return list;
}

// Adds small ints in a machine word and floats in a double until a value of
// another kind (or an overflow) sends the rest through binary_op.
Value builtin_sum(Vm& vm, size_t n_pos, size_t n_kw, const Value* args) {
  static constexpr ArgSpec spec[] = {{Q::iterable, kArgRequired, Value::absent()},
                                     {Q::start, 0, Value::small_int(0)}};
  if (n_pos == 0) return raise(vm, &TypeError_type, "sum() takes at least 1 positional argument (0 given)");
  if (n_pos + n_kw > 2) return raise(vm, &TypeError_type, "sum() takes at most 2 arguments (%zu given)", n_pos + n_kw);
  Value a[2];
  if (!parse_args(vm, "sum", n_pos, n_kw, args, spec, 2, a)) return Value::null();
  Value total = a[1];
  if (is_str(total)) return raise(vm, &TypeError_type, "sum() can't sum strings [use ''.join(seq) instead]");
  const Type* st = native_base(type_of(total));
  if (st == &bytes_type) return raise(vm, &TypeError_type, "sum() can't sum bytes [use b''.join(seq) instead]");
  if (st == &bytearray_type) {
    return raise(vm, &TypeError_type, "sum() can't sum bytearray [use b''.join(seq) instead]");
  }
  sword acc = 0;
  double facc = 0;
  enum { kGeneric, kInt, kFloat } mode = total.is_small_int() ? kInt : type_of(total) == &float_type ? kFloat : kGeneric;
  if (mode == kInt) acc = total.as_small_int();
  if (mode == kFloat) facc = float_value(total);
  auto flush = [&]() {
    if (mode == kInt) total = bigint_from_sword(vm, acc);
    if (mode == kFloat) total = float_new(vm, facc);
    mode = kGeneric;
    return !total.is_null();
  };
  bool ok = for_each(vm, args[0], [&](Value item) {
    if (mode == kInt && item.is_small_int()) {
      sword r;
      if (!__builtin_add_overflow(acc, item.as_small_int(), &r)) {
        acc = r;
        return true;
      }
    } else if (mode == kFloat && (type_of(item) == &float_type || item.is_small_int())) {
      facc += item.is_small_int() ? double(item.as_small_int()) : float_value(item);
      return true;
    } else if (mode == kInt && type_of(item) == &float_type) {
      mode = kFloat;
      facc = double(acc) + float_value(item);
      return true;
    }
    if (!flush()) return false;
    total = binary_op(vm, BinaryOp::ADD, total, item);
    return !total.is_null();
  });
  if (!ok || !flush()) return Value::null();
  return total;
}

// --- dir ---------------------------------------------------------------------------------------------

// Sorts a list of names and drops duplicates.
Value sorted_unique(Vm& vm, Value list) {
  if (!list_sort(vm, list.as<List>(), Value::none(), false)) return Value::null();
  List* l = list.as<List>();
  size_t w = 0;
  for (size_t i = 0; i < l->len; ++i) {
    int eq = w > 0 ? equal(vm, l->items[w - 1], l->items[i]) : 0;
    if (eq < 0) return Value::null();
    if (!eq) l->items[w++] = l->items[i];
  }
  l->len = w;
  return list;
}

Value builtin_dir(Vm& vm, size_t n_pos, size_t, const Value* args) {
  Value names;
  if (n_pos == 0) {
    Value builtins = import_module(vm, q(Q::builtins));
    Value locals_fn = builtins.is_null() ? builtins : load_attr(vm, builtins, q(Q::locals));
    Value locals = locals_fn.is_null() ? locals_fn : call0(vm, locals_fn);
    names = locals.is_null() ? locals : list_from_iter(vm, locals);
  } else {
    Value custom = call_user_dunder(vm, args[0], Q::dunder_dir, 0, nullptr);
    names = custom.is_absent() ? object_dir(vm, args[0]) : custom.is_null() ? custom : list_from_iter(vm, custom);
    if (!custom.is_absent() && !names.is_null()) {
      // A user __dir__ result is sorted but not deduplicated (as CPython).
      return list_sort(vm, names.as<List>(), Value::none(), false) ? names : Value::null();
    }
  }
  return names.is_null() ? names : sorted_unique(vm, names);
}

// --- iterator types ------------------------------------------------------------------------------------


template <class T>
T* new_iter(Vm& vm, const Type* type) {
  auto* it = static_cast<T*>(gc_alloc(vm, sizeof(T)));
  if (it != nullptr) it->type = type;
  return it;
}

// enumerate(iterable, start=0)
struct alignas(8) Enumerate {
  const Type* type;
  Value iter;
  Value count;  // small int or BigInt
};

Value enumerate_make_new(Vm& vm, const Type* type, size_t n_pos, size_t n_kw, const Value* args) {
  static constexpr ArgSpec spec[] = {{Q::iterable, kArgRequired, Value::absent()},
                                     {Q::start, 0, Value::small_int(0)}};
  Value a[2];
  if (n_pos == 0 && n_kw == 0) return raise(vm, &TypeError_type, "enumerate() missing required argument 'iterable'");
  if (!parse_args(vm, "enumerate", n_pos, n_kw, args, spec, 2, a)) return Value::null();
  if (!is_int(a[1])) {
    return raise(vm, &TypeError_type, "'%s' object cannot be interpreted as an integer", tname(a[1]));
  }
  Value it = get_iter(vm, a[0]);
  if (it.is_null()) return it;
  Enumerate* e = new_iter<Enumerate>(vm, type);
  if (e == nullptr) return Value::null();
  e->iter = it;
  e->count = a[1].is_bool() ? Value::small_int(a[1].is_true_literal()) : int_unwrap(a[1]);
  return Value::object(e);
}

Value enumerate_next(Vm& vm, Value self) {
  if (!vm.check_c_stack()) return Value::null();  // nested thousands deep, they recurse in C
  Enumerate* e = self.as<Enumerate>();
  Value item = iter_next(vm, e->iter);
  if (item.is_null() || item.is_absent()) return item;
  Value pair[2] = {e->count, item};
  Value next = e->count.is_small_int() && e->count.as_small_int() < Value::kSmallIntMax
                   ? Value::small_int(e->count.as_small_int() + 1)
                   : bigint_binary_op(vm, BinaryOp::ADD, e->count, Value::small_int(1));
  if (next.is_null()) return next;
  e->count = next;
  return tuple_new(vm, 2, pair);
}

// filter(function or None, iterable)
struct alignas(8) Filter {
  const Type* type;
  Value func;
  Value iter;
};

Value filter_make_new(Vm& vm, const Type* type, size_t n_pos, size_t n_kw, const Value* args) {
  if (n_kw) return raise(vm, &TypeError_type, "filter() takes no keyword arguments");
  if (n_pos != 2) return raise(vm, &TypeError_type, "filter expected 2 arguments, got %zu", n_pos);
  Value it = get_iter(vm, args[1]);
  if (it.is_null()) return it;
  Filter* f = new_iter<Filter>(vm, type);
  if (f == nullptr) return Value::null();
  f->func = args[0];
  f->iter = it;
  return Value::object(f);
}

Value filter_next(Vm& vm, Value self) {
  if (!vm.check_c_stack()) return Value::null();  // nested thousands deep, they recurse in C
  Filter* f = self.as<Filter>();
  for (;;) {
    Value item = iter_next(vm, f->iter);
    if (item.is_null() || item.is_absent()) return item;
    Value test = f->func.is_none() ? item : call1(vm, f->func, item);
    if (test.is_null()) return test;
    int t = is_true(vm, test);
    if (t < 0) return Value::null();
    if (t) return item;
  }
}

// map(func, *iterables): stops with the shortest iterable.
struct alignas(8) Map {
  const Type* type;
  Value func;
  Value iters;  // tuple
};

Value iters_of(Vm& vm, size_t n, const Value* args) {
  Value t = tuple_new(vm, n, nullptr);
  for (size_t i = 0; !t.is_null() && i < n; ++i) {
    Value it = get_iter(vm, args[i]);
    if (it.is_null()) return it;
    t.as<Tuple>()->items[i] = it;
  }
  return t;
}

Value map_make_new(Vm& vm, const Type* type, size_t n_pos, size_t n_kw, const Value* args) {
  if (n_kw) return raise(vm, &TypeError_type, "map() takes no keyword arguments");
  if (n_pos < 2) return raise(vm, &TypeError_type, "map() must have at least two arguments.");
  Value iters = iters_of(vm, n_pos - 1, args + 1);
  if (iters.is_null()) return iters;
  Map* m = new_iter<Map>(vm, type);
  if (m == nullptr) return Value::null();
  m->func = args[0];
  m->iters = iters;
  return Value::object(m);
}

Value map_next(Vm& vm, Value self) {
  if (!vm.check_c_stack()) return Value::null();  // nested thousands deep, they recurse in C
  Map* m = self.as<Map>();
  Tuple* its = m->iters.as<Tuple>();
  Value small[4];
  Value* items = its->len <= 4 ? small : static_cast<Value*>(gc_alloc(vm, its->len * sizeof(Value)));
  if (items == nullptr) return Value::null();
  for (size_t i = 0; i < its->len; ++i) {
    items[i] = iter_next(vm, its->items[i]);
    if (items[i].is_null() || items[i].is_absent()) return items[i];
  }
  return call(vm, m->func, its->len, items);
}

// reversed(seq): __reversed__, else the sequence protocol (len + index).
struct alignas(8) Reversed {
  const Type* type;
  Value seq;
  sword index;  // next index to yield; -1 when done
};

Value reversed_make_new(Vm& vm, const Type* type, size_t n_pos, size_t n_kw, const Value* args) {
  if (n_kw) return raise(vm, &TypeError_type, "reversed() takes no keyword arguments");
  if (n_pos != 1) return raise(vm, &TypeError_type, "reversed expected 1 argument, got %zu", n_pos);
  Value seq = args[0];
  Value r = call_user_dunder(vm, seq, Q::dunder_reversed, 0, nullptr);
  if (!r.is_absent()) return r;
  const Type* t = type_of(seq);
  if (isinstance(seq, &dict_type)) {
    seq = list_from_iter(vm, seq);  // dicts are reversible: their keys, last first
    if (seq.is_null()) return seq;
    t = type_of(seq);
  }
  bool sequence = t->subscr != nullptr && native_base(t) != &set_type && native_base(t) != &frozenset_type;
  size_t len;
  if (!sequence || !length(vm, seq, &len)) {
    vm.clear_exc();
    return raise(vm, &TypeError_type, "'%s' object is not reversible", tname(seq));
  }
  Reversed* rv = new_iter<Reversed>(vm, type);
  if (rv == nullptr) return Value::null();
  rv->seq = seq;
  rv->index = sword(len) - 1;
  return Value::object(rv);
}

Value reversed_next(Vm& vm, Value self) {
  Reversed* r = self.as<Reversed>();
  if (r->index < 0) return Value::absent();
  Value item = subscr_load(vm, r->seq, Value::small_int(r->index--));
  if (item.is_null() && (exc_matches(vm, &IndexError_type) || exc_matches(vm, &StopIteration_type))) {
    vm.clear_exc();
    r->index = -1;
    return Value::absent();
  }
  return item;
}

// zip(*iterables, strict=False)
struct alignas(8) Zip {
  const Type* type;
  Value iters;  // tuple
  bool strict;
  bool done;
};

Value zip_make_new(Vm& vm, const Type* type, size_t n_pos, size_t n_kw, const Value* args) {
  bool strict = false;
  for (size_t i = 0; i < n_kw; ++i) {
    if (args[n_pos + 2 * i] != q(Q::strict)) {
      StrView kn = str_view(args[n_pos + 2 * i]);
      return raise(vm, &TypeError_type, "zip() got an unexpected keyword argument '%.*s'", int(kn.len), kn.data);
    }
    int t = is_true(vm, args[n_pos + 2 * i + 1]);
    if (t < 0) return Value::null();
    strict = t != 0;
  }
  Value iters = iters_of(vm, n_pos, args);
  if (iters.is_null()) return iters;
  Zip* z = new_iter<Zip>(vm, type);
  if (z == nullptr) return Value::null();
  z->iters = iters;
  z->strict = strict;
  return Value::object(z);
}

// strict: after iterator i ran out, all the others must be exhausted too.
Value zip_strict_end(Vm& vm, Zip* z, size_t i) {
  Tuple* its = z->iters.as<Tuple>();
  if (i > 0) {
    const char* plural = i == 1 ? "" : "s";
    if (i == 1) return raise(vm, &ValueError_type, "zip() argument %zu is shorter than argument%s 1", i + 1, plural);
    return raise(vm, &ValueError_type, "zip() argument %zu is shorter than arguments 1-%zu", i + 1, i);
  }
  for (size_t k = 1; k < its->len; ++k) {
    Value v = iter_next(vm, its->items[k]);
    if (v.is_null()) return v;
    if (!v.is_absent()) {
      if (k == 1) return raise(vm, &ValueError_type, "zip() argument %zu is longer than argument 1", k + 1);
      return raise(vm, &ValueError_type, "zip() argument %zu is longer than arguments 1-%zu", k + 1, k);
    }
  }
  return Value::absent();
}

Value zip_next(Vm& vm, Value self) {
  if (!vm.check_c_stack()) return Value::null();  // nested thousands deep, they recurse in C
  Zip* z = self.as<Zip>();
  Tuple* its = z->iters.as<Tuple>();
  if (z->done || its->len == 0) return Value::absent();
  Value t = tuple_new(vm, its->len, nullptr);
  if (t.is_null()) return t;
  for (size_t i = 0; i < its->len; ++i) {
    Value v = iter_next(vm, its->items[i]);
    if (v.is_null()) return v;
    if (v.is_absent()) {
      z->done = true;
      return z->strict ? zip_strict_end(vm, z, i) : v;
    }
    t.as<Tuple>()->items[i] = v;
  }
  return t;
}

// Subclassable (`class Squares(map)`): the constructor builds the state,
// which a subclass instance copies (class.cc, native_new).
template <class T>
constexpr Type iterator_type(uint32_t name, MakeNewFn make_new, IterNextFn next) {
  return Type{.type = &type_type, .name = name, .flags = kTypeIterIsSelf | kTypeBaseType, .instance_size = sizeof(T),
              .base = &object_type, .make_new = make_new, .print = nullptr, .unary = nullptr,
              .binary = nullptr, .load_attr = nullptr, .store_attr = nullptr, .subscr = nullptr,
              .call = nullptr, .get_iter = iter_self, .iternext = next, .buffer = nullptr,
              .locals = nullptr};
}

}  // namespace

constexpr NativeFunction builtin_abs_obj = native_fn(Q::abs, builtin_abs, 1, 1);
constexpr NativeFunction builtin_all_obj = native_fn(Q::all, builtin_all, 1, 1);
constexpr NativeFunction builtin_any_obj = native_fn(Q::any, builtin_any, 1, 1);
constexpr NativeFunction builtin_ascii_obj = native_fn(Q::ascii, builtin_ascii, 1, 1);
constexpr NativeFunction builtin_bin_obj = native_fn(Q::bin, builtin_bin, 1, 1);
constexpr NativeFunction builtin_chr_obj = native_fn(Q::chr, builtin_chr, 1, 1);
constexpr NativeFunction builtin_dir_obj = native_fn(Q::dir, builtin_dir, 0, 1);
constexpr NativeFunction builtin_divmod_obj = native_fn(Q::divmod, builtin_divmod, 2, 2);
constexpr NativeFunction builtin_format_obj = native_fn(Q::format, builtin_format, 1, 2);
constexpr NativeFunction builtin_hex_obj = native_fn(Q::hex, builtin_hex, 1, 1);
constexpr NativeFunction builtin_max_obj = native_fn(Q::max, builtin_max, 0, kVarArgs, true);
constexpr NativeFunction builtin_min_obj = native_fn(Q::min, builtin_min, 0, kVarArgs, true);
constexpr NativeFunction builtin_oct_obj = native_fn(Q::oct, builtin_oct, 1, 1);
constexpr NativeFunction builtin_ord_obj = native_fn(Q::ord, builtin_ord, 1, 1);
constexpr NativeFunction builtin_pow_obj = native_fn(Q::pow, builtin_pow, 0, kVarArgs, true);
constexpr NativeFunction builtin_round_obj = native_fn(Q::round, builtin_round, 0, 2, true);
constexpr NativeFunction builtin_sorted_obj = native_fn(Q::sorted, builtin_sorted, 0, kVarArgs, true);
constexpr NativeFunction builtin_sum_obj = native_fn(Q::sum, builtin_sum, 0, kVarArgs, true);

constexpr Type enumerate_type = iterator_type<Enumerate>(Q::enumerate, enumerate_make_new, enumerate_next);
constexpr Type filter_type = iterator_type<Filter>(Q::filter, filter_make_new, filter_next);
constexpr Type map_type = iterator_type<Map>(Q::map, map_make_new, map_next);
constexpr Type reversed_type = iterator_type<Reversed>(Q::reversed, reversed_make_new, reversed_next);
constexpr Type zip_type = iterator_type<Zip>(Q::zip, zip_make_new, zip_next);

}  // namespace mote
