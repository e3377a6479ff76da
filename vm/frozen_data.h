// frozen_data.h — constant object layouts for the C++ that the freeze tool
// generates (tools/freeze, `mpy-cross --freeze`). Only generated files
// include it.
//
// A frozen module's constants are objects in flash, so each needs a layout
// the compiler can initialise as a constant expression with the same bytes
// as the runtime's heap object: a tuple of N items, a big int of N digits.
// (Str and Float are plain structs in vm/object.h and are used directly.)
// Big ints are written as 16-bit chunks and packed here into the target's
// digit size (vm/bigint_mag.h), so one generated file builds for a 64-bit
// host and for the Cortex-M0+.
#pragma once

#include <cstddef>
#include <cstdint>

#include "vm/bigint.h"
#include "vm/bigint_mag.h"
#include "vm/code.h"
#include "vm/frozen.h"
#include "vm/object.h"

namespace mote::frozen_data {

// The layout of struct Tuple (vm/object.h) with a fixed item count. Like
// every object in flash these are alignas(8): a Value tags the low three bits
// of an object's address, and a 32-bit target only 4-aligns pointers.
template <size_t N>
struct alignas(8) TupleN {
  const Type* type;
  size_t len;
  Value items[N];
};
template <>
struct alignas(8) TupleN<0> {
  const Type* type;
  size_t len;
};

template <size_t N>
constexpr TupleN<N> tuple(const Value (&items)[N]) {
  TupleN<N> t{&tuple_type, N, {}};
  for (size_t i = 0; i < N; ++i) t.items[i] = items[i];
  return t;
}

// The layout of the runtime's BigInt (vm/bigint.cc): type, signed digit
// count (negative for a negative value, never 0), little-endian digits.
// Keep in step with bigint.cc.
template <size_t N>
struct alignas(8) BigIntN {
  const Type* type;
  int32_t size;
  mag::Digit digits[N];
};

constexpr size_t digits_for(size_t chunks16) {
  return sizeof(mag::Digit) == 2 ? chunks16 : (chunks16 + 1) / 2;
}

// A big int from its magnitude in 16-bit chunks, least significant first
// (the last chunk non-zero).
template <size_t N16>
constexpr BigIntN<digits_for(N16)> bigint(bool negative, const uint16_t (&chunks)[N16]) {
  constexpr size_t n = digits_for(N16);
  BigIntN<n> b{&bigint_type, negative ? -int32_t(n) : int32_t(n), {}};
  for (size_t i = 0; i < N16; ++i) {
    if constexpr (sizeof(mag::Digit) == 2) {
      b.digits[i] = mag::Digit(chunks[i]);
    } else {
      b.digits[i / 2] |= mag::Digit(chunks[i]) << (16 * (i % 2));
    }
  }
  return b;
}

// An int constant that is a small int on a 64-bit build and a big int on a
// 32-bit one is written as both; this picks.
constexpr bool kWordIs64 = sizeof(word) == 8;

}  // namespace mote::frozen_data
