// bigint.cc — Python's int beyond the small-int range (design: bigint.h).
//
// Every operation reads its operands through an IntView — the magnitude and
// sign of a small int (unpacked into a stack buffer), a bool or a BigInt —
// so one code path serves every mix of small and big operands. It allocates
// the result BigInt at its largest possible size, lets a kernel from
// bigint_mag.h fill it, and finish() trims it, converting it back to a small
// int (and freeing the block at once) when it fits. Temporaries bigger than
// a few digits live in leaf GC blocks that are freed as soon as the result
// exists, so a long computation does not churn the collector.
//
// Floor division and modulo, shifts and bitwise operations on negative
// numbers follow Python (floor rounding, infinite two's complement).
#include "vm/bigint.h"

#include <cfloat>
#include <climits>
#include <cmath>
#include <cstring>

#include "gc/gc.h"
#include "vm/bigint_mag.h"
#include "vm/bytes.h"
#include "vm/format.h"
#include "vm/vm.h"

namespace mote {

using mag::Digit;
using mag::DDigit;
using mag::kDigitBits;

struct alignas(8) BigInt {
  const Type* type;  // &bigint_type
  int32_t size;      // number of digits, negated for a negative value (never 0)
  Digit digits[];
};

namespace {

// Bounds a result so that bit counts fit a 32-bit size_t.
constexpr size_t kMaxDigits = (size_t(1) << 26) / sizeof(Digit);

BigInt* as_big(Value v) { return v.as<BigInt>(); }

// --- reading operands ---------------------------------------------------------------

// The magnitude and sign of an int Value; small ints are unpacked into `small`.
// Not copyable: `d` may point into the view itself.
struct IntView {
  const Digit* d;
  size_t n;
  bool neg;
  Digit small[mag::kDigitsPer64];

