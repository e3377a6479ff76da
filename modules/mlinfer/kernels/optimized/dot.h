// optimized/dot.h — int8 dot products written for compiler auto-vectorisation.
//
// The optimized kernels reduce every multiply-accumulate to a dot product of
// two contiguous int8 runs (the input offset is folded into the bias at
// Prepare), so these loops are the whole hot path. At -O3 GCC and Clang turn
// each into packed multiply-add instructions (pmaddwd on x86 SSE2/AVX2, the
// corresponding NEON/MVE forms on Arm). Four weight rows share each input
// load. Products are at most 2^14 and runs at most 2^16 long (checked in
// Prepare), so int32 accumulators cannot overflow.
#pragma once

#include <cstdint>

namespace mote::mlinfer::optimized {

inline int32_t Dot(const int8_t* __restrict x, const int8_t* __restrict w, int32_t n) {
  int32_t acc = 0;
  for (int32_t k = 0; k < n; ++k) acc += int32_t{x[k]} * w[k];
  return acc;
}

// acc[j] += x . w_j for the four rows w_j = w + j * row_stride.
inline void Dot4(const int8_t* __restrict x, const int8_t* __restrict w, int32_t row_stride, int32_t n,
                 int32_t* acc) {
  const int8_t* __restrict w0 = w;
  const int8_t* __restrict w1 = w + row_stride;
  const int8_t* __restrict w2 = w + 2 * row_stride;
  const int8_t* __restrict w3 = w + 3 * row_stride;
  int32_t a0 = 0, a1 = 0, a2 = 0, a3 = 0;
  for (int32_t k = 0; k < n; ++k) {
    const int32_t xv = x[k];
    a0 += xv * w0[k];
    a1 += xv * w1[k];
    a2 += xv * w2[k];
    a3 += xv * w3[k];
  }
  acc[0] += a0;
  acc[1] += a1;
  acc[2] += a2;
  acc[3] += a3;
}

inline int32_t Sum(const int8_t* __restrict w, int32_t n) {
  int32_t acc = 0;
  for (int32_t k = 0; k < n; ++k) acc += w[k];
  return acc;
}

// The taps f in [0, filter) with 0 <= origin + f * dilation < size, as the
// half-open range [*first, *end).
inline void ValidTaps(int32_t origin, int32_t dilation, int32_t filter, int32_t size, int32_t* first,
                      int32_t* end) {
  int32_t f0 = origin >= 0 ? 0 : (-origin + dilation - 1) / dilation;
  int32_t f1 = size - origin <= 0 ? 0 : (size - origin + dilation - 1) / dilation;
  f1 = f1 < filter ? f1 : filter;
  *first = f0 < f1 ? f0 : f1;
  *end = f1;
}

}  // namespace mote::mlinfer::optimized
