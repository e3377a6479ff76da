// reference/mean.h — int8 MEAN, TFLite Micro reference semantics.
//
// TFLite Micro computes an int8 mean by summing the raw int8 values into an
// int32 scratch buffer, then, per output, in float:
//   mean  = float(sum) / float(count)
//   q     = round(mean * (in_scale / out_scale) - in_zp * (in_scale / out_scale))
//           + out_zp, clamped to int8
// (reference_ops::QuantizedMeanOrSum). We reproduce that operation order in
// float; the library is built with -ffp-contract=off so no fused multiply-add
// changes a rounding.
#pragma once

#include <cmath>
#include <cstdint>

#include "modules/mlinfer/tensor.h"

namespace mote::mlinfer {

struct MeanParams {
  int32_t in_dims[kMaxRank] = {};      // padded to 6D
  int32_t out_strides[kMaxRank] = {};  // output element stride per input dim, 0 if reduced
  int32_t output_size = 0;
  int32_t count = 0;   // elements averaged into each output
  float scale = 1.0f;  // in_scale / out_scale
  float bias = 0.0f;   // -in_zp * scale
  int32_t output_zero_point = 0;
};

namespace reference {

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
  for (int32_t i = 0; i < p.output_size; ++i) {
    const float mean = static_cast<float>(sums[i]) / static_cast<float>(p.count);
    float q = std::round(mean * p.scale + p.bias) + static_cast<float>(p.output_zero_point);
    q = q < 127.0f ? q : 127.0f;
    q = q > -128.0f ? q : -128.0f;
    output[i] = static_cast<int8_t>(q);
  }
}

}  // namespace reference
}  // namespace mote::mlinfer
