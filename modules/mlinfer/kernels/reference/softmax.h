// reference/softmax.h — int8 SOFTMAX, TFLite reference semantics.
//
// Per row of the last dimension: differences to the row maximum are scaled
// by beta * input_scale into Q5.26, exponentiated with the fixed-point
// exp_on_negative_values, summed in Q12.19, inverted with a Newton-Raphson
// reciprocal and multiplied back. Differences below diff_min are so negative
// their exp rounds to 0 and are skipped. The int8 output always has scale
// 1/256 and zero point -128.
#pragma once

#include <cstdint>

#include "modules/mlinfer/fixed_point.h"

namespace mote::mlinfer {

struct SoftmaxParams {
  int32_t input_multiplier = 0;
  int32_t input_left_shift = 0;  // in [0, 31]
  int32_t diff_min = 0;          // <= 0
  int32_t outer_size = 0;
  int32_t depth = 0;
};

namespace reference {

inline fixed_point::Q<0> SoftmaxExp(const SoftmaxParams& p, int32_t input_diff) {
  using namespace fixed_point;
  const int32_t rescaled =
      SaturatingRoundingDoublingHighMul(WrapShiftLeft(input_diff, p.input_left_shift), p.input_multiplier);
  return ExpOnNegativeValues(Q<5>{rescaled});
}

inline void Softmax(const SoftmaxParams& p, const int8_t* input, int8_t* output) {
  using namespace fixed_point;
  for (int32_t row = 0; row < p.outer_size; ++row) {
    const int8_t* in = input + row * p.depth;
    int8_t* out = output + row * p.depth;
    int32_t max = -128;
    for (int32_t c = 0; c < p.depth; ++c) max = in[c] > max ? in[c] : max;

    Q<12> sum{0};
    for (int32_t c = 0; c < p.depth; ++c) {
      const int32_t diff = in[c] - max;
      if (diff >= p.diff_min) sum = sum + Rescale<12>(SoftmaxExp(p, diff));
    }
    int num_bits_over_unit = 0;
    const Q<0> scale{GetReciprocal(sum.raw, 12, &num_bits_over_unit)};
    int exponent = num_bits_over_unit + 31 - 8;
    exponent = exponent < 0 ? 0 : exponent > 31 ? 31 : exponent;  // TFLite CHECKs; we clamp

    for (int32_t c = 0; c < p.depth; ++c) {
      const int32_t diff = in[c] - max;
      if (diff < p.diff_min) {
        out[c] = -128;
        continue;
      }
      const int32_t unsat = RoundingDivideByPot((scale * SoftmaxExp(p, diff)).raw, exponent);
      int32_t v = WrapAdd(unsat, -128);
      v = v < -128 ? -128 : v > 127 ? 127 : v;
      out[c] = static_cast<int8_t>(v);
    }
  }
}

}  // namespace reference
}  // namespace mote::mlinfer
