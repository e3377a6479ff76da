// optimized/conv.h — int8 CONV_2D, bit-exact with reference::Conv, same
// signature.
//
// No im2col buffer: in NHWC, the part of a filter window that lies in one
// input row is a contiguous run of (taps x input_depth) bytes, and so is the
// matching part of an OHWI filter. Each output pixel is therefore a few dot
// products per output channel, computed four channels at a time so each
// input run is loaded once per four filters. The input offset is folded into
// folded_bias for windows fully inside the image; for border windows the
// kernel also sums the weights of the taps it visits and applies the offset
// to that partial sum. Grouped or width-dilated convolutions fall back to one
// run per tap.
#pragma once

#include <cstdint>

#include "modules/mlinfer/kernels/reference/conv.h"

namespace mote::mlinfer::optimized {

void Conv(const ConvParams& p, const int8_t* input, const int8_t* filter, const int32_t* bias, int8_t* output);

}  // namespace mote::mlinfer::optimized
