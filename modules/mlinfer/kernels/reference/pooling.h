// reference/pooling.h — int8 AVERAGE_POOL_2D and MAX_POOL_2D, TFLite reference
// semantics.
//
// The window is clipped to the image (padding contributes nothing and is not
// counted). Average: sum / count rounded half away from zero. Max: the
// largest value. Both clamp to the fused-activation range; input and output
// share quantization (checked in Prepare), so there is no rescaling.
#pragma once

#include <cstdint>

namespace mote::mlinfer {

struct PoolParams {
  int32_t stride_h = 1, stride_w = 1;
  int32_t filter_h = 1, filter_w = 1;
  int32_t pad_h = 0, pad_w = 0;
  int32_t activation_min = -128;
  int32_t activation_max = 127;
  int32_t batches = 0, input_h = 0, input_w = 0, depth = 0;
  int32_t output_h = 0, output_w = 0;
};

namespace reference {

// Calls visit(oy, ox, fy0, fy1, fx0, fx1, iy0, ix0) for every output pixel,
// with [fy0, fy1) x [fx0, fx1) the part of the window inside the image.
template <typename Visit>
inline void ForEachPoolWindow(const PoolParams& p, Visit&& visit) {
  for (int32_t oy = 0; oy < p.output_h; ++oy) {
    const int32_t iy0 = oy * p.stride_h - p.pad_h;
    const int32_t fy0 = iy0 < 0 ? -iy0 : 0;
    const int32_t fy1 = p.filter_h < p.input_h - iy0 ? p.filter_h : p.input_h - iy0;
    for (int32_t ox = 0; ox < p.output_w; ++ox) {
      const int32_t ix0 = ox * p.stride_w - p.pad_w;
      const int32_t fx0 = ix0 < 0 ? -ix0 : 0;
      const int32_t fx1 = p.filter_w < p.input_w - ix0 ? p.filter_w : p.input_w - ix0;
      visit(oy, ox, fy0, fy1, fx0, fx1, iy0, ix0);
    }
  }
}

inline void AveragePool(const PoolParams& p, const int8_t* input, int8_t* output) {
  for (int32_t b = 0; b < p.batches; ++b) {
    const int8_t* in = input + b * p.input_h * p.input_w * p.depth;
    int8_t* out = output + b * p.output_h * p.output_w * p.depth;
    ForEachPoolWindow(p, [&](int32_t oy, int32_t ox, int32_t fy0, int32_t fy1, int32_t fx0, int32_t fx1, int32_t iy0,
                             int32_t ix0) {
      for (int32_t c = 0; c < p.depth; ++c) {
        int32_t acc = 0;
        int32_t count = 0;
        for (int32_t fy = fy0; fy < fy1; ++fy) {
          for (int32_t fx = fx0; fx < fx1; ++fx) {
            acc += in[((iy0 + fy) * p.input_w + ix0 + fx) * p.depth + c];
            ++count;
          }
        }
        if (count == 0) count = 1;  // unreachable: Prepare keeps windows non-empty
        acc = acc > 0 ? (acc + count / 2) / count : (acc - count / 2) / count;
        acc = acc < p.activation_min ? p.activation_min : acc;
        acc = acc > p.activation_max ? p.activation_max : acc;
        out[(oy * p.output_w + ox) * p.depth + c] = static_cast<int8_t>(acc);
      }
    });
  }
}

inline void MaxPool(const PoolParams& p, const int8_t* input, int8_t* output) {
  for (int32_t b = 0; b < p.batches; ++b) {
    const int8_t* in = input + b * p.input_h * p.input_w * p.depth;
    int8_t* out = output + b * p.output_h * p.output_w * p.depth;
    ForEachPoolWindow(p, [&](int32_t oy, int32_t ox, int32_t fy0, int32_t fy1, int32_t fx0, int32_t fx1, int32_t iy0,
                             int32_t ix0) {
      for (int32_t c = 0; c < p.depth; ++c) {
        int32_t max = -128;
        for (int32_t fy = fy0; fy < fy1; ++fy) {
          for (int32_t fx = fx0; fx < fx1; ++fx) {
            const int32_t v = in[((iy0 + fy) * p.input_w + ix0 + fx) * p.depth + c];
            max = v > max ? v : max;
          }
        }
        max = max < p.activation_min ? p.activation_min : max;
        max = max > p.activation_max ? p.activation_max : max;
        out[(oy * p.output_w + ox) * p.depth + c] = static_cast<int8_t>(max);
      }
    });
  }
}

}  // namespace reference
}  // namespace mote::mlinfer
