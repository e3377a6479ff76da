// cm0/fully_connected.cc — see fully_connected.h.
#include "modules/mlinfer/kernels/cm0/fully_connected.h"

#include "modules/mlinfer/kernels/cm0/dot.h"

namespace mote::mlinfer::cm0 {
void FullyConnected(const FullyConnectedParams& p, const int8_t* input, const int8_t* weights,
                    const int32_t* /*bias: folded*/, int8_t* output) {
  const int32_t k = p.accum_depth;
  for (int32_t b = 0; b < p.batches; ++b) {
    const int8_t* x = input + b * k;
    int8_t* out = output + b * p.output_depth;
    int32_t o = 0;
    for (; o + 2 <= p.output_depth; o += 2) {
      const int8_t* w = weights + o * k;
      int32_t acc0 = 0, acc1 = 0;
      Dot1x2<false>(x, w, w + k, k, 0, &acc0, &acc1);
      out[o] = RequantizeFolded(p, o, acc0);
      out[o + 1] = RequantizeFolded(p, o + 1, acc1);
    }
    if (o < p.output_depth) out[o] = RequantizeFolded(p, o, Dot1<false>(x, weights + o * k, k, 0));
  }
}

}  // namespace mote::mlinfer::cm0
