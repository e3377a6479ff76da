// loops.cc — inner loops timed alone by bench.cc, compiled with the same
// flags as the cm0 kernels: the two the kernels use, the reference kernels'
// loop, and the 2 pixels x 2 channels blocking the kernels did not take.
#include <cstdint>

#include "modules/mlinfer/kernels/cm0/dot.h"
#include "modules/mlinfer/quant.h"

namespace mlinfer = mote::mlinfer;

// The blocking the kernels did not take, for comparison: 2 pixels x 2
// channels, each loaded byte used twice. It needs four accumulators, four
// words and four pointers live, more than the 8 low registers.
void Dot2x2Words(const int8_t* x0, const int8_t* x1, const int8_t* w0, const int8_t* w1,
                                   int32_t n4, int32_t* acc) {
  namespace c = mlinfer::cm0;
  int32_t a00 = 0, a01 = 0, a10 = 0, a11 = 0;
  for (int32_t k = 0; k < n4; ++k, x0 += 4, x1 += 4, w0 += 4, w1 += 4) {
    const uint32_t xa = c::LoadWord(x0), xb = c::LoadWord(x1), u = c::LoadWord(w0), v = c::LoadWord(w1);
    int32_t p = c::Byte0(xa), q = c::Byte0(xb), f = c::Byte0(u), g = c::Byte0(v);
    a00 += p * f, a01 += p * g, a10 += q * f, a11 += q * g;
    p = c::Byte1(xa), q = c::Byte1(xb), f = c::Byte1(u), g = c::Byte1(v);
    a00 += p * f, a01 += p * g, a10 += q * f, a11 += q * g;
    p = c::Byte2(xa), q = c::Byte2(xb), f = c::Byte2(u), g = c::Byte2(v);
    a00 += p * f, a01 += p * g, a10 += q * f, a11 += q * g;
    p = c::Byte3(xa), q = c::Byte3(xb), f = c::Byte3(u), g = c::Byte3(v);
    a00 += p * f, a01 += p * g, a10 += q * f, a11 += q * g;
  }
  acc[0] = a00, acc[1] = a01, acc[2] = a10, acc[3] = a11;
}

void Dot1x2Words(const int8_t* x, const int8_t* w0, const int8_t* w1, int32_t n4, int32_t* acc) {
  mlinfer::cm0::Dot1x2Words<false>(x, w0, w1, n4, 0, &acc[0], &acc[1]);
}
void Dot1x2Bytes(const int8_t* x, const int8_t* w0, const int8_t* w1, int32_t n, int32_t* acc) {
  mlinfer::cm0::Dot1x2Bytes<false>(x, w0, w1, n, 0, &acc[0], &acc[1]);
}
// The reference kernels' inner loop: one channel, offset added per MAC.
int32_t ReferenceDot(const int8_t* x, const int8_t* w, int32_t n, int32_t offset) {
  int32_t acc = 0;
  for (int32_t k = 0; k < n; ++k) acc += w[k] * (x[k] + offset);
  return acc;
}


// The end of every output, as the kernels call it, n times.
int32_t Requantize(const int32_t* acc, int32_t n) {
  int32_t sum = 0;
  for (int32_t i = 0; i < n; ++i) sum += mlinfer::RequantizeToInt8(acc[i], 0x5a000000 + i, -8, -3, -128, 127);
  return sum;
}
