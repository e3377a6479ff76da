// quant.cc — float-to-fixed-point conversions done once, at Prepare time.
//
// These are the only places the engine uses floating point outside the
// QUANTIZE/DEQUANTIZE/MEAN kernels; on a Cortex-M0+ they run in soft float
// and cost microseconds per layer, once per model load.
#include "modules/mlinfer/quant.h"

#include <cmath>

namespace mote::mlinfer {

bool QuantizeMultiplier(double m, QuantizedMultiplier* out) {
  *out = QuantizedMultiplier{};
  if (!(m >= 0.0) || std::isinf(m)) return false;  // also rejects NaN
  if (m == 0.0) return true;
  int shift = 0;
  const double q = std::frexp(m, &shift);
  int64_t q_fixed = static_cast<int64_t>(std::round(q * static_cast<double>(int64_t{1} << 31)));
  if (q_fixed == (int64_t{1} << 31)) {
    q_fixed /= 2;
    ++shift;
  }
  if (shift < -31) return true;  // flush to zero, as TFLite does
  if (shift > 31) return false;
  out->multiplier = static_cast<int32_t>(q_fixed);
  out->shift = shift;
  return true;
}

int32_t CalculateInputRadius(int input_integer_bits, int input_left_shift, int total_signed_bits) {
  const double max_input_rescaled = static_cast<double>((1 << input_integer_bits) - 1) *
                                    std::ldexp(1.0, total_signed_bits - input_integer_bits - input_left_shift);
  const double radius = std::floor(max_input_rescaled);
  if (radius >= static_cast<double>(std::numeric_limits<int32_t>::max())) {
    return std::numeric_limits<int32_t>::max();
  }
  return static_cast<int32_t>(radius);
}

int32_t SaturatingRoundToInt32(double value) {
  if (std::isnan(value)) return 0;
  const double r = std::round(value);
  if (r >= 2147483647.0) return std::numeric_limits<int32_t>::max();
  if (r <= -2147483648.0) return std::numeric_limits<int32_t>::min();
  return static_cast<int32_t>(r);
}

}  // namespace mote::mlinfer
