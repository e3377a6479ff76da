// reference/mean.h — int8 MEAN, TFLite Micro reference semantics.
//
// TFLite Micro has three int8 MEAN computations and picks one in Prepare
// (reduce_common.cc, EvalMean); a model is only bit-exact if we pick the
// same one:
//  * kSpatialInteger — keep_dims, a 4-D input and the axis tensor exactly
//    [1, 2] or [2, 1] (the global average pool of a NHWC image):
//    acc = sum(x - in_zp); acc = MultiplyByQuantizedMultiplier(acc,
//    in_scale / out_scale); acc /= count rounding half away from zero (C++
//    truncating division on acc ± count/2); + out_zp, clamped
//    (reference_integer_ops::Mean).
//  * kSameQuantization — otherwise, if input and output have the same scale
//    and zero point: sum(x) / count in int32, truncated toward zero
//    (reference_ops::Mean).
//  * kFloatRescale — otherwise, in float:
//      mean = float(sum(x)) / float(count)
//      q    = round(mean * (in_scale / out_scale) - in_zp * (in_scale / out_scale))
//             + out_zp, clamped to int8
//    (reference_ops::QuantizedMeanOrSum). The library is built with
//    -ffp-contract=off so no fused multiply-add changes a rounding.
// All three first sum the raw int8 values into an int32 scratch buffer.
#pragma once

#include <cmath>
#include <cstdint>

#include "modules/mlinfer/quant.h"
#include "modules/mlinfer/tensor.h"

namespace mote::mlinfer {

enum class MeanMethod : uint8_t { kFloatRescale, kSameQuantization, kSpatialInteger };

struct MeanParams {
  MeanMethod method = MeanMethod::kFloatRescale;
  int32_t in_dims[kMaxRank] = {};      // padded to 6D
  int32_t out_strides[kMaxRank] = {};  // output element stride per input dim, 0 if reduced
  int32_t output_size = 0;
  int32_t count = 0;   // elements averaged into each output
  float scale = 1.0f;  // in_scale / out_scale (kFloatRescale)
  float bias = 0.0f;   // -in_zp * scale (kFloatRescale)
  QuantizedMultiplier multiplier;  // in_scale / out_scale (kSpatialInteger)
  int32_t input_zero_point = 0;
  int32_t output_zero_point = 0;
};

namespace reference {

inline int8_t ClampToInt8(int32_t v) { return static_cast<int8_t>(v < -128 ? -128 : v > 127 ? 127 : v); }

// One output from the int32 sum of its `p.count` raw int8 inputs.
inline int8_t MeanOfSum(const MeanParams& p, int32_t sum) {
  const int32_t n = p.count;
  switch (p.method) {
    case MeanMethod::kSameQuantization:
      return static_cast<int8_t>(sum / n);
    case MeanMethod::kSpatialInteger: {
      const int32_t centred = WrapAdd(sum, static_cast<int32_t>(static_cast<uint32_t>(-p.input_zero_point) *
                                                                static_cast<uint32_t>(n)));
      int32_t acc = MultiplyByQuantizedMultiplier(centred, p.multiplier.multiplier, p.multiplier.shift);
      acc = acc > 0 ? WrapAdd(acc, n / 2) / n : WrapAdd(acc, -(n / 2)) / n;
      return ClampToInt8(WrapAdd(acc, p.output_zero_point));
    }
    case MeanMethod::kFloatRescale:
      break;
  }
  const float mean = static_cast<float>(sum) / static_cast<float>(n);
  float q = std::round(mean * p.scale + p.bias) + static_cast<float>(p.output_zero_point);
  q = q < 127.0f ? q : 127.0f;
  q = q > -128.0f ? q : -128.0f;
  return static_cast<int8_t>(q);
}

inline void Mean(const MeanParams& p, const int8_t* input, int8_t* output, int32_t* sums) {
  for (int32_t i = 0; i < p.output_size; ++i) sums[i] = 0;
  const int32_t* n = p.in_dims;
  const int32_t* s = p.out_strides;
  for (int32_t i0 = 0; i0 < n[0]; ++i0)
    for (int32_t i1 = 0; i1 < n[1]; ++i1)
      for (int32_t i2 = 0; i2 < n[2]; ++i2)
        for (int32_t i3 = 0; i3 < n[3]; ++i3)
          for (int32_t i4 = 0; i4 < n[4]; ++i4) {
            int32_t* out = sums + i0 * s[0] + i1 * s[1] + i2 * s[2] + i3 * s[3] + i4 * s[4];
            for (int32_t i5 = 0; i5 < n[5]; ++i5) out[i5 * s[5]] += *input++;
          }
  for (int32_t i = 0; i < p.output_size; ++i) output[i] = MeanOfSum(p, sums[i]);
}

}  // namespace reference
}  // namespace mote::mlinfer
