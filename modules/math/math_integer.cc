// math_integer.cc — the integer functions of `math`: factorial, comb, perm, gcd, lcm, isqrt
// and prod.
//
// Each works on machine words while the values fit and falls back to the generic int
// operations (vm/bigint.h through binary_op) beyond, so small cases allocate nothing and big
// ones are exact. factorial multiplies runs of small factors in a word before touching a
// BigInt, which cuts the BigInt multiplications by the number of factors that fit a word.
#include "modules/math/math_internal.h"
#include "vm/bigint.h"

namespace mote::math {

namespace {

Value op(Vm& vm, BinaryOp o, Value a, Value b) {
  if (a.is_null() || b.is_null()) return Value::null();
  return binary_op(vm, o, a, b);
}

int sign_of(Value n) { return bigint_compare(n, Value::small_int(0)); }

// A non-negative int argument; ValueError "<what> must be a non-negative integer".
Value non_negative(Vm& vm, Value v, const char* what) {
  Value n = integer_arg(vm, v);
  if (n.is_null()) return n;
  if (sign_of(n) < 0) return raise(vm, &ValueError_type, "%s must be a non-negative integer", what);
  return n;
}

// The product lo * (lo+1) * ... * hi (hi >= lo - 1; an empty product is 1), with `lo` and the
// count given as machine words. Factors are gathered in a word until the next would overflow.
Value product_range(Vm& vm, Value lo, sword count) {
  Value result = Value::small_int(1);
  sword lo_w;
  if (!bigint_to_sword(lo, &lo_w)) {  // huge start: multiply one factor at a time
    Value f = lo;
    for (sword i = 0; i < count && !result.is_null(); ++i) {
      result = op(vm, BinaryOp::MUL, result, f);
      f = op(vm, BinaryOp::ADD, f, Value::small_int(1));
    }
    return result;
  }
  constexpr sword kLimit = Value::kSmallIntMax;
  sword acc = 1;
  for (sword i = 0; i < count; ++i) {
    sword f = lo_w + i;
    if (f != 0 && acc > kLimit / f) {
      result = op(vm, BinaryOp::MUL, result, Value::small_int(acc));
      if (result.is_null()) return result;
      acc = 1;
    }
    acc *= f;
  }
  return op(vm, BinaryOp::MUL, result, Value::small_int(acc));
}

Value m_factorial(Vm& vm, size_t, size_t, const Value* args) {
  Value n = integer_arg(vm, args[0]);
  if (n.is_null()) return n;
  if (sign_of(n) < 0) return raise(vm, &ValueError_type, "factorial() not defined for negative values");
  sword count;
  if (!bigint_to_sword(n, &count)) return raise(vm, &OverflowError_type, "factorial() argument should not exceed %ld", long(Value::kSmallIntMax));
  return product_range(vm, Value::small_int(1), count);
}

// perm(n, k) = n! / (n-k)!; perm(n) = n!.
Value m_perm(Vm& vm, size_t n_args, size_t, const Value* args) {
  if (n_args < 2 || args[1].is_none()) return m_factorial(vm, 1, 0, args);
  Value n = non_negative(vm, args[0], "n");
  if (n.is_null()) return n;
  Value k = non_negative(vm, args[1], "k");
  if (k.is_null()) return k;
  if (bigint_compare(k, n) > 0) return Value::small_int(0);
  sword kw;
  if (!bigint_to_sword(k, &kw)) return raise(vm, &OverflowError_type, "k must not exceed %ld", long(Value::kSmallIntMax));
  Value lo = op(vm, BinaryOp::ADD, op(vm, BinaryOp::SUB, n, k), Value::small_int(1));
  if (lo.is_null()) return lo;
  return product_range(vm, lo, kw);
}

// comb(n, k) = n! / (k! (n-k)!), as the running product r = r * (n - k + i) // i.
Value m_comb(Vm& vm, size_t, size_t, const Value* args) {
  Value n = non_negative(vm, args[0], "n");
  if (n.is_null()) return n;
  Value k = non_negative(vm, args[1], "k");
  if (k.is_null()) return k;
  if (bigint_compare(k, n) > 0) return Value::small_int(0);
  Value nk = op(vm, BinaryOp::SUB, n, k);
  if (nk.is_null()) return nk;
  if (bigint_compare(nk, k) < 0) k = nk;
  sword kw;
  if (!bigint_to_sword(k, &kw)) {
    return raise(vm, &OverflowError_type, "min(n - k, k) must not exceed %ld", long(Value::kSmallIntMax));
  }
  Value base = op(vm, BinaryOp::SUB, n, k);
  Value r = Value::small_int(1);
  for (sword i = 1; i <= kw && !r.is_null(); ++i) {
    r = op(vm, BinaryOp::MUL, r, op(vm, BinaryOp::ADD, base, Value::small_int(i)));
    r = op(vm, BinaryOp::FLOORDIV, r, Value::small_int(i));
  }
  return r;
}

// gcd of two ints (non-negative result).
Value gcd2(Vm& vm, Value a, Value b) {
  sword x, y;
  if (bigint_to_sword(a, &x) && bigint_to_sword(b, &y) && x != Value::kSmallIntMin && y != Value::kSmallIntMin) {
    x = x < 0 ? -x : x;
    y = y < 0 ? -y : y;
    while (y) {
      sword t = x % y;
      x = y;
      y = t;
    }
    return Value::small_int(x);
  }
  a = sign_of(a) < 0 ? unary_op(vm, UnaryOp::NEG, a) : a;
  b = sign_of(b) < 0 ? unary_op(vm, UnaryOp::NEG, b) : b;
  while (!a.is_null() && !b.is_null() && sign_of(b) != 0) {
    Value t = op(vm, BinaryOp::MOD, a, b);
    a = b;
    b = t;
  }
  return b.is_null() ? b : a;
}

Value m_gcd(Vm& vm, size_t n, size_t, const Value* args) {
  Value g = Value::small_int(0);
  for (size_t i = 0; i < n && !g.is_null(); ++i) {
    Value x = integer_arg(vm, args[i]);
    if (x.is_null()) return x;
    g = gcd2(vm, g, x);
  }
  return g;
}

Value m_lcm(Vm& vm, size_t n, size_t, const Value* args) {
  Value l = Value::small_int(1);
  for (size_t i = 0; i < n && !l.is_null(); ++i) {
    Value x = integer_arg(vm, args[i]);
    if (x.is_null()) return x;
    if (sign_of(x) < 0) x = unary_op(vm, UnaryOp::NEG, x);
    if (x.is_null()) return x;
    if (sign_of(x) == 0 || sign_of(l) == 0) {
      l = Value::small_int(0);
      continue;
    }
    Value g = gcd2(vm, l, x);
    l = op(vm, BinaryOp::MUL, op(vm, BinaryOp::FLOORDIV, l, g), x);
  }
  return l;
}

// isqrt by Newton's iteration from a power of two above the root.
Value m_isqrt(Vm& vm, size_t, size_t, const Value* args) {
  Value n = integer_arg(vm, args[0]);
  if (n.is_null()) return n;
  if (sign_of(n) < 0) return raise(vm, &ValueError_type, "isqrt() argument must be nonnegative");
  if (sign_of(n) == 0) return Value::small_int(0);
  Value bits = call_method(vm, n, q(Q::bit_length), 0, nullptr);
  if (bits.is_null()) return bits;
  Value x = op(vm, BinaryOp::LSHIFT, Value::small_int(1), Value::small_int((bits.as_small_int() + 1) / 2));
  for (;;) {
    Value y = op(vm, BinaryOp::ADD, x, op(vm, BinaryOp::FLOORDIV, n, x));
    y = op(vm, BinaryOp::RSHIFT, y, Value::small_int(1));
    if (y.is_null()) return y;
    if (bigint_compare(y, x) >= 0) return x;
    x = y;
  }
}

Value m_prod(Vm& vm, size_t n_pos, size_t n_kw, const Value* args) {
  static const ArgSpec spec[] = {{Q::iterable, kArgRequired, Value::none()},
                                 {Q::start, kArgKwOnly, Value::small_int(1)}};
  Value a[2];
  if (!parse_args(vm, "prod", n_pos, n_kw, args, spec, 2, a)) return Value::null();
  Value result = a[1];
  bool ok = for_each(vm, a[0], [&](Value item) {
    result = binary_op(vm, BinaryOp::MUL, result, item);
    return !result.is_null();
  });
  return ok ? result : Value::null();
}

}  // namespace

constexpr NativeFunction factorial_obj = native_fn(Q::factorial, m_factorial, 1, 1);
constexpr NativeFunction comb_obj = native_fn(Q::comb, m_comb, 2, 2);
constexpr NativeFunction perm_obj = native_fn(Q::perm, m_perm, 1, 2);
constexpr NativeFunction gcd_obj = native_fn(Q::gcd, m_gcd, 0, kVarArgs);
constexpr NativeFunction lcm_obj = native_fn(Q::lcm, m_lcm, 0, kVarArgs);
constexpr NativeFunction isqrt_obj = native_fn(Q::isqrt, m_isqrt, 1, 1);
constexpr NativeFunction prod_obj = native_fn(Q::prod, m_prod, 1, 1, true);

}  // namespace mote::math