  explicit IntView(Value v) {
    if (is_bigint(v)) {
      BigInt* b = as_big(v);
      d = b->digits;
      neg = b->size < 0;
      n = size_t(neg ? -sword(b->size) : b->size);
      return;
    }
    sword s = v.is_small_int() ? v.as_small_int() : (v.is_true_literal() ? 1 : 0);
    neg = s < 0;
    n = mag::from_u64(small, neg ? 0 - uint64_t(int64_t(s)) : uint64_t(s));
    d = small;
  }
  IntView(const IntView&) = delete;
  bool is_zero() const { return n == 0; }
};

// An int operand as a small int or BigInt (bool and int subclasses unwrapped).
bool unwrap_int(Value v, Value* out) {
  if (v.is_small_int() || is_bigint(v)) {
    *out = v;
  } else if (v.is_bool()) {
    *out = Value::small_int(v.is_true_literal() ? 1 : 0);
  } else if (is_int(v)) {
    *out = int_unwrap(v);
  } else {
    return false;
  }
  return true;
}

bool is_negative(Value v) { return v.is_small_int() ? v.as_small_int() < 0 : (is_bigint(v) && as_big(v)->size < 0); }

// --- building results -------------------------------------------------------------

BigInt* big_alloc(Vm& vm, size_t n) {
  if (n > kMaxDigits) {
    raise_memory_error(vm);
    return nullptr;
  }
  auto* b = static_cast<BigInt*>(gc_alloc(vm, sizeof(BigInt) + (n ? n : 1) * sizeof(Digit), true));
  if (b != nullptr) b->type = &bigint_type;
  return b;
}

// Scratch digits: leaf GC block (or nullptr for n == 0).
Digit* scratch_alloc(Vm& vm, size_t n, bool* ok) {
  *ok = true;
  if (n == 0) return nullptr;
  auto* p = static_cast<Digit*>(gc_alloc(vm, n * sizeof(Digit), true));
  *ok = p != nullptr;
  return p;
}
void scratch_free(Vm& vm, Digit* p) {
  if (p != nullptr) gc_free(vm, p);
}

Value small_or_big(Vm& vm, uint64_t mag_value, bool neg) {
  if (!neg && mag_value <= uint64_t(Value::kSmallIntMax)) return Value::small_int(sword(mag_value));
  if (neg && mag_value <= uint64_t(Value::kSmallIntMax) + 1) return Value::small_int(sword(0 - mag_value));
  BigInt* b = big_alloc(vm, mag::kDigitsPer64);
  if (b == nullptr) return Value::null();
  size_t n = mag::from_u64(b->digits, mag_value);
  b->size = int32_t(neg ? -sword(n) : sword(n));
  return Value::object(b);
}

// Trims b's first n digits and returns the normalised int.
Value finish(Vm& vm, BigInt* b, size_t n, bool neg) {
  n = mag::trim(b->digits, n);
  if (n <= mag::kDigitsPer64) {
    uint64_t v = mag::to_u64(b->digits, n);
    if (v <= uint64_t(Value::kSmallIntMax) + (neg ? 1 : 0)) {
      gc_free(vm, b);
      return small_or_big(vm, v, neg);
    }
  }
  b->size = int32_t(neg ? -sword(n) : sword(n));
  return Value::object(b);
}

// A copy of a magnitude with a sign.
Value from_digits(Vm& vm, const Digit* d, size_t n, bool neg) {
  BigInt* b = big_alloc(vm, n);
  if (b == nullptr) return Value::null();
  memcpy(b->digits, d, n * sizeof(Digit));
  return finish(vm, b, n, neg);
}

// --- add, sub, mul --------------------------------------------------------------

Value add_views(Vm& vm, const IntView& a, const IntView& b, bool negate_b) {
  bool bneg = b.neg != negate_b;
  size_t n = (a.n > b.n ? a.n : b.n) + 1;
  BigInt* r = big_alloc(vm, n);
  if (r == nullptr) return Value::null();
  if (a.neg == bneg) {
    mag::add(r->digits, a.d, a.n, b.d, b.n);
    return finish(vm, r, n, a.neg);
  }
  if (mag::compare(a.d, a.n, b.d, b.n) >= 0) {
    mag::sub(r->digits, a.d, a.n, b.d, b.n);
    return finish(vm, r, n, a.neg);
  }
  mag::sub(r->digits, b.d, b.n, a.d, a.n);
  return finish(vm, r, n, bneg);
}

Value mul_views(Vm& vm, const IntView& a, const IntView& b) {
  if (a.is_zero() || b.is_zero()) return Value::small_int(0);
  BigInt* r = big_alloc(vm, a.n + b.n);
  if (r == nullptr) return Value::null();
  bool ok;
  size_t need = mag::mul_scratch(a.n, b.n);
  Digit* scratch = scratch_alloc(vm, need ? need + 8 : 0, &ok);
  if (!ok) return Value::null();
  mag::mul(r->digits, a.d, a.n, b.d, b.n, scratch);
  scratch_free(vm, scratch);
  return finish(vm, r, a.n + b.n, a.neg != b.neg);
}

Value add_values(Vm& vm, Value a, Value b, bool negate_b) {
  IntView va(a), vb(b);
  return add_views(vm, va, vb, negate_b);
}

Value mul_values(Vm& vm, Value a, Value b) {
  IntView va(a), vb(b);
  return mul_views(vm, va, vb);
}

// --- division -------------------------------------------------------------------

// Floor division and modulo: *q and/or *r (either may be nullptr). b != 0.
bool divmod_views(Vm& vm, const IntView& a, const IntView& b, Value* q, Value* r) {
  if (mag::compare(a.d, a.n, b.d, b.n) < 0) {
    // |a| < |b|: quotient 0 or -1.
    bool adjust = a.neg != b.neg && !a.is_zero();
    if (q != nullptr) *q = Value::small_int(adjust ? -1 : 0);
    if (r == nullptr) return true;
    // r = a, or a + b when the signs differ (e.g. -3 % 5 == 2, 3 % -5 == -2).
    *r = adjust ? add_views(vm, a, b, false) : from_digits(vm, a.d, a.n, a.neg);
    return !r->is_null();
  }
  BigInt* qb = big_alloc(vm, a.n - b.n + 2);
  BigInt* rb = qb == nullptr ? nullptr : big_alloc(vm, b.n + 1);
  bool ok = rb != nullptr;
  Digit small[96];
  size_t need = mag::divrem_scratch(a.n, b.n);
  Digit* scratch = ok && need > 96 ? scratch_alloc(vm, need, &ok) : small;
  if (!ok) return false;
  mag::divrem(qb->digits, rb->digits, a.d, a.n, b.d, b.n, scratch);
  if (scratch != small) scratch_free(vm, scratch);
  size_t nq = a.n - b.n + 2, nr = mag::trim(rb->digits, b.n);
  bool qneg = a.neg != b.neg;
  if (qneg && nr != 0) {
    // Floor: q = -(|q| + 1), r = |b| - |r| with the sign of b.
    Digit one = 1;
    mag::add_into(qb->digits, nq, &one, 1);
    mag::sub(rb->digits, b.d, b.n, rb->digits, nr);
    nr = b.n;
  }
  if (q != nullptr) *q = finish(vm, qb, nq, qneg);
  if (r != nullptr) *r = finish(vm, rb, nr, b.neg);
  return (q == nullptr || !q->is_null()) && (r == nullptr || !r->is_null());
}

Value floordiv_values(Vm& vm, Value a, Value b, bool want_quotient) {
  IntView va(a), vb(b);
  if (vb.is_zero()) {
    return raise(vm, &ZeroDivisionError_type,
                 want_quotient ? "integer division or modulo by zero" : "integer modulo by zero");
  }
  Value out;
  bool ok = want_quotient ? divmod_views(vm, va, vb, &out, nullptr) : divmod_views(vm, va, vb, nullptr, &out);
  return ok ? out : Value::null();
}

// Correctly rounded a / b (CPython's long_true_divide): scale so the quotient
// has 55 or 56 bits, divide exactly, round half-even with the remainder as a
// sticky bit, then scale back with ldexp.
Value truediv_views(Vm& vm, const IntView& a, const IntView& b) {
  if (b.is_zero()) return raise(vm, &ZeroDivisionError_type, "division by zero");
  bool neg = a.neg != b.neg;
  size_t abits = mag::bit_length(a.d, a.n), bbits = mag::bit_length(b.d, b.n);
  if (abits <= DBL_MANT_DIG && bbits <= DBL_MANT_DIG) {
    double x = double(mag::to_u64(a.d, a.n)) / double(mag::to_u64(b.d, b.n));
    return float_new(vm, neg ? -x : x);
  }
  // A zero numerator must not reach the scaling below: its quotient has no
  // bits, which the rounding step cannot handle (CPython: underflow_or_zero).
  if (abits == 0) return float_new(vm, neg ? -0.0 : 0.0);
  sword diff = sword(abits) - sword(bbits);
  if (diff > DBL_MAX_EXP) return raise(vm, &OverflowError_type, "integer division result too large for a float");
  if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) return float_new(vm, neg ? -0.0 : 0.0);
  sword shift = (diff > DBL_MIN_EXP ? diff : DBL_MIN_EXP) - DBL_MANT_DIG - 2;
  // x = |a| * 2**-shift, y = |b| (or x = |a|, y = |b| * 2**shift).
  size_t sh = size_t(shift < 0 ? -shift : shift);
  size_t nx = a.n + (shift < 0 ? sh / kDigitBits + 1 : 0);
  size_t ny = b.n + (shift >= 0 ? sh / kDigitBits + 1 : 0);
  bool ok;
  Digit* buf = scratch_alloc(vm, nx + ny + (nx + 1) + ny + mag::divrem_scratch(nx, ny), &ok);
  if (!ok) return Value::null();
  Digit *x = buf, *y = x + nx, *q = y + ny, *r = q + nx + 1, *scratch = r + ny;
  memset(buf, 0, (nx + ny + nx + 1 + ny) * sizeof(Digit));
  if (shift < 0) {
    mag::shl_bits(x + sh / kDigitBits, a.d, a.n, int(sh % kDigitBits));
    memcpy(y, b.d, b.n * sizeof(Digit));
  } else {
    memcpy(x, a.d, a.n * sizeof(Digit));
    mag::shl_bits(y + sh / kDigitBits, b.d, b.n, int(sh % kDigitBits));
  }
  nx = mag::trim(x, nx);
  ny = mag::trim(y, ny);
  uint64_t qv = 0;
  bool inexact = nx != 0;
  if (nx >= ny) {
    mag::divrem(q, r, x, nx, y, ny, scratch);
    qv = mag::to_u64(q, nx - ny + 1);
    inexact = mag::trim(r, ny) != 0;
  }
  scratch_free(vm, buf);
  int qbits = 0;
  for (uint64_t t = qv; t != 0; t >>= 1) ++qbits;
  int extra = (qbits > DBL_MIN_EXP - shift ? qbits : int(DBL_MIN_EXP - shift)) - DBL_MANT_DIG;
  uint64_t mask = uint64_t(1) << (extra - 1);
  uint64_t low = qv | (inexact ? 1 : 0);
  if ((low & mask) && (low & (3 * mask - 1))) low += mask;
  low &= ~(2 * mask - 1);
  double dx = double(low);
  if (shift + qbits >= DBL_MAX_EXP && (shift + qbits > DBL_MAX_EXP || dx == ldexp(1.0, qbits))) {
    return raise(vm, &OverflowError_type, "integer division result too large for a float");
  }
  double result = ldexp(dx, int(shift));
  return float_new(vm, neg ? -result : result);
}

// --- powers ----------------------------------------------------------------------

Value float_pow_of_ints(Vm& vm, Value a, Value b) {
  double x, y;
  if (!int_to_double(vm, a, &x) || !int_to_double(vm, b, &y)) return Value::null();
  if (x == 0.0) return raise(vm, &ZeroDivisionError_type, "0.0 cannot be raised to a negative power");
  return float_new(vm, pow(x, y));
}

// a ** e for e >= 0 (e small): left-to-right binary exponentiation.
Value pow_values(Vm& vm, Value a, Value b) {
  if (is_negative(b)) return float_pow_of_ints(vm, a, b);
  IntView va(a);
  if (va.n == 0 || (va.n == 1 && va.d[0] == 1)) {
    // 0, 1, -1: no growth whatever the exponent.
    bool odd = b.is_small_int() ? (b.as_small_int() & 1) : (as_big(b)->digits[0] & 1);
    if (va.n == 0) return Value::small_int(b == Value::small_int(0) ? 1 : 0);
    return Value::small_int(va.neg && odd ? -1 : 1);
  }
  sword e;
  size_t abits = mag::bit_length(va.d, va.n);
  if (!bigint_to_sword(b, &e) || (e > 0 && abits > 1 && size_t(e) > kMaxDigits * kDigitBits / (abits - 1))) {
    return raise_memory_error(vm);
  }
  Value result = Value::small_int(1);
  int top = 0;
  while ((sword(1) << top) <= e && top < int(8 * sizeof(sword)) - 2) ++top;
  for (int bit = top; bit-- > 0;) {
    result = mul_values(vm, result, result);
    if (!result.is_null() && ((e >> bit) & 1)) result = mul_values(vm, result, a);
    if (result.is_null()) return result;
  }
  return result;
}

Value mod_values(Vm& vm, Value a, Value m) { return floordiv_values(vm, a, m, false); }

// Modular inverse of a modulo m (m > 0) by the extended Euclidean algorithm.
Value mod_inverse(Vm& vm, Value a, Value m) {
  Value r0 = m, r1 = mod_values(vm, a, m), s0 = Value::small_int(0), s1 = Value::small_int(1);
  while (!r1.is_null() && r1 != Value::small_int(0)) {
    Value q = floordiv_values(vm, r0, r1, true);
    if (q.is_null()) return q;
    Value r2 = add_values(vm, r0, mul_values(vm, q, r1), true);
    Value s2 = add_values(vm, s0, mul_values(vm, q, s1), true);
    if (r2.is_null() || s2.is_null()) return Value::null();
    r0 = r1, r1 = r2, s0 = s1, s1 = s2;
  }
  if (r1.is_null()) return r1;
  if (r0 != Value::small_int(1)) return raise(vm, &ValueError_type, "base is not invertible for the given modulus");
  return mod_values(vm, s0, m);
}

// x = x mod m in place (x has nx digits, room for them); returns x's new
// length. q and scratch are caller-provided work areas.
size_t reduce_mod(Digit* x, size_t nx, const IntView& m, Digit* q, Digit* rem, Digit* scratch) {
  nx = mag::trim(x, nx);
  if (nx < m.n || (nx == m.n && mag::compare(x, nx, m.d, m.n) < 0)) return nx;
  mag::divrem(q, rem, x, nx, m.d, m.n, scratch);
  memcpy(x, rem, m.n * sizeof(Digit));
  return mag::trim(x, m.n);
}

// base**e mod m for 0 <= base < m, m > 1, e >= 0: square-and-multiply with
// every work area in one allocation made up front.
Value pow_mod_views(Vm& vm, const IntView& base, const IntView& e, const IntView& m) {
  size_t n = m.n;
  size_t need = n + 2 * n + (n + 2) + n + mag::divrem_scratch(2 * n, n) + mag::mul_scratch(n, n) + 2 * n + 16;
  bool ok;
  Digit* buf = scratch_alloc(vm, need, &ok);
  if (!ok) return Value::null();
  Digit *acc = buf, *prod = acc + n, *q = prod + 2 * n, *rem = q + n + 2, *scratch = rem + n;
  Digit* mscratch = scratch + mag::divrem_scratch(2 * n, n);
  size_t na = 1;
  acc[0] = 1;
  for (size_t bit = mag::bit_length(e.d, e.n); bit-- > 0;) {
    mag::mul(prod, acc, na, acc, na, mscratch);
    na = reduce_mod(prod, 2 * na, m, q, rem, scratch);
    memcpy(acc, prod, na * sizeof(Digit));
    if ((e.d[bit / kDigitBits] >> (bit % kDigitBits)) & 1) {
      mag::mul(prod, acc, na, base.d, base.n, mscratch);
      na = reduce_mod(prod, na + base.n, m, q, rem, scratch);
      memcpy(acc, prod, na * sizeof(Digit));
    }
  }
  Value r = from_digits(vm, acc, na, false);
  scratch_free(vm, buf);
  return r;
}


// --- shifts -----------------------------------------------------------------------

Value lshift_views(Vm& vm, const IntView& a, size_t count) {
  if (a.is_zero()) return Value::small_int(0);
  size_t dshift = count / kDigitBits;
  if (dshift > kMaxDigits) return raise_memory_error(vm);
  BigInt* r = big_alloc(vm, a.n + dshift + 1);
  if (r == nullptr) return Value::null();
  mag::shl_bits(r->digits + dshift, a.d, a.n, int(count % kDigitBits));
  return finish(vm, r, a.n + dshift + 1, a.neg);
}

// Floor shift: for negative a, -((|a| - 1) >> count) - 1.
Value rshift_views(Vm& vm, const IntView& a, size_t count) {
  size_t dshift = count / kDigitBits;
  if (dshift >= a.n) return Value::small_int(a.neg ? -1 : 0);
  size_t n = a.n - dshift;
  BigInt* r = big_alloc(vm, n + 1);
  if (r == nullptr) return Value::null();
  const Digit* src = a.d;
  Digit* tmp = nullptr;
  bool ok = true;
  if (a.neg) {
    tmp = scratch_alloc(vm, a.n, &ok);
    if (!ok) return Value::null();
    Digit one = 1;
    memcpy(tmp, a.d, a.n * sizeof(Digit));
    mag::sub_into(tmp, a.n, &one, 1);
    src = tmp;
  }
  mag::shr_bits(r->digits, src + dshift, n, int(count % kDigitBits));
  scratch_free(vm, tmp);
  if (a.neg) {
    Digit one = 1;
    mag::add_into(r->digits, n + 1, &one, 1);
  }
  return finish(vm, r, n + 1, a.neg);
}

Value shift_values(Vm& vm, Value a, Value b, bool left) {
  if (is_negative(b)) return raise(vm, &ValueError_type, "negative shift count");
  IntView va(a);
  sword count;
  if (!bigint_to_sword(b, &count)) {
    if (va.is_zero()) return Value::small_int(0);
    if (!left) return Value::small_int(va.neg ? -1 : 0);
    return raise(vm, &OverflowError_type, "too many digits in integer");
  }
  return left ? lshift_views(vm, va, size_t(count)) : rshift_views(vm, va, size_t(count));
}

// --- bitwise (infinite two's complement) ----------------------------------------------

// Digit i of the two's complement of a view, given the running carry of
// (~|a| + 1) for negative views.
inline Digit twos_digit(const IntView& v, size_t i, DDigit* carry) {
  Digit d = i < v.n ? v.d[i] : 0;
  if (!v.neg) return d;
  *carry += Digit(~d);
  Digit out = Digit(*carry);
  *carry >>= kDigitBits;
  return out;
}

Value bitwise_views(Vm& vm, BinaryOp op, const IntView& a, const IntView& b) {
  size_t n = (a.n > b.n ? a.n : b.n) + 1;
  BigInt* r = big_alloc(vm, n);
  if (r == nullptr) return Value::null();
  DDigit ca = 1, cb = 1;
  for (size_t i = 0; i < n; ++i) {
    Digit x = twos_digit(a, i, &ca), y = twos_digit(b, i, &cb);
    r->digits[i] = op == BinaryOp::AND ? Digit(x & y) : op == BinaryOp::OR ? Digit(x | y) : Digit(x ^ y);
  }
  bool neg = op == BinaryOp::AND ? (a.neg && b.neg) : op == BinaryOp::OR ? (a.neg || b.neg) : (a.neg != b.neg);
  if (neg) {
    // Back to sign-magnitude: |r| = ~r + 1.
    DDigit carry = 1;
    for (size_t i = 0; i < n; ++i) {
      carry += Digit(~r->digits[i]);
      r->digits[i] = Digit(carry);
      carry >>= kDigitBits;
    }
  }
  return finish(vm, r, n, neg);
}

Value invert_value(Vm& vm, Value v) {
  // ~v == -(v + 1)
  IntView a(v);
  IntView one(Value::small_int(1));
  Value s = add_views(vm, a, one, false);
  if (s.is_null()) return s;
  IntView vs(s);
  return from_digits(vm, vs.d, vs.n, !vs.neg && !vs.is_zero());
}

Value negate_value(Vm& vm, Value v) {
  IntView a(v);
  return from_digits(vm, a.d, a.n, !a.neg && !a.is_zero());
}

}  // namespace

