// int.cc — int (the small-int half; BigInt is vm/bigint.cc) and bool.
//
// An int is a tagged small int while it fits the word minus one bit, and a
// BigInt beyond. Arithmetic on two small ints uses the compiler's overflow
// builtins and promotes to BigInt (bigint_binary_op) only when the result
// does not fit, so ordinary integer code never touches the heap. Every other
// combination (a BigInt operand, bools, int subclasses) is normalised and
// handed to the BigInt functions. Mixed int/float arithmetic converts to
// double here, so `1 + 2.5` needs no reflected dispatch.
//
// bool is a subclass of int whose two values are immediates; it prints as
// True/False and keeps bool results for & | ^ between bools.
#include <cmath>
#include <cstdio>

#include "vm/bigint.h"
#include "vm/float_format.h"
#include "vm/runtime.h"

namespace mote {

Value int_from_sword(Vm& vm, sword v) {
  if (Value::fits_small_int(v)) return Value::small_int(v);
  return bigint_from_sword(vm, v);
}

namespace {

// An int operand in normal form (small int or BigInt), or null() if v is not an int.
Value as_int(Value v) {
  if (v.is_small_int()) return v;
  if (v.is_bool()) return Value::small_int(v.is_true_literal());
  if (!v.is_object()) return Value::null();
  const Type* t = v.as_object()->type;
  if (t == &bigint_type) return v;
  if (is_heap_type(t) && native_base(t) == &int_type) return v.as<IntBox>()->value;
  return Value::null();
}

bool is_float_value(Value v) {
  if (!v.is_object()) return false;
  const Type* t = v.as_object()->type;
  return t == &float_type || (is_heap_type(t) && native_base(t) == &float_type);
}

Value int_pow_small(Vm& vm, sword a, sword b0) {
  sword b = b0;
  if (b < 0) {
    if (a == 0) return raise(vm, &ZeroDivisionError_type, "0.0 cannot be raised to a negative power");
    return float_new(vm, pow(double(a), double(b)));
  }
  sword result = 1, base = a;
  for (;;) {
    if (b & 1) {
      if (__builtin_mul_overflow(result, base, &result) || !Value::fits_small_int(result)) {
        return bigint_binary_op(vm, BinaryOp::POW, Value::small_int(a), Value::small_int(b0));
      }
    }
    b >>= 1;
    if (!b) break;
    if (__builtin_mul_overflow(base, base, &base)) {
      return bigint_binary_op(vm, BinaryOp::POW, Value::small_int(a), Value::small_int(b0));
    }
  }
  return Value::small_int(result);
}

}  // namespace

Value int_binary_small(Vm& vm, BinaryOp op, sword a, sword b) {
  sword r;
  switch (op) {
    case BinaryOp::ADD:
      if (__builtin_add_overflow(a, b, &r) || !Value::fits_small_int(r)) break;
      return Value::small_int(r);
    case BinaryOp::SUB:
      if (__builtin_sub_overflow(a, b, &r) || !Value::fits_small_int(r)) break;
      return Value::small_int(r);
    case BinaryOp::MUL:
      if (__builtin_mul_overflow(a, b, &r) || !Value::fits_small_int(r)) break;
      return Value::small_int(r);
    case BinaryOp::TRUEDIV:
      if (b == 0) return raise(vm, &ZeroDivisionError_type, "division by zero");
      if (exact_in_double(a) && exact_in_double(b)) {
        return float_new(vm, double(a) / double(b));
      }
      break;
    case BinaryOp::FLOORDIV: {
      if (b == 0) return raise(vm, &ZeroDivisionError_type, "integer division or modulo by zero");
      sword q = a / b;
      if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
      if (!Value::fits_small_int(q)) break;
      return Value::small_int(q);
    }
    case BinaryOp::MOD: {
      if (b == 0) return raise(vm, &ZeroDivisionError_type, "integer modulo by zero");
      sword m = a % b;
      if (m != 0 && ((m < 0) != (b < 0))) m += b;
      return Value::small_int(m);
    }
    case BinaryOp::POW:
      return int_pow_small(vm, a, b);
    case BinaryOp::LSHIFT:
      if (b < 0) return raise(vm, &ValueError_type, "negative shift count");
      if (a == 0) return Value::small_int(0);
      if (b < Value::kSmallIntBits) {
        r = sword(word(a) << b);
        if ((r >> b) == a && Value::fits_small_int(r)) return Value::small_int(r);
      }
      break;
    case BinaryOp::RSHIFT:
      if (b < 0) return raise(vm, &ValueError_type, "negative shift count");
      if (b >= Value::kSmallIntBits) return Value::small_int(a < 0 ? -1 : 0);
      return Value::small_int(a >> b);
    case BinaryOp::AND:
      return Value::small_int(a & b);
    case BinaryOp::OR:
      return Value::small_int(a | b);
    case BinaryOp::XOR:
      return Value::small_int(a ^ b);
    default:
      return Value::not_implemented();
  }
  return bigint_binary_op(vm, op, Value::small_int(a), Value::small_int(b));
}

namespace {

// Compares ints a and b (normal form): -1, 0, 1.
int int_cmp(Value a, Value b) {
  if (a.is_small_int() && b.is_small_int()) {
    sword x = a.as_small_int(), y = b.as_small_int();
    return x < y ? -1 : x > y;
  }
  return bigint_compare(a, b);
}

// Compares an int with a double: -1 0 1, 2 for NaN.
int int_cmp_double(Value a, double d) {
  if (std::isnan(d)) return 2;
  if (a.is_small_int()) {
    sword x = a.as_small_int();
    if (exact_in_double(x)) {
      double xd = double(x);
      return xd < d ? -1 : xd > d;
    }
  }
  return int_compare_double(a, d);
}

Value cmp_result(uint8_t op, int c) {
  if (c == 2) return Value::boolean(op == kBinaryNe);
  switch (op) {
    case kBinaryLt: return Value::boolean(c < 0);
    case kBinaryLe: return Value::boolean(c <= 0);
    case kBinaryEq: return Value::boolean(c == 0);
    case kBinaryNe: return Value::boolean(c != 0);
    case kBinaryGt: return Value::boolean(c > 0);
    default: return Value::boolean(c >= 0);
  }
}

Value int_binary(Vm& vm, uint8_t op, Value self, Value other) {
  Value a = as_int(self);
  Value b = as_int(other);
  if (op >= kBinaryLt && op <= kBinaryGe) {
    if (!b.is_null()) return cmp_result(op, int_cmp(a, b));
    if (is_float_value(other)) return cmp_result(op, int_cmp_double(a, float_value(other)));
    return Value::not_implemented();
  }
  if (op == kBinaryContains) return Value::not_implemented();
  bool reflected = op >= kReflectedBase;
  if (reflected) {
    op = uint8_t(op - kReflectedBase);
    std::swap(a, b);
  } else if (op >= kInplaceOffset && op < uint8_t(BinaryOp::kCount)) {
    op = uint8_t(op - kInplaceOffset);
  }
  if (a.is_null() || b.is_null()) {
    Value f = reflected ? a : b;  // the non-int operand
    Value fv = reflected ? other : other;
    if (is_float_value(fv)) {
      double x, y;
      if (reflected) {
        x = float_value(other);
        if (!int_to_double(vm, as_int(self), &y)) return Value::null();
      } else {
        if (!int_to_double(vm, a, &x)) return Value::null();
        y = float_value(other);
      }
      return float_binary(vm, op, x, y);
    }
    (void)f;
    return Value::not_implemented();
  }
  if (op == uint8_t(BinaryOp::MATMUL)) return Value::not_implemented();
  if (a.is_small_int() && b.is_small_int()) {
    return int_binary_small(vm, BinaryOp(op), a.as_small_int(), b.as_small_int());
  }
  return bigint_binary_op(vm, BinaryOp(op), a, b);
}

Value int_unary(Vm& vm, UnarySlot op, Value self) {
  Value a = as_int(self);
  if (a.is_small_int()) {
    sword x = a.as_small_int();
    switch (op) {
      case UnarySlot::kBool: return Value::boolean(x != 0);
      case UnarySlot::kLen: return Value::absent();
      case UnarySlot::kHash: {
        sword h;
        hash_value(vm, a, &h);
        return Value::small_int(h);
      }
      case UnarySlot::kNeg: return int_from_sword(vm, -x);
      case UnarySlot::kPos:
      case UnarySlot::kInt:
      case UnarySlot::kIndex: return a;
      case UnarySlot::kInvert: return Value::small_int(~x);
      case UnarySlot::kAbs: return int_from_sword(vm, x < 0 ? -x : x);
      case UnarySlot::kFloat: return float_new(vm, double(x));
    }
  }
  if (op == UnarySlot::kLen) return Value::absent();
  if (op == UnarySlot::kHash) return int_from_sword(vm, bigint_hash(a));  // may exceed a 32-bit small int
  return bigint_unary(vm, op, a);
}

bool int_print(Vm& vm, Printer& out, Value self, PrintKind) { return int_print_value(vm, out, as_int(self)); }

}  // namespace

bool int_print_value(Vm& vm, Printer& out, Value v) {
  if (v.is_small_int()) {
    char buf[24];
    int n = snprintf(buf, sizeof(buf), "%ld", long(v.as_small_int()));
    return out.write(out, buf, size_t(n));
  }
  return bigint_print(vm, out, v);
}

Value int_make_new(Vm& vm, const Type* t, size_t n_pos, size_t n_kw, const Value* args) {
  static const ArgSpec spec[] = {{Q::empty_, 0, Value::absent()}, {Q::base, 0, Value::absent()}};
  Value a[2];
  if (!parse_args(vm, "int", n_pos, n_kw, args, spec, 2, a)) return Value::null();
  Value x = a[0];
  if (x.is_absent()) return Value::small_int(0);
  if (!a[1].is_absent()) {
    sword base;
    if (!to_sword(vm, a[1], &base)) return Value::null();
    if (base != 0 && (base < 2 || base > 36)) return raise(vm, &ValueError_type, "int() base must be >= 2 and <= 36, or 0");
    if (!is_str(x) && !isinstance(x, &bytes_type) && !isinstance(x, &bytearray_type)) {
      return raise(vm, &TypeError_type, "int() can't convert non-string with explicit base");
    }
    StrView s = str_view(x);
    return int_parse_text(vm, {s.data, s.len}, int(base));
  }
  Value i = as_int(x);
  if (!i.is_null()) return i;
  if (is_float_value(x)) return bigint_from_double(vm, float_value(x));
  if (is_str(x) || isinstance(x, &bytes_type)) {
    StrView s = str_view(x);
    return int_parse_text(vm, {s.data, s.len}, 10);
  }
  const Type* xt = type_of(x);
  if (xt->unary) {
    Value r = xt->unary(vm, UnarySlot::kInt, x);
    if (!r.is_absent()) return r.is_null() ? r : int_unwrap(r);
    r = xt->unary(vm, UnarySlot::kIndex, x);
    if (!r.is_absent()) return r.is_null() ? r : int_unwrap(r);
  }
  Value trunc = lookup_attr(vm, x, qstr_find("__trunc__"));
  if (trunc.is_null()) return trunc;
  if (!trunc.is_absent()) return call0(vm, trunc);
  return raise(vm, &TypeError_type,
               "int() argument must be a string, a bytes-like object or a real number, not '%.*s'",
               int(type_name(xt).size()), type_name(xt).data());
}

constexpr Type int_type = {
    .type = &type_type, .name = Q::int_, .flags = kTypeBaseType, .instance_size = offsetof(IntBox, dict),
    .base = &object_type, .make_new = int_make_new, .print = int_print, .unary = int_unary,
    .binary = int_binary, .load_attr = nullptr, .store_attr = nullptr, .subscr = nullptr,
    .call = nullptr, .get_iter = nullptr, .iternext = nullptr, .buffer = nullptr, .locals = &int_locals};

// --- bool ----------------------------------------------------------------------------------

namespace {

Value bool_make_new(Vm& vm, const Type*, size_t n_pos, size_t n_kw, const Value* args) {
  if (n_kw) return raise(vm, &TypeError_type, "bool() takes no keyword arguments");
  if (n_pos > 1) return raise(vm, &TypeError_type, "bool expected at most 1 argument, got %d", int(n_pos));
  if (n_pos == 0) return Value::false_();
  int t = is_true(vm, args[0]);
  return t < 0 ? Value::null() : Value::boolean(t);
}

bool bool_print(Vm& vm, Printer& out, Value self, PrintKind) {
  return print_str(out, self.is_true_literal() ? "True" : "False");
}

Value bool_binary(Vm& vm, uint8_t op, Value self, Value other) {
  uint8_t plain = op;
  if (op >= kReflectedBase) {
    plain = uint8_t(op - kReflectedBase);
  } else if (op >= kInplaceOffset && op < uint8_t(BinaryOp::kCount)) {
    plain = uint8_t(op - kInplaceOffset);
  }
  if (other.is_bool()) {
    bool a = self.is_true_literal(), b = other.is_true_literal();
    if (plain == uint8_t(BinaryOp::AND)) return Value::boolean(a & b);
    if (plain == uint8_t(BinaryOp::OR)) return Value::boolean(a | b);
    if (plain == uint8_t(BinaryOp::XOR)) return Value::boolean(a ^ b);
  }
  return int_binary(vm, op, self, other);
}

}  // namespace

constexpr Type bool_type = {
    .type = &type_type, .name = Q::bool_, .flags = 0, .instance_size = 0, .base = &int_type,
    .make_new = bool_make_new, .print = bool_print, .unary = int_unary, .binary = bool_binary,
    .load_attr = nullptr, .store_attr = nullptr, .subscr = nullptr, .call = nullptr,
    .get_iter = nullptr, .iternext = nullptr, .buffer = nullptr, .locals = &int_locals};

}  // namespace mote
