// reference/fully_connected.h — int8 FULLY_CONNECTED, TFLite reference semantics.
//
// output[b][o] = requantize(sum_k weights[o][k] * (input[b][k] + input_offset)
//                           + bias[o])
// with per-tensor (channel_stride 0) or per-output-channel (1) multipliers.
// Weights are symmetric (zero point 0, checked in Prepare). The parameter
// struct is shared with the optimized kernel, which reads folded_bias.
#pragma once

#include <cstdint>

#include "modules/mlinfer/quant.h"

namespace mote::mlinfer {

struct FullyConnectedParams {
  int32_t input_offset = 0;   // -input zero point
  int32_t output_offset = 0;  // output zero point
  int32_t activation_min = -128;
  int32_t activation_max = 127;
  const int32_t* multipliers = nullptr;
  const int32_t* shifts = nullptr;
  int32_t channel_stride = 0;  // 0: one multiplier; 1: one per output channel
  int32_t batches = 0;
  int32_t output_depth = 0;
  int32_t accum_depth = 0;
  // bias[o] + input_offset * sum_k weights[o][k] (wrapping), for kernels that
  // accumulate raw products.
  const int32_t* folded_bias = nullptr;
};

// The tail of the optimized and Cortex-M0+ kernels: output channel `o`'s
// accumulator (weights · input, no offset) plus its folded bias, requantized.
inline int8_t RequantizeFolded(const FullyConnectedParams& p, int32_t o, int32_t acc) {
  const int32_t c = o * p.channel_stride;
  return RequantizeToInt8(WrapAdd(acc, p.folded_bias[o]), p.multipliers[c], p.shifts[c], p.output_offset,
                          p.activation_min, p.activation_max);
}

namespace reference {

inline void FullyConnected(const FullyConnectedParams& p, const int8_t* input, const int8_t* weights,
                           const int32_t* bias, int8_t* output) {
  for (int32_t b = 0; b < p.batches; ++b) {
    const int8_t* x = input + b * p.accum_depth;
    for (int32_t o = 0; o < p.output_depth; ++o) {
      const int8_t* w = weights + o * p.accum_depth;
      int32_t acc = 0;
      for (int32_t k = 0; k < p.accum_depth; ++k) acc += w[k] * (x[k] + p.input_offset);
      if (bias != nullptr) acc = WrapAdd(acc, bias[o]);
      const int32_t c = o * p.channel_stride;
      output[b * p.output_depth + o] =
          RequantizeToInt8(acc, p.multipliers[c], p.shifts[c], p.output_offset, p.activation_min, p.activation_max);
    }
  }
}

}  // namespace reference
}  // namespace mote::mlinfer