// --- public API -------------------------------------------------------------------------

Value bigint_from_sword(Vm& vm, sword v) {
  if (Value::fits_small_int(v)) return Value::small_int(v);
  return bigint_from_int64(vm, int64_t(v));
}

Value bigint_from_int64(Vm& vm, int64_t v) {
  return small_or_big(vm, v < 0 ? 0 - uint64_t(v) : uint64_t(v), v < 0);
}

Value bigint_from_uint64(Vm& vm, uint64_t v) { return small_or_big(vm, v, false); }

Value bigint_from_double(Vm& vm, double v) {
  if (std::isinf(v)) return raise(vm, &OverflowError_type, "cannot convert float infinity to integer");
  if (std::isnan(v)) return raise(vm, &ValueError_type, "cannot convert float NaN to integer");
  if (fabs(v) < 9223372036854775808.0) return bigint_from_int64(vm, int64_t(v));
  Digit buf[1024 / kDigitBits + 1];
  size_t n = mag::from_double(buf, v);
  return from_digits(vm, buf, n, v < 0);
}

bool bigint_to_int64(Value v, int64_t* out) {
  if (!is_bigint(v) && !v.is_small_int() && !v.is_bool()) return false;
  IntView a(v);
  if (a.n > mag::kDigitsPer64) return false;
  uint64_t m = mag::to_u64(a.d, a.n);
  if (m > (a.neg ? uint64_t(INT64_MAX) + 1 : uint64_t(INT64_MAX))) return false;
  *out = a.neg ? int64_t(0 - m) : int64_t(m);
  return true;
}

