// float.cc — float: a boxed IEEE double (one 16-byte GC block).
//
// Boxing is the price of a one-word Value; the GC's 1-block free list makes
// float_new a pop and two stores. Arithmetic follows CPython exactly:
// floor division and modulo take the sign of the divisor, division by zero
// raises ZeroDivisionError, ** raises OverflowError when a finite power
// overflows. Text conversion (repr, parsing) is the library's float_format.
#include <cmath>

#include "vm/bigint.h"
#include "vm/float_format.h"
#include "vm/runtime.h"

namespace mote {

Value float_new(Vm& vm, double v) {
  auto* f = static_cast<Float*>(gc_alloc(vm, sizeof(Float), true));
  if (!f) return Value::null();
  f->type = &float_type;
  f->value = v;
  return Value::object(f);
}

namespace {

bool is_float_obj(Value v) {
  if (!v.is_object()) return false;
  const Type* t = v.as_object()->type;
  return t == &float_type || (is_heap_type(t) && native_base(t) == &float_type);
}

Value float_pow(Vm& vm, double a, double b) {
  if (a == 0.0 && b < 0.0 && !std::isinf(b)) {  // 0.0 ** -inf is inf, as in C
    return raise(vm, &ZeroDivisionError_type, "0.0 cannot be raised to a negative power");
  }
  if (a < 0.0 && b != floor(b) && std::isfinite(b)) {
    return raise(vm, &ValueError_type, "math domain error");
  }
  double r = pow(a, b);
  if (std::isinf(r) && std::isfinite(a) && std::isfinite(b)) {
    return raise(vm, &OverflowError_type, "(34, 'Numerical result out of range')");
  }
  return float_new(vm, r);
}

// CPython's _float_div_mod.
void float_divmod(double vx, double wx, double* floordiv, double* mod) {
  double m = fmod(vx, wx);
  double div = (vx - m) / wx;
  if (m) {
    if ((wx < 0) != (m < 0)) {
      m += wx;
      div -= 1.0;
    }
  } else {
    m = copysign(0.0, wx);
  }
  double fd;
  if (div) {
    fd = floor(div);
    if (div - fd > 0.5) fd += 1.0;
  } else {
    fd = copysign(0.0, vx / wx);
  }
  *floordiv = fd;
  *mod = m;
}

}  // namespace

Value float_binary(Vm& vm, uint8_t op, double a, double b) {
  switch (BinaryOp(op)) {
    case BinaryOp::ADD: return float_new(vm, a + b);
    case BinaryOp::SUB: return float_new(vm, a - b);
    case BinaryOp::MUL: return float_new(vm, a * b);
    case BinaryOp::TRUEDIV:
      if (b == 0.0) return raise(vm, &ZeroDivisionError_type, "float division by zero");
      return float_new(vm, a / b);
    case BinaryOp::FLOORDIV: {
      if (b == 0.0) return raise(vm, &ZeroDivisionError_type, "float floor division by zero");
      double d, m;
      float_divmod(a, b, &d, &m);
      return float_new(vm, d);
    }
    case BinaryOp::MOD: {
      if (b == 0.0) return raise(vm, &ZeroDivisionError_type, "float modulo");
      double d, m;
      float_divmod(a, b, &d, &m);
      return float_new(vm, m);
    }
    case BinaryOp::POW: return float_pow(vm, a, b);
    default: return Value::not_implemented();
  }
}

Value float_divmod_value(Vm& vm, double a, double b) {
  if (b == 0.0) return raise(vm, &ZeroDivisionError_type, "float divmod()");
  double d, m;
  float_divmod(a, b, &d, &m);
  Value items[2];
  items[0] = float_new(vm, d);
  if (items[0].is_null()) return items[0];
  items[1] = float_new(vm, m);
  if (items[1].is_null()) return items[1];
  return tuple_new(vm, 2, items);
}

namespace {

int int_cmp_double_any(Value i, double d) {
  if (std::isnan(d)) return 2;
  if (i.is_small_int()) {
    sword x = i.as_small_int();
    if (exact_in_double(x)) {
      double xd = double(x);
      return xd < d ? -1 : xd > d;
    }
  }
  return int_compare_double(i, d);
}

Value float_compare(uint8_t op, double a, double b) {
  switch (op) {
    case kBinaryLt: return Value::boolean(a < b);
    case kBinaryLe: return Value::boolean(a <= b);
    case kBinaryEq: return Value::boolean(a == b);
    case kBinaryNe: return Value::boolean(a != b);
    case kBinaryGt: return Value::boolean(a > b);
    default: return Value::boolean(a >= b);
  }
}

Value float_binary_slot(Vm& vm, uint8_t op, Value self, Value other) {
  double a = float_value(self);
  if (op >= kBinaryLt && op <= kBinaryGe) {
    if (is_float_obj(other)) return float_compare(op, a, float_value(other));
    if (is_int(other)) {
      // Compare exactly: int vs float without rounding the int.
      int c = int_cmp_double_any(int_unwrap(other.is_bool() ? Value::small_int(other.is_true_literal()) : other), a);
      if (c == 2) return Value::boolean(op == kBinaryNe);
      c = -c;  // we computed other ? self
      switch (op) {
        case kBinaryLt: return Value::boolean(c < 0);
        case kBinaryLe: return Value::boolean(c <= 0);
        case kBinaryEq: return Value::boolean(c == 0);
        case kBinaryNe: return Value::boolean(c != 0);
        case kBinaryGt: return Value::boolean(c > 0);
        default: return Value::boolean(c >= 0);
      }
    }
    return Value::not_implemented();
  }
  if (op == kBinaryContains) return Value::not_implemented();
  bool reflected = op >= kReflectedBase;
  if (reflected) {
    op = uint8_t(op - kReflectedBase);
  } else if (op >= kInplaceOffset && op < uint8_t(BinaryOp::kCount)) {
    op = uint8_t(op - kInplaceOffset);
  }
  double b;
  if (is_float_obj(other)) {
    b = float_value(other);
  } else if (is_int(other)) {
    if (!to_double(vm, other, &b)) return Value::null();
  } else {
    return Value::not_implemented();
  }
  return reflected ? float_binary(vm, op, b, a) : float_binary(vm, op, a, b);
}

Value float_unary(Vm& vm, UnarySlot op, Value self) {
  double d = float_value(self);
  switch (op) {
    case UnarySlot::kBool: return Value::boolean(d != 0.0);
    case UnarySlot::kHash: return int_from_sword(vm, hash_double(d));  // may exceed a 32-bit small int
    case UnarySlot::kNeg: return float_new(vm, -d);
    case UnarySlot::kPos: return self.as_object()->type == &float_type ? self : float_new(vm, d);
    case UnarySlot::kAbs: return float_new(vm, fabs(d));
    case UnarySlot::kInt: return bigint_from_double(vm, d);
    case UnarySlot::kFloat: return self.as_object()->type == &float_type ? self : float_new(vm, d);
    default: return Value::absent();
  }
}

bool float_print(Vm& vm, Printer& out, Value self, PrintKind) {
  char buf[40];
  size_t n = format_float_repr(float_value(self), buf, sizeof(buf));
  return out.write(out, buf, n);
}

Value float_make_new(Vm& vm, const Type*, size_t n_pos, size_t n_kw, const Value* args) {
  if (n_kw) return raise(vm, &TypeError_type, "float() takes no keyword arguments");
  if (n_pos > 1) return raise(vm, &TypeError_type, "float expected at most 1 argument, got %d", int(n_pos));
  if (n_pos == 0) return float_new(vm, 0.0);
  Value x = args[0];
  if (x.is_object() && x.as_object()->type == &float_type) return x;
  if (is_str(x)) {
    StrView s = str_view(x);
    return float_from_text(vm, {s.data, s.len});
  }
  if (isinstance(x, &bytes_type) || isinstance(x, &bytearray_type)) {
    BufferInfo b;
    const Type* xt = type_of(x);
    if (native_base(xt)->buffer && native_base(xt)->buffer(vm, x, &b, false)) {
      return float_from_text(vm, {static_cast<const char*>(b.data), b.len});
    }
  }
  double d;
  if (is_float_obj(x) || is_int(x) || (type_of(x)->unary)) {
    if (!to_double(vm, x, &d)) {
      // A __float__ that returned a non-float keeps its own error.
      bool has_dunder = !type_lookup(type_of(x), q(Q::dunder_float)).is_absent();
      if (exc_matches(vm, &TypeError_type) && !is_int(x) && !has_dunder) {
        vm.clear_exc();
        return raise(vm, &TypeError_type, "float() argument must be a string or a real number, not '%.*s'",
                     int(type_name(type_of(x)).size()), type_name(type_of(x)).data());
      }
      return Value::null();
    }
    return float_new(vm, d);
  }
  return raise(vm, &TypeError_type, "float() argument must be a string or a real number, not '%.*s'",
               int(type_name(type_of(x)).size()), type_name(type_of(x)).data());
}

}  // namespace

constexpr Type float_type = {
    .type = &type_type, .name = Q::float_, .flags = kTypeBaseType, .instance_size = sizeof(Float),
    .base = &object_type, .make_new = float_make_new, .print = float_print, .unary = float_unary,
    .binary = float_binary_slot, .load_attr = nullptr, .store_attr = nullptr, .subscr = nullptr,
    .call = nullptr, .get_iter = nullptr, .iternext = nullptr, .buffer = nullptr,
    .locals = &float_locals};

}  // namespace mote
