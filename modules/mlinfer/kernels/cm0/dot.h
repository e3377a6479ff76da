// cm0/dot.h — int8 dot products shaped for a Cortex-M0+ (ARMv6-M).
//
// The M0+ has no SIMD or DSP instructions, 8 low registers for data, a
// 1-cycle 32x32 multiply (RP2040), 2-cycle loads, and LDRSB only with a
// register offset. So a multiply-accumulate costs what getting its two int8
// operands into registers costs, and the loops are shaped for that:
//  * two weight rows per pass over the input (Dot1x2): each input byte is
//    loaded once for two MACs, and the byte loop keeps x, w0, w1, the index,
//    two accumulators and two operands in the 8 low registers (7 cycles per
//    MAC, against 11 for the reference's loop; bench/mlinfer/cm0);
//  * when the three runs are 4-byte aligned, one 32-bit load brings in four
//    int8 and shifts sign-extend them (the M0+ faults on unaligned word
//    loads, hence the check): 2 cycles of load and 1.5 of shifts per byte
//    against LDRSB's 2, and no index update. Inside the kernels this measured
//    a little faster than the byte loop (FULLY_CONNECTED 7.2 against 7.8
//    cycles per MAC), although alone GCC allocates it worse;
//  * blocking wider than 1x2 (2 pixels x 2 channels, 1 x 3 channels) needs
//    more live values than there are low registers: GCC spills inside the
//    loop, and 2x2 measured 8.6 cycles per MAC against 7.9 for 1x2.
// The byte loops count one negative index up to 0 for all their loads, so
// they need no pointer updates and no bound register. Products are at most
// 2^15 in magnitude (2^14 without the input offset) and windows at most 2^16
// taps (checked in Prepare), so the int32 sums cannot overflow. Word lanes
// are read little-endian, as every Mote target is. The cm0 files are
// compiled at -O2 even in -Os builds: at -Os GCC keeps loop bounds and
// pointers on the stack, and the kernels ran 1.3-1.7x slower.
#pragma once

#include <cstdint>

#include "modules/mlinfer/quant.h"