bool bigint_to_sword(Value v, sword* out) {
  if (v.is_small_int()) {
    *out = v.as_small_int();
    return true;
  }
  int64_t x;
  if (!bigint_to_int64(v, &x) || x < INTPTR_MIN || x > INTPTR_MAX) return false;
  *out = sword(x);
  return true;
}

double bigint_to_double(Value v) {
  if (v.is_small_int()) return double(v.as_small_int());
  IntView a(v);
  double d = mag::to_double(a.d, a.n);
  return a.neg ? -d : d;
}

bool int_to_double(Vm& vm, Value v, double* out) {
  *out = bigint_to_double(v);
  if (std::isinf(*out)) {
    raise(vm, &OverflowError_type, "int too large to convert to float");
    return false;
  }
  return true;
}

Value bigint_binary_op(Vm& vm, BinaryOp op, Value a, Value b) {
  if (!unwrap_int(a, &a) || !unwrap_int(b, &b)) return Value::not_implemented();
  if (int(op) >= kInplaceOffset) op = BinaryOp(int(op) - kInplaceOffset);
  switch (op) {
    case BinaryOp::ADD:
      return add_values(vm, a, b, false);
    case BinaryOp::SUB:
      return add_values(vm, a, b, true);
    case BinaryOp::MUL:
      return mul_values(vm, a, b);
    case BinaryOp::TRUEDIV: {
      IntView va(a), vb(b);
      return truediv_views(vm, va, vb);
    }
    case BinaryOp::FLOORDIV:
      return floordiv_values(vm, a, b, true);
    case BinaryOp::MOD:
      return floordiv_values(vm, a, b, false);
    case BinaryOp::POW:
      return pow_values(vm, a, b);
    case BinaryOp::LSHIFT:
      return shift_values(vm, a, b, true);
    case BinaryOp::RSHIFT:
      return shift_values(vm, a, b, false);
    case BinaryOp::AND:
    case BinaryOp::OR:
    case BinaryOp::XOR: {
      IntView va(a), vb(b);
      return bitwise_views(vm, op, va, vb);
    }
    default:
      return Value::not_implemented();
  }
}

