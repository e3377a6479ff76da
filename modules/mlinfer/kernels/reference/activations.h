// reference/activations.h — int8 LOGISTIC, TANH, RELU and RELU6, TFLite
// (Micro) reference semantics.
//
// LOGISTIC/TANH: the input minus its zero point is rescaled into Q4.27 and
// passed to gemmlowp's fixed-point logistic/tanh; inputs beyond the radius
// where the result saturates short-cut to -128/127. Outputs have fixed
// quantization (logistic: 1/256, zp -128; tanh: 1/128, zp 0).
// RELU: requantize to the output's scale, clamp below at its zero point.
// RELU6: clamp to [zero point, quantized 6] (TFLite Micro's definition;
// input and output quantization must match, checked in Prepare).
#pragma once

#include <cstdint>

#include "modules/mlinfer/fixed_point.h"

namespace mote::mlinfer {

struct SigmoidParams {  // LOGISTIC and TANH
  int32_t input_zero_point = 0;
  int32_t input_range_radius = 0;
  int32_t input_multiplier = 0;
  int32_t input_left_shift = 0;  // in [-31, 31]
  int32_t size = 0;
};

struct ReluParams {
  int32_t input_zero_point = 0;
  int32_t output_zero_point = 0;
  QuantizedMultiplier output;
  int32_t activation_min = -128, activation_max = 127;
  int32_t size = 0;
};

namespace reference {

inline void Logistic(const SigmoidParams& p, const int8_t* input, int8_t* output) {
  using namespace fixed_point;
  for (int32_t i = 0; i < p.size; ++i) {
    const int32_t x = input[i] - p.input_zero_point;
    if (x <= -p.input_range_radius) {
      output[i] = -128;
    } else if (x >= p.input_range_radius) {
      output[i] = 127;
    } else {
      const int32_t q4 = MultiplyByQuantizedMultiplier(x, p.input_multiplier, p.input_left_shift);
      const int32_t q0 = Logistic(Q<4>{q4}).raw;
      int32_t v = RoundingDivideByPot(q0, 31 - 8) - 128;
      v = v < -128 ? -128 : v > 127 ? 127 : v;
      output[i] = static_cast<int8_t>(v);
    }
  }
}

inline void Tanh(const SigmoidParams& p, const int8_t* input, int8_t* output) {
  using namespace fixed_point;
  for (int32_t i = 0; i < p.size; ++i) {
    const int32_t x = input[i] - p.input_zero_point;
    if (x <= -p.input_range_radius) {
      output[i] = -128;
    } else if (x >= p.input_range_radius) {
      output[i] = 127;
    } else {
      const int32_t q4 = MultiplyByQuantizedMultiplier(x, p.input_multiplier, p.input_left_shift);
      const int32_t q0 = Tanh(Q<4>{q4}).raw;
      int32_t v = RoundingDivideByPot(q0, 31 - 7);
      v = v < -128 ? -128 : v > 127 ? 127 : v;
      output[i] = static_cast<int8_t>(v);
    }
  }
}

inline void Relu(const ReluParams& p, const int8_t* input, int8_t* output) {
  for (int32_t i = 0; i < p.size; ++i) {
    output[i] = RequantizeToInt8(input[i] - p.input_zero_point, p.output.multiplier, p.output.shift,
                                 p.output_zero_point, p.activation_min, p.activation_max);
  }
}

// Clamp only; activation_min/max are the quantized 0 and 6.
inline void Relu6(const ReluParams& p, const int8_t* input, int8_t* output) {
  for (int32_t i = 0; i < p.size; ++i) {
    int32_t v = input[i];
    v = v < p.activation_min ? p.activation_min : v > p.activation_max ? p.activation_max : v;
    output[i] = static_cast<int8_t>(v);
  }
}

}  // namespace reference
}  // namespace mote::mlinfer
