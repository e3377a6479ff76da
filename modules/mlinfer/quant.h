// quant.h — the integer arithmetic of TFLite's int8 kernels.
//
// Every int8 kernel ends the same way: a 32-bit accumulator is scaled by a
// real number (input_scale * filter_scale / output_scale, say) that Prepare
// has turned into a Q31 multiplier and a power-of-two shift, then offset and
// clamped. These helpers reproduce TFLite's reference definitions bit for bit
// (the default "double rounding" build: gemmlowp's rounding doubling high
// multiply, then a rounding right shift).
//
// Where TFLite relies on int32 overflow wrapping (undefined behaviour in C++
// that happens to wrap on every target it runs on), these helpers wrap
// explicitly through uint32. Results are identical for every input TFLite
// handles, and an adversarial model cannot trigger UB.
#pragma once

#include <cstdint>
#include <limits>

namespace mote::mlinfer {

inline int32_t WrapAdd(int32_t a, int32_t b) {
  return static_cast<int32_t>(static_cast<uint32_t>(a) + static_cast<uint32_t>(b));
}
inline int32_t WrapSub(int32_t a, int32_t b) {
  return static_cast<int32_t>(static_cast<uint32_t>(a) - static_cast<uint32_t>(b));
}
// x * 2^shift, wrapping; shift in [0, 31].
inline int32_t WrapShiftLeft(int32_t x, int shift) {
  return static_cast<int32_t>(static_cast<uint32_t>(x) << shift);
}

// round(a * b / 2^31), saturating the one overflow case (INT32_MIN^2).
inline int32_t SaturatingRoundingDoublingHighMul(int32_t a, int32_t b) {
  if (a == b && a == std::numeric_limits<int32_t>::min()) return std::numeric_limits<int32_t>::max();
  int64_t ab = static_cast<int64_t>(a) * static_cast<int64_t>(b);
  int64_t nudge = ab >= 0 ? (int64_t{1} << 30) : (1 - (int64_t{1} << 30));
  return static_cast<int32_t>((ab + nudge) / (int64_t{1} << 31));
}

// x / 2^exponent rounded to nearest, ties away from zero; exponent in [0, 31].
inline int32_t RoundingDivideByPot(int32_t x, int exponent) {
  const int32_t mask = static_cast<int32_t>((int64_t{1} << exponent) - 1);
  const int32_t remainder = x & mask;
  const int32_t threshold = (mask >> 1) + (x < 0 ? 1 : 0);
  return (x >> exponent) + (remainder > threshold ? 1 : 0);
}

// x * multiplier * 2^shift with multiplier a Q31 value; shift in [-31, 31].
inline int32_t MultiplyByQuantizedMultiplier(int32_t x, int32_t multiplier, int shift) {
  const int left = shift > 0 ? shift : 0;
  const int right = shift > 0 ? 0 : -shift;
  return RoundingDivideByPot(SaturatingRoundingDoublingHighMul(WrapShiftLeft(x, left), multiplier), right);
}

// The common tail of every int8 kernel: scale the accumulator, add the output
// zero point, clamp to the (fused-activation) range.
inline int8_t RequantizeToInt8(int32_t acc, int32_t multiplier, int shift, int32_t output_offset,
                               int32_t activation_min, int32_t activation_max) {
  int32_t v = WrapAdd(MultiplyByQuantizedMultiplier(acc, multiplier, shift), output_offset);
  v = v < activation_min ? activation_min : v;
  v = v > activation_max ? activation_max : v;
  return static_cast<int8_t>(v);
}

// A real multiplier as Q31 significand and power-of-two exponent.
struct QuantizedMultiplier {
  int32_t multiplier = 0;
  int shift = 0;
};

// TFLite's QuantizeMultiplier: m = q * 2^shift with q in [0.5, 1) rounded to
// Q31. Multipliers below 2^-31 flush to zero. Returns false (and leaves
// `out` zero) when m is negative, NaN, infinite or at least 2^31, which no
// valid model produces; callers report that as a ValueError.
bool QuantizeMultiplier(double m, QuantizedMultiplier* out);

// TFLite's CalculateInputRadius: the largest |input| whose rescaled value
// still fits, for the fixed-point logistic/tanh/softmax. Computed in double
// and clamped to int32, so any shift is safe.
int32_t CalculateInputRadius(int input_integer_bits, int input_left_shift, int total_signed_bits = 31);

// Rounds half away from zero and converts to int32, saturating (NaN -> 0).
int32_t SaturatingRoundToInt32(double value);

}  // namespace mote::mlinfer