Value bigint_divmod(Vm& vm, Value a, Value b) {
  if (!unwrap_int(a, &a) || !unwrap_int(b, &b)) return Value::not_implemented();
  IntView va(a), vb(b);
  if (vb.is_zero()) return raise(vm, &ZeroDivisionError_type, "integer division or modulo by zero");
  Value qr[2];
  if (!divmod_views(vm, va, vb, &qr[0], &qr[1])) return Value::null();
  return tuple_new(vm, 2, qr);
}

Value bigint_pow_mod(Vm& vm, Value a, Value b, Value m) {
  if (!unwrap_int(a, &a) || !unwrap_int(b, &b) || !unwrap_int(m, &m)) {
    return raise(vm, &TypeError_type, "pow() 3rd argument not allowed unless all arguments are integers");
  }
  if (m == Value::small_int(0)) return raise(vm, &ValueError_type, "pow() 3rd argument cannot be 0");
  bool mneg = is_negative(m);
  if (mneg) m = negate_value(vm, m);
  if (m.is_null()) return m;
  if (m == Value::small_int(1)) return Value::small_int(0);
  if (is_negative(b)) {
    a = mod_inverse(vm, a, m);
    b = negate_value(vm, b);
    if (a.is_null() || b.is_null()) return Value::null();
  }
  Value base = mod_values(vm, a, m);
  if (base.is_null()) return base;
  Value result;
  {
    IntView vbase(base), ve(b), vmod(m);
    result = pow_mod_views(vm, vbase, ve, vmod);
  }
  if (result.is_null()) return result;
  if (mneg && result != Value::small_int(0)) result = add_values(vm, result, m, true);
  return result;
}

Value bigint_unary(Vm& vm, UnarySlot op, Value v) {
  if (!unwrap_int(v, &v)) return Value::absent();
  switch (op) {
    case UnarySlot::kBool:
      return Value::boolean(v != Value::small_int(0));
    case UnarySlot::kHash:
      return bigint_from_sword(vm, bigint_hash(v));
    case UnarySlot::kNeg:
      return negate_value(vm, v);
    case UnarySlot::kPos:
    case UnarySlot::kInt:
    case UnarySlot::kIndex:
      return v;
    case UnarySlot::kAbs:
      return is_negative(v) ? negate_value(vm, v) : v;
    case UnarySlot::kInvert:
      return invert_value(vm, v);
    case UnarySlot::kFloat: {
      double d;
      return int_to_double(vm, v, &d) ? float_new(vm, d) : Value::null();
    }
    default:
      return Value::absent();
  }
}

int bigint_compare(Value a, Value b) {
  if (a.is_small_int() && b.is_small_int()) {
    return a.as_small_int() < b.as_small_int() ? -1 : a.as_small_int() > b.as_small_int();
  }
  IntView va(a), vb(b);
  if (va.neg != vb.neg) return va.neg ? -1 : 1;
  int c = mag::compare(va.d, va.n, vb.d, vb.n);
  return va.neg ? -c : c;
}

int int_compare_double(Value a, double d) {
  if (std::isnan(d)) return 2;
  if (std::isinf(d)) return d > 0 ? -1 : 1;
  IntView va(a);
  if (mag::bit_length(va.d, va.n) <= DBL_MANT_DIG) {
    double x = double(mag::to_u64(va.d, va.n));
    x = va.neg ? -x : x;
    return x < d ? -1 : x > d;
  }
  // Exact: compare a with floor(d), then let the fraction of d break a tie.
  double fl = floor(d);
  bool frac = fl != d;
  bool dneg = fl < 0;
  if (va.neg != dneg) return va.neg ? -1 : 1;
  Digit buf[1024 / kDigitBits + 1];
  size_t n = fabs(fl) >= 1 ? mag::from_double(buf, fl) : 0;
  int c = mag::compare(va.d, va.n, buf, n);
  c = va.neg ? -c : c;
  return c != 0 ? c : (frac ? -1 : 0);
}

sword bigint_hash(Value v) {
  constexpr int kBits = sizeof(word) == 8 ? 61 : 31;
  constexpr uint64_t kP = (uint64_t(1) << kBits) - 1;
  constexpr int kRot = kDigitBits % kBits;
  IntView a(v);
  uint64_t x = 0;
  for (size_t i = a.n; i-- > 0;) {
    x = ((x << kRot) & kP) | (x >> (kBits - kRot));  // x * 2**kDigitBits mod P
    uint64_t d = a.d[i];
    d = (d & kP) + (d >> kBits);
    x += d;
    while (x >= kP) x -= kP;
  }
  sword h = a.neg ? -sword(x) : sword(x);
  return h == -1 ? -2 : h;
}

// --- text ---------------------------------------------------------------------------------

namespace {

// Decimal digits of a magnitude: repeated division by kDecBase, each
// remainder giving kDecDigits characters.
char* decimal_digits(Vm& vm, const IntView& a, size_t* len) {
  size_t nlimbs = a.n + a.n / 4 + 2;
  bool ok;
  Digit* work = scratch_alloc(vm, a.n + nlimbs, &ok);
  if (!ok) return nullptr;
  Digit* limbs = work + a.n;
  memcpy(work, a.d, a.n * sizeof(Digit));
  size_t n = a.n, k = 0;
  while (n > 0) {
    limbs[k++] = mag::divrem_dec(work, n);
    n = mag::trim(work, n);
  }
  if (k == 0) limbs[k++] = 0;
  char* out = static_cast<char*>(gc_alloc(vm, k * mag::kDecDigits + 1, true));
  if (out == nullptr) return nullptr;
  char top[16];
  size_t tn = 0;
  for (Digit t = limbs[k - 1]; t != 0 || tn == 0; t /= 10) top[tn++] = char('0' + t % 10);
  size_t pos = 0;
  while (tn > 0) out[pos++] = top[--tn];
  for (size_t i = k - 1; i-- > 0;) {
    Digit t = limbs[i];
    for (int j = mag::kDecDigits; j-- > 0; t /= 10) out[pos + size_t(j)] = char('0' + t % 10);
    pos += mag::kDecDigits;
  }
  scratch_free(vm, work);
  *len = pos;
  return out;
}

// Digits in base 2**shift (2, 8, 16).
char* pow2_digits(Vm& vm, const IntView& a, int shift, size_t* len) {
  size_t bits = mag::bit_length(a.d, a.n);
  size_t n = bits == 0 ? 1 : (bits + size_t(shift) - 1) / size_t(shift);
  char* out = static_cast<char*>(gc_alloc(vm, n + 1, true));
  if (out == nullptr) return nullptr;
  for (size_t i = 0; i < n; ++i) {
    size_t bit = i * size_t(shift);
    size_t di = bit / kDigitBits;
    int bo = int(bit % kDigitBits);
    DDigit chunk = di < a.n ? a.d[di] >> bo : 0;
    if (bo + shift > kDigitBits && di + 1 < a.n) chunk |= DDigit(a.d[di + 1]) << (kDigitBits - bo);
    out[n - 1 - i] = "0123456789abcdef"[chunk & ((1u << shift) - 1)];
  }
  *len = n;
  return out;
}

}  // namespace

