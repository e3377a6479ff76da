// optimized/fully_connected.cc — see fully_connected.h. Built with -O3 on the
// host so the dot products vectorise.
#include "modules/mlinfer/kernels/optimized/fully_connected.h"

#include "modules/mlinfer/kernels/optimized/dot.h"

namespace mote::mlinfer::optimized {
void FullyConnected(const FullyConnectedParams& p, const int8_t* input, const int8_t* weights,
                    const int32_t* /*bias*/, int8_t* output) {
  const int32_t k = p.accum_depth;
  for (int32_t b = 0; b < p.batches; ++b) {
    const int8_t* x = input + b * k;
    int8_t* out = output + b * p.output_depth;
    int32_t o = 0;
    for (; o + 4 <= p.output_depth; o += 4) {
      int32_t acc[4] = {0, 0, 0, 0};
      Dot4(x, weights + o * k, k, k, acc);
      for (int32_t j = 0; j < 4; ++j) out[o + j] = RequantizeFolded(p, o + j, acc[j]);
    }
    for (; o < p.output_depth; ++o) out[o] = RequantizeFolded(p, o, Dot(x, weights + o * k, k));
  }
}

}  // namespace mote::mlinfer::optimized