namespace mote::mlinfer::cm0 {

// Four int8 at an address that is a multiple of 4, as one little-endian word.
inline uint32_t LoadWord(const int8_t* p) {
  uint32_t v;
  __builtin_memcpy(&v, __builtin_assume_aligned(p, 4), 4);  // one LDR, even with -fno-builtin
  return v;
}

// Byte j of a little-endian word, sign-extended, by two shifts at most.
inline int32_t Byte0(uint32_t w) { return static_cast<int8_t>(w & 0xff); }
inline int32_t Byte1(uint32_t w) { return static_cast<int32_t>(w << 16) >> 24; }
inline int32_t Byte2(uint32_t w) { return static_cast<int32_t>(w << 8) >> 24; }
inline int32_t Byte3(uint32_t w) { return static_cast<int32_t>(w) >> 24; }

inline bool Aligned4(const void* p) { return (reinterpret_cast<uintptr_t>(p) & 3) == 0; }

// The dot products come in two forms, chosen per window by kOffset: raw
// products x * w, for windows inside the image, whose input-offset term is
// in folded_bias; or (x + input_offset) * w, as the reference computes them,
// for border windows, which visit only some taps and so cannot use the
// folded sum. The offset costs one ADD per input byte, shared by the
// channels that use it.

// acc0 += x . w0, acc1 += x . w1, by words: n4 groups of four bytes, all
// three pointers 4-byte aligned.
template <bool kOffset>
inline void Dot1x2Words(const int8_t* x, const int8_t* w0, const int8_t* w1, int32_t n4, int32_t offset,
                        int32_t* acc0, int32_t* acc1) {
  int32_t a0 = *acc0, a1 = *acc1;
  for (int32_t k = 0; k < n4; ++k, x += 4, w0 += 4, w1 += 4) {
    const uint32_t xv = LoadWord(x), u = LoadWord(w0), v = LoadWord(w1);
    int32_t xb = kOffset ? Byte0(xv) + offset : Byte0(xv);
    a0 += xb * Byte0(u), a1 += xb * Byte0(v);
    xb = kOffset ? Byte1(xv) + offset : Byte1(xv);
    a0 += xb * Byte1(u), a1 += xb * Byte1(v);
    xb = kOffset ? Byte2(xv) + offset : Byte2(xv);
    a0 += xb * Byte2(u), a1 += xb * Byte2(v);
    xb = kOffset ? Byte3(xv) + offset : Byte3(xv);
    a0 += xb * Byte3(u), a1 += xb * Byte3(v);
  }
  *acc0 = a0, *acc1 = a1;
}

// acc0 += x . w0, acc1 += x . w1 over n bytes, any alignment.
template <bool kOffset>
inline void Dot1x2Bytes(const int8_t* x, const int8_t* w0, const int8_t* w1, int32_t n, int32_t offset,
                        int32_t* acc0, int32_t* acc1) {
  int32_t a0 = *acc0, a1 = *acc1;
  x += n, w0 += n, w1 += n;
  for (int32_t k = -n; k != 0; ++k) {
    const int32_t xb = kOffset ? x[k] + offset : x[k];
    a0 += xb * w0[k];
    a1 += xb * w1[k];
  }
  *acc0 = a0, *acc1 = a1;
}

// acc0 += x . w0, acc1 += x . w1 over n bytes: by words while the three runs
// are aligned, then by bytes.
template <bool kOffset>
inline void Dot1x2(const int8_t* x, const int8_t* w0, const int8_t* w1, int32_t n, int32_t offset, int32_t* acc0,
                   int32_t* acc1) {
  if (n >= 4 && Aligned4(x) && Aligned4(w0) && Aligned4(w1)) {
    const int32_t n4 = n >> 2;
    Dot1x2Words<kOffset>(x, w0, w1, n4, offset, acc0, acc1);
    x += n4 * 4, w0 += n4 * 4, w1 += n4 * 4, n &= 3;
  }
  Dot1x2Bytes<kOffset>(x, w0, w1, n, offset, acc0, acc1);
}

// x . w over n bytes (the odd channel left over by Dot1x2).
template <bool kOffset>
inline int32_t Dot1(const int8_t* x, const int8_t* w, int32_t n, int32_t offset) {
  int32_t acc = 0;
  x += n, w += n;
  for (int32_t k = -n; k != 0; ++k) acc += (kOffset ? x[k] + offset : x[k]) * w[k];
  return acc;
}

// The taps f in [0, filter) with 0 <= origin + f * dilation < size, as the
// half-open range [*first, *end). Divides only when dilated and at a border.
inline void ValidTaps(int32_t origin, int32_t dilation, int32_t filter, int32_t size, int32_t* first,
                      int32_t* end) {
  int32_t f0 = 0;
  if (origin < 0) f0 = dilation == 1 ? -origin : (-origin + dilation - 1) / dilation;
  const int32_t room = size - origin;  // taps must land below this distance
  int32_t f1 = room <= 0 ? 0 : dilation == 1 ? room : (room + dilation - 1) / dilation;
  if (f1 > filter) f1 = filter;
  *first = f0 < f1 ? f0 : f1;
  *end = f1;
}

// The end of every output: the accumulator plus its constant terms —
// folded_bias after raw products, the plain bias (if any) after offset
// products, wrapping like the reference's int32 sums — then requantization
// with output channel o's multiplier. A kernel copies the constants into
// one of these before its loops: the int8 output stores may alias anything,
// so constants read through the params struct would be reloaded for every
// channel.
struct Requantizer {
  const int32_t* multipliers;
  const int32_t* shifts;
  const int32_t* folded_bias;
  const int32_t* bias;
  int32_t output_offset, activation_min, activation_max;

  template <typename Params>
  static Requantizer For(const Params& p, const int32_t* bias) {
    return {p.multipliers, p.shifts, p.folded_bias, bias, p.output_offset, p.activation_min, p.activation_max};
  }

  template <bool kOffset>
  int8_t Output(int32_t o, int32_t acc) const {
    int32_t total;
    if constexpr (kOffset) {
      total = bias != nullptr ? WrapAdd(acc, bias[o]) : acc;
    } else {
      total = WrapAdd(acc, folded_bias[o]);
    }
    return RequantizeToInt8(total, multipliers[o], shifts[o], output_offset, activation_min, activation_max);
  }
};

}  // namespace mote::mlinfer::cm0