char* int_digits(Vm& vm, Value v, int base, size_t* len, bool* negative) {
  unwrap_int(v, &v);
  IntView a(v);
  *negative = a.neg;
  if (base == 10) return decimal_digits(vm, a, len);
  return pow2_digits(vm, a, base == 2 ? 1 : base == 8 ? 3 : 4, len);
}

bool bigint_print(Vm& vm, Printer& out, Value v) {
  size_t len;
  bool neg;
  char* digits = int_digits(vm, v, 10, &len, &neg);
  if (digits == nullptr) return false;
  bool ok = (!neg || out.write(out, "-", 1)) && out.write(out, digits, len);
  gc_free(vm, digits);
  return ok;
}

Value int_to_base_str(Vm& vm, Value v, int base) {
  size_t len;
  bool neg;
  char* digits = int_digits(vm, v, base, &len, &neg);
  if (digits == nullptr) return Value::null();
  const char* prefix = base == 16 ? "0x" : base == 8 ? "0o" : base == 2 ? "0b" : "";
  size_t plen = strlen(prefix) + (neg ? 1 : 0);
  Str* s = str_alloc(vm, plen + len);
  if (s == nullptr) return Value::null();
  char* p = str_data(s);
  if (neg) *p++ = '-';
  memcpy(p, prefix, strlen(prefix));
  memcpy(str_data(s) + plen, digits, len);
  gc_free(vm, digits);
  return str_finish(s);
}

// --- parsing --------------------------------------------------------------------------------

namespace {

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c = char(c | 0x20);
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  return 99;
}

// Bits per digit of a power-of-two base, else 0.
int pow2_shift(int base) {
  switch (base) {
    case 2: return 1;
    case 4: return 2;
    case 8: return 3;
    case 16: return 4;
    case 32: return 5;
    default: return 0;
  }
}

Value parse_pow2(Vm& vm, std::string_view digits, int shift) {
  size_t n = (digits.size() * size_t(shift)) / kDigitBits + 1;
  BigInt* r = big_alloc(vm, n);
  if (r == nullptr) return Value::null();
  size_t bit = 0;
  for (size_t i = digits.size(); i-- > 0; bit += size_t(shift)) {
    DDigit v = DDigit(digit_value(digits[i])) << (bit % kDigitBits);
    r->digits[bit / kDigitBits] |= Digit(v);
    if ((v >> kDigitBits) != 0) r->digits[bit / kDigitBits + 1] |= Digit(v >> kDigitBits);
  }
  return finish(vm, r, n, false);
}

// General base: chunks of k characters (base**k fits a Digit) folded in with
// one multiply-add pass each.
Value parse_chunks(Vm& vm, std::string_view digits, int base) {
  int k = 0;
  DDigit power = 1;
  while (power * DDigit(base) <= DDigit(Digit(~Digit(0)))) power *= DDigit(base), ++k;
  int bits_per_char = 1;
  while ((1 << bits_per_char) < base) ++bits_per_char;
  size_t n = digits.size() * size_t(bits_per_char) / kDigitBits + 2;
  BigInt* r = big_alloc(vm, n);
  if (r == nullptr) return Value::null();
  size_t len = 0, pos = 0;
  size_t first = digits.size() % size_t(k);
  if (first == 0) first = size_t(k);
  while (pos < digits.size()) {
    size_t take = pos == 0 ? first : size_t(k);
    DDigit chunk = 0, mult = 1;
    for (size_t i = 0; i < take; ++i) chunk = chunk * DDigit(base) + DDigit(digit_value(digits[pos + i])), mult *= DDigit(base);
    pos += take;
    Digit carry = mag::mul_add_digit(r->digits, len, Digit(mult), Digit(chunk));
    if (carry != 0) r->digits[len++] = carry;
  }
  return finish(vm, r, n, false);
}

}  // namespace

Value int_parse(Vm& vm, std::string_view digits, int base) {
  uint64_t acc = 0;
  size_t i = 0;
  for (; i < digits.size(); ++i) {
    int d = digit_value(digits[i]);
    if (d >= base) return raise(vm, &ValueError_type, "invalid digit '%c' in literal", digits[i]);
    if (acc > (UINT64_MAX - uint64_t(d)) / uint64_t(base)) break;
    acc = acc * uint64_t(base) + uint64_t(d);
  }
  if (i == digits.size()) return small_or_big(vm, acc, false);
  for (size_t j = i; j < digits.size(); ++j) {
    if (digit_value(digits[j]) >= base) return raise(vm, &ValueError_type, "invalid digit '%c' in literal", digits[j]);
  }
  int shift = pow2_shift(base);
  return shift ? parse_pow2(vm, digits, shift) : parse_chunks(vm, digits, base);
}

namespace {

bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r') || c == '\x1c' || c == '\x1d' || c == '\x1e' || c == '\x1f'; }

Value invalid_literal(Vm& vm, std::string_view text, int base) {
  Value s = str_new(vm, text);
  Value r = s.is_null() ? s : repr(vm, s);
  if (r.is_null()) return r;
  StrView v = str_view(r);
  int shown = int(v.len > 200 ? 200 : v.len);
  return raise(vm, &ValueError_type, "invalid literal for int() with base %d: %.*s", base, shown, v.data);
}

// Detects and skips a 0x/0o/0b prefix matching `base` (or inferring it for base 0).
size_t skip_prefix(std::string_view s, size_t i, int* base) {
  if (i + 1 >= s.size() || s[i] != '0') return i;
  char p = char(s[i + 1] | 0x20);
  int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
  if (pb == 0 || (*base != 0 && *base != pb)) return i;
  *base = pb;
  return i + 2;
}

}  // namespace

