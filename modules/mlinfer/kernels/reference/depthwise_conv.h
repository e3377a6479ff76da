// reference/depthwise_conv.h — int8 DEPTHWISE_CONV_2D (per-channel), TFLite
// reference semantics.
//
// NHWC input, filter [1, fh, fw, input_depth * depth_multiplier]. Output
// channel o = c * depth_multiplier + m reads only input channel c:
//   acc = sum over taps inside the image of
//         filter[0][fy][fx][o] * (input[b][iy][ix][c] + input_offset)
// then bias, requantize with channel o's multiplier, clamp.
#pragma once

#include <cstdint>

#include "modules/mlinfer/quant.h"

namespace mote::mlinfer {

struct DepthwiseParams {
  int32_t input_offset = 0;
  int32_t output_offset = 0;
  int32_t activation_min = -128;
  int32_t activation_max = 127;
  const int32_t* multipliers = nullptr;  // one per output channel
  const int32_t* shifts = nullptr;
  int32_t stride_h = 1, stride_w = 1;
  int32_t dilation_h = 1, dilation_w = 1;
  int32_t pad_h = 0, pad_w = 0;
  int32_t depth_multiplier = 1;
  int32_t batches = 0;
  int32_t input_h = 0, input_w = 0, input_depth = 0;
  int32_t filter_h = 0, filter_w = 0;
  int32_t output_h = 0, output_w = 0, output_depth = 0;
  const int32_t* folded_bias = nullptr;  // bias[o] + input_offset * sum(filter[..][o])
};

namespace reference {

inline void DepthwiseConv(const DepthwiseParams& p, const int8_t* input, const int8_t* filter, const int32_t* bias,
                          int8_t* output) {
  for (int32_t b = 0; b < p.batches; ++b) {
    for (int32_t oy = 0; oy < p.output_h; ++oy) {
      const int32_t iy0 = oy * p.stride_h - p.pad_h;
      for (int32_t ox = 0; ox < p.output_w; ++ox) {
        const int32_t ix0 = ox * p.stride_w - p.pad_w;
        for (int32_t c = 0; c < p.input_depth; ++c) {
          for (int32_t m = 0; m < p.depth_multiplier; ++m) {
            const int32_t o = c * p.depth_multiplier + m;
            int32_t acc = 0;
            for (int32_t fy = 0; fy < p.filter_h; ++fy) {
              const int32_t iy = iy0 + p.dilation_h * fy;
              if (iy < 0 || iy >= p.input_h) continue;
              for (int32_t fx = 0; fx < p.filter_w; ++fx) {
                const int32_t ix = ix0 + p.dilation_w * fx;
                if (ix < 0 || ix >= p.input_w) continue;
                const int32_t x = input[((b * p.input_h + iy) * p.input_w + ix) * p.input_depth + c];
                const int32_t w = filter[(fy * p.filter_w + fx) * p.output_depth + o];
                acc += w * (x + p.input_offset);
              }
            }
            if (bias != nullptr) acc = WrapAdd(acc, bias[o]);
            output[((b * p.output_h + oy) * p.output_w + ox) * p.output_depth + o] = RequantizeToInt8(
                acc, p.multipliers[o], p.shifts[o], p.output_offset, p.activation_min, p.activation_max);
          }
        }
      }
    }
  }
}

}  // namespace reference
}  // namespace mote::mlinfer
