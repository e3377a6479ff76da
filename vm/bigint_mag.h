// bigint_mag.h — magnitude kernels: arithmetic on raw little-endian digit
// arrays, with no Values, no allocation and no VM. vm/bigint.cc builds
// Python's int on top of these; tests/unit/bigint_test.cc tests them alone.
//
// A magnitude is (const Digit* d, size_t n): d[0] is the least significant
// digit. "Trimmed" means n == 0 or d[n-1] != 0. Unless a comment says so, an
// input need not be trimmed, outputs are written to caller-provided arrays of
// the stated size, and an output may not alias an input.
//
// Digits are 32 bits with 64-bit products on targets with a 32x32->64
// multiply, 16 bits with 32-bit products on Cortex-M0+ (which has none: a
// 64-bit product there is a library call). Every algorithm is written once
// over Digit/DDigit, so both widths compute identical numbers.
#pragma once

#include <cstddef>
#include <cstdint>

namespace mote::mag {

#if defined(__ARM_ARCH_6M__) || defined(MOTE_BIGINT_DIGIT16)
using Digit = uint16_t;
using DDigit = uint32_t;
inline constexpr Digit kDecBase = 10000;  // largest power of 10 in a digit
inline constexpr int kDecDigits = 4;
#else
using Digit = uint32_t;
using DDigit = uint64_t;
inline constexpr Digit kDecBase = 1000000000;
inline constexpr int kDecDigits = 9;
#endif
inline constexpr int kDigitBits = 8 * sizeof(Digit);
// Digits needed for any 64-bit magnitude.
inline constexpr size_t kDigitsPer64 = 64 / kDigitBits;
// Below this many digits (of the shorter operand) multiplication is schoolbook.
inline constexpr size_t kKaratsubaThreshold = sizeof(Digit) == 4 ? 48 : 64;

// Length without leading zero digits.
size_t trim(const Digit* a, size_t n);
// Number of significant bits (0 for zero).
size_t bit_length(const Digit* a, size_t n);
// -1, 0, 1. Both trimmed.
int compare(const Digit* a, size_t na, const Digit* b, size_t nb);

// r = a + b; r has room for max(na, nb) + 1 digits and may alias a or b.
// Returns the trimmed length.
size_t add(Digit* r, const Digit* a, size_t na, const Digit* b, size_t nb);
// r = a - b, requires a >= b and na >= nb; r has na digits, may alias a.
// Returns the trimmed length.
size_t sub(Digit* r, const Digit* a, size_t na, const Digit* b, size_t nb);
// r[0, nr) += b[0, nb) (nb <= nr); returns the carry out of r[nr-1].
Digit add_into(Digit* r, size_t nr, const Digit* b, size_t nb);
// r[0, nr) -= b[0, nb) (nb <= nr); returns the borrow out of r[nr-1].
Digit sub_into(Digit* r, size_t nr, const Digit* b, size_t nb);

// a = a * m + add in place over n digits; returns the carry digit.
Digit mul_add_digit(Digit* a, size_t n, Digit m, Digit add);
// q = a / d (q may alias a); returns a % d. d != 0.
Digit divrem_digit(Digit* q, const Digit* a, size_t n, Digit d);
// a /= kDecBase in place; returns the remainder (constant divisor: fast).
Digit divrem_dec(Digit* a, size_t n);

// Scratch digits mul() needs for operands of these lengths.
size_t mul_scratch(size_t na, size_t nb);
// r[0, na+nb) = a * b (r zero-filled first by mul). scratch: mul_scratch(na, nb)
// digits (may be nullptr when that is 0). a and b may be the same array
// (squaring is detected and takes about half the work).
void mul(Digit* r, const Digit* a, size_t na, const Digit* b, size_t nb, Digit* scratch);

// Scratch digits divrem() needs.
inline size_t divrem_scratch(size_t na, size_t nb) { return na + 1 + nb; }
// Truncating division of magnitudes: q[0, na-nb+1) = a / b and, if r is not
// nullptr, r[0, nb) = a % b. Requires nb >= 1, b trimmed, na >= nb.
// Knuth's algorithm D (TAOCP 4.3.1) for nb >= 2.
void divrem(Digit* q, Digit* r, const Digit* a, size_t na, const Digit* b, size_t nb, Digit* scratch);

// r[0, n + 1) = a << s for 0 <= s < kDigitBits (r may alias a): returns r[n].
Digit shl_bits(Digit* r, const Digit* a, size_t n, int s);
// r[0, n) = a >> s for 0 <= s < kDigitBits (r may alias a).
void shr_bits(Digit* r, const Digit* a, size_t n, int s);

// A 64-bit value to digits (kDigitsPer64 of them); returns the trimmed length.
size_t from_u64(Digit* r, uint64_t v);
// The low 64 bits of a magnitude.
uint64_t to_u64(const Digit* a, size_t n);

// Correctly rounded (half-even) double of a magnitude; HUGE_VAL if >= 2**1024.
double to_double(const Digit* a, size_t n);
// The integral value of a finite double |v| >= 1 (truncated) as digits:
// r needs 1024 / kDigitBits + 1 digits. Returns the trimmed length.
size_t from_double(Digit* r, double v);

}  // namespace mote::mag
