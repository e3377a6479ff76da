// cm0/depthwise_conv.h — int8 DEPTHWISE_CONV_2D for a Cortex-M0+, bit-exact
// with reference::DepthwiseConv, same signature.
//
// Each output pixel's channels are computed four (or two) at a time, each
// group walking the window once with its accumulators in registers; see
// depthwise_conv.cc for the three walks. The input offset is folded into
// folded_bias for windows inside the image; border windows add it to each
// input byte instead, as the reference does.
#pragma once

#include <cstdint>

#include "modules/mlinfer/kernels/reference/depthwise_conv.h"

namespace mote::mlinfer::cm0 {

void DepthwiseConv(const DepthwiseParams& p, const int8_t* input, const int8_t* filter, const int32_t* bias,
                   int8_t* output);

}  // namespace mote::mlinfer::cm0
