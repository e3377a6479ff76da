// reference/quantize.h — QUANTIZE (float32 -> int8, int8 -> int8) and
// DEQUANTIZE (int8 -> float32), TFLite reference semantics.
//
// float -> int8: clamp(round_half_away(x / scale) + zero_point), the division
// in float. NaN maps to the zero point and infinities saturate (TFLite's
// behaviour there is undefined). int8 -> int8: requantize with
// input_scale / output_scale. int8 -> float: scale * (q - zero_point) in
// float.
#pragma once

#include <cmath>
#include <cstdint>

#include "modules/mlinfer/quant.h"

namespace mote::mlinfer {

struct QuantizeParams {
  float scale = 1.0f;  // output scale (float -> int8) or input scale (dequantize)
  int32_t zero_point = 0;
  int32_t input_zero_point = 0;  // int8 -> int8
  QuantizedMultiplier requantize;
  int32_t size = 0;
};

namespace reference {

inline int8_t QuantizeOne(float x, float scale, int32_t zero_point) {
  const float q = std::round(x / scale);
  int32_t v = zero_point;  // NaN
  if (q > 1e9f) {
    v = 127;
  } else if (q < -1e9f) {
    v = -128;
  } else if (q == q) {
    v = static_cast<int32_t>(q) + zero_point;
  }
  v = v < -128 ? -128 : v > 127 ? 127 : v;
  return static_cast<int8_t>(v);
}

inline void QuantizeFloat(const QuantizeParams& p, const float* input, int8_t* output) {
  for (int32_t i = 0; i < p.size; ++i) output[i] = QuantizeOne(input[i], p.scale, p.zero_point);
}

inline void Requantize(const QuantizeParams& p, const int8_t* input, int8_t* output) {
  for (int32_t i = 0; i < p.size; ++i) {
    output[i] = RequantizeToInt8(input[i] - p.input_zero_point, p.requantize.multiplier, p.requantize.shift,
                                 p.zero_point, -128, 127);
  }
}

inline void Dequantize(const QuantizeParams& p, const int8_t* input, float* output) {
  for (int32_t i = 0; i < p.size; ++i) output[i] = p.scale * static_cast<float>(input[i] - p.zero_point);
}

}  // namespace reference
}  // namespace mote::mlinfer
