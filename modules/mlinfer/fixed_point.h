// fixed_point.h — gemmlowp-compatible fixed-point exp, logistic, tanh and
// reciprocal, used by the int8 SOFTMAX, LOGISTIC and TANH kernels.
//
// TFLite's reference int8 kernels for these ops do not use lookup tables;
// they evaluate gemmlowp's fixed-point approximations (a 4th-order Taylor
// polynomial around -1/8 for exp on [-1/4, 0), a barrel shifter of exp(-2^k)
// constants for the rest, and three Newton-Raphson steps for 1/(1+x)). To be
// bit-exact we evaluate the same operation sequence on scalar int32 values.
//
// A value Q<n> is a raw int32 read as raw / 2^(31-n): n integer bits. The
// product of Q<a> and Q<b> is a Q<a+b> (one rounding doubling high multiply).
// Additions wrap (gemmlowp's do too, on every target) but never overflow for
// inputs the kernels pass in.
#pragma once

#include <cstdint>
#include <limits>

#include "modules/mlinfer/quant.h"

namespace mote::mlinfer::fixed_point {

template <int kIntegerBits>
struct Q {
  static_assert(kIntegerBits >= 0 && kIntegerBits < 31, "integer bits");
  int32_t raw;
};

template <int kIntegerBits>
constexpr int32_t One() {
  return kIntegerBits == 0 ? std::numeric_limits<int32_t>::max() : int32_t{1} << (31 - kIntegerBits);
}

template <int a, int b>
inline Q<a + b> operator*(Q<a> x, Q<b> y) {
  return {SaturatingRoundingDoublingHighMul(x.raw, y.raw)};
}
template <int n>
inline Q<n> operator+(Q<n> x, Q<n> y) {
  return {WrapAdd(x.raw, y.raw)};
}
template <int n>
inline Q<n> operator-(Q<n> x, Q<n> y) {
  return {WrapSub(x.raw, y.raw)};
}

// x * 2^kExponent: saturating for kExponent > 0, rounding for kExponent < 0.
template <int kExponent>
inline int32_t SaturatingRoundingMultiplyByPot(int32_t x) {
  if constexpr (kExponent == 0) {
    return x;
  } else if constexpr (kExponent > 0) {
    constexpr int32_t threshold = (int32_t{1} << (31 - kExponent)) - 1;
    if (x > threshold) return std::numeric_limits<int32_t>::max();
    if (x < -threshold) return std::numeric_limits<int32_t>::min();
    return WrapShiftLeft(x, kExponent);
  } else {
    return RoundingDivideByPot(x, -kExponent);
  }
}

// The same real value with kDst integer bits.
template <int kDst, int kSrc>
inline Q<kDst> Rescale(Q<kSrc> x) {
  return {SaturatingRoundingMultiplyByPot<kSrc - kDst>(x.raw)};
}

// (a + b) / 2 rounded half away from zero, without overflow.
inline int32_t RoundingHalfSum(int32_t a, int32_t b) {
  const int64_t sum = int64_t{a} + int64_t{b};
  return static_cast<int32_t>((sum + (sum >= 0 ? 1 : -1)) / 2);
}

// exp(a) for a in [-1/4, 0).
Q<0> ExpOnIntervalBetweenNegativeOneQuarterAnd0Excl(Q<0> a);

// exp(a) for a <= 0.
template <int kIntegerBits>
Q<0> ExpOnNegativeValues(Q<kIntegerBits> a) {
  constexpr int kFractionalBits = 31 - kIntegerBits;
  constexpr int32_t kOneQuarter = int32_t{1} << (kFractionalBits - 2);
  const int32_t mask = kOneQuarter - 1;
  const int32_t a_mod_quarter_minus_one_quarter = WrapSub(a.raw & mask, kOneQuarter);
  Q<0> result = ExpOnIntervalBetweenNegativeOneQuarterAnd0Excl(
      Rescale<0>(Q<kIntegerBits>{a_mod_quarter_minus_one_quarter}));
  const int32_t remainder = WrapSub(a_mod_quarter_minus_one_quarter, a.raw);
  // Multiply in exp(-2^k) for each bit k of the remainder (a barrel shifter).
  constexpr int32_t kMultipliers[] = {1672461947, 1302514674, 790015084, 290630308, 39332535, 720401, 242};
  for (int k = -2; k <= 4; ++k) {
    if (kIntegerBits > k) {
      const int shift = kFractionalBits + k;
      if ((remainder & (int32_t{1} << shift)) != 0) result = result * Q<0>{kMultipliers[k + 2]};
    }
  }
  if constexpr (kIntegerBits > 5) {
    constexpr int32_t clamp = -(int32_t{1} << (36 - kIntegerBits));  // -32.0
    if (a.raw < clamp) result = Q<0>{0};
  }
  if (a.raw == 0) result = Q<0>{One<0>()};
  return result;
}

// 1 / (1 + a) for a in [0, 1).
Q<0> OneOverOnePlusXForXIn01(Q<0> a);
// (1 - a) / (1 + a) for a in [0, 1).
Q<0> OneMinusXOverOnePlusXForXIn01(Q<0> a);

// 1 / (1 + exp(-a)).
template <int kIntegerBits>
Q<0> Logistic(Q<kIntegerBits> a) {
  if (a.raw == 0) return Q<0>{int32_t{1} << 30};
  const bool positive = a.raw > 0;
  const Q<kIntegerBits> abs_input{positive ? a.raw : WrapSub(0, a.raw)};
  const Q<0> result_if_positive =
      OneOverOnePlusXForXIn01(ExpOnNegativeValues(Q<kIntegerBits>{WrapSub(0, abs_input.raw)}));
  return positive ? result_if_positive : Q<0>{One<0>()} - result_if_positive;
}

// tanh(a).
template <int kIntegerBits>
Q<0> Tanh(Q<kIntegerBits> a) {
  if (a.raw == 0) return Q<0>{0};
  const bool negative = a.raw < 0;
  const int32_t n = negative ? a.raw : WrapSub(0, a.raw);
  // exp(2n): the same raw bits read with one more integer bit.
  const Q<0> t = OneMinusXOverOnePlusXForXIn01(ExpOnNegativeValues(Q<kIntegerBits + 1>{n}));
  return negative ? Q<0>{WrapSub(0, t.raw)} : t;
}

// 1 / x for a positive Q<x_integer_digits> x, as a Q0 scale and the number of
// bits by which x exceeds 1 (TFLite's GetReciprocal).
int32_t GetReciprocal(int32_t x, int x_integer_digits, int* num_bits_over_unit);

}  // namespace mote::mlinfer::fixed_point
