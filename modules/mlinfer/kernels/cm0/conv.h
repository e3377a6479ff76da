// cm0/conv.h — int8 CONV_2D for a Cortex-M0+, bit-exact with
// reference::Conv, same signature.
//
// No im2col buffer (RAM is scarce): in NHWC, the part of a filter window in
// one input row is a contiguous run of taps x input_depth bytes, and so is
// the matching part of an OHWI filter (for grouped or width-dilated
// convolutions, one run per tap). Each output pixel is a few dot products per
// output channel, two channels per pass over each run (Dot1x2 in dot.h). The
// input offset is folded into folded_bias for windows inside the image;
// border windows add it to each input byte instead, as the reference does.
#pragma once

#include <cstdint>

#include "modules/mlinfer/kernels/reference/conv.h"

namespace mote::mlinfer::cm0 {

void Conv(const ConvParams& p, const int8_t* input, const int8_t* filter, const int32_t* bias, int8_t* output);

}  // namespace mote::mlinfer::cm0
