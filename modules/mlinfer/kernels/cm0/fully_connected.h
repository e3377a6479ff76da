// cm0/fully_connected.h — int8 FULLY_CONNECTED for a Cortex-M0+, bit-exact
// with reference::FullyConnected, same signature.
//
// Two output channels per pass over the input row (Dot1x2 in dot.h), word
// loads when the rows are aligned; the input offset is folded into
// folded_bias at Prepare, so the loop is a pure int8 dot product.
#pragma once

#include <cstdint>

#include "modules/mlinfer/kernels/reference/fully_connected.h"

namespace mote::mlinfer::cm0 {

void FullyConnected(const FullyConnectedParams& p, const int8_t* input, const int8_t* weights, const int32_t* bias,
                    int8_t* output);

}  // namespace mote::mlinfer::cm0
