// quant_test.cc — the fixed-point building blocks against their definitions.
#include <gtest/gtest.h>

#include <cmath>

#include "modules/mlinfer/fixed_point.h"
#include "modules/mlinfer/quant.h"

namespace mote::mlinfer {
namespace {

TEST(Quant, QuantizeMultiplierSplitsIntoQ31AndShift) {
  QuantizedMultiplier m;
  ASSERT_TRUE(QuantizeMultiplier(0.5, &m));
  EXPECT_EQ(m.multiplier, 1 << 30);
  EXPECT_EQ(m.shift, 0);
  ASSERT_TRUE(QuantizeMultiplier(1.0, &m));
  EXPECT_EQ(m.multiplier, 1 << 30);
  EXPECT_EQ(m.shift, 1);
  ASSERT_TRUE(QuantizeMultiplier(0.0, &m));
  EXPECT_EQ(m.multiplier, 0);
  ASSERT_TRUE(QuantizeMultiplier(1e-12, &m));  // below 2^-31: flushed to zero
  EXPECT_EQ(m.multiplier, 0);
  ASSERT_TRUE(QuantizeMultiplier(0.75, &m));
  EXPECT_EQ(m.multiplier, 3 << 29);
  // q * 2^31 rounding up to 2^31 moves into the shift.
  ASSERT_TRUE(QuantizeMultiplier(1.0 - 1e-12, &m));
  EXPECT_EQ(m.multiplier, 1 << 30);
  EXPECT_EQ(m.shift, 1);
  EXPECT_FALSE(QuantizeMultiplier(-1.0, &m));
  EXPECT_FALSE(QuantizeMultiplier(NAN, &m));
  EXPECT_FALSE(QuantizeMultiplier(INFINITY, &m));
  EXPECT_FALSE(QuantizeMultiplier(1e12, &m));
}

TEST(Quant, MultiplyByQuantizedMultiplierRoundsTwiceLikeTfLite) {
  // multiplier 0.5 (2^30, shift 0). The doubling high multiply rounds ties
  // upward (1.5 -> 2, -1.5 -> -1), like Arm's VQRDMULH.
  EXPECT_EQ(MultiplyByQuantizedMultiplier(3, 1 << 30, 0), 2);
  EXPECT_EQ(MultiplyByQuantizedMultiplier(-3, 1 << 30, 0), -1);
  // Then the shift rounds ties away from zero, so 5 * 0.25 = 1.25 becomes
  // 2.5 -> 3, then 3 / 2 = 1.5 -> 2: TFLite's "double rounding".
  EXPECT_EQ(MultiplyByQuantizedMultiplier(5, 1 << 30, -1), 2);
  EXPECT_EQ(MultiplyByQuantizedMultiplier(6, 1 << 30, -1), 2);  // 1.5 -> 2
  EXPECT_EQ(MultiplyByQuantizedMultiplier(-6, 1 << 30, -1), -2);
  EXPECT_EQ(MultiplyByQuantizedMultiplier(1000, 1 << 30, 3), 4000);
  EXPECT_EQ(SaturatingRoundingDoublingHighMul(INT32_MIN, INT32_MIN), INT32_MAX);
  EXPECT_EQ(RoundingDivideByPot(INT32_MIN, 31), -1);
  EXPECT_EQ(RoundingDivideByPot(INT32_MAX, 31), 1);
}

TEST(Quant, InputRadiusIsTheLargestSafeInput) {
  EXPECT_EQ(CalculateInputRadius(4, 20), static_cast<int32_t>(std::floor(15.0 * std::ldexp(1.0, 27 - 20))));
  EXPECT_EQ(CalculateInputRadius(4, 40), 0);
  EXPECT_EQ(CalculateInputRadius(4, -40), INT32_MAX);
}

double Real(int32_t raw, int integer_bits) { return std::ldexp(static_cast<double>(raw), integer_bits - 31); }

TEST(FixedPoint, ConstantsAreWhatTheyClaim) {
  EXPECT_EQ(std::llround(std::exp(-0.125) * 2147483648.0), 1895147668);
  EXPECT_EQ(std::llround(48.0 / 17.0 * 536870912.0), 1515870810);
  EXPECT_EQ(std::llround(-32.0 / 17.0 * 536870912.0), -1010580540);
  EXPECT_EQ(std::llround(2147483648.0 / 3.0), 715827883);
  const int64_t barrel[] = {1672461947, 1302514674, 790015084, 290630308, 39332535, 720401, 242};
  for (int k = -2; k <= 4; ++k) EXPECT_EQ(std::llround(std::exp(-std::ldexp(1.0, k)) * 2147483648.0), barrel[k + 2]);
}

TEST(FixedPoint, FunctionsApproximateTheirRealCounterparts) {
  using namespace fixed_point;
  for (double x = -7.9; x < 0; x += 0.37) {
    const int32_t raw = static_cast<int32_t>(std::ldexp(x, 26));
    EXPECT_NEAR(Real(ExpOnNegativeValues(Q<5>{raw}).raw, 0), std::exp(x), 2e-6) << x;
  }
  for (double x = -7.5; x < 7.5; x += 0.29) {
    const int32_t raw = static_cast<int32_t>(std::ldexp(x, 27));
    EXPECT_NEAR(Real(Logistic(Q<4>{raw}).raw, 0), 1.0 / (1.0 + std::exp(-x)), 2e-6) << x;
    EXPECT_NEAR(Real(Tanh(Q<4>{raw}).raw, 0), std::tanh(x), 4e-6) << x;
  }
  int bits = 0;
  const int32_t r = GetReciprocal(static_cast<int32_t>(std::ldexp(3.0, 19)), 12, &bits);  // 1 / 3 in Q12
  EXPECT_NEAR(std::ldexp(Real(r, 0), -bits), 1.0 / 3.0, 1e-6);
}

}  // namespace
}  // namespace mote::mlinfer
