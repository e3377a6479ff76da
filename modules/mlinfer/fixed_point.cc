// fixed_point.cc — the non-template parts of the fixed-point approximations.
//
// The constants are gemmlowp's, and are what they claim to be: for example
// 1895147668 = round(exp(-1/8) * 2^31) and 1515870810 = round(48/17 * 2^29).
// tests/mlinfer/fixed_point_test.cc checks each against its real value.
#include "modules/mlinfer/fixed_point.h"

namespace mote::mlinfer::fixed_point {
namespace {

constexpr int32_t kExpMinusOneEighth = 1895147668;  // exp(-1/8), Q0
constexpr int32_t kOneThird = 715827883;             // 1/3, Q0
constexpr int32_t k48Over17 = 1515870810;            // 48/17, Q2
constexpr int32_t kMinus32Over17 = -1010580540;      // -32/17, Q2

// Three Newton-Raphson steps for 1 / half_denominator, half_denominator in
// [1/2, 1); the result x is a Q2 value in (1, 2].
Q<2> NewtonReciprocal(Q<0> half_denominator) {
  Q<2> x = Q<2>{k48Over17} + half_denominator * Q<2>{kMinus32Over17};
  for (int i = 0; i < 3; ++i) {
    const Q<2> half_denominator_times_x = half_denominator * x;
    const Q<2> one_minus_half_denominator_times_x = Q<2>{One<2>()} - half_denominator_times_x;
    x = x + Rescale<2>(x * one_minus_half_denominator_times_x);
  }
  return x;
}

}  // namespace

Q<0> ExpOnIntervalBetweenNegativeOneQuarterAnd0Excl(Q<0> a) {
  const Q<0> constant_term{kExpMinusOneEighth};
  // Taylor expansion around -1/8: x = a + 1/8.
  const Q<0> x = a + Q<0>{int32_t{1} << 28};
  const Q<0> x2 = x * x;
  const Q<0> x3 = x2 * x;
  const Q<0> x4 = x2 * x2;
  const Q<0> x4_over_4{SaturatingRoundingMultiplyByPot<-2>(x4.raw)};
  const Q<0> x4_over_24_plus_x3_over_6_plus_x2_over_2{
      SaturatingRoundingMultiplyByPot<-1>(((x4_over_4 + x3) * Q<0>{kOneThird} + x2).raw)};
  return constant_term + constant_term * (x + x4_over_24_plus_x3_over_6_plus_x2_over_2);
}

Q<0> OneOverOnePlusXForXIn01(Q<0> a) {
  const Q<0> half_denominator{RoundingHalfSum(a.raw, One<0>())};
  const Q<2> x = NewtonReciprocal(half_denominator);
  // x / 2 read as Q1 (same raw bits), then rescaled to Q0.
  return Rescale<0>(Q<1>{x.raw});
}

Q<0> OneMinusXOverOnePlusXForXIn01(Q<0> a) {
  const Q<0> half_denominator{RoundingHalfSum(a.raw, One<0>())};
  const Q<2> x = NewtonReciprocal(half_denominator);
  return Rescale<0>(x - Q<2>{One<2>()});
}

int32_t GetReciprocal(int32_t x, int x_integer_digits, int* num_bits_over_unit) {
  const uint32_t ux = static_cast<uint32_t>(x);
  const int headroom_plus_one = ux == 0 ? 32 : __builtin_clz(ux);
  *num_bits_over_unit = x_integer_digits - headroom_plus_one;
  const uint32_t shifted = headroom_plus_one >= 32 ? 0u : ux << headroom_plus_one;
  const int32_t shifted_sum_minus_one = static_cast<int32_t>(shifted - (uint32_t{1} << 31));
  return OneOverOnePlusXForXIn01(Q<0>{shifted_sum_minus_one}).raw;
}

}  // namespace mote::mlinfer::fixed_point
