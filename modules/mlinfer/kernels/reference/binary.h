// reference/binary.h — elementwise ADD, SUB, MUL, MAXIMUM, MINIMUM with
// NumPy-style broadcasting, TFLite reference semantics.
//
// int8 ADD/SUB (TFLite's general rescaling path): both inputs are shifted
// left by 20 bits, each rescaled to a common scale (2 x the larger input
// scale) with its own multiplier, added or subtracted, then rescaled to the
// output. int8 MUL: (x1 - zp1) * (x2 - zp2) times one multiplier.
// MAXIMUM/MINIMUM compare raw values (TFLite does not rescale them).
//
// Broadcasting is precomputed in Prepare as per-input element strides over
// the output shape (0 along broadcast dimensions); Eval walks the output once.
#pragma once

#include <cstdint>

#include "modules/mlinfer/quant.h"
#include "modules/mlinfer/tensor.h"

namespace mote::mlinfer {

struct Broadcast {
  int rank = 1;
  int32_t dims[kMaxRank] = {1};
  int32_t stride1[kMaxRank] = {};
  int32_t stride2[kMaxRank] = {};
  int32_t size = 1;
  bool same_shape = true;
};

// Fills `out` for inputs a, b and output shape `result`; false if the shapes
// do not broadcast to `result`.
bool MakeBroadcast(const Shape& a, const Shape& b, const Shape& result, Broadcast* out);

struct AddSubParams {
  int32_t input1_offset = 0, input2_offset = 0, output_offset = 0;
  int32_t left_shift = 20;
  QuantizedMultiplier input1, input2, output;
  int32_t activation_min = -128, activation_max = 127;
};

struct MulParams {
  int32_t input1_offset = 0, input2_offset = 0, output_offset = 0;
  QuantizedMultiplier output;
  int32_t activation_min = -128, activation_max = 127;
};

namespace reference {

// Calls f(output_index, input1_index, input2_index) over the output.
template <typename F>
inline void ForEachBroadcast(const Broadcast& s, F&& f) {
  if (s.same_shape) {
    for (int32_t i = 0; i < s.size; ++i) f(i, i, i);
    return;
  }
  int32_t index[kMaxRank] = {};
  int32_t i1 = 0, i2 = 0, out = 0;
  const int last = s.rank - 1;
  while (true) {
    for (int32_t k = 0; k < s.dims[last]; ++k) f(out++, i1 + k * s.stride1[last], i2 + k * s.stride2[last]);
    int d = last - 1;
    for (; d >= 0; --d) {
      ++index[d];
      i1 += s.stride1[d];
      i2 += s.stride2[d];
      if (index[d] < s.dims[d]) break;
      i1 -= s.stride1[d] * s.dims[d];
      i2 -= s.stride2[d] * s.dims[d];
      index[d] = 0;
    }
    if (d < 0) return;
  }
}

inline int8_t AddSubElement(const AddSubParams& p, int32_t x1, int32_t x2, bool subtract) {
  const int32_t shifted1 = WrapShiftLeft(x1 + p.input1_offset, p.left_shift);
  const int32_t shifted2 = WrapShiftLeft(x2 + p.input2_offset, p.left_shift);
  const int32_t scaled1 = MultiplyByQuantizedMultiplier(shifted1, p.input1.multiplier, p.input1.shift);
  const int32_t scaled2 = MultiplyByQuantizedMultiplier(shifted2, p.input2.multiplier, p.input2.shift);
  const int32_t raw = subtract ? WrapSub(scaled1, scaled2) : WrapAdd(scaled1, scaled2);
  return RequantizeToInt8(raw, p.output.multiplier, p.output.shift, p.output_offset, p.activation_min,
                          p.activation_max);
}

inline void AddSub(const AddSubParams& p, const Broadcast& s, const int8_t* in1, const int8_t* in2, int8_t* out,
                   bool subtract) {
  ForEachBroadcast(s, [&](int32_t o, int32_t i1, int32_t i2) { out[o] = AddSubElement(p, in1[i1], in2[i2], subtract); });
}

inline void Mul(const MulParams& p, const Broadcast& s, const int8_t* in1, const int8_t* in2, int8_t* out) {
  ForEachBroadcast(s, [&](int32_t o, int32_t i1, int32_t i2) {
    const int32_t product = (in1[i1] + p.input1_offset) * (in2[i2] + p.input2_offset);
    out[o] = RequantizeToInt8(product, p.output.multiplier, p.output.shift, p.output_offset, p.activation_min,
                              p.activation_max);
  });
}

template <typename T>
inline void MaximumMinimum(const Broadcast& s, const T* in1, const T* in2, T* out, bool maximum) {
  ForEachBroadcast(s, [&](int32_t o, int32_t i1, int32_t i2) {
    const T a = in1[i1], b = in2[i2];
    out[o] = maximum ? (a > b ? a : b) : (a < b ? a : b);
  });
}

}  // namespace reference
}  // namespace mote::mlinfer
