// optimized/fully_connected.h — int8 FULLY_CONNECTED, bit-exact with
// reference::FullyConnected, same signature.
//
// out[b][o] = requantize(weights[o] . input[b] + folded_bias[o]): the input
// offset was folded into folded_bias at Prepare (bias[o] + input_offset *
// sum(weights[o])), so the loop is a pure int8 x int8 -> int32 dot product,
// four output rows per pass over the input. `bias` is unused (it is inside
// folded_bias); integer wrap-around makes the sums equal to the reference's
// modulo 2^32, hence bit-exact.
#pragma once

#include <cstdint>

#include "modules/mlinfer/kernels/reference/fully_connected.h"

namespace mote::mlinfer::optimized {

void FullyConnected(const FullyConnectedParams& p, const int8_t* input, const int8_t* weights, const int32_t* bias,
                    int8_t* output);

}  // namespace mote::mlinfer::optimized
