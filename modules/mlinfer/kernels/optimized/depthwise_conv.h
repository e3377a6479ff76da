// optimized/depthwise_conv.h — int8 DEPTHWISE_CONV_2D, bit-exact with
// reference::DepthwiseConv, same signature.
//
// Vectorised across channels instead of along the window: for each output
// pixel, a block of up to 64 output channels keeps its accumulators in a
// stack array, and each in-image tap adds filter[fy][fx][block] x input
// channel values (contiguous for depth_multiplier 1; a broadcast input value
// per run of depth_multiplier channels otherwise, which covers micro_speech's
// 1-channel, multiplier-8 layer). The input offset is folded into
// folded_bias for interior windows and applied to a running weight sum at
// the borders.
#pragma once

#include <cstdint>

#include "modules/mlinfer/kernels/reference/depthwise_conv.h"

namespace mote::mlinfer::optimized {

void DepthwiseConv(const DepthwiseParams& p, const int8_t* input, const int8_t* filter, const int32_t* bias,
                   int8_t* output);

}  // namespace mote::mlinfer::optimized