Value int_parse_text(Vm& vm, std::string_view text, int base) {
  if (base != 0 && (base < 2 || base > 36)) {
    return raise(vm, &ValueError_type, "int() base must be >= 2 and <= 36, or 0");
  }
  size_t i = 0, end = text.size();
  while (i < end && is_space(text[i])) ++i;
  while (end > i && is_space(text[end - 1])) --end;
  bool neg = false;
  if (i < end && (text[i] == '+' || text[i] == '-')) neg = text[i++] == '-';
  int b = base;
  size_t start = skip_prefix(text, i, &b);
  bool prefixed = start != i;
  if (b == 0) b = 10;
  // Digits with single underscores between them (one may follow a prefix).
  char small[64];
  char* clean = end - start <= sizeof(small) ? small : static_cast<char*>(gc_alloc(vm, end - start, true));
  if (clean == nullptr) return Value::null();
  size_t n = 0;
  bool ok = start < end;
  for (size_t j = start; j < end && ok; ++j) {
    if (text[j] == '_') {
      ok = (j > start || prefixed) && j + 1 < end && text[j + 1] != '_';
    } else {
      ok = digit_value(text[j]) < b;
      clean[n++] = text[j];
    }
  }
  // Base 0 forbids leading zeros in a nonzero decimal ("010").
  if (ok && base == 0 && !prefixed && clean[0] == '0') {
    for (size_t j = 0; j < n; ++j) ok = ok && clean[j] == '0';
  }
  if (!ok || n == 0) return invalid_literal(vm, text, base);
  Value v = int_parse(vm, std::string_view(clean, n), b);
  if (clean != small) gc_free(vm, clean);
  return neg && !v.is_null() ? negate_value(vm, v) : v;
}

// --- int methods ---------------------------------------------------------------------------

namespace {

bool self_int(Vm& vm, Value self, Value* out) {
  if (unwrap_int(self, out)) return true;
  raise(vm, &TypeError_type, "descriptor requires an 'int' object");
  return false;
}

Value int_bit_length(Vm& vm, size_t, size_t, const Value* args) {
  Value v;
  if (!self_int(vm, args[0], &v)) return Value::null();
  IntView a(v);
  return bigint_from_sword(vm, sword(mag::bit_length(a.d, a.n)));
}

Value int_bit_count(Vm& vm, size_t, size_t, const Value* args) {
  Value v;
  if (!self_int(vm, args[0], &v)) return Value::null();
  IntView a(v);
  size_t count = 0;
  for (size_t i = 0; i < a.n; ++i) count += size_t(__builtin_popcountll(a.d[i]));
  return bigint_from_sword(vm, sword(count));
}

Value int_conjugate(Vm& vm, size_t, size_t, const Value* args) {
  Value v;
  return self_int(vm, args[0], &v) ? v : Value::null();
}

Value int_zero_fn(Vm&, size_t, size_t, const Value*) { return Value::small_int(0); }
Value int_one_fn(Vm&, size_t, size_t, const Value*) { return Value::small_int(1); }

Value int_as_integer_ratio(Vm& vm, size_t, size_t, const Value* args) {
  Value pair[2] = {Value::null(), Value::small_int(1)};
  if (!self_int(vm, args[0], &pair[0])) return Value::null();
  return tuple_new(vm, 2, pair);
}

// 'little' -> true, 'big' -> false; -1 with ValueError otherwise.
int parse_byteorder(Vm& vm, Value order) {
  if (!is_str(order)) {
    raise(vm, &TypeError_type, "to_bytes() argument 'byteorder' must be str, not %s",
          type_name(type_of(order)).data());
    return -1;
  }
  StrView s = str_view(order);
  std::string_view t(s.data, s.len);
  if (t == "little") return 1;
  if (t == "big") return 0;
  raise(vm, &ValueError_type, "byteorder must be either 'little' or 'big'");
  return -1;
}

// Byte i (little-endian) of the two's complement of a view; *carry as in twos_digit.
uint8_t twos_byte(const IntView& a, size_t i, DDigit* carry, Digit* cur) {
  constexpr size_t kPer = sizeof(Digit);
  if (i % kPer == 0) *cur = twos_digit(a, i / kPer, carry);
  return uint8_t(*cur >> (8 * (i % kPer)));
}

Value int_to_bytes(Vm& vm, size_t n_pos, size_t n_kw, const Value* args) {
  static constexpr ArgSpec spec[] = {{Q::length, 0, Value::small_int(1)},
                                     {Q::byteorder, 0, q(Q::big)},
                                     {Q::signed_, kArgKwOnly, Value::false_()}};
  Value v, a[3];
  if (!self_int(vm, args[0], &v) || !parse_args(vm, "to_bytes", n_pos - 1, n_kw, args + 1, spec, 3, a)) {
    return Value::null();
  }
  sword len;
  if (!to_sword(vm, a[0], &len)) return Value::null();
  if (len < 0) return raise(vm, &ValueError_type, "length argument must be non-negative");
  int little = parse_byteorder(vm, a[1]);
  int is_signed = is_true(vm, a[2]);
  if (little < 0 || is_signed < 0) return Value::null();
  IntView iv(v);
  if (iv.neg && !is_signed) return raise(vm, &OverflowError_type, "can't convert negative int to unsigned");
  // Bits needed: bit_length, +1 for a sign bit, except that -2**k fits k+1 bits.
  size_t bits = mag::bit_length(iv.d, iv.n);
  bool pow2 = false;
  if (iv.neg) {
    size_t low = 0;
    while (iv.d[low] == 0) ++low;
    pow2 = low + 1 == iv.n && (iv.d[low] & (iv.d[low] - 1)) == 0;
  }
  size_t need = bits == 0 ? 0 : bits + (is_signed ? 1 : 0) - (pow2 ? 1 : 0);
  if (need > size_t(len) * 8) return raise(vm, &OverflowError_type, "int too big to convert");
  Value out = bytes_new(vm, nullptr, size_t(len));
  if (out.is_null()) return out;
  uint8_t* p = reinterpret_cast<uint8_t*>(const_cast<char*>(out.as<Str>()->data));
  DDigit carry = 1;
  Digit cur = 0;
  for (size_t i = 0; i < size_t(len); ++i) {
    uint8_t byte = twos_byte(iv, i, &carry, &cur);
    p[little ? i : size_t(len) - 1 - i] = byte;
  }
  return out;
}

Value int_from_bytes(Vm& vm, size_t n_pos, size_t n_kw, const Value* args) {
  static constexpr ArgSpec spec[] = {{Q::bytes, kArgRequired, Value::absent()},
                                     {Q::byteorder, 0, q(Q::big)},
                                     {Q::signed_, kArgKwOnly, Value::false_()}};
  Value a[3];
  if (!parse_args(vm, "from_bytes", n_pos - 1, n_kw, args + 1, spec, 3, a)) return Value::null();
  int little = parse_byteorder(vm, a[1]);
  int is_signed = is_true(vm, a[2]);
  if (little < 0 || is_signed < 0) return Value::null();
  BufferInfo buf;
  Value src = a[0];
  if (!get_bytes_view(vm, src, &buf)) {
    if (is_str(src)) return raise(vm, &TypeError_type, "cannot convert 'str' object to bytes");
    src = call1(vm, type_value(&bytes_type), src);
    if (src.is_null() || !get_bytes_view(vm, src, &buf)) return Value::null();
  }
  const uint8_t* p = static_cast<const uint8_t*>(buf.data);
  size_t n = buf.len, nd = n / sizeof(Digit) + 1;
  BigInt* r = big_alloc(vm, nd);
  if (r == nullptr) return Value::null();
  for (size_t i = 0; i < n; ++i) {
    uint8_t byte = p[little ? i : n - 1 - i];
    r->digits[i / sizeof(Digit)] |= Digit(Digit(byte) << (8 * (i % sizeof(Digit))));
  }
  bool neg = is_signed && n > 0 && (p[little ? n - 1 : 0] & 0x80);
  if (neg) {
    // Value - 2**(8n): the magnitude is the two's complement over n bytes.
    for (size_t i = n; i < nd * sizeof(Digit); ++i) r->digits[i / sizeof(Digit)] |= Digit(Digit(0xff) << (8 * (i % sizeof(Digit))));
    DDigit carry = 1;
    for (size_t i = 0; i < nd; ++i) {
      carry += Digit(~r->digits[i]);
      r->digits[i] = Digit(carry);
      carry >>= kDigitBits;
    }
  }
  Value result = finish(vm, r, nd, neg);
  Value cls = args[0];
  if (result.is_null() || cls == type_value(&int_type)) return result;
  if (cls == type_value(&bool_type)) return Value::boolean(result != Value::small_int(0));
  return call1(vm, cls, result);
}

Value int_format_method(Vm& vm, size_t, size_t, const Value* args) {
  Value v;
  if (!self_int(vm, args[0], &v)) return Value::null();
  if (!is_str(args[1])) {
    return raise(vm, &TypeError_type, "__format__() argument must be str, not %s", type_name(type_of(args[1])).data());
  }
  return format_value(vm, v, args[1]);
}

constexpr NativeFunction int_bit_length_obj = native_fn(Q::bit_length, int_bit_length, 1, 1);
constexpr NativeFunction int_bit_count_obj = native_fn(Q::bit_count, int_bit_count, 1, 1);
constexpr NativeFunction int_conjugate_obj = native_fn(Q::conjugate, int_conjugate, 1, 1);
constexpr NativeFunction int_zero_obj = native_fn(Q::imag, int_zero_fn, 1, 1);
constexpr NativeFunction int_one_obj = native_fn(Q::denominator, int_one_fn, 1, 1);
constexpr NativeFunction int_as_integer_ratio_obj = native_fn(Q::as_integer_ratio, int_as_integer_ratio, 1, 1);
constexpr NativeFunction int_to_bytes_obj = native_fn(Q::to_bytes, int_to_bytes, 1, 3, true);
constexpr NativeFunction int_from_bytes_fn = native_fn(Q::from_bytes, int_from_bytes, 1, 3, true);
constexpr NativeMethodWrapper int_from_bytes_obj = {&class_method_type, Value::object(&int_from_bytes_fn)};
constexpr NativeFunction int_format_obj = native_fn(Q::dunder_format, int_format_method, 2, 2);
// real / numerator are the int itself, imag 0, denominator 1 (read-only properties).
constexpr Property int_self_prop = {&property_type, Value::object(&int_conjugate_obj), Value::none(),
                                    Value::none(), Value::none()};
constexpr Property int_zero_prop = {&property_type, Value::object(&int_zero_obj), Value::none(),
                                    Value::none(), Value::none()};
constexpr Property int_one_prop = {&property_type, Value::object(&int_one_obj), Value::none(),
                                   Value::none(), Value::none()};

constexpr auto int_locals_table = sorted_table<11>({{
    {q(Q::bit_length), Value::object(&int_bit_length_obj)},
    {q(Q::bit_count), Value::object(&int_bit_count_obj)},
    {q(Q::conjugate), Value::object(&int_conjugate_obj)},
    {q(Q::as_integer_ratio), Value::object(&int_as_integer_ratio_obj)},
    {q(Q::to_bytes), Value::object(&int_to_bytes_obj)},
    {q(Q::from_bytes), Value::object(&int_from_bytes_obj)},
    {q(Q::dunder_format), Value::object(&int_format_obj)},
    {q(Q::real), Value::object(&int_self_prop)},
    {q(Q::imag), Value::object(&int_zero_prop)},
    {q(Q::numerator), Value::object(&int_self_prop)},
    {q(Q::denominator), Value::object(&int_one_prop)},
}});

}  // namespace

constexpr ConstMap int_locals = {int_locals_table.data(), int_locals_table.size()};

// --- the bigint type's slots -------------------------------------------------------------

namespace {

bool bigint_print_slot(Vm& vm, Printer& out, Value self, PrintKind) { return bigint_print(vm, out, self); }

Value bigint_unary_slot(Vm& vm, UnarySlot op, Value self) { return bigint_unary(vm, op, self); }

Value bigint_binary_slot(Vm& vm, uint8_t op, Value self, Value other) {
  if (op >= kReflectedBase) return bigint_binary_op(vm, BinaryOp(op - kReflectedBase), other, self);
  if (op < uint8_t(BinaryOp::kCount)) return bigint_binary_op(vm, BinaryOp(op), self, other);
  if (op == kBinaryContains || !unwrap_int(other, &other)) return Value::not_implemented();
  int c = bigint_compare(self, other);
  switch (op) {
    case kBinaryLt: return Value::boolean(c < 0);
    case kBinaryLe: return Value::boolean(c <= 0);
    case kBinaryEq: return Value::boolean(c == 0);
    case kBinaryNe: return Value::boolean(c != 0);
    case kBinaryGt: return Value::boolean(c > 0);
    default: return Value::boolean(c >= 0);
  }
}

}  // namespace

constexpr Type bigint_type = {
    .type = &type_type, .name = Q::int_, .flags = 0, .instance_size = 0, .base = &int_type,
    .make_new = nullptr, .print = bigint_print_slot, .unary = bigint_unary_slot,
    .binary = bigint_binary_slot, .load_attr = nullptr, .store_attr = nullptr, .subscr = nullptr,
    .call = nullptr, .get_iter = nullptr, .iternext = nullptr, .buffer = nullptr,
    .locals = &int_locals};

}  // namespace mote
